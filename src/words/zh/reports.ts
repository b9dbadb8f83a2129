// Chinese: reports, merged.
import type { Change } from '../../model/types.js';

export const reports = {
  change: { new: '新增', persisting: '持续', fixed: '已整改', same: '不变' } as Record<Change, string>,
  waiverNote: (reason: string, by: string, until: string) => `豁免: ${reason}（${by} 批准，至 ${until}）`,
  overdueNote: (date: string) => `逾期（应于 ${date} 前）`,
  asOf: (date: string) => `截至 ${date}`,
  asOfToday: (date: string) => `截至 ${date}（运行当日）`,
  asOfEachRow: (date: string) => `截至各行的填报日期（未填的按 ${date}）`,
  pipeClosed: '管道的读取方已关闭',
};
