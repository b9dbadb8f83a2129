// Reads several files as one data set, in order, and reports county-years seen twice.
import { extname } from 'node:path';
import { DuibiaoError } from '../errors.js';
import type { FieldSpec, InputInfo, Problem, Row } from '../model/types.js';
import { readCsv } from './csv.js';
import { readYaml } from './yaml.js';

export interface Dataset {
  /** Filled in as each file is read. */
  inputs: InputInfo[];
  rows: AsyncGenerator<Row>;
}

export function formatOf(file: string): InputInfo['format'] {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  throw new DuibiaoError('unknown-format', `${file}: cannot tell the format from '${ext || 'no extension'}'; expected .csv, .yaml, .yml or .json`);
}

export function readDataset(files: readonly string[], fields: readonly FieldSpec[], problems: (p: Problem) => void): Dataset {
  files.forEach(formatOf);
  const inputs: InputInfo[] = [];
  async function* rows(): AsyncGenerator<Row> {
    const seen = new Map<string, string>();
    const keyIndex = { county: fields.findIndex((f) => f.name === 'county'), year: fields.findIndex((f) => f.name === 'year') };
    for (const file of files) {
      const format = formatOf(file);
      const info: InputInfo = { file, format, rows: 0 };
      inputs.push(info);
      let source: AsyncGenerator<Row>;
      if (format === 'csv') {
        const csv = await readCsv(file, fields, problems);
        info.encoding = csv.encoding;
        source = csv.rows;
      } else {
        source = readYaml(file, fields, problems);
      }
      for await (const row of source) {
        info.rows++;
        checkKey(row, keyIndex, seen, problems);
        yield row;
      }
    }
  }
  return { inputs, rows: rows() };
}

function checkKey(row: Row, keyIndex: { county: number; year: number }, seen: Map<string, string>, problems: (p: Problem) => void): void {
  const at = { file: row.file, line: row.line };
  // A null cell is unusable and was reported when it was read.
  if (row.county === null && row.cells[keyIndex.county] !== null) {
    problems({ ...at, column: 'county', code: 'missing-key', level: 'error', message: 'the county (县市区) is blank' });
  }
  if (row.year === null && row.cells[keyIndex.year] !== null) {
    problems({ ...at, column: 'year', code: 'missing-key', level: 'error', message: 'the year (年度) is blank' });
  }
  if (row.county === null || row.year === null) return;
  const key = `${row.county}\u0000${row.year}`;
  const first = seen.get(key);
  if (first !== undefined) {
    problems({ ...at, column: 'county', code: 'duplicate-row-key', level: 'error', message: `${row.county} ${row.year} appears again (first at ${first}); both rows are checked` });
  } else {
    seen.set(key, `${row.file}:${row.line}`);
  }
}
