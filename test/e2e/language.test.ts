// --lang zh|en: the same verdicts in both, and each output in one language only. What may stay in
// the other language is taken from the pack and the data, never listed by hand: county names and
// every other cell of the inputs, the pack's labels, units and quotes, codes, ids, column names.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  constants,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CODES, type StopCode } from '../../src/model/codes.js';
import { knownKeys } from '../../src/pack/known-keys.js';
import { fieldTypeNames } from '../../src/fields/index.js';
import { measureKinds } from '../../src/measures/index.js';
import { STATUSES } from '../../src/model/types.js';
import { FORMAT_NAMES } from '../../src/report/index.js';
import { writeWorkbook, workbookParts, zip, type TestSheet } from '../workbook-writer.js';
import { duibiao, ROOT, stopOf, TODAY, type Report, type Run } from './run.js';
import { en } from '../../src/words/en.js';
import { zh } from '../../src/words/zh.js';

const LANGS = ['zh', 'en'] as const;
type Lang = (typeof LANGS)[number];
const CATALOGUES = { zh, en };

// The sample, and messy files that raise most data problems between them.
const DATA = [
  'fixtures/sample-prefecture-2022.csv',
  'fixtures/messy-cells.csv',
  'fixtures/title-row-above-header.csv',
  'fixtures/blank-and-duplicate-headers.csv',
  'fixtures/short-and-long-rows.csv',
  'fixtures/blank-county-and-year.csv',
  'fixtures/english-headers-any-order.csv',
  'fixtures/codes-leading-zeros-and-excel-exponent.csv',
  'fixtures/rows-with-duplicate-and-odd-keys.yaml',
];
// A workbook as an office sends it, and a yearly round with a roster, waivers and a baseline.
const WORKBOOK = 'fixtures/sample-prefecture-2022.xlsx';
const ROUND_RUN = [
  'fixtures/sample-prefecture-2022.csv',
  '--as-of',
  '2022-12-31',
  '--counties',
  'fixtures/round/roster-9-counties.csv',
  '--waivers',
  'fixtures/round/waivers-one-granted.yaml',
  '--baseline',
  'fixtures/round/baseline-2021-report.json',
];
// Round inputs that stop a run, each with mistakes of its own kind.
const ROUND_STOPPING = {
  rosterTwice: 'fixtures/round/roster-one-county-listed-twice.csv',
  rosterNoCounty: 'fixtures/round/roster-without-county-column.csv',
  waiverBlank: 'fixtures/round/waivers-blank-reason-and-control-character.yaml',
  waiverMistakes: 'fixtures/round/waivers-with-four-mistakes.yaml',
  waiverYear: 'fixtures/round/waivers-year-in-two-digits.yaml',
};
const ROUND_INPUTS = [
  'fixtures/round/roster-9-counties.csv',
  'fixtures/round/waivers-one-granted.yaml',
  ...Object.values(ROUND_STOPPING),
];
// Baselines and configs a test writes: the files a round's refusal or notice is about.
const WRITTEN = mkdtempSync(join(tmpdir(), 'duibiao-lang-round-'));
afterAll(() => rmSync(WRITTEN, { recursive: true, force: true }));
const written = (name: string, text: string): string => {
  const file = join(WRITTEN, name);
  writeFileSync(file, text);
  return file;
};
const WRITTEN_PATH = new RegExp(`${WRITTEN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[\\w.-]+`, 'g');
// Before year-end, so that `pending` is said too.
const CHECK = [...DATA, '--as-of', '2022-06-30'];
// Files that stop a run, named in its error.
const STOPPING = {
  missing: 'fixtures/no-such-county.csv',
  workbook: 'fixtures/xlsx-renamed.csv',
  quote: 'fixtures/unclosed-quote.csv',
  pack: 'fixtures/packs/unknown-keys.yaml',
};
// Packs whose mistakes the schema itself finds: wrong types and values, keys missing, a target's digits.
const SCHEMA_PACKS = [
  'fixtures/packs/wrong-types.yaml',
  'fixtures/packs/collection-key.yaml',
  'fixtures/packs/target-1e300.yaml',
  'fixtures/packs/gap-measure-and-month-field.yaml',
];
const CONFIG_WITH_MISTAKES = 'counties: ""\nfailon: warning\n';
// A JSON report's field names, which a baseline's mistakes name.
const BASELINE_KEYS = ['tool', 'pack', 'findings'];
// The config file's keys are names, as the pack's are.
const CONFIG_KEYS = ['rules', 'counties', 'waivers', 'baseline', 'lang', 'failOn', 'failOnNew', 'format'];
const MISSING_ROUND_FILES = [
  'fixtures/round/no-such-roster.csv',
  'fixtures/round/no-such-waivers.yaml',
  'fixtures/round/no-such-baseline.json',
  'fixtures/round/no-such.config.yaml',
];
// Values on the command line that a run refuses, and says back.
const STOPPING_ARGS = {
  format: 'pdf',
  asOf: '2022-13-01',
  rule: 'eldercare.township-centre-coverage',
  command: 'chek',
};

interface Pack {
  id: string;
  title: string;
  source: string;
  fields: { name: string; label: string; type: string; unit?: string }[];
  rules: { id: string; title: string; quote: string; thresholds?: Record<string, unknown> }[];
  tables: { id: string }[];
}
const pack = parseYaml(readFileSync(join(ROOT, 'rules/speech-2022.yaml'), 'utf8')) as Pack;

/** Every key and value of a YAML text: what a message about it may quote. */
function yamlWords(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(yamlWords);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => [key, ...yamlWords(inner)]);
  return [String(value)];
}

