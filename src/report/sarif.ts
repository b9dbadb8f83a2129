// SARIF 2.1.0 for code scanning: the pack's rules, and each miss and data problem at its file and line.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ShownProblem, ProblemLevel, ShownVerdict as Verdict } from '../model/types.js';
import { allProblems, briefFindings } from './parts.js';
import { isMiss, problemLevel, verdictLevel, type Level } from './findings.js';
import type { Reporter } from './types.js';
import { placeOf } from './words.js';
import { words } from '../words/words.js';
import { jsonText } from './json/encoder.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** SARIF's reportingDescriptor, as much of it as is written here. */
interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help?: { text: string };
  defaultConfiguration: { level: Level };
  properties: Record<string, unknown>;
}

export const sarif: Reporter = function* (result) {
  const rules = result.rules.map((rule): SarifRule => ({
    id: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.quote },
    help: {
      text: `${rule.title}${rule.description ? `: ${rule.description}` : ''}\n“${rule.quote}” (¶${rule.paragraph})`,
    },
    defaultConfiguration: { level: rule.severity },
    properties: { paragraph: rule.paragraph },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  // A data problem is a result of a rule named by its code, added after the pack's rules in the
  // order the codes first came; the counts know them before any problem is read back.
  for (const code of Object.keys(result.problemCounts.byCode)) {
    ruleIndex.set(code, rules.length);
    rules.push(problemRule(code, result.problemCounts.byCode[code]!.level));
  }
  const run = {
    tool: { driver: { name: result.tool.name, version: result.tool.version, rules } },
    results: [RESULTS],
    properties: { pack: result.pack, asOf: result.asOf },
  };
  // The document as JSON.stringify indents it, its results written one at a time where the marker stands.
  const [before, after] = JSON.stringify({ $schema: SCHEMA, version: '2.1.0', runs: [run] }, null, 2).split(
    `[\n        "${RESULTS}"\n      ]`,
  ) as [string, string];
  yield `${before}[`;
  let any = false;
  const item = (value: object | string): string => {
    const text = `${any ? ',' : ''}\n        ${typeof value === 'string' ? value : resultJson(value)}`;
    any = true;
    return text;
  };
  for (const verdict of briefFindings(result)) {
    if (!isMiss(verdict)) continue;
    const index = ruleIndex.get(verdict.rule)!;
    yield item(verdictResultJson(verdict, index) ?? verdictResult(verdict, index));
  }
  for (const problem of allProblems(result)) yield item(problemResult(problem, ruleIndex.get(problem.code)!));
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- item() sets it true; TS does not follow the closure
  yield `${any ? '\n      ' : ''}]${after}\n`;
};

/** Where the results go in the document's text: a string on a line of its own, which no text from a pack or the data can be (their line breaks are escaped). */
const RESULTS = 'duibiao:results';

export function verdictResult(verdict: Verdict, ruleIndex: number) {
  const { county, year, status, actual, target, comparison } = verdict;
  return {
    ruleId: verdict.rule,
    ruleIndex,
    level: verdictLevel(verdict),
    message: { text: `${placeOf(verdict)}: ${verdict.message}` },
    ...(verdict.location ? { locations: [location(verdict.location)] } : {}),
    // The same target missed by the same county in the same year is the same alert, wherever its row moves.
    partialFingerprints: {
      'duibiao/countyYear/v1': `${verdict.rule}|${verdict.scope}|${county ?? ''}|${verdict.period ?? year ?? ''}`,
    },
    properties: {
      county,
      year,
      ...(verdict.period === undefined ? {} : { period: verdict.period }),
      status,
      actual,
      target,
      comparison,
      ...(verdict.change ? { change: verdict.change } : {}),
    },
    // A waived miss is suppressed outside the code, as SARIF intends, and keeps its level.
    ...(verdict.waiver
      ? {
          suppressions: [
            {
              kind: 'external',
              justification: words().waiverNote(
                verdict.waiver.reason,
                verdict.waiver.approved_by,
                verdict.waiver.expires,
              ),
            },
          ],
        }
      : {}),
  };
}

/** A result as it stands in the document: indented as JSON.stringify indents it, under `results`. */
export function resultJson(value: object): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', '\n        ');
}

/**
 * `resultJson(verdictResult(verdict, ruleIndex))` without the object and JSON.stringify's generic
 * walk (a test holds the two equal): the text of a miss at a text file's line, or of one with no
 * place. Undefined for any other (a waived miss, a workbook's row): those take the generic way.
 */
export function verdictResultJson(verdict: Verdict, ruleIndex: number): string | undefined {
  const { county, year, status, actual, target, comparison, location } = verdict;
  if (verdict.waiver !== undefined || location?.sheet !== undefined) return undefined;
  const places =
    location === undefined
      ? ''
      : `
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": ${jsonText(uriOf(location.file))}
                },
                "region": {
                  "startLine": ${jsonValue(location.line)}
                }
              }
            }
          ],`;
  return `{
          "ruleId": ${jsonText(verdict.rule)},
          "ruleIndex": ${ruleIndex},
          "level": ${jsonText(verdictLevel(verdict))},
          "message": {
            "text": ${jsonText(`${placeOf(verdict)}: ${verdict.message}`)}
          },${places}
          "partialFingerprints": {
            "duibiao/countyYear/v1": ${jsonText(`${verdict.rule}|${verdict.scope}|${county ?? ''}|${verdict.period ?? year ?? ''}`)}
          },
          "properties": {
            "county": ${jsonValue(county)},
            "year": ${jsonValue(year)},${verdict.period === undefined ? '' : `\n            "period": ${jsonText(verdict.period)},`}
            "status": ${jsonText(status)},
            "actual": ${jsonValue(actual)},
            "target": ${jsonValue(target)},
            "comparison": ${jsonValue(comparison)}${verdict.change ? `,\n            "change": ${jsonText(verdict.change)}` : ''}
          }
        }`;
}

/** A value as JSON.stringify writes it: a number that is not finite as null. */
function jsonValue(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return jsonText(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return String(value);
}

function problemRule(code: string, level: ProblemLevel): SarifRule {
  return {
    id: code,
    shortDescription: { text: words().sarifProblemRule(code) },
    fullDescription: { text: words().sarifProblemMeaning },
    defaultConfiguration: { level: problemLevel({ level }) },
    properties: { tags: ['data-problem'] },
  };
}

function problemResult(problem: ShownProblem, ruleIndex: number) {
  return {
    ruleId: problem.code,
    ruleIndex,
    level: problemLevel(problem),
    message: { text: problem.message },
    locations: [location(problem)],
    // A cell's place among the row's cells is not a character column, so it stays out of the region.
    ...(problem.column ? { properties: { column: problem.column, columnNumber: problem.columnNumber } } : {}),
  };
}

function location({
  file,
  line,
  sheet,
  cell,
}: {
  file: string;
  line: number;
  sheet?: string | undefined;
  cell?: string | undefined;
}) {
  const physicalLocation = { artifactLocation: { uri: uriOf(file) }, region: { startLine: line } };
  // A workbook's row is its sheet's row: the sheet (and the cell) say where the line is.
  if (sheet === undefined) return { physicalLocation };
  return { physicalLocation, properties: { sheet, ...(cell === undefined ? {} : { cell }) } };
}

/** The last file's URI: a run's verdicts come file by file, each file's rows together. */
let lastFile: string | undefined;
let lastUri = '';

function uriOf(file: string): string {
  if (file !== lastFile) {
    lastUri = fileUri(file);
    lastFile = file;
  }
  return lastUri;
}

/** A path as given on the command line, as a URI: relative stays relative, each segment percent-encoded. */
export function fileUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file
    .split(/[\\/]/)
    .map((segment) => (segment === '.' || segment === '..' ? segment : encodeURIComponent(segment)))
    .join('/');
}
