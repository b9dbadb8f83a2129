// English: mistakes in a rule pack (listed under pack-invalid); rule packs, merged.
import type { packMistakes as zh } from '../zh/pack-mistakes.js';

export const packMistakes = {
  packKeyMisplaced: (key: string, where: string) => `key '${key}' does not belong in ${where || 'the top level'}`,
  packUnknownKey: (key: string, guess: string | undefined) => `unknown key '${key}'${guess ? ` (did you mean '${guess}'?)` : ''}`,
  packMeasureKind: (given: string | undefined, kinds: string, guess: string | undefined) => `${given === undefined ? 'a measure needs a kind' : `unknown measure kind '${given}'`}: ${kinds}${guess ? ` (did you mean '${guess}'?)` : ''}`,
  packKeyMissing: (key: string, expected: string) => `'${key}' is missing (${expected} needed)`,
  packColumnTwice: (name: string) => `column '${name}' is defined twice`,
  packLabelTwice: (label: string) => `label '${label}' is used twice`,
  packKeyColumn: (key: string) => `the pack must define the key column '${key}'`,
  packUnknownColumn: (name: string, guess: string | undefined) => `unknown column '${name}'${guess ? ` (did you mean '${guess}'?)` : ''}`,
  packNotANumber: (name: string, type: string) => `column '${name}' is ${type}, but a number is needed here`,
  packRuleTwice: (id: string) => `rule id '${id}' is used twice`,
  packFlagColumn: 'a yes/no column is compared with true or false',
  packTargetType: (flag: boolean) => `the target here must be ${flag ? 'true or false' : 'a number'}`,
  packYears: 'years.from is after years.to',
  packNotUtf8: 'bytes that are not UTF-8 text',
  packAliasBomb: 'the aliases from here expand to too many copies (an alias bomb)',
  packTargetDigits: (whole: number, fraction: number) => `a target has at most ${whole} digits before the point and ${fraction} after it`,
  packNumberLike: 'a number such as 0.4 or "40%"',
  packRuleIdForm: 'a rule id looks like area.what-it-checks',
  packColumnNameForm: 'a column name is lower_snake_case',

  // rule packs, merged
  packAliasTwice: (alias: string) => `alias '${alias}' already names another column`,
} satisfies typeof zh;
