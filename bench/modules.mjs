// What a run loads of the bundle: the chunks Node loads (bench/load-log.mjs), and the modules esbuild
// put in them (dist/bundle-meta.json, written by scripts/bundle.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The bundle's module count, and the modules, chunks, catalogues and report modules a run of `args` loads. */
export function bundleModules(root, args, logFile) {
  const meta = JSON.parse(readFileSync(join(root, 'dist', 'bundle-meta.json'), 'utf8'));
  rmSync(logFile, { force: true });
  const run = spawnSync(process.execPath, ['--import', './bench/load-log.mjs', ...args], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, BENCH_LOAD_LOG: logFile },
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} exited ${run.status}`);
  const chunks = new Set(
    readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((url) => url.includes('/dist/bundle/'))
      .map((url) => `dist/bundle/${url.slice(url.lastIndexOf('/') + 1)}`),
  );
  rmSync(logFile, { force: true });
  const outputs = Object.entries(meta.outputs).filter(([file]) => file.endsWith('.js'));
  const all = outputs.flatMap(([, output]) => Object.keys(output.inputs));
  const loaded = outputs.filter(([file]) => chunks.has(file)).flatMap(([, output]) => Object.keys(output.inputs));
  return {
    inBundle: all.length,
    loaded: loaded.length,
    chunks: chunks.size,
    catalogues: [...new Set(loaded.map((m) => /dist\/words\/(zh|en)\.js$/.exec(m)?.[1]).filter(Boolean))],
    reports: loaded.filter((m) => m.startsWith('dist/report/')).map((m) => m.slice('dist/report/'.length)),
  };
}
