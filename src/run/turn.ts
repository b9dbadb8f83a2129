// Lets the event loop turn during long work, so that a Ctrl-C is handled within a second: Node runs
// a signal's listener (leftovers.ts: remove the run's own files, then end as the signal would) only
// between callbacks, never inside a synchronous loop. Work that can take seconds awaits `turn()`
// between its chunks; a report awaits `turn(true)` just before it is renamed into place, so that
// a Ctrl-C that came while it was written leaves no report.

/** Work between turns, at most: well under the second a Ctrl-C may take. */
const TURN_MS = 100;
let lastTurn = Date.now();

/** Returns at once if the loop turned less than TURN_MS ago, unless `now`; else after one turn. */
export async function turn(now = false): Promise<void> {
  if (!now && Date.now() - lastTurn < TURN_MS) return;
  // setImmediate runs after the loop's poll phase, where a signal that came is handed to its listener.
  await new Promise<void>((resolve) => {
    setImmediate(resolve);
  });
  lastTurn = Date.now();
}
