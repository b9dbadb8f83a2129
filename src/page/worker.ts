// The self-check page's worker, made from a blob by the page: each check runs here, off the page's
// thread, through the same core as the command line (run/memory.ts), and comes back as the result
// itself, its messages data, which the page says in the language it shows and says again when the
// language is switched, with no second check: a check takes no language. The bulletin, which needs
// ECharts, is rendered here in both languages, one after the other on this thread.
import { DuibiaoError } from '../errors.js';
import type { Checked } from '../model/types.js';
import type { Pack } from '../pack/pack.js';
import { html } from '../report/html/bulletin.js';
import { PLAIN } from '../report/paint.js';
import type { ReportContext } from '../report/types.js';
import { checkInMemory } from '../run/memory.js';
import { LANGS, loadLang, useLang, type Lang } from '../words/words.js';
import type { CheckReply, CheckRequest } from './protocol.js';
import { saidIn } from './said.js';

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
  const { id } = request;
  try {
    // The pack as written, in both languages: the result says its words as data, a rule's title too.
    await Promise.all(LANGS.map(loadLang));
    const result = await checkInMemory(
      request.files.map(({ name, bytes }) => ({ name, bytes })),
      request.pack,
      { asOf: request.asOf, today: request.today, tool: request.tool },
    );
    const bulletins: Partial<Record<Lang, string>> = {};
    for (const each of LANGS) {
      const bulletin = bulletinIn(result, request.pack, each);
      if (bulletin !== undefined) bulletins[each] = bulletin;
    }
    return { id, ok: true, result, bulletins };
  } catch (error) {
    // A file the run stops at: its message, which the page says as the command line does; anything else, as it is.
    const message = error instanceof DuibiaoError ? error.said : String(error);
    return { id, ok: false, message };
  }
}

/** The bulletin in `lang`; none where it cannot be made: the page then says so, and the JSON report stands. */
function bulletinIn(result: Checked, pack: Pack, lang: Lang): string | undefined {
  useLang(lang);
  try {
    const page = html(saidIn(result, pack, lang), CONTEXT);
    return typeof page === 'string' ? page : Array.from(page).join('');
  } catch {
    return undefined;
  }
}