/** Every cell and key of the inputs, as written and trimmed: the data a message may quote. */
function dataCells(): string[] {
  const packs = [STOPPING.pack, ...SCHEMA_PACKS].map(
    (file) => parseYaml(readFileSync(join(ROOT, file), 'utf8')) as unknown,
  );
  const cells: string[] = [...packs.flatMap(yamlWords), ...yamlWords(parseYaml(CONFIG_WITH_MISTAKES))];
  for (const file of [...DATA, ...ROUND_INPUTS]) {
    const text = readFileSync(join(ROOT, file), 'utf8').replace(/^\uFEFF/, '');
    if (file.endsWith('.yaml')) {
      cells.push(...yamlWords(parseYaml(text)));
    } else {
      const records = parseCsv(text, {
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
        delimiter: [',', '\t', ';'],
      });
      for (const record of records) cells.push(...record);
    }
  }
  return cells.flatMap((cell) => [cell, cell.trim()]);
}

/** Texts that stand as written in either language, longest first so that none is cut by a shorter one. */
function exemptions(lang: Lang): string[] {
  const fromPack = [
    ...pack.fields.flatMap((field) => [field.label, field.unit ?? '']),
    ...pack.rules.map((rule) => rule.quote),
    // The pack's titles are exempt only in the language they are written in.
    ...(lang === 'zh' ? [pack.title, ...pack.rules.map((rule) => rule.title)] : []),
  ];
  const names = [
    ...DATA,
    ...Object.values(STOPPING),
    ...SCHEMA_PACKS,
    ...fieldTypeNames(),
    ...measureKinds(),
    ...BASELINE_KEYS,
    ...MISSING_ROUND_FILES,
    ...Object.values(STOPPING_ARGS),
    ...Object.keys(CODES),
    ...knownKeys(),
    ...CONFIG_KEYS,
    pack.id,
    pack.source,
    ...pack.fields.map((field) => field.type),
    ...STATUSES,
    ...FORMAT_NAMES,
    ...pack.rules.map((rule) => rule.id),
    ...pack.fields.map((field) => field.name),
    // Identifiers of the pack as a rule names them: its thresholds and the tables it joins.
    ...pack.rules.flatMap((rule) => Object.keys(rule.thresholds ?? {})),
    ...pack.tables.map((table) => table.id),
    'error',
    'warning',
    'notice',
    'duibiao',
    ...COMMANDS,
  ];
  return [...new Set([...fromPack, ...dataCells(), ...names])]
    .filter((text) => text !== '')
    .sort((a, b) => b.length - a.length);
}

/** Takes each exempt text out where it stands whole: `x` is a cell, not the x of `Excel`. */
function strip(text: string, exempt: readonly string[]): string {
  let rest = text;
  for (const word of exempt) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const before = /^\w/.test(word) ? '(?<![\\w-])' : '';
    const after = /\w$/.test(word) ? '(?![\\w-])' : '';
    rest = rest.replace(new RegExp(`${before}${escaped}${after}`, 'g'), ' ');
  }
  return rest;
}

// The tool's commands and options are names, as the formats are, and so is `--as-of report-date`.
const COMMANDS = ['check', 'rules', 'explain', 'template', 'page'];
const COMMAND_LINE = /--[a-z][a-z-]*|\breport-date\b/g;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/gu;
// Names of formats and products that no language translates.
const PROPER_NAMES =
  /\b(?:Excel|CSV|UTF-8|utf-8|GBK|gb18030|YAML|yaml|JSON|json|HTML|html|csv|yml|PDF|NUL|MiB|xlsx|xls|zip|ZIP64|OLE|XML|DOCTYPE|FIFO|WPS)\b/g;
// Nothing is shared any more: the summary line says `→ exit N` in English and `→ 退出码 N` in Chinese.
const SHARED_WITH_TABLE = /(?!)/g;

