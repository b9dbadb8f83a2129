// Part of the build: validates the built-in rule pack and leaves it beside dist/ as JSON, so
// that a check need not load the YAML parser and schema library just to read it again.
import { writeFileSync } from 'node:fs';
import { BUILTIN_CACHE, BUILTIN_PACK, parsePackFile, readPackText } from '../dist/pack/files.js';
import { cacheOf } from '../dist/pack/open.js';
import { reportFailure } from '../dist/cli/failure.js';
import { loadLang } from '../dist/words/words.js';

// Checked as a run in the default language checks it.
await loadLang('zh');

try {
  const text = await readPackText(BUILTIN_PACK);
  writeFileSync(BUILTIN_CACHE, `${JSON.stringify(cacheOf(text, await parsePackFile(text, BUILTIN_PACK)))}\n`);
} catch (error) {
  process.exitCode = reportFailure(error, true);
}
