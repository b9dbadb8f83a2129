// Every word meant for a person, in English (`--lang en`). The keys and their parameters are those
// of zh.ts, which the compiler holds this catalogue and each of its sections (en/*.ts) to.
import type { Words } from './words.js';
import { statuses } from './en/statuses.js';
import { summary } from './en/summary.js';
import { ciFormats } from './en/ci-formats.js';
import { verdicts } from './en/verdicts.js';
import { dataProblems } from './en/data-problems.js';
import { stops } from './en/stops.js';
import { packMistakes } from './en/pack-mistakes.js';
import { info } from './en/info.js';
import { help } from './en/help.js';
import { reports } from './en/reports.js';
import { table } from './en/table.js';
import { markdown } from './en/markdown.js';
import { place } from './en/place.js';
import { round } from './en/round.js';
import { html } from './en/html.js';
import { xlsx } from './en/xlsx.js';
import { layout } from './en/layout.js';
import { roster } from './en/roster.js';
import { waivers } from './en/waivers.js';
import { baseline } from './en/baseline.js';
import { schema } from './en/schema.js';
import { config } from './en/config.js';
import { usage } from './en/usage.js';
import { read } from './en/read.js';
import { workbook } from './en/workbook.js';
import { inputs } from './en/inputs.js';
import { yaml } from './en/yaml.js';
import { progress } from './en/progress.js';
import { page } from './en/page.js';

export const en = {
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
} satisfies Words;
