import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DuibiaoError } from '../../src/errors.js';
import { parsePack } from '../../src/pack/load.js';
import { builtin } from '../helpers.js';
import { saidDetails } from '../helpers.js';
import { render, say } from '../../src/words/message.js';

// The contract of TARGETS.md: rule id, severity, paragraph.
const TARGETS = [
  ['assistance.all-eligible-enrolled', 'error', 8],
  ['assistance.minor-protection-center', 'error', 8],
  ['assistance.children-supported', 'error', 8],
  ['assistance.standard-keeps-pace-with-prices', 'error', 8],
  ['assistance.price-subsidy-paid', 'error', 8],
  // CLI.md, "Price linkage as the speech means it": the monthly rule beside the yearly one.
  ['prices.subsidy-paid-when-triggered', 'error', 8],
  ['eldercare.township-center-coverage', 'error', 9],
  ['eldercare.village-mutual-aid-coverage', 'error', 9],
  ['eldercare.daycare-demo-site', 'error', 9],
  ['eldercare.construction-subsidy-policy', 'warning', 9],
  ['eldercare.operation-subsidy-policy', 'warning', 9],
  ['eldercare.disabled-tekun-in-care', 'warning', 9],
  ['eldercare.fire-drills', 'warning', 9],
  ['eldercare.no-safety-accidents', 'error', 9],
  ['disability.rehab-coverage', 'error', 10],
  ['disability.living-subsidy-paid', 'error', 10],
  ['disability.care-subsidy-paid', 'error', 10],
  ['disability.child-rehab-assisted', 'error', 10],
  ['funds.paid-on-time-in-full', 'error', 14],
  ['safety.hazards-rectified', 'error', 14],
];

const COLUMNS =
  'county county_code year report_date assistance_identified assistance_enrolled minor_protection_center children_in_need children_supported dibao_standard dibao_standard_prev cpi_change_pct price_trigger_months price_subsidy_months townships_total townships_with_elder_center villages_total villages_with_mutual_aid daycare_demo_sites construction_subsidy_policy operation_subsidy_policy tekun_disabled tekun_disabled_in_care eldercare_institutions institutions_fire_drill eldercare_accidents rehab_need rehab_served living_subsidy_eligible living_subsidy_paid care_subsidy_eligible care_subsidy_paid child_rehab_applicants child_rehab_assisted funds_due funds_paid_on_time hazards_found hazards_fixed month cpi_yoy food_cpi_yoy subsidy_covered subsidy_paid_persons'.split(
    ' ',
  );

describe('the built-in pack', () => {
  it('has exactly the rules of TARGETS.md, with their severity and paragraph', () => {
    expect(builtin.rules.map((r) => [r.id, r.severity, r.paragraph])).toEqual(TARGETS);
  });

  it('has exactly the columns of TARGETS.md', () => {
    expect(builtin.fields.map((f) => f.name)).toEqual(COLUMNS);
  });

  it('opens from the build the same pack that validating the YAML gives', async () => {
    // The built CLI reads dist/builtin-pack.json, which `npm run build` writes.
    const built = (await import(
      new URL('../../dist/pack/open.js', import.meta.url).href
    )) as typeof import('../../src/pack/open.js');
    const cache = JSON.parse(readFileSync(new URL('../../dist/builtin-pack.json', import.meta.url), 'utf8')) as {
      source: string;
    };
    expect(cache.source).toBe(readFileSync(builtin.file, 'utf8'));
    const opened = await built.openPack(undefined, 'zh');
    expect({ ...opened, file: builtin.file }).toEqual(builtin);
  });

  it('quotes every rule verbatim from its paragraph of the speech', () => {
    const speech = readFileSync(builtin.sourceFile!, 'utf8').split('\n');
    for (const rule of builtin.rules) expect(speech[rule.paragraph - 1], rule.id).toContain(rule.quote);
  });
});

