// English: the waivers (waivers/load.ts, waivers/words.ts).
import type { waivers as zh } from '../zh/waivers.js';

export const waivers = {
  expired: (expires: string, asOf: string, target: string) =>
    `the waiver expired on ${expires} (judged on ${asOf}): ${target} stands as judged`,
  unused: (target: string) => `the waiver matches no miss, missing or invalid data or pending verdict: ${target}`,
  cannotRead: (file: string, reason: string) => `cannot read waivers file ${file}: ${reason}`,
  invalid: (file: string, count: number) =>
    `waivers file ${file} has ${count === 1 ? '1 mistake' : `${count} mistakes`}`,
  unknownRule: (rule: string, guess: string | undefined) =>
    `unknown rule ${rule}${guess ? ` (did you mean '${guess}'?)` : ''}`,
  blank: 'may not be blank',
  controlCharacters: 'may not hold control characters',
  day: 'a date like 2023-06-30',
  month: 'a month like 2022-03',
} satisfies typeof zh;
