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
  helpFiles:
    'county submissions: .csv, .xlsx, .xls, .yaml, .yml or .json files, folders of them, or patterns ("returns/*.xlsx")',
  helpRules: 'rule pack (default: the built-in pack)',
  helpFormat: (names: string) => `${names}; may repeat, each to its own file, at most one to stdout`,
  helpOutput: 'write the (single) report there instead of stdout',
  helpAsOf: 'the date deadlines are judged at; default: the day of the run; report-date: each row at its report_date',
  helpFailOn: 'the lowest severity that fails the run (default: error)',
  helpListRules: "list the pack's rules: id, target, severity, source sentence",
  helpExplain: 'one rule: what it checks, the columns it needs, the quote',
  helpTemplate: 'a blank county submission (CSV, or xlsx with data validation) with every column',
  helpEnglish: 'English column names instead of Chinese labels',
  helpTitles: {},
  helpDefault: 'default',
  helpSyntax: {},
  helpArguments: {},
  commandLine: {},
  commandLineChoices: (choices: string) => `; choose from ${choices}`,
  commandLineGuess: (guess: string) => ` (did you mean ${guess}?)`,
  helpChoices: 'choices',

  // command line, merged
  helpSheet:
    "the workbook sheet to read (by name, or 1-based number); may repeat; default: every sheet whose header names the pack's columns",
  helpCounties: 'roster of the counties expected to report (CSV, YAML or a workbook: county, county_code)',
  helpWaivers: 'waivers (YAML): county, rule, year?, reason, approved_by, expires',
  helpBaseline: 'an earlier JSON report: mark each county verdict new, persisting, fixed or same',
  helpFailOnNew: 'with --baseline, fail only on misses that are new',
  helpFollowLinks:
    'read inputs through links that lead out of the folder they are in (or out of the working directory); refused by default',
  helpConfig: (file: string) => `settings for the run (default: ./${file} when there is one); flags override it`,
  helpPage:
    'the offline self-check page: one HTML file holding the pack and the check, opened in a browser to check returns without a network',
  helpPageOutput: 'write the page to this file (self-check.html, say)',
  helpTemplateOutput: 'write the template there instead of stdout (needed for xlsx)',
  helpTemplateCounties: 'roster of counties: one row pre-filled for each',
  helpTemplateTable:
    'for a pack of several tables (yearly, monthly), the table whose form to write; the first by default',
  cannotWriteStdout: (reason: string) => `cannot write to stdout: ${reason}`,
} satisfies typeof zh;
