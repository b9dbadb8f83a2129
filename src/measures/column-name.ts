// How a pack names a column: the one rule every measure's schema shares.
import type { Zod } from './measure.js';

export const columnName = (z: Zod) => z.string().regex(/^[a-z][a-z0-9_]*$/, 'a column name is lower_snake_case');
