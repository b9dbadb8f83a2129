// (a) A bare csv-parse stream in its fastest mode: counts records, checks nothing.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let records = 0;
const parser = createReadStream(process.argv[2]).pipe(parse());
for await (const _record of parser) records++;
console.log(records);
