// The library: the check of `duibiao check`, without the command line. `check` resolves to the
// document `--format json` writes; `run` to the result every report is rendered from.
import type { CheckResult, Problem, ShownProblem, ShownVerdict, Verdict } from './model/types.js';
import { openPack } from './pack/open.js';
import type { Pack } from './pack/pack.js';
import { FORMAT_NAMES, formats, isFormatName, type FormatName } from './report/index.js';
import { painter } from './report/paint.js';
import { DuibiaoError } from './errors.js';
import { AsyncLocalStorage } from 'node:async_hooks';
import { currentLang, loadLang, scopeLang, words, type Lang } from './words/words.js';
import { ProblemLog } from './run/problem-log.js';
import { openSession, runSession, type RunOptions } from './run/session.js';
import { shownIn } from './report/shown.js';

// The process's language until a call asks for another: its words are loaded with the library.
await loadLang(currentLang());

/** The options of `duibiao check`, by the names of its flags and of duibiao.config.yaml. */
export interface CheckOptions extends RunOptions {
  /**
   * The language of the words for a person (messages, and the reports of `check`): the process's
   * language by default. Each call's own: calls in different languages may overlap.
   */
  lang?: 'zh' | 'en' | undefined;
}

/** The JSON report of CLI.md, as an object: its messages are said, in the call's language. */
export type JsonReport = Pick<CheckResult, 'tool' | 'pack' | 'asOf' | 'inputs' | 'summary'> & {
  findings: ShownVerdict[];
  problems: ShownProblem[];
};

/**
 * Reads and checks the files (each a file, a folder of returns, or a pattern such as
 * `各县/*.xlsx`, expanded as the command line expands them), and resolves to the result every report is made from, its exit
 * code included. Every verdict is held in memory. A mistake of the caller's (a bad date, a pack or
 * waiver file that does not validate) rejects with a DuibiaoError, whose `code` is its stop code.
 */
export async function run(files: readonly string[], options: CheckOptions = {}): Promise<CheckResult> {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a caller in plain JavaScript may pass anything
  if (options.lang !== undefined && options.lang !== 'zh' && options.lang !== 'en') {
    throw new DuibiaoError('usage', words().usage.libraryLang(String(options.lang)));
  }
  const lang: Lang = options.lang ?? currentLang();
  await loadLang(lang);
  // The check makes messages; its result, and a stop, are said in the call's language.
  const problems = new ProblemLog('hold');
  try {
    const session = await openSession(options, lang);
    return shownIn(await runSession(session, files, { counting: false, problems }), lang);
  } catch (error) {
    throw error instanceof DuibiaoError ? error.saidIn(lang) : error;
  } finally {
    problems.dispose();
  }
}

/** Checks the files and resolves to the document `duibiao check --format json` writes. */
export async function check(files: readonly string[], options: CheckOptions = {}): Promise<JsonReport> {
  // The result is said already: the JSON report writes it as it is.
  return JSON.parse(await render(await run(files, options), 'json')) as JsonReport;
}

/**
 * Renders a result in one of the text formats of `--format`, without colour, 100 columns wide, in the
 * language its messages were said in.
 */
export async function render(result: CheckResult, format: Exclude<FormatName, 'xlsx'>): Promise<string> {
  if (!isFormatName(format) || (format as string) === 'xlsx') {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- a caller in plain JavaScript may pass anything
    throw new DuibiaoError('usage', words().usage.libraryFormat(String(format)));
  }
  return inLangOf(result, async () => {
    const reporter = await formats[format].load();
    const text = reporter(result, { color: false, paint: await painter(false), width: 100 });
    if (typeof text === 'string') return text;
    // A chunk of bytes may end inside a character: bytes are joined as bytes.
    const chunks = [...text];
    if (chunks.every((chunk) => typeof chunk === 'string')) return chunks.join('');
    return Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk))).toString();
  });
}

/** Renders a result as an Excel workbook's bytes, in the language its messages were said in. */
export async function renderWorkbook(result: CheckResult): Promise<Uint8Array> {
  return inLangOf(result, async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of (await formats.xlsx.load())(result, {
      color: false,
      paint: await painter(false),
      width: 100,
    }))
      chunks.push(chunk);
    return new Uint8Array(Buffer.concat(chunks));
  });
}

/** Each call's language, for the words a report says (headings, sheet names) while other calls run in theirs. */
let callLang: AsyncLocalStorage<Lang> | undefined;

async function inLangOf<T>(result: CheckResult, work: () => Promise<T>): Promise<T> {
  const lang = result.lang ?? currentLang();
  await loadLang(lang);
  if (!callLang) {
    // Made at the first render: a store's bookkeeping of every promise costs nothing until then.
    const store = new AsyncLocalStorage<Lang>();
    scopeLang(() => store.getStore());
    callLang = store;
  }
  return callLang.run(lang, work);
}

/**
 * Opens and validates a rule pack; the built-in pack without a file. Its titles are in `lang`
 * where it has them; the process's language by default.
 */
export async function loadPack(file?: string, lang?: 'zh' | 'en'): Promise<Pack> {
  return openPack(file, lang ?? currentLang());
}

export { DuibiaoError, FORMAT_NAMES };
export type { CheckResult, FormatName, Pack, Problem, Verdict };
export type { FailOn } from './engine/outcome.js';
export type { InputInfo, Status, Summary, RuleInfo } from './model/types.js';
