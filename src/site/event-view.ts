/**
 * What an event's own page says beyond the event itself: its neighbours in the timeline,
 * related events, a one-sentence description, how precise its date is, its disagreements in
 * words, its schema.org JSON-LD, and the old ids that must redirect to it.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseReferenceDay } from '../pipeline/dates/calendar.ts';
import { parseEdtf } from '../pipeline/corrections/edtf.ts';
import { describeDate } from '../pipeline/merge/describe-date.ts';
import type { Disagreement, EntityRef, EntityType, Redirect, Timeline, TimelineEvent } from '../pipeline/types.ts';
import { count } from './count.ts';
import { KIND_NAMES } from './kinds.ts';

/** The events just before and after one, in timeline order. */
export function neighbours(events: readonly TimelineEvent[], id: string): { previous?: TimelineEvent; next?: TimelineEvent } {
  const index = events.findIndex((e) => e.id === id);
  if (index === -1) return {};
  return { previous: events[index - 1], next: events[index + 1] };
}

export interface RelatedEvent {
  event: TimelineEvent;
  /** The people and place it shares with the event. */
  shared: EntityRef[];
}

const entitiesOf = (event: TimelineEvent): EntityRef[] => [...event.participants, ...(event.place ? [event.place] : [])];

/** Up to `limit` other events sharing a participant or the place, the closest in date, in timeline order. */
export function relatedEvents(events: readonly TimelineEvent[], event: TimelineEvent, limit = 4): RelatedEvent[] {
  const mine = new Set(entitiesOf(event).map((e) => e.id));
  const day = parseReferenceDay(event.date.start);
  const distance = (other: TimelineEvent) => Math.abs(differenceInCalendarDays(parseReferenceDay(other.date.start), day));
  return events
    .filter((other) => other.id !== event.id)
    .map((other) => ({ event: other, shared: entitiesOf(other).filter((e) => mine.has(e.id)) }))
    .filter((related) => related.shared.length > 0)
    .map((related, order) => ({ related, order, distance: distance(related.event) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, limit)
    .sort((a, b) => a.order - b.order)
    .map(({ related }) => related);
}

const PRECISION: Record<TimelineEvent['date']['precision'], string> = {
  day: 'known to the day',
  week: 'known to the week',
  month: 'known to the month',
  year: 'known only to the year',
  span: 'a span of days',
};

/** How precise the date is, in words: "known to the month (“early”)". */
export function precisionText(event: TimelineEvent): string {
  const qualifier = event.date.qualifier ? ` (“${event.date.qualifier}”)` : '';
  const dated = event.datedByPublication ? '; no date in the text, so the publication date is used' : '';
  return `${PRECISION[event.date.precision]}${qualifier}${dated}`;
}

export function statusText(event: TimelineEvent): string {
  return event.status === 'planned' ? 'Planned: still ahead when reported' : 'Took place';
}

const list = (names: string[]): string => (names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** One sentence for share cards and search results. */
export function eventDescription(event: TimelineEvent): string {
  const kind = KIND_NAMES[event.kind].singular;
  const who = event.participants.length > 0 ? ` with ${list(event.participants.map((p) => p.name))}` : '';
  const where = event.place ? ` in ${event.place.name}` : '';
  const when = event.status === 'planned' ? `Planned ${kind}` : `${kind[0]!.toUpperCase()}${kind.slice(1)}`;
  return `${when}${who}${where}, ${event.date.text}. Reported by ${count(event.sources.length, 'source')}, quoted word for word.`;
}

const FIELD: Record<Disagreement['field'], string> = {
  date: 'Date',
  participants: 'Who took part',
  duration: 'How long',
  place: 'Place',
  status: 'Status',
};

/** "PT30M" → "30 minutes", "P2D" → "2 days"; anything else as written. */
function durationText(value: string): string {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return value;
  const parts = [[match[1], 'day'], [match[2], 'hour'], [match[3], 'minute']] as const;
  return parts.filter(([n]) => n !== undefined).map(([n, unit]) => `${n} ${unit}${n === '1' ? '' : 's'}`).join(' ');
}

export interface DisagreementView {
  field: string;
  claims: { article: string; value: string }[];
}

/** A disagreement with its values in words: dates as a reader writes them, participants by name. */
export function disagreementView(disagreement: Disagreement, nameOf: (entityId: string) => string): DisagreementView {
  const show = (value: string): string => {
    switch (disagreement.field) {
      case 'date': {
        const date = parseEdtf(value);
        return date ? describeDate(date) : value;
      }
      case 'duration':
        return durationText(value);
      case 'participants':
        return list(value.split(', ').map(nameOf));
      default:
        return value;
    }
  };
  return { field: FIELD[disagreement.field], claims: disagreement.claims.map((c) => ({ article: c.article, value: show(c.value) })) };
}

/**
 * Every old id that should redirect, with its new id: the timeline's redirects and each
 * event's aliases, once each, never an id that is an event's own.
 */
export function redirectsOf(timeline: Pick<Timeline, 'events' | 'redirects'>): Redirect[] {
  const current = new Set(timeline.events.map((e) => e.id));
  const found = new Map<string, string>();
  for (const r of timeline.redirects) found.set(r.from, r.to);
  for (const event of timeline.events) for (const alias of event.aliases) found.set(alias, event.id);
  return [...found]
    .filter(([from, to]) => !current.has(from) && current.has(to))
    .map(([from, to]) => ({ from, to }))
    .sort((a, b) => (a.from < b.from ? -1 : 1));
}

const SCHEMA_TYPE: Record<EntityType, string> = { person: 'Person', organization: 'Organization', country: 'Country', place: 'Place' };

export interface JsonLdLinks {
  /** Absolute URL of a site path. */
  absolute: (path: string) => string;
  entityPath: (id: string) => string;
  entityType: (id: string) => EntityType;
}

/** The date as schema.org takes it: a day, or an ISO month / year when that is all that is known. */
function schemaDate(event: TimelineEvent, day: string): string {
  if (event.date.precision === 'month') return day.slice(0, 7);
  if (event.date.precision === 'year') return day.slice(0, 4);
  return day;
}

/**
 * schema.org Event with the reports as NewsArticles it is the subject of. Planned events are
 * `EventScheduled`; schema.org has no status for an event that took place, so those have none.
 */
export function eventJsonLd(event: TimelineEvent, links: JsonLdLinks): Record<string, unknown> {
  const thing = (ref: EntityRef) => ({ '@type': SCHEMA_TYPE[links.entityType(ref.id)], name: ref.name, url: links.absolute(links.entityPath(ref.id)) });
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': links.absolute(`events/${event.id}/`),
    url: links.absolute(`events/${event.id}/`),
    name: event.title,
    description: eventDescription(event),
    image: links.absolute(`og/${event.id}.png`),
    startDate: schemaDate(event, event.date.start),
    endDate: schemaDate(event, event.date.end),
    ...(event.status === 'planned' ? { eventStatus: 'https://schema.org/EventScheduled' } : {}),
    ...(event.place ? { location: { ...thing(event.place), '@type': 'Place' } } : {}),
    ...(event.participants.length > 0 ? { attendee: event.participants.map(thing) } : {}),
    subjectOf: event.sources.map((source) => ({
      '@type': 'NewsArticle',
      headline: source.title,
      datePublished: source.published,
      url: source.url ?? links.absolute(`articles/${source.article}/`),
      ...(source.outlet !== 'unknown' ? { publisher: { '@type': 'Organization', name: source.outlet } } : {}),
      citation: source.quotes.map((quote) => quote.text),
    })),
  };
}
