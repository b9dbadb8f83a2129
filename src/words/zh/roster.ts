// Chinese: the roster of expected counties (roster/read.ts, roster/words.ts).

export const roster = {
  unknown: (county: string, roster: string, guess: string | undefined) =>
    `${county} 不在应报县名单 ${roster} 中${guess ? `（是否为 ${guess}？）` : ''}；该行仍已检查`,
  codeMismatch: (county: string, code: string, expected: string, roster: string, line: number) =>
    `${county} 的行政区划代码为 ${code}，应报县名单 ${roster}:${line} 中为 ${expected}`,
  nameVariant: (written: string, code: string, county: string, roster: string) =>
    `${written} 的行政区划代码 ${code} 是应报县名单 ${roster} 中 ${county} 的代码：按 ${county} 检查和报告（本文件中写作 ${written} 的行均如此）`,
  notSubmitted: (county: string, year: number) => `${county} 未报送 ${year} 年度数据`,
  /** `said`: the file and why, as `county.csv: 没有这个文件`, or a reader's own refusal that names the file. */
  cannotRead: (said: string) => `应报县名单: ${said}`,
  tooMany: (file: string, max: number) => `应报县名单 ${file} 列出的县超过 ${max} 个`,
  listedTwice: (county: string, line: number) => `${county} 列出了两次（首次在第 ${line} 行）`,
  empty: '应报县名单中没有任何县',
  invalid: (file: string, count: number) => `应报县名单 ${file} 有 ${count} 处错误`,
};
