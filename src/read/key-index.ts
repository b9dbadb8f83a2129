// Remembers every county-year seen, in constant space per key: a 64-bit fingerprint and the line
// it was first seen at, in typed arrays, never the names themselves, so memory does not grow with
// what the rows hold. Two different county-years share a fingerprint with odds of about n²/2^65
// (under 1 in 10^7 at a million rows).

const EMPTY = 0;
const FIRST_CAPACITY = 1024;
/** Linear probing stays short below this load; growing by half keeps the table at most ~1.9× the keys. */
const MAX_LOAD = 0.8;

export interface FirstSeen {
  file: number;
  line: number;
}

export class KeyIndex {
  private size = 0;
  private high = new Uint32Array(FIRST_CAPACITY);
  private low = new Uint32Array(FIRST_CAPACITY);
  private lines = new Uint32Array(FIRST_CAPACITY);
  private files: Uint16Array | undefined;

  /**
   * Makes room for `keys` more keys at once. Growing step by step leaves each outgrown table to
   * the garbage collector, which frees typed arrays late: a table sized once keeps the peak low.
   */
  reserve(keys: number): void {
    const capacity = Math.ceil((this.size + keys) / MAX_LOAD) + 1;
    if (capacity > this.high.length) this.rehash(capacity);
  }

  /** Records the key; returns where it was first seen when it was seen before. */
  add(county: string, year: number, file: number, line: number): FirstSeen | undefined {
    let h1 = 0x811c9dc5 ^ year;
    let h2 = 0x9747b28c ^ Math.imul(year, 0x5bd1e995);
    for (let i = 0; i < county.length; i++) {
      const c = county.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 = (h1 >>> 0) || 1; // 0 marks an empty slot
    h2 >>>= 0;
    const capacity = this.high.length;
    for (let slot = home(h1, h2, capacity); ; slot = slot + 1 === capacity ? 0 : slot + 1) {
      if (this.high[slot] === EMPTY) break;
      if (this.high[slot] === h1 && this.low[slot] === h2) return { file: this.files?.[slot] ?? 0, line: this.lines[slot]! };
    }
    if (file > 0 && !this.files) this.files = new Uint16Array(this.high.length);
    this.insert(h1, h2, file, line);
    if (++this.size > this.high.length * MAX_LOAD) this.grow();
    return undefined;
  }

  private insert(h1: number, h2: number, file: number, line: number): void {
    const capacity = this.high.length;
    let slot = home(h1, h2, capacity);
    while (this.high[slot] !== EMPTY) slot = slot + 1 === capacity ? 0 : slot + 1;
    this.high[slot] = h1;
    this.low[slot] = h2;
    this.lines[slot] = line;
    if (this.files) this.files[slot] = file;
  }

  private grow(): void {
    this.rehash(Math.ceil(this.high.length * 1.5));
  }

  private rehash(capacity: number): void {
    const { high, low, lines, files } = this;
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.lines = new Uint32Array(capacity);
    this.files = files ? new Uint16Array(capacity) : undefined;
    for (let slot = 0; slot < high.length; slot++) {
      if (high[slot] !== EMPTY) this.insert(high[slot]!, low[slot]!, files?.[slot] ?? 0, lines[slot]!);
    }
  }
}

function home(h1: number, h2: number, capacity: number): number {
  return ((h1 ^ Math.imul(h2, 0x9e3779b1)) >>> 0) % capacity;
}
