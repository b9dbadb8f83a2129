// Chinese: a workbook that cannot be read (read/workbook.ts, xls.ts, xlsx*.ts, zip.ts, xml.ts).

export const workbook = {
  notReadable: (file: string, why: string) => `${file}: 不是可读取的工作簿: ${why}`,
  neitherZipNorOle: '它既不是 .xlsx（zip）文件，也不是 .xls（OLE）文件',
  xlsDamaged: '它是 Excel 97–2003（.xls）文件，但其内容已损坏或不完整',
  oleDamaged: '它以 OLE 文件（Excel 97–2003）的文件头开始，但其结构已损坏或不完整',
  noWorkbookPart: '它是 zip 文件，但没有 xl/workbook.xml',
  refused: (file: string, why: string) => `${file}: 已拒绝: ${why}`,
  zipBomb: (file: string, why: string) => `${file}: 已拒绝: ${why}；没有哪个县的报表有这么大，它像是 zip 炸弹`,
  sharedStrings: (bytes: number) => `其共享字符串声明了 ${bytes} 字节`,
  xlsTooLarge: (bytes: number) => `超过 ${bytes} 字节的 Excel 97–2003 文件；没有哪个县的报表有这么大`,
  encrypted: (file: string) =>
    `${file}: 工作簿有密码保护（已加密），duibiao 无法读取。请另存一份不带密码的副本，再检查那一份`,
  encryptedEntry: (file: string, entry: string) => `${file}: 工作簿已加密（条目 '${entry}'），duibiao 无法读取`,
  doctype: (file: string, part: string) =>
    `${file}: 已拒绝: 部件 '${part}' 声明了 DOCTYPE；工作簿从不需要它，其中的实体可能无限展开`,
  badXml: (part: string) => `部件 '${part}' 不是格式正确的 XML，工作簿已损坏`,
  sheetPart: (part: string, row: number, what: string) => `${part}: 第 ${row} 行: 无法读取${what}`,
  rowNumber: (text: string, after: number) => `行号 '${text}'（在第 ${after} 行之后）`,
  cellReference: (text: string) => `单元格引用 '${text}'`,
  sharedString: (index: string, count: number) => `共享字符串 ${index}（共 ${count} 个）`,
  entryNoLocalHeader: (entry: string) => `条目 '${entry}' 没有本地文件头`,
  entryMethod: (entry: string, method: number) => `条目 '${entry}' 使用压缩方法 ${method}`,
  entryInflatesPast: (entry: string, bytes: number) => `条目 '${entry}' 解压后超过其声明的 ${bytes} 字节`,
  entryNotInflated: (entry: string) => `条目 '${entry}' 无法解压，其压缩数据已损坏`,
  entryInflatedSize: (entry: string, bytes: number, declared: number) =>
    `条目 '${entry}' 解压后为 ${bytes} 字节，而不是声明的 ${declared} 字节`,
  notZip: '它不是 zip 文件（没有中央目录结尾）',
  zip64: '它是 ZIP64 压缩包，比任何报表都大',
  entryCount: (count: number) => `它有 ${count} 个条目`,
  directoryPastEnd: '其中央目录超出了文件末尾',
  directoryDamaged: '其中央目录已损坏',
  zip64Entry: (entry: string) => `条目 '${entry}' 是 ZIP64 条目`,
  entryDeclares: (entry: string, bytes: number) => `条目 '${entry}' 声明了 ${bytes} 字节`,
  entryRatio: (entry: string, bytes: number, compressed: number) =>
    `条目 '${entry}' 由 ${compressed} 字节声明出 ${bytes} 字节`,
  entriesTotal: (bytes: number) => `其条目合计声明超过 ${bytes} 字节`,
  mergedRanges: (sheet: string, most: number) => `工作表“${sheet}”列出了超过 ${most} 个合并区域`,
  cellTooLarge: (file: string, sheet: string, row: number, cell: string, mib: number) =>
    `${file}: 工作表“${sheet}”第 ${row} 行${cell === '' ? '' : `（单元格 ${cell}）`}的文字超过 ${mib} MiB，没有哪个县的行会这么大；工作簿其余部分未读取`,
  tokenTooLong: (file: string, part: string, mib: number) =>
    `${file}: 部件 '${part}' 中有一段文字或一个标记超过 ${mib} MiB，没有哪个县的报表会这样；工作簿其余部分未读取`,
  sharedPart: (first: string, second: string, part: string) =>
    `工作表“${first}”和“${second}”指向同一个部件 '${part}'，没有哪个程序会这样写`,
  sheetCount: (most: number) => `它列出了超过 ${most} 个工作表`,
  runInflates: (bytes: number) => `本次检查的工作簿解压后合计超过 ${bytes} 字节`,
  sheetHidden: (sheet: string) => `工作表“${sheet}”是隐藏的工作表（如下拉列表背后的代码表），不是报表，已跳过`,
  sheetKeysOnly: (sheet: string) =>
    `工作表“${sheet}”的表头只有县市区、代码、年度等键列，是县市区和代码的列表（如下拉列表背后的代码表），不是报表，已跳过`,
  sheetSkipped: (sheet: string) => `工作表“${sheet}”没有可识别的表头（未找到规则包的列名），已跳过`,
  noSheet: (sheets: string) =>
    `工作簿中没有哪个工作表的表头列出规则包的列（工作表: ${sheets}）：表头行缺失，本工作簿未读取；请把表头行放回数据上方，或用 --sheet 指定工作表`,
  andMore: (listed: string, more: number) => `${listed} 等，另有 ${more} 个`,
  sheetName: (name: string) => `“${name}”`,
  sheetsJoin: '、',
  noSheets: '（无）',
  sheetNotFound: (file: string, wanted: string, sheets: string) =>
    `${file}: 没有工作表 '${wanted}'；工作簿中有 ${sheets}`,
  numberedSheet: (n: number, name: string) => `${n} “${name}”`,
  numberedSheetsJoin: '、',
};
