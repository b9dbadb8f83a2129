// Reads a baseline (--baseline): an earlier JSON report, bounded in size, validated in the fields it is matched by.
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { DuibiaoError, describeFsError } from '../errors.js';

/**
 * A report of a prefecture's yearly round is well under a megabyte; a province's a few dozen.
 * Past this the file is not such a report, and parsing it would cost memory without bound.
 */
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

const findingSchema = z.object({
  rule: z.string(),
  // Any text: a report of another version may know a status this one does not (it is then no miss).
  status: z.string(),
  scope: z.enum(['county', 'total']),
  county: z.string().nullable(),
  year: z.number().int().nullable(),
  /** The month of a monthly table's verdict. */
  period: z.string().optional(),
});

const reportSchema = z.object({
  tool: z.object({ name: z.string(), version: z.string() }),
  pack: z.object({ id: z.string() }),
  findings: z.array(findingSchema),
});

export type BaselineFinding = z.infer<typeof findingSchema>;

export interface Baseline {
  file: string;
  tool: { name: string; version: string };
  pack: { id: string };
  findings: BaselineFinding[];
}

export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    const { size } = await stat(file);
    if (size > MAX_BASELINE_BYTES) throw new DuibiaoError('baseline-invalid', `baseline ${file} is ${Math.round(size / 1024 / 1024)} MiB, over the ${MAX_BASELINE_BYTES / 1024 / 1024} MiB a yearly report can be`);
    text = new TextDecoder('utf-8').decode(await readFile(file));
  } catch (error) {
    if (error instanceof DuibiaoError) throw error;
    throw new DuibiaoError('baseline-invalid', `cannot read baseline ${file}: ${describeFsError(error)}`);
  }
  return parseBaseline(text, file);
}

export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DuibiaoError('baseline-invalid', `baseline ${file} is not JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = reportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DuibiaoError('baseline-invalid', `baseline ${file} is not a duibiao JSON report: ${issue.path.join('.') || 'the document'}: ${issue.message}`);
  }
  const { tool, pack, findings } = parsed.data;
  return { file, tool, pack, findings };
}
