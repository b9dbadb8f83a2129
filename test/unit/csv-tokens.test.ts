// The CSV tokenizer: plain records on its own, anything unusual handed to csv-parse, line counts kept.
import { describe, expect, it } from 'vitest';
import { FastCore, ReferenceCore, type RecordCore } from '../../src/read/csv-tokens.js';
import { RecordLines } from '../../src/read/record-lines.js';

/** Records with their first lines, and the failure's code, from the bytes cut into the given chunks. */
function read(core: RecordCore, chunks: readonly string[]) {
  const lines = new RecordLines();
  const records: { record: string[]; line: number }[] = [];
  const push = (record: string[]): void => {
    if (!core.failure) records.push({ record, line: lines.next(record, core.lines) });
  };
  for (const chunk of chunks) core.parse(Buffer.from(chunk, 'utf8'), false, push);
  core.parse(undefined, true, push);
  return { records, failure: core.failure?.code };
}

function same(...chunks: string[]) {
  const expected = read(new ReferenceCore(','), chunks);
  expect(read(new FastCore(','), chunks)).toEqual(expected);
  return expected;
}

describe('FastCore', () => {
  it('splits plain lines with LF and CRLF, keeping empty lines and ragged rows', () => {
    const { records } = same('县市区,年度\r\n青石县,2022\r\n\r\n白云县\n松枫县,2022,x\n');
    expect(records.map((r) => r.record)).toEqual([
      ['县市区', '年度'],
      ['青石县', '2022'],
      [''],
      ['白云县'],
      ['松枫县', '2022', 'x'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads quoted cells with "" escapes, delimiters and line breaks, and counts the lines they span', () => {
    const { records } = same('a,"b ""c"", d"\n"line\r\nbreak",x\rnext,"",\n');
    expect(records).toEqual([
      { record: ['a', 'b "c", d'], line: 1 },
      { record: ['line\r\nbreak', 'x'], line: 2 },
      { record: ['next', '', ''], line: 4 },
    ]);
  });

  it('finishes a record cut anywhere between chunks, even inside a character or between CR and LF', () => {
    const text = '青石县,"1,2"\r\n白云县,3\r';
    for (let at = 1; at < Buffer.byteLength(text); at++) {
      const bytes = Buffer.from(text);
      const chunks = [bytes.subarray(0, at), bytes.subarray(at)];
      const core = new FastCore(',');
      const records: string[][] = [];
      for (const chunk of chunks) core.parse(chunk, false, (r) => records.push(r));
      core.parse(undefined, true, (r) => records.push(r));
      expect(records).toEqual([
        ['青石县', '1,2'],
        ['白云县', '3'],
      ]);
    }
  });

  it('hands a quote inside a cell, text after a closing quote and an unclosed quote to csv-parse', () => {
    expect(same('a,b\n5"x,y\nc,d\n').records.map((r) => r.record)).toEqual([
      ['a', 'b'],
      ['5"x', 'y'],
      ['c', 'd'],
    ]);
    same('a,b\n"x"y,z\nc,d\n');
    expect(same('a,b\n"open,\nc,d\n').failure).toBe('CSV_QUOTE_NOT_CLOSED');
  });

  it('leaves a byte-order mark to csv-parse', () => {
    expect(same('\uFEFFa,b\n1,2\n').records[0]?.record).toEqual(['a', 'b']);
  });
});