function mistakes(text: string): { line?: number; column?: number; code: string; message: string }[] {
  try {
    parsePack(text, 'pack.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(DuibiaoError);
    return saidDetails(error as DuibiaoError);
  }
  throw new Error('the pack was accepted');
}

const FIELDS = `fields:
  - { name: county, label: 县市区, type: text }
  - { name: year, label: 年度, type: integer }
  - { name: a, label: 甲, type: count }
  - { name: b, label: 乙, type: count }
`;
const RULE = (id: string, extra = '') => `  - id: ${id}
    title: 某目标
    severity: error
    paragraph: 9
    quote: 某句
    measure: { kind: ratio, numerator: a, denominator: b }
    target: { op: '>=', value: 40% }
${extra}`;

describe('parsePack', () => {
  it('given a valid pack, returns its rules', () => {
    const pack = parsePack(`id: p\ntitle: t\n${FIELDS}rules:\n${RULE('x.ok')}`, 'pack.yaml');
    expect(pack.rules.map((r) => r.id)).toEqual(['x.ok']);
  });

  it("given aliases, accepts them; an alias that is another column's label is a duplicate at its place", () => {
    const pack = parsePack(
      `id: p\ntitle: t\n${FIELDS.replace('type: text }', 'type: text, aliases: [县（市、区）] }')}rules:\n${RULE('x.ok')}`,
      'pack.yaml',
    );
    expect(pack.fields[0]!.aliases).toEqual(['县（市、区）']);
    const found = mistakes(
      `id: p\ntitle: t\n${FIELDS.replace('type: text }', 'type: text, aliases: [年度] }')}rules:\n${RULE('x.ok')}`,
    );
    expect(found.map((m) => [m.code, m.line])).toEqual([['pack-duplicate-field', 4]]);
  });

  it("given a measure's column named against the form, says the form in the language asked for, nothing of how it travelled", () => {
    const text = `id: p\ntitle: t\n${FIELDS}rules:\n${RULE('x.one').replace('numerator: a', 'numerator: Bad-Name')}`;
    for (const lang of ['zh', 'en'] as const) {
      const found = (() => {
        try {
          parsePack(text, 'pack.yaml');
        } catch (error) {
          return saidDetails(error as DuibiaoError, lang);
        }
        throw new Error('the pack was accepted');
      })();
      const form = found.find((m) => m.code === 'pack-schema');
      expect(form?.message).toContain(render(say('packColumnNameForm'), lang));
      expect(form?.message).not.toContain('messageId');
      expect(form?.message).not.toContain('\u0000');
    }
  });

  it('given several mistakes, reports every one with its line and column', () => {
    const text = `id: p\ntitle: t\n${FIELDS}rules:\n${RULE('x.one', '    severty: error\n')}${RULE('x.one')}${RULE('x.two').replace('denominator: b', 'denominator: c')}`;
    const found = mistakes(text);
    expect(found.map((m) => [m.code, m.line])).toEqual([
      ['pack-unknown-key', 16],
      ['pack-duplicate-rule', 17],
      ['pack-unknown-column', 29],
    ]);
    expect(found[0]!.message).toContain("是不是 'severity'");
    expect(found[0]!.column).toBe(5);
  });

  it('given a wrong type, names the path and points at the value', () => {
    const found = mistakes(
      `id: p\ntitle: t\n${FIELDS}rules:\n${RULE('x.one').replace('paragraph: 9', 'paragraph: nine')}`,
    );
    expect(found).toEqual([expect.objectContaining({ code: 'pack-schema', line: 12, column: 16 })]);
    expect(found[0]!.message).toMatch(/^rules\.0\.paragraph:/);
  });

  it.each([
    { given: 'tab indentation', text: 'id: p\ntitle: t\nfields:\n\t- name: a\n', line: 4 },
    { given: 'a duplicate key', text: 'id: p\nid: q\n', line: 2 },
    { given: 'an unclosed flow mapping', text: 'id: p\nfields: [ { name: a\n', line: 3 },
  ])('given $given, reports pack-syntax at its line', ({ text, line }) => {
    const found = mistakes(text);
    expect(found[0]).toMatchObject({ code: 'pack-syntax', line });
  });

  it.each([
    {
      given: 'a field defined twice',
      fields: `${FIELDS}  - { name: a, label: 丙, type: count }\n`,
      expect: [['pack-duplicate-field', 8]],
    },
    {
      given: 'a label used twice',
      fields: `${FIELDS}  - { name: c, label: 甲, type: count }\n`,
      expect: [['pack-duplicate-field', 8]],
    },
    {
      given: 'no year column',
      fields: FIELDS.replace('  - { name: year, label: 年度, type: integer }\n', ''),
      expect: [['pack-missing-field', 4]],
    },
  ])('given $given, reports $expect', ({ fields, expect: want }) => {
    expect(mistakes(`id: p\ntitle: t\n${fields}rules:\n${RULE('x.one')}`).map((m) => [m.code, m.line])).toEqual(want);
  });

  it('given a yes/no column compared with a number, reports a type mismatch', () => {
    const text = `id: p\ntitle: t\n${FIELDS}  - { name: flag, label: 已建成, type: yesno }\nrules:\n${RULE('x.one').replace('{ kind: ratio, numerator: a, denominator: b }', '{ kind: value, column: flag }')}`;
    expect(mistakes(text).map((m) => m.code)).toEqual(['pack-type-mismatch']);
  });
});
