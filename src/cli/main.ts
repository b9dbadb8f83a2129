// The command line: wires read, pack, engine and report, and owns the exit code.
import { type Argument, Command, CommanderError, Help, Option } from 'commander';
import { FORMAT_NAMES } from '../report/index.js';
import { displayWidth } from '../report/layout.js';
import { visible } from '../model/visible.js';
import type { CheckFlags } from './check.js';
import { DuibiaoError, describeFsError } from '../errors.js';
import type { PageFlags } from './page.js';
import type { TemplateFlags } from './template.js';
import { currentLang, LANGS, loadLang, words } from '../words/words.js';
import { exitOnCrash, reportFailure } from './failure.js';
import { chooseLang } from './lang.js';
import { TOOL } from '../run/version.js';

// Each command loads what it needs when it runs, so `rules` never loads the CSV parser.
const check = () => import('./check.js');
const info = () => import('./info.js');
const template = () => import('./template.js');
const selfCheckPage = () => import('./page.js');

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function program(): Command {
  const w = words();
  const langOption = () => new Option('--lang <lang>', w.helpLang).choices(LANGS);
  const cli = new Command('duibiao')
    .description(w.helpProgram)
    .version(TOOL.version, '-V, --version', w.helpVersion)
    .helpOption('-h, --help', w.helpHelp)
    .helpCommand('help [command]', w.helpCommand)
    .configureHelp(helpInLanguage())
    .option('--debug', w.helpDebug)
    .addOption(langOption())
    .exitOverride()
    // Commander's refusals are said once, in the run's language, by commandLineError below.
    .configureOutput({ outputError: () => undefined });

  cli
    .command('check')
    .description(w.helpCheck)
    .argument('<file...>', w.helpFiles)
    .option('-r, --rules <pack.yaml>', w.helpRules)
    .addOption(
      new Option('-f, --format <name[:file]>', w.helpFormat(FORMAT_NAMES.join(' | ')))
        .argParser(collect)
        .default([], 'table'),
    )
    .option('-o, --output <file>', w.helpOutput)
    .option('--as-of <YYYY-MM-DD|report-date>', w.helpAsOf)
    .addOption(new Option('--sheet <name-or-number>', w.helpSheet).argParser(collect).default([]))
    .addOption(new Option('--fail-on <level>', w.helpFailOn).choices(['error', 'warning', 'never']))
    .option('--counties <file>', w.helpCounties)
    .option('--waivers <file>', w.helpWaivers)
    .option('--baseline <report.json>', w.helpBaseline)
    .option('--fail-on-new', w.helpFailOnNew)
    .option('--config <file>', w.helpConfig('duibiao.config.yaml'))
    .option('--follow-links', w.helpFollowLinks)
    .addOption(langOption())
    .action(async (files: string[], flags: CheckFlags) => {
      process.exitCode = await (await check()).runCheck(files, flags);
    });

  cli
    .command('rules')
    .description(w.helpListRules)
    .option('-r, --rules <pack.yaml>', w.helpRules)
    .addOption(langOption())
    .action(async (flags: { rules?: string }) => {
      process.stdout.write(visible(await (await info()).listRules(flags.rules), '\n'));
    });

  cli
    .command('explain')
    .description(w.helpExplain)
    .argument('<rule-id>')
    .option('-r, --rules <pack.yaml>', w.helpRules)
    .addOption(langOption())
    .action(async (id: string, flags: { rules?: string }) => {
      process.stdout.write(visible(await (await info()).explainRule(id, flags.rules), '\n'));
    });

  cli
    .command('template')
    .description(w.helpTemplate)
    .option('-r, --rules <pack.yaml>', w.helpRules)
    .addOption(new Option('--format <name>', 'csv | xlsx').choices(['csv', 'xlsx']).default('csv'))
    .option('-o, --output <file>', w.helpTemplateOutput)
    .option('--english', w.helpEnglish)
    .option('--counties <file>', w.helpTemplateCounties)
    .option('--table <id>', w.helpTemplateTable)
    .addOption(langOption())
    .action(async (flags: TemplateFlags) => {
      await (await template()).writeTemplate(flags);
    });

  cli
    .command('page')
    .description(w.helpPage)
    .option('-o, --output <file>', w.helpPageOutput)
    .option('-r, --rules <pack.yaml>', w.helpRules)
    .addOption(langOption())
    .action(async (flags: PageFlags) => {
      await (await selfCheckPage()).writePage(flags);
    });
  return cli;
}

