// How values read in a verdict: 37.5%, 1009, 是. A yes or a no is a message, said in a report's language.
import type { Display } from '../measures/index.js';
import { relation, type Op } from './target.js';
import type { Table } from '../model/tables.js';
import type { Status } from '../model/types.js';
import type { RuleSpec } from '../pack/schema.js';
import { joined, say, type Parts, type Text } from '../words/message.js';

const YES = say('yes');
const NO = say('no');

export function showValue(value: number, display: Display, digits = 2): string {
  if (display === 'percent') return `${round(value * 100, digits)}%`;
  if (display === 'points') return `${round(value, digits)}%`;
  return round(value, digits);
}

function round(value: number, digits: number): string {
  const scale = 10 ** digits;
  return String(Math.round(value * scale) / scale);
}

/** "37.5% < 40%": with more digits where rounding would make a miss look like the target (99.996% ≠ 100%). */
export function showComparison(
  actual: number | boolean,
  goal: number | boolean,
  display: Display,
  op: Op,
  met: boolean,
  target?: string,
): Text {
  if (typeof actual === 'boolean' || typeof goal === 'boolean') return flagComparison(actual, goal, display, op, met);
  const goalText = target ?? showValue(goal, display);
  let shown = showValue(actual, display);
  for (let digits = 3; !met && shown === goalText && digits <= 12; digits++) shown = showValue(actual, display, digits);
  return `${shown} ${relation(op, met)} ${goalText}`;
}

/** The few comparisons of a yes/no ("是 = 是"), made once each, so that a verdict costs none of its own. */
const FLAG_COMPARISONS = new Map<string, Parts>();

function flagComparison(
  actual: number | boolean,
  goal: number | boolean,
  display: Display,
  op: Op,
  met: boolean,
): Parts {
  const said = `${String(actual)} ${relation(op, met)} ${String(goal)} ${display}`;
  let comparison = FLAG_COMPARISONS.get(said);
  if (comparison === undefined) {
    const word = (value: number | boolean): Text =>
      typeof value === 'boolean' ? (value ? YES : NO) : showValue(value, display);
    comparison = joined(word(actual), ` ${relation(op, met)} `, word(goal));
    FLAG_COMPARISONS.set(said, comparison);
  }
  return comparison;
}

/** What a miss says of its deadline: due on it, overdue since it, or due then but unknown (no date to judge at); nothing for a pass. */
export function dueNote(status: Status, due: string | undefined): Text {
  if (due === undefined || status === 'pass') return '';
  if (status === 'pending') return say('dueOn', due);
  return status === 'invalid' ? say('dueUnknown', due) : say('overdue', due);
}

/** "仅适用于 2021–2025 年": the years a rule applies to, said of a row outside them. */
export function onlyIn(years: { from: number; to: number }): Text {
  return say('onlyInYears', years.from, years.to);
}

/**
 * A rule's title as a message says it: in the report's language, where the pack gives it in both
 * (`title_en`), and not the run's: a result is said again in another language (the self-check page).
 */
export function ruleTitle(spec: Pick<RuleSpec, 'title' | 'title_en'>): Text {
  return spec.title_en === undefined ? spec.title : say('packWords', spec.title, spec.title_en);
}

/** A table as a message names it: by the title the pack gives it (as a rule's, `ruleTitle`), else by its id. */
export function tableTitle(table: Pick<Table, 'id' | 'title' | 'title_en'>): Text {
  if (table.title === undefined) return table.id;
  return table.title_en === undefined ? table.title : say('packWords', table.title, table.title_en);
}
