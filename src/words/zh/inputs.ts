// Chinese: the policy every input is read by: links out of the folder named, a config's reach (read/input-policy.ts).

export const inputs = {
  linkOutside: (file: string, target: string) => `${file} 是链接，指向所给文件夹之外的 ${target}；不读取。如确要读取，请加 --follow-links`,
  configPathOutside: (config: string, key: string, path: string) => `配置文件 ${config} 的 ${key} 指向 '${path}'，超出配置文件所在的文件夹（..、绝对路径、~ 或链接）；配置文件只能指向其文件夹内的文件，其外的文件请在命令行上给出`,
  unknownColumnsNotShown: (count: number) => `规则包中没有这 ${count} 列，未读取；表头不含关键列，列名不显示`,
  linesNotShown: '（表头不含关键列，内容不显示）',
};
