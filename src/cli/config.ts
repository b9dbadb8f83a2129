// duibiao.config.yaml (or --config FILE): a repository's settings for `check`, validated as a pack
// is, its paths relative to itself; a flag given on the command line overrides it.
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { FailOn } from '../engine/outcome.js';
import { readInputText, refuseLinksLeaving } from '../read/input-policy.js';
import { section } from '../words/words.js';
import type { BulletinHeading } from '../report/types.js';

export const CONFIG_FILE = 'duibiao.config.yaml';
const MAX_BYTES = 1024 * 1024;

/** The settings a config file gives, its paths made relative to where the run is. */
export interface Config {
  file: string;
  rules?: string | undefined;
  counties?: string | undefined;
  waivers?: string | undefined;
  baseline?: string | undefined;
  lang?: 'zh' | 'en' | undefined;
  failOn?: FailOn | undefined;
  /** As --as-of: a date, or report-date. */
  asOf?: string | undefined;
  failOnNew?: boolean | undefined;
  format?: string[] | undefined;
  bulletin?: BulletinHeading | undefined;
}

/**
 * The config named by --config, else duibiao.config.yaml in the working directory, else none. It is
 * read as every input is (read/input-policy.ts); the paths it names must stay in its folder.
 */
export async function findConfig(
  explicit: string | undefined,
  followLinks = false,
  cwd: string = process.cwd(),
): Promise<Config | undefined> {
  const file = explicit ?? (existsSync(join(cwd, CONFIG_FILE)) ? CONFIG_FILE : undefined);
  if (file === undefined) return undefined;
  refuseLinksLeaving([{ file: isAbsolute(file) ? file : join(cwd, file), root: cwd, shown: file }], followLinks);
  const text = await readInputText(
    isAbsolute(file) ? file : join(cwd, file),
    MAX_BYTES,
    'config-invalid',
    (_, reason) => section('config').cannotRead(file, reason),
  );
  // The schema library loads only when there is a config to read.
  return (await import('./config-file.js')).parseConfig(text, file, cwd);
}

interface Overridable {
  rules?: string | undefined;
  format: string[];
  failOn?: FailOn | undefined;
  asOf?: string | undefined;
  counties?: string | undefined;
  waivers?: string | undefined;
  baseline?: string | undefined;
  failOnNew?: boolean | undefined;
}

/** The flags, each unset one taken from the config. */
export function withConfig<F extends Overridable>(
  flags: F,
  config: Config | undefined,
): F & { lang?: 'zh' | 'en' | undefined } {
  if (config === undefined) return flags;
  return {
    ...flags,
    rules: flags.rules ?? config.rules,
    format: flags.format.length > 0 ? flags.format : (config.format ?? []),
    failOn: flags.failOn ?? config.failOn,
    asOf: flags.asOf ?? config.asOf,
    counties: flags.counties ?? config.counties,
    waivers: flags.waivers ?? config.waivers,
    baseline: flags.baseline ?? config.baseline,
    failOnNew: flags.failOnNew ?? config.failOnNew,
    lang: config.lang,
  };
}
