import ical, { ICalEventStatus } from 'ical-generator';
import type { IsoDay, Timeline, TimelineEvent } from '../pipeline/types.ts';
import { chronological } from './order.ts';
import { absoluteUrl, eventPath } from './site-url.ts';

const DAY_MS = 86_400_000;

/**
 * The timeline as an iCalendar feed of all-day events. Deterministic and independent of
 * the machine's time zone: dates are built in UTC, written as floating DATE values, and
 * DTSTAMP comes from the event's sources rather than the clock.
 */
export function eventsCalendar(timeline: Timeline, root: string, siteName: string): string {
  const host = new URL(root).host;
  const calendar = ical({ name: siteName, prodId: { company: siteName, product: 'Events', language: 'EN' } });
  for (const event of chronological(timeline.events)) {
    const url = absoluteUrl(root, eventPath(event.id));
    calendar.createEvent({
      id: `${event.id}@${host}`,
      allDay: true,
      start: utcDay(event.date.start),
      end: new Date(utcDay(event.date.end).getTime() + DAY_MS),
      stamp: stampOf(event),
      summary: isApproximate(event) ? `${event.title} (${event.date.text})` : event.title,
      description: describe(event, url),
      location: event.place?.name ?? null,
      url,
      status: event.status === 'planned' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      categories: [{ name: event.kind }],
    });
  }
  return calendar.toString();
}

/** The date is a range the event falls somewhere in, not the days it lasted. */
export function isApproximate(event: TimelineEvent): boolean {
  return event.date.precision === 'week' || event.date.precision === 'month' || event.date.precision === 'year' || Boolean(event.date.qualifier);
}

function describe(event: TimelineEvent, url: string): string {
  const reports = event.sources.length === 1 ? '1 report' : `${event.sources.length} reports`;
  const date = isApproximate(event) ? `${event.date.text} (approximate)` : event.date.text;
  return [`${date}. ${capitalise(event.status)} ${event.kind}; ${reports}.`, url].join('\n');
}

/** The latest publication among the event's sources: when the calendar last learned of it. */
function stampOf(event: TimelineEvent): Date {
  const times = event.sources.map((source) => Date.parse(source.published)).filter((time) => !Number.isNaN(time));
  return new Date(times.length > 0 ? Math.max(...times) : utcDay(event.date.start).getTime());
}

function utcDay(day: IsoDay): Date {
  return new Date(`${day}T00:00:00Z`);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