/** What of `text` is in the wrong language for `lang`, once the exempt texts are taken out. */
function leaks(text: string, lang: Lang, exempt: readonly string[]): string[] {
  const rest = strip(
    text
      .replace(SHARED_WITH_TABLE, ' ')
      .replace(COMMAND_LINE, ' ')
      .replace(/fixtures\/[\w./-]+/g, ' '),
    exempt,
  );
  if (lang === 'en') return [...new Set(rest.match(CJK) ?? [])];
  const words = rest.replace(PROPER_NAMES, ' ').match(/[A-Za-z][A-Za-z'-]*[A-Za-z]/g) ?? [];
  return [...new Set(words)];
}

/** The text a reader of the HTML bulletin sees: no markup, no style. */
function htmlText(html: string): string {
  const unescape = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return unescape(html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' '));
}

/** The texts of a workbook: its cells' strings (shared, inline or in the cell) and its columns' input messages, read from the zip by Python's standard library. */
function workbookText(file: string): string[] {
  const script = [
    'import json, re, sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1])',
    'out = []',
    'for name in z.namelist():',
    '    if name == "xl/sharedStrings.xml" or name.startswith("xl/worksheets/"):',
    '        xml = z.read(name).decode("utf-8")',
    '        out += re.findall(r"<t[^>]*>([^<]*)</t>", xml)',
    // A string written in the cell itself (t="str"), as the report's writer does.
    '        out += re.findall(r\'<c [^>]*t="str"[^>]*>(?:<f>[^<]*</f>)?<v>([^<]*)</v>\', xml)',
    '        out += re.findall(r\' (?:prompt|error|errorTitle)="([^"]*)"\', xml)',
    // The sheets' names.
    '    if name == "xl/workbook.xml":',
    '        out += re.findall(r\'<sheet [^>]*name="([^"]*)"\', z.read(name).decode("utf-8"))',
    'print(json.dumps(out, ensure_ascii=False))',
  ].join('\n');
  const read = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  const unescape = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return (JSON.parse(read.stdout) as string[]).map(unescape);
}

function run(lang: Lang, ...args: string[]): Run {
  return duibiao(...args, '--lang', lang);
}

// The report files the runs write, removed with their folder when the tests end.
const REPORTS = mkdtempSync(join(tmpdir(), 'duibiao-lang-reports-'));
afterAll(() => rmSync(REPORTS, { recursive: true, force: true }));

/** The stderr of a run that had to stop (exit 2), the files this test wrote taken out of it. */
function stopped(lang: Lang, ...args: string[]): string {
  const { code, stderr } = run(lang, ...args);
  expect(code, args.join(' ')).toBe(2);
  return stderr.replace(WRITTEN_PATH, ' ');
}

/** The words for a person in each format, without the format's own syntax. */
const PERSON_TEXT: Record<string, (lang: Lang) => string[]> = {
  summary: (lang) => [run(lang, 'check', ...CHECK, '-f', 'summary').stdout],
  github: (lang) =>
    // `::error file=…,line=…,title=TITLE::MESSAGE`: the title and the message.
    run(lang, 'check', ...CHECK, '-f', 'github')
      .stdout.split('\n')
      .flatMap((line) => {
        const m = /^::\w+ .*?title=(.*?)::(.*)$/.exec(line);
        return m ? [decodeURIComponent(m[1]!), decodeURIComponent(m[2]!)] : [line];
      }),
  csv: (lang) =>
    parseCsv<{ message: string }>(run(lang, 'check', ...CHECK, '-f', 'csv').stdout.replace(/^\uFEFF/, ''), {
      columns: true,
    }).map((row) => row.message),
  json: (lang) => {
    const report = JSON.parse(run(lang, 'check', ...CHECK, '-f', 'json').stdout) as Report;
    return [report.pack.title, ...report.findings.map((f) => f.message), ...report.problems.map((p) => p.message)];
  },
  junit: (lang) => {
    const xml = run(lang, 'check', ...CHECK, '-f', 'junit').stdout;
    const unescape = (text: string) =>
      text
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const messages = [...xml.matchAll(/ message="([^"]*)"/g)].map((m) => unescape(m[1]!));
    const bodies = [...xml.matchAll(/<(?:failure|error|skipped)\b[^>]*>([^<]*)</g)].map((m) => unescape(m[1]!));
    return [...messages, ...bodies];
  },
  sarif: (lang) => {
    const log = JSON.parse(run(lang, 'check', ...CHECK, '-f', 'sarif').stdout) as {
      runs: {
        tool: {
          driver: {
            rules: { shortDescription: { text: string }; fullDescription: { text: string }; help?: { text: string } }[];
          };
        };
        results: { message: { text: string } }[];
      }[];
    };
    const [only] = log.runs;
    return [
      ...only!.tool.driver.rules.flatMap((r) => [r.shortDescription.text, r.fullDescription.text, r.help?.text ?? '']),
      ...only!.results.map((r) => r.message.text),
    ];
  },
  'stderr of a failing run': (lang) => [
    run(lang, 'check', STOPPING.missing).stderr,
    run(lang, 'check', STOPPING.workbook).stderr,
    run(lang, 'check', STOPPING.quote).stderr,
    run(lang, 'check', 'fixtures/sample-prefecture-2022.csv', '-f', STOPPING_ARGS.format).stderr,
    run(lang, 'check', 'fixtures/sample-prefecture-2022.csv', '--as-of', STOPPING_ARGS.asOf).stderr,
    run(lang, 'explain', STOPPING_ARGS.rule).stderr,
    // A missing argument, named as help names it.
    run(lang, 'explain').stderr,
    run(lang, 'check').stderr,
    run(lang, STOPPING_ARGS.command).stderr,
    run(lang, 'check', '--formt', 'json').stderr,
    run(lang, 'check', 'fixtures/sample-prefecture-2022.csv', '--rules', STOPPING.pack).stderr,
    ...SCHEMA_PACKS.map((file) => stopped(lang, 'rules', '--rules', file)),
  ],
  // What commander writes, in the run's words; what is typed stays as typed: an option's value
  // (`<pack.yaml>`, `"zh"`, zh), the short options, a variable and a file's name, the help command.
  help: (lang) =>
    ['', ...COMMANDS].map((command) =>
      run(lang, ...(command === '' ? [] : [command]), '--help')
        .stdout.replace(/<[^>\s]+>|(?<!\w)-[a-zA-Z](?=,)|"[^"]*"/g, ' ')
        .replace(/^ {2}help\b/m, ' ')
        .replace(/\bDUIBIAO_[A-Z_]+|\S*duibiao\.config\.yaml|(?<![\w-])(?:zh|en)(?![\w-])/g, ' '),
    ),
  rules: (lang) => [run(lang, 'rules').stdout],
  explain: (lang) => pack.rules.slice(0, 6).map((rule) => run(lang, 'explain', rule.id).stdout),
  'template headers': (lang) => [run(lang, 'template').stdout],
  table: (lang) => [run(lang, 'check', ...CHECK).stdout],
  // Markdown escapes its own characters (`rehab\_need`): the text is what a reader sees.
  markdown: (lang) => [
    run(lang, 'check', ...CHECK, '-f', 'markdown').stdout.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1'),
  ],
  html: (lang) => {
    const file = join(mkdtempSync(join(REPORTS, 'html-')), 'bulletin.html');
    run(lang, 'check', ...CHECK, '-f', `html:${file}`);
    return [htmlText(readFileSync(file, 'utf8'))];
  },
  'xlsx template': (lang) => {
    const file = join(mkdtempSync(join(REPORTS, 'xlsx-')), 'template.xlsx');
    run(lang, 'template', '--format', 'xlsx', '-o', file);
    // The guide sheet names each column by its letter (A, B, … AA).
    return workbookText(file).map((text) => text.replace(/^[A-Z]{1,2}$/, ' '));
  },
  // The report workbook: 总览, 明细 and 数据问题 (Overview, Details, Data problems in en).
  'xlsx report': (lang) => {
    const file = join(WRITTEN, `report-${lang}.xlsx`);
    expect(run(lang, 'check', ...CHECK, '-f', `xlsx:${file}`).code).toBe(1);
    const texts = workbookText(file);
    // Read back whole: the headings of 明细 and a verdict of 总览 are there.
    expect(texts).toEqual(
      expect.arrayContaining([CATALOGUES[lang].xlsx.headings.message, CATALOGUES[lang].xlsx.statusText.fail]),
    );
    return texts;
  },
  'a workbook input': (lang) => [
    run(lang, 'check', WORKBOOK, '--as-of', '2022-06-30').stdout,
    run(lang, 'check', WORKBOOK, '-f', 'github').stdout,
  ],
  'a round': (lang) => {
    const baseline = JSON.parse(readFileSync(join(ROOT, 'fixtures/round/baseline-2021-report.json'), 'utf8')) as Report;
    const otherPack = written(
      'baseline-of-another-pack.json',
      JSON.stringify({ ...baseline, pack: { id: 'speech-2021', title: '2021' } }),
    );
    const notices = (
      JSON.parse(run(lang, 'check', ...ROUND_RUN, '--baseline', otherPack, '-f', 'json').stdout) as Report
    ).problems;
    expect(notices.map((p) => p.code)).toContain('baseline-other-pack');
    return [
      run(lang, 'check', ...ROUND_RUN).stdout,
      run(lang, 'check', ...ROUND_RUN, '-f', 'markdown').stdout,
      ...notices.map((p) => p.message),
    ];
  },
  'stderr of a refused roster or waivers file': (lang) => {
    const check = (...args: string[]) => stopped(lang, 'check', 'fixtures/sample-prefecture-2022.csv', ...args);
    const [roster, waivers] = MISSING_ROUND_FILES;
    return [
      ...Object.values(ROUND_STOPPING).map((file) => check(file.includes('roster') ? '--counties' : '--waivers', file)),
      check('--counties', roster!),
      check('--waivers', waivers!),
    ];
  },
  'stderr of a refused baseline or config': (lang) => {
    const check = (...args: string[]) => stopped(lang, 'check', 'fixtures/sample-prefecture-2022.csv', ...args);
    const [, , baseline, config] = MISSING_ROUND_FILES;
    return [
      check('--baseline', baseline!),
      check('--config', config!),
      check('--baseline', written('baseline-cut-short.json', '{"tool": {"name": "duibiao",')),
      check('--baseline', written('baseline-a-csv-file.json', 'county,year\n')),
      check('--baseline', written('baseline-not-a-report.json', '{"findings": "none"}')),
      check('--config', written('config-with-mistakes.yaml', CONFIG_WITH_MISTAKES)),
    ];
  },
  'stderr of a usage mistake': (lang) => {
    const check = (...args: string[]) => stopped(lang, 'check', 'fixtures/sample-prefecture-2022.csv', ...args);
    return [
      check('--fail-on-new'),
      check('-f', 'xlsx'),
      check('-f', 'json:/dev/stdout', '-f', 'table'),
      check('-f', 'json:fixtures/sample-prefecture-2022.csv'),
      stopped(lang, 'template', '--format', 'xlsx'),
    ];
  },
};

// Inputs the readers refuse, each for a reason of its own, made in a folder of their own. What a
// refusal may quote of them is data in either language: the folder, the sheets' and parts' names.
const REFUSED = mkdtempSync(join(tmpdir(), 'duibiao-lang-refused-'));
afterAll(() => rmSync(REFUSED, { recursive: true, force: true }));
const SHEET: TestSheet[] = [
  {
    name: '民政统计表',
    rows: [
      ['县市区', '年度'],
      ['白水县', 2022],
    ],
  },
];
const parts = (sheets: TestSheet[]) =>
  [...workbookParts(sheets)].map(([name, text]) => ({ name, data: Buffer.from(text) }));
const LIBREOFFICE = 'fixtures/libreoffice-notes-sheet-title-percent-dates-formulas-div0.xlsx';
const QUOTED_DATA = ['民政统计表', '填表说明', '封面', '汇总', 'sample-prefecture-2022'];
const PART_NAME = /\[Content_Types\]\.xml|\bxl\/[\w./-]+/g;

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const XLS = 'fixtures/sample-prefecture-2022.xls';

/** The sample .xls with `length` bytes from `start` overwritten with `byte`. */
function damagedXls(start: number, length: number, byte: number): Buffer {
  const bytes = readFileSync(join(ROOT, XLS));
  bytes.fill(byte, start, start + length);
  return bytes;
}

/** The parts of a workbook whose sheet closes a tag it never opened. */
function badXmlParts(): { name: string; data: Buffer }[] {
  return parts(SHEET).map((item) =>
    item.name.endsWith('sheet1.xml')
      ? { ...item, data: Buffer.from(item.data.toString().replace('</worksheet>', '</oops></worksheet>')) }
      : item,
  );
}

/** A workbook whose sheet's deflated bytes are overwritten right after the entry's name. */
function damagedDeflate(): Buffer {
  const bytes = zip(parts(SHEET));
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const at = bytes.indexOf(name) + name.length;
  bytes.fill(0xff, at, at + 16);
  return bytes;
}

function refusals(): Record<string, string[]> {
  const file = (name: string, bytes: Buffer | string) => {
    writeFileSync(join(REFUSED, name), bytes);
    return join(REFUSED, name);
  };
  const pipe = join(REFUSED, 'pipe.csv');
  execFileSync('mkfifo', ['-m', '600', pipe]);
  const doctype = '<!DOCTYPE worksheet [<!ENTITY a "lol">]>';
  return {
    'a pipe': [pipe],
    'a file without an extension': [file('county-return', '县市区,年度\n')],
    'a .xlsx that is neither zip nor OLE': [file('text.xlsx', '县市区,年度\n')],
    'a zip without its workbook part': [file('no-workbook.xlsx', zip([{ name: 'notes.txt', data: Buffer.from('x') }]))],
    'a DOCTYPE': [file('doctype.xlsx', writeWorkbook(SHEET, { sheetPrologue: doctype }))],
    'an encrypted entry': [file('encrypted.xlsx', zip(parts(SHEET).map((item) => ({ ...item, flags: 1 }))))],
    'an entry that declares too much': [
      file(
        'declares.xlsx',
        zip(parts(SHEET).map((item) => (item.name.endsWith('sheet1.xml') ? { ...item, declaredSize: 2 ** 31 } : item))),
      ),
    ],
    'a row number that goes back': [file('rows-back.xlsx', writeWorkbook([{ ...SHEET[0]!, rowNumbers: [2, 1] }]))],
    // Damage the libraries find, each of which has words of its own in English: SheetJS (the OLE
    // container, the workbook stream), saxes (the XML of a part), zlib (the deflated bytes).
    'an .xls whose OLE structure is damaged': [
      file('ole-damaged.xls', Buffer.concat([CFB_MAGIC, Buffer.alloc(600, 7)])),
    ],
    'an .xls whose workbook stream is damaged': [file('stream-damaged.xls', damagedXls(512, 64, 0xff))],
    'an .xlsx part that is not well-formed XML': [file('bad-xml.xlsx', zip(badXmlParts()))],
    'an .xlsx entry whose deflated bytes are damaged': [file('bad-deflate.xlsx', damagedDeflate())],
    'a sheet the workbook lacks': [WORKBOOK, '--sheet', '汇总'],
    '--sheet for CSV only': ['fixtures/sample-prefecture-2022.csv', '--sheet', '民政统计表'],
  };
}

describe('--lang: the refusals of the readers', () => {
  const cases = refusals();
  const without = (text: string) =>
    QUOTED_DATA.reduce(
      (rest, name) => rest.split(name).join(' '),
      text.split(REFUSED).join('fixtures').split(WORKBOOK).join(' '),
    ).replace(PART_NAME, ' ');
  it.each(Object.keys(cases))('given %s, stops with the same code, its words in the language asked for', (given) => {
    const [zh, en] = LANGS.map((lang) => run(lang, 'check', ...cases[given]!));
    expect(zh!.code).toBe(2);
    expect(stopOf(en!).code).toBe(stopOf(zh!).code);
    expect(leaks(without(zh!.stderr), 'zh', exemptions('zh'))).toEqual([]);
    expect(leaks(without(en!.stderr), 'en', exemptions('en'))).toEqual([]);
  });

  it.each([
    ['an .xls whose OLE structure is damaged', /Error: .+/],
    ['an .xls whose workbook stream is damaged', /XLS Record 0x[0-9a-f]+ Truncated/],
    ['an .xlsx part that is not well-formed XML', /Error: unexpected close tag/],
    ['an .xlsx entry whose deflated bytes are damaged', /Error: invalid (?:block type|distance|code)/],
  ])('given %s, says format-error in the words of the run, the library its own only with --debug', (given, own) => {
    const plain = run('zh', 'check', ...cases[given]!);
    expect(stopOf(plain).code).toBe('format-error');
    // Not one English word: the library's sentence stays out of the run's words.
    expect(plain.stderr.split(REFUSED).join(' ').replace(PART_NAME, ' ')).not.toMatch(/[A-Za-z]{3,}\s+[A-Za-z]{3,}/);
    const debug = run('zh', 'check', ...cases[given]!, '--debug');
    expect(stopOf(debug).code).toBe('format-error');
    expect(debug.stderr).toMatch(own);
  });

  it('given an .xls with records SheetJS does not know, lets no note of its own reach stderr', () => {
    // SheetJS writes `Missing Info for XLS Record 0x600` to the console; the run checks what it read.
    const file = join(REFUSED, 'unknown-records.xls');
    writeFileSync(file, damagedXls(520, 8, 0));
    for (const lang of LANGS) {
      const { code, stderr } = run(lang, 'check', file, '-f', 'summary');
      expect(code).toBe(1);
      expect(stderr).toBe('');
    }
  });

  it('given damaged copies of the sample workbooks, says no English under zh, whichever library finds the damage', () => {
    // Bytes overwritten, bits flipped, the file cut short: a fixed sequence, so that a failure recurs.
    let seed = 7;
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * below);
    };
    const damaged = (bytes: Buffer, kind: number): Buffer => {
      const copy = Buffer.from(bytes);
      if (kind === 2) return copy.subarray(0, next(copy.length));
      if (kind === 1) for (let k = 0; k < 20; k++) copy[next(copy.length)]! ^= 1 << next(8);
      else {
        const at = next(copy.length - 64);
        copy.fill(next(256), at, at + 1 + next(64));
      }
      return copy;
    };
    let stops = 0;
    for (const source of [XLS, WORKBOOK]) {
      const bytes = readFileSync(join(ROOT, source));
      for (let i = 0; i < 12; i++) {
        const file = join(REFUSED, `damaged-${i}${source.slice(source.lastIndexOf('.'))}`);
        writeFileSync(file, damaged(bytes, i % 3));
        const { code, stderr } = run('zh', 'check', file, '-f', 'summary');
        if (code === 2) stops++;
        // What a refusal quotes of the file (an entry's or a sheet's name, damaged too) is data.
        const said = stderr
          .split(file)
          .join(' ')
          .replace(PART_NAME, ' ')
          .replace(/'[^']*'|“[^”]*”/g, ' ')
          .replace(/\[[a-z-]+\]$/gm, ' ');
        expect(leaks(said, 'zh', exemptions('zh')), `${source}, damage ${i}: ${stderr}`).toEqual([]);
      }
    }
    expect(stops).toBeGreaterThan(6);
  }, 120_000);

  it('given a workbook with a notes sheet, names the sheet skipped in the language asked for', () => {
    const skipped = (lang: Lang) =>
      (JSON.parse(run(lang, 'check', LIBREOFFICE, '-f', 'json').stdout) as Report).problems
        .filter((p) => p.code === 'sheet-skipped')
        .map((p) => without(p.message));
    expect(skipped('en').flatMap((message) => leaks(message, 'en', exemptions('en')))).toEqual([]);
    expect(skipped('zh').flatMap((message) => leaks(message, 'zh', exemptions('zh')))).toEqual([]);
    expect(skipped('en')).toHaveLength(1);
  });

  it('given a workbook and a CSV file without a header, says no-header in the language asked for', () => {
    const cover = join(REFUSED, 'cover.xlsx');
    writeFileSync(cover, writeWorkbook([{ name: '封面', rows: [['2022年民政工作统计报表']] }]));
    const noHeader = (lang: Lang) =>
      (
        JSON.parse(run(lang, 'check', cover, 'fixtures/header-line-missing.csv', '-f', 'json').stdout) as Report
      ).problems
        .filter((p) => p.code === 'no-header')
        .map((p) => without(p.message));
    expect(noHeader('en')).toHaveLength(2);
    expect(noHeader('en').flatMap((message) => leaks(message, 'en', exemptions('en')))).toEqual([]);
    expect(noHeader('zh').flatMap((message) => leaks(message, 'zh', exemptions('zh')))).toEqual([]);
  });
});

