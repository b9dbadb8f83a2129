// Chinese: refusals of an input: not a file, no known format (read/regular-file.ts, dataset.ts, row.ts).

export const read = {
  notAFile: { fifo: '这是管道 (FIFO)，不是文件', socket: '这是套接字，不是文件', device: '这是设备，不是文件' },
  tooLargeWhole: (mib: number) => `文件大于 ${mib} MiB，这是整个读入的文件的上限`,
  unknownFormat: (file: string, extension: string | undefined) =>
    `${file}: 无法从${extension === undefined ? '没有扩展名的文件名' : `扩展名 '${extension}' `}判断格式；应为 .csv、.yaml、.yml、.json、.xlsx 或 .xls`,
  sheetIgnored: (sheets: string) =>
    `--sheet ${sheets} 只用于 .xlsx 和 .xls 工作簿；本次输入都是 CSV、YAML 或 JSON 文件，没有工作表`,
  formulaNotComputed: (formula: string) =>
    `单元格是公式${formula === '=' ? '' : ` '${formula}'`}，却没有计算出的值（工作簿是程序写出的，从未在 Excel 或 WPS 中打开过）；请在 Excel 或 WPS 中打开这个工作簿并保存，再检查`,
  yearTooLarge: (text: string, most: number) => `'${text}' 不是可用的年度：超过 ${most}`,
};
