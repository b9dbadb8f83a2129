// Chinese: github, sarif, junit.

export const ciFormats = {
  dataProblem: '数据问题',
  nthColumn: (n: number) => `第${n}列`,
  sarifProblemRule: (code: string) => `数据问题: ${code}`,
  sarifProblemMeaning: '提交表格中的单元格、行或表头无法按规则包的描述读取；这不是对目标的判定。',
};
