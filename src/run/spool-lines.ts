// Reads back a file of JSON items, one a line, as a run wrote it: a chunk at a time, so that what
// was spooled to keep it out of memory stays out of memory when it is read.
import { StringDecoder } from 'node:string_decoder';
import { readAll } from './output.js';

const CHUNK = 1 << 20;

/** The lines of `fd` from `start` to `end`, without their ends. */
export function* spooledLines(fd: number, start: number, end: number): Generator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for (let position = start; position < end;) {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, end - position));
    readAll(fd, buffer, position);
    position += buffer.length;
    const text = rest + decoder.write(buffer);
    let from = 0;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', from)) {
      yield text.slice(from, newline);
      from = newline + 1;
    }
    rest = text.slice(from);
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
}

/**
 * The items of a JSON list written one a line (`{…},` or `{…}`, indented), parsed; `prefix`, when
 * given, keeps only the lines whose item starts with it (a rule's opening), parsing no other.
 */
export function* spooledItems<T>(fd: number, start: number, end: number, prefix?: string): Generator<T> {
  for (const line of spooledLines(fd, start, end)) {
    const item = line.trim();
    if (!item.startsWith('{')) continue;
    if (prefix !== undefined && !item.startsWith(prefix)) continue;
    yield JSON.parse(item.endsWith(',') ? item.slice(0, -1) : item) as T;
  }
}
