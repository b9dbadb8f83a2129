// For each target, the counties' figures against its threshold, drawn by Apache ECharts as
// static SVG when the report is made: the bulletin carries no script and loads nothing.
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { RuleInfo, Status, ShownVerdict as Verdict } from '../../model/types.js';
import { STATUS_COLOUR } from './colours.js';
import { rankingOrder, type ArrivedRow } from '../county-digest.js';
import { WORDS } from './words.js';
import { PeriodKinds, periodText } from '../period.js';
import { Kept } from '../kept.js';
import { visible } from '../../model/visible.js';
import { misses } from './lead.js';

echarts.use([BarChart, ScatterChart, GridComponent, MarkLineComponent, SVGRenderer]);

/**
 * Bars a chart draws at most: the lowest figures, where the misses are. Beyond that a chart a
 * third of the page wide can no longer name each county, and rows of bars at the target say
 * nothing the sentence of targets met does not.
 */
export const MAX_BARS = 16;
/** Bars whose figures all fit above them, side by side. */
const LABELLED = 8;
/** Counties a target shown as a list names at most. */
export const MAX_LISTED = 60;
/** Drawn at half the printed page's width, two charts side by side, their text still legible. */
const WIDTH = 480;
const HEIGHT = 190;
const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

export interface TargetChart {
  svg: string;
  /** What the chart leaves out, in words; empty when nothing. */
  notes: string[];
}

interface Bar {
  county: string | null;
  value: number;
  target: number | null;
  status: Status;
  /** The bar's row, to order equal figures as the ranking orders their rows. */
  row: ArrivedRow;
}

/** A ratio's figure is a share (shown in %), a growth's is already in %; the comparison text says which. */
function scaleOf(verdict: Verdict): number {
  return verdict.detail !== null && percentComparison(verdict) ? 100 : 1;
}

/** A figure's comparison is text made by the engine (`showComparison`) before any words are said. */
function percentComparison(verdict: Verdict): boolean {
  return typeof verdict.comparison === 'string' && verdict.comparison.includes('%');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * One target's chart, tallied a county row at a time as the rows come: the lowest MAX_BARS figures
 * (equal figures in ranking order), how many rows have a figure, whether their targets differ,
 * and the rows that miss it, for a target shown as the counties that miss it.
 */
export class TargetTally {
  /** The lowest MAX_BARS bars: by figure, then as the ranking orders their rows. */
  private readonly bars = new Kept<Bar>(MAX_BARS, (a, b) => a.value - b.value || rankingOrder(a.row, b.row));
  private figures = 0;
  private rows = 0;
  private percent = false;
  private firstTarget: number | null | undefined;
  private ownTargets = false;
  /** What the rows with a verdict of the rule are of: years, months, or both. */
  private readonly kinds = new PeriodKinds();
  /** County rows that miss the target (fail, missing, invalid), and the first MAX_LISTED of them. */
  missCount = 0;
  readonly missed: { county: string | null; period: string; verdict: Verdict }[] = [];

  constructor(readonly rule: RuleInfo) {}

  add(row: ArrivedRow): void {
    const verdict = row.byRule.get(this.rule.id);
    // A row of another table than the rule's (a yearly row, for a monthly rule) is no row of its chart.
    if (!verdict) return;
    this.rows++;
    this.kinds.see(row);
    if (misses(verdict.status) && this.missCount++ < MAX_LISTED)
      this.missed.push({ county: row.county, period: periodText(row), verdict });
    if (typeof verdict.actual !== 'number') return;
    const scale = scaleOf(verdict);
    if (percentComparison(verdict)) this.percent = true;
    const target = typeof verdict.target === 'number' ? round(verdict.target * scale) : null;
    if (this.figures++ === 0) this.firstTarget = target;
    else if (target !== this.firstTarget) this.ownTargets = true;
    const value = round(verdict.actual * scale);
    // Most figures are above the lowest bars kept: no bar is made of them.
    const highest = this.bars.last;
    if (highest !== undefined && value > highest.value) return;
    this.bars.offer({ county: row.county, value, target, status: verdict.status, row });
  }

  /** Whether some county row has a figure to draw. */
  get figured(): boolean {
    return this.figures > 0;
  }

  chart(manyYears: boolean): TargetChart {
    const notes: string[] = [];
    const undrawn = this.rows - this.figures;
    const rows = WORDS.countyRows[this.kinds.kind];
    if (this.figures > MAX_BARS) notes.push(WORDS.barsLeftOut(MAX_BARS, this.figures, rows));
    if (undrawn > 0) notes.push(WORDS.notDrawn(undrawn, rows));
    if (this.ownTargets) notes.push(WORDS.ownTargets);
    const named = this.bars
      .inOrder()
      .map((bar) => ({ ...bar, name: `${visible(bar.county ?? '?')}${manyYears ? ` ${periodText(bar.row)}` : ''}` }));
    const unit = this.percent ? '%' : '';
    const targets = new Set(named.map((bar) => bar.target));
    const one = targets.size === 1 ? [...targets][0] : null;
    // The target's value is said above the chart: on the line it would sit on the bars' own figures.
    if (one !== null && one !== undefined) notes.unshift(WORDS.thresholdNote(`${one}${unit}`));
    return { svg: figureChart(named, unit), notes };
  }
}

function figureChart(bars: (Bar & { name: string })[], unit: string): string {
  const targets = new Set(bars.map((bar) => bar.target));
  const oneTarget = targets.size === 1 ? [...targets][0]! : null;
  const series: unknown[] = [
    {
      type: 'bar',
      barMaxWidth: 28,
      // A zero is a figure too: a sliver of its colour and its label, never an empty place.
      barMinHeight: 2,
      // Every figure labelled while they fit side by side; past that, the misses' figures alone.
      data: bars.map((bar) => ({
        value: bar.value,
        itemStyle: { color: STATUS_COLOUR[bar.status] },
        ...(bars.length > LABELLED && misses(bar.status) ? { label: { show: true } } : {}),
      })),
      label: { show: bars.length <= LABELLED, position: 'top', fontSize: 11, fontFamily: FONT },
      ...(oneTarget !== null
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { color: '#000', type: 'dashed', width: 1.5 },
              label: { show: false },
              data: [{ yAxis: oneTarget }],
            },
          }
        : {}),
    },
  ];
  // A target of each row's own (the price index a standard must keep pace with): a mark per county.
  if (oneTarget === null)
    series.push({
      type: 'scatter',
      symbol: 'rect',
      symbolSize: [22, 3],
      itemStyle: { color: '#000' },
      data: bars.map((bar) => bar.target),
    });
  return render({
    // Many bars: names turned steeper and smaller, so that each stays legible beside the next.
    grid: { left: 44, right: 12, top: 28, bottom: bars.length > 30 ? 90 : bars.length > 8 ? 70 : 26 },
    xAxis: {
      type: 'category',
      data: bars.map((bar) => bar.name),
      axisLabel: {
        interval: 0,
        rotate: bars.length > 30 ? 70 : bars.length > 8 ? 45 : 0,
        fontFamily: FONT,
        fontSize: bars.length > 30 ? 9 : 12,
      },
    },
    yAxis: { type: 'value', name: unit, axisLabel: { fontFamily: FONT } },
    series,
  });
}

function render(option: Record<string, unknown>): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    // ECharts escapes markup in its labels, not control characters: the SVG's text takes the one policy too.
    return visible(chart.renderToSVGString(), '\n\t');
  } finally {
    chart.dispose();
  }
}
