// JUnit XML (Ant's schema): a testsuite per rule, a testcase per county verdict, and one for the data problems.
import { placeText } from './place.js';
import {
  STATUSES,
  type CheckResult,
  type RuleInfo,
  type Status,
  type ShownVerdict as Verdict,
} from '../model/types.js';
import { allFindings, allProblems } from './parts.js';
import type { Reporter } from './types.js';
import { placeOf, STATUS_WORD, waiverText } from './words.js';
import { periodText } from './period.js';
import { asOfDate } from '../model/as-of.js';

/** The suite that carries the error-level data problems, after the rules' suites. */
const PROBLEM_SUITE = 'data-problems';

type Outcome = 'failure' | 'error' | 'skipped';

/** What each verdict is to a test report; a pass is a testcase with nothing in it. */
const OUTCOME: Record<Status, Outcome | undefined> = {
  pass: undefined,
  fail: 'failure',
  missing: 'error',
  invalid: 'error',
  pending: 'skipped',
  not_applicable: 'skipped',
  waived: 'skipped',
};

const PASSED: ReadonlySet<Status> = new Set(['pass']);

export const junit: Reporter = function* (result): Generator<string | Uint8Array> {
  // The as-of date, not the clock: the same inputs give the same report.
  const suite = {
    package: result.pack.id,
    timestamp: `${asOfDate(result)}T00:00:00`,
    hostname: 'localhost',
    time: '0',
  };
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n';
  // The quote is whole in the suite's properties; each case carries its opening only.
  const quotes = new Map(result.rules.map((rule) => [rule.id, quoteInCase(rule.quote)]));
  // A large run's cases are made in one pass over its rows, grouped by rule, not in a pass a rule.
  // A passing case is its place between two fixed texts: its verdict is made without values or
  // words, and kept until its rule is written as a byte, not as text.
  const cases = result.spooled?.byRule?.({
    plain: PASSED,
    render: (verdict) =>
      verdict.scope === 'county' ? `${verdictCase(verdict, verdict.rule, quotes.get(verdict.rule)!)}\n` : undefined,
    key: (place) => escapeXml(placeOf(place), true),
    before: CASE_OPEN,
    after: (rule) => `${caseRest(rule)}/>\n`,
  });
  let id = 0;
  for (const rule of result.rules) yield* ruleSuite(result, rule, { ...suite, id: id++ }, cases);
  if (result.problemCounts.errors > 0) yield* problemSuite(result, { ...suite, id });
  yield '</testsuites>\n';
};

type SuiteAttributes = Record<'package' | 'timestamp' | 'hostname' | 'time', string> & { id: number };

/** A rule's suite, a testcase at a time: its counts come from the tally, its cases as they are read. */
function* ruleSuite(
  result: CheckResult,
  rule: RuleInfo,
  attributes: SuiteAttributes,
  cases: ((rule: string) => Iterable<Uint8Array>) | undefined,
): Generator<string | Uint8Array> {
  const counts = result.ruleCounts[rule.id];
  const count = (outcome: Outcome): number =>
    STATUSES.reduce((sum, status) => sum + (OUTCOME[status] === outcome ? (counts?.[status] ?? 0) : 0), 0);
  const tests = STATUSES.reduce((sum, status) => sum + (counts?.[status] ?? 0), 0);
  const totals = result.findings.filter((v) => v.scope === 'total' && v.rule === rule.id);
  const properties: [string, string][] = [
    ['title', rule.title],
    ['severity', rule.severity],
    ['paragraph', String(rule.paragraph)],
    ['quote', rule.quote],
    // As the JSON report's asOf: the date deadlines were judged at, or report-date.
    ['asOf', result.asOf],
    // The whole data set's figure, beside the counties'.
    ...totals.map((v): [string, string] => [`total ${periodText(v)}`, `${v.status}: ${v.message}`]),
  ];
  const open = element('testsuite', {
    name: rule.id,
    ...attributes,
    tests,
    failures: count('failure'),
    errors: count('error'),
    skipped: count('skipped'),
  });
  yield `  ${open}>\n${propertyList(properties)}\n`;
  // The quote is whole in the suite's properties; each case carries its opening only.
  const quote = quoteInCase(rule.quote);
  if (cases) yield* cases(rule.id);
  else
    for (const verdict of allFindings(result, rule.id))
      if (verdict.scope === 'county') yield `${verdictCase(verdict, rule.id, quote)}\n`;
  yield suiteEnd().join('\n');
}

/** Characters of a rule's quote repeated in each of its failing cases. */
const QUOTE_IN_CASE = 500;

function cut(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`;
}

/** A testcase's opening up to its name's value: what every case starts with. */
const CASE_OPEN = '    <testcase name="';

/** A testcase's opening after its name's value, without its closing bracket. */
function caseRest(ruleId: string): string {
  return `" classname="${escapeXml(ruleId, true)}" time="0"`;
}

