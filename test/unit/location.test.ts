import { describe, expect, it } from 'vitest';
import { locationOf, rowProblem } from '../../src/model/location.js';
import type { Row } from '../../src/model/types.js';
import { say } from '../../src/words/message.js';

const row = (sheet?: string): Row => ({
  file: 'a.csv',
  ...(sheet === undefined ? {} : { sheet }),
  line: 7,
  county: '白水县',
  year: 2022,
  reportDate: null,
  cells: [],
});

describe('a problem at a row', () => {
  it.each([undefined, '表1'])(
    'given a row (sheet %s), is the spread location and the rest, key for key in order',
    (sheet) => {
      const message = say('countyBlank');
      const made = rowProblem(row(sheet), 'county', 'missing-key', 'error', message);
      const spread = { ...locationOf(row(sheet)), column: 'county', code: 'missing-key', level: 'error', message };
      expect(JSON.stringify(made)).toBe(JSON.stringify(spread));
      expect(Object.keys(made)).toEqual(Object.keys(spread));
    },
  );
});
