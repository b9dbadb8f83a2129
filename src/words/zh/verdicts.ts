// Chinese: verdicts (engine); verdicts, merged.

export const verdicts = {
  dueOn: (date: string) => `，${date} 到期`,
  overdue: (date: string) => `，已逾期（${date} 到期）`,
  whenHeld: (condition: string, values: string, period: string) =>
    `；${period} 条件成立：${condition}${values ? `（${values}）` : ''}`,
  whenNotHeld: (condition: string, values: string) => `条件不成立：${condition}${values ? `（${values}）` : ''}`,
  whenNotComputable: (condition: string) => `条件无法判断：${condition} 中有除以 0`,
  /** A column named in a verdict's words, in the language they are said in: its label (`label_en` under en). */
  fieldLabel: (label: string, _labelEn: string) => label,
  expressionDivByZero: (expression: string) => `${expression} 中有除以 0`,
  noThreshold: (period: string) => `${period} 没有适用的目标值`,
  onlyInYears: (from: number, to: number) => `仅适用于 ${from}–${to} 年`,
  cellsInvalid: (cells: string) => `数据无效: ${cells}`,
  joinedAbsent: (table: string, period: string) => `${table} 缺 ${period} 的数据`,
  owedRowAbsent: (table: string, period: string) => `本县市区没有报送 ${table} 中 ${period} 的数据`,
  cellsMissing: (cells: string) => `缺数据: ${cells}`,
  listJoin: '、',
  zeroTotal: (label: string) => `${label}为 0`,
  zeroBase: (label: string) => `${label}为 0，无从计算增幅`,
  wholeRows: (counties: number) => `全州 ${counties} 行`,
  notApplicableOfTotal: (reason: string, of: string) => `${reason}（${of}合计）`,
  totalVerdict: (title: string, of: string, comparison: string, detail: string) =>
    `${title}，${of}: ${comparison} (${detail})`,
  /** A pack's words written in both languages (a rule's title), said as written in Chinese. */
  packWords: (zh: string, _en: string) => zh,

  // verdicts, merged
  dueUnknown: (date: string) => `；填报日期无效，无法判断是否已过 ${date} 的期限`,
  readableOfRows: (rows: number, readable: number) => `全州 ${rows} 行中可读的 ${readable} 行`,
};
