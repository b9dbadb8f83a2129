// The inside of a WorkerLink: what the worker was handed, its language already chosen.
import { workerData } from 'node:worker_threads';
import { useLang, type Lang } from '../words/words.js';

export function workerSetup<Setup>(): Setup {
  const { lang, setup } = workerData as { lang: Lang; setup: Setup };
  useLang(lang);
  return setup;
}
