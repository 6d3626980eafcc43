/**
 * Every event id the site has published, each with a sentence its event cites. An id may
 * change when a new report says more about an event (a person the first report did not
 * name); the ledger finds the event that still cites the sentence and keeps the old URL as
 * a redirect to the new one. `npm run ids:record` adds the ids of a build to the ledger.
 */
import { parse, stringify } from 'yaml';
import { ContentError } from '../content-error.ts';
import { compareStrings } from '../order.ts';
import type { TimelineEvent } from '../types.ts';

/** A sentence of an article: `<article id>#<sentence index>`. */
export type Anchor = string;

export interface PublishedIds {
  file: string;
  anchors: Map<string, Anchor>;
}

const ANCHOR = /^[^#\s]+#\d+$/;

export function parsePublishedIds(source: string, file: string): PublishedIds {
  const data: unknown = parse(source) ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError({ file }, 'is not a list of `event-id: article#sentence` lines', 'write one `<event id>: <article id>#<sentence index>` per line, or delete the file');
  }
  const anchors = new Map<string, Anchor>();
  for (const [id, anchor] of Object.entries(data)) {
    if (typeof anchor !== 'string' || !ANCHOR.test(anchor)) {
      throw new ContentError({ file, field: id }, `has ${JSON.stringify(anchor)} where a sentence should be`, 'write `<article id>#<sentence index>`, e.g. `2026-02-25-trump-speaks-with-zelenskyy#3`, or run npm run ids:record');
    }
    anchors.set(id, anchor);
  }
  return { file, anchors };
}

/** The sentence an event is known by: its best quote. */
function anchorOf(event: TimelineEvent): Anchor | undefined {
  const source = event.sources[0];
  const quote = source?.quotes[0];
  return source && quote ? `${source.article}#${quote.sentence}` : undefined;
}

/**
 * Published ids no event has any more become aliases of the event that cites their sentence;
 * of several that cite it (a plan's sentence is evidence of the meeting and of the round it
 * prepares), the one whose id shares most words with the old one: its date, names and kind.
 */
export function keepPublishedIds(events: TimelineEvent[], published: PublishedIds | undefined): void {
  if (!published) return;
  const taken = new Set(events.flatMap((e) => [e.id, ...e.aliases]));
  const citing = new Map<Anchor, TimelineEvent[]>();
  for (const event of events) {
    for (const s of event.sources) {
      for (const q of s.quotes) {
        const anchor = `${s.article}#${q.sentence}`;
        const list = citing.get(anchor) ?? [];
        if (!list.includes(event)) citing.set(anchor, [...list, event]);
      }
    }
  }
  for (const [id, anchor] of published.anchors) {
    if (taken.has(id)) continue;
    const words = new Set(id.split('-'));
    const likeness = (e: TimelineEvent): number => e.id.split('-').filter((w) => words.has(w)).length;
    const event = (citing.get(anchor) ?? []).reduce<TimelineEvent | undefined>((best, e) => (best === undefined || likeness(e) > likeness(best) ? e : best), undefined);
    if (event) event.aliases = [...event.aliases, id].sort(compareStrings);
  }
}

/** The ledger with the ids of these events added; ids already in it keep their sentence. */
export function recordPublishedIds(events: TimelineEvent[], published: PublishedIds | undefined): string {
  const anchors = new Map(published?.anchors ?? []);
  for (const event of events) {
    const anchor = anchorOf(event);
    if (anchor && !anchors.has(event.id)) anchors.set(event.id, anchor);
  }
  const sorted = Object.fromEntries([...anchors].sort(([a], [b]) => compareStrings(a, b)));
  return `# Every event id the site has published and a sentence its event cites (article#sentence).\n# Old ids redirect to the event that cites their sentence. Written by npm run ids:record.\n${stringify(sorted)}`;
}
