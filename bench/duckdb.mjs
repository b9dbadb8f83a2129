// The anchor for the parse: DuckDB's SQL over the same county file, five of the pack's ratio
// targets (as duibiao reads them: a blank or a word is not a number, `1,234` is) and the duplicate
// county-year check, as a whole process beside duibiao's `--format summary`. Prints its counts.
import { DuckDBInstance } from '@duckdb/node-api';

/** The numerator and denominator columns of five ratio targets, and each target's test of the share. */
const TARGETS = [
  ['assistance.all-eligible-enrolled', '其中已纳入救助人数', '监测发现符合救助条件人数', '= 1'],
  ['assistance.children-supported', '其中已落实保障人数', '孤儿、事实无人抚养儿童和困境儿童数', '= 1'],
  ['eldercare.township-center-coverage', '建有综合性养老服务中心的乡镇(街道)数', '乡镇(街道)总数', '>= 0.4'],
  ['eldercare.village-mutual-aid-coverage', '建有互助养老服务点的行政村数', '行政村总数', '>= 0.6'],
  ['disability.rehab-coverage', '其中接受基本康复服务人数', '有康复需求的持证残疾人数', '>= 0.85'],
];

const number = (column) => `TRY_CAST(REPLACE("${column}", ',', '') AS DOUBLE)`;
const share = (numerator, denominator) => `${number(numerator)} / NULLIF(${number(denominator)}, 0)`;
const sql = `
  SELECT
    count(*) AS rows,
    ${TARGETS.map(
      ([id, numerator, denominator, test]) => `
    count(*) FILTER (WHERE ${share(numerator, denominator)} ${test}) AS "${id}.pass",
    count(*) FILTER (WHERE NOT (${share(numerator, denominator)} ${test})) AS "${id}.fail",
    count(*) FILTER (WHERE ${share(numerator, denominator)} IS NULL) AS "${id}.unjudged"`,
    ).join(',')},
    count(*) - count(DISTINCT ("县市区", "年度")) AS duplicates
  FROM read_csv(?, header = true, all_varchar = true)`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const prepared = await connection.prepare(sql);
prepared.bindVarchar(1, process.argv[2]);
const reader = await prepared.runAndReadAll();
const [row] = reader.getRowObjectsJson();
console.log(JSON.stringify(row));
connection.closeSync();
instance.closeSync();
