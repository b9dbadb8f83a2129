// English: the table report (report/table.ts).
import type { table as zh } from '../zh/table.js';

export const table = {
  tool: 'duibiao',
  rowsRead: (rows: number) => `${rows} rows`,
  scoreboard: 'Ranking and misses',
  head: ['rank', 'county', 'year', 'met', 'status', 'target', 'actual vs target'],
  changeHead: ['county', 'year', 'status', 'target', 'actual vs target'],
  periodHead: { month: 'month', mixed: 'year/month' },
  countyPeriods: { year: 'county-years', month: 'county-months', mixed: 'county-years and county-months' },
  rule: 'rule',
  byTarget: 'By target',
  targetHead: ['target', 'counties met', 'prefecture', 'severity'],
  severity: { error: 'error', warning: 'warning' },
  problems: 'Data problems',
  unlisted: (n: number) => `${n} more not listed`,
  cut: (shown: number, rows: number, misses: number, rowsAre: string) =>
    `Cut for length: the ranking lists ${shown} ${rowsAre}, those with misses first (the worst first), those meeting every target last; ${rows} more ${rowsAre} and ${misses} more misses and pending checks are not listed. To see all: -f csv, -f xlsx or -f json`,
  moreRows: (n: number, rowsAre: string) => `… ${n} more ${rowsAre} not listed (the full list: -f csv or -f json)`,
  moreMisses: (n: number) => `… ${n} more misses and pending checks not listed`,
  unranked: (n: number) =>
    `${n} more ${n === 1 ? 'row' : 'rows'} with no target that applies (all not applicable, 0/0), not ranked`,
  moreProblems: (n: number) => `… ${n} more data problems not listed (counts by code: -f summary)`,
} satisfies typeof zh;
