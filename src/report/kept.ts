// The first items of an order among many offered one at a time, kept in order, never more than a
// limit: the rows a report shows of a national file, the lowest bars of a chart.

/** The `limit` first items by `order`, kept in order as they are offered. */
export class Kept<T> {
  private readonly items: T[] = [];

  constructor(
    private readonly limit: number,
    private readonly order: (a: T, b: T) => number,
  ) {}

  /** Whether the item is kept, for now: a later item may still push it out. */
  offer(item: T): boolean {
    const items = this.items;
    if (this.limit <= 0) return false;
    if (items.length === this.limit && this.order(item, items[items.length - 1]!) >= 0) return false;
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.order(items[middle]!, item) <= 0) low = middle + 1;
      else high = middle;
    }
    items.splice(low, 0, item);
    if (items.length > this.limit) items.pop();
    return true;
  }

  /** The last item kept once `limit` are kept: an item that comes after it in the order is not kept. */
  get last(): T | undefined {
    return this.items.length === this.limit ? this.items[this.items.length - 1] : undefined;
  }

  inOrder(): T[] {
    return this.items;
  }
}
