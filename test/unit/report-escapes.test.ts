import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { escapeXml } from '../../src/report/junit.js';
import { fileUri } from '../../src/report/sarif.js';

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
