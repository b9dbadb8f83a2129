// The docs are held to the code: the CLI contract to the commands' --help and the report registry,
// the targets page to the built-in pack, every code they name to the catalogue, and the rule-pack
// page's worked example to what the built command says of it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CODES } from '../../src/model/codes.js';
import { loadPack } from '../../src/pack/files.js';
import { FORMAT_NAMES } from '../../src/report/index.js';
import { demoArgs, demoOutput, END, START, withSample } from '../../scripts/readme-sample.mjs';
import { duibiao, ROOT, type Report } from './run.js';

const doc = (name: string): string => readFileSync(join(ROOT, name), 'utf8');
const COMMANDS = ['check', 'rules', 'explain', 'template'] as const;
/** The built-in pack's table ids, which the docs name as they name rule ids: not problem codes. */
const BUILTIN_TABLES = ['county-year', 'price-subsidy', 'price-index'];

/** The long options a command's --help lists, read from its Options section. */
function helpOptions(command: string): string[] {
  const help = duibiao(command, '--help', '--lang', 'en').stdout;
  const section = help.slice(help.indexOf('Options:'));
  return [...section.matchAll(/^ {2}(?:-\w, )?(--[a-z][a-z-]*)/gm)].map((m) => m[1]!).filter((o) => o !== '--help');
}

/** The long options of a command's block in cli.md: the fenced block that opens with `duibiao <command>`. */
function documentedOptions(command: string): string[] {
  const block = new RegExp(`\`\`\`\\nduibiao ${command}\\b[^\\n]*\\n([\\s\\S]*?)\`\`\``).exec(doc('docs/cli.md'));
  expect(block, `docs/cli.md has a block for duibiao ${command}`).not.toBeNull();
  return [...block![1]!.matchAll(/^ {2}(?:-\w, | {4})(--[a-z][a-z-]*)/gm)].map((m) => m[1]!);
}

