// Remembers every key seen (a name and a period: a county-year, a code-month) and decides "seen
// before" exactly. A name is kept once, however many periods it comes with, as UTF-16 units in one
// growing typed array; a fingerprint of the name only finds the candidates, whose units are then
// compared. A key's slot holds the name's number, the period and the line it was first seen at:
// 12 bytes a key, and about 2 bytes a character of each distinct name, in typed arrays, so that
// names written to collide cannot make one county another's duplicate. A county code (digits) is
// its own number and is not stored at all.

const EMPTY = 0;
const FIRST_CAPACITY = 1024;
/** Linear probing stays short below this load; growing by half keeps the table at most ~1.9× the keys. */
const MAX_LOAD = 0.8;

export interface FirstSeen {
  file: number;
  line: number;
}

/** A 32-bit fingerprint of a name: it finds candidates, never decides. Replaceable in tests. */
export type NameHash = (name: string) => number;

/** FNV-1a over the UTF-16 units, with a final mix so that close names spread over the table. */
export const fnv1a: NameHash = (name) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
};

/**
 * Distinct names, each numbered in the order first seen. A slot holds the name's fingerprint and
 * its number + 1 (0: empty); the units themselves decide whether a candidate is the name.
 */
export class NameTable {
  private size = 0;
  private capacity = FIRST_CAPACITY;
  private slots = new Uint32Array(FIRST_CAPACITY * 2);
  /** Name n's units are units[starts[n]] up to units[starts[n + 1]]. */
  private starts = new Uint32Array(FIRST_CAPACITY + 1);
  private units = new Uint16Array(FIRST_CAPACITY * 4);
  private used = 0;
  /**
   * The last two names looked up and their numbers: a county's rows often come together, and a
   * row looks up its name and its code in turn.
   */
  private readonly recent: [string, number, string, number] = ['', -1, '', -1];
  private turn = 0;

  constructor(private readonly hash: NameHash = fnv1a) {}

  /** The name's number, given it the first time it is seen. */
  id(name: string): number {
    const recent = this.recent;
    if (recent[1] >= 0 && recent[0] === name) return recent[1];
    if (recent[3] >= 0 && recent[2] === name) return recent[3];
    const id = DIGITS.test(name) ? digitsId(name) : this.lookup(name);
    if ((this.turn ^= 1) === 1) {
      recent[0] = name;
      recent[1] = id;
    } else {
      recent[2] = name;
      recent[3] = id;
    }
    return id;
  }

  private lookup(name: string): number {
    const h = this.hash(name) >>> 0;
    const { slots, capacity } = this;
    let slot = h % capacity;
    for (; ; slot = slot + 1 === capacity ? 0 : slot + 1) {
      const taken = slots[slot * 2 + 1]!;
      if (taken === EMPTY) break;
      if (slots[slot * 2] === h && this.is(taken - 1, name)) return taken - 1;
    }
    const id = this.size;
    this.store(name);
    slots[slot * 2] = h;
    slots[slot * 2 + 1] = id + 1;
    if (++this.size > capacity * MAX_LOAD) this.rehash(Math.ceil(capacity * 1.5));
    return id;
  }

  /** Whether name `id` is `name`, unit by unit. */
  private is(id: number, name: string): boolean {
    const start = this.starts[id]!;
    if (this.starts[id + 1]! - start !== name.length) return false;
    const { units } = this;
    for (let i = 0; i < name.length; i++) if (units[start + i] !== name.charCodeAt(i)) return false;
    return true;
  }

  private store(name: string): void {
    const id = this.size;
    if (id + 2 > this.starts.length) {
      const starts = new Uint32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
    }
    if (this.used + name.length > this.units.length) {
      const units = new Uint16Array(Math.max(this.units.length * 2, this.used + name.length));
      units.set(this.units.subarray(0, this.used));
      this.units = units;
    }
    for (let i = 0; i < name.length; i++) this.units[this.used + i] = name.charCodeAt(i);
    this.used += name.length;
    this.starts[id + 1] = this.used;
  }

