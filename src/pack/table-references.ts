// Checks a pack's tables: each declared once with a period column of its own and of the right
// type, and every `table:` of a field or rule naming one; a rule reads only its table's columns.
import type { PathKey } from './locate.js';
import type { ReferenceProblem, WellFormed } from './references.js';
import { closest } from './suggest.js';
import { say } from '../words/message.js';

const PERIOD_TYPE = { year: 'integer', month: 'year-month' } as const;

export function checkTables(
  pack: WellFormed,
  columnsOf: (rule: NonNullable<WellFormed['rules'][number]>) => { name: string; path: PathKey[] }[],
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const tables = pack.tables.filter((table) => table !== undefined);
  const ids = new Set<string>();
  /** Period column → the tables it is the period of: one keyed by county and one keyed by period alone may share it. */
  const periods = new Map<string, { id: string; keyless: boolean }[]>();
  const fields = new Map(pack.fields.flatMap((field) => (field ? [[field.name, field] as const] : [])));
  pack.tables.forEach((table, i) => {
    if (!table) return;
    if (ids.has(table.id))
      problems.push({
        path: ['tables', i, 'id'],
        code: 'pack-table-mismatch',
        message: say('packTableTwice', table.id),
      });
    ids.add(table.id);
    const column = table.period.column;
    const keyless = table.key === undefined;
    const sharing = periods.get(column) ?? [];
    // A file tells a keyed table from one keyed by period alone by its county column; two of a kind it cannot tell.
    if (sharing.some((other) => other.keyless === keyless))
      problems.push({
        path: ['tables', i, 'period', 'column'],
        code: 'pack-table-mismatch',
        message: say('packPeriodShared', column),
      });
    periods.set(column, [...sharing, { id: table.id, keyless }]);
    const field = fields.get(column);
    const type = PERIOD_TYPE[table.period.every];
    if (field && field.type !== type)
      problems.push({
        path: ['tables', i, 'period', 'column'],
        code: 'pack-table-mismatch',
        message: say('packPeriodType', column, table.period.every, field.type, type),
      });
  });
  const known = [...ids].join(', ');
  const named = (id: string | undefined, path: PathKey[]): boolean => {
    if (id === undefined || ids.has(id)) return true;
    problems.push({ path, code: 'pack-table-mismatch', message: say('packTableUnknown', id, known, closest(id, ids)) });
    return false;
  };
  pack.fields.forEach((field, i) => {
    if (!field || !named(field.table, ['fields', i, 'table'])) return;
    const owners = periods.get(field.name)?.map((t) => t.id);
    if (owners !== undefined && field.table !== undefined && !owners.includes(field.table)) {
      problems.push({
        path: ['fields', i, 'table'],
        code: 'pack-table-mismatch',
        message: say('packColumnNotInTable', field.name, field.table),
      });
    }
  });
  const first = tables[0]?.id;
  pack.rules.forEach((rule, i) => {
    if (!rule || !named(rule.table, ['rules', i, 'table']) || first === undefined) return;
    const table = rule.table ?? first;
    const join = rule.join?.table;
    if (join !== undefined && named(join, ['rules', i, 'join', 'table'])) {
      const declared = tables.find((t) => t.id === join);
      if (declared?.key !== undefined || join === table)
        problems.push({
          path: ['rules', i, 'join', 'table'],
          code: 'pack-table-mismatch',
          message: say('packJoinKeyed', join),
        });
    }
    for (const column of columnsOf(rule)) {
      const field = fields.get(column.name);
      if (field === undefined) continue;
      const owners = periods.get(field.name)?.map((t) => t.id) ?? (field.table === undefined ? [] : [field.table]);
      if (owners.length > 0 && !owners.includes(table) && (join === undefined || !owners.includes(join)))
        problems.push({
          path: column.path,
          code: 'pack-table-mismatch',
          message: say('packColumnNotInTable', column.name, table),
        });
    }
  });
  return problems;
}
