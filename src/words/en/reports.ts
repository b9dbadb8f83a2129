// English: reports, merged.
import type { reports as zh } from '../zh/reports.js';

export const reports = {
  change: { new: 'new', persisting: 'persisting', fixed: 'fixed', same: 'same' },
  waiverNote: (reason: string, by: string, until: string) => `waived: ${reason} (approved by ${by}, until ${until})`,
  overdueNote: (date: string) => `overdue (due ${date})`,
  asOf: (date: string) => `as of ${date}`,
  asOfToday: (date: string) => `as of ${date} (the day of the run)`,
  asOfEachRow: (date: string) => `as of each row's report date (else ${date})`,
  pipeClosed: "the pipe's reader closed it",
} satisfies typeof zh;
