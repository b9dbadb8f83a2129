// English: the markdown report (report/markdown.ts).
import type { markdown as zh } from '../zh/markdown.js';

export const markdown = {
  tool: 'duibiao',
  scoreboard: '#### Ranking',
  scoreHead: ['| rank | county | year | met | misses and pending |', '|---|---|---|---|---|'],
  periodScoreHead: {
    month: ['| rank | county | month | met | misses and pending |', '|---|---|---|---|---|'],
    mixed: ['| rank | county | year/month | met | misses and pending |', '|---|---|---|---|---|'],
  },
  misses: '#### Misses and pending checks, by county',
  missHead: ['| status | target | actual vs target | rule |', '|---|---|---|---|'],
  changeHead: ['| county | status | target | actual vs target | rule |', '|---|---|---|---|---|'],
  problems: '#### Data problems',
  problemHead: ['| where | column | level | code | message |', '|---|---|---|---|---|'],
  level: { error: 'error', notice: 'notice' },
  cut: (shown: number, rows: number, misses: number, rowsAre: string) =>
    `Cut for length: the ranking lists ${shown} ${rowsAre}, those with misses first (the worst first), those meeting every target last; ${rows} more ${rowsAre} and ${misses} more misses and pending checks are not listed. To see all: \`-f csv\`, \`-f xlsx\` or \`-f json\``,
  moreRows: (n: number, rowsAre: string) =>
    `… ${n} more ${rowsAre} not listed (the full list: \`-f csv\` or \`-f json\`)`,
  moreMisses: (n: number) => `… ${n} more misses and pending checks not listed`,
  unranked: (n: number) =>
    `${n} more ${n === 1 ? 'row' : 'rows'} with no target that applies (all not applicable, 0/0), not ranked`,
  moreProblems: (n: number) => `… ${n} more data problems not listed (counts by code: \`-f summary\`)`,
} satisfies typeof zh;
