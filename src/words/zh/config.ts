// Chinese: the config file (cli/config.ts, config-file.ts).

export const config = {
  cannotRead: (file: string, reason: string) => `无法读取配置文件 ${file}: ${reason}`,
  invalid: (file: string, count: number) => `配置文件 ${file} 有 ${count} 处错误`,
  blank: '不能为空',
  tooLong: (n: number) => `不能超过 ${n} 个字`,
  oneLine: '应为一行文字',
  badAsOf: '应为 2022-12-31 这样的日期，或 report-date（按各行的填报日期）',
};
