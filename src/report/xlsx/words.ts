// Every word of the workbooks (the xlsx report and the template) meant for a person, in one place,
// so that a catalogue can take them over.
import type { FieldType, Status } from '../../model/types.js';

export const SHEETS = { overview: '总览', detail: '明细', problems: '数据问题', template: '填报表', guide: '说明' } as const;

export const STATUS_TEXT: Record<Status, string> = {
  pass: '✓ 达标',
  fail: '✗ 未达标',
  pending: '… 待到期',
  not_applicable: '– 不适用',
  missing: '? 缺数据',
  invalid: '! 数据无效',
  waived: '~ 已豁免',
};

export const YES = '是';
export const NO = '否';

export const HEADINGS = {
  county: '县市区',
  year: '年度',
  met: '达标/适用',
  rule: '规则',
  title: '目标',
  status: '判定',
  severity: '级别',
  actual: '实际',
  target: '目标值',
  message: '说明',
  file: '文件',
  line: '行',
  scope: '范围',
  column: '列',
  code: '代码',
} as const;

export const SEVERITY = { error: '错误', warning: '警告' } as const;
export const PROBLEM_LEVEL = { error: '错误', notice: '提示' } as const;
export const SCOPE = { county: '县市区', total: '全州合计' } as const;

export const GUIDE_HEADINGS = ['列', '英文名', '中文标签', '类型', '单位', '填写要求', '使用该列的目标与讲话原文'] as const;

export const TYPE_NAME: Record<FieldType, string> = {
  text: '文字',
  code: '代码',
  integer: '整数',
  date: '日期',
  count: '个数',
  amount: '金额',
  percent: '百分数',
  yesno: '是/否',
};

/** What to enter in a template column: its input message and the refusal shown when a value breaks it. */
export const ENTER = {
  text: '填写县市区全称。',
  code: '填写 6 位行政区划代码（文本，保留开头的 0）。',
  year: (min: number, max: number) => `填写 4 位年度，${min}–${max}。`,
  date: '填写日期，如 2022-12-20。',
  count: '填写 0 或正整数，不带单位。',
  countUpTo: (max: number) => `填写 0 到 ${max} 的整数。`,
  amount: '填写 0 或正数，可带小数，不带单位。',
  percent: '填写百分数的数值，如 2.0 表示上涨 2.0%，下降填负数。',
  yesno: '从下拉列表选择“是”或“否”。',
  partOf: (total: string) => `且不大于“${total}”。`,
  unit: (unit: string) => `单位：${unit}。`,
  refused: '输入的值不符合本列要求',
} as const;

export const TARGET_LINE = (title: string, paragraph: number, quote: string) => `${title}（讲话第 ${paragraph} 段）：“${quote}”`;
