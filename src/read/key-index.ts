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

/** Words a slot takes: the name's number + 1, the period and the first line, side by side; a valued index adds a fourth, its value. */
const STRIDE = 3;
const VALUED_STRIDE = 4;

export class KeyIndex {
  private size = 0;
  private capacity = FIRST_CAPACITY;
  private readonly stride: number;
  // One array, a slot's words adjacent: a probe touches one cache line, not three.
  private slots: Uint32Array;
  private files: Uint16Array | undefined;
  /** Of a valued index: 1 where the slot's value has been given. */
  private valued: Uint8Array | undefined;
  /** The slot of the key `add` was last given. */
  private last = -1;

  /**
   * `names` may be shared by several indexes of one data set: each name is then kept once.
   * `valued`: each key may also keep one value, the first it is given (`firstValue`): one table
   * where two indexes of the same keys would each keep the keys.
   */
  constructor(
    private readonly names: NameTable = new NameTable(),
    valued = false,
  ) {
    this.stride = valued ? VALUED_STRIDE : STRIDE;
    this.slots = new Uint32Array(FIRST_CAPACITY * this.stride);
    if (valued) this.valued = new Uint8Array(FIRST_CAPACITY);
  }

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
    // Grown before the probe, so that the slot the probe ends at stays the key's.
    if (this.size + 1 > this.capacity * MAX_LOAD) this.rehash(Math.ceil(this.capacity * 1.5));
    const { slots, capacity, stride } = this;
    let slot = home(id, p, capacity);
    for (; ; slot = slot + 1 === capacity ? 0 : slot + 1) {
      const at = slot * stride;
      if (slots[at] === EMPTY) break;
      if (slots[at] === id && slots[at + 1] === p) {
        this.last = slot;
        return { file: this.files?.[slot] ?? 0, line: slots[at + 2]! };
      }
    }
    // The probe stopped at the empty slot the key belongs in: write it there.
    if (file > 0 && !this.files) this.files = new Uint16Array(capacity);
    const at = slot * stride;
    slots[at] = id;
    slots[at + 1] = p;
    slots[at + 2] = line;
    if (this.files) this.files[slot] = file;
    this.size++;
    this.last = slot;
    return undefined;
  }

  /**
   * Of a valued index, for the key last added: the value it was first given, or undefined when
   * this is the first (which it then keeps). Values are kept as 32-bit unsigned integers.
   */
  firstValue(value: number): number | undefined {
    const { valued, last } = this;
    if (!valued || last < 0) throw new Error('firstValue: no key added to a valued index');
    const at = last * VALUED_STRIDE + 3;
    if (valued[last] === 1) return this.slots[at]!;
    valued[last] = 1;
    this.slots[at] = value;
    return undefined;
  }

  private rehash(capacity: number): void {
    const { slots, files, valued, stride } = this;
    const old = this.capacity;
    this.capacity = capacity;
    this.slots = new Uint32Array(capacity * stride);
    this.files = files ? new Uint16Array(capacity) : undefined;
    this.valued = valued ? new Uint8Array(capacity) : undefined;
    this.last = -1;
    for (let from = 0; from < old; from++) {
      const at = from * stride;
      if (slots[at] === EMPTY) continue;
      let slot = home(slots[at]!, slots[at + 1]!, capacity);
      while (this.slots[slot * stride] !== EMPTY) slot = slot + 1 === capacity ? 0 : slot + 1;
      for (let word = 0; word < stride; word++) this.slots[slot * stride + word] = slots[at + word]!;
      if (this.files) this.files[slot] = files![from]!;
      if (this.valued) this.valued[slot] = valued![from]!;
    }
  }
}

/** A key's home slot: the name's number and the period, mixed so that consecutive numbers spread. */
function home(id: number, period: number, capacity: number): number {
  let h = Math.imul(id, 0x9e3779b1) ^ Math.imul(period, 0x85ebca6b);
  h ^= h >>> 16;
  return (Math.imul(h, 0x7feb352d) >>> 0) % capacity;
}
