// The reading thread's young generation, held where a run of 100,000 rows leaves it. V8 doubles a
// thread's semi-spaces whenever what has survived its scavenges since the last doubling adds up
// to their size, so over a long run they reach 16 MiB each whatever is kept: 16 MiB of memory
// that grows with the rows and holds nothing (performance.md, "Keys at 1M rows").
//
// `--max-semi-space-size` is read only when a thread's heap is made, so setting it once running
// changes nothing; the factor the semi-spaces grow by is read at each growth, so setting it to 1
// stops them where they are. Node 20's V8 (11.3) has the flag, where it was measured; on another
// V8 the flag might be gone, and V8 would print an error for it, so nothing is done there.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The new space (two semi-spaces) at which growth is stopped: 8 MiB semi-spaces. */
const HELD_AT = 16 * 2 ** 20;
const MEASURED = process.versions.v8.startsWith('11.3.');

let held = false;

/** Stops the young generation's growth once it has reached HELD_AT; cheap to call every few batches. */
export function holdYoungGeneration(): void {
  if (held || !MEASURED) return;
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (space === undefined || space.space_size < HELD_AT) return;
  setFlagsFromString('--semi-space-growth-factor=1');
  held = true;
}

/** Gives growth back its default (the flag is the process's: a library's host keeps running). Called when a run ends. */
export function releaseYoungGeneration(): void {
  if (!held) return;
  setFlagsFromString('--semi-space-growth-factor=2');
  held = false;
}
