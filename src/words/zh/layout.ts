// Chinese: statistical layout (read/records.ts, layout.ts, aggregate.ts).

export const layout = {
  lineRange: (first: number, last: number) => `第 ${first}–${last} 行`,
  lineSome: (lines: string, total: number) => `第 ${lines} 行${total > 0 ? ` 等 ${total} 行` : ''}`,
  quotedDamaged: '（含不属于文件编码的字节）',
  clauseJoin: '；',
  quoteSpansLines: (column: number, last: number, lines: string) =>
    `第 ${column} 列的引号到第 ${last} 行才闭合，把 ${lines} 吞进了一个单元格；这些行已按各自的行重新读取，请删除或补全该引号`,
  titleRows: (header: number, lines: string, texts: string) =>
    `表头（第 ${header} 行）之外的标题、单位或栏次行，已跳过: ${lines} ${texts}`,
  footerRows: (lines: string, texts: string) => `表尾的填表、审核或注释行，已跳过: ${lines} ${texts}`,
  totalRows: (lines: string, names: string, unchecked: string) =>
    `汇总行不是县市区，未判定，已与所覆盖的县市区行逐列核对: ${lines} ${names}${unchecked}`,
  totalsUnchecked: (list: string) => `；未核对: ${list}`,
  totalSkipped: (line: number, why: string) => `第 ${line} 行${why}`,
  totalColumnsUnchecked: (line: number, columns: string, total: number) =>
    `第 ${line} 行的 ${columns}${total > 0 ? ` 等 ${total} 列` : ''}（所覆盖的行有空白或无效单元格）`,
  totalNothingAbove: '上方没有县市区行',
  totalNothingBelow: '下方没有县市区行',
  breakdownRows: (lines: string, names: string) =>
    `“其中”分项行不是县市区，未判定，也不计入合计核对: ${lines} ${names}`,
  periodFromTitle: (label: string, year: number, where: string) =>
    `表中没有${label}列；${where}只写了 ${year} 年，各行按 ${year} ${label}读取`,
  periodInTitle: (line: number) => `标题（第 ${line} 行）`,
  periodInSheetName: '工作表名',
  periodInFileName: '文件名',
  totalMixedYears: '所覆盖的行不属于同一年度',
  totalMixedMonths: '所覆盖的行不属于同一月份',
  totalMismatch: (label: string, subtotal: boolean, stated: string, rows: number, sum: string) =>
    `${label}: ${subtotal ? '小计' : '合计'}行填 ${stated}，所覆盖的 ${rows} 个县市区行之和为 ${sum}`,
};
