// Tests call the modules directly, in either language, as the CLI does after it loads the run's
// catalogue (loadLang): both are loaded here, once per test file, in the sources and in the build
// (which some tests run beside the sources, as a worker's host).
import { existsSync } from 'node:fs';
import { loadLang } from '../src/words/words.js';

const built = new URL('../dist/words/words.js', import.meta.url);
for (const load of [
  loadLang,
  ...(existsSync(built) ? [((await import(built.href)) as { loadLang: typeof loadLang }).loadLang] : []),
]) {
  await load('zh');
  await load('en');
}
