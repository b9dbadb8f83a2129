// Whether a report to stdout is coloured: on a terminal, unless the environment says otherwise.
// NO_COLOR (https://no-color.org), set and not empty, wins over everything; FORCE_COLOR is read as
// chalk 5 reads it: `0` or `false` never colours, even on a terminal; `1`–`3`, `true` or empty
// colours, even into a pipe. A value it cannot read is as if unset.

export function colourWanted(env: Readonly<Record<string, string | undefined>>, terminal: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force === 'false') return false;
  if (force === 'true' || force === '') return true;
  const level = force === undefined ? Number.NaN : Number.parseInt(force, 10);
  return Number.isNaN(level) ? terminal : level > 0;
}
