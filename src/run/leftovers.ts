// A file a run makes for itself (a spool, a report not yet renamed into place) is removed however
// the run ends: normally, by an early exit (a closed pipe), or by Ctrl-C or a kill. One set of
// listeners serves every such file, however many reports and spools a run has.
import { rmSync } from 'node:fs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const pending = new Set<string>();

function removeAll(): void {
  for (const path of pending) removeQuietly(path);
  pending.clear();
}

/** Removes a file of the run's own; a path the system refuses (too long a name) was never made, and must not hide why the run stops. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was made at a path that cannot be named; anything else is left as it is.
  }
}

function interrupted(signal: NodeJS.Signals): void {
  removeAll();
  stopWatching();
  // With no listener left, the signal now ends the process as it would have.
  process.kill(process.pid, signal);
}

function startWatching(): void {
  process.once('exit', removeAll);
  for (const signal of SIGNALS) process.once(signal, interrupted);
}

function stopWatching(): void {
  process.removeListener('exit', removeAll);
  for (const signal of SIGNALS) process.removeListener(signal, interrupted);
}

/** Removes `path` when the process ends; the function returned removes it now, and stops watching. */
export function removedAtExit(path: string): () => void {
  if (pending.size === 0) startWatching();
  pending.add(path);
  return () => {
    if (!pending.delete(path)) return;
    removeQuietly(path);
    if (pending.size === 0) stopWatching();
  };
}
