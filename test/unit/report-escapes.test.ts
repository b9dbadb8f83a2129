import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckResult, Verdict } from '../../src/model/types.js';
import { csv } from '../../src/report/csv.js';
import { PLAIN } from '../../src/report/paint.js';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { escapeXml } from '../../src/report/junit.js';
import { cell } from '../../src/report/markdown.js';
import { fileUri } from '../../src/report/sarif.js';

/** The CSV report of one verdict. */
function csvOf(overrides: Partial<Verdict>): string {
  const verdict: Verdict = {
    rule: 'a.b',
    severity: 'error',
    status: 'fail',
    scope: 'county',
    county: 'x',
    year: 2022,
    actual: -1.5,
    target: false,
    comparison: null,
    detail: null,
    message: 'm',
    ...overrides,
  };
  const out = csv({ findings: [verdict], inputs: [] } as unknown as CheckResult, {
    color: false,
    paint: PLAIN,
    width: 100,
  });
  return typeof out === 'string' ? out : [...out].join('');
}

const csvCounty = (county: string): string =>
  parse<Record<string, string>>(csvOf({ county }), { bom: true, columns: true })[0]!.county!;

describe('CSV cells that a spreadsheet would run as a formula', () => {
  it.each([
    { given: '=1+1', expect: "'=1+1" },
    { given: '+1', expect: "'+1" },
    { given: '-1+2', expect: "'-1+2" },
    { given: '@SUM(A1)', expect: "'@SUM(A1)" },
    { given: '\t=1', expect: "'\t=1" },
    { given: '\r=1', expect: "'\r=1" },
    { given: '\n=1', expect: "'\n=1" },
    { given: '＝1', expect: "'＝1" },
    { given: '＋1', expect: "'＋1" },
    { given: '－1', expect: "'－1" },
    { given: '＠1', expect: "'＠1" },
    { given: '石桥县', expect: '石桥县' },
    { given: 'a=1', expect: 'a=1' },
  ])('given a county $given, writes $expect', ({ given, expect: expected }) => {
    expect(csvCounty(given)).toBe(expected);
  });

  it('given a negative number it computed, writes it as a number; booleans as true and false', () => {
    const text = csvOf({});
    expect(text).toContain(',-1.5,false,');
    expect(
      text.startsWith('\uFEFFcounty,year,rule,status,severity,actual,target,message,file,line,scope,waiver,change\r\n'),
    ).toBe(true);
  });
});

describe('GitHub workflow command escaping', () => {
  it.each([
    { given: '100% < 40%', data: '100%25 < 40%25', property: '100%25 < 40%25' },
    { given: 'a\r\nb', data: 'a%0D%0Ab', property: 'a%0D%0Ab' },
    { given: 'title=x,line=9::y', data: 'title=x,line=9::y', property: 'title=x%2Cline=9%3A%3Ay' },
    { given: '%0A', data: '%250A', property: '%250A' },
    { given: '石桥县 2022', data: '石桥县 2022', property: '石桥县 2022' },
  ])('given $given, escapes data as $data and a property as $property', ({ given, data, property }) => {
    expect(escapeData(given)).toBe(data);
    expect(escapeProperty(given)).toBe(property);
  });
});

describe('markdown cells', () => {
  it.each([
    { given: 'a | b', expect: 'a \\| b' },
    { given: '**bold** _it_ ~x~', expect: '\\*\\*bold\\*\\* \\_it\\_ \\~x\\~' },
    { given: '[x](http://e.com)', expect: '\\[x\\](http\\://e.com)' },
    { given: '<img src=x>', expect: '\\<img src=x>' },
    { given: '37.5% < 40%', expect: '37.5% < 40%' },
    { given: 'www.e.com', expect: 'www\\.e.com' },
    { given: '&lt; & x', expect: '\\&lt; & x' },
    { given: 'line\nbreak', expect: 'line break' },
    { given: '`code`', expect: '\\`code\\`' },
    { given: '@octocat and @org/admins', expect: '@&#8203;octocat and @&#8203;org/admins' },
    { given: 'see #12', expect: 'see #&#8203;12' },
    { given: '#DIV/0!', expect: '#DIV/0!' },
    { given: 'a # b @ c', expect: 'a # b @ c' },
  ])('given $given, writes $expect', ({ given, expect: expected }) => {
    expect(cell(given)).toBe(expected);
  });
});

describe('XML text and attributes', () => {
  it.each([
    { given: 'a < b & "c"', text: 'a &lt; b &amp; &quot;c&quot;', attribute: 'a &lt; b &amp; &quot;c&quot;' },
    { given: 'a\nb\tc', text: 'a\nb\tc', attribute: 'a&#10;b&#9;c' },
    { given: 'bell\u0007', text: 'bell\uFFFD', attribute: 'bell\uFFFD' },
    { given: 'lone \uD800 surrogate', text: 'lone \uFFFD surrogate', attribute: 'lone \uFFFD surrogate' },
    { given: '县 😀', text: '县 😀', attribute: '县 😀' },
  ])('given $given, escapes it for text and for an attribute', ({ given, text, attribute }) => {
    expect(escapeXml(given)).toBe(text);
    expect(escapeXml(given, true)).toBe(attribute);
  });
});

/** The escaping as it was first written, three passes over the text: the reference. */
function escapedInThreePasses(text: string, attribute: boolean): string {
  return text
    .replace(
      // eslint-disable-next-line no-control-regex -- the characters XML cannot carry
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    )
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    .replace(/[\t\n\r]/g, (c) => (attribute ? `&#${c.charCodeAt(0)};` : c === '\r' ? '&#13;' : c));
}

describe('XML escaping in one pass', () => {
  const unit = fc.oneof(
    fc.constantFrom('&', '<', '>', '"', "'", '\t', '\n', '\r', '\u0000', '\u0007', '\uFFFE', '\uFFFF', '县', '“'),
    fc.constantFrom('\uD83D', '\uDE00', '\uD800', '\uDFFF'),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );
  const text = fc.array(unit, { maxLength: 30 }).map((units) => units.join(''));

  it('given any text, escapes it as the three passes did, for text and for an attribute', () => {
    fc.assert(
      fc.property(text, (given) => {
        expect(escapeXml(given)).toBe(escapedInThreePasses(given, false));
        expect(escapeXml(given, true)).toBe(escapedInThreePasses(given, true));
      }),
      { numRuns: 2000 },
    );
  });

  it('given two texts, escapes them apart to the same as together when the second starts with a line break', () => {
    fc.assert(
      fc.property(text, text, (first, second) => {
        expect(escapeXml(first) + escapeXml(`\n${second}`)).toBe(escapeXml(`${first}\n${second}`));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('SARIF artifact URIs', () => {
  it.each([
    { given: 'fixtures/sample.csv', expect: 'fixtures/sample.csv' },
    { given: 'submissions/石桥县 2022.csv', expect: 'submissions/%E7%9F%B3%E6%A1%A5%E5%8E%BF%202022.csv' },
    { given: '../data/a#1.csv', expect: '../data/a%231.csv' },
    { given: 'data\\a.csv', expect: 'data/a.csv' },
    { given: '/srv/data/a b.csv', expect: 'file:///srv/data/a%20b.csv' },
  ])('given $given, gives $expect', ({ given, expect: expected }) => {
    expect(fileUri(given)).toBe(expected);
  });
});
