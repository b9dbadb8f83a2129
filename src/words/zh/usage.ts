// Chinese: bad usage that stops a run, beyond commander's own (cli, run/round.ts, run/targets.ts, the library).

export const usage = {
  failOnNew: '--fail-on-new 需要 --baseline：只有与此前的报告相比，未达标才谈得上“新增”',
  templateNeedsFile: 'template --format xlsx 生成的是工作簿，不是文本：请用 -o 文件 指定文件',
  unknownTable: (table: string, known: string, guess: string | undefined) =>
    `规则包中没有表 '${table}'（有: ${known}）${guess ? `（是不是 '${guess}'？）` : ''}`,
  templateCountiesWithoutCounty: (table: string) => `表 '${table}' 没有县市区列：--counties 无法预填各县的行`,
  workbookNeedsFile: (format: string) => `-f ${format} 生成的是工作簿，不是文本：请指定文件，如 -f ${format}:文件`,
  pageNeedsFile: (format: string) =>
    `-f ${format} 生成的是网页，不是给终端看的文本：请指定文件，如 -f ${format}:文件，或经管道交给别的程序`,
  outputIsInput: (spec: string, input: string) => `-f ${spec} 会覆盖本次检查读取的 ${input}；请把报告写到别的文件`,
  sameTarget: (a: string, b: string, target: string) => `-f ${a} 和 -f ${b} 都写入 ${target}；请各用一个文件`,
  stdout: '标准输出',
  libraryLang: (given: string) => `lang '${given}' 不是 zh 或 en`,
  libraryFormat: (given: string) => `未知的文本格式 '${given}'`,
};
