// Remembers every county-year seen, in constant space per key: a 64-bit fingerprint and the line
// it was first seen at, in typed arrays, never the names themselves, so memory does not grow with
// what the rows hold. Two different county-years share a fingerprint with odds of about n²/2^65
// (under 1 in 10^7 at a million rows).

const EMPTY = 0;

export interface FirstSeen {
  file: number;
  line: number;
}

export class KeyIndex {
  private size = 0;
  private high = new Uint32Array(1 << 10);
  private low = new Uint32Array(1 << 10);
  private lines = new Uint32Array(1 << 10);
  private files: Uint16Array | undefined;

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
    const mask = this.high.length - 1;
    for (let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
      if (this.high[slot] === EMPTY) break;
      if (this.high[slot] === h1 && this.low[slot] === h2) return { file: this.files?.[slot] ?? 0, line: this.lines[slot]! };
    }
    if (file > 0 && !this.files) this.files = new Uint16Array(this.high.length);
    this.insert(h1, h2, file, line);
    if (++this.size * 4 > this.high.length * 3) this.grow();
    return undefined;
  }

  private insert(h1: number, h2: number, file: number, line: number): void {
    const mask = this.high.length - 1;
    let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    while (this.high[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.high[slot] = h1;
    this.low[slot] = h2;
    this.lines[slot] = line;
    if (this.files) this.files[slot] = file;
  }

  private grow(): void {
    const { high, low, lines, files } = this;
    this.high = new Uint32Array(high.length * 2);
    this.low = new Uint32Array(high.length * 2);
    this.lines = new Uint32Array(high.length * 2);
    this.files = files ? new Uint16Array(high.length * 2) : undefined;
    for (let slot = 0; slot < high.length; slot++) {
      if (high[slot] !== EMPTY) this.insert(high[slot]!, low[slot]!, files?.[slot] ?? 0, lines[slot]!);
    }
  }
}
