/**
 * What an event's own page says beyond the event itself: its neighbours in the timeline,
 * related events, a one-sentence description, how precise its date is, its disagreements in
 * words, its schema.org JSON-LD, and the old ids that must redirect to it.
 */
import { dayNumber } from '../pipeline/dates/calendar.ts';
import { parseEdtf } from '../pipeline/corrections/edtf.ts';
import { describeDate } from '../pipeline/merge/describe-date.ts';
import { oncePerObject } from '../pipeline/memo.ts';
import { compareStrings } from '../pipeline/order.ts';
import type { Disagreement, EditorCorrection, EntityRef, EntityType, Redirect, Timeline, TimelineEvent } from '../pipeline/types.ts';
import { cardPath } from '../exports/og-cards.ts';
import { count } from './count.ts';
import { KIND_NAMES } from './kinds.ts';

/**
 * Lookups into one list of events in timeline order, built once per list (pages get the
 * same array every time), so a page's previous / next and related events cost the same
 * whatever the size of the timeline.
 */
interface EventIndex {
  position: Map<string, number>;
  /** Per person or place: the positions of its events, ascending. */
  byEntity: Map<string, number[]>;
  /** Start day of each event, as days since 1970. */
  day: number[];
}

/** The first of `0..length` for which `above` holds, `above` being false then true along it. */
function firstAtOrAbove(length: number, above: (i: number) => boolean): number {
  let low = 0;
  for (let high = length; low < high; ) {
    const mid = (low + high) >> 1;
    if (above(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

const indexOf = oncePerObject((events: readonly TimelineEvent[]): EventIndex => {
  const byEntity = new Map<string, number[]>();
  events.forEach((event, i) => {
    for (const id of new Set(entitiesOf(event).map((e) => e.id))) {
      const list = byEntity.get(id);
      if (list) list.push(i);
      else byEntity.set(id, [i]);
    }
  });
  return {
    position: new Map(events.map((event, i) => [event.id, i])),
    byEntity,
    day: events.map((event) => dayNumber(event.date.start)),
  };
});

/** The events just before and after one, in timeline order. */
export function neighbours(events: readonly TimelineEvent[], id: string): { previous?: TimelineEvent; next?: TimelineEvent } {
  const index = indexOf(events).position.get(id);
  if (index === undefined) return {};
  return { previous: events[index - 1], next: events[index + 1] };
}

export interface RelatedEvent {
  event: TimelineEvent;
  /** The people and place it shares with the event. */
  shared: EntityRef[];
}

const entitiesOf = (event: TimelineEvent): EntityRef[] => [...event.participants, ...(event.place ? [event.place] : [])];

/**
 * Up to `limit` other events sharing a participant or the place, the closest in date (the
 * earlier in the timeline when as close), listed in timeline order. `events` must be in
 * timeline order (chronological(), as pages get it), so start days only grow along it, and along each entity's list of positions: the
 * closest events of an entity are found by walking out from the event's own position, and
 * the closest overall are among the closest `limit` of each of its entities.
 */
export function relatedEvents(events: readonly TimelineEvent[], event: TimelineEvent, limit = 4): RelatedEvent[] {
  const { position, byEntity, day } = indexOf(events);
  const self = position.get(event.id);
  const today = self !== undefined ? day[self]! : dayNumber(event.date.start);
  // Positions before `boundary` are the event's own or earlier in the timeline.
  const boundary = self !== undefined ? self + 1 : firstAtOrAbove(day.length, (i) => day[i]! > today);
  const distance = (i: number) => Math.abs(day[i]! - today);
  const closer = (a: number, b: number) => distance(a) - distance(b) || a - b;
  const candidates = new Set<number>();
  for (const entity of new Set(entitiesOf(event).map((e) => e.id))) {
    const list = byEntity.get(entity) ?? [];
    let right = firstAtOrAbove(list.length, (i) => list[i]! >= boundary);
    let left = list[right - 1] === self ? right - 2 : right - 1;
    // The closest `limit`, and any as close as the last of them (the final sort breaks such ties).
    for (let taken = 0, last = -1; left >= 0 || right < list.length; taken += 1) {
      const takeLeft = right >= list.length || (left >= 0 && closer(list[left]!, list[right]!) <= 0);
      const next = takeLeft ? list[left]! : list[right]!;
      if (taken >= limit && distance(next) > last) break;
      candidates.add(next);
      last = distance(next);
      if (takeLeft) left -= 1;
      else right += 1;
    }
  }
  const mine = new Set(entitiesOf(event).map((e) => e.id));
  return [...candidates]
    .filter((i) => events[i]!.id !== event.id)
    .sort(closer)
    .slice(0, limit)
    .sort((a, b) => a - b)
    .map((i) => ({ event: events[i]!, shared: entitiesOf(events[i]!).filter((e) => mine.has(e.id)) }));
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
  const edited = event.corrections?.some((c) => c.field === 'date') ? '; set by the editors, not read from the sources' : '';
  return `${PRECISION[event.date.precision]}${qualifier}${dated}${edited}`;
}

const CORRECTED_FIELD: Record<EditorCorrection['field'], string> = {
  title: 'Title',
  date: 'Date',
  kind: 'Kind',
  status: 'Status',
  tier: 'Importance',
  participants: 'Who took part',
  place: 'Place',
};

/** What the editors set on the event, field by field, with their reason: "Date set by the editors: …". */
export function correctionLines(event: TimelineEvent): { field: EditorCorrection['field']; text: string }[] {
  return (event.corrections ?? []).map(({ field, reason }) => ({
    field,
    text: `${CORRECTED_FIELD[field]} set by the editors${reason ? `: ${reason.replace(/[.\s]+$/, '')}` : ''}.`,
  }));
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
    .sort((a, b) => compareStrings(a.from, b.from));
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
    image: links.absolute(cardPath(event)),
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
