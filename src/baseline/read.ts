// Reads a baseline (--baseline): an earlier JSON report, bounded in size, validated in the fields it is matched by.
import { z } from 'zod';
import { DuibiaoError } from '../errors.js';
import { readInputText } from '../read/input-policy.js';
import { schemaError } from '../pack/schema-error.js';
import { section } from '../words/words.js';
import { fromCarried, say } from '../words/message.js';

const WORDS = section('baseline');

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
  return parseBaseline(await readInputText(file, MAX_BASELINE_BYTES, 'baseline-invalid', WORDS.cannotRead), file);
}

export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // The engine's own words are English whatever the run's language; the place it stopped is not.
    const at = stoppedAt(text, (error as Error).message);
    throw new DuibiaoError('baseline-invalid', WORDS.notJson(file, at?.line, at?.column));
  }
  const parsed = reportSchema.safeParse(data, { error: schemaError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // The schema's complaint is a message carried through zod, said with the stop.
    const path = issue.path.join('.');
    throw new DuibiaoError(
      'baseline-invalid',
      say('baseline.notAReport', file, path || say('baseline.wholeDocument'), fromCarried(issue.message)),
    );
  }
  const { tool, pack, findings } = parsed.data;
  return { file, tool, pack, findings };
}

/**
 * The 1-based line and column where JSON.parse stopped: the position it names, or the end of the
 * text it ran out of; undefined when it names neither (an unexpected token is quoted, not placed).
 */
function stoppedAt(text: string, message: string): { line: number; column: number } | undefined {
  const position = /at position (\d+)/.exec(message);
  if (!position && !message.includes('end of JSON input')) return undefined;
  const offset = Math.min(position ? Number(position[1]) : text.length, text.length);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
