// Exact values as they go into a report: plain JSON numbers.
import { toNumber, type Exact } from '../model/exact.js';

export function toJson(value: Exact | boolean): number | boolean {
  return typeof value === 'boolean' ? value : toNumber(value);
}
