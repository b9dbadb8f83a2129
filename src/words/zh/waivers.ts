// Chinese: the waivers (waivers/load.ts, waivers/words.ts).

export const waivers = {
  expired: (expires: string, asOf: string, target: string) =>
    `豁免已于 ${expires} 到期（判定日 ${asOf}）：${target} 按原判定计`,
  unused: (target: string) => `豁免未匹配任何未达标、缺数据、数据无效或待到期的判定：${target}`,
  cannotRead: (file: string, reason: string) => `无法读取豁免清单 ${file}: ${reason}`,
  invalid: (file: string, count: number) => `豁免清单 ${file} 有 ${count} 处错误`,
  unknownRule: (rule: string, guess: string | undefined) =>
    `未知的规则 ${rule}${guess ? `（是不是 '${guess}'？）` : ''}`,
  blank: '不能为空',
  controlCharacters: '不能含控制字符',
  day: '应为 2023-06-30 这样的日期',
  month: '应为 2022-03 这样的月份',
};
