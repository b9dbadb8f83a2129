// Turns any failure into one clear message on stderr and exit code 2.
import { DuibiaoError, formatLocation } from '../errors.js';

export function reportFailure(error: unknown, debug: boolean): 2 {
  if (error instanceof DuibiaoError) {
    const lines = [`duibiao: ${error.message}`];
    for (const detail of error.details) lines.push(`  ${formatLocation(detail)}  ${detail.code}  ${detail.message}`);
    process.stderr.write(`${lines.join('\n')}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`duibiao: internal error: ${message}\n${debug && error instanceof Error ? `${error.stack}\n` : '  (run again with --debug for details, and report it)\n'}`);
  }
  return 2;
}
