/**
 * How event lists are cut into pages: grouped by year and month, the most recent periods on
 * the front page (`/`, `/kinds/<kind>/`), and everything by year on archive pages with URLs
 * that do not move. Every page stays under a cap of events so it stays small (budget:
 * 30 KB gzipped) however many events the corpus holds.
 */
import { format } from 'date-fns/format';
import { parseReferenceDay } from '../pipeline/dates/calendar.ts';
import { chronological, compareStrings } from '../pipeline/order.ts';
import type { TimelineEvent } from '../pipeline/types.ts';

/**
 * Most events one list page shows. An event item is 60–100 bytes gzipped, so 150 keep a page
 * (with its chart and filters) near 12 KB on the synthetic corpus, well inside the 30 KB budget.
 */
export const PAGE_CAP = 150;

/**
 * The period an event is listed under: its start month (`2026-02`), or its year (`1994`)
 * when only the year is known. A year key sorts before that year's months.
 */
export function periodKey(event: TimelineEvent): string {
  return event.date.precision === 'year' ? event.date.start.slice(0, 4) : event.date.start.slice(0, 7);
}

export interface MonthGroup {
  /** `2026-02`, or `1994` for events known only by their year. */
  key: string;
  /** `February 2026`, or `Some time in 1994`. */
  label: string;
  /** In-page anchor of the month heading. */
  anchor: string;
  events: TimelineEvent[];
}

export interface YearGroup {
  year: string;
  anchor: string;
  months: MonthGroup[];
  count: number;
}

function periodLabel(key: string): string {
  return key.length === 4 ? `Some time in ${key}` : format(parseReferenceDay(`${key}-01`), 'MMMM yyyy');
}

/** Events in timeline order, grouped under years and months (both in order). */
export function groupByYearMonth(events: readonly TimelineEvent[]): YearGroup[] {
  const months = new Map<string, TimelineEvent[]>();
  for (const event of chronological(events)) {
    const key = periodKey(event);
    const list = months.get(key);
    if (list) list.push(event);
    else months.set(key, [event]);
  }
  const years: YearGroup[] = [];
  for (const key of [...months.keys()].sort(compareStrings)) {
    const group: MonthGroup = { key, label: periodLabel(key), anchor: `m-${key}`, events: months.get(key)! };
    const year = key.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) {
      last.months.push(group);
      last.count += group.events.length;
    } else {
      years.push({ year, anchor: `y-${year}`, months: [group], count: group.events.length });
    }
  }
  return years;
}

/**
 * The front page's share: whole periods, newest first, as long as they fit under `cap`; of a
 * newest period over the cap alone, its latest `cap` events. Returns them in timeline order.
 */
export function latestPeriods(events: readonly TimelineEvent[], cap = PAGE_CAP): TimelineEvent[] {
  const periods = groupByYearMonth(events).flatMap((year) => year.months);
  const shown: MonthGroup[] = [];
  let count = 0;
  for (const period of periods.reverse()) {
    if (count + period.events.length > cap) {
      // The newest period alone too large for a page: its latest events (the archive has them all).
      if (shown.length === 0) return period.events.slice(-Math.max(cap, 1));
      break;
    }
    shown.unshift(period);
    count += period.events.length;
  }
  return shown.flatMap((period) => period.events);
}

/** One archive page: a whole year, a year's index of months, or one month of a large year. */
export interface ArchivePage {
  /** Site path, e.g. `archive/2025/` or `archive/2025/03/`. */
  path: string;
  year: string;
  /** `03` on a month page. */
  month?: string;
  title: string;
  /** The events listed on this page (on a year's index: only those without a month). */
  events: TimelineEvent[];
  /** On the index of a year too large for one page: its month pages and their counts. */
  monthPages?: { path: string; label: string; count: number }[];
}

export interface Archive {
  pages: ArchivePage[];
  /** Years in order with their page path and number of events, for links and the chart. */
  years: { year: string; path: string; count: number }[];
  /** Site path of the archive page that lists an event (its item there has the event id). */
  locate: (eventId: string) => string;
}

/**
 * Archive pages under `base` (`archive/`, `kinds/call/`): one per year with events; a year
 * over `cap` becomes an index of month pages (`<base><year>/<mm>/`), and a month over `cap`
 * is cut into parts (`<mm>/2/`…), so no page outgrows the size budget. Year URLs never move.
 */
export function buildArchive(events: readonly TimelineEvent[], base: string, cap = PAGE_CAP, titleOf = (period: string) => period): Archive {
  const pages: ArchivePage[] = [];
  const location = new Map<string, string>();
  const place = (page: ArchivePage) => {
    pages.push(page);
    for (const event of page.events) location.set(event.id, page.path);
  };
  const years = groupByYearMonth(events).map((group) => {
    const path = `${base}${group.year}/`;
    if (group.count <= cap) {
      place({ path, year: group.year, title: titleOf(group.year), events: group.months.flatMap((m) => m.events) });
      return { year: group.year, path, count: group.count };
    }
    // A month over `cap` is cut into parts: `<mm>/`, then `<mm>/2/`, `<mm>/3/`…
    const parts = group.months
      .filter((m) => m.key.length > 4)
      .flatMap((m) =>
        Array.from({ length: Math.ceil(m.events.length / cap) }, (_, i) => ({
          month: m.key.slice(5),
          path: `${path}${m.key.slice(5)}/${i === 0 ? '' : `${i + 1}/`}`,
          label: i === 0 ? m.label : `${m.label}, part ${i + 1}`,
          events: m.events.slice(i * cap, (i + 1) * cap),
        })),
      );
    const monthPages = parts.map((part) => ({ path: part.path, label: part.label, count: part.events.length }));
    const undated = group.months.filter((m) => m.key.length === 4).flatMap((m) => m.events);
    place({ path, year: group.year, title: titleOf(group.year), events: undated, monthPages });
    for (const part of parts) place({ path: part.path, year: group.year, month: part.month, title: titleOf(part.label), events: part.events });
    return { year: group.year, path, count: group.count };
  });
  return {
    pages,
    years,
    locate: (eventId) => {
      const path = location.get(eventId);
      if (path === undefined) throw new Error(`Event ${eventId} is in no archive page under ${base}`);
      return path;
    },
  };
}
