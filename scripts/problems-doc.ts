// Renders docs/problems.md from the catalogue in src/model/codes.ts (`npm run docs` writes it, a test keeps it current).
import { CODES, type CodeInfo, type CodeKind } from '../src/model/codes.js';

const SECTIONS: Record<CodeKind, { title: string; intro: string }> = {
  data: {
    title: 'Data problems (exit 1)',
    intro: [
      'Found in the data itself. The check goes on: each problem is listed in the report, in the JSON',
      '`problems` array as `{ file, line, column, columnNumber, code, level, message }`, and the rules that',
      'need an unusable cell say `invalid` (a blank one says `missing`). Any problem of level `error` makes',
      'the run exit 1; a `notice` never does. `line` is the 1-based line where the row starts (for YAML,',
      "where the row's mapping starts); `column` is the column's English name, `columnNumber` its position.",
    ].join('\n'),
  },
  stop: {
    title: 'The check cannot run (exit 2)',
    intro: [
      'Nothing is checked and no report is written (an earlier report at `--output` is left as it was).',
      'One line on stderr names the file, line and column where there is one, and ends with the code in',
      'brackets:',
      '',
      '```',
      'duibiao: county.csv:4: a quote opened at line 4 is never closed, so the rest of the file cannot be read [quote-not-closed]',
      '```',
      '',
      'The stack trace of a fault shows only with `--debug`.',
    ].join('\n'),
  },
  pack: {
    title: 'Mistakes in a rule pack (exit 2, under `pack-invalid`)',
    intro: [
      'A pack is checked whole when it loads, and every mistake is listed at once under the',
      '`pack-invalid` line, one a line, as `file:line:column  code  message`:',
      '',
      '```',
      'duibiao: rule pack my-pack.yaml has 2 mistakes [pack-invalid]',
      "  my-pack.yaml:17:5  pack-unknown-key  unknown key 'severty' (did you mean 'severity'?)",
      "  my-pack.yaml:22:22  pack-unknown-measure  unknown measure kind 'flag': value, ratio, growth",
      '```',
    ].join('\n'),
  },
};

const cell = (text: string): string => text.replace(/\|/g, '\\|');

export function renderProblems(): string {
  const out = [
    '# Problem codes',
    '',
    '<!-- Generated from src/model/codes.ts by `npm run docs`; edit the catalogue, not this file. -->',
    '',
    'Every problem duibiao reports has a stable kebab-case code. Scripts and tests should match the',
    'code, never the wording of the message, which may improve.',
  ];
  for (const kind of Object.keys(SECTIONS) as CodeKind[]) {
    const codes = Object.entries(CODES).filter(([, info]) => info.kind === kind) as [string, CodeInfo][];
    out.push('', `## ${SECTIONS[kind].title}`, '', SECTIONS[kind].intro, '');
    const level = kind === 'data';
    out.push(
      level ? '| code | level | meaning | what to do |' : '| code | meaning | what to do |',
      level ? '|---|---|---|---|' : '|---|---|---|',
    );
    for (const [code, info] of codes) {
      out.push(`| \`${code}\` |${level ? ` ${info.level} |` : ''} ${cell(info.meaning)} | ${cell(info.fix)} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
