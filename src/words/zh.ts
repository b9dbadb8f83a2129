// Every word meant for a person, in Chinese: the default language. A message with parts is a
// function of them. One file per section under zh/, each with its English twin under en/: a
// section spread with `...` puts its keys at the top level (`words().summaryLine`), the others are
// sections of their own (`section('table')`). To add a message: a key in the section's file here, the same key
// in en/ (the compiler and test/unit/words-sections.test.ts insist), and `words().key` where it is shown.
import { statuses } from './zh/statuses.js';
import { summary } from './zh/summary.js';
import { ciFormats } from './zh/ci-formats.js';
import { verdicts } from './zh/verdicts.js';
import { dataProblems } from './zh/data-problems.js';
import { stops } from './zh/stops.js';
import { packMistakes } from './zh/pack-mistakes.js';
import { info } from './zh/info.js';
import { help } from './zh/help.js';
import { reports } from './zh/reports.js';
import { table } from './zh/table.js';
import { markdown } from './zh/markdown.js';
import { place } from './zh/place.js';
import { round } from './zh/round.js';
import { html } from './zh/html.js';
import { xlsx } from './zh/xlsx.js';
import { layout } from './zh/layout.js';
import { roster } from './zh/roster.js';
import { waivers } from './zh/waivers.js';
import { baseline } from './zh/baseline.js';
import { schema } from './zh/schema.js';
import { config } from './zh/config.js';
import { usage } from './zh/usage.js';
import { read } from './zh/read.js';
import { workbook } from './zh/workbook.js';
import { inputs } from './zh/inputs.js';
import { yaml } from './zh/yaml.js';
import { progress } from './zh/progress.js';
import { page } from './zh/page.js';

export const zh = {
  ...statuses,
  ...summary,
  ...ciFormats,
  ...verdicts,
  ...dataProblems,
  ...stops,
  ...packMistakes,
  ...info,
  ...help,
  ...reports,
  table,
  markdown,
  place,
  round,
  html,
  xlsx,
  ...layout,
  roster,
  waivers,
  baseline,
  schema,
  config,
  usage,
  read,
  workbook,
  inputs,
  yaml,
  progress,
  page,
};
