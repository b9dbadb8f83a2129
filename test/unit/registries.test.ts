import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/engine/checker.js';
import { DuibiaoError } from '../../src/errors.js';
import { registerFieldType } from '../../src/fields/index.js';
import { registerMeasure, type MeasureKind } from '../../src/measures/index.js';
import type { FieldSpec, Row } from '../../src/model/types.js';
import { parsePack } from '../../src/pack/load.js';
import { readCell } from '../../src/read/cells.js';
import { fieldLookup } from '../../src/read/headers.js';
import { headerKey } from '../../src/read/normalize.js';
import { RowBuilder } from '../../src/read/row.js';
import { gap } from '../fixtures/gap-measure.js';
import { month } from '../fixtures/month-field.js';
import { render } from '../../src/words/message.js';

// Each is one file outside src, added through its registry line, before any pack is read.
registerMeasure(gap);
registerFieldType(month);
// A kind whose keys no built-in kind has, to show that the pack's did-you-mean knows them.
const between = { ...gap, kind: 'between' } as unknown as MeasureKind<{ kind: string }>;
registerMeasure({
  ...between,
  schema: (z) => z.strictObject({ kind: z.literal('between'), minuend: z.string(), subtrahend: z.string() }),
});

const PACK_FILE = 'fixtures/packs/gap-measure-and-month-field.yaml';
const pack = parsePack(readFileSync(PACK_FILE, 'utf8'), PACK_FILE);

function rowOf(cells: Record<string, string>, fields: readonly FieldSpec[] = pack.fields): Row {
  const lookup = fieldLookup(fields);
  const fieldOf = Object.keys(cells).map((name) => lookup.get(headerKey(name)) ?? -1);
  return new RowBuilder(fields).build(Object.values(cells), fieldOf, 'county.csv', 2, () => {});
}

describe('a measure kind and a field type added through the registries', () => {
  it('given a pack naming them, validates it and keeps the new kind and type', () => {
    expect(pack.rules.map((rule) => rule.measure.kind)).toEqual(['gap']);
    expect(pack.fields.find((field) => field.name === 'month')?.type).toBe('month');
  });

  it.each([
    { given: '2022-03', expect: '2022-03' },
    { given: '2022年3月', expect: '2022-03' },
    { given: '２０２２．１１', expect: '2022-11' },
    { given: '', expect: undefined },
  ])('given a month cell $given, reads $expect', ({ given, expect: want }) => {
    expect(
      readCell(
        pack.fields.find((field) => field.name === 'month')!,
        given,
      ),
    ).toBe(want);
  });

  it.each(['2022-13', '三月'])('given a month cell %s, names it as invalid-date', (given) => {
    expect(
      readCell(
        pack.fields.find((field) => field.name === 'month')!,
        given,
      ),
    ).toMatchObject({ code: 'invalid-date' });
  });

  it.each([
    { wage: '2.3', cpi: '2.3', expect: 'pass' },
    { wage: '2.2', cpi: '2.3', expect: 'fail' },
    { wage: '0.3', cpi: '0.1', expect: 'pass' },
    { wage: '-0.1', cpi: '-0.2', expect: 'pass' },
    { wage: '', cpi: '2.3', expect: 'missing' },
  ])('given wages $wage and prices $cpi, the gap rule says $expect, exactly', ({ wage, cpi, expect: want }) => {
    const checker = new Checker(pack.rules, pack.fields, { asOf: '2022-12-31', today: '2022-12-31' });
    const row = rowOf({ 县市区: '甲县', 年度: '2022', 月份: '2022-03', 居民消费价格涨幅: cpi, 最低工资标准增幅: wage });
    expect(checker.verdicts(row).map((verdict) => verdict.status)).toEqual([want]);
  });

  it('given a pack that names a non-numeric column in the new measure, says pack-type-mismatch', () => {
    const text = readFileSync(PACK_FILE, 'utf8').replace('column: wage_change', 'column: month');
    let codes: string[] = [];
    try {
      parsePack(text, PACK_FILE);
    } catch (error) {
      expect(error).toBeInstanceOf(DuibiaoError);
      codes = (error as DuibiaoError).details.map((detail) => detail.code);
    }
    expect(codes).toEqual(['pack-type-mismatch']);
  });

  it('given a kind or type registered after a pack was read, refuses it rather than ignore it', () => {
    expect(() => registerMeasure<{ kind: string }>({ ...gap, kind: 'late' })).toThrow(/too late/);
    expect(() => registerFieldType({ ...month, type: 'late' })).toThrow(/too late/);
  });

  it("given a misspelt key of a registered kind, suggests that kind's own key", () => {
    const text = readFileSync(PACK_FILE, 'utf8').replace(
      '{ kind: gap, column: wage_change, base: cpi_change }',
      '{ kind: between, minuend: wage_change, subtrahen: cpi_change }',
    );
    let details: { code: string; message: string }[] = [];
    try {
      parsePack(text, PACK_FILE);
    } catch (error) {
      details = (error as DuibiaoError).details.map(({ code, message }) => ({ code, message: render(message, 'zh') }));
    }
    expect(details.find((detail) => detail.code === 'pack-unknown-key')?.message).toContain("'subtrahend'");
  });
});