// Words a person reads in `rules` and `explain` that the leak test above lets pass as names elsewhere
// (a JSON report's severity, a pack's field types): here they are said in the run's language.
const SAID_IN_WORDS = new Set(['error', 'warning', 'notice', ...fieldTypeNames(), ...measureKinds()]);
// A pack with English labels and titles, and a pack whose list item is indented wrongly.
const PACK_WITH_LABEL_EN = `id: small
title: 一个小规则包
title_en: A small pack
fields:
  - { name: county, label: 县市区, label_en: County, type: text, required: true }
  - { name: year, label: 年度, label_en: Year, type: integer, required: true }
  - { name: townships_total, label: 乡镇(街道)总数, label_en: Townships, type: count, unit: 个 }
  - { name: townships_with_elder_center, label: 建有综合性养老服务中心的乡镇(街道)数, label_en: Townships with an elderly care centre, type: count, unit: 个, max: townships_total }
rules:
  - id: eldercare.coverage
    title: 乡镇养老服务中心覆盖率
    title_en: Township centre coverage
    severity: warning
    paragraph: 9
    quote: 覆盖率要达40%以上
    measure: { kind: ratio, numerator: townships_with_elder_center, denominator: townships_total }
    target: { op: '>=', value: 40% }
`;
const PACK_MISINDENTED =
  'id: small\ntitle: 一个小规则包\nfields:\n  - name: county\n    label: 县市区\n - name: year\n    label: 年度\n';

