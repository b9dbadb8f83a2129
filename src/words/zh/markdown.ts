// Chinese: the markdown report (report/markdown.ts).

export const markdown = {
  tool: 'duibiao 对标',
  scoreboard: '#### 排名',
  scoreHead: ['| 名次 | 县市区 | 年度 | 达标 | 未达标与待核实 |', '|---|---|---|---|---|'],
  /** `scoreHead` when the rows shown are months, or years and months. */
  periodScoreHead: {
    month: ['| 名次 | 县市区 | 月份 | 达标 | 未达标与待核实 |', '|---|---|---|---|---|'],
    mixed: ['| 名次 | 县市区 | 年度/月份 | 达标 | 未达标与待核实 |', '|---|---|---|---|---|'],
  },
  misses: '#### 未达标与待核实（按县市区）',
  missHead: ['| 状态 | 目标 | 实际与目标 | 规则 |', '|---|---|---|---|'],
  changeHead: ['| 县市区 | 状态 | 目标 | 实际与目标 | 规则 |', '|---|---|---|---|---|'],
  problems: '#### 数据问题',
  problemHead: ['| 位置 | 列 | 级别 | 代码 | 说明 |', '|---|---|---|---|---|'],
  level: { error: '错误', notice: '提示' } as Record<'error' | 'notice', string>,
  cut: (shown: number, rows: number, misses: number, rowsAre: string) =>
    `表太长未全列：排名只列出 ${shown} 个${rowsAre}，有未达标的在前（最差的最先），全部达标的在后；另有 ${rows} 个${rowsAre}、${misses} 项未达标与待核实未列出。看全部：\`-f csv\`、\`-f xlsx\` 或 \`-f json\``,
  moreRows: (n: number, rowsAre: string) => `… 另有 ${n} 个${rowsAre}未列出（完整名单见 \`-f csv\` 或 \`-f json\`）`,
  moreMisses: (n: number) => `… 另有 ${n} 项未达标与待核实未列出`,
  unranked: (n: number) => `另有 ${n} 行数据没有适用的目标（全部不适用，0/0），未排名`,
  moreProblems: (n: number) => `… 另有 ${n} 条数据问题未列出（按代码计数见 \`-f summary\`）`,
};
