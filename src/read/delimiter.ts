// Excel saves with its locale's list separator: the header line tells which one a file uses.
const CANDIDATES = [',', '\t', ';', '|'];

/** The separator that occurs most often in the first line; a comma when none does. */
export function sniffDelimiter(head: string): string {
  const firstLine = head.split(/\r\n|\n|\r/, 1)[0] ?? '';
  let best = ',';
  let most = 0;
  for (const candidate of CANDIDATES) {
    const count = firstLine.split(candidate).length - 1;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}
