// The CSV tokenizer against csv-parse, its reference, with the options every CSV is read with:
// the same records, the same first line for each, the same failure at the same line, on every CSV
// fixture, on the peer project's CSVs and on fuzzed bytes cut into chunks anywhere.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordBatches } from '../../src/read/csv.js';
import { FastCore, ReferenceCore, type RecordCore } from '../../src/read/csv-tokens.js';
import { openText } from '../../src/read/decode.js';
import { NODE_HOST } from '../../src/read/node-host.js';
import { sniffDelimiter } from '../../src/read/delimiter.js';
import { DuibiaoError } from '../../src/errors.js';
import { budget, settings } from './settings.js';

const ROOT = join(import.meta.dirname, '..', '..');

interface Outcome {
  records: string[][];
  lines: number[];
  spanning: number[];
  /** The failure's code and words (which name its line), or none. */
  failure?: string;
}

async function* each(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield await Promise.resolve(chunk);
}

async function read(core: RecordCore, chunks: readonly Uint8Array[], delimiter: string): Promise<Outcome> {
  const outcome: Outcome = { records: [], lines: [], spanning: [] };
  try {
    for await (const batch of recordBatches(each(chunks), core, 'x.csv', delimiter)) {
      for (const index of batch.spanning ?? []) outcome.spanning.push(outcome.records.length + index);
      outcome.records.push(...batch.records);
      outcome.lines.push(...batch.lines);
    }
  } catch (error) {
    if (!(error instanceof DuibiaoError)) throw error;
    outcome.failure = `${error.code}: ${error.message}`;
  }
  return outcome;
}

