// SARIF 2.1.0 for code scanning: the pack's rules, and each miss and data problem at its file and line.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Problem, Verdict } from '../model/types.js';
import { isMiss, problemLevel, verdictLevel, type Level } from './findings.js';
import type { Reporter } from './types.js';
import { placeOf } from './words.js';
import { words } from '../words/words.js';

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

export const sarif: Reporter = (result) => {
  const rules = result.rules.map((rule): SarifRule => ({
    id: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.quote },
    help: { text: `${rule.title}${rule.description ? `: ${rule.description}` : ''}\n“${rule.quote}” (¶${rule.paragraph})` },
    defaultConfiguration: { level: rule.severity },
    properties: { paragraph: rule.paragraph },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = [];
  for (const verdict of result.findings) {
    if (isMiss(verdict)) results.push(verdictResult(verdict, ruleIndex.get(verdict.rule)!));
  }
  for (const problem of result.problems) {
    // A data problem is a result of a rule named by its code, added after the pack's rules.
    if (!ruleIndex.has(problem.code)) {
      ruleIndex.set(problem.code, rules.length);
      rules.push(problemRule(problem));
    }
    results.push(problemResult(problem, ruleIndex.get(problem.code)!));
  }

  const run = {
    tool: { driver: { name: result.tool.name, version: result.tool.version, rules } },
    results,
    properties: { pack: result.pack, asOf: result.asOf },
  };
  return `${JSON.stringify({ $schema: SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
};

function verdictResult(verdict: Verdict, ruleIndex: number) {
  const { county, year, status, actual, target, comparison } = verdict;
  return {
    ruleId: verdict.rule,
    ruleIndex,
    level: verdictLevel(verdict),
    message: { text: `${placeOf(verdict)}: ${verdict.message}` },
    ...(verdict.location ? { locations: [location(verdict.location)] } : {}),
    // The same target missed by the same county in the same year is the same alert, wherever its row moves.
    partialFingerprints: { 'duibiao/countyYear/v1': `${verdict.rule}|${verdict.scope}|${county ?? ''}|${year ?? ''}` },
    properties: { county, year, status, actual, target, comparison },
  };
}

function problemRule(problem: Problem): SarifRule {
  return {
    id: problem.code,
    shortDescription: { text: words().sarifProblemRule(problem.code) },
    fullDescription: { text: words().sarifProblemMeaning },
    defaultConfiguration: { level: problemLevel(problem) },
    properties: { tags: ['data-problem'] },
  };
}

function problemResult(problem: Problem, ruleIndex: number) {
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

function location({ file, line }: { file: string; line: number }) {
  return { physicalLocation: { artifactLocation: { uri: fileUri(file) }, region: { startLine: line } } };
}

/** A path as given on the command line, as a URI: relative stays relative, each segment percent-encoded. */
export function fileUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map((segment) => (segment === '.' || segment === '..' ? segment : encodeURIComponent(segment))).join('/');
}
