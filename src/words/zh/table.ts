// Chinese: the table report (report/table.ts).

export const table = {
  tool: 'duibiao 对标',
  rowsRead: (rows: number) => `${rows} 行`,
  scoreboard: '排名与未达标',
  head: ['名次', '县市区', '年度', '达标', '状态', '目标', '实际与目标'],
  changeHead: ['县市区', '年度', '状态', '目标', '实际与目标'],
  /** The period column's heading (年度 in `head`) when the rows shown are months, or years and months. */
  periodHead: { month: '月份', mixed: '年度/月份' },
  /**
   * What the rows of the ranking are, by what they are of (`periodKind`, report/period.ts): a county's
   * year, month, or either; the words the cut-for-length lines count them in (the markdown's too).
   */
  countyPeriods: { year: '县市区·年度', month: '县市区·月份', mixed: '县市区·年度/月份' },
  rule: '规则',
  byTarget: '各项目标',
  targetHead: ['目标', '达标县', '全州合计', '级别'],
  severity: { error: '错误', warning: '警告' } as Record<'error' | 'warning', string>,
  problems: '数据问题',
  unlisted: (n: number) => `另 ${n} 项未列出`,
  cut: (shown: number, rows: number, misses: number, rowsAre: string) =>
    `表太长未全列：排名只列出 ${shown} 个${rowsAre}，有未达标的在前（最差的最先），全部达标的在后；另有 ${rows} 个${rowsAre}、${misses} 项未达标与待核实未列出。看全部：-f csv、-f xlsx 或 -f json`,
  moreRows: (n: number, rowsAre: string) => `… 另有 ${n} 个${rowsAre}未列出（完整名单见 -f csv 或 -f json）`,
  moreMisses: (n: number) => `… 另有 ${n} 项未达标与待核实未列出`,
  unranked: (n: number) => `另有 ${n} 行数据没有适用的目标（全部不适用，0/0），未排名`,
  moreProblems: (n: number) => `… 另有 ${n} 条数据问题未列出（按代码计数见 -f summary）`,
};
