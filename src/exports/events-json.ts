import type { Disagreement, EntityRef, EventDate, EventRoles, Source, Timeline, TimelineEvent } from '../pipeline/types.ts';
import { chronological, compareStrings } from '../pipeline/order.ts';
import { absoluteUrl, eventPath } from './site-url.ts';

/** Bump when a field changes meaning or disappears; adding fields keeps the version. */
export const EVENTS_JSON_VERSION = 1;
export const EVENTS_SCHEMA_PATH = 'events.schema.json';

/**
 * The public `/events.json` document. Deterministic: the same timeline gives the same
 * bytes whatever order its events, aliases and claims arrive in (sources and quotes keep the
 * timeline's evidence order, best first); it carries no timestamp. Objects are built
 * field by field so key order is fixed by this code, not by the pipeline's objects.
 */
export function eventsDocument(timeline: Timeline, root: string): string {
  return [...eventsDocumentParts(timeline, root)].join('');
}

/**
 * `eventsDocument` piece by piece, an event at a time: the bytes of
 * `JSON.stringify(document, null, 2)` without the whole document in memory at once (it is
 * 80 MB at 10,000 synthetic articles, and building it in one string and one object tree
 * made the build's peak memory).
 */
export function* eventsDocumentParts(timeline: Timeline, root: string): Generator<string> {
  const events = chronological(timeline.events);
  yield `{\n  "$schema": ${JSON.stringify(absoluteUrl(root, EVENTS_SCHEMA_PATH))},\n  "version": ${EVENTS_JSON_VERSION},\n  "events": [`;
  for (const [i, event] of events.entries()) {
    // An event two levels down: every line of its own 2-space JSON indented by 4 (JSON strings hold no raw newline).
    yield `${i === 0 ? '' : ','}\n    ${JSON.stringify(eventEntry(event, root), null, 2).replaceAll('\n', '\n    ')}`;
  }
  yield events.length === 0 ? ']\n}\n' : '\n  ]\n}\n';
}

function eventEntry(event: TimelineEvent, root: string) {
  return {
    id: event.id,
    url: absoluteUrl(root, eventPath(event.id)),
    title: event.title,
    summary: event.summary,
    kind: event.kind,
    status: event.status,
    tier: event.tier,
    date: dateEntry(event.date),
    participants: event.participants.map(({ id, name }) => ({ id, name })),
    ...(event.roles ? { roles: rolesEntry(event.roles) } : {}),
    place: event.place ? { id: event.place.id, name: event.place.name } : null,
    // The pipeline's evidence order, which is meaning: the most direct report first, its best sentence first.
    sources: event.sources.map(sourceEntry),
    disagreements: [...event.disagreements].sort((a, b) => compareStrings(a.field, b.field)).map(disagreementEntry),
    aliases: [...event.aliases].sort(compareStrings),
    ...(event.corrections ? { corrections: event.corrections.map(({ field, value, reason }) => ({ field, value, ...(reason === undefined ? {} : { reason }) })) } : {}),
    lifecycle: event.lifecycle.map(({ stage, reported, article, date, from }) => ({ stage, reported, article, date, ...(from ? { from } : {}) })),
    statusAsOf: { stage: event.statusAsOf.stage, asOf: event.statusAsOf.asOf, article: event.statusAsOf.article, overdue: event.statusAsOf.overdue, text: event.statusAsOf.text },
  };
}

function rolesEntry(roles: EventRoles) {
  const refs = (list: EntityRef[]) => list.map(({ id, name }) => ({ id, name }));
  return { parties: refs(roles.parties), mediators: refs(roles.mediators), present: refs(roles.present), mentioned: refs(roles.mentioned) };
}

function dateEntry(date: EventDate) {
  return {
    value: date.value,
    start: date.start,
    end: date.end,
    precision: date.precision,
    ...(date.qualifier ? { qualifier: date.qualifier } : {}),
    text: date.text,
  };
}

function sourceEntry(source: Source) {
  return {
    article: source.article,
    title: source.title,
    outlet: source.outlet,
    published: source.published,
    url: source.url,
    quotes: source.quotes.map(({ text, start, end }) => ({ text, start, end })),
  };
}

function disagreementEntry(disagreement: Disagreement) {
  return {
    field: disagreement.field,
    claims: [...disagreement.claims]
      .sort((a, b) => compareStrings(a.article, b.article) || compareStrings(a.value, b.value))
      .map(({ article, value }) => ({ article, value })),
  };
}
