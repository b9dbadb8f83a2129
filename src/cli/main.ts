// The command line: wires read, pack, engine and report, and owns the exit code.
import { Command, CommanderError, Option } from 'commander';
import { FORMAT_NAMES } from '../report/index.js';
import { visible } from '../report/visible.js';
import type { CheckFlags } from './check.js';
import { DuibiaoError, describeFsError } from '../errors.js';
import type { TemplateFlags } from './template.js';
import { exitOnCrash, reportFailure } from './failure.js';
import { TOOL } from '../run/version.js';

// Each command loads what it needs when it runs, so `rules` never loads the CSV parser.
const check = () => import('./check.js');
const info = () => import('./info.js');
const template = () => import('./template.js');

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function program(): Command {
  const cli = new Command('duibiao')
    .description('对标: check county submissions against the targets of a policy speech')
    .version(TOOL.version)
    .option('--debug', 'show stack traces of internal errors')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });

  cli
    .command('check')
    .description('check data files against a rule pack')
    .argument('<file...>', 'county submissions: .csv, .xlsx, .xls, .yaml, .yml or .json')
    .option('-r, --rules <pack.yaml>', 'rule pack (default: the built-in pack)')
    .addOption(new Option('-f, --format <name[:file]>', `${FORMAT_NAMES.join(' | ')}; may repeat, each to its own file, at most one to stdout`).argParser(collect).default([], 'table'))
    .option('-o, --output <file>', 'write the (single) report there instead of stdout')
    .option('--as-of <YYYY-MM-DD>', 'the date deadlines are judged at')
    .addOption(new Option('--sheet <name-or-number>', 'the workbook sheet to read (by name, or 1-based number); may repeat; default: every sheet whose header names the pack\'s columns').argParser(collect).default([]))
    .addOption(new Option('--fail-on <level>', 'the lowest severity that fails the run (default: error)').choices(['error', 'warning', 'never']))
    .option('--counties <file>', 'roster of the counties expected to report (CSV or YAML: county, county_code)')
    .option('--waivers <file>', 'waivers (YAML): county, rule, year?, reason, approved_by, expires')
    .option('--baseline <report.json>', 'an earlier JSON report: mark each county verdict new, persisting, fixed or same')
    .option('--fail-on-new', 'with --baseline, fail only on misses that are new')
    .option('--config <file>', `settings for the run (default: ./${'duibiao.config.yaml'} when there is one); flags override it`)
    .action(async (files: string[], flags: CheckFlags) => {
      process.exitCode = await (await check()).runCheck(files, flags);
    });

  cli
    .command('rules')
    .description("list the pack's rules: id, target, severity, source sentence")
    .option('-r, --rules <pack.yaml>', 'rule pack (default: the built-in pack)')
    .action(async (flags: { rules?: string }) => {
      process.stdout.write(visible(await (await info()).listRules(flags.rules), '\n'));
    });

  cli
    .command('explain')
    .description('one rule: what it checks, the columns it needs, the quote')
    .argument('<rule-id>')
    .option('-r, --rules <pack.yaml>', 'rule pack (default: the built-in pack)')
    .action(async (id: string, flags: { rules?: string }) => {
      process.stdout.write(visible(await (await info()).explainRule(id, flags.rules), '\n'));
    });

  cli
    .command('template')
    .description('a blank county submission (CSV, or xlsx with data validation) with every column')
    .option('-r, --rules <pack.yaml>', 'rule pack (default: the built-in pack)')
    .addOption(new Option('--format <name>', 'csv | xlsx').choices(['csv', 'xlsx']).default('csv'))
    .option('-o, --output <file>', 'write the template there instead of stdout (needed for xlsx)')
    .option('--english', 'English column names instead of Chinese labels (csv)')
    .option('--counties <file>', 'roster of counties: one row pre-filled for each (csv)')
    .action(async (flags: TemplateFlags) => {
      await (await template()).writeTemplate(flags);
    });
  return cli;
}

const debug = process.argv.includes('--debug');
exitOnCrash(debug);

// A reader that stops early (`| head`) is not an error; a stdout that is full is.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  if (error.code === 'ENOSPC' || error.code === 'EDQUOT' || error.code === 'EFBIG') {
    process.exit(reportFailure(new DuibiaoError('stdout-full', `cannot write to stdout: ${describeFsError(error)}`), debug));
  }
  throw error;
});

const cli = program();
try {
  await cli.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; every usage mistake is 2.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.exitCode = reportFailure(error, debug);
  }
}
