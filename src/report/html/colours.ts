// The colour of each verdict, shared by the matrix, the cards and the charts; a symbol goes with
// each so that a page printed in black and white still reads.
import type { Status } from '../../model/types.js';

export const STATUS_COLOUR: Record<Status, string> = {
  pass: '#2e7d32',
  fail: '#c62828',
  pending: '#b26a00',
  not_applicable: '#8a8a8a',
  missing: '#5d4037',
  invalid: '#6a1b9a',
  waived: '#1565c0',
};

export const STATUS_BACKGROUND: Record<Status, string> = {
  pass: '#e3f1e4',
  fail: '#fbe0e0',
  pending: '#fff1d0',
  not_applicable: '#f0f0f0',
  missing: '#efe6e2',
  invalid: '#efe2f5',
  waived: '#e3ecf8',
};
