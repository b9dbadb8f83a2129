// How much a report for people shows: about what a person reads through, whatever the input.
// What is left out is counted and said; the machine formats (json, csv, sarif, junit) hold all.

/** County-year rows of the scoreboard: every county of a prefecture over several years. */
export const SCOREBOARD_ROWS = 300;
/** Lines of misses under the scoreboard's rows, all rows together. */
export const MISS_LINES = 300;
/** Data problems listed one by one. */
export const PROBLEM_LINES = 200;
/** Characters of one text from the data or the pack in a cell: a county name, a message, a file name. */
export const CELL_CHARACTERS = 200;

/** Text cut to `max` characters (whole code points), an ellipsis showing where. */
export function clip(text: string, max = CELL_CHARACTERS): string {
  if (text.length <= max) return text;
  let end = max;
  // Not between the two halves of a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
