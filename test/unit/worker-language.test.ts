// A worker thread is handed no language: counting on two threads gives the account one thread
// gives, its problems messages, said in whichever language a report is written in. The process's
// language, set to either, changes nothing of it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, it } from 'vitest';
import { checkData } from '../../src/run/check-data.js';
import type * as Host from '../../src/run/count-host.js';
import * as sourceWords from '../../src/words/words.js';
import { builtin } from '../helpers.js';
import { render } from '../../src/words/message.js';

const dir = mkdtempSync(join(tmpdir(), 'duibiao-worker-language-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const options = { asOf: '2022-12-31', today: '2022-12-31', failOn: 'error' as const, counting: true };
// The worker is started beside the built host, whose catalogue is the built one.
const host = (await import(new URL('../../dist/run/count-host.js', import.meta.url).href)) as typeof Host;
const builtWords = (await import(new URL('../../dist/words/words.js', import.meta.url).href)) as typeof sourceWords;
afterEach(() => {
  sourceWords.useLang('zh');
  builtWords.useLang('zh');
});

// The messy cells a hundred times over: a problem of most kinds in every batch.
const messy = join(dir, 'messy-many-batches.csv');
{
  const [header, ...rows] = readFileSync('fixtures/messy-cells.csv', 'utf8').trim().split('\n');
  const lines = [header];
  for (let i = 0; i < 100; i++) lines.push(...rows.map((row) => row.replace(/^([^,]*),/, `$1${i},`)));
  writeFileSync(messy, `${lines.join('\n')}\n`);
}

it.each(['en', 'zh'] as const)(
  'in a process set to %s, the worker makes the problems one thread makes',
  async (lang) => {
    sourceWords.useLang(lang);
    builtWords.useLang(lang);
    const counted = await host.countInWorker([messy], builtin, options);
    expect(counted).toBeDefined();
    expect(counted).toEqual(await checkData([messy], builtin, options));
    const notANumber = counted!.problems.find((problem) => problem.code === 'not-a-number')!.message;
    expect(render(notANumber, 'en')).toBe("行政村总数: '约200' is not a number");
    expect(render(notANumber, 'zh')).toBe("行政村总数: '约200' 不是数字");
  },
);
