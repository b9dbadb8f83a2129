// Lets the event loop turn during long work, so that a Ctrl-C is handled within a second: Node runs
// a signal's listener (leftovers.ts: remove the run's own files, then end as the signal would) only
// between callbacks, never inside a synchronous loop, nor while promises that are already settled
// are awaited one after another (a workbook's inflated chunks, a sheet's batches from memory).
// Work that can take seconds awaits `turn()` between its chunks; a report awaits `turn(true)` just
// before it is renamed into place, so that a Ctrl-C that came while it was written leaves no report.
// The readers call it too, and a browser page runs them: there, without setImmediate, a timer.

/** Work between turns, at most: well under the second a Ctrl-C may take. */
const TURN_MS = 100;
let lastTurn = Date.now();

const later: (go: () => void) => unknown =
  typeof setImmediate === 'function' ? setImmediate : (go) => setTimeout(go, 0);

/** Returns at once if the loop turned less than TURN_MS ago, unless `now`; else after one turn. */
export async function turn(now = false): Promise<void> {
  if (!now && Date.now() - lastTurn < TURN_MS) return;
  // setImmediate runs after the loop's poll phase, where a signal that came is handed to its listener.
  await new Promise<void>((resolve) => {
    later(resolve);
  });
  lastTurn = Date.now();
}
