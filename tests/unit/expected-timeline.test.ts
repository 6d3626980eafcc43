// The five source articles must give the chronology a careful reader takes from them
// (tests/fixtures/expected-timeline.yaml, a copy of the editors' reference).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kindFamily } from '../../src/pipeline/events/kinds.ts';
import { readArticles, readContentExtras } from '../../src/pipeline/read-content.ts';
import { buildTimeline } from '../../src/pipeline/timeline.ts';
import type { EventKind, Timeline, TimelineEvent } from '../../src/pipeline/types.ts';

/** The seed files of the reference, by the article ids the ingest gave them in content/. */
const ARTICLE_OF_SEED: Record<string, string> = {
  '000_ce9b658ea9746fc9.txt': '2026-02-25-trump-speaks-with-zelenskyy',
  '001_e0c9b10f7d7bf78b.txt': '2026-02-17-trump-presses-kyiv-ukraine',
  '002_0be0ed610cf6a59c.txt': '2026-02-25-trump-zelenskyy-speak-phone',
  '003_7591712a9a130a1a.txt': '2025-11-24-us-ukraine-peace-talks',
  '004_dc1560fb2344031c.txt': '2025-02-12-trump-putin-speak-phone',
};

type ExpectedDate = string | { start: string; end: string };
interface Expected {
  label: string;
  tier: 'key' | 'context';
  date: ExpectedDate;
  accept?: string[];
  qualifier?: string;
  kind: EventKind;
  status: 'occurred' | 'planned';
  sources: string[];
  evidence: string[];
  participants?: string[];
}

const reference = parse(readFileSync('tests/fixtures/expected-timeline.yaml', 'utf8')) as { events: Expected[]; not_events: string[] };
let timeline: Timeline;

beforeAll(() => {
  timeline = buildTimeline(readArticles('content'), readContentExtras('content'));
});

/** Quotes are compared without the differences typography makes (curly vs straight quotes). */
const plain = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
const quotes = (event: TimelineEvent) => event.sources.flatMap((s) => s.quotes.map((q) => plain(q.text)));

function hasDate(event: TimelineEvent, expected: Expected): boolean {
  const { date } = event;
  const accepted = [expected.date, ...(expected.accept ?? [])];
  return accepted.some((d) => {
    if (typeof d === 'object') return date.start === d.start && date.end === d.end;
    d = String(d); // YAML reads a bare year as a number
    if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return date.start === d && date.end === d;
    return date.value.replace(/~$/, '') === d; // a month or a year, as precise as the text
  });
}

describe('the chronology of the five source articles', () => {
  for (const expected of reference.events.filter((e) => e.tier === 'key')) {
    it(`has the key event “${expected.label}” once, on its date, citing every source`, () => {
      // One sentence may report two events ("met on Thursday … ahead of talks in March"), so an
      // event is identified by its kind, its date and its evidence together.
      const reports = timeline.events.filter(
        (e) => kindFamily(e.kind) === kindFamily(expected.kind) && expected.evidence.some((fragment) => quotes(e).some((q) => q.includes(plain(fragment)))),
      );
      const takesPart = (e: TimelineEvent) => (expected.participants ?? []).every((name) => e.participants.some((p) => p.name === name));
      let onDate = reports.filter((e) => hasDate(e, expected));
      // Two calls on one day in one sentence ("Following Trump’s conversation with Putin, Zelensky also spoke…") differ by who spoke.
      if (onDate.length > 1) onDate = onDate.filter(takesPart);
      expect(onDate.map((e) => e.id), `on its date, among ${reports.map((e) => `${e.id} (${e.date.value})`).join(', ')}`).toHaveLength(1);
      const [event] = onDate as [TimelineEvent];
      const sources = new Set(expected.sources.map((s) => ARTICLE_OF_SEED[s]));
      const twins = timeline.events.filter((e) => e !== event && kindFamily(e.kind) === kindFamily(expected.kind) && hasDate(e, expected) && takesPart(e) && e.sources.some((s) => sources.has(s.article)));
      expect(twins.map((e) => e.id), 'reported once').toEqual([]);
      if (expected.qualifier) expect(event.date.qualifier).toBe(expected.qualifier);
      expect(event.tier).toBe('key');
      expect(event.status).toBe(expected.status);
      expect(event.sources.map((s) => s.article).sort()).toEqual(expect.arrayContaining(expected.sources.map((s) => ARTICLE_OF_SEED[s])));
      for (const fragment of expected.evidence) expect(quotes(event).some((q) => q.includes(plain(fragment))), `quotes “${fragment}”`).toBe(true);
    });
  }

  for (const expected of reference.events.filter((e) => e.tier === 'context')) {
    it(`shows the context event “${expected.label}” on its date or not at all`, () => {
      const cited = timeline.events.filter(
        (e) => kindFamily(e.kind) === kindFamily(expected.kind) && expected.evidence.some((fragment) => quotes(e).some((q) => q.includes(plain(fragment)))),
      );
      for (const event of cited) expect(hasDate(event, expected), `${event.id} is dated ${event.date.value}`).toBe(true);
    });
  }

  it('makes no event of page furniture, the modal verb "may" or "marching"', () => {
    const furniture = reference.not_events.filter((n) => !/^the modal verb|^'marching'/.test(n));
    for (const event of timeline.events) {
      for (const text of [event.title, ...quotes(event)]) for (const bad of furniture) expect(text).not.toContain(plain(bad.replace(/^'|'$/g, '')));
      expect(event.date.start.slice(5, 7) === '05' && event.date.precision !== 'year', `${event.id} is dated in May`).toBe(false);
      if (event.date.start.slice(5, 7) === '03') expect(quotes(event).every((q) => !q.includes('marching'))).toBe(true);
    }
  });

  it('names every person one way, whatever the spelling of the article', () => {
    const names = new Set(timeline.events.flatMap((e) => e.participants.map((p) => p.name)));
    for (const variant of ['Zelensky', 'Zelenskiy', 'Trump', 'Putin']) expect(names.has(variant)).toBe(false);
    expect(names.has('Volodymyr Zelenskyy')).toBe(true);
  });
});
