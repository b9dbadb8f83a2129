// Chinese: the command line's help; command line, merged.

export const help = {
  helpProgram: '对标: 按政策讲话的目标检查各县报送的数据',
  helpDebug: '显示内部错误的调用栈',
  helpLang: '人看的文字所用的语言（默认取环境变量 DUIBIAO_LANG，否则 zh）',
  helpVersion: '显示版本号',
  helpHelp: '显示命令的帮助',
  helpCommand: '显示某个命令的帮助',
  helpCheck: '按规则包检查数据文件',
  helpFiles: '各县报送的文件: .csv、.xlsx、.xls、.yaml、.yml 或 .json 文件，存放它们的文件夹，或模式（"各县/*.xlsx"）',
  helpRules: '规则包（默认: 内置规则包）',
  helpFormat: (names: string) => `${names}；可重复，各写入自己的文件，最多一种写到标准输出`,
  helpOutput: '把（唯一的）报告写入该文件，而不是标准输出',
  helpAsOf: '判断期限所用的日期；默认为运行当日，report-date 按各行的填报日期',
  helpFailOn: '使运行失败的最低级别（默认: 错误）',
  helpListRules: '列出规则包的规则: 编号、目标、级别、出处原文',
  helpExplain: '一条规则: 检查什么、需要哪些列、原文',
  helpTemplate: '空白的县级报送表（CSV，或带数据验证的 xlsx），含全部列',
  helpEnglish: '表头用英文列名，而不是中文标签',
  helpTitles: {
    'Usage:': '用法:',
    'Arguments:': '参数:',
    'Options:': '选项:',
    'Commands:': '命令:',
    'Global Options:': '全局选项:',
  } as Record<string, string>,
  helpDefault: '默认',
  /** Commander's words in a usage line (`duibiao check [options] <file...>`): the argument names stay, as typed. */
  helpSyntax: { '[options]': '[选项]', '[command]': '[命令]' } as Record<string, string>,
  /** The commands' arguments by name, as help and a missing argument name them; what is typed in their place is a file or a rule id. */
  helpArguments: { file: '文件', 'rule-id': '规则编号' } as Record<string, string>,
  /** Commander's refusals, by its code, with the names it quotes; one it does not name here is said as commander says it. */
  commandLine: {
    'commander.unknownOption': (name: string) => `未知的选项 '${name}'`,
    'commander.unknownCommand': (name: string) => `未知的命令 '${name}'`,
    'commander.missingArgument': (name: string) => `缺少参数 '${name}'`,
    'commander.optionMissingArgument': (name: string) => `选项 '${name}' 缺少值`,
    'commander.invalidArgument': (name: string, value: string) => `选项 '${name}' 的值 '${value}' 不可用`,
    'commander.excessArguments': () => '参数过多',
  } as Record<string, (...quoted: string[]) => string>,
  commandLineChoices: (choices: string) => `；可选 ${choices}`,
  commandLineGuess: (guess: string) => `；是不是 ${guess}？`,
  helpChoices: '可选',

  // command line, merged
  helpSheet: '要读取的工作表（名称，或从 1 起的序号）；可重复；默认: 表头含规则包列名的每个工作表',
  helpCounties: '应报送的县名单（CSV、YAML 或工作簿，含县名与行政区划代码）',
  helpWaivers: '豁免清单 (YAML)：每项写明县、规则、年度（可省）、理由、批准人、到期日',
  helpBaseline: '此前的 JSON 报告: 把每个县的判定标为 新增、持续、已改正 或 不变',
  helpFailOnNew: '与 --baseline 同用: 只有新增的未达标才使运行失败',
  helpFollowLinks: '允许通过指向所在文件夹（或当前目录）之外的链接读取输入；默认拒绝',
  helpConfig: (file: string) => `本次运行的设置（默认: 有 ./${file} 时用它）；命令行选项优先`,
  helpTemplateOutput: '把模板写入该文件，而不是标准输出（xlsx 必须）',
  helpTemplateCounties: '县名单: 为每个县预填一行',
  helpTemplateTable: '规则包有几张表（如按年、按月）时，生成哪张表的表格；默认第一张',
  cannotWriteStdout: (reason: string) => `无法写入标准输出: ${reason}`,
};
