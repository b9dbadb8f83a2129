// Chinese: the config file (cli/config.ts, config-file.ts).

export const config = {
  cannotRead: (file: string, reason: string) => `无法读取配置文件 ${file}: ${reason}`,
  tooLarge: (file: string) => `配置文件 ${file} 超过 1 MiB，远超一份设置所需`,
  invalid: (file: string, count: number) => `配置文件 ${file} 有 ${count} 处错误`,
  blank: '不能为空',
};
