// English: the progress line on a terminal (cli/progress.ts).

export const progress = {
  reading: 'reading',
  judging: 'gathering the verdicts',
  writing: (report: string) => `writing ${report}`,
  rows: (rows: string) => `${rows} rows`,
  left: (time: string) => `about ${time} left`,
  elapsed: (time: string) => `${time} so far`,
  seconds: (s: number) => `${s} s`,
  minutes: (m: number, s: number) => `${m} min ${s} s`,
};
