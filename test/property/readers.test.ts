// For any input the readers end in a result whose accounting holds or in the tool's own typed error.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { DuibiaoError } from '../../src/errors.js';
import { CODES } from '../../src/model/codes.js';
import type { CheckResult } from '../../src/model/types.js';
import { accountingBreaks } from '../accounting.js';
import { builtin, builtinTables } from '../helpers.js';
import { anyBytes, encodedCsv, mutated, yamlRows, type Encoded } from './arbitraries.js';
import { checkFiles, renderJson } from './pipeline.js';
import { budget, collectWarnings, settings } from './settings.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-property-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const warnings = collectWarnings();
afterAll(() => expect(warnings).toEqual([]));

/** Writes the case, checks it, and fails on anything but a sound result or a typed, worded error. */
async function holds({ bytes, name }: Encoded): Promise<CheckResult | DuibiaoError> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const outcome = await checkFiles([file], builtin);
  if (outcome instanceof DuibiaoError) {
    expect(CODES[outcome.code].kind).toBe('stop');
    expect(outcome.message).not.toMatch(/\uFFFD|undefined|\[object /);
    return outcome;
  }
  expect(accountingBreaks(outcome, builtinTables, renderJson(outcome))).toEqual([]);
  return outcome;
}

describe('any input ends in an account or a typed error, never a crash or a hang', () => {
  it(
    'given arbitrary bytes as .csv, .yaml or .json',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyBytes, async (input) => {
          await holds(input);
        }),
        settings(1500),
      );
    },
    budget(1500),
  );

  it(
    'given CSV-like text in any encoding, with GB18030 lines spliced in',
    async () => {
      await fc.assert(
        fc.asyncProperty(encodedCsv, async (input) => {
          await holds(input);
        }),
        settings(2000),
      );
    },
    budget(2000),
  );

  it(
    'given rows as YAML or JSON, whole or mutated',
    async () => {
      const text = fc
        .tuple(yamlRows, fc.boolean())
        .map(([rows, json]) => (json ? JSON.stringify(rows) : stringify(rows)));
      const file = fc.tuple(fc.oneof(text, mutated(text)), fc.constantFrom('case.yaml', 'case.json'));
      await fc.assert(
        fc.asyncProperty(file, async ([yaml, name]) => {
          await holds({ bytes: Buffer.from(yaml), name });
        }),
        settings(1500),
      );
    },
    budget(1500),
  );
});
