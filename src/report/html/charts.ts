// For each target, the counties' figures against its threshold, drawn by Apache ECharts as
// static SVG when the report is made: the bulletin carries no script and loads nothing.
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { STATUSES, type RuleInfo, type Status, type Verdict } from '../../model/types.js';
import { STATUS_COLOUR } from './colours.js';
import { rankingOrder, type ArrivedRow } from '../county-digest.js';
import { STATUS_LABEL, WORDS } from './words.js';
import { periodText } from '../period.js';
import { Kept } from '../kept.js';
import { visible } from '../../model/visible.js';

echarts.use([BarChart, ScatterChart, GridComponent, MarkLineComponent, SVGRenderer]);

/** Bars a chart draws at most: beyond that, one page can no longer name each county. */
export const MAX_BARS = 60;
const WIDTH = 1000;
const HEIGHT = 300;
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
  return verdict.detail !== null && verdict.comparison?.includes('%') ? 100 : 1;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * One target's chart, tallied a county row at a time as the rows come: the lowest MAX_BARS figures
 * (equal figures in ranking order), how many rows have a figure, whether their targets differ,
 * and the verdicts of every row, for a target without figures.
 */
export class TargetTally {
  /** The lowest MAX_BARS bars: by figure, then as the ranking orders their rows. */
  private readonly bars = new Kept<Bar>(MAX_BARS, (a, b) => a.value - b.value || rankingOrder(a.row, b.row));
  private figures = 0;
  private rows = 0;
  private percent = false;
  private firstTarget: number | null | undefined;
  private ownTargets = false;
  private readonly statuses = new Map<Status, number>(STATUSES.map((status) => [status, 0]));

  constructor(readonly rule: RuleInfo) {}

  add(row: ArrivedRow): void {
    this.rows++;
    const verdict = row.byRule.get(this.rule.id);
    if (!verdict) return;
    this.statuses.set(verdict.status, this.statuses.get(verdict.status)! + 1);
    if (typeof verdict.actual !== 'number') return;
    const scale = scaleOf(verdict);
    if (verdict.comparison?.includes('%')) this.percent = true;
    const target = typeof verdict.target === 'number' ? round(verdict.target * scale) : null;
    if (this.figures++ === 0) this.firstTarget = target;
    else if (target !== this.firstTarget) this.ownTargets = true;
    this.bars.offer({ county: row.county, value: round(verdict.actual * scale), target, status: verdict.status, row });
  }

  chart(manyYears: boolean): TargetChart {
    if (this.figures === 0) return { svg: statusChart(this.statuses), notes: [WORDS.noFigure] };
    const notes: string[] = [];
    const undrawn = this.rows - this.figures;
    if (this.figures > MAX_BARS) notes.push(WORDS.barsLeftOut(MAX_BARS, this.figures));
    if (undrawn > 0) notes.push(WORDS.notDrawn(undrawn));
    if (this.ownTargets) notes.push(WORDS.ownTargets);
    const named = this.bars
      .inOrder()
      .map((bar) => ({ ...bar, name: `${visible(bar.county ?? '?')}${manyYears ? ` ${periodText(bar.row)}` : ''}` }));
    return { svg: figureChart(named, this.percent ? '%' : ''), notes };
  }
}

function figureChart(bars: (Bar & { name: string })[], unit: string): string {
  const targets = new Set(bars.map((bar) => bar.target));
  const oneTarget = targets.size === 1 ? [...targets][0]! : null;
  const series: unknown[] = [
    {
      type: 'bar',
      barMaxWidth: 28,
      data: bars.map((bar) => ({ value: bar.value, itemStyle: { color: STATUS_COLOUR[bar.status] } })),
      label: { show: bars.length <= 24, position: 'top', fontSize: 10, fontFamily: FONT },
      ...(oneTarget !== null
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { color: '#000', type: 'dashed', width: 1.5 },
              label: { formatter: `${WORDS.threshold} ${oneTarget}${unit}`, fontFamily: FONT },
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
    grid: { left: 56, right: 90, top: 30, bottom: bars.length > 30 ? 110 : bars.length > 10 ? 90 : 40 },
    xAxis: {
      type: 'category',
      data: bars.map((bar) => bar.name),
      axisLabel: {
        interval: 0,
        rotate: bars.length > 30 ? 70 : bars.length > 10 ? 45 : 0,
        fontFamily: FONT,
        fontSize: bars.length > 30 ? 9 : 11,
      },
    },
    yAxis: { type: 'value', name: unit, axisLabel: { fontFamily: FONT } },
    series,
  });
}

/** A target with no figure (yes/no, or none readable): how many county-years had each verdict. */
function statusChart(counts: ReadonlyMap<Status, number>): string {
  const shown = STATUSES.filter((status) => counts.get(status)! > 0);
  return render({
    grid: { left: 56, right: 20, top: 30, bottom: 40 },
    xAxis: { type: 'category', data: shown.map((status) => STATUS_LABEL[status]), axisLabel: { fontFamily: FONT } },
    yAxis: { type: 'value', minInterval: 1, name: WORDS.statusCount, nameTextStyle: { fontFamily: FONT } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 60,
        label: { show: true, position: 'top' },
        data: shown.map((status) => ({ value: counts.get(status), itemStyle: { color: STATUS_COLOUR[status] } })),
      },
    ],
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
