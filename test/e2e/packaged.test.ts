// The package as npm publishes it: the tarball installs into an empty folder, its command checks
// the sample, and a TypeScript file that imports the library type-checks against the shipped
// .d.ts and returns the summary of the command's JSON. Slow (an npm install): one test.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from './run.js';

const app = mkdtempSync(join(tmpdir(), 'duibiao-packaged-'));
// The installed node_modules is large: removing it may take a while on a busy machine.
afterAll(() => rmSync(app, { recursive: true, force: true }), 120_000);

function sh(command: string, args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const CONSUMER = `import { check, type CheckOptions, type JsonReport } from 'duibiao';

const options: CheckOptions = { asOf: '2022-12-31', failOn: 'error' };
const report: JsonReport = await check([process.argv[2]!], options);
const rows: number = report.summary.rows;
console.log(JSON.stringify({ rows, summary: report.summary }));
`;

/** Wrong on purpose: a date as a number. The shipped types must refuse it. */
const MISTAKEN = `import { check } from 'duibiao';

await check(['sample.csv'], { asOf: 20221231 });
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: false,
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules/@types')],
    outDir: 'out',
  },
};

it('npm pack installs into an empty folder: npx duibiao checks the sample, and the typed library returns the CLI JSON summary', () => {
  const packed = sh('npm', ['pack', '--json', '--pack-destination', app], ROOT);
  expect(packed.code, packed.stderr).toBe(0);
  const tarball = join(app, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);

  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const installed = sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], app);
  expect(installed.code, installed.stderr).toBe(0);
  copyFileSync(join(ROOT, 'fixtures/sample-prefecture-2022.csv'), join(app, 'sample.csv'));

  const cli = sh('npx', ['--no', 'duibiao', 'check', 'sample.csv', '--as-of', '2022-12-31', '--format', 'json'], app);
  expect(cli.code, cli.stderr).toBe(1);
  const summary = (JSON.parse(cli.stdout) as { summary: { rows: number; fail: number } }).summary;
  expect(summary).toMatchObject({ rows: 8, fail: 13 });

  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ ...TSCONFIG, files: ['consumer.ts'] }));
  writeFileSync(join(app, 'consumer.ts'), CONSUMER);
  const compiled = sh(process.execPath, [tsc, '-p', 'tsconfig.json'], app);
  expect(compiled.code, compiled.stdout).toBe(0);
  const library = sh(process.execPath, ['out/consumer.js', 'sample.csv'], app);
  expect(library.code, library.stderr).toBe(0);
  expect(JSON.parse(library.stdout)).toEqual({ rows: 8, summary });

  writeFileSync(
    join(app, 'tsconfig.mistaken.json'),
    JSON.stringify({
      ...TSCONFIG,
      compilerOptions: { ...TSCONFIG.compilerOptions, noEmit: true },
      files: ['mistaken.ts'],
    }),
  );
  writeFileSync(join(app, 'mistaken.ts'), MISTAKEN);
  const refused = sh(process.execPath, [tsc, '-p', 'tsconfig.mistaken.json'], app);
  expect(refused.code).not.toBe(0);
  expect(refused.stdout).toMatch(/mistaken\.ts\(3,\d+\): error TS2322/);
}, 600_000);
