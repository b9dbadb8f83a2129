// duibiao.config.yaml (or --config FILE): a repository's settings for `check`, validated as a pack
// is, its paths relative to itself; a flag given on the command line overrides it.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { FailOn } from '../engine/outcome.js';
import { DuibiaoError, describeFsError } from '../errors.js';
import { section } from '../words/words.js';

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
}

/** The config named by --config, else duibiao.config.yaml in the working directory, else none. */
export async function findConfig(explicit: string | undefined, cwd: string = process.cwd()): Promise<Config | undefined> {
  const file = explicit ?? (existsSync(join(cwd, CONFIG_FILE)) ? CONFIG_FILE : undefined);
  if (file === undefined) return undefined;
  let bytes: Buffer;
  try {
    bytes = await readFile(isAbsolute(file) ? file : join(cwd, file));
  } catch (error) {
    throw new DuibiaoError('config-invalid', section('config').cannotRead(file, describeFsError(error)));
  }
  if (bytes.length > MAX_BYTES) throw new DuibiaoError('config-invalid', section('config').tooLarge(file));
  // The schema library loads only when there is a config to read.
  return (await import('./config-file.js')).parseConfig(new TextDecoder('utf-8').decode(bytes), file);
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
export function withConfig<F extends Overridable>(flags: F, config: Config | undefined): F & { lang?: 'zh' | 'en' | undefined } {
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
