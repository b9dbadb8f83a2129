// Chinese: data problems (read); data problems, merged.

export const dataProblems = {
  emptyFile: '文件为空或只有空白：没有表头，也没有数据行',
  noRows: '文件有表头，但没有数据行',
  noHeader: (keys: string) => `没有哪一行列出关键列（${keys}）：表头行缺失，本文件未读取；请把表头行放回数据上方`,
  blankRow: '空行，已跳过',
  titleRow: (text: string) => `表头上方的标题行，已跳过: '${text}'`,
  missingCells: (cells: number, width: number) =>
    `该行有 ${cells} 个单元格，表头有 ${width} 个；缺最后 ${width - cells} 个`,
  extraCells: (cells: number, width: number) => `该行有 ${cells} 个单元格，表头有 ${width} 个；多出的单元格未读取`,
  duplicateRow: (place: string, where: string) => `${place} 重复出现（首次在 ${where}）；两行都已检查`,
  countyBlank: '县市区为空',
  yearBlank: '年度为空',
  headerBlank: (from: number, to: number) =>
    `${from === to ? `第 ${from} 列` : `第 ${from}–${to} 列`}没有表头；${from === to ? '该列' : '这些列'}未读取`,
  headerEncoding: (n: number) => `第 ${n} 列的表头含有不属于文件编码的字节；该列未读取`,
  headerDuplicate: (header: string, column: string, first: number) =>
    `'${header}' 又是 ${column}（首次在第 ${first} 列）；只读取第 ${first} 列`,
  unknownColumns: (names: string) => `规则包中没有这些列，未读取: ${names}`,
  requiredColumnMissing: (column: string) => `缺少必需的列 ${column}`,
  columnsMissing: (all: number, missing: number, named: string, more: number) =>
    `${all} 列中缺 ${missing} 列，用到它们的规则判为“缺数据”: ${named}${more > 0 ? ` 等，另有 ${more} 列` : ''}`,
  exceedsTotal: (part: string, total: string, value: string, whole: string) =>
    `${part}超过${total} (${value} > ${whole})`,
  triggerMonthsMismatch: (label: string, year: number, given: string, counted: number, months: string) =>
    `${label}填报 ${given}，按价格指数触发、在 ${year} 年发放的为 ${counted} 个月${months ? `（指数月份 ${months}）` : ''}`,
  triggerMonthsUnchecked: (label: string, year: number, absent: string) =>
    `价格指数没有覆盖 ${year} 年发放的全部月份（缺 ${absent} 的指数），该年的${label}未核对`,
  unjoinedRows: (table: string, rows: number, by: string, lines: string, periods: string) =>
    `${table} 有 ${rows} 行没有用到：没有 ${by} 的行与之对应，未判定: 第 ${lines} 行（${periods}）`,
  cellEncoding: '单元格含有不属于文件编码的字节（UTF-8 文件里多是从 GBK 文件粘贴来的行）',
  excelError: (text: string) => `Excel 错误值 '${text}'，不是数字`,
  scientific: (text: string) => `'${text}' 是 Excel 的科学计数法，数字可能已被舍入；请把该列设为数值格式`,
  notANumber: (text: string) => `'${text}' 不是数字`,
  notAWholeNumber: (text: string) => `'${text}' 不是整数`,
  negativeCount: (text: string) => `'${text}' 是负数，个数不能为负`,
  negativeAmount: (text: string) => `'${text}' 是负数，金额不能为负`,
  outOfRange: (text: string, min: string, max: string) => `'${text}' 超出 ${min}–${max} 的范围`,
  notYesNo: (text: string) => `'${text}' 不是“是”或“否”（可填 是/否、有/无、已/未、Y/N、1/0）`,
  scientificCode: (text: string) => `'${text}' 是 Excel 的科学计数法；请把代码列设为文本格式`,
  notACode: (text: string) => `'${text}' 不是 6 位代码`,
  notARealDate: (text: string) => `'${text}' 不是真实的日期`,
  notARealMonth: (text: string) => `'${text}' 不是真实的月份`,
  notAMonth: (text: string) => `'${text}' 不是 2022-03、2022年3月 这样的月份`,
  notADate: (text: string, serial: boolean) =>
    `'${text}' 不是 2022-12-31、2022.12.31 这样的日期${serial ? '（这是 Excel 的日期序号：请把该列设为日期格式）' : ''}`,
  yamlEmpty: '文件为空：没有数据行',
  yamlNoRows: '数据行的列表为空',
  yamlNotARow: '列表项不是“列名: 值”的映射；已跳过',
  yamlKeyEncoding: (n: number) => `第 ${n} 个键含有不属于文件编码的字节；其值未读取`,
  yamlKeyBlank: (n: number) => `第 ${n} 个键为空；其值未读取`,
  yamlDuplicate: (name: string, column: string) => `'${name}' 在本行又是 ${column}；只读取第一个`,
  yamlTooDeep: (depth: number) => `嵌套超过 ${depth} 层`,
  yamlSecondDocument: '此处（--- 之后）开始了第二个 YAML 文档；一个文件只能有一个',
  notAScalar: '此处应为一个值，却是列表或映射',

  // data problems, merged
  duplicateCode: (code: string, year: number | string, where: string, county: string) =>
    `行政区划代码 ${code} 在 ${year}${typeof year === 'number' ? ' 年' : ''}重复出现（首次在 ${where}），本行写作 ${county}；同一代码是同一县市区，两行都已检查`,
  twoCodes: (county: string, year: number | string, first: string, second: string) =>
    `${county} 在 ${year}${typeof year === 'number' ? ' 年' : ''}有两个行政区划代码: ${first} 与 ${second}`,
  placeholderBlank: (label: string, count: number, marks: string) =>
    `${label}: ${count} 个单元格只填了 ${marks}，按空白（缺数据）处理，不当作 0`,
  yamlAliasCells: (max: number) => `用别名（*锚点名）写的行合计超过 ${max} 个单元格；请把这些行写出来`,
};
