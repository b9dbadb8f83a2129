// The one escaping policy for text meant for a person or a terminal (table, summary, markdown,
// github, the html bulletin and the text of its SVG charts, stderr, any later human format, and the names from inside a workbook that the readers
// quote in their refusals): text from the data, the pack or a file name is
// shown with every character that could act instead of being read replaced by its code, `\uXXXX`:
// C0 controls (ESC, BEL, CR, ...), DEL, C1 controls (U+0080–U+009F, with CSI U+009B and NEL U+0085),
// so no escape sequence (colours, OSC 8 links, OSC 52 clipboard writes) ever reaches a terminal raw;
// and the bidi controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) and line/paragraph
// separators (U+2028/9), so text cannot be made to read in another order than it is stored.
// A backslash is left as it is: `\u001b` in the output may have been typed so, never an ESC.

// eslint-disable-next-line no-control-regex
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` made inert for a person's screen. `keep` names the layout characters (`\n`, `\t`, `\r`)
 * a format needs and handles itself, such as a line break between table lines or the CR and LF
 * GitHub's commands encode.
 */
export function visible(text: string, keep = ''): string {
  ACTIVE.lastIndex = 0;
  if (!ACTIVE.test(text)) return text;
  return text.replace(ACTIVE, (char) =>
    keep.includes(char) ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
