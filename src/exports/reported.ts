import type { TimelineEvent } from '../pipeline/types.ts';

/**
 * When the sources reported an event, for the dates feeds and calendars need. Taken from
 * the articles' publication dates, never the clock, so exports stay deterministic; an
 * event with no dated source falls back to its own first day.
 */
export function firstReported(event: TimelineEvent): Date {
  return new Date(Math.min(...reportTimes(event)));
}

export function lastReported(event: TimelineEvent): Date {
  return new Date(Math.max(...reportTimes(event)));
}

function reportTimes(event: TimelineEvent): number[] {
  const times = event.sources.map((source) => Date.parse(source.published)).filter((time) => !Number.isNaN(time));
  return times.length > 0 ? times : [Date.parse(`${event.date.start}T00:00:00Z`)];
}
