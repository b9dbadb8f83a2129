// The one escaping policy of every human format: each character that could act on a terminal or
// reorder the text is shown as \uXXXX, and nothing else changes.
import { describe, expect, it } from 'vitest';
import { visible } from '../../src/model/visible.js';

describe('visible', () => {
  it.each([
    { given: 'ESC of a colour sequence', text: '白水县\u001b[31m', expect: '白水县\\u001b[31m' },
    {
      given: 'OSC 8 link',
      text: '\u001b]8;;https://x.example\u0007点此\u001b]8;;\u0007',
      expect: '\\u001b]8;;https://x.example\\u0007点此\\u001b]8;;\\u0007',
    },
    { given: 'OSC 52 clipboard write', text: '\u001b]52;c;cm0gLXJm\u0007', expect: '\\u001b]52;c;cm0gLXJm\\u0007' },
    { given: 'BEL', text: 'a\u0007', expect: 'a\\u0007' },
    { given: 'NUL and backspace', text: '\u0000\u0008', expect: '\\u0000\\u0008' },
    { given: 'CR that would overwrite the line', text: '达标\r未达标', expect: '达标\\u000d未达标' },
    { given: 'LF and tab, not kept', text: 'a\nb\tc', expect: 'a\\u000ab\\u0009c' },
    { given: 'DEL', text: 'x\u007f', expect: 'x\\u007f' },
    { given: 'C1 CSI (U+009B)', text: '\u009b2J', expect: '\\u009b2J' },
    { given: 'C1 NEL (U+0085)', text: 'a\u0085b', expect: 'a\\u0085b' },
    { given: 'the last C1 (U+009F)', text: '\u009f', expect: '\\u009f' },
    { given: 'RIGHT-TO-LEFT OVERRIDE', text: '县\u202e2202', expect: '县\\u202e2202' },
    {
      given: 'every bidi embedding and isolate',
      text: '\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069',
      expect: '\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069',
    },
    { given: 'bidi marks', text: '\u200e\u200f\u061c', expect: '\\u200e\\u200f\\u061c' },
    { given: 'line and paragraph separators', text: 'a\u2028b\u2029', expect: 'a\\u2028b\\u2029' },
    {
      given: 'Chinese, full-width digits and symbols',
      text: '石桥县 ４０％ (6/16) ≥ 40% ✓',
      expect: '石桥县 ４０％ (6/16) ≥ 40% ✓',
    },
    { given: 'a zero-width space, which moves nothing', text: '@\u200bteam', expect: '@\u200bteam' },
    { given: 'a backslash as typed', text: 'C:\\u001b', expect: 'C:\\u001b' },
  ])('given $given, shows $expect', ({ text, expect: shown }) => {
    expect(visible(text)).toBe(shown);
  });

  it('given the layout characters a format asks to keep, keeps those and shows the rest', () => {
    expect(visible('a\nb\tc\rd\u001b', '\n\t')).toBe('a\nb\tc\\u000dd\\u001b');
    expect(visible('a\r\nb', '\r\n')).toBe('a\r\nb');
  });

  it('given text twice in a row, answers the same (no state kept between calls)', () => {
    expect(visible('\u001b')).toBe('\\u001b');
    expect(visible('\u001b')).toBe('\\u001b');
  });
});
