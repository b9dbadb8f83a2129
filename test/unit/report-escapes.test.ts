import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/report/junit.js';

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