describe('rules and explain', () => {
  describe.each(LANGS)('%s', (lang) => {
    const exempt = exemptions(lang).filter((text) => !SAID_IN_WORDS.has(text));
    it('given the built-in pack, says severities, column labels, types and units in one language, naming no column by its id in a target', () => {
      // In `rules` a column is never named by its id, nor under en by its Chinese label (the built-in pack
      // gives label_en); `explain` lists the ids and labels a header may use.
      const names = new Set(pack.fields.map((field) => field.name));
      const labels = new Set(pack.fields.map((field) => field.label));
      const listed = run(lang, 'rules');
      expect(listed.code).toBe(0);
      expect(
        leaks(
          listed.stdout,
          lang,
          exempt.filter((text) => !names.has(text) && (lang === 'zh' || !labels.has(text))),
        ),
      ).toEqual([]);
      for (const rule of pack.rules) {
        const explained = run(lang, 'explain', rule.id);
        expect(explained.code).toBe(0);
        expect(leaks(explained.stdout, lang, exempt)).toEqual([]);
        // (Under en an English word may be spelt as an id is: `year`.)
        const target = explained.stdout.split('\n')[2]!;
        if (lang === 'zh') expect(target.split(/[\s/]+/).filter((word) => names.has(word))).toEqual([]);
      }
    });

    it('given a pack syntax error, says it in one language, coded pack-syntax at its line', () => {
      const file = written(`misindented-${lang}.yaml`, PACK_MISINDENTED);
      const stderr = stopped(lang, 'rules', '--rules', file);
      expect(stderr).toMatch(/:6:\d+/);
      expect(stderr).toContain('pack-syntax');
      expect(leaks(stderr, lang, exempt)).toEqual([]);
    });
  });

  it('given label_en on its fields, shows them under en and the Chinese labels under zh', () => {
    const file = written('label-en.yaml', PACK_WITH_LABEL_EN);
    // The quote and the unit are the pack's, as written; `explain` also lists the labels a header may use.
    const quote = ['覆盖率要达40%以上', '个'];
    const labels = [...PACK_WITH_LABEL_EN.matchAll(/label: ([^,]+),/g)].map((m) => m[1]!);
    for (const args of [
      ['rules', '--rules', file],
      ['explain', 'eldercare.coverage', '--rules', file],
    ]) {
      const en = run('en', ...args);
      expect(en.code).toBe(0);
      expect(en.stdout).toContain('Townships with an elderly care centre / Townships');
      expect(
        leaks(en.stdout.replace(WRITTEN_PATH, ' '), 'en', args[0] === 'explain' ? [...quote, ...labels] : quote),
      ).toEqual([]);
      const zh = run('zh', ...args);
      expect(zh.code).toBe(0);
      expect(zh.stdout).toContain('建有综合性养老服务中心的乡镇(街道)数 / 乡镇(街道)总数');
      expect(zh.stdout).not.toContain('Townships');
    }
  });
});

