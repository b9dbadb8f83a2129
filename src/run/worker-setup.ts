// The inside of a WorkerLink: what the worker was handed, its language already chosen.
import { workerData } from 'node:worker_threads';
import { useLang, type Lang } from '../words/words.js';

export function workerSetup(): unknown {
  const { lang, setup } = workerData as { lang: Lang; setup: unknown };
  useLang(lang);
  return setup;
}
