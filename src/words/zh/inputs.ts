// Chinese: the inputs as named and the policy every input is read by: folders, patterns and lock files
// (read/inputs.ts), links out of the folder named, a config's reach (read/input-policy.ts).

export const inputs = {
  linkOutside: (file: string, target: string) =>
    `${file} 是链接，指向所给文件夹之外的 ${target}；不读取。如确要读取，请加 --follow-links`,
  configPathOutside: (config: string, key: string, path: string) =>
    `配置文件 ${config} 的 ${key} 指向 '${path}'，超出配置文件所在的文件夹（..、绝对路径、~ 或链接）；配置文件只能指向其文件夹内的文件，其外的文件请在命令行上给出`,
  unknownColumnsNotShown: (count: number) => `规则包中没有这 ${count} 列，未读取；表头不含关键列，列名不显示`,
  linesNotShown: '（表头不含关键列，内容不显示）',
  noMatch: '没有与之相符的文件',
  folderHoldsNoReturn: '文件夹中没有 .csv、.tsv、.txt、.yaml、.yml、.json、.xlsx、.xlsm 或 .xls 文件（不读子文件夹）',
  lockFile: (file: string, workbook: string) =>
    `${file} 是 Excel 或 WPS 在工作簿 ${workbook} 打开时留下的锁定文件，不是报表：请先在 Excel 中关闭该工作簿，再检查 ${workbook}`,
  lockFileSkipped: (workbook: string) =>
    `这是 Excel 或 WPS 在工作簿 ${workbook} 打开时留下的锁定文件，已跳过；如该工作簿尚未保存，请保存并关闭后再检查`,
};
