/**
 * Geometry of the overview chart, drawn as SVG at build time: one row per year, twelve
 * equal month slots in each (so distance is time), a mark per event stacked in its month,
 * empty months left empty and runs of empty years drawn as a labelled break. Sized in CSS
 * pixels so it is never scaled: labels stay legible and every mark keeps a 24 px target on
 * a 375 px phone. Pure numbers; Overview.astro draws them.
 */
import { format } from 'date-fns/format';
import { parseReferenceDay } from '../pipeline/dates/calendar.ts';
import type { TimelineEvent } from '../pipeline/types.ts';
import { periodKey } from './timeline-view.ts';
import { compareStrings } from '../pipeline/order.ts';

/** Width of a month slot and height of a mark's row: the 24 px target size of WCAG 2.2. */
export const SLOT = 24;
/** Most marks one month stacks; the rest are one "+N" link to the month in the list. */
export const STACK = 8;
const LABEL = 40;
const PAD = 4;
const AXIS = 18;
const BREAK = 36;
const YEAR_GAP = 10;

export interface ChartMark {
  id: string;
  /** Centre of the mark. */
  x: number;
  y: number;
  tier: TimelineEvent['tier'];
  planned: boolean;
  /** Accessible name: date, headline, tier and status. */
  label: string;
  /** For an event known only by its year: the span of its row it may lie anywhere in. */
  range?: { x1: number; x2: number };
}

export interface ChartMore {
  x: number;
  y: number;
  count: number;
  /** The month's key (`2026-02`), whose heading in the list is `#m-<key>`. */
  month: string;
  label: string;
}

export interface ChartRow {
  year: string;
  /** Top and baseline of the row. */
  top: number;
  baseline: number;
  /** Month slots: left edge and one-letter label. */
  slots: { x: number; letter: string; empty: boolean }[];
}

export interface ChartBreak {
  y: number;
  label: string;
}

export interface OverviewChart {
  width: number;
  height: number;
  /** Left edge and right edge of the month slots. */
  left: number;
  right: number;
  rows: ChartRow[];
  breaks: ChartBreak[];
  marks: ChartMark[];
  more: ChartMore[];
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

function markLabel(event: TimelineEvent): string {
  const tier = event.tier === 'key' ? 'key event' : 'context';
  const status = event.status === 'planned' ? ', planned' : '';
  return `${event.date.text}: ${event.title} (${tier}${status})`;
}

/** The overview of `events` (any order): a row per year with events, breaks for the empty years between. */
export function overviewChart(events: readonly TimelineEvent[]): OverviewChart {
  const byMonth = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const key = periodKey(event);
    byMonth.set(key, [...(byMonth.get(key) ?? []), event]);
  }
  for (const list of byMonth.values()) list.sort((a, b) => compareStrings(a.date.start, b.date.start));
  const years = [...new Set([...byMonth.keys()].map((key) => key.slice(0, 4)))].sort(compareStrings);
  const left = LABEL;
  const right = left + 12 * SLOT;
  const rows: ChartRow[] = [];
  const breaks: ChartBreak[] = [];
  const marks: ChartMark[] = [];
  const more: ChartMore[] = [];
  let y = PAD;
  years.forEach((year, i) => {
    const previous = years[i - 1];
    if (previous !== undefined && Number(year) - Number(previous) > 1) {
      const [from, to] = [Number(previous) + 1, Number(year) - 1];
      breaks.push({ y: y + BREAK / 2, label: from === to ? `${from}: no events` : `${from}–${to}: no events` });
      y += BREAK;
    } else if (previous !== undefined) {
      y += YEAR_GAP;
    }
    const yearOnly = byMonth.get(year) ?? [];
    const months = MONTHS.map((m) => byMonth.get(`${year}-${m}`) ?? []);
    // Year-only events stack above the year's busiest month, centred on the row they may lie anywhere in.
    const monthTallest = Math.max(0, ...months.map((list) => Math.min(list.length, STACK + 1)));
    const tallest = Math.max(1, monthTallest + yearOnly.length);
    const baseline = y + tallest * SLOT;
    const centreY = (level: number) => baseline - SLOT / 2 - level * SLOT;
    rows.push({
      year,
      top: y,
      baseline,
      slots: MONTHS.map((m, index) => ({
        x: left + index * SLOT,
        letter: format(parseReferenceDay(`${year}-${m}-01`), 'MMMMM'),
        empty: months[index]!.length === 0,
      })),
    });
    yearOnly.forEach((event, level) =>
      marks.push({ id: event.id, x: left + 6 * SLOT, y: centreY(monthTallest + level), tier: event.tier, planned: event.status === 'planned', label: markLabel(event), range: { x1: left + 2, x2: right - 2 } }),
    );
    months.forEach((list, index) => {
      const x = left + index * SLOT + SLOT / 2;
      const shown = list.length > STACK + 1 ? list.slice(0, STACK) : list;
      shown.forEach((event, level) =>
        marks.push({ id: event.id, x, y: centreY(level), tier: event.tier, planned: event.status === 'planned', label: markLabel(event) }),
      );
      if (shown.length < list.length) {
        const label = format(parseReferenceDay(`${year}-${MONTHS[index]}-01`), 'MMMM yyyy');
        more.push({ x, y: centreY(STACK), count: list.length - shown.length, month: `${year}-${MONTHS[index]}`, label: `${list.length - shown.length} more in ${label}` });
      }
    });
    y = baseline + AXIS;
  });
  return { width: right + PAD, height: y + PAD, left, right, rows, breaks, marks, more };
}
