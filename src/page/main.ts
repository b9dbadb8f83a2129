// The self-check page's own script: the controls, the worker (made from a blob of the code the page
// holds), and what a check shows. The worker hands back the result with its messages as data; the
// page keeps it and says it in the language shown (said.ts, with both catalogues, which it holds),
// and says it again when the language is switched, with nothing asked of the worker. Every word of
// its own comes from the catalogues' page and status sections; nothing is fetched, nothing is sent,
// and text from the files is only ever set as text.
import type { CheckResult, Checked, ShownVerdict, Status } from '../model/types.js';
import { json } from '../report/json/report.js';
import { PLAIN } from '../report/paint.js';
import type { ReportContext } from '../report/types.js';
import { page as enPage } from '../words/en/page.js';
import { statuses as enStatuses } from '../words/en/statuses.js';
import { render as renderText, type Text } from '../words/message.js';
import { LANGS, loadLang, type Lang } from '../words/words.js';
import { page as zhPage } from '../words/zh/page.js';
import { statuses as zhStatuses } from '../words/zh/statuses.js';
import type { CheckReply, CheckRequest, PageData } from './protocol.js';
import { saidIn } from './said.js';

const WORDS = { zh: { ...zhPage, ...zhStatuses }, en: { ...enPage, ...enStatuses } };
const CONTEXT: ReportContext = { color: false, paint: PLAIN, width: 100 };
/** Both catalogues, loaded once: a result is said in either. */
const catalogues = Promise.all(LANGS.map(loadLang));

const SHOWN: readonly Status[] = ['pass', 'fail', 'pending', 'missing', 'invalid', 'not_applicable'];
const MISSES: ReadonlySet<Status> = new Set(['fail', 'missing', 'invalid']);

