// English: what leads the human reports in a yearly round (report/round.ts).
import type { round as zh } from '../zh/round.js';

export const round = {
  notSubmitted: 'Not submitted',
  fresh: 'New misses (against the baseline)',
  fixed: 'Fixed (against the baseline)',
} satisfies typeof zh;
