// (c) The same per-row checks with json-rules-engine, the library a team would otherwise reach for:
// the pack's 19 rules as json-rules-engine rules over each row's facts, CSV read by the same csv-parse.
import { createReadStream, readFileSync } from 'node:fs';
import { parse } from 'csv-parse';
import { Engine } from 'json-rules-engine';
import { parse as parseYaml } from 'yaml';

const pack = parseYaml(readFileSync(new URL('../rules/speech-2022.yaml', import.meta.url), 'utf8'));
const OPERATOR = { '>=': 'greaterThanInclusive', '<=': 'lessThanInclusive', '=': 'equal' };
const targetValue = (value) =>
  typeof value === 'string' && value.endsWith('%') ? Number(value.slice(0, -1)) / 100 : value;

const engine = new Engine([], { allowUndefinedFacts: true });
for (const rule of pack.rules) {
  const m = rule.measure;
  const fact =
    m.kind === 'ratio'
      ? `${m.numerator}/${m.denominator}`
      : m.kind === 'growth'
        ? `growth:${m.column}/${m.base}`
        : m.column;
  const condition = { fact, operator: OPERATOR[rule.target.op] };
  if ('column' in rule.target) condition.value = { fact: rule.target.column };
  else condition.value = targetValue(rule.target.value);
  engine.addRule({ name: rule.id, conditions: { all: [condition] }, event: { type: rule.id } });
}

const byLabel = new Map(
  pack.fields.flatMap((f) => [
    [f.label, f],
    [f.name, f],
  ]),
);
const YES = new Set(['是', '有', '已', 'Y', 'y', '1', 'yes', 'true']);

let header;
let rows = 0;
let passed = 0;
let failed = 0;
const parser = createReadStream(process.argv[2]).pipe(parse({ bom: true, relax_column_count: true }));
for await (const record of parser) {
  if (!header) {
    header = record.map((h) => byLabel.get(h.trim()));
    continue;
  }
  rows++;
  const facts = {};
  record.forEach((cell, i) => {
    const field = header[i];
    if (!field || cell.trim() === '') return;
    facts[field.name] =
      field.type === 'yesno'
        ? YES.has(cell.trim())
        : field.type === 'text' || field.type === 'date' || field.type === 'code'
          ? cell
          : Number(cell.replace(/,/g, ''));
  });
  for (const rule of pack.rules) {
    const m = rule.measure;
    if (m.kind === 'ratio' && facts[m.denominator] > 0)
      facts[`${m.numerator}/${m.denominator}`] = facts[m.numerator] / facts[m.denominator];
    if (m.kind === 'growth' && facts[m.base] > 0)
      facts[`growth:${m.column}/${m.base}`] = ((facts[m.column] - facts[m.base]) / facts[m.base]) * 100;
  }
  const { results, failureResults } = await engine.run(facts);
  passed += results.length;
  failed += failureResults.length;
}
console.log(JSON.stringify({ rows, passed, failed }));
