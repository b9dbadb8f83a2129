// The screen the pseudo-terminal tests read (test/helpers/pty.ts): what a terminal shows after a
// stream of text and control sequences, so that a line left half-drawn shows as it would.
import { describe, expect, it } from 'vitest';
import { columns, screen } from '../helpers/pty.js';

describe('the screen a terminal shows', () => {
  it('redraws a line over itself with a carriage return and erase in line', () => {
    expect(screen('\r\u001b[Kreading 10%\r\u001b[Kreading 50%', 40)).toEqual(['reading 50%']);
    expect(screen('\r\u001b[Kreading 10%\r\u001b[K', 40)).toEqual(['']);
    // A carriage return alone leaves the end of a longer line.
    expect(screen('reading 100%\rdone', 40)).toEqual(['doneing 100%']);
  });

  it('wraps at the margin, so that erasing a wrapped line leaves its first part', () => {
    expect(screen('abcdefgh', 5)).toEqual(['abcde', 'fgh']);
    expect(screen('abcdefgh\r\u001b[K', 5)).toEqual(['abcde', '']);
    // A character in the last column waits there: a carriage return then stays on the line.
    expect(screen('abcde\r\u001b[K', 5)).toEqual(['']);
  });

  it('counts a wide character as two columns and moves it whole to the next line', () => {
    expect(screen('读取读取', 5)).toEqual(['读取', '读取']);
    expect(columns('读取 · 50%')).toBe(10);
  });

  it('drops colours, keeps lines, and refuses a sequence it does not know', () => {
    expect(screen('\u001b[31mred\u001b[39m\r\nnext', 10)).toEqual(['red', 'next']);
    expect(() => screen('\u001b[2J', 10)).toThrow(/does not know/);
    expect(() => screen('\u001b]0;title\u0007', 10)).toThrow(/does not know/);
  });
});
