// The config file's format: what it may set, checked with the pack's located errors.
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { parseLocatedYaml } from '../pack/located-yaml.js';
import type { Config } from './config.js';
import { insideConfigFolder } from '../read/input-policy.js';
import { section } from '../words/words.js';
import { calendarDate } from '../fields/calendar-date.js';
import { REPORT_DATE } from '../model/as-of.js';

const WORDS = section('config');

const path = z
  .string()
  .trim()
  .min(1, { error: () => WORDS.blank });
/** As --as-of takes it: a date in a form a date cell takes, or report-date; read again by the same parser when the run starts. */
function isAsOf(text: string): boolean {
  if (text === REPORT_DATE) return true;
  const date = calendarDate(text);
  return date !== undefined && date !== 'unreal';
}
const asOf = z
  .string()
  .trim()
  .refine(isAsOf, { error: () => WORDS.badAsOf });

/** A line of the bulletin's heading: one line of text, of a length a heading can hold. */
const headingLine = z
  .string()
  .trim()
  .min(1, { error: () => WORDS.blank })
  .max(200, { error: () => WORDS.tooLong(200) })
  .refine((text) => !/[\r\n]/.test(text), { error: () => WORDS.oneLine });

const configSchema = z.strictObject({
  rules: path.optional(),
  counties: path.optional(),
  waivers: path.optional(),
  baseline: path.optional(),
  /** The run's language, unless --lang or DUIBIAO_LANG chose it (cli/lang.ts). */
  lang: z.enum(['zh', 'en']).optional(),
  failOn: z.enum(['error', 'warning', 'never']).optional(),
  asOf: asOf.optional(),
  failOnNew: z.boolean().optional(),
  format: z.union([path, z.array(path).min(1)]).optional(),
  /** The bulletin's heading: who issues it, its title, its date, as the office writes them. */
  bulletin: z
    .strictObject({ issuer: headingLine.optional(), title: headingLine.optional(), date: headingLine.optional() })
    .optional(),
});
const KEYS = Object.keys(configSchema.shape);

/** `cwd`: where a relative `file` is; every path the config names must stay inside the config's folder. */
export function parseConfig(text: string, file: string, cwd: string = process.cwd()): Config {
  // An empty file is a config that sets nothing.
  const { data } = parseLocatedYaml(text.trim() === '' ? '{}' : text, file, {
    schema: configSchema,
    keys: KEYS,
    code: 'config-invalid',
    invalid: (count) => WORDS.invalid(file, count),
  });
  const at = isAbsolute(file) ? file : join(cwd, file);
  const near = (p: string | undefined, key: string): string | undefined =>
    p === undefined ? p : insideConfigFolder(p, { shown: file, at }, key);
  const formats = data.format === undefined ? undefined : Array.isArray(data.format) ? data.format : [data.format];
  return {
    file,
    rules: near(data.rules, 'rules'),
    counties: near(data.counties, 'counties'),
    waivers: near(data.waivers, 'waivers'),
    baseline: near(data.baseline, 'baseline'),
    lang: data.lang,
    failOn: data.failOn,
    asOf: data.asOf,
    failOnNew: data.failOnNew,
    bulletin: data.bulletin,
    // `json:out/report.json`: the report's file too is relative to the config.
    format: formats?.map((spec) => {
      const colon = spec.indexOf(':');
      return colon < 0 || colon === spec.length - 1
        ? spec
        : `${spec.slice(0, colon)}:${near(spec.slice(colon + 1), 'format')}`;
    }),
  };
}
