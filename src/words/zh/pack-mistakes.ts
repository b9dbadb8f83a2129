// Chinese: mistakes in a rule pack (listed under pack-invalid); rule packs, merged.

export const packMistakes = {
  packKeyMisplaced: (key: string, where: string) => `键 '${key}' 不应出现在${where ? ` ${where}` : '顶层'}`,
  packUnknownKey: (key: string, guess: string | undefined) =>
    `未知的键 '${key}'${guess ? `（是不是 '${guess}'？）` : ''}`,
  packMeasureKind: (given: string | undefined, kinds: string, guess: string | undefined) =>
    `${given === undefined ? 'measure 缺少 kind（度量的种类）' : `未知的度量种类（measure 的 kind）'${given}'`}，可用的有: ${kinds}${guess ? `（是不是 '${guess}'？）` : ''}`,
  packKeyMissing: (key: string, expected: string) => `缺少 '${key}'（需要 ${expected}）`,
  packColumnTwice: (name: string) => `列 '${name}' 定义了两次`,
  packLabelTwice: (label: string) => `标签 '${label}' 用了两次`,
  packKeyColumn: (key: string) => `规则包必须定义关键列 '${key}'`,
  packUnknownColumn: (name: string, guess: string | undefined) =>
    `未知的列 '${name}'${guess ? `（是不是 '${guess}'？）` : ''}`,
  packNotANumber: (name: string, type: string) => `列 '${name}' 的类型是 ${type}，此处需要数字`,
  packRuleTwice: (id: string) => `规则编号 '${id}' 用了两次`,
  packFlagColumn: '是/否列只能与 true 或 false 比较',
  packTargetType: (flag: boolean) => `此处的目标必须是${flag ? ' true 或 false' : '数字'}`,
  packRatioTarget: (given: string) =>
    `比例的目标是占比，${given} 在此意为 ${given} 倍；百分之 ${given} 应写作 ${given}%（也可写小数，如 40% 写作 0.4）`,
  packYears: 'years.from 晚于 years.to',
  packNotUtf8: '不是 UTF-8 文本的字节',
  packAliasBomb: '从此处起的别名展开成过多副本（别名炸弹）',
  // ── tables and periods ──
  packTableUnknown: (id: string, known: string, guess: string | undefined) =>
    `没有名为 '${id}' 的表（已声明: ${known || '无'}）${guess ? `（是不是 '${guess}'？）` : ''}`,
  packTableTwice: (id: string) => `表 '${id}' 声明了两次`,
  packPeriodShared: (column: string) =>
    `列 '${column}' 已是另一张表的期间列；每张表的期间列须各不相同，才能分辨文件属于哪张表（仅按县区分的表与仅按期间区分的表可共用一列：县市区列即可分辨）`,
  packPeriodType: (column: string, every: string, type: string, needed: string) =>
    `列 '${column}' 的类型是 ${type}，按${every === 'month' ? '月' : '年'}的表的期间列须为 ${needed}`,
  packCountedInNeedsCondition: '只有关联了按期间区分的表、并有适用条件的规则，才能据此核对年度启动次数',
  packJoinKeyed: (table: string) => `关联的表 '${table}' 按县区分，或就是本规则的表；只能关联仅按期间区分的表`,
  packIndexNotPercent: (column: string, type: string) => `列 '${column}' 的类型是 ${type}：只有百分比列可以按指数填写`,
  packColumnNotInTable: (column: string, table: string) => `列 '${column}' 不属于表 '${table}'`,
  tableUnclear: (periods: string, found: string) =>
    `无法判断此文件属于哪张表：表头应含且只含一个期间列（${periods}），实有 ${found || '无'}；按第一张表检查`,
  periodBlank: (label: string) => `${label}为空`,

  packTargetDigits: (whole: number, fraction: number) =>
    `目标值的整数部分最多 ${whole} 位，小数部分最多 ${fraction} 位`,
  packNumberLike: '应为 0.4 或 "40%" 这样的数',
  packTableIdForm: '表的编号由小写英文字母、数字和连字符组成',
  packRuleIdForm: '规则编号形如 area.what-it-checks（小写英文，以点分隔）',
  packColumnNameForm: '列名用小写英文与下划线，形如 lower_snake_case',

  // rule packs, merged
  packAliasTwice: (alias: string) => `别名 '${alias}' 已是另一列的名称`,

  // expressions, conditions and thresholds by period
  exprTooLong: (chars: number) => `表达式最长 ${chars} 个字符`,
  exprTooLarge: (nodes: number, depth: number) => `表达式过大：最多 ${nodes} 个运算项，嵌套最多 ${depth} 层`,
  exprSyntax: (near: string | undefined) =>
    near === undefined ? '表达式无法读取：未写完（缺少运算对象或右括号）' : `表达式无法读取：读到 '${near}' 处出错`,
  exprCompound: '表达式无法读取：两部分之间缺少运算符',
  exprNotAllowed: (what: string) =>
    `表达式中不允许使用 '${what}'：只可用 + - * /、比较（< <= > >= == !=）、and/or/not、列名、阈值名、数字和百分数`,
  exprOperand: (op: string, number: boolean) => `'${op}' 的运算对象必须是${number ? '数字' : '条件（是/否）'}`,
  exprTypes: (op: string) => `'${op}' 两边必须同为数字或同为是/否`,
  exprResult: (number: boolean) => `此处的表达式必须得出${number ? '一个数字' : '一个条件（成立与否）'}`,
  packPeriodForm: '期间写作年份（2022）或月份（"2022-08"）',
  packPeriodMonthInYearly: (bound: string, table: string) => `表 '${table}' 按年，不能按月份 ${bound} 划分`,
  packPeriodOrder: '起始期间（from）晚于结束期间（to）',
  packThresholdName: (name: string) => `阈值 '${name}' 与一列同名`,
};
