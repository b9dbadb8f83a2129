// The shared-string table (xl/sharedStrings.xml): text that repeats down a column (a rule, a
// verdict, a county) is written once and named by its number in each cell. Bounded: past a number
// of strings or characters, new text is written in its cell (an inline string) instead, so a
// column of unique messages cannot grow the table, and the memory, with the rows.
import { escapeXml, needsPreserve, XML_HEAD } from './xml.js';

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private chars = 0;
  /** How many cells name a shared string: Excel's `count`. */
  private uses = 0;

  constructor(
    private readonly maxStrings = 100_000,
    private readonly maxChars = 4_000_000,
  ) {}

  /**
   * The number of `text` in the table, added if there is room; undefined when it is full. `known`:
   * its number, which the caller has been given before.
   */
  idOf(text: string, known?: number): number | undefined {
    let id = known ?? this.index.get(text);
    if (id === undefined) {
      if (this.list.length >= this.maxStrings || this.chars + text.length > this.maxChars) return undefined;
      id = this.list.length;
      this.list.push(text);
      this.index.set(text, id);
      this.chars += text.length;
    }
    this.uses++;
    return id;
  }

  get size(): number {
    return this.list.length;
  }

  /** The table's XML, in pieces of some 64 KiB. */
  *xml(): Generator<string> {
    let text = `${XML_HEAD}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.list.length}">`;
    for (const item of this.list) {
      text += needsPreserve(item)
        ? `<si><t xml:space="preserve">${escapeXml(item)}</t></si>`
        : `<si><t>${escapeXml(item)}</t></si>`;
      if (text.length >= 65536) {
        yield text;
        text = '';
      }
    }
    yield `${text}</sst>`;
  }
}
