// The two inflaters of an .xlsx entry, node:zlib's and the web's DecompressionStream: the same
// bytes out, damaged data refused, a stop at a bound that lets the input go; and a workbook read
// through the web's one keeps every bound of the zip reader.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as stream from 'node:stream';
import * as zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DuibiaoError } from '../../src/errors.js';
import { hostInflater, nodeInflater, webInflater, type Inflater } from '../../src/read/inflate.js';
import { blobBytes } from '../../src/read/input-bytes.js';
import { NODE_HOST } from '../../src/read/node-host.js';
import { ZipFile } from '../../src/read/zip.js';
import { inflatingPastDeclared, workbookParts, writeWorkbook, zip, type TestSheet } from '../workbook-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-inflate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;
const saved = (bytes: Buffer): string => {
  const file = join(dir, `case-${count++}.xlsx`);
  writeFileSync(file, bytes);
  return file;
};

const inflaters: { name: string; inflater: Inflater }[] = [
  { name: 'node:zlib', inflater: nodeInflater(zlib, stream) },
  { name: 'DecompressionStream', inflater: webInflater },
];

/** `bytes` in chunks of `size`, counting whether the consumer let the rest go. */
function chunked(bytes: Buffer, size: number): { source: AsyncIterable<Uint8Array>; state: { returned: boolean } } {
  const state = { returned: false };
  async function* source(): AsyncGenerator<Uint8Array> {
    try {
      for (let at = 0; at < bytes.length; at += size) yield await Promise.resolve(bytes.subarray(at, at + size));
    } finally {
      state.returned = true;
    }
  }
  return { source: source(), state };
}

async function all(inflater: Inflater, raw: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const chunk of inflater(raw)) out.push(Buffer.from(chunk));
  return Buffer.concat(out);
}

// Rows of a sheet, varied enough that deflate does not shrink them to nothing: several output chunks.
const plain = Buffer.from(
  Array.from({ length: 60_000 }, (_, i) => `<row r="${i}"><c t="n"><v>${(i * 7919) % 100_003}</v></c></row>`).join(''),
);
const packed = zlib.deflateRawSync(plain);

describe.each(inflaters)('the $name inflater', ({ inflater }) => {
  it('given raw deflate data in small chunks, yields the bytes that were deflated', async () => {
    expect((await all(inflater, chunked(packed, 4096).source)).equals(plain)).toBe(true);
  });

  it('given damaged deflate data, throws', async () => {
    const damaged = Buffer.from(packed);
    damaged.fill(0xff, 10, 200);
    await expect(all(inflater, chunked(damaged, 4096).source)).rejects.toThrow();
  });

  it('stopped after its first chunk, lets its input go unread to the end', async () => {
    const { source, state } = chunked(packed, 1024);
    let seen = 0;
    for await (const chunk of inflater(source)) {
      seen += chunk.length;
      break;
    }
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(plain.length);
    // The input is given up as the stop unwinds, perhaps a turn later.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state.returned).toBe(true);
  });
});

describe('an .xlsx read through the web inflater', () => {
  const sample: TestSheet[] = [
    {
      name: 'Sheet1',
      rows: [['县市区', '年度'], ...Array.from({ length: 2000 }, (_, i) => [`县${i}`, 2022])],
    },
  ];
  const parts = [...workbookParts(sample)].map(([name, text]) => ({ name, data: Buffer.from(text) }));

  async function entries(file: string, inflater: Inflater): Promise<Map<string, string>> {
    const book = await ZipFile.open(file, NODE_HOST, undefined, inflater);
    try {
      const out = new Map<string, string>();
      for (const entry of book.entries.values()) out.set(entry.name, await book.text(entry));
      return out;
    } finally {
      await book.close();
    }
  }

  async function refusal(file: string): Promise<string> {
    try {
      await entries(file, webInflater);
    } catch (error) {
      if (error instanceof DuibiaoError) return error.code;
      throw error;
    }
    return 'read';
  }

  it('gives every entry as node:zlib gives it', async () => {
    const file = saved(writeWorkbook(sample));
    const web = await entries(file, webInflater);
    expect(web.size).toBeGreaterThan(3);
    expect(web).toEqual(await entries(file, nodeInflater(zlib, stream)));
  });

  it("read from a browser's File (a Blob), gives every entry as from the file", async () => {
    const bytes = writeWorkbook(sample);
    const book = await ZipFile.of(blobBytes('县.xlsx', new Blob([bytes])), undefined, webInflater);
    const fromBlob = new Map<string, string>();
    try {
      for (const entry of book.entries.values()) fromBlob.set(entry.name, await book.text(entry));
    } finally {
      await book.close();
    }
    expect(fromBlob).toEqual(await entries(saved(bytes), nodeInflater(zlib, stream)));
  });

  it('given an entry that inflates past the size it declares, stops there: workbook-too-large', async () => {
    expect(await refusal(saved(zip(inflatingPastDeclared(parts))))).toBe('workbook-too-large');
  });

  it('given an entry whose deflate data is damaged, returns format-error', async () => {
    const bytes = writeWorkbook(sample);
    // The first entry's data begins after its 30-byte local header and its name.
    const start = 30 + bytes.readUInt16LE(26) + bytes.readUInt16LE(28);
    bytes.fill(0xff, start, start + 40);
    expect(await refusal(saved(bytes))).toBe('format-error');
  });
});

describe('the inflater of the host', () => {
  it('on Node, is node:zlib', async () => {
    expect(await hostInflater()).not.toBe(webInflater);
  });
});