describe('--lang', () => {
  describe.each(LANGS)('%s', (lang) => {
    const exemptAll = exemptions(lang);
    // What a person reads alone, outside a report's fields: severities and types there are words, not names
    // (a pack mistake may still quote `"error" | "warning"` as what the pack may say).
    const sayingInWords = (format: string): boolean =>
      format === 'rules' ||
      format === 'explain' ||
      (format.startsWith('stderr') && format !== 'stderr of a failing run');
    it.each(Object.keys(PERSON_TEXT))('%s is in one language only', (format) => {
      const exempt = sayingInWords(format) ? exemptAll.filter((text) => !SAID_IN_WORDS.has(text)) : exemptAll;
      const texts = PERSON_TEXT[format]!(lang);
      expect(texts.join('').length).toBeGreaterThan(0);
      const found = texts.flatMap((text) => leaks(text, lang, exempt));
      // The table wraps long cells: a column name may stand in pieces, each a part of an exempt name.
      const pieces =
        format === 'table' || format === 'markdown' || format === 'a round' || format === 'a workbook input'
          ? found.filter((word) => !exempt.some((text) => text.toLowerCase().includes(word.toLowerCase())))
          : found;
      expect(pieces).toEqual([]);
    });
  });

  it('covers every report format: a new one is added to the texts above', () => {
    const covered = (format: string) => PERSON_TEXT[format] ?? PERSON_TEXT[`${format} report`];
    expect(FORMAT_NAMES.filter((format) => covered(format) === undefined)).toEqual([]);
  });

  it('given zh and en, gives the same verdicts, problems and exit code', () => {
    const [zh, en] = LANGS.map((lang) => run(lang, 'check', ...CHECK, '-f', 'json'));
    expect(en!.code).toBe(zh!.code);
    const { findings: zhFindings, problems: zhProblems, pack: zhPack, ...zhRest } = JSON.parse(zh!.stdout) as Report;
    const { findings: enFindings, problems: enProblems, pack: enPack, ...enRest } = JSON.parse(en!.stdout) as Report;
    expect(enRest).toEqual(zhRest);
    expect(enPack.id).toBe(zhPack.id);
    const verdict = ({
      message,
      comparison,
      ...rest
    }: Report['findings'][number] & { comparison?: string | null }) => ({
      ...rest,
      said: message !== '',
      compared: comparison !== null,
    });
    expect(enFindings.map(verdict)).toEqual(zhFindings.map(verdict));
    expect(enProblems.map(({ message, ...rest }) => rest)).toEqual(zhProblems.map(({ message, ...rest }) => rest));
    // The messages themselves differ: each is in its own language.
    expect(enFindings.filter((f, i) => f.message !== zhFindings[i]!.message).length).toBeGreaterThan(0);
  });

  it('given DUIBIAO_LANG=en and no --lang, speaks English; --lang wins over it', () => {
    const env = (value: string, ...args: string[]) => duibiaoWithEnv({ DUIBIAO_LANG: value }, ...args);
    expect(env('en', 'check', 'fixtures/no-such-county.csv').stderr).toContain('no such file');
    expect(env('en', 'check', 'fixtures/no-such-county.csv', '--lang', 'zh').stderr).toContain('没有这个文件');
  });

  it('given lang: en in the config, speaks English; DUIBIAO_LANG and --lang win over it', () => {
    const config = written('config-in-english.yaml', 'lang: en\n');
    const summary = (env: Record<string, string>, ...args: string[]) =>
      duibiaoWithEnv(env, 'check', 'fixtures/sample-prefecture-2022.csv', '--config', config, '-f', 'summary', ...args)
        .stdout;
    expect(summary({})).toMatch(/^rule\s+met\s+missed/);
    expect(summary({ DUIBIAO_LANG: 'zh' })).toMatch(/^规则\s+达标/);
    expect(summary({}, '--lang', 'zh')).toMatch(/^规则\s+达标/);
  });

  it.each<{ given: string; env: Record<string, string>; args: string[] }>([
    { given: '--lang fr', env: {}, args: ['--lang', 'fr'] },
    { given: '--lang=', env: {}, args: ['--lang='] },
    { given: 'DUIBIAO_LANG=fr', env: { DUIBIAO_LANG: 'fr' }, args: [] },
  ])('given $given, stops with a usage error, exit 2', ({ env, args }) => {
    const stopped = duibiaoWithEnv(env, 'rules', ...args);
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toMatch(/\[usage\]$/m);
    expect(stopped.stdout).toBe('');
  });
});

