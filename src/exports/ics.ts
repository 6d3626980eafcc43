import ical, { ICalEventStatus } from 'ical-generator';
import type { EventDate, IsoDay, Timeline, TimelineEvent } from '../pipeline/types.ts';
import { eventSummaryLine } from './event-text.ts';
import { foldLines } from './ics-fold.ts';
import { chronological } from '../pipeline/order.ts';
import { lastReported } from './reported.ts';
import { absoluteUrl, eventPath } from './site-url.ts';

const DAY_MS = 86_400_000;

/**
 * The longest period a calendar entry may cover. A day, a span, a week or a month ("early
 * March 2026") shows as an all-day bar a reader can place; a year ("the 1994 Budapest
 * Memorandum") or a longer stretch would paint a bar across every day of it, so those
 * events stay out of the calendar (they remain in the timeline, RSS and events.json).
 */
export const CALENDAR_MAX_DAYS = 31;

/**
 * The timeline as an iCalendar feed of all-day events. Deterministic and independent of
 * the machine's time zone: dates are built in UTC, written as floating DATE values, and
 * DTSTAMP comes from the event's sources rather than the clock.
 */
export function eventsCalendar(timeline: Timeline, root: string, siteName: string): string {
  return [...eventsCalendarParts(timeline, root, siteName)].join('');
}

/**
 * `eventsCalendar` an event at a time, so the feed (16 MB at 10,000 synthetic articles) is
 * never one string, nor 30,000 calendar objects, in the build's memory
 * (src/exports/streamed-files.ts).
 */
export function* eventsCalendarParts(timeline: Timeline, root: string, siteName: string): Generator<string> {
  const host = new URL(root).hostname;
  const calendar = ical({ name: siteName, prodId: { company: siteName, product: 'Events', language: 'EN' } });
  const [head, end] = calendar.toString().split(/(?=END:VCALENDAR$)/) as [string, string];
  yield head;
  for (const event of chronological(timeline.events)) {
    if (!inCalendar(event.date)) continue;
    const url = absoluteUrl(root, eventPath(event.id));
    const vevent = calendar.createEvent({
      id: `${event.id}@${host}`,
      allDay: true,
      start: utcDay(event.date.start),
      end: new Date(utcDay(event.date.end).getTime() + DAY_MS),
      stamp: lastReported(event),
      summary: isApproximate(event) ? `${event.title} (${event.date.text})` : event.title,
      description: describe(event, url),
      location: event.place?.name ?? null,
      url,
      status: event.status === 'planned' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      categories: [{ name: event.kind }],
    });
    // The library folds a whole feed one character at a time (seconds for thousands of
    // events): it writes the calendar's own lines, and each event is folded here.
    yield foldLines(vevent.toString());
    calendar.clear();
  }
  yield end;
}

/** Whether an event with this date goes into the calendar: see CALENDAR_MAX_DAYS. */
export function inCalendar(date: Pick<EventDate, 'start' | 'end'>): boolean {
  return (utcDay(date.end).getTime() - utcDay(date.start).getTime()) / DAY_MS + 1 <= CALENDAR_MAX_DAYS;
}

/** The date is a range the event falls somewhere in, not the days it lasted. */
function isApproximate(event: TimelineEvent): boolean {
  return event.date.precision === 'week' || event.date.precision === 'month' || event.date.precision === 'year' || Boolean(event.date.qualifier);
}

function describe(event: TimelineEvent, url: string): string {
  const approximate = isApproximate(event) ? ' (approximate date)' : '';
  return `${eventSummaryLine(event)}${approximate}\n${url}`;
}

function utcDay(day: IsoDay): Date {
  return new Date(`${day}T00:00:00Z`);
}
