// Chinese: rules, explain, template.

import { xlsx } from './xlsx.js';
export const info = {
  rulesHeading: (title: string, id: string, count: number) => `${title} (${id}): ${count} 条规则`,
  rulesTarget: '目标',
  rulesSource: '出处',
  explainSeverity: '级别',
  explainMeaning: '含义',
  explainSpeech: (n: number) => `讲话第 ${n} 段:`,
  explainColumns: '需要的列（表头可用英文列名或中文标签）:',
  sourceUnreadable: (file: string) => `（出处 ${file} 无法读取）`,
  quoteNotFound: (n: number, file: string) => `（警告: 在 ${file} 第 ${n} 段中找不到原文）`,
  targetGrowth: (column: string, base: string) => `${column}相对${base}的增幅（%）`,
  targetDue: (due: string) => `${due} 到期`,
  targetYearEnd: '年底',
  targetPeriodEnd: '期末（按月的表为月底）',
  targetYears: (from: number, to: number) => `${from}–${to} 年`,
  explainWhen: '适用条件',
  explainJoin: '关联',
  joinedRow: (table: string, offset: number) =>
    offset === 0 ? `${table} 同期的一行` : `${table} 中${offset > 0 ? `后 ${offset}` : `前 ${-offset}`} 期的一行`,
  otherwise: (value: string) => `其余 ${value}`,
  /** An expression's logic as `rules` and `explain` say it: `a >= b and c > 0`. */
  exprAnd: '且',
  exprOr: '或',
  exprNot: '非',
  rangeJoin: '；',
  targetJoin: '，',
  ruleSeverity: { error: '错误', warning: '警告' } as Record<'error' | 'warning', string>,
  // The same names as the template's guide gives the field types.
  fieldType: xlsx.typeName,
  columnKind: (type: string, unit: string | undefined) => (unit ? `（${type}，单位：${unit}）` : `（${type}）`),
};
