// The waivers' notices as messages, said where a report is written.
import { say, type Said } from '../words/message.js';
import type { Waiver } from './load.js';

const target = (w: Waiver): string =>
  `${w.county}${w.month !== undefined ? ` ${w.month}` : w.year === undefined ? '' : ` ${w.year}`} ${w.rule}`;

export const WAIVER_WORDS = {
  expired: (w: Waiver, asOf: string): Said => say('waivers.expired', w.expires, asOf, target(w)),
  unused: (w: Waiver): Said => say('waivers.unused', target(w)),
};
