// A rule's `when:`: a condition on the row, read from its cells and the rule's thresholds for the
// row's period. Where it does not hold the rule is not_applicable, and the message says why: the
// condition as written and the values it read.
import { namesIn } from '../model/expr.js';
import { numText, simplify, type Num } from '../model/num.js';
import { byPeriod, periodText, type ByPeriod } from '../model/period-value.js';
import { periodOf, type Every } from '../model/tables.js';
import type { FieldSpec, Row } from '../model/types.js';
import type { RuleSpec } from '../pack/schema.js';
import { compileNames, holds, type Value } from './expression.js';
import { parseTarget } from './target.js';
import { joined, listOf, say, type Text } from '../words/message.js';
import { sayExpression } from '../measures/expression.js';

export interface Condition {
  /** The cells it reads, as field indices: a blank one makes the rule missing, as any cell a rule reads. */
  columns: number[];
  /** Whether a threshold it reads changes with the period. */
  byPeriod: boolean;
  /** Why the rule does not apply to the row (its cells read and usable), or undefined when the condition holds. */
  whyNot(row: Row): Text | undefined;
  /** The condition as written and the values it read for the row (its cells read and usable): `cpi_yoy = 3.6%, cpi_threshold = 3.5%`. */
  held(row: Row): Text;
}

export function compileCondition(
  spec: RuleSpec,
  fields: readonly FieldSpec[],
  index: ReadonlyMap<string, number>,
  every: Every,
  /** The period its thresholds are read at: the row's, or with `join:` the joined row's (in `every`'s periods). */
  periodAt: (row: Row) => number | null = periodOf,
): Condition | undefined {
  const tree = spec.whenTree;
  if (spec.when === undefined) return undefined;
  if (tree === undefined) throw new Error(`rule ${spec.id}: its condition was not parsed when its pack was read`);
  const text = spec.when;
  const thresholds = new Map<string, { values: ByPeriod<Num>; written: ByPeriod<string> }>(
    Object.entries(spec.thresholds ?? {}).map(([name, value]) => [
      name,
      {
        values: byPeriod(value, every, (v) => simplify(parseTarget(v))),
        written: byPeriod(value, every, (v) => String(v)),
      },
    ]),
  );
  const names = namesIn(tree);
  const columns = names.flatMap((name) => (thresholds.has(name) ? [] : [{ name, column: index.get(name)! }]));
  const read = compileNames(
    columns.map(({ name, column }) => ({ name, column, percent: fields[column]!.type === 'percent' })),
  );
  // The condition as a verdict says it, in the report's language (said late, as every message is):
  // each column by its label, each threshold by the value the pack gives it for the row's period,
  // comparisons as signs and and/or/not as words: `居民消费价格同比涨幅 ≥ 3.5% 或 食品价格同比涨幅 ≥ 6%`.
  // A threshold with no value for the period (or a row with none) keeps its name. One per period.
  const columnOf = new Map(columns.map(({ name, column }) => [name, column]));
  const sayings = new Map<number | null, Text>();
  function written(period: number | null): Text {
    let said = sayings.get(period);
    if (said === undefined) {
      said = sayExpression(text, (name) => {
        const column = columnOf.get(name);
        if (column !== undefined) return fieldLabel(fields[column]!);
        const value = period === null ? undefined : thresholds.get(name)?.written.at(period);
        return value ?? name;
      });
      sayings.set(period, said);
    }
    return said;
  }

  /** How the condition's columns read for this row: `居民消费价格同比涨幅 = 2.8%` (its thresholds are in the condition). */
  function values(row: Row, period: number | null): Text {
    return listOf(
      names.flatMap((name): Text[] => {
        const threshold = thresholds.get(name);
        if (threshold) {
          // Shown in the condition when known; else named here, unknown.
          const known = period !== null && threshold.written.at(period) !== undefined;
          return known ? [] : [`${name} = ?`];
        }
        const column = index.get(name)!;
        const cell = row.cells[column] as Value;
        const label = fieldLabel(fields[column]!);
        if (typeof cell === 'boolean') return [joined(label, ' = ', say(cell ? 'yes' : 'no'))];
        return [joined(label, ` = ${numText(cell)}${fields[column]!.type === 'percent' ? '%' : ''}`)];
      }),
    );
  }

  return {
    columns: columns.map((column) => column.column),
    byPeriod: [...thresholds.values()].some((threshold) => threshold.values.constant === undefined),
    held(row) {
      const period = periodAt(row);
      return say('whenHeld', written(period), values(row, period), period === null ? '?' : periodText(period, every));
    },
    whyNot(row) {
      const period = periodAt(row);
      const cells = read(row.cells);
      const lookup = (name: string): Value | undefined => {
        const threshold = thresholds.get(name);
        if (!threshold) return cells(name);
        return period === null ? undefined : threshold.values.at(period);
      };
      for (const name of thresholds.keys())
        if (names.includes(name) && lookup(name) === undefined)
          return say('noThreshold', period === null ? '?' : periodText(period, every));
      const truth = holds(tree, lookup);
      if (truth === true) return undefined;
      if (truth === undefined) return say('whenNotComputable', written(period));
      return say('whenNotHeld', written(period), values(row, period));
    },
  };
}

/** A column as a verdict's words name it: its label, or under en its `label_en` where the pack gives one. */
export function fieldLabel(field: Pick<FieldSpec, 'label' | 'label_en'>): Text {
  return say('fieldLabel', field.label, field.label_en ?? field.label);
}
