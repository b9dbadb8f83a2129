// Chinese: the progress line on a terminal (cli/progress.ts).

export const progress = {
  reading: '读取',
  judging: '汇总判定结果',
  writing: (report: string) => `写报告 ${report}`,
  rows: (rows: string) => `${rows} 行`,
  left: (time: string) => `约剩 ${time}`,
  elapsed: (time: string) => `已用 ${time}`,
  seconds: (s: number) => `${s} 秒`,
  minutes: (m: number, s: number) => `${m} 分 ${s} 秒`,
};
