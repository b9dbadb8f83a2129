// The roster's words for a person, in one place.
export const ROSTER_WORDS = {
  unknown: (county: string, roster: string, guess: string | undefined) =>
    `${county} 不在应报县名单 ${roster} 中${guess ? `（是否为 ${guess}？）` : ''}；该行仍已检查`,
  codeMismatch: (county: string, code: string, expected: string, roster: string, line: number) =>
    `${county} 的行政区划代码为 ${code}，应报县名单 ${roster}:${line} 中为 ${expected}`,
  notSubmitted: (county: string, year: number) => `${county} 未报送 ${year} 年度数据`,
};
