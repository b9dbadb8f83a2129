// A file a run makes for itself (a spool, a report not yet renamed into place) is removed however
// the run ends: normally, by an early exit (a closed pipe), or by Ctrl-C or a kill. One set of
// listeners serves every such file, however many reports and spools a run has, and whatever else
// must be undone as the run ends (the progress line on a terminal, cleared).
import { rmSync } from 'node:fs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const pending = new Set<() => void>();

function runAll(): void {
  for (const action of pending) action();
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
  runAll();
  stopWatching();
  // With no listener left, the signal now ends the process as it would have.
  process.kill(process.pid, signal);
}

function startWatching(): void {
  process.once('exit', runAll);
  for (const signal of SIGNALS) process.once(signal, interrupted);
}

function stopWatching(): void {
  process.removeListener('exit', runAll);
  for (const signal of SIGNALS) process.removeListener(signal, interrupted);
}

/**
 * Runs `action` (quick, synchronous, never throwing) when the process ends or is interrupted. The
 * function returned forgets it, and says whether it was still to run. While any action waits, a
 * signal is heard only when the event loop turns (run/turn.ts), then ends the process as before.
 */
export function atEnd(action: () => void): () => boolean {
  if (pending.size === 0) startWatching();
  pending.add(action);
  return () => {
    if (!pending.delete(action)) return false;
    if (pending.size === 0) stopWatching();
    return true;
  };
}

/** Removes `path` when the process ends; the function returned removes it now, and stops watching. */
export function removedAtExit(path: string): () => void {
  const forget = atEnd(() => {
    removeQuietly(path);
  });
  return () => {
    if (forget()) removeQuietly(path);
  };
}
