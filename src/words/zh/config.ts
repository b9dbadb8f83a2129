// Chinese: the config file (cli/config.ts, config-file.ts).

export const config = {
  cannotRead: (file: string, reason: string) => `无法读取配置文件 ${file}: ${reason}`,
  invalid: (file: string, count: number) => `配置文件 ${file} 有 ${count} 处错误`,
  blank: '不能为空',
};
