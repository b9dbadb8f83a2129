// Preloaded into every measured process: writes its peak RSS (KiB) where BENCH_RSS_FILE says.
import { appendFileSync } from 'node:fs';

const target = process.env.BENCH_RSS_FILE;
if (target) process.on('exit', () => appendFileSync(target, `${process.resourceUsage().maxRSS}\n`));