/** The rows of the first markdown table after a heading or sentence, as lists of cells. */
function tableAfter(text: string, marker: string): string[][] {
  const rest = text.slice(text.indexOf(marker));
  expect(text.includes(marker), `finds "${marker}"`).toBe(true);
  const lines = rest.split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

describe('docs/cli.md', () => {
  it.each(COMMANDS)('names every option of `duibiao %s --help`', (command) => {
    const text = doc('docs/cli.md');
    const options = helpOptions(command);
    expect(options.length).toBeGreaterThan(0);
    expect(options.filter((option) => !text.includes(option))).toEqual([]);
  });

  it.each(COMMANDS)('lists in the block of duibiao %s only options the command has', (command) => {
    const documented = documentedOptions(command);
    expect(documented.length).toBeGreaterThan(0);
    const real = new Set(helpOptions(command));
    expect(documented.filter((option) => !real.has(option))).toEqual([]);
  });

  it('describes every report format of the registry, and no other', () => {
    const rows = tableAfter(doc('docs/cli.md'), '| format | for |').map(([name]) => name!.replace(/`/g, ''));
    expect(rows.sort()).toEqual([...FORMAT_NAMES].sort());
  });
});

describe('docs/targets.md', () => {
  const text = doc('docs/targets.md');

  it('lists every column of the built-in pack with its label, type and unit, and no other', async () => {
    const pack = await loadPack();
    const rows = tableAfter(text, '| column | 中文标签 |');
    expect(rows.map(([name, label, type, unit]) => ({ name, label, type, unit }))).toEqual(
      pack.fields.map((field) => ({ name: field.name, label: field.label, type: field.type, unit: field.unit ?? '' })),
    );
    for (const [name, , , , aliases] of rows) {
      const field = pack.fields.find((f) => f.name === name)!;
      expect(aliases, name).toBe((field.aliases ?? []).join('、'));
    }
  });

  it('lists every rule of the built-in pack with its title, severity and paragraph, and no other', async () => {
    const pack = await loadPack();
    const rows = tableAfter(text, '| rule id |');
    expect(rows.map(([id, title, , severity, paragraph]) => ({ id, title, severity, paragraph }))).toEqual(
      pack.rules.map((rule) => ({
        id: rule.id,
        title: rule.title,
        severity: rule.severity,
        paragraph: String(rule.paragraph),
      })),
    );
  });
});

describe('the docs and the README', () => {
  const docs = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md'));
  const pages = ['README.md', ...docs.map((name) => `docs/${name}`)];

  it('name only problem codes that exist', () => {
    // A backquoted kebab-case word is a problem code, except a source file's name and these words of the reports and the pack.
    const sourceFiles = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).map((name) =>
      name.replace(/^.*\//, '').replace(/\.ts$/, ''),
    );
    const notCodes = new Set(['year-end', 'data-problems', 'data-problem', ...BUILTIN_TABLES, ...sourceFiles]);
    const named = new Set(
      pages
        .filter((page) => page !== 'docs/problems.md')
        .flatMap((page) => [...doc(page).matchAll(/[`[]([a-z][a-z0-9]*(?:-[a-z0-9]+)+)[`\]]/g)].map((m) => m[1]!)),
    );
    const unknown = [...named].filter((word) => !notCodes.has(word) && !Object.hasOwn(CODES, word));
    expect(unknown).toEqual([]);
    expect(named.size).toBeGreaterThan(10);
  });

  it('the README links every page of docs/, and every link to docs/ leads to a file', () => {
    const readme = doc('README.md');
    const links = [...readme.matchAll(/\]\((docs\/[^)#]+)\)/g)].map((m) => m[1]!);
    expect(docs.filter((name) => !links.includes(`docs/${name}`))).toEqual([]);
    for (const link of links) expect(() => readFileSync(join(ROOT, link)), link).not.toThrow();
  });

  it('links between docs pages lead to files', () => {
    for (const name of docs) {
      for (const m of doc(`docs/${name}`).matchAll(/\]\(([a-z-]+\.(?:md|png))\)/g)) {
        expect(() => readFileSync(join(ROOT, 'docs', m[1]!)), `${name} → ${m[1]}`).not.toThrow();
      }
    }
  });
});

describe("README.md's sample output", () => {
  const readme = doc('README.md');

  it('runs the command npm run demo runs', () => {
    const { scripts } = JSON.parse(doc('package.json')) as { scripts: Record<string, string> };
    expect(scripts.demo).toBe(`npm run build && node ${demoArgs().join(' ')}`);
    expect(scripts.readme).toBe('npm run build && node scripts/readme-sample.mjs');
  });

  it('is what the current build prints for it, whole (else run `npm run readme`)', () => {
    const output = demoOutput();
    expect(output).toContain('截至 2022-12-31');
    // The block itself, shown as the difference a reader would see.
    const block = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END));
    expect(block.trim()).toBe(['```', output.trimEnd(), '```'].join('\n'));
    expect(withSample(readme, output)).toBe(readme);
  });

  it('would be caught drifting: a README with a changed line is not what the build prints', () => {
    const drifted = readme.replace(/^(\d+ +青岚市 +2022 +)19\/19$/m, '$118/19');
    expect(drifted).not.toBe(readme);
    expect(withSample(drifted, demoOutput())).toBe(readme);
  });

  it("is written in the README's own line endings, so that a Windows checkout stays as it is", () => {
    const crlf = readme.replace(/\n/g, '\r\n');
    expect(withSample(crlf, demoOutput())).toBe(crlf);
  });
});

describe('docs/rule-packs.md, the worked example', () => {
  const text = doc('docs/rule-packs.md');
  const dir = mkdtempSync(join(tmpdir(), 'duibiao-docs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The built-in pack with the page's two fields and its rule added, as the page says to. */
  function examplePack(): string {
    const added = (where: string) => {
      const block = new RegExp(`\`\`\`yaml\\n( {2}# at the end of ${where}:\\n[\\s\\S]*?)\`\`\``).exec(text);
      expect(block, `the page shows what to add to ${where}`).not.toBeNull();
      return block![1]!;
    };
    const pack = readFileSync(join(ROOT, 'rules/speech-2022.yaml'), 'utf8');
    const rulesAt = pack.indexOf('\nrules:');
    expect(rulesAt).toBeGreaterThan(0);
    // fields: comes right before rules:, and rules: is the last key of the pack.
    return `${pack.slice(0, rulesAt)}\n${added('fields')}${pack.slice(rulesAt)}\n${added('rules')}`;
  }

  it('loads, and gives the verdicts the page says', async () => {
    const packFile = join(dir, 'my-pack.yaml');
    writeFileSync(packFile, examplePack());
    const csv = /```csv\n([\s\S]*?)```/.exec(text)![1]!;
    const dataFile = join(dir, '签约.csv');
    writeFileSync(dataFile, csv);

    const pack = await loadPack(packFile);
    expect(pack.rules.map((rule) => rule.id)).toContain('disability.family-doctor-signed');

    const run = duibiao('check', dataFile, '--rules', packFile, '-f', 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const mine = report.findings.filter((f) => f.rule === 'disability.family-doctor-signed');
    const expected = tableAfter(text, "The new rule's verdicts").map(([county, status]) => ({ county, status }));
    expect(expected).toHaveLength(4);
    expect(mine.filter((f) => f.scope === 'county').map((f) => ({ county: f.county, status: f.status }))).toEqual(
      expected,
    );

    const total = mine.find((f) => f.scope === 'total')!;
    expect(total).toMatchObject({ status: 'missing', actual: 0.8, basis: { rows: 3, of: 4 } });
    expect(text).toContain('basis: { rows: 3, of: 4 }');
  });
});
