// English: mistakes in a rule pack (listed under pack-invalid); rule packs, merged.
import type { packMistakes as zh } from '../zh/pack-mistakes.js';

export const packMistakes = {
  packKeyMisplaced: (key: string, where: string) => `key '${key}' does not belong in ${where || 'the top level'}`,
  packUnknownKey: (key: string, guess: string | undefined) =>
    `unknown key '${key}'${guess ? ` (did you mean '${guess}'?)` : ''}`,
  packMeasureKind: (given: string | undefined, kinds: string, guess: string | undefined) =>
    `${given === undefined ? 'a measure needs a kind' : `unknown measure kind '${given}'`}: ${kinds}${guess ? ` (did you mean '${guess}'?)` : ''}`,
  packKeyMissing: (key: string, expected: string) => `'${key}' is missing (${expected} needed)`,
  packColumnTwice: (name: string) => `column '${name}' is defined twice`,
  packLabelTwice: (label: string) => `label '${label}' is used twice`,
  packKeyColumn: (key: string) => `the pack must define the key column '${key}'`,
  packUnknownColumn: (name: string, guess: string | undefined) =>
    `unknown column '${name}'${guess ? ` (did you mean '${guess}'?)` : ''}`,
  packNotANumber: (name: string, type: string) => `column '${name}' is ${type}, but a number is needed here`,
  packRuleTwice: (id: string) => `rule id '${id}' is used twice`,
  packFlagColumn: 'a yes/no column is compared with true or false',
  packTargetType: (flag: boolean) => `the target here must be ${flag ? 'true or false' : 'a number'}`,
  packRatioTarget: (given: string) =>
    `a ratio's target is a share, so ${given} here means ${given} times the whole; write ${given}% for ${given} percent (or a fraction: 0.4 for 40%)`,
  packYears: 'years.from is after years.to',
  packNotUtf8: 'bytes that are not UTF-8 text',
  packAliasBomb: 'the aliases from here expand to too many copies (an alias bomb)',
  // ── tables and periods ──
  packTableUnknown: (id: string, known: string, guess: string | undefined) =>
    `no table '${id}' (declared: ${known || 'none'})${guess ? ` (did you mean '${guess}'?)` : ''}`,
  packTableTwice: (id: string) => `table '${id}' is declared twice`,
  packPeriodShared: (column: string) =>
    `column '${column}' is the period column of another table already; each table needs its own, so that a file tells which table it is (only a table keyed by county and one keyed by period alone may share one: the county column tells them apart)`,
  packPeriodType: (column: string, every: string, type: string, needed: string) =>
    `column '${column}' is of type ${type}; the period column of a ${every === 'month' ? 'monthly' : 'yearly'} table must be ${needed}`,
  packCountedInNeedsCondition:
    'counted_in needs a rule that joins a table (join:) and has a condition (when:): it counts the periods the condition holds',
  packJoinKeyed: (table: string) =>
    `join: table '${table}' is keyed by county, or is the rule's own table; a rule joins a table keyed by its period alone`,
  packIndexNotPercent: (column: string, type: string) =>
    `column '${column}' is of type ${type}: only a percent column may be given as an index (index_aliases)`,
  packColumnNotInTable: (column: string, table: string) => `column '${column}' is not a column of table '${table}'`,
  tableUnclear: (periods: string, found: string) =>
    `cannot tell which table this file is: its header must hold exactly one period column (${periods}) and holds ${found || 'none'}; checked as the first table`,
  periodBlank: (label: string) => `the ${label} is blank`,

  packTargetDigits: (whole: number, fraction: number) =>
    `a target has at most ${whole} digits before the point and ${fraction} after it`,
  packNumberLike: 'a number such as 0.4 or "40%"',
  packTableIdForm: 'a table id is lower-case letters, digits and hyphens',
  packRuleIdForm: 'a rule id looks like area.what-it-checks',
  packColumnNameForm: 'a column name is lower_snake_case',

  // rule packs, merged
  packAliasTwice: (alias: string) => `alias '${alias}' already names another column`,

  // expressions, conditions and thresholds by period
  exprTooLong: (chars: number) => `an expression is at most ${chars} characters`,
  exprTooLarge: (nodes: number, depth: number) =>
    `the expression is too large: at most ${nodes} terms, nested at most ${depth} deep`,
  exprSyntax: (near: string | undefined) =>
    near === undefined
      ? 'the expression cannot be read: it ends too early (an operand or a closing bracket is missing)'
      : `the expression cannot be read at '${near}'`,
  exprCompound: 'the expression cannot be read: two parts with no operator between them',
  exprNotAllowed: (what: string) =>
    `'${what}' is not allowed in an expression: only + - * /, comparisons (< <= > >= == !=), and/or/not, column and threshold names, numbers and percentages`,
  exprOperand: (op: string, number: boolean) => `'${op}' needs ${number ? 'numbers' : 'conditions (true or false)'}`,
  exprTypes: (op: string) => `both sides of '${op}' must be numbers, or both yes/no`,
  exprResult: (number: boolean) =>
    `the expression here must give ${number ? 'a number' : 'a condition (true or false)'}`,
  packPeriodForm: 'a period is a year (2022) or a month ("2022-08")',
  packPeriodMonthInYearly: (bound: string, table: string) =>
    `table '${table}' is yearly, so it cannot be split at month ${bound}`,
  packPeriodOrder: 'from is after to',
  packThresholdName: (name: string) => `threshold '${name}' has the name of a column`,
} satisfies typeof zh;
