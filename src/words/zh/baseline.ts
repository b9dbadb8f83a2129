// Chinese: the baseline (baseline/read.ts, compare.ts).

export const baseline = {
  cannotRead: (file: string, reason: string) => `无法读取基线 ${file}: ${reason}`,
  notJson: (file: string, line: number | undefined, column: number | undefined) =>
    `基线 ${file} 不是 JSON${line === undefined ? '' : `：在第 ${line} 行第 ${column} 列处无法解析`}`,
  notAReport: (file: string, path: string, message: string) =>
    `基线 ${file} 不是 duibiao 的 JSON 报告: ${path}: ${message}`,
  wholeDocument: '整个文档',
  otherPack: (what: string) => `基线由 ${what} 生成，按规则编号比对；基线中没有的规则视为无记录`,
  byPack: (id: string) => `规则包 ${id}`,
  byVersion: (version: string) => `duibiao ${version}`,
};
