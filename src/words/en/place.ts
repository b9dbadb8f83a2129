// English: where a finding is, in a workbook (report/place.ts).
import type { place as zh } from '../zh/place.js';

export const place = {
  sheet: (name: string) => `sheet '${name}'`,
  row: (line: number) => `row ${line}`,
  cell: (reference: string) => `cell ${reference}`,
} satisfies typeof zh;
