// English: the command line's help; command line, merged.
import type { help as zh } from '../zh/help.js';

export const help = {
  helpProgram: 'check county submissions against the targets of a policy speech',
  helpDebug: 'show stack traces of internal errors',
  helpLang: 'the language of every word meant for a person (default: DUIBIAO_LANG, else zh)',
  helpVersion: 'output the version number',
  helpHelp: 'display help for command',
  helpCommand: 'display help for a command',
  helpCheck: 'check data files against a rule pack',
  helpFiles: 'county submissions: .csv, .xlsx, .xls, .yaml, .yml or .json',
  helpRules: 'rule pack (default: the built-in pack)',
  helpFormat: (names: string) => `${names}; may repeat, each to its own file, at most one to stdout`,
  helpOutput: 'write the (single) report there instead of stdout',
  helpAsOf: 'the date deadlines are judged at',
  helpFailOn: 'the lowest severity that fails the run (default: error)',
  helpListRules: "list the pack's rules: id, target, severity, source sentence",
  helpExplain: 'one rule: what it checks, the columns it needs, the quote',
  helpTemplate: 'a blank county submission (CSV, or xlsx with data validation) with every column',
  helpEnglish: 'English column names instead of Chinese labels (csv)',
  helpTitles: {},
  helpDefault: 'default',
  commandLine: {},
  commandLineChoices: (choices: string) => `; choose from ${choices}`,
  commandLineGuess: (guess: string) => ` (did you mean ${guess}?)`,
  helpChoices: 'choices',

  // command line, merged
  helpSheet: "the workbook sheet to read (by name, or 1-based number); may repeat; default: every sheet whose header names the pack's columns",
  helpCounties: 'roster of the counties expected to report (CSV or YAML: county, county_code)',
  helpWaivers: 'waivers (YAML): county, rule, year?, reason, approved_by, expires',
  helpBaseline: 'an earlier JSON report: mark each county verdict new, persisting, fixed or same',
  helpFailOnNew: 'with --baseline, fail only on misses that are new',
  helpConfig: (file: string) => `settings for the run (default: ./${file} when there is one); flags override it`,
  helpTemplateOutput: 'write the template there instead of stdout (needed for xlsx)',
  helpTemplateCounties: 'roster of counties: one row pre-filled for each (csv)',
  cannotWriteStdout: (reason: string) => `cannot write to stdout: ${reason}`,
} satisfies typeof zh;
