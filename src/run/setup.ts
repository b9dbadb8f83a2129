// The setup of a check that every thread starts from: the rules, the fields and the checker's
// options, built in one place (setupOf) and plain data, so that it is cloned to a worker as is.
import { Checker, type CheckOptions } from '../engine/checker.js';
import type { FieldSpec } from '../model/types.js';
import type { RuleSpec } from '../pack/schema.js';
import type { RosterCodes } from '../roster/by-code.js';

export interface RunSetup {
  rules: readonly RuleSpec[];
  fields: readonly FieldSpec[];
  options: CheckOptions;
  /** With --counties: the listed counties by code, which name a row whatever its name is written as. */
  roster?: RosterCodes | undefined;
}

export function setupOf(pack: { rules: readonly RuleSpec[]; fields: readonly FieldSpec[] }, options: { asOf: string | undefined; today: string; roster?: RosterCodes | undefined }): RunSetup {
  return { rules: pack.rules, fields: pack.fields, options: { asOf: options.asOf, today: options.today }, ...(options.roster ? { roster: options.roster } : {}) };
}

/** The checker of a setup, on whichever thread. */
export function checkerOf(setup: RunSetup): Checker {
  return new Checker(setup.rules, setup.fields, setup.options);
}
