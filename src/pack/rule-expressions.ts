// Checks what a rule says by expression and by period: its `when:` condition and an expression
// measure, parsed and typed against the pack's columns and the rule's thresholds; its values by
// period range, each bound a period of the rule's table.
import { boundPeriod } from '../model/period-value.js';
import { namesInText } from '../model/expr.js';
import type { Every } from '../model/tables.js';
import { fieldTypeOf } from '../fields/index.js';
import type { PathKey } from './locate.js';
import { expressionParser } from './expression-slot.js';
import type { ExprType } from './expression.js';
import type { ReferenceProblem, RuleTrees, WellFormed } from './references.js';
import { say } from '../words/message.js';

type Rule = NonNullable<WellFormed['rules'][number]>;
interface Range {
  from?: number | string | undefined;
  to?: number | string | undefined;
}

export function checkExpressions(
  rule: Rule,
  i: number,
  types: ReadonlyMap<string, string>,
  pack: WellFormed,
  trees: Map<number, RuleTrees>,
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const at = (...rest: PathKey[]): PathKey[] => ['rules', i, ...rest];
  const declared = pack.tables.filter((table) => table !== undefined);
  const table = declared.find((t) => t.id === rule.table) ?? declared[0];
  const every: Every = table?.period.every ?? 'year';
  const tableId = table?.id ?? 'county-year';
  // With `join:`, thresholds are by the joined table's periods (the index month), targets by the rule's own.
  const joined = rule.join && declared.find((t) => t.id === rule.join!.table);
  const thresholdEvery: Every = joined?.period.every ?? every;
  const thresholdTable = joined?.id ?? tableId;

  const ranges = (list: readonly Range[], path: PathKey[], rangeEvery = every, rangeTable = tableId): void => {
    list.forEach((range, r) => {
      const from = range.from === undefined ? undefined : boundPeriod(range.from, rangeEvery, false);
      const to = range.to === undefined ? undefined : boundPeriod(range.to, rangeEvery, true);
      for (const [key, bound, period] of [
        ['from', range.from, from],
        ['to', range.to, to],
      ] as const)
        if (bound !== undefined && period === undefined)
          problems.push({
            path: [...path, r, key],
            code: 'pack-schema',
            message: say('packPeriodMonthInYearly', String(bound), rangeTable),
          });
      if (from !== undefined && to !== undefined && from > to)
        problems.push({ path: [...path, r], code: 'pack-schema', message: say('packPeriodOrder') });
    });
  };
  if (!('column' in rule.target) && Array.isArray(rule.target.value)) ranges(rule.target.value, at('target', 'value'));
  const thresholds = rule.thresholds ?? {};
  for (const [name, value] of Object.entries(thresholds)) {
    if (types.has(name))
      problems.push({ path: at('thresholds', name), code: 'pack-schema', message: say('packThresholdName', name) });
    if (Array.isArray(value)) ranges(value, at('thresholds', name), thresholdEvery, thresholdTable);
  }

  const columnType = (name: string): ExprType | undefined => {
    const type = types.get(name);
    if (type === undefined) return undefined;
    return type === 'yesno' ? 'boolean' : 'number';
  };
  const notNumbers = (text: string, path: PathKey[], names: readonly string[]): void => {
    for (const name of names) {
      const type = types.get(name);
      if (type !== undefined && type !== 'yesno' && !fieldTypeOf(type).numeric) {
        const index = new RegExp(`(?<![\\w$])${name}(?![\\w$])`).exec(text)?.index ?? 0;
        problems.push({ path, index, code: 'pack-type-mismatch', message: say('packNotANumber', name, type) });
      }
    }
  };
  const parse = (
    text: string,
    path: PathKey[],
    expected: ExprType,
    typeOf: (name: string) => ExprType | undefined,
    names: string[],
  ) => {
    notNumbers(text, path, namesInText(text));
    const parsed = expressionParser()(text, expected, typeOf, names);
    for (const mistake of parsed.mistakes)
      problems.push({
        path,
        index: mistake.index,
        code: mistake.code,
        message: mistake.message,
      });
    return parsed.tree;
  };

  const found: RuleTrees = {};
  if (rule.when !== undefined) {
    const names = [...types.keys(), ...Object.keys(thresholds)];
    const typeOf = (name: string): ExprType | undefined =>
      thresholds[name] !== undefined ? 'number' : columnType(name);
    const tree = parse(rule.when, at('when'), 'boolean', typeOf, names);
    if (tree) found.when = tree;
  }
  if (rule.measure.kind === 'expression') {
    const text = (rule.measure as { expression: string }).expression;
    // Against `true` or `false`, the expression is a condition the row must meet (`paid == covered and covered > 0`).
    const condition = !('column' in rule.target) && typeof rule.target.value === 'boolean';
    const tree = parse(text, at('measure', 'expression'), condition ? 'boolean' : 'number', columnType, [
      ...types.keys(),
    ]);
    if (tree) found.measure = tree;
  }
  if (found.when !== undefined || found.measure !== undefined) trees.set(i, found);
  return problems;
}
