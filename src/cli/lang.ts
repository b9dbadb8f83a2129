// Chooses the run's language before anything is said: `--lang` wins, then DUIBIAO_LANG, else zh.
// It is read from the raw arguments because commander's own help is written in it too.
import { DuibiaoError } from '../errors.js';
import { isLang, LANGS, loadLang, useLang, type Lang } from '../words/words.js';
import { printable } from '../report/layout.js';

/** Whether the person running chose the language (--lang or DUIBIAO_LANG), which a config file's `lang` then leaves alone. */
let chosenByPerson = false;

export function chooseLang(argv: readonly string[], fromEnvironment: string | undefined): Lang {
  let given: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') given = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) given = arg.slice('--lang='.length);
  }
  const chosen = given ?? (fromEnvironment === undefined || fromEnvironment === '' ? 'zh' : fromEnvironment);
  if (!isLang(chosen)) {
    // Said in no language yet, and the value shown as text: it may hold anything.
    throw new DuibiaoError(
      'usage',
      `${given === undefined ? 'DUIBIAO_LANG' : '--lang'} '${printable(chosen)}': ${LANGS.join(' | ')}`,
    );
  }
  useLang(chosen);
  chosenByPerson = given !== undefined || (fromEnvironment !== undefined && fromEnvironment !== '');
  return chosen;
}

/** The config file's `lang`, unless --lang or DUIBIAO_LANG chose already: the flag and the person's environment come first. */
export async function useConfigLang(lang: Lang | undefined): Promise<void> {
  if (lang === undefined || chosenByPerson) return;
  await loadLang(lang);
  useLang(lang);
}
