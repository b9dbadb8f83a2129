// Chinese: the inputs as named, expanded: folders, patterns and lock files (read/inputs.ts).

export const inputs = {
  noMatch: '没有与之相符的文件',
  folderHoldsNoReturn: '文件夹中没有 .csv、.tsv、.txt、.yaml、.yml、.json、.xlsx、.xlsm 或 .xls 文件（不读子文件夹）',
  lockFile: (file: string, workbook: string) => `${file} 是 Excel 或 WPS 在工作簿 ${workbook} 打开时留下的锁定文件，不是报表：请先在 Excel 中关闭该工作簿，再检查 ${workbook}`,
  lockFileSkipped: (workbook: string) => `这是 Excel 或 WPS 在工作簿 ${workbook} 打开时留下的锁定文件，已跳过；如该工作簿尚未保存，请保存并关闭后再检查`,
};
