// Parses `-f NAME[:FILE]` and `-o FILE` into a list of outputs, at most one on stdout.
import { DuibiaoError } from '../errors.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../report/index.js';

export interface OutputSpec {
  format: FormatName;
  /** undefined: stdout. */
  file: string | undefined;
}

export function parseOutputs(formats: readonly string[], output: string | undefined): OutputSpec[] {
  const specs = (formats.length > 0 ? formats : ['table']).map(parseOne);
  if (output !== undefined) {
    if (specs.length > 1) throw new DuibiaoError('usage', '--output takes a single format; give each format its own file as -f NAME:FILE');
    specs[0]!.file ??= output;
  }
  if (specs.filter((spec) => spec.file === undefined).length > 1) {
    throw new DuibiaoError('usage', 'at most one format may go to stdout; give the others a file, as -f NAME:FILE');
  }
  return specs;
}

function parseOne(text: string): OutputSpec {
  const colon = text.indexOf(':');
  const name = colon < 0 ? text : text.slice(0, colon);
  const file = colon < 0 ? undefined : text.slice(colon + 1);
  if (!isFormatName(name)) throw new DuibiaoError('usage', `unknown format '${name}'; choose from ${FORMAT_NAMES.join(', ')}`);
  if (file === '') throw new DuibiaoError('usage', `-f ${name}: names no file after the colon`);
  return { format: name, file };
}
