// The waivers' words for a person: the catalogue's, in the run's language.
import { words } from '../words/words.js';
import type { Waiver } from './load.js';

const target = (w: Waiver): string =>
  `${w.county}${w.month !== undefined ? ` ${w.month}` : w.year === undefined ? '' : ` ${w.year}`} ${w.rule}`;

export const WAIVER_WORDS = {
  expired: (w: Waiver, asOf: string) => words().waivers.expired(w.expires, asOf, target(w)),
  unused: (w: Waiver) => words().waivers.unused(target(w)),
};
