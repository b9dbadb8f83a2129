// Parses `-f NAME[:FILE]` and `-o FILE` into a list of outputs, at most one on stdout.
import { resolve } from 'node:path';
import { DuibiaoError } from '../errors.js';
import { FILE_ONLY_FORMATS, FORMAT_NAMES, PAGE_FORMATS, isFormatName, type FormatName } from '../report/index.js';
import { words } from '../words/words.js';

export interface OutputSpec {
  format: FormatName;
  /** undefined: stdout. */
  file: string | undefined;
}

/** `terminal`: whether stdout is a terminal, where a page is refused as a workbook is anywhere on stdout. */
export function parseOutputs(
  formats: readonly string[],
  output: string | undefined,
  terminal = process.stdout.isTTY,
): OutputSpec[] {
  const specs = (formats.length > 0 ? formats : ['table']).map(parseOne);
  if (output !== undefined) {
    if (specs.length > 1) throw new DuibiaoError('usage', words().outputOneFormat);
    if (specs[0]!.file !== undefined)
      throw new DuibiaoError('usage', words().outputAlreadyNamed(`${specs[0]!.format}:${specs[0]!.file}`));
    specs[0]!.file = output;
  }
  const binary = specs.find((spec) => spec.file === undefined && FILE_ONLY_FORMATS.has(spec.format));
  if (binary) throw new DuibiaoError('usage', words().usage.workbookNeedsFile(binary.format));
  const page = terminal ? specs.find((spec) => spec.file === undefined && PAGE_FORMATS.has(spec.format)) : undefined;
  if (page) throw new DuibiaoError('usage', words().usage.pageNeedsFile(page.format));
  if (specs.filter((spec) => spec.file === undefined).length > 1) {
    throw new DuibiaoError('usage', words().oneToStdout);
  }
  const seen = new Map<string, FormatName>();
  for (const { format, file } of specs) {
    if (file === undefined) continue;
    const path = resolve(file);
    const earlier = seen.get(path);
    // Each report is written whole by a rename, so the second would silently replace the first.
    if (earlier !== undefined) throw new DuibiaoError('usage', words().sameFile(earlier, format, file));
    seen.set(path, format);
  }
  return specs;
}

function parseOne(text: string): OutputSpec {
  const colon = text.indexOf(':');
  const name = colon < 0 ? text : text.slice(0, colon);
  const file = colon < 0 ? undefined : text.slice(colon + 1);
  if (!isFormatName(name)) throw new DuibiaoError('usage', words().unknownFormat(name, FORMAT_NAMES.join(', ')));
  if (file === '') throw new DuibiaoError('usage', words().noFileAfterColon(name));
  return { format: name, file };
}
