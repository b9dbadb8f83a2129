// Generators of what offices send: arbitrary bytes, CSV-like text, rows as YAML, and mutations of all of them.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { builtin } from '../helpers.js';

const names = builtin.fields.flatMap((field) => [field.name, field.label]);
/** Real lines of a GB18030 file, to splice into UTF-8 ones. */
const gbkLines = readFileSync(new URL('../../fixtures/sample-prefecture-2022-gb18030.csv', import.meta.url))
  .toString('latin1')
  .split('\r\n')
  .filter(Boolean)
  .map((line) => Buffer.from(line, 'latin1'));

export const header = fc.oneof(
  fc.constantFrom(...names),
  fc.constantFrom(
    '',
    ' ',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '县市区 ',
    'ＣＯＵＮＴＹ',
    'year\u3000',
  ),
  fc.constantFrom(
    '序号',
    '县（市、区）',
    '年份',
    '行政村总数（个）',
    '低保平均标准(元/人·月)',
    '行政村总数\n个',
    '社会救助',
  ),
  fc.string({ maxLength: 12 }),
);

export const cellText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '0',
    '40',
    '-3',
    '2.5',
    '1,234',
    '１２',
    '4.39E+05',
    '#DIV/0!',
    '是',
    '否',
    'Y',
    '约200',
    '2022',
    '2022-12-31',
    '2022/13/01',
    '043101',
    '00123',
    '\u3000',
  ),
  // What statistical returns hold around and among their rows: aggregate rows, footers, units, placeholders.
  fc.constantFrom(
    '合计',
    '东片小计',
    '全州合计',
    '填表人：张三',
    '注：1. 截至年底',
    '—',
    '/',
    '无',
    '96个',
    '√',
    '×',
    '2022.12.20',
    '甲',
    '乙',
    '（人）',
    '439902',
  ),
  fc.constantFrom(
    '"',
    '""',
    '"x"y',
    'a"b',
    ',',
    ';',
    '\t',
    '|',
    '\r',
    '\n',
    '\r\n',
    '\u00A0',
    '\uFEFF',
    '\u0000',
    '\uFFFD',
  ),
  fc.string({ maxLength: 16 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.integer({ min: -5, max: 5000 }).map(String),
);

const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
const delimiter = fc.constantFrom(',', ';', '\t', '|');

/** Text that looks like CSV, put together without care: stray quotes, ragged rows, mixed line ends. */
export const csvLikeText = fc
  .record({
    delimiter,
    header: fc.array(header, { minLength: 0, maxLength: 10 }),
    rows: fc.array(fc.array(cellText, { maxLength: 12 }), { maxLength: 8 }),
    ends: fc.array(lineEnd, { minLength: 10, maxLength: 10 }),
    finalNewline: fc.boolean(),
  })
  .map(({ delimiter: d, header: h, rows, ends, finalNewline }) => {
    const lines = [h, ...rows].map((cells) => cells.join(d));
    return lines.map((line, i) => line + (i < lines.length - 1 || finalNewline ? ends[i % ends.length]! : '')).join('');
  });

export interface Encoded {
  bytes: Buffer;
  name: string;
}

/** The text as a file would hold it: UTF-8 with or without BOM, UTF-16 as Excel saves it, or with GB18030 lines spliced in. */
export const encodedCsv: fc.Arbitrary<Encoded> = fc
  .record({
    text: csvLikeText,
    how: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'gbk-lines'),
    at: fc.nat(),
    ext: fc.constantFrom('.csv', '.txt', '.tsv'),
  })
  .map(({ text, how, at, ext }) => {
    const name = `case${ext}`;
    if (how === 'utf-8-bom')
      return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), name };
    if (how === 'utf-16le')
      return { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), name };
    if (how === 'gbk-lines') {
      const lines = text.split('\n');
      const spot = at % (lines.length + 1);
      const parts = lines.map((line) => Buffer.from(line));
      parts.splice(spot, 0, gbkLines[at % gbkLines.length]!);
      return { bytes: Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [part] : [Buffer.from('\n'), part]))), name };
    }
    return { bytes: Buffer.from(text), name };
  });

/** Any bytes at all, some starting like files that are not text. */
export const anyBytes: fc.Arbitrary<Encoded> = fc
  .record({
    start: fc.constantFrom(
      [],
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
      [0x50, 0x4b, 0x03, 0x04],
      [0xd0, 0xcf, 0x11, 0xe0],
      [0x25, 0x50, 0x44, 0x46, 0x2d],
    ),
    rest: fc.uint8Array({ maxLength: 1500 }),
    ext: fc.constantFrom('.csv', '.yaml', '.json'),
  })
  .map(({ start, rest, ext }) => ({
    bytes: Buffer.concat([Buffer.from(start), Buffer.from(rest)]),
    name: `case${ext}`,
  }));

/** A few edits of a text: characters inserted, deleted or replaced at random places. */
export function mutated(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    drop: fc.nat({ max: 3 }),
    insert: fc.oneof(
      fc.constantFrom('', ':', '-', ' ', '\t', '\n', '[', '{', '"', "'", '&a', '*a', '---\n', '#', '%'),
      fc.string({ maxLength: 3 }),
    ),
  });
  return fc.tuple(text, fc.array(edit, { maxLength: 4 })).map(([base, edits]) =>
    edits.reduce((out, { at, drop, insert }) => {
      const i = at % (out.length + 1);
      return out.slice(0, i) + insert + out.slice(i + drop);
    }, base),
  );
}

const yamlValue = fc.oneof(
  cellText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
);

/** Rows as a YAML or JSON list, with odd keys and values, sometimes not rows at all. */
export const yamlRows = fc.oneof(
  fc.array(fc.dictionary(header, yamlValue, { maxKeys: 10 }), { maxLength: 6 }),
  fc.jsonValue({ maxDepth: 4 }),
);
