// Chinese: the YAML library's syntax errors, one entry per error code it has (yaml 2.x `ErrorCode`).
import type { ErrorCode } from 'yaml';

export const yaml = {
  syntax: {
    ALIAS_PROPS: '别名（*名称）不能带锚点（&）或标签（!）',
    BAD_ALIAS: '别名或锚点的名称为空，或以冒号结尾',
    BAD_DIRECTIVE: '无法识别的 % 指令',
    BAD_DQ_ESCAPE: '双引号文字中的转义（\\…）无效',
    BAD_INDENT: '缩进不对：此行没有与同级的行对齐',
    BAD_PROP_ORDER: '锚点（&）和标签（!）应写在“- ”或“? ”之后',
    BAD_SCALAR_START: '值不能以此字符开头；文字请加引号',
    BLOCK_AS_IMPLICIT_KEY: '列表或映射不能当作键；可能是缩进不对或少了冒号',
    BLOCK_IN_FLOW: '方括号或花括号内不能有缩进的块',
    DUPLICATE_KEY: '同一映射中此键出现了两次',
    IMPOSSIBLE: '此处的结构无法读取',
    KEY_OVER_1024_CHARS: '键超过 1024 个字符',
    MISSING_CHAR: '缺少一个字符：冒号、逗号、空格或“- ”',
    MULTILINE_IMPLICIT_KEY: '键不能跨行；可能少了冒号或缩进不对',
    MULTIPLE_ANCHORS: '一个值只能有一个锚点（&）',
    MULTIPLE_DOCS: '此处开始了第二个 YAML 文档；一个文件只能有一个',
    MULTIPLE_TAGS: '一个值只能有一个标签（!）',
    NON_STRING_KEY: '键应为文字',
    RESOURCE_EXHAUSTION: '别名展开成过多副本（别名炸弹）',
    TAB_AS_INDENT: '用了制表符缩进；YAML 只用空格缩进',
    TAG_RESOLVE_FAILED: '无法识别的标签（!…）',
    UNEXPECTED_TOKEN: '此处有意料之外的内容；可能是缩进不对，或少了“- ”、冒号或逗号',
    BAD_COLLECTION_TYPE: '标签与所标的列表或映射不符',
  } satisfies Record<ErrorCode, string> as Record<string, string>,
  /** MISSING_CHAR, by what is missing. */
  missingQuote: '引号没有闭合',
  missingDash: '列表项缺少“- ”：此行缩进与上面的列表项不一致',
  missingValue: '键后缺少冒号和值',
  missingBracket: '方括号或花括号没有闭合，或其后的行缩进不足',
  /** A code the library adds later than this catalogue. */
  unknown: 'YAML 语法错误',
};
