// The inside of a WorkerLink: what the worker was handed, its language already chosen.
import { workerData } from 'node:worker_threads';
import { loadLang, useLang, type Lang } from '../words/words.js';

export async function workerSetup(): Promise<unknown> {
  const { lang, setup } = workerData as { lang: Lang; setup: unknown };
  await loadLang(lang);
  useLang(lang);
  return setup;
}