function duibiaoWithEnv(env: Record<string, string>, ...args: string[]): Run {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return duibiao(...args);
  } finally {
    for (const key of Object.keys(env)) {
      if (saved[key] === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = saved[key];
    }
  }
}

// One run that provokes each stop code, keyed by the code so that a new stop code must be given one
// here. Its files are made in a folder of their own, whose path is no word of either language.
const STOPS = mkdtempSync(join(tmpdir(), 'duibiao-lang-stops-'));
afterAll(() => rmSync(STOPS, { recursive: true, force: true }));
const SAMPLE_CSV = 'fixtures/sample-prefecture-2022.csv';
// A path under STOPS, up to a character that ends it in a message.
// What the runs below name that is data or a path, in neither language: the checkout, a device, a
// path the config gives, the sample workbook's sheet.
const STOPS_QUOTED = [ROOT.replace(/\/$/, ''), '../speech.yaml', ...QUOTED_DATA];
const DEVICE = /\/dev\/\w+/g;
const STOPS_PATH = new RegExp(`${STOPS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s:'"“”，。（）]*`, 'g');

/** A file under STOPS. */
function stopFile(name: string, bytes: Buffer | string): string {
  const file = join(STOPS, name);
  writeFileSync(file, bytes);
  return file;
}

/** The built CLI with stdout sent to /dev/full. */
function toFullStdout(lang: Lang): Run {
  const full = openSync('/dev/full', constants.O_WRONLY);
  try {
    const result = spawnSync(process.execPath, ['bin/duibiao.js', 'check', SAMPLE_CSV, '-f', 'json', '--lang', lang], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', full, 'pipe'],
      env: { ...process.env, NO_COLOR: '1', DUIBIAO_TODAY: TODAY },
    });
    return { code: result.status, stdout: '', stderr: result.stderr };
  } finally {
    closeSync(full);
  }
}

/** A report written into a FIFO whose reader takes ten bytes and goes. */
async function toClosingPipe(lang: Lang): Promise<Run> {
  const fifo = join(STOPS, `closing-pipe-${lang}`);
  execFileSync('mkfifo', [fifo]);
  const reader = spawn('head', ['-c', '10', fifo], { stdio: 'ignore' });
  const rows = Array.from({ length: 3000 }, (_, i) => `县${i},2022,16,6`);
  const input = stopFile(
    'many-rows.csv',
    ['county,year,townships_total,townships_with_elder_center', ...rows].join('\n'),
  );
  const result = run(lang, 'check', input, '-f', `csv:${fifo}`);
  await new Promise((done) => reader.once('exit', done));
  return result;
}