const data = JSON.parse(byId('duibiao-data').textContent) as PageData;
const workerCode = JSON.parse(byId('duibiao-worker').textContent) as string;
const worker = new Worker(URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' })));

let lang: Lang = data.lang;
let files: File[] = [];
let asked = 0;
/** The check shown: its result as made, and as said in the language last shown. */
let shown:
  | { checked: Checked; bulletins: Partial<Record<Lang, string>>; asOf: string; said?: CheckResult; saidLang?: Lang }
  | undefined;
let status: { kind: 'idle' } | { kind: 'reading'; files: number } | { kind: 'stopped'; message: Text } = {
  kind: 'idle',
};

/** The result shown, said in the language shown: said once per switch, not per render. */
function said(): CheckResult | undefined {
  if (!shown) return undefined;
  if (shown.saidLang !== lang) {
    shown.said = saidIn(shown.checked, data.pack, lang);
    shown.saidLang = lang;
  }
  return shown.said;
}

function byId(id: string): HTMLElement {
  return document.getElementById(id)!;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// The controls, made once; their words are set by render().
const heading = element('h1');
const privacy = element('p', { class: 'privacy', id: 'privacy' });
const filesLabel = element('label', { for: 'files' });
const fileInput = element('input', {
  type: 'file',
  id: 'files',
  multiple: '',
  accept: '.csv,.txt,.tsv,.xlsx,.xlsm,.xls,.yaml,.yml,.json',
});
const asOfLabel = element('label', { for: 'as-of' });
const asOfInput = element('input', { type: 'date', id: 'as-of', value: localToday() });
const langButton = element('button', { type: 'button', id: 'lang' });
const saveJson = element('button', { type: 'button', id: 'save-json', disabled: '' });
const saveBulletin = element('button', { type: 'button', id: 'save-bulletin', disabled: '' });
const saveTemplate = element('button', { type: 'button', id: 'save-template' });
const statusLine = element('p', { id: 'status', role: 'status' });
const results = element('div', { id: 'results' });
const drop = element('div', { class: 'drop', id: 'drop' });

document.body.append(
  heading,
  privacy,
  element('div', { class: 'controls' }, filesLabel, fileInput, asOfLabel, asOfInput, langButton),
  drop,
  element('div', { class: 'saves' }, saveJson, saveBulletin, saveTemplate),
  statusLine,
  results,
);

function render(): void {
  const w = WORDS[lang];
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = w.title;
  heading.textContent = w.heading(lang === 'en' ? (data.pack.titleEn ?? data.pack.title) : data.pack.title);
  privacy.textContent = w.privacy;
  filesLabel.textContent = w.filesLabel;
  asOfLabel.textContent = w.asOfLabel;
  langButton.textContent = w.langLabel;
  drop.textContent = w.dropHere;
  saveJson.textContent = w.saveJson;
  saveBulletin.textContent = w.saveBulletin;
  saveTemplate.textContent = w.saveTemplate;
  const reading = status.kind === 'reading';
  saveJson.disabled = reading || shown === undefined;
  saveBulletin.disabled = reading || shown?.bulletins[lang] === undefined;
  saveTemplate.disabled = reading;
  const result = said();
  statusLine.textContent =
    status.kind === 'reading'
      ? w.reading(status.files)
      : status.kind === 'stopped'
        ? `${w.stopped}${renderText(status.message, lang)}`
        : result
          ? w.checked(result.inputs.length, result.summary.rows)
          : w.noFiles;
  statusLine.className = status.kind === 'stopped' ? 'stopped' : '';
  // For whoever drives the page (a script, a test): which check is shown, and in what state.
  statusLine.dataset.state = status.kind === 'idle' ? (shown ? 'shown' : 'idle') : status.kind;
  // The checks asked of the worker so far: a switch of language asks none.
  statusLine.dataset.check = String(asked);
  results.replaceChildren(...(result && status.kind !== 'stopped' ? resultParts(result) : []));
}

function resultParts(doc: CheckResult): Node[] {
  const w = WORDS[lang];
  const rules = new Map(doc.rules.map((rule) => [rule.id, rule]));
  const county = doc.findings.filter((finding) => finding.scope === 'county');
  // The scoreboard: each county and year, its verdicts counted by status.
  const board = new Map<string, { county: string; year: string; counts: Map<Status, number> }>();
  for (const finding of county) {
    const name = finding.county ?? w.noCounty;
    const year = finding.year === null ? '' : String(finding.year);
    const key = `${name}\u0000${year}`;
    let entry = board.get(key);
    if (!entry) board.set(key, (entry = { county: name, year, counts: new Map() }));
    entry.counts.set(finding.status, (entry.counts.get(finding.status) ?? 0) + 1);
  }
  const scoreboard = element(
    'table',
    { id: 'scoreboard' },
    element(
      'thead',
      {},
      element(
        'tr',
        {},
        element('th', {}, w.county),
        element('th', {}, w.year),
        ...SHOWN.map((s) => element('th', {}, w.status[s])),
      ),
    ),
    element(
      'tbody',
      {},
      ...[...board.values()].map((entry) =>
        element(
          'tr',
          {},
          element('td', {}, entry.county),
          element('td', {}, entry.year),
          ...SHOWN.map((s) =>
            element('td', { class: (entry.counts.get(s) ?? 0) > 0 ? s : '' }, String(entry.counts.get(s) ?? 0)),
          ),
        ),
      ),
    ),
  );
  // Each county's misses, each with the sentence of the speech it falls short of.
  const missed = new Map<string, ShownVerdict[]>();
  for (const finding of doc.findings) {
    if (!MISSES.has(finding.status)) continue;
    const name = finding.county ?? w.whole;
    missed.set(name, [...(missed.get(name) ?? []), finding]);
  }
  const misses =
    missed.size === 0
      ? [element('p', {}, w.noMisses)]
      : [...missed.entries()].map(([name, list]) =>
          element(
            'section',
            { class: 'county' },
            element('h3', {}, name),
            element(
              'ul',
              {},
              ...list.map((finding) => {
                const rule = rules.get(finding.rule);
                return element(
                  'li',
                  { class: finding.status },
                  element('strong', {}, `${w.status[finding.status]} `),
                  finding.message,
                  ...(finding.period === undefined ? [] : [` (${finding.period})`]),
                  ...(rule
                    ? [element('blockquote', {}, `${w.quote} (${w.paragraph(rule.paragraph)}): ${rule.quote}`)]
                    : []),
                );
              }),
            ),
          ),
        );
  const problems =
    doc.problems.length === 0
      ? [element('p', {}, w.noProblems)]
      : [
          element(
            'table',
            { id: 'problems' },
            element(
              'thead',
              {},
              element(
                'tr',
                {},
                element('th', {}, w.file),
                element('th', {}, w.sheet),
                element('th', {}, w.where),
                element('th', {}, w.message),
              ),
            ),
            element(
              'tbody',
              {},
              ...doc.problems.map((problem) =>
                element(
                  'tr',
                  { class: problem.level },
                  element('td', {}, problem.file),
                  element('td', {}, problem.sheet ?? ''),
                  element('td', {}, problem.cell ?? w.line(problem.line)),
                  element('td', {}, `${w.level[problem.level]}: ${problem.message}`),
                ),
              ),
            ),
          ),
        ];
  return [
    element('h2', {}, w.scoreboard),
    scoreboard,
    element('h2', {}, w.misses),
    ...misses,
    element('h2', {}, w.problems),
    ...problems,
  ];
}

/** Checks the files given, in the language and at the date shown; a later ask wins over an earlier one. */
function check(): void {
  if (files.length === 0) {
    shown = undefined;
    status = { kind: 'idle' };
    render();
    return;
  }
  const request: CheckRequest = {
    id: ++asked,
    pack: data.pack,
    tool: data.tool,
    files: files.map((file) => ({ name: file.name, bytes: file })),
    asOf: asOfInput.value || localToday(),
    today: localToday(),
  };
  status = { kind: 'reading', files: files.length };
  render();
  worker.postMessage(request);
}

worker.onmessage = async (event: MessageEvent<CheckReply>) => {
  const reply = event.data;
  await catalogues;
  if (reply.id !== asked) return;
  if (reply.ok) {
    shown = { checked: reply.result, bulletins: reply.bulletins, asOf: asOfInput.value };
    status = { kind: 'idle' };
  } else {
    shown = undefined;
    status = { kind: 'stopped', message: reply.message };
  }
  render();
};

/** The files picked or dropped, each name once: a later file of the same name replaces an earlier. */
function take(list: FileList | null): void {
  if (!list || list.length === 0) return;
  const byName = new Map<string, File>();
  for (const file of Array.from(list)) byName.set(file.name, file);
  files = [...byName.values()];
  check();
}

function save(bytes: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = element('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

fileInput.addEventListener('change', () => take(fileInput.files));
asOfInput.addEventListener('change', check);
// The result shown, or the stop, is said again in the other language; the worker is asked nothing.
langButton.addEventListener('click', () => {
  lang = lang === 'zh' ? 'en' : 'zh';
  render();
});
saveJson.addEventListener('click', () => {
  const result = said();
  if (shown && result)
    save(Array.from(json(result, CONTEXT)).join(''), 'application/json', `duibiao-${shown.asOf || localToday()}.json`);
});
saveBulletin.addEventListener('click', () => {
  const bulletin = shown?.bulletins[lang];
  if (shown && bulletin !== undefined) save(bulletin, 'text/html', `duibiao-${shown.asOf || localToday()}.html`);
});
saveTemplate.addEventListener('click', () => {
  save(
    base64Bytes(data.templates[lang]),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data.templateName,
  );
});
for (const target of [document.body]) {
  target.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  target.addEventListener('dragleave', () => drop.classList.remove('over'));
  target.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    take(event.dataTransfer?.files ?? null);
  });
}

render();
