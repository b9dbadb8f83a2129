// English: the config file (cli/config.ts, config-file.ts).
import type { config as zh } from '../zh/config.js';

export const config = {
  cannotRead: (file: string, reason: string) => `cannot read config ${file}: ${reason}`,
  invalid: (file: string, count: number) => `config ${file} has ${count === 1 ? '1 mistake' : `${count} mistakes`}`,
  blank: 'may not be blank',
  tooLong: (n: number) => `may be at most ${n} characters`,
  oneLine: 'must be one line',
  badAsOf: 'must be a date like 2022-12-31, or report-date (each row at its report date)',
} satisfies typeof zh;
