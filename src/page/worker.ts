// The self-check page's worker, made from a blob by the page: each check runs here, off the page's
// thread, through the same core as the command line (run/memory.ts), and comes back as the JSON
// document and the bulletin, rendered in the language asked for. Checks run one after another: the
// language is this thread's while one runs.
import { DuibiaoError } from '../errors.js';
import { inLanguage } from '../pack/language.js';
import { html } from '../report/html/bulletin.js';
import { json } from '../report/json/report.js';
import { PLAIN } from '../report/paint.js';
import type { ReportContext } from '../report/types.js';
import { checkInMemory } from '../run/memory.js';
import { shownIn } from '../report/shown.js';
import { loadLang, useLang } from '../words/words.js';
import type { CheckReply, CheckRequest } from './protocol.js';

interface WorkerScope {
  onmessage: ((event: { data: CheckRequest }) => void) | null;
  postMessage(reply: CheckReply): void;
}

const scope = self as unknown as WorkerScope;
const CONTEXT: ReportContext = { color: false, paint: PLAIN, width: 100 };

let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(async () => scope.postMessage(await answer(request)));
};

async function answer(request: CheckRequest): Promise<CheckReply> {
  const { id, lang } = request;
  try {
    await loadLang(lang);
    useLang(lang);
    const pack = inLanguage(request.pack, lang);
    const checked = await checkInMemory(
      request.files.map(({ name, bytes }) => ({ name, bytes })),
      pack,
      { asOf: request.asOf, today: request.today, tool: request.tool },
    );
    const result = shownIn(checked, lang);
    const document = Array.from(json(result, CONTEXT)).join('');
    let bulletin: string | undefined;
    try {
      const page = html(result, CONTEXT);
      bulletin = typeof page === 'string' ? page : Array.from(page).join('');
    } catch {
      // The JSON report stands without it: the page says the bulletin could not be made.
      bulletin = undefined;
    }
    const rules = result.rules.map(({ id: rule, title, paragraph, quote, severity }) => ({
      id: rule,
      title,
      paragraph,
      quote,
      severity,
    }));
    return { id, ok: true, json: document, bulletin, rules };
  } catch (error) {
    // A file the run stops at: its words, as the command line says them; anything else, as it is.
    const message = error instanceof DuibiaoError ? error.message : String(error);
    return { id, ok: false, message };
  }
}
