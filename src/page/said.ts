// A check's result said in one language, on either side of the page: its messages (data, made in no
// language) rendered, and its pack's words (its title, its rules' titles and descriptions) as the
// command line gives them in that language. The page keeps the result and says it again on a switch
// of language, without checking again.
import type { CheckResult, Checked } from '../model/types.js';
import { inLanguage } from '../pack/language.js';
import type { Pack } from '../pack/pack.js';
import { shownIn } from '../report/shown.js';
import type { Lang } from '../words/words.js';

/** `pack`: the pack as written (both languages), which the result was checked against. */
export function saidIn(checked: Checked, pack: Pack, lang: Lang): CheckResult {
  const words = inLanguage(pack, lang);
  const rules = new Map(words.rules.map((rule) => [rule.id, rule]));
  return shownIn(
    {
      ...checked,
      pack: { ...checked.pack, title: words.title },
      rules: checked.rules.map((rule) => {
        const said = rules.get(rule.id);
        return said ? { ...rule, title: said.title, description: said.description } : rule;
      }),
    },
    lang,
  );
}
