// The bulletin's heading from `bulletin: { issuer, title, date }` in the config file, checked as
// every config key is; without it, the pack's title and the as-of date, and no office named.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { duibiao, stopOf } from './run.js';

const SAMPLE = 'fixtures/sample-prefecture-2022.csv';
const dir = mkdtempSync(join(tmpdir(), 'duibiao-heading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function config(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function bulletin(...args: string[]): string {
  const file = join(dir, `${args.length}-${Math.random().toString(36).slice(2)}.html`);
  const run = duibiao('check', SAMPLE, '--as-of', '2022-12-31', '-f', `html:${file}`, ...args);
  expect(run.stderr).toBe('');
  return readFileSync(file, 'utf8');
}

const masthead = (page: string): string => page.slice(page.indexOf('<header'), page.indexOf('</header>'));

describe('the bulletin heading', () => {
  it('given issuer, title and date in the config, shows each, the date beside the as-of line', () => {
    const file = config(
      'heading.yaml',
      'bulletin:\n  issuer: 青岚州民政局\n  title: "关于2022年度民生目标完成情况的通报 <第1期>"\n  date: 2023年1月5日\n',
    );
    const page = bulletin('--config', file);
    const head = masthead(page);
    expect(head).toContain('<p class="issuer">青岚州民政局</p>');
    expect(head).toContain('<h1>关于2022年度民生目标完成情况的通报 &lt;第1期&gt;</h1>');
    expect(head).toContain('<p class="date">2023年1月5日</p>');
    expect(head).toContain('截至 2022-12-31 判定');
    expect(page).toContain('<title>关于2022年度民生目标完成情况的通报 &lt;第1期&gt;</title>');
  });

  it('without them, uses the pack title and the as-of date, and names no office', () => {
    const head = masthead(bulletin());
    expect(head).toContain('<h1>2022年全州民政和残疾人工作会议讲话目标 · 通报</h1>');
    expect(head).toContain('截至 2022-12-31 判定');
    expect(head).not.toContain('class="issuer"');
    expect(head).not.toContain('class="date"');
  });

  it('given only an issuer, keeps the pack title', () => {
    const head = masthead(bulletin('--config', config('issuer.yaml', 'bulletin:\n  issuer: 民政局\n')));
    expect(head).toContain('<p class="issuer">民政局</p>');
    expect(head).toContain('讲话目标 · 通报</h1>');
  });

  it.each([
    ['an unknown key', 'bulletin:\n  office: 民政局\n', 2],
    ['a blank title', 'bulletin:\n  title: "  "\n', 2],
    ['a title on two lines', 'bulletin:\n  title: "第一行\\n第二行"\n', 2],
    ['a title of 201 characters', `bulletin:\n  title: ${'字'.repeat(201)}\n`, 2],
    ['a list for the heading', 'failOn: error\nbulletin: [a]\n', 2],
  ])('given %s, stops with config-invalid at its line', (_, text, line) => {
    const run = duibiao('check', SAMPLE, '--config', config('bad.yaml', text));
    expect(run.code).toBe(2);
    expect(stopOf(run).code).toBe('config-invalid');
    expect(run.stderr).toContain(`bad.yaml:${line}`);
  });
});
