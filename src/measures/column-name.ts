// How a pack names a column: the one rule every measure's schema shares.
import type { Zod } from './measure.js';
import { carried, say } from '../words/message.js';

export const columnName = (z: Zod) =>
  z.string().regex(/^[a-z][a-z0-9_]*$/, { error: () => carried(say('packColumnNameForm')) });
