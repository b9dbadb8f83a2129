// Chinese: errors that stop a run (stderr).

export const stops = {
  internalError: (message: string) => `内部错误: ${message}`,
  runWithDebug: '（加 --debug 再运行可看详情，并请报告此问题）',
  fsNoSuchFile: '没有这个文件',
  fsPermission: '没有权限',
  fsIsFolder: '这是文件夹，不是文件',
  fsNotAFolder: '路径中有一部分不是文件夹',
  fsNoSpace: '设备上没有剩余空间',
  fsNameTooLong: '文件名太长，文件系统不接受；请用短一些的名字',
  cannotRead: (file: string, reason: string) => `无法读取 ${file}: ${reason}`,
  cannotReadPack: (file: string, reason: string) => `无法读取规则包 ${file}: ${reason}`,
  cannotWrite: (file: string, reason: string) => `无法写入 ${file}: ${reason}`,
  folderMissing: (folder: string) => `文件夹 ${folder} 不存在`,
  blockDeviceTarget: (file: string) => `${file} 是块设备（磁盘），不会把报告写进去；请写到普通文件`,
  linkedStreamTarget: (file: string, real: string) =>
    `${file} 是链接，指向 ${real}，它不是普通文件；不会跟随链接写入设备、管道或套接字。确要写入时请直接写它本身的路径`,
  notATable: (file: string, looks: string) =>
    `${file} 不是文本表格：它看起来是${looks}。请在 Excel 中另存为“CSV UTF-8 (逗号分隔)”，再检查那个文件`,
  looksZip: ' zip 压缩包，例如 .xlsx 工作簿',
  looksXls: '旧版 Excel .xls 工作簿',
  looksPdf: ' PDF 文档',
  looksBinary: '二进制数据（含 NUL 字节）',
  quoteNotClosed: (file: string, line: number) =>
    `${file}:${line}: 第 ${line} 行开始的引号没有闭合，文件其余部分无法读取`,
  recordTooLarge: (file: string, line: number, mib: number) =>
    `${file}:${line}: 从此处开始的记录超过 ${mib} MiB，没有哪个县的行会这么大（多是此处的引号没有闭合）；文件其余部分未读取`,
  recordUnreadable: (file: string, line: number, code: string) =>
    `${file}:${line}: 从此处开始的 CSV 记录无法读取 (${code})；文件其余部分未读取`,
  yamlGotMapping: '单个映射',
  yamlGotValue: '单个值',
  yamlNotAList: (file: string, got: string) => `${file}: 应为数据行的列表（每行如 '- 县市区: …'），实际是${got}`,
  packInvalid: (file: string, count: number) => `规则包 ${file} 有 ${count} 处错误`,
  unknownRule: (id: string, pack: string, guess: string | undefined) =>
    `${pack} 中没有规则 '${id}'${guess ? `；是不是 '${guess}'？` : ''}（duibiao rules 列出全部规则）`,
  badAsOf: (text: string) =>
    `--as-of '${text}' 不是 2022-12-31、2022/12/31、2022.12.31 这样的日期，也不是 report-date（按各行的填报日期判定）`,
  badToday: (source: string, text: string) => `${source} '${text}' 不是 2022-12-31 这样的日期（它给出运行当日的日期）`,
  outputOneFormat: '--output 只接受一种格式；其他格式请各自写入文件: -f 格式:文件',
  outputAlreadyNamed: (spec: string) => `-f ${spec} 已经指定了文件；请去掉 --output`,
  oneToStdout: '最多一种格式写到标准输出；其他格式请各自写入文件: -f 格式:文件',
  sameFile: (a: string, b: string, file: string) => `-f ${a} 和 -f ${b} 都写入 ${file}；请各用一个文件`,
  unknownFormat: (name: string, from: string) => `未知的格式 '${name}'；可选 ${from}`,
  noFileAfterColon: (name: string) => `-f ${name}: 冒号后没有文件名`,
};
