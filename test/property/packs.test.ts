// Any edit of a rule pack gives a pack that checks, or every mistake at a place with a pack code.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Checker } from '../../src/engine/checker.js';
import { DuibiaoError } from '../../src/errors.js';
import { CODES } from '../../src/model/codes.js';
import { BUILTIN_PACK } from '../../src/pack/files.js';
import { parsePack } from '../../src/pack/load.js';
import { rowOf } from '../helpers.js';
import { mutated, yamlRows } from './arbitraries.js';
import { stringify } from 'yaml';
import { budget, collectWarnings, settings } from './settings.js';
import { tableNamed, tablesOf } from '../../src/model/tables.js';
import { render } from '../../src/words/message.js';
import { LANGS } from '../../src/words/words.js';

const PACK = readFileSync(BUILTIN_PACK, 'utf8');
const lines = PACK.split('\n').length;
const warnings = collectWarnings();
afterAll(() => expect(warnings).toEqual([]));

describe('rule packs', () => {
  it(
    'given the built-in pack with random edits, or arbitrary YAML, loads it or lists located mistakes',
    () => {
      const text = fc.oneof(
        { weight: 4, arbitrary: mutated(fc.constant(PACK)) },
        { weight: 1, arbitrary: yamlRows.map((value) => stringify(value)) },
      );
      fc.assert(
        fc.property(text, (pack) => {
          let loaded;
          try {
            loaded = parsePack(pack, 'pack.yaml');
          } catch (error) {
            if (!(error instanceof DuibiaoError)) throw error;
            expect(error.code).toBe('pack-invalid');
            expect(error.details.length).toBeGreaterThan(0);
            for (const mistake of error.details) {
              expect(CODES[mistake.code].kind).toBe('pack');
              expect(mistake.line).toBeGreaterThanOrEqual(1);
              expect(mistake.line).toBeLessThanOrEqual(Math.max(lines, pack.split('\n').length) + 1);
              expect(mistake.column).toBeGreaterThanOrEqual(1);
              for (const lang of LANGS) expect(render(mistake.message, lang)).not.toMatch(/\uFFFD|undefined|\[object /);
            }
            return;
          }
          // A pack that loads must judge a row without throwing.
          const checker = new Checker(loaded.rules, loaded.fields, { asOf: '2022-12-31', today: '2022-12-31' });
          const verdicts = checker.judge(
            rowOf(
              { county: '白水县', year: '2022', townships_total: '10', townships_with_elder_center: '4' },
              loaded.fields.filter((f) =>
                ['county', 'year', 'townships_total', 'townships_with_elder_center'].includes(f.name),
              ),
            ),
          );
          // One verdict of each rule of the row's table: the first, the yearly return.
          const yearly = tablesOf(loaded.fields)[0];
          expect(verdicts).toHaveLength(
            loaded.rules.filter((r) => tableNamed(loaded.fields, r.table) === yearly).length,
          );
          checker.finish();
        }),
        // Each case parses a 200-line pack, about 10 ms.
        settings(500),
      );
    },
    budget(500),
  );
});
