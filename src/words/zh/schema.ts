// Chinese: what a YAML or JSON file of ours must hold: the schema's complaints (pack/schema-error.ts).

export const schema = {
  /** The kinds of value the schemas expect, as the pack's author writes them. */
  typeName: {
    string: '文字',
    number: '数字',
    int: '整数',
    boolean: 'true 或 false',
    array: '列表',
    object: '映射',
    null: '空值',
    undefined: '无值',
  } as Record<string, string>,
  missing: (expected: string) => `缺少此项（需要${expected}）`,
  wrongType: (expected: string, received: string) => `应为${expected}，实际是${received}`,
  oneOf: (values: string, count: number) => (count === 1 ? `应为 ${values}` : `应为以下之一: ${values}`),
  valuesJoin: ' | ',
  blank: '不能为空',
  textAtLeast: (min: number) => `至少要有 ${min} 个字`,
  textAtMost: (max: number) => `最多 ${max} 个字`,
  itemsAtLeast: (min: number) => `至少要有 ${min} 项`,
  itemsAtMost: (max: number) => `最多 ${max} 项`,
  atLeast: (bound: string, inclusive: boolean) => `应${inclusive ? '不小于' : '大于'} ${bound}`,
  atMost: (bound: string, inclusive: boolean) => `应${inclusive ? '不大于' : '小于'} ${bound}`,
  multipleOf: (divisor: string) => `应为 ${divisor} 的倍数`,
  form: (pattern: string) => `不符合格式 ${pattern}`,
  unknownKeys: (keys: string) => `未知的键 ${keys}`,
  invalid: '此处的值不可用',
};
