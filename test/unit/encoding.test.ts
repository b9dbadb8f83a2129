import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../src/read/encoding.js';

const gbk = Buffer.from('b0d7cbaecfd82c323032320a', 'hex'); // 白水县,2022\n in GB18030
const utf8 = (text: string) => Buffer.from(text);

describe('detectEncoding', () => {
  it.each([
    {
      given: 'UTF-8 with BOM',
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('县市区\n')]),
      expect: ['utf-8', 3],
    },
    { given: 'UTF-16LE with BOM', bytes: Buffer.from([0xff, 0xfe, 0x3f, 0x53]), expect: ['utf-16le', 2] },
    { given: 'UTF-16BE with BOM', bytes: Buffer.from([0xfe, 0xff, 0x53, 0x3f]), expect: ['utf-16be', 2] },
    { given: 'UTF-16LE without BOM', bytes: Buffer.from('county,year\r\n', 'utf16le'), expect: ['utf-16le', 0] },
    {
      given: 'UTF-16LE without BOM, Chinese with 开 and 需 (a zero low byte)',
      bytes: Buffer.from('县市区,年度,需开展\r\n开阳县,2022,需\r\n', 'utf16le'),
      expect: ['utf-16le', 0],
    },
    {
      given: 'UTF-16BE without BOM, Chinese only',
      bytes: Buffer.from('县市区,年度\r\n开阳县,2022\r\n', 'utf16le').swap16(),
      expect: ['utf-16be', 0],
    },
    {
      given: 'UTF-16BE without BOM, ASCII',
      bytes: Buffer.from('county,year\r\n', 'utf16le').swap16(),
      expect: ['utf-16be', 0],
    },
    { given: 'plain UTF-8', bytes: utf8('县市区,年度\n白水县,2022\n'), expect: ['utf-8', 0] },
    { given: 'GB18030 throughout', bytes: Buffer.concat([gbk, gbk]), expect: ['gb18030', 0] },
    {
      given: 'UTF-8 with one GB18030 row',
      bytes: Buffer.concat([utf8('县市区,年度\n石桥县,2022\n'), gbk, utf8('云溪县,2022\n')]),
      expect: ['utf-8', 0],
    },
    {
      given: 'a chunk cut inside a character',
      bytes: utf8('县市区,年度\n白水县').subarray(0, -1),
      whole: false,
      expect: ['utf-8', 0],
    },
  ])('given $given, returns $expect', ({ bytes, whole = true, expect: [encoding, bomLength] }) => {
    expect(detectEncoding(bytes, 'county.csv', whole)).toEqual({ encoding, bomLength });
  });

  it.each([
    { given: 'an .xlsx workbook', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), says: 'zip 压缩包' },
    { given: 'an .xls workbook', bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), says: '.xls' },
    { given: 'a PDF', bytes: Buffer.from('%PDF-1.7\n'), says: 'PDF' },
    { given: 'NUL bytes', bytes: Buffer.from([0x41, 0, 0, 0, 0x42, 0x43, 0, 0x44]), says: 'NUL 字节' },
  ])('given $given, refuses it with format-error saying what it looks like', ({ bytes, says }) => {
    expect(() => detectEncoding(bytes, 'county.csv', true)).toThrow(
      expect.objectContaining({ code: 'format-error', message: expect.stringContaining(says) as unknown }),
    );
  });
});
