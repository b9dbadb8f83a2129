// Preloaded into every measured process: writes its peak RSS (KiB) where BENCH_RSS_FILE says.
// Linux's VmHWM is the peak of this process's own memory since it began; getrusage's maxRSS is
// not: it carries over the parent's peak from before the exec, so a benchmark runner that has
// grown while generating data would hide every smaller peak behind its own.
import { appendFileSync, readFileSync } from 'node:fs';

function peakKiB() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // Not Linux: the resource usage is what there is.
  }
  return process.resourceUsage().maxRSS;
}

const target = process.env.BENCH_RSS_FILE;
if (target) process.on('exit', () => appendFileSync(target, `${peakKiB()}\n`));
