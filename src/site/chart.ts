/**
 * Geometry of the overview charts, drawn as SVG at build time: a strip with one dot per
 * event (in a column per month, by day of the month, stacked where dots would touch) and
 * bars with the number of events per year. Pure numbers; components draw them.
 */
import { format } from 'date-fns/format';
import { parseReferenceDay } from '../pipeline/dates/calendar.ts';
import type { TimelineEvent } from '../pipeline/types.ts';
import { groupByYearMonth } from './timeline-view.ts';

export const CHART_WIDTH = 640;
const MIN_WIDTH = 320;
const COLUMN_WIDTH = 110;
const PAD = 6;
const KEY_RADIUS = 5;
const CONTEXT_RADIUS = 3;
const LANE = 2 * KEY_RADIUS + 2;
const AXIS = 30;

export interface DotMark {
  id: string;
  x: number;
  y: number;
  r: number;
  tier: TimelineEvent['tier'];
  planned: boolean;
  /** Tooltip: date and headline. */
  label: string;
}

export interface DotColumn {
  x: number;
  width: number;
  /** `Feb` / `2026` under the column; the year only under a year's first column. */
  month: string;
  year: string;
}

export interface DotChart {
  width: number;
  height: number;
  columns: DotColumn[];
  marks: DotMark[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * One column per month (or year, for events known only by their year) that has events,
 * side by side whatever the gap between them; inside a column a dot sits by its start day.
 */
export function dotChart(events: readonly TimelineEvent[], maxWidth = CHART_WIDTH): DotChart {
  const periods = groupByYearMonth(events).flatMap((year) => year.months);
  // As wide as its columns need, so a chart of few months is not scaled up into big dots.
  const width = Math.min(maxWidth, Math.max(MIN_WIDTH, periods.length * COLUMN_WIDTH + 2 * PAD));
  const columnWidth = periods.length > 0 ? (width - 2 * PAD) / periods.length : 0;
  const columns: DotColumn[] = [];
  const placed: Omit<DotMark, 'y'>[] = [];
  periods.forEach((period, i) => {
    const left = PAD + i * columnWidth;
    const year = period.key.slice(0, 4);
    const yearOnly = period.key.length === 4;
    columns.push({
      x: round(left),
      width: round(columnWidth),
      month: yearOnly ? '' : format(parseReferenceDay(`${period.key}-01`), 'MMM'),
      year: periods[i - 1]?.key.slice(0, 4) === year && !yearOnly ? '' : year,
    });
    const inner = Math.max(columnWidth - 2 * KEY_RADIUS, 0);
    for (const event of period.events) {
      // Day 1 at the column's left edge, day 31 at its right; a year-only event in the middle.
      const share = yearOnly ? 0.5 : (Number(event.date.start.slice(8, 10)) - 1) / 30;
      placed.push({
        id: event.id,
        x: round(left + KEY_RADIUS + share * inner),
        r: event.tier === 'key' ? KEY_RADIUS : CONTEXT_RADIUS,
        tier: event.tier,
        planned: event.status === 'planned',
        label: `${event.date.text}: ${event.title}`,
      });
    }
  });
  const laneEnds: number[] = [];
  const marks = placed.map((mark) => {
    let lane = laneEnds.findIndex((end) => end <= mark.x - LANE);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = mark.x;
    return { ...mark, y: PAD + KEY_RADIUS + lane * LANE };
  });
  const height = PAD + Math.max(laneEnds.length, 1) * LANE + AXIS;
  return { width, height, columns, marks };
}

export interface YearBar {
  year: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface YearBars {
  width: number;
  height: number;
  /** Baseline of the bars; year labels go below it, counts above each bar. */
  baseline: number;
  bars: YearBar[];
}

const BAR_AREA = 60;
const BAR_MAX_WIDTH = 56;

/** One bar per year that has events, height by number of events (the tallest fills the area). */
export function yearBars(years: readonly { year: string; count: number }[], maxWidth = CHART_WIDTH): YearBars {
  const slot = years.length > 0 ? Math.min((maxWidth - 2 * PAD) / years.length, BAR_MAX_WIDTH + 8) : 0;
  const width = Math.round(years.length * slot + 2 * PAD);
  const most = Math.max(1, ...years.map((y) => y.count));
  const baseline = PAD + 16 + BAR_AREA;
  const bars = years.map((y, i) => {
    const height = Math.max(2, (y.count / most) * BAR_AREA);
    return { year: y.year, count: y.count, x: round(PAD + i * slot + 4), y: round(baseline - height), width: round(slot - 8), height: round(height) };
  });
  return { width, height: baseline + 22, baseline, bars };
}
