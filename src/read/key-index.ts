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
   * Of each stored name, the first code it came with (`CountyKeys`): the code's number + 1 (0:
   * none yet), and its value. A name that is digits has none kept.
   */
  private codes = new Uint32Array(FIRST_CAPACITY);
  private values = new Uint32Array(FIRST_CAPACITY);
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

  /** The number of the first code name `id` was given (`setCode`), or -1: none, or the name is digits. */
  code(id: number): number {
    return id >= this.codes.length ? -1 : this.codes[id]! - 1;
  }

  /** The value of that code (`Number(code) >>> 0`). */
  codeValue(id: number): number {
    return this.values[id]!;
  }

  /** Gives name `id` its first code, unless it has one or is digits. */
  setCode(id: number, code: number, value: number): void {
    if (id >= this.size) return;
    if (id >= this.codes.length) {
      const length = Math.max(this.codes.length * 2, id + 1);
      this.codes = grown(this.codes, length);
      this.values = grown(this.values, length);
    }
    if (this.codes[id] !== EMPTY) return;
    this.codes[id] = code + 1;
    this.values[id] = value;
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

function grown(array: Uint32Array, length: number): Uint32Array<ArrayBuffer> {
  const larger = new Uint32Array(length);
  larger.set(array);
  return larger;
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

/** Words a slot takes: the name's number + 1, the period and the first line, side by side. */
const STRIDE = 3;

export class KeyIndex {
  private size = 0;
  private capacity = FIRST_CAPACITY;
  // One array, a slot's words adjacent: a probe touches one cache line, not three.
  private slots = new Uint32Array(FIRST_CAPACITY * STRIDE);
  private files: Uint16Array | undefined;
  /** Of a marked index: a byte a slot for its owner's use (`CountyKeys`), moved with the key. */
  private marks: Uint8Array | undefined;
  /** The slot of the key `add` was last given. */
  private last = -1;

  /** `names` may be shared by several indexes of one data set: each name is then kept once. */
  constructor(
    readonly names: NameTable = new NameTable(),
    marked = false,
  ) {
    if (marked) this.marks = new Uint8Array(FIRST_CAPACITY);
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
    return this.addId(this.names.id(name), period, file, line);
  }

  /** `add` by the name's number (`NameTable.id`). */
  addId(name: number, period: number, file: number, line: number): FirstSeen | undefined {
    const id = (name + 1) >>> 0;
    const p = period >>> 0;
    // Grown before the probe, so that the slot the probe ends at stays the key's.
    if (this.size + 1 > this.capacity * MAX_LOAD) this.rehash(Math.ceil(this.capacity * 1.5));
    const { slots, capacity } = this;
    let slot = home(id, p, capacity);
    for (; ; slot = slot + 1 === capacity ? 0 : slot + 1) {
      const at = slot * STRIDE;
      if (slots[at] === EMPTY) break;
      if (slots[at] === id && slots[at + 1] === p) {
        this.last = slot;
        return this.firstAt(slot);
      }
    }
    // The probe stopped at the empty slot the key belongs in: write it there.
    if (file > 0 && !this.files) this.files = new Uint16Array(capacity);
    const at = slot * STRIDE;
    slots[at] = id;
    slots[at + 1] = p;
    slots[at + 2] = line;
    if (this.files) this.files[slot] = file;
    this.size++;
    this.last = slot;
    return undefined;
  }

  /** The slot of a key already added, or -1: nothing is recorded. */
  find(name: number, period: number): number {
    const id = (name + 1) >>> 0;
    const p = period >>> 0;
    const { slots, capacity } = this;
    for (let slot = home(id, p, capacity); ; slot = slot + 1 === capacity ? 0 : slot + 1) {
      const at = slot * STRIDE;
      if (slots[at] === EMPTY) return -1;
      if (slots[at] === id && slots[at + 1] === p) return slot;
    }
  }

  /** Where the key in `slot` was first seen. */
  firstAt(slot: number): FirstSeen {
    return { file: this.files?.[slot] ?? 0, line: this.slots[slot * STRIDE + 2]! };
  }

  /** The slot of the key `add` was last given (-1 before any). */
  get lastSlot(): number {
    return this.last;
  }

  /** Of a marked index, the byte of the key in `slot`. */
  mark(slot: number): number {
    return this.marks![slot]!;
  }

  setMark(slot: number, mark: number): void {
    this.marks![slot] = mark;
  }

  private rehash(capacity: number): void {
    const { slots, files, marks } = this;
    const old = this.capacity;
    this.capacity = capacity;
    this.slots = new Uint32Array(capacity * STRIDE);
    this.files = files ? new Uint16Array(capacity) : undefined;
    this.marks = marks ? new Uint8Array(capacity) : undefined;
    this.last = -1;
    for (let from = 0; from < old; from++) {
      const at = from * STRIDE;
      if (slots[at] === EMPTY) continue;
      let slot = home(slots[at]!, slots[at + 1]!, capacity);
      while (this.slots[slot * STRIDE] !== EMPTY) slot = slot + 1 === capacity ? 0 : slot + 1;
      for (let word = 0; word < STRIDE; word++) this.slots[slot * STRIDE + word] = slots[at + word]!;
      if (this.files) this.files[slot] = files![from]!;
      if (this.marks) this.marks[slot] = marks![from]!;
    }
  }
}

/** A key's home slot: the name's number and the period, mixed so that consecutive numbers spread. */
function home(id: number, period: number, capacity: number): number {
  let h = Math.imul(id, 0x9e3779b1) ^ Math.imul(period, 0x85ebca6b);
  h ^= h >>> 16;
  return (Math.imul(h, 0x7feb352d) >>> 0) % capacity;
}

/**
 * Words kept by a name's number: open addressing, the number + 1 (0: empty) then `width` words.
 * Doubled when full, so that the outgrown tables left to the garbage collector add up to less
 * than the table.
 */
class IdMap {
  private size = 0;
  private capacity = FIRST_CAPACITY;
  private slots: Uint32Array;

  constructor(private readonly width: number) {
    this.slots = new Uint32Array(FIRST_CAPACITY * (width + 1));
  }

  /** Where the number's words begin, or -1 when it has none. */
  at(id: number): number {
    const key = (id + 1) >>> 0;
    const { slots, capacity } = this;
    const stride = this.width + 1;
    for (let slot = spread(key) % capacity; ; slot = slot + 1 === capacity ? 0 : slot + 1) {
      const at = slot * stride;
      if (slots[at] === EMPTY) return -1;
      if (slots[at] === key) return at + 1;
    }
  }

  word(at: number): number {
    return this.slots[at]!;
  }

  /** Gives a number that has none its words. */
  put(id: number, ...words: number[]): void {
    if (this.size + 1 > this.capacity * MAX_LOAD) this.rehash(this.capacity * 2);
    const key = (id + 1) >>> 0;
    const { slots, capacity } = this;
    const stride = this.width + 1;
    let slot = spread(key) % capacity;
    while (slots[slot * stride] !== EMPTY) slot = slot + 1 === capacity ? 0 : slot + 1;
    slots[slot * stride] = key;
    for (let w = 0; w < this.width; w++) slots[slot * stride + 1 + w] = words[w]!;
    this.size++;
  }

  private rehash(capacity: number): void {
    const old = this.slots;
    const oldCapacity = this.capacity;
    const stride = this.width + 1;
    this.capacity = capacity;
    this.slots = new Uint32Array(capacity * stride);
    for (let from = 0; from < oldCapacity; from++) {
      const key = old[from * stride]!;
      if (key === EMPTY) continue;
      let slot = spread(key) % capacity;
      while (this.slots[slot * stride] !== EMPTY) slot = slot + 1 === capacity ? 0 : slot + 1;
      for (let w = 0; w < stride; w++) this.slots[slot * stride + w] = old[from * stride + w]!;
    }
  }
}

function spread(key: number): number {
  const h = Math.imul(key ^ (key >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

/** A county-year's mark: a code has been given it (the first it came with is known). */
const CODE_GIVEN = 1;
/** The first code it came with is its county's own (the first code the county came with at all). */
const OWN_CODE = 2;
/** Its first row was the first of its code-year: where that code-year was first seen is its own. */
const CODE_YEAR_FIRST = 4;

/**
 * A table's county-years and, where the table has a code column, the codes they come with: for
 * each county-year where it was first seen and the code it first came with, and for each
 * code-year (a code and a period) where it was first seen, all decided exactly.
 *
 * Most counties come with one code, and most codes with one county, so the codes are kept
 * beside the county-years rather than in tables of their own: a county's own code (the first it
 * came with, kept by the name table beside the name) and a code's owner (the first county it
 * came with) are kept once each; a
 * county-year's byte says whether its first code was its county's own, and whether its first row
 * was also its code-year's first. A code-year whose first row was not the first of its owner's
 * county-year with the owner's own code, and a county-year whose first code was not its county's
 * own, are kept in tables of their own, which only such rows fill. Some 13 bytes a county-year
 * where the two tables of keys it replaced took 29.
 */
export class CountyKeys {
  /** (county, period) → first line, and its mark. */
  private readonly years: KeyIndex;
  /** (code, period) → first line, only where the county-years do not say it. */
  private readonly codeYears: KeyIndex;
  /** (county, period) → the first code's value, only where it was not the county's own code. */
  private readonly otherCodes: KeyIndex;
  /** A code's number → its owner's number. */
  private readonly owners = new IdMap(1);
  /** The county-year `add` was last given: its county, period, slot, and whether it was new. */
  private name = -1;
  private period = 0;
  private slot = -1;
  private fresh = false;
  /** The code `codeYear` was last given, by number. */
  private code = -1;

  constructor(private readonly names: NameTable = new NameTable()) {
    this.years = new KeyIndex(names, true);
    this.codeYears = new KeyIndex(names);
    this.otherCodes = new KeyIndex(names);
  }

  /** Makes room for `keys` more county-years at once (the code tables grow only with odd rows). */
  reserve(keys: number): void {
    this.years.reserve(keys);
  }

  /** Records the county-year; returns where it was first seen when it was seen before. */
  add(county: string, period: number, file: number, line: number): FirstSeen | undefined {
    this.name = this.names.id(county);
    this.period = period;
    const first = this.years.addId(this.name, period, file, line);
    this.slot = this.years.lastSlot;
    this.fresh = first === undefined;
    this.code = -1;
    return first;
  }

  /**
   * For the row `add` was last given, its code: records the code-year, and returns where it was
   * first seen when it was seen before (by this county or another).
   */
  codeYear(code: string, period: number, file: number, line: number): FirstSeen | undefined {
    if (this.slot < 0) throw new Error('codeYear: no county-year added');
    const id = (this.code = this.names.id(code));
    const name = this.name;
    const names = this.names;
    names.setCode(name, id, Number(code) >>> 0);
    const kept = this.codeYears.find(id, period);
    if (kept >= 0) return this.codeYears.firstAt(kept);
    const owned = this.owners.at(id);
    const owner = owned < 0 ? name : this.owners.word(owned);
    if (owned < 0) this.owners.put(id, name);
    else if (names.code(owner) === id) {
      const slot = this.years.find(owner, period);
      if (slot >= 0 && (this.years.mark(slot) & CODE_YEAR_FIRST) !== 0) return this.years.firstAt(slot);
    }
    // The code-year's first row. The county-year says it when the row is also the county-year's
    // first, and the code is the county's own and the county the code's owner.
    if (this.fresh && owner === name && names.code(name) === id)
      this.years.setMark(this.slot, this.years.mark(this.slot) | CODE_YEAR_FIRST);
    else this.codeYears.addId(id, period, file, line);
    return undefined;
  }

  /**
   * For the row `codeYear` was last given: the value (`Number(code) >>> 0`) of the first code its
   * county-year came with, or undefined when this is the first (which it then keeps).
   */
  firstCode(code: string): number | undefined {
    const { slot, name, period } = this;
    if (slot < 0 || this.code < 0) throw new Error('firstCode: no code given');
    const mark = this.years.mark(slot);
    if ((mark & CODE_GIVEN) !== 0) {
      if ((mark & OWN_CODE) !== 0) return this.names.codeValue(name);
      return this.otherCodes.firstAt(this.otherCodes.find(name, period)).line;
    }
    const isOwn = this.names.code(name) === this.code;
    this.years.setMark(slot, mark | CODE_GIVEN | (isOwn ? OWN_CODE : 0));
    if (!isOwn) this.otherCodes.addId(name, period, 0, Number(code) >>> 0);
    return undefined;
  }
}
