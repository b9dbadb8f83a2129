// English: statuses and places (reports).
import type { statuses as zh } from '../zh/statuses.js';

export const statuses = {
  status: {
    pass: 'met',
    fail: 'missed',
    pending: 'not yet due',
    not_applicable: 'does not apply',
    missing: 'no data',
    invalid: 'invalid data',
    waived: 'waived',
  },
  noCounty: '(no county name)',
  yes: 'yes',
  no: 'no',
} satisfies typeof zh;
