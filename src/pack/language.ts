// A pack's words for a person in a language, handed by whoever shows them: under `en`, the
// `title_en` and `description_en` a pack gives stand in for its Chinese ones. Quotes and labels
// stay as written (a header is matched by its label); a field's `label_en` is how `rules` and
// `explain` name it.
import type { Lang } from '../words/words.js';
import type { FieldSpec } from '../model/types.js';
import type { Pack } from './pack.js';

/** A column as a person reads it in `lang`: under `en` its `label_en`, where the pack gives one; else its label. */
export function labelIn(field: Pick<FieldSpec, 'label' | 'label_en'>, lang: Lang): string {
  return lang === 'en' ? (field.label_en ?? field.label) : field.label;
}

/** The pack with its titles and descriptions in `lang`, where it has them. */
export function inLanguage(pack: Pack, lang: Lang): Pack {
  if (lang !== 'en') return pack;
  return {
    ...pack,
    title: pack.titleEn ?? pack.title,
    rules: pack.rules.map((rule) => ({
      ...rule,
      title: rule.title_en ?? rule.title,
      description: rule.description_en ?? rule.description,
    })),
  };
}
