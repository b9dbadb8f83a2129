// Applies waivers to a check's verdicts: an unexpired waiver turns a county miss into `waived`.
import type { Problem, Status, Verdict } from '../model/types.js';
import type { Waiver } from './load.js';
import { WAIVER_WORDS } from './words.js';

/** What a waiver may waive: a county verdict that is not met, not judged, or not yet due. */
const WAIVABLE: ReadonlySet<Status> = new Set(['fail', 'missing', 'invalid', 'pending']);

export interface Waived {
  findings: Verdict[];
  /** waiver-expired and waiver-unused notices, one per waiver, in file order. */
  problems: Problem[];
}

/** Pure: the verdicts with waivers applied at `asOf` (YYYY-MM-DD; a waiver holds through its expiry day). */
export function applyWaivers(findings: readonly Verdict[], waivers: readonly Waiver[], asOf: string): Waived {
  const byTarget = new Map<string, Waiver[]>();
  for (const waiver of waivers) {
    const key = `${waiver.county}\u0000${waiver.rule}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), waiver]);
  }
  const used = new Set<Waiver>();
  const out = findings.map((verdict) => {
    if (verdict.scope !== 'county' || !WAIVABLE.has(verdict.status) || verdict.county === null) return verdict;
    const candidates = byTarget.get(`${verdict.county}\u0000${verdict.rule}`) ?? [];
    const waiver = candidates.find((w) => (w.year === undefined || w.year === verdict.year) && (w.month === undefined || w.month === verdict.period) && w.expires >= asOf);
    if (waiver === undefined) return verdict;
    used.add(waiver);
    const { reason, approved_by, expires, file, line } = waiver;
    return { ...verdict, status: 'waived' as const, waiver: { reason, approved_by, expires, file, line, status: verdict.status } };
  });
  const problems: Problem[] = [];
  for (const waiver of waivers) {
    const where = { file: waiver.file, line: waiver.line, column: 'rule' };
    if (waiver.expires < asOf) problems.push({ ...where, code: 'waiver-expired', level: 'notice', message: WAIVER_WORDS.expired(waiver, asOf) });
    else if (!used.has(waiver)) problems.push({ ...where, code: 'waiver-unused', level: 'notice', message: WAIVER_WORDS.unused(waiver) });
  }
  return { findings: out, problems };
}
