// A pack's words for a person in the run's language: under `en`, the `title_en` and
// `description_en` a pack gives stand in for its Chinese ones. Labels and quotes stay as written.
import { currentLang } from '../words/words.js';
import type { Pack } from './pack.js';

export function inRunLanguage(pack: Pack): Pack {
  if (currentLang() !== 'en') return pack;
  return {
    ...pack,
    title: pack.titleEn ?? pack.title,
    rules: pack.rules.map((rule) => ({ ...rule, title: rule.title_en ?? rule.title, description: rule.description_en ?? rule.description })),
  };
}