/**
 * The end of a failing case's text, escaped once a rule: the opening of the rule's quote after a
 * line break. Escaping goes a character at a time, and a line break is no surrogate, so the text
 * before it is escaped apart from it to the same characters.
 */
function quoteInCase(quote: string): string {
  return escapeXml(`\n“${cut(quote, QUOTE_IN_CASE)}”`);
}

/** A county verdict's testcase; `quote`: its rule's `quoteInCase`. */
function verdictCase(verdict: Verdict, ruleId: string, quote: string): string {
  // As `element` makes it, without an object of attributes a case.
  const open = `${CASE_OPEN}${escapeXml(placeOf(verdict), true)}${caseRest(ruleId)}`;
  const tag = OUTCOME[verdict.status];
  if (tag === undefined) return `${open}/>`;
  const where = verdict.location ? placeText(verdict.location) : '';
  const waived = verdict.waiver ? waiverText(verdict.waiver) : undefined;
  const body = `${where}\n${STATUS_WORD[verdict.status]}: ${verdict.message}${waived ? `\n${waived}` : ''}`;
  // A skip has no type in the schema; the status is the type of a failure or an error. A waived verdict is skipped with its reason.
  return `${open}>${outcome(tag, waived ?? verdict.message, body, tag === 'skipped' ? undefined : verdict.status, quote)}</testcase>`;
}

function* problemSuite(result: CheckResult, attributes: SuiteAttributes): Generator<string> {
  const errors = result.problemCounts.errors;
  const open = element('testsuite', {
    name: PROBLEM_SUITE,
    ...attributes,
    tests: errors,
    failures: 0,
    errors,
    skipped: 0,
  });
  yield `  ${open}>\n${propertyList([])}\n`;
  for (const p of allProblems(result)) {
    if (p.level !== 'error') continue;
    const where = placeText(p);
    const test = element('testcase', {
      name: `${where}${p.column ? ` ${p.column}` : ''}`,
      classname: PROBLEM_SUITE,
      time: '0',
    });
    yield `    ${test}>${outcome('error', p.message, `${where}\n${p.message}`, p.code)}</testcase>\n`;
  }
  yield suiteEnd().join('\n');
}

function propertyList(properties: [string, string][]): string {
  if (properties.length === 0) return '    <properties/>';
  return [
    '    <properties>',
    ...properties.map(([name, value]) => `      ${element('property', { name, value })}/>`),
    '    </properties>',
  ].join('\n');
}

/** The schema wants both, even empty; nothing here writes to either. */
function suiteEnd(): string[] {
  return ['    <system-out/>', '    <system-err/>', '  </testsuite>\n'];
}

/** `escaped`: text after the body, escaped already. */
function outcome(tag: Outcome, message: string, body: string, type?: string, escaped = ''): string {
  // As `element` makes it: a failure, an error or a skip is in most cases of a large report.
  const typed = type ? ` type="${escapeXml(type, true)}"` : '';
  return `<${tag} message="${escapeXml(message, true)}"${typed}>${escapeXml(body)}${escaped}</${tag}>`;
}

/** An opening tag without its closing bracket, so that it can end as `>` or `/>`. */
function element(name: string, attributes: Record<string, string | number>): string {
  return `<${name}${Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value), true)}"`)
    .join('')}`;
}

/** What XML 1.0 cannot carry: most control characters, U+FFFE and U+FFFF, and unpaired surrogates. */
/* eslint-disable no-control-regex -- a block, as the pattern is longer than a line */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Anything escapeXml changes in text, and in an attribute: a quick test before the replacing. */
const TEXT_SPECIAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF&<>"\r]/;
const ATTRIBUTE_SPECIAL = /[\u0000-\u001F\uFFFE\uFFFF\uD800-\uDFFF&<>"]/;
/** What may be NOT_XML: a quick test before its slower pattern. */
const MAYBE_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
/** What becomes a reference: in text, markup and a carriage return; in an attribute, line breaks and tabs too. */
const TEXT_REFERENCED = /[&<>"\r]/g;
const ATTRIBUTE_REFERENCED = /[&<>"\t\n\r]/g;
/* eslint-enable no-control-regex */
const REFERENCE: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Text or an attribute value as XML 1.0 allows: markup characters as entities, and the
 * control characters XML cannot carry at all replaced, so a stray byte in a cell cannot
 * make the whole report unreadable. In attributes, line breaks and tabs survive as references.
 * Each character is escaped on its own (a surrogate by its neighbour), in one pass for the references.
 */
export function escapeXml(text: string, attribute = false): string {
  // Most text (a county's name, a message) has nothing to escape: it is returned as it is.
  if (!(attribute ? ATTRIBUTE_SPECIAL : TEXT_SPECIAL).test(text)) return text;
  const carried = MAYBE_NOT_XML.test(text) ? text.replace(NOT_XML, '\uFFFD') : text;
  return carried.replace(attribute ? ATTRIBUTE_REFERENCED : TEXT_REFERENCED, (c) => REFERENCE[c]!);
}
