// For any CSV-like input, counting on two threads gives the account counting on one gives, or stops
// with the same error: the worker runs the same reader stages and engine on the records sent to it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkData } from '../../src/run/check-data.js';
import type * as Host from '../../src/run/count-host.js';
import { builtin } from '../helpers.js';
import { encodedCsv } from './arbitraries.js';
import { budget, collectWarnings, settings } from './settings.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-property-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const warnings = collectWarnings();
afterAll(() => expect(warnings).toEqual([]));
// The worker is started by its path beside the module: the built one, as the CLI runs it.
const host = (await import(new URL('../../dist/run/count-host.js', import.meta.url).href)) as typeof Host;
const options = { asOf: '2022-12-31', today: '2022-12-31', failOn: 'error' as const, counting: true };

const outcome = <T>(promise: Promise<T>): Promise<T | { stopped: unknown }> =>
  promise.catch((error: unknown) => ({ stopped: error }));

describe('counting on two threads', () => {
  it(
    'given CSV-like text in any encoding, accounts for it as one thread does, or stops alike',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(encodedCsv, { minLength: 1, maxLength: 3 }), async (inputs) => {
          const files = inputs.map(({ bytes, name }, i) => {
            const file = join(dir, `${i}-${name}`);
            writeFileSync(file, bytes);
            return file;
          });
          const two = await outcome(host.countInWorker(files, builtin, options));
          // From the sources the worker's file does not exist: this counts on one thread.
          const one = await outcome(checkData(files, builtin, options));
          expect(two).toEqual(one);
        }),
        settings(150),
      );
    },
    budget(150 * 5),
  );
});
