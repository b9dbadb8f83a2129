// Every kind of broken rule pack: all its mistakes at once, each at file:line:column, exit 2, no stack.
import { describe, expect, it } from 'vitest';
import { duibiao, STACK_LINE, stopOf } from './run.js';

const pack = (name: string) => `fixtures/packs/${name}`;

describe('rule packs with mistakes', () => {
  it.each([
    { given: 'tab-indented.yaml', expect: [['pack-syntax', '4:1']] },
    { given: 'duplicate-keys.yaml', expect: [['pack-syntax', '3:1']] },
    { given: 'alias-bomb.yaml', expect: [['pack-syntax', '4:8']] },
    { given: 'deeply-nested.yaml', expect: [['pack-syntax', '3:72']] },
    { given: 'two-documents.yaml', expect: [['pack-syntax', '17:1']] },
    {
      given: 'not-utf8.yaml',
      expect: ['2:9', '4:28', '5:26', '6:37', '7:49', '8:28', '11:12', '14:12'].map((at) => ['pack-encoding', at]),
    },
    {
      given: 'proto-keys.yaml',
      expect: [
        ['pack-unknown-key', '3:1'],
        ['pack-unknown-key', '4:1'],
      ],
    },
    {
      given: 'unknown-keys.yaml',
      expect: [
        ['pack-unknown-key', '17:5'],
        ['pack-unknown-key', '18:5'],
      ],
    },
    {
      given: 'wrong-types.yaml',
      expect: [
        ['pack-schema', '12:15'],
        ['pack-schema', '13:16'],
      ],
    },
    {
      given: 'unknown-column-and-measure.yaml',
      expect: [
        ['pack-unknown-column', '15:40'],
        ['pack-unknown-measure', '22:22'],
      ],
    },
    { given: 'rule-id-twice.yaml', expect: [['pack-duplicate-rule', '17:9']] },
    // Beyond the digits a target may have: never an internal error, never rounded to 0.
    { given: 'target-1e300.yaml', expect: [['pack-schema', '16:32']] },
    { given: 'target-1e-30.yaml', expect: [['pack-schema', '16:32']] },
    { given: 'target-too-many-decimals.yaml', expect: [['pack-schema', '16:32']] },
    // A ratio's target as a bare number above 1 (100, '40') would fail every county: a mistake at its
    // line. 0.4, 1 and a count's 100 are what they say.
    {
      given: 'ratio-target-100.yaml',
      expect: [
        ['pack-ratio-target', '16:31'],
        ['pack-ratio-target', '23:32'],
      ],
    },
  ])('given $given, lists $expect', ({ given, expect: want }) => {
    const run = duibiao('check', 'fixtures/sample-prefecture-2022.csv', '--rules', pack(given));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK_LINE);
    const stop = stopOf(run);
    expect(stop.code).toBe('pack-invalid');
    expect(stop.details.map((d) => [d.code, d.location])).toEqual(
      want.map(([code, at]) => [code, `${pack(given)}:${at}`]),
    );
  });

  it.each([
    { lang: 'zh', says: ['100 在此意为 100 倍', '应写作 100%', '应写作 40%'] },
    { lang: 'en', says: ['100 here means 100 times the whole', 'write 100%', 'write 40%'] },
  ])(
    'given a ratio target of value: 100, says under $lang what it would mean and how to write it',
    ({ lang, says }) => {
      const run = duibiao('rules', '--rules', pack('ratio-target-100.yaml'), '--lang', lang);
      expect(stopOf(run).code).toBe('pack-invalid');
      for (const words of says) expect(run.stderr).toContain(words);
    },
  );

  it('given a list used as a key, lists it without a Node warning on stderr', () => {
    const run = duibiao('rules', '--rules', pack('collection-key.yaml'));
    expect(stopOf(run).details.map((d) => d.code)).toEqual(['pack-schema', 'pack-schema', 'pack-unknown-key']);
    expect(run.stderr).not.toContain('Warning');
  });

  it('gives a did-you-mean for misspelt keys, columns and measure kinds', () => {
    expect(
      duibiao('check', 'fixtures/sample-prefecture-2022.csv', '--rules', pack('unknown-keys.yaml')).stderr,
    ).toContain("是不是 'severity'");
    const run = duibiao(
      'check',
      'fixtures/sample-prefecture-2022.csv',
      '--rules',
      pack('unknown-column-and-measure.yaml'),
    );
    expect(run.stderr).toContain("是不是 'townships_with_elder_center'");
  });

  it('given a valid small pack, checks with it', () => {
    const run = duibiao(
      'check',
      'fixtures/semicolon-separated.csv',
      '--rules',
      pack('minimal-valid.yaml'),
      '--as-of',
      '2022-12-31',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('37.5% < 40%');
  });

  it.each([
    { given: 'fixtures/packs', code: 'file-unreadable' },
    { given: 'fixtures/packs/no-such-pack.yaml', code: 'pack-unreadable' },
  ])(
    'given the pack $given (a folder, as any input would be refused; missing), exits 2 with $code',
    ({ given, code }) => {
      const run = duibiao('rules', '--rules', given);
      expect(run.code).toBe(2);
      expect(stopOf(run).code).toBe(code);
    },
  );
});