/** The bytes cut at the given offsets (taken modulo the length, in order). */
function cut(bytes: Buffer, offsets: readonly number[]): Buffer[] {
  const points = [...new Set(offsets.map((offset) => (bytes.length === 0 ? 0 : Math.abs(offset) % bytes.length)))].sort(
    (a, b) => a - b,
  );
  const chunks: Buffer[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(bytes.subarray(from, point));
    from = point;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
}

/** The same bytes as a page has them: plain Uint8Arrays, no Node Buffer. */
function plain(chunks: readonly Uint8Array[]): Uint8Array[] {
  return chunks.map((chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
}

/**
 * Both parsers on the same chunks (the tokenizer given them as a page has them), and the tokenizer
 * on other cuts of the same bytes too (as Node's Buffers).
 */
async function expectSame(chunks: readonly Uint8Array[], delimiter: string, otherCuts: readonly number[][] = []) {
  const expected = await read(new ReferenceCore(delimiter), chunks, delimiter);
  expect(await read(new FastCore(delimiter), plain(chunks), delimiter)).toEqual(expected);
  const bytes = Buffer.concat(chunks);
  for (const offsets of otherCuts)
    expect(await read(new FastCore(delimiter), cut(bytes, offsets), delimiter)).toEqual(expected);
}

function csvFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(csv|tsv)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A file's chunks as the reader is given them: decoded to UTF-8 (GBK and UTF-16 too), without its
 * BOM; none for a file refused before it is parsed (a workbook or binary data named .csv).
 */
async function chunksOf(file: string): Promise<{ chunks: Uint8Array[]; delimiter: string } | undefined> {
  let text: Awaited<ReturnType<typeof openText>>;
  try {
    text = await openText(file, NODE_HOST);
  } catch (error) {
    if (error instanceof DuibiaoError && error.code === 'format-error') return undefined;
    throw error;
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of text.chunks) chunks.push(chunk);
  return { chunks, delimiter: sniffDelimiter(text.head) };
}

const PEERS = join(ROOT, '..', 'shared', 'peer-fixtures');
const peerFiles = csvFiles(PEERS);
// A clone on its own has no shared/ beside it: the suite then says plainly that it did not run.
if (peerFiles.length === 0) console.warn(`tokenizer not compared on peer fixtures: ${PEERS} holds no CSV`);

describe('the CSV tokenizer reads as csv-parse does', () => {
  const fixtures = [...csvFiles(join(ROOT, 'fixtures')), ...csvFiles(join(ROOT, 'test'))];

  it('finds the fixtures it compares on', () => {
    expect(fixtures.length).toBeGreaterThan(20);
  });

  it.each(fixtures.map((file) => [file.slice(ROOT.length + 1), file]))('on %s', async (_name, file) => {
    const opened = await chunksOf(file);
    if (!opened) return;
    const { chunks, delimiter } = opened;
    const bytes = Buffer.concat(chunks);
    // Cut also at every line end and just before and after it, where a CR or a quote is decided.
    const ends = [...bytes.entries()].filter(([, byte]) => byte === 0x0a || byte === 0x0d).map(([at]) => at);
    await expectSame(chunks, delimiter, [[7, 64, 1000], ends, ends.map((at) => at + 1), ends.map((at) => at - 1)]);
  });

  if (peerFiles.length > 0)
    it.each(peerFiles.map((file) => [file.slice(PEERS.length + 1), file]))('on the peer CSV %s', async (_n, file) => {
      const opened = await chunksOf(file);
      if (opened) await expectSame(opened.chunks, opened.delimiter, [[1, 100, 4096]]);
    });

  const delimiter = fc.constantFrom(',', ';', '\t', '|');
  const offsets = fc.array(fc.nat({ max: 4000 }), { maxLength: 12 });
  // Text of any kind, GBK bytes (not UTF-8: each cell decodes them to U+FFFD as csv-parse does) among it.
  const GBK = [Buffer.from([0xc7, 0xe0, 0xcf, 0xd8]), Buffer.from([0xe4, 0xb8]), Buffer.from([0xb0, 0x2c, 0xa1])];
  const text = fc.oneof(
    fc.string({ maxLength: 8 }).map((s) => Buffer.from(s)),
    fc.constantFrom('', ' ', '2022', '县', '青石县', '1,5', 'a"b', '\uFEFF', '\uFFFD').map((s) => Buffer.from(s)),
    fc.constantFrom(...GBK),
  );
  const quoted = (delim: string) =>
    fc
      .array(
        fc.oneof(
          text,
          fc.constantFrom('"', '\r', '\n', '\r\n', delim).map((s) => Buffer.from(s)),
        ),
        {
          maxLength: 5,
        },
      )
      .map((parts) => Buffer.concat([Buffer.from('"'), ...parts.map(doubleQuotes), Buffer.from('"')]));
  const lineEnd = fc.constantFrom('\n', '\r\n', '\r').map((s) => Buffer.from(s));
  const bom = fc.constantFrom('', '\uFEFF', '\uFEFF\uFEFF').map((s) => Buffer.from(s));

  it(
    'on well-formed files: quoted cells with delimiters, quotes and line ends, CRLF, BOM, GBK bytes, empty lines, ragged rows',
    async () => {
      const file = delimiter.chain((delim) =>
        fc.record({
          delim: fc.constant(delim),
          bom,
          rows: fc.array(
            fc.record({
              cells: fc.array(fc.oneof(text, quoted(delim)), { maxLength: 6 }),
              end: lineEnd,
            }),
            { maxLength: 12 },
          ),
          finalEnd: fc.boolean(),
          offsets,
        }),
      );
      await fc.assert(
        fc.asyncProperty(file, async ({ delim, bom, rows, finalEnd, offsets }) => {
          const parts: Buffer[] = [bom];
          rows.forEach(({ cells, end }, i) => {
            parts.push(join2(cells, Buffer.from(delim)));
            if (finalEnd || i < rows.length - 1) parts.push(end);
          });
          const bytes = Buffer.concat(parts);
          await expectSame(cut(bytes, offsets), delim, [[], [1, 2, 3, 5, 8, 13, 21, 34]]);
        }),
        settings(400),
      );
    },
    budget(400),
  );

  it(
    'on any mix of quotes, delimiters, line ends, BOMs and stray bytes (unclosed quotes, quotes inside cells, text after a closing quote)',
    async () => {
      const token = fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom('"', '""', ',', ';', '\t', '\r', '\n', '\r\n', 'a', '县', ' ') },
        { weight: 1, arbitrary: fc.constantFrom('\uFEFF', '\uFFFD', '\0', '"a"b', 'a"', '" ') },
      );
      const soup = fc.record({
        delim: delimiter,
        lead: fc.constantFrom(Buffer.alloc(0), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe])),
        tokens: fc.array(
          fc.oneof(
            token.map((s) => Buffer.from(s)),
            fc.constantFrom(...GBK),
          ),
          { maxLength: 40 },
        ),
        offsets,
      });
      await fc.assert(
        fc.asyncProperty(soup, async ({ delim, lead, tokens, offsets }) => {
          const bytes = Buffer.concat([lead, ...tokens]);
          await expectSame(cut(bytes, offsets), delim, [[], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]]);
        }),
        settings(600),
      );
    },
    budget(600),
  );
});

function doubleQuotes(part: Buffer): Buffer {
  return part.includes(0x22) ? Buffer.from(part.toString('latin1').replaceAll('"', '""'), 'latin1') : part;
}

function join2(cells: readonly Buffer[], delimiter: Buffer): Buffer {
  return Buffer.concat(cells.flatMap((cell, i) => (i === 0 ? [cell] : [delimiter, cell])));
}
