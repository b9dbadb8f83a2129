// A table keyed by its period alone (a price index) joined to another table's rows by period with
// an offset: the subsidy paid in month M reads the index of month M-1, whatever order the files
// come in; an index month absent from the series makes the row missing, naming the month.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DuibiaoError } from '../../src/errors.js';
import type { CheckResult } from '../../src/model/types.js';
import { tablesOf } from '../../src/model/tables.js';
import { loadPack } from '../../src/pack/files.js';
import { parsePack } from '../../src/pack/load.js';
import { checkData } from '../../src/run/check-data.js';
import { explainRule } from '../../src/cli/info.js';
import { templateCsv } from '../../src/cli/template.js';
import { useLang } from '../../src/words/words.js';
import { shown } from '../helpers.js';

const PACK_FILE = 'fixtures/packs/price-index-join.yaml';
const pack = await loadPack(PACK_FILE);
const dir = mkdtempSync(join(tmpdir(), 'duibiao-join-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => useLang('zh'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const SUBSIDY = file(
  'subsidy.csv',
  [
    '县市区,行政区划代码,月份,应发放人数,实发放人数',
    '青岚市,439901,2022-04,100,100', // index 2022-03: 3.5 ≥ 3.5, paid in full: pass
    '青岚市,439901,2022-05,100,90', // index 2022-04: 3.6, 90 of 100: fail
    '青岚市,439901,2022-06,100,100', // index 2022-05: 3.4 < 3.5: not applicable
    '青岚市,439901,2022-07,100,100', // index 2022-06 blank: missing, the cell named
    '青岚市,439901,2022-08,100,100', // index 2022-07 absent from the series: missing, the month named
    '',
  ].join('\n'),
);
// A title line, months out of order, 2022-03 given twice (the first row is the one read).
const INDEX = file(
  'index.csv',
  [
    'XX州居民消费价格指数',
    '月份,居民消费价格同比涨幅',
    '2022-05,3.4',
    '2022-03,3.5',
    '2022-04,3.6',
    '2022-06,',
    '2022-03,9.9',
    '',
  ].join('\n'),
);

const options = { asOf: '2022-12-31', today: '2022-12-31', failOn: 'error' as const, counting: false };
const check = async (files: string[], counting = false): Promise<CheckResult> =>
  shown(await checkData(files, pack, { ...options, counting }));
const verdicts = (result: CheckResult): string[] =>
  result.findings.filter((v) => v.scope === 'county').map((v) => `${v.county} ${v.period} ${v.status}: ${v.message}`);

describe('a table keyed by period alone, joined by period', () => {
  it('given the pack, the index table has no county among its columns', () => {
    const index = tablesOf(pack.fields).find((table) => table.id === 'price-index')!;
    expect(index.keyless).toBe(true);
    expect(index.fields.map((field) => field.name)).toEqual(['month', 'cpi_yoy']);
    expect(tablesOf(pack.fields)[0]!.keyless).toBe(false);
  });

  it('given the index after the subsidy, judges each paid month by the index of the month before', async () => {
    useLang('en');
    const result = await check([SUBSIDY, INDEX]);
    expect(verdicts(result)).toEqual([
      expect.stringMatching(
        /^青岚市 2022-04 pass: .*: 100% = 100% \(100\/100\); the condition holds for 2022-03: 居民消费价格同比涨幅 ≥ 3.5% \(居民消费价格同比涨幅 = 3.5%\)$/,
      ),
      expect.stringMatching(/^青岚市 2022-05 fail: .*90% ≠ 100% \(90\/100\)/),
      '青岚市 2022-06 not_applicable: the condition does not hold: 居民消费价格同比涨幅 ≥ 3.5% (居民消费价格同比涨幅 = 3.4%)',
      '青岚市 2022-07 missing: no data: 居民消费价格同比涨幅 (cpi_yoy)',
      '青岚市 2022-08 missing: no row of price-index for 2022-07',
    ]);
    // The index rows need no county: the title line is noticed, the second 2022-03 is the one error.
    expect(result.problems.map((p) => `${p.code} ${p.line}`)).toEqual(['title-rows 1', 'duplicate-row-key 7']);
  });

  it('given the files in either order, or only counted, gives the same statuses', async () => {
    const first = await check([SUBSIDY, INDEX]);
    const second = await check([INDEX, SUBSIDY]);
    const counted = await check([INDEX, SUBSIDY], true);
    expect(verdicts(second)).toEqual(verdicts(first));
    expect(counted.summary).toEqual(first.summary);
    expect(first.summary).toMatchObject({ pass: 1, fail: 1, not_applicable: 1, missing: 2 });
  });

  it('given no index file, every joined row is missing and names its month', async () => {
    useLang('en');
    const result = await check([SUBSIDY]);
    expect(result.findings.map((v) => v.message)).toEqual([
      'no row of price-index for 2022-03',
      'no row of price-index for 2022-04',
      'no row of price-index for 2022-05',
      'no row of price-index for 2022-06',
      'no row of price-index for 2022-07',
    ]);
  });

  it('given tables with titles, a missing verdict names the table by its title in the run language', async () => {
    const text = readFileSync(PACK_FILE, 'utf8')
      .replace(
        '{ id: subsidy, key: county, period: { column: month, every: month } }',
        '{ id: subsidy, key: county, period: { column: month, every: month }, title: 价格临时补贴发放月报, title_en: monthly price subsidy return }',
      )
      .replace(
        '{ id: price-index, period: { column: month, every: month } }',
        '{ id: price-index, period: { column: month, every: month }, title: 全州居民消费价格指数, title_en: prefecture price index }',
      );
    const titled = parsePack(text, PACK_FILE);
    // 白水县 sent 2022-04 only: it owes 2022-05, paid for the triggered index month 2022-04.
    const subsidy = file('subsidy-titled.csv', readFileSync(SUBSIDY, 'utf8') + '白水县,439902,2022-04,10,10\n');
    const run = async (): Promise<string[]> =>
      verdicts(shown(await checkData([subsidy, INDEX], titled, { ...options, counting: false }))).filter((v) =>
        v.includes('missing'),
      );
    expect(await run()).toEqual([
      '青岚市 2022-07 missing: 缺数据: 居民消费价格同比涨幅 (cpi_yoy)',
      '青岚市 2022-08 missing: 全州居民消费价格指数 缺 2022-07 的数据',
      '白水县 2022-05 missing: 本县市区没有报送 价格临时补贴发放月报 中 2022-05 的数据；2022-04 条件成立：居民消费价格同比涨幅 ≥ 3.5%（居民消费价格同比涨幅 = 3.6%）',
    ]);
    useLang('en');
    expect(await run()).toEqual([
      '青岚市 2022-07 missing: no data: 居民消费价格同比涨幅 (cpi_yoy)',
      '青岚市 2022-08 missing: no row of prefecture price index for 2022-07',
      expect.stringMatching(
        /^白水县 2022-05 missing: the county sent no row of monthly price subsidy return for 2022-05; /,
      ),
    ]);
  });

  it('given a join to a table keyed by county, says so at its line', () => {
    const text = readFileSync(PACK_FILE, 'utf8').replace('join: { table: price-index', 'join: { table: subsidy');
    expect.assertions(2);
    try {
      parsePack(text, PACK_FILE);
    } catch (error) {
      expect(error).toBeInstanceOf(DuibiaoError);
      expect((error as DuibiaoError).details.map((d) => d.code)).toContain('pack-table-mismatch');
    }
  });

  it('given template --table price-index, writes a form without the county, read back as the index', async () => {
    const form = await templateCsv(PACK_FILE, false, undefined, 'price-index');
    expect(form).toBe('\uFEFF月份,居民消费价格同比涨幅\r\n');
    const filled = file('filled-index.csv', `${form}2022-03,3.5\r\n2022-04,3.6\r\n`);
    const result = await check([filled, SUBSIDY]);
    expect(result.problems).toEqual([]);
    expect(result.findings.slice(0, 2).map((v) => v.status)).toEqual(['pass', 'fail']);
  });

  it('given the index itself (上年同月=100), reads 103.5 as +3.5 % exactly, and 99.8 as -0.2 %', async () => {
    useLang('en');
    const index = file(
      'index-as-index.csv',
      '月份,居民消费价格指数(上年同月=100)\n2022-03,103.5\n2022-04,103.6\n2022-05,103.49\n2022-06,99.8\n',
    );
    const result = await check([SUBSIDY, index]);
    expect(result.findings.map((v) => v.status)).toEqual([
      'pass',
      'fail',
      'not_applicable',
      'not_applicable',
      'missing',
    ]);
    expect(result.findings[2]!.message).toContain('居民消费价格同比涨幅 = 3.49%');
    expect(result.findings[3]!.message).toContain('居民消费价格同比涨幅 = -0.2%');
    expect(result.problems).toEqual([]);
  });

  it('given index_aliases on a column that is not a percent, says so at its line', () => {
    const text = readFileSync(PACK_FILE, 'utf8').replace(
      'label: 应发放人数, type: count,',
      'label: 应发放人数, index_aliases: [应发放指数], type: count,',
    );
    expect.assertions(2);
    try {
      parsePack(text, PACK_FILE);
    } catch (error) {
      expect(error).toBeInstanceOf(DuibiaoError);
      expect((error as DuibiaoError).details.map((d) => d.code)).toContain('pack-type-mismatch');
    }
  });

  it('given two tables keyed by county sharing 月份, says so; a keyed and a keyless one may share it', () => {
    const text = readFileSync(PACK_FILE, 'utf8');
    expect(() => parsePack(text, PACK_FILE)).not.toThrow();
    const twoKeyed = text.replace('- { id: price-index, period:', '- { id: price-index, key: county, period:');
    expect.assertions(3);
    try {
      parsePack(twoKeyed, PACK_FILE);
    } catch (error) {
      expect(error).toBeInstanceOf(DuibiaoError);
      expect((error as DuibiaoError).details.map((d) => d.code)).toContain('pack-table-mismatch');
    }
  });

  it('given thresholds by period, reads them at the index month, so the window is written as the policy writes it', async () => {
    useLang('en');
    const subsidy = file(
      'window-subsidy.csv',
      [
        '县市区,月份,应发放人数,实发放人数',
        '青岚市,2022-08,100,0', // index 2022-07 at 3.0, before the window (3.5): not applicable
        '青岚市,2022-09,100,0', // index 2022-08 at 3.0, the window's first month: triggered, unpaid: fail
        '青岚市,2023-03,100,100', // index 2023-02 at 3.0, its last month: triggered, paid: pass
        '青岚市,2023-04,100,0', // index 2023-03 at 3.0, after it: not applicable
        '',
      ].join('\n'),
    );
    const index = file(
      'window-index.csv',
      '月份,居民消费价格同比涨幅\n2022-07,3.0\n2022-08,3.0\n2023-02,3.0\n2023-03,3.0\n',
    );
    const result = await check([subsidy, index]);
    expect(result.findings.map((v) => `${v.period} ${v.status}`)).toEqual([
      '2022-08 not_applicable',
      '2022-09 fail',
      '2023-03 pass',
      '2023-04 not_applicable',
    ]);
    expect(result.findings[0]!.message).toContain('居民消费价格同比涨幅 ≥ 3.5% (居民消费价格同比涨幅 = 3%)');
    expect(result.findings[3]!.message).toContain('≥ 3.5%');
  });

  it('given explain, says which row the rule reads beside its condition', async () => {
    useLang('en');
    const text = await explainRule('prices.subsidy-paid-when-triggered', PACK_FILE);
    expect(text).toContain("reads:        the row of price-index for the period 1 before the row's\n");
    useLang('zh');
    expect(await explainRule('prices.subsidy-paid-when-triggered', PACK_FILE)).toContain(
      '关联:     price-index 中前 1 期的一行\n',
    );
  });
});