/** A fault of the tool's own, thrown where nothing catches it: its words are the run's, the fault's own a number. */
function crashed(lang: Lang): Run {
  const script = [
    `import { useLang } from './dist/words/words.js';`,
    `import { exitOnCrash } from './dist/cli/failure.js';`,
    `useLang(${JSON.stringify(lang)}); exitOnCrash(false);`,
    `setTimeout(() => { throw new TypeError('42'); });`,
  ].join('\n');
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STOP_RUNS: Record<StopCode, (lang: Lang) => Run | Promise<Run>> = {
  usage: (lang) => run(lang, 'check', SAMPLE_CSV, '--as-of', STOPPING_ARGS.asOf),
  'unknown-format': (lang) => run(lang, 'check', stopFile('county-return.pdf', '%PDF-1.4\n')),
  'file-unreadable': (lang) => run(lang, 'check', STOPPING.missing),
  'file-too-large': (lang) =>
    run(lang, 'check', stopFile('huge.yaml', `- county: x\n  note: ${'y'.repeat(5 * 1024 * 1024)}\n`)),
  'link-outside': (lang) => {
    const folder = join(STOPS, `linked-out-${lang}`);
    mkdirSync(folder);
    symlinkSync(join(ROOT, SAMPLE_CSV), join(folder, 'county.csv'));
    return run(lang, 'check', folder);
  },
  'config-path-outside': (lang) =>
    run(lang, 'check', SAMPLE_CSV, '--config', stopFile('climbs-out.config.yaml', 'rules: ../speech.yaml\n')),
  'lock-file': (lang) => run(lang, 'check', stopFile('~$民政统计表.xlsx', 'x')),
  'format-error': (lang) => run(lang, 'check', STOPPING.workbook),
  'workbook-encrypted': (lang) =>
    run(lang, 'check', stopFile('encrypted.xlsx', zip(parts(SHEET).map((item) => ({ ...item, flags: 1 }))))),
  'workbook-too-large': (lang) =>
    run(
      lang,
      'check',
      stopFile(
        'declares.xlsx',
        zip(parts(SHEET).map((item) => (item.name.endsWith('sheet1.xml') ? { ...item, declaredSize: 2 ** 31 } : item))),
      ),
    ),
  'cell-too-large': (lang) =>
    run(
      lang,
      'check',
      stopFile(
        'long-cell.xlsx',
        writeWorkbook([
          {
            name: 'S',
            rows: [
              ['县市区', '年度'],
              // Random text, that deflates as a real cell does, not as a zip bomb's.
              ['白水县', randomBytes(1536 * 1024).toString('base64')],
            ],
          },
        ]),
      ),
    ),
  'workbook-unsafe-xml': (lang) =>
    run(
      lang,
      'check',
      stopFile('doctype.xlsx', writeWorkbook(SHEET, { sheetPrologue: '<!DOCTYPE worksheet [<!ENTITY a "b">]>' })),
    ),
  'sheet-without-workbook': (lang) => run(lang, 'check', SAMPLE_CSV, '--sheet', '1'),
  'sheet-not-found': (lang) => run(lang, 'check', WORKBOOK, '--sheet', '9'),
  'quote-not-closed': (lang) => run(lang, 'check', STOPPING.quote),
  'record-too-large': (lang) =>
    run(lang, 'check', stopFile('long-record.csv', `county,year\n白水县,${'x'.repeat(2 * 1024 * 1024)}\n`)),
  'output-is-input': (lang) => run(lang, 'check', SAMPLE_CSV, '-f', `json:${SAMPLE_CSV}`),
  'output-full': (lang) => run(lang, 'check', SAMPLE_CSV, '-f', 'json:/dev/full'),
  'stdout-full': toFullStdout,
  'output-closed': toClosingPipe,
  'output-unsafe': (lang) => {
    const link = join(STOPS, `report-${lang}.json`);
    symlinkSync('/dev/null', link);
    return run(lang, 'check', SAMPLE_CSV, '-f', `json:${link}`);
  },
  'output-unwritable': (lang) =>
    run(lang, 'check', SAMPLE_CSV, '-f', `json:${join(STOPS, 'no-such-folder', 'r.json')}`),
  'roster-invalid': (lang) => run(lang, 'check', SAMPLE_CSV, '--counties', ROUND_STOPPING.rosterNoCounty),
  'waivers-invalid': (lang) => run(lang, 'check', SAMPLE_CSV, '--waivers', ROUND_STOPPING.waiverMistakes),
  'baseline-invalid': (lang) =>
    run(lang, 'check', SAMPLE_CSV, '--baseline', stopFile('not-a-report.json', '{"findings": "none"}')),
  'config-invalid': (lang) =>
    run(lang, 'check', SAMPLE_CSV, '--config', stopFile('mistakes.config.yaml', CONFIG_WITH_MISTAKES)),
  'unknown-rule': (lang) => run(lang, 'explain', STOPPING_ARGS.rule),
  'pack-unreadable': (lang) => run(lang, 'rules', '--rules', join(STOPS, 'no-such-pack.yaml')),
  'pack-invalid': (lang) => run(lang, 'rules', '--rules', STOPPING.pack),
  'internal-error': crashed,
};

describe('--lang: every stop code', () => {
  describe.each(LANGS)('%s', (lang) => {
    const exempt = exemptions(lang).filter((text) => !SAID_IN_WORDS.has(text));
    it.each(Object.keys(STOP_RUNS) as StopCode[])('%s: says it in one language only', async (code) => {
      const stopped = await STOP_RUNS[code](lang);
      expect(stopped.code).toBe(2);
      expect(stopOf(stopped).code).toBe(code);
      const said = STOPS_QUOTED.reduce(
        (rest, text) => rest.split(text).join(' '),
        stopped.stderr
          .replace(STOPS_PATH, ' ')
          .replace(PART_NAME, ' ')
          .replace(DEVICE, ' ')
          .replace(/\S*fixtures\/[\w./-]+/g, ' '),
      );
      expect(leaks(said, lang, exempt)).toEqual([]);
    });
  });
});
