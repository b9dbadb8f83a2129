// The setup of a check that every thread starts from: the rules, the fields, the checker's
// options and the round's index, built in one place (setupOf) and plain data, so that it is
// cloned to a worker as is.
import { Checker, type CheckOptions } from '../engine/checker.js';
import type { FieldSpec } from '../model/types.js';
import type { RuleSpec } from '../pack/schema.js';
import type { RosterCodes } from '../roster/by-code.js';
import { RoundMatch, type RoundIndex } from '../round/match.js';
import { joinedRows, type JoinedData } from './joins.js';
import type { Lang } from '../words/words.js';

export interface RunSetup {
  rules: readonly RuleSpec[];
  fields: readonly FieldSpec[];
  options: CheckOptions;
  /** With --counties: the listed counties by code, which name a row whatever its name is written as. */
  roster?: RosterCodes | undefined;
  /** The waivers and baseline every county verdict is matched with as it is made; absent without them. */
  round?: RoundIndex | undefined;
  /** The rows of the tables rules join (`join:`), read before the rest; absent when no rule joins one. */
  joined?: JoinedData | undefined;
  /** The language of the findings written as they go (a JSON report in place); zh unless given. */
  lang?: Lang | undefined;
}

export function setupOf(
  pack: { rules: readonly RuleSpec[]; fields: readonly FieldSpec[] },
  options: {
    asOf: string | undefined;
    today: string;
    roster?: RosterCodes | undefined;
    round?: RoundIndex | undefined;
    joined?: JoinedData | undefined;
    lang?: Lang | undefined;
  },
): RunSetup {
  return {
    rules: pack.rules,
    fields: pack.fields,
    options: { asOf: options.asOf, today: options.today },
    ...(options.roster ? { roster: options.roster } : {}),
    ...(options.round ? { round: options.round } : {}),
    ...(options.joined ? { joined: options.joined } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
  };
}

/** The checker of a setup, on whichever thread; `round` keeps the account of its matches, made here when not given. */
export function checkerOf(
  setup: RunSetup,
  round: RoundMatch | undefined = setup.round && new RoundMatch(setup.round),
): Checker {
  return new Checker(setup.rules, setup.fields, setup.options, round, joinedRows(setup.joined), setup.roster?.listed);
}
