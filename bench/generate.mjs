// Deterministic county files for the benchmark: never committed, made again when absent.
import { createWriteStream, existsSync, mkdirSync, copyFileSync, renameSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { csvToXlsx } from './xlsx.mjs';

const DATA = fileURLToPath(new URL('./data/', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/sample-prefecture-2022.csv', import.meta.url));

const LABELS = [
  '县市区',
  '行政区划代码',
  '年度',
  '填报日期',
  '监测发现符合救助条件人数',
  '其中已纳入救助人数',
  '县级未成年人保护中心已建成',
  '孤儿、事实无人抚养儿童和困境儿童数',
  '其中已落实保障人数',
  '低保平均标准',
  '上年低保平均标准',
  '居民消费价格指数同比涨幅',
  '物价联动机制启动月数',
  '当月足额发放价格临时补贴月数',
  '乡镇(街道)总数',
  '建有综合性养老服务中心的乡镇(街道)数',
  '行政村总数',
  '建有互助养老服务点的行政村数',
  '城市社区日间照料中心示范点数',
  '养老服务设施建设补贴政策已出台',
  '养老服务设施运营补贴政策已出台',
  '失能半失能特困人员数',
  '其中集中供养人数',
  '养老机构数',
  '开展消防演练的养老机构数',
  '养老机构安全责任事故数',
  '有康复需求的持证残疾人数',
  '其中接受基本康复服务人数',
  '符合困难残疾人生活补贴条件人数',
  '已发放困难残疾人生活补贴人数',
  '符合重度残疾人护理补贴条件人数',
  '已发放重度残疾人护理补贴人数',
  '申请康复救助的残疾儿童数',
  '其中已获救助人数',
  '应发放民生保障资金',
  '按时足额发放金额',
  '排查发现安全隐患数',
  '已整改到位隐患数',
];

/** mulberry32: a small seeded generator, so every run writes the same bytes. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = '青石白云松枫竹梅桃柳江河山岭湖溪泉林川源安宁平和丰华阳东西南北新兴永长明德'.split('');
const SUFFIX = ['县', '市', '区', '县', '县'];

function countyName(i) {
  const a = SYLLABLES[i % SYLLABLES.length];
  const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length];
  const n = Math.floor(i / (SYLLABLES.length * SYLLABLES.length));
  return `${a}${b}${n > 0 ? n : ''}${SUFFIX[i % SUFFIX.length]}`;
}

function row(rand, index, year) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const part = (total, rate) => Math.min(total, Math.round(total * (rate + rand() * (1 - rate))));
  const full = (total) => (rand() < 0.97 ? total : part(total, 0.9));
  const identified = int(800, 6000);
  const children = int(80, 600);
  const prev = int(450, 900);
  const cpi = (int(-5, 35) / 10).toFixed(1);
  const standard = Math.round(prev * (1 + (Number(cpi) + int(-10, 30) / 10) / 100));
  const trigger = int(0, 6);
  const towns = int(6, 30);
  const villages = rand() < 0.04 ? 0 : int(40, 400);
  const tekun = int(40, 400);
  const homes = int(5, 40);
  const need = int(500, 4000);
  const eligible = int(1000, 9000);
  const severe = int(800, 7000);
  const kids = int(10, 200);
  const due = (int(50000, 900000) / 100).toFixed(2);
  const hazards = int(5, 80);
  const cells = [
    countyName(index),
    String(100000 + (index % 900000)),
    String(year),
    `${year}-12-${String(int(10, 28))}`,
    String(identified),
    String(full(identified)),
    rand() < 0.95 ? '是' : '否',
    String(children),
    String(full(children)),
    String(standard),
    String(prev),
    cpi,
    String(trigger),
    String(rand() < 0.95 ? trigger : Math.max(0, trigger - 1)),
    String(towns),
    String(part(towns, 0.3)),
    String(villages),
    String(villages === 0 ? 0 : part(villages, 0.5)),
    String(rand() < 0.9 ? int(1, 3) : 0),
    rand() < 0.9 ? '是' : '否',
    rand() < 0.85 ? '是' : '否',
    String(tekun),
    String(full(tekun)),
    String(homes),
    String(full(homes)),
    String(rand() < 0.98 ? 0 : 1),
    String(need),
    String(part(need, 0.8)),
    String(eligible),
    String(full(eligible)),
    String(severe),
    String(full(severe)),
    String(kids),
    String(full(kids)),
    due,
    rand() < 0.95 ? due : (Number(due) * 0.98).toFixed(2),
    String(hazards),
    String(full(hazards)),
  ];
  // A sprinkling of what offices really send: blanks, words, thousands separators.
  if (rand() < 0.01) cells[4 + int(0, 33)] = '';
  if (rand() < 0.002) cells[16] = '约200';
  if (rand() < 0.01) cells[4] = `"${Number(cells[4]).toLocaleString('en-US')}"`;
  return cells.join(',');
}

/**
 * `duplicates`: the share of rows that repeat an earlier row's county-year (a county that sent its
 * return again, or a file pasted twice), each then also a little messier than a first return.
 */
async function writeFile(name, rows, years, duplicates = 0) {
  const file = `${DATA}${name}`;
  if (existsSync(file)) return file;
  const rand = random(2022);
  const again = random(7);
  const temporary = `${file}.tmp`;
  const out = createWriteStream(temporary);
  out.write(`\uFEFF${LABELS.join(',')}\r\n`);
  let written = 0;
  // The county-years written last, for repeats to name.
  const recent = [];
  for (let c = 0; written < rows; c++) {
    for (let y = 0; y < years.length && written < rows; written++) {
      const repeat = recent.length > 0 && again() < duplicates;
      const [county, year] = repeat ? recent[Math.floor(again() * recent.length)] : [c, years[y++]];
      if (!repeat) {
        recent.push([county, year]);
        if (recent.length > 1000) recent.shift();
      }
      let line = row(rand, county, year);
      // Repeats come from hastier hands: now and then a word where a count should be.
      if (repeat && again() < 0.05) line = line.replace(/,(\d+),(\d+),/, ',约$1,$2,');
      if (!out.write(`${line}\r\n`)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'close');
  renameSync(temporary, file);
  return file;
}

export async function generate() {
  mkdirSync(DATA, { recursive: true });
  const sample = `${DATA}sample-8.csv`;
  if (!existsSync(sample)) copyFileSync(FIXTURE, sample);
  const years = [2021, 2022, 2023, 2024, 2025];
  const rows100k = await writeFile('county-100k.csv', 100_000, years);
  const xlsx100k = `${DATA}county-100k.xlsx`;
  if (!existsSync(xlsx100k)) csvToXlsx(rows100k, xlsx100k);
  return {
    sample,
    national: await writeFile('national-2850x5.csv', 2850 * 5, years),
    rows100k,
    xlsx100k,
    rows1m: await writeFile('county-1m.csv', 1_000_000, years),
    rows1mDuplicates: await writeFile('county-1m-70pct-duplicates.csv', 1_000_000, years, 0.7),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await generate());
