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

/** Words a slot takes in the table: the fingerprint's two halves and the first line, side by side. */
const STRIDE = 3;

export class KeyIndex {
  private size = 0;
  private capacity = FIRST_CAPACITY;
  // One array, a slot's words adjacent: a probe touches one cache line, not three.
  private slots = new Uint32Array(FIRST_CAPACITY * STRIDE);
  private files: Uint16Array | undefined;

  /**
   * Makes room for `keys` more keys at once. Growing step by step leaves each outgrown table to
   * the garbage collector, which frees typed arrays late: a table sized once keeps the peak low.
   */
  reserve(keys: number): void {
    const capacity = Math.ceil((this.size + keys) / MAX_LOAD) + 1;
    if (capacity > this.capacity) this.rehash(capacity);
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
    h1 = h1 >>> 0 || 1; // 0 marks an empty slot
    h2 >>>= 0;
    const { slots, capacity } = this;
    let slot = home(h1, h2, capacity);
    for (; ; slot = slot + 1 === capacity ? 0 : slot + 1) {
      const at = slot * STRIDE;
      if (slots[at] === EMPTY) break;
      if (slots[at] === h1 && slots[at + 1] === h2) return { file: this.files?.[slot] ?? 0, line: slots[at + 2]! };
    }
    // The probe stopped at the empty slot the key belongs in: write it there.
    if (file > 0 && !this.files) this.files = new Uint16Array(capacity);
    const at = slot * STRIDE;
    slots[at] = h1;
    slots[at + 1] = h2;
    slots[at + 2] = line;
    if (this.files) this.files[slot] = file;
    if (++this.size > capacity * MAX_LOAD) this.rehash(Math.ceil(capacity * 1.5));
    return undefined;
  }

  /** Places a key during `rehash`; `add` writes into the slot its own probe found. */
  private insert(h1: number, h2: number, file: number, line: number): void {
    const { slots, capacity } = this;
    let slot = home(h1, h2, capacity);
    while (slots[slot * STRIDE] !== EMPTY) slot = slot + 1 === capacity ? 0 : slot + 1;
    slots[slot * STRIDE] = h1;
    slots[slot * STRIDE + 1] = h2;
    slots[slot * STRIDE + 2] = line;
    if (this.files) this.files[slot] = file;
  }

  private rehash(capacity: number): void {
    const { slots, files } = this;
    const old = this.capacity;
    this.capacity = capacity;
    this.slots = new Uint32Array(capacity * STRIDE);
    this.files = files ? new Uint16Array(capacity) : undefined;
    for (let slot = 0; slot < old; slot++) {
      const at = slot * STRIDE;
      if (slots[at] !== EMPTY) this.insert(slots[at]!, slots[at + 1]!, files?.[slot] ?? 0, slots[at + 2]!);
    }
  }
}

function home(h1: number, h2: number, capacity: number): number {
  return ((h1 ^ Math.imul(h2, 0x9e3779b1)) >>> 0) % capacity;
}
