// Turns any failure into one clear message on stderr and exit code 2.
import { DuibiaoError, formatLocation } from '../errors.js';
import type { StopCode } from '../model/codes.js';
import { visible } from '../model/visible.js';
import { currentLang, loadLang, words } from '../words/words.js';
import { render } from '../words/message.js';

const INTERNAL: StopCode = 'internal-error';

export function reportFailure(error: unknown, debug: boolean): 2 {
  if (error instanceof DuibiaoError) {
    // File names, pack keys and cells reach these words: shown as visible.ts shows text, never raw.
    const lang = currentLang();
    const lines = [`duibiao: ${visible(render(error.said, lang))} [${error.code}]`];
    for (const detail of error.details)
      lines.push(`  ${visible(formatLocation(detail))}  ${detail.code}  ${visible(render(detail.message, lang))}`);
    process.stderr.write(`${lines.join('\n')}\n`);
    if (debug && error.cause !== undefined) process.stderr.write(`${visible(causeText(error.cause))}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
  } else {
    const message = visible(error instanceof Error ? error.message : String(error));
    const more = debug && error instanceof Error ? `${error.stack}\n` : `  ${words().runWithDebug}\n`;
    process.stderr.write(`duibiao: ${words().internalError(message)} [${INTERNAL}]\n${more}`);
  }
  return 2;
}

/** A library's own words behind a refusal, for --debug: its message, as the library wrote it. */
function causeText(cause: unknown): string {
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
}

/** What escapes the command's own handling (a stream's error event, a stray rejection) still ends in exit 2, never 0. */
export function exitOnCrash(debug: boolean): void {
  const crash = (error: unknown): void => {
    process.exitCode = 2;
    // A fault before the run's words were loaded is said in them all the same, once they are.
    void loadLang(currentLang()).then(
      () => process.exit(reportFailure(error, debug)),
      () => process.exit(2),
    );
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}
