// Colour by status, or none at all. chalk is loaded only when colour is wanted: most runs
// (pipes, files, CI) never pay for it.
import type { Status } from '../model/types.js';

type Style = (text: string) => string;

export interface Paint {
  red: Style;
  green: Style;
  yellow: Style;
  cyan: Style;
  dim: Style;
  bold: Style;
}

const same: Style = (text) => text;
export const PLAIN: Paint = { red: same, green: same, yellow: same, cyan: same, dim: same, bold: same };

export async function painter(color: boolean): Promise<Paint> {
  if (!color) return PLAIN;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}

export function statusColor(paint: Paint, status: Status): Style {
  switch (status) {
    case 'pass':
      return paint.green;
    case 'fail':
      return paint.red;
    case 'missing':
    case 'invalid':
      return paint.yellow;
    case 'pending':
      return paint.cyan;
    case 'not_applicable':
    case 'waived':
      return paint.dim;
  }
}