  private rehash(capacity: number): void {
    const old = this.slots;
    const oldCapacity = this.capacity;
    this.capacity = capacity;
    this.slots = new Uint32Array(capacity * 2);
    for (let from = 0; from < oldCapacity; from++) {
      const taken = old[from * 2 + 1]!;
      if (taken === EMPTY) continue;
      const h = old[from * 2]!;
      let slot = h % capacity;
      while (this.slots[slot * 2 + 1] !== EMPTY) slot = slot + 1 === capacity ? 0 : slot + 1;
      this.slots[slot * 2] = h;
      this.slots[slot * 2 + 1] = taken;
    }
  }
}

/** Up to 8 digits (a county code, 6): numbered by their value and length, never stored. */
const DIGITS = /^\d{1,8}$/;

/**
 * A number for a string of digits that no stored name has (those count up from 0, far below
 * 2^31): the top bit set, the length (leading zeros count: `012345` is not `12345`), the value.
 */
function digitsId(digits: string): number {
  return (0x80000000 | (digits.length << 27) | Number(digits)) >>> 0;
}

/** Words a slot takes in the table: the name's number + 1, the period and the first line, side by side. */
const STRIDE = 3;

export class KeyIndex {
  private size = 0;
  private capacity = FIRST_CAPACITY;
  // One array, a slot's words adjacent: a probe touches one cache line, not three.
  private slots = new Uint32Array(FIRST_CAPACITY * STRIDE);
  private files: Uint16Array | undefined;

  /** `names` may be shared by several indexes of one data set: each name is then kept once. */
  constructor(private readonly names: NameTable = new NameTable()) {}

  /**
   * Makes room for `keys` more keys at once. Growing step by step leaves each outgrown table to
   * the garbage collector, which frees typed arrays late: a table sized once keeps the peak low.
   */
  reserve(keys: number): void {
    const capacity = Math.ceil((this.size + keys) / MAX_LOAD) + 1;
    if (capacity > this.capacity) this.rehash(capacity);
  }

  /** Records the key; returns where it was first seen when it was seen before. */
  add(name: string, period: number, file: number, line: number): FirstSeen | undefined {
    const id = this.names.id(name) + 1;
    const p = period >>> 0;
    const { slots, capacity } = this;
    let slot = home(id, p, capacity);
    for (; ; slot = slot + 1 === capacity ? 0 : slot + 1) {
      const at = slot * STRIDE;
      if (slots[at] === EMPTY) break;
      if (slots[at] === id && slots[at + 1] === p) return { file: this.files?.[slot] ?? 0, line: slots[at + 2]! };
    }
    // The probe stopped at the empty slot the key belongs in: write it there.
    if (file > 0 && !this.files) this.files = new Uint16Array(capacity);
    const at = slot * STRIDE;
    slots[at] = id;
    slots[at + 1] = p;
    slots[at + 2] = line;
    if (this.files) this.files[slot] = file;
    if (++this.size > capacity * MAX_LOAD) this.rehash(Math.ceil(capacity * 1.5));
    return undefined;
  }

  /** Places a key during `rehash`; `add` writes into the slot its own probe found. */
  private insert(id: number, period: number, file: number, line: number): void {
    const { slots, capacity } = this;
    let slot = home(id, period, capacity);
    while (slots[slot * STRIDE] !== EMPTY) slot = slot + 1 === capacity ? 0 : slot + 1;
    slots[slot * STRIDE] = id;
    slots[slot * STRIDE + 1] = period;
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

/** A key's home slot: the name's number and the period, mixed so that consecutive numbers spread. */
function home(id: number, period: number, capacity: number): number {
  let h = Math.imul(id, 0x9e3779b1) ^ Math.imul(period, 0x85ebca6b);
  h ^= h >>> 16;
  return (Math.imul(h, 0x7feb352d) >>> 0) % capacity;
}