/** Commander's refusal in the run's language: its code chooses the words, the names it quotes go in them. */
function commandLineError(error: CommanderError): string {
  const w = words();
  const say = w.commandLine[error.code];
  if (!say) return error.message.slice('error: '.length).replace(/\s*\n\s*/g, ' ');
  // A missing argument is named as help names it.
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((m) => w.helpArguments[m[1]!] ?? m[1]!);
  const choices = /Allowed choices are (.*)\.$/.exec(error.message)?.[1];
  const guess = /Did you mean (.*)\?\)/.exec(error.message)?.[1];
  return `${say(...quoted)}${choices ? w.commandLineChoices(choices) : ''}${guess ? w.commandLineGuess(guess) : ''}`;
}

/** Commander's own headings and notes in the run's language. */
function helpInLanguage(): Partial<Help> {
  const w = words();
  const syntax = (text: string) =>
    text
      .replace(/\[(?:options|command)\]/g, (word) => w.helpSyntax[word] ?? word)
      .replace(/<([a-z-]+)(\.\.\.)?>/g, (word, name: string, more = '') =>
        w.helpArguments[name] === undefined ? word : `<${w.helpArguments[name]}${more as string}>`,
      );
  return {
    styleTitle: (title: string) => w.helpTitles[title] ?? title,
    commandUsage(this: Help, command: Command) {
      return syntax(Help.prototype.commandUsage.call(this, command));
    },
    subcommandTerm(this: Help, command: Command) {
      return syntax(Help.prototype.subcommandTerm.call(this, command));
    },
    argumentTerm: (argument: Argument) => w.helpArguments[argument.name()] ?? argument.name(),
    // The terms line up by a terminal's columns, a Chinese character taking two (`<规则编号>`); the
    // descriptions wrap as commander wraps them, at their few spaces.
    displayWidth: (text: string) => displayWidth(text),
    boxWrap(this: Help, text: string, width: number) {
      const byLength = Object.assign(Object.create(this) as Help, {
        displayWidth: (part: string) => Help.prototype.displayWidth.call(this, part),
      });
      return Help.prototype.boxWrap.call(byLength, text, width);
    },
    optionDescription(this: Help, option: Option) {
      return Help.prototype.optionDescription
        .call(this, option)
        .replace('(choices: ', `(${w.helpChoices}: `)
        .replace(/([(,] )?default: /, (_, before: string | undefined) => `${before ?? ''}${w.helpDefault}: `);
    },
  };
}

/**
 * Runs the command line of this process. Called by bin/duibiao.js (the bundle's always-loaded code
 * is a script compiled from V8's code cache, which cannot hold a top-level await: scripts/bundle.mjs).
 */
export async function main(): Promise<void> {
  const debug = process.argv.includes('--debug');
  exitOnCrash(debug);

  // A reader that stops early (`| head`) is not an error; a stdout that is full is.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (error.code === 'ENOSPC' || error.code === 'EDQUOT' || error.code === 'EFBIG') {
      process.exit(
        reportFailure(new DuibiaoError('stdout-full', words().cannotWriteStdout(describeFsError(error))), debug),
      );
    }
    throw error;
  });

  try {
    await loadLang(chooseLang(process.argv, process.env.DUIBIAO_LANG));
    await program().parseAsync(process.argv);
  } catch (error) {
    // A language refused is said in the default one.
    await loadLang(currentLang());
    if (error instanceof CommanderError) {
      // Help and version exit 0; every usage mistake is 2.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      if (error.exitCode !== 0 && error.message.startsWith('error: '))
        process.stderr.write(`duibiao: ${visible(commandLineError(error))} [usage]\n`);
    } else {
      process.exitCode = reportFailure(error, debug);
    }
  }
}
