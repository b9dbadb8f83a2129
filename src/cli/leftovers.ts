// A file a run makes for itself (a spool, a report not yet renamed into place) is removed however
// the run ends: normally, by an early exit (a closed pipe), or by Ctrl-C or a kill.
import { rmSync } from 'node:fs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Removes `path` when the process ends; the function returned removes it now, and stops watching. */
export function removedAtExit(path: string): () => void {
  const remove = (): void => rmSync(path, { force: true });
  const interrupted = (signal: NodeJS.Signals): void => {
    release();
    // With no listener left, the signal now ends the process as it would have.
    process.kill(process.pid, signal);
  };
  const release = (): void => {
    process.removeListener('exit', remove);
    for (const signal of SIGNALS) process.removeListener(signal, interrupted);
    remove();
  };
  process.once('exit', remove);
  for (const signal of SIGNALS) process.once(signal, interrupted);
  return release;
}
