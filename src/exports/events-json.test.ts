import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../pipeline/types.ts';
import { eventsDocument } from './events-json.ts';
import { eventsSchema } from './events-schema.ts';
import { siteRoot } from './site-url.ts';
import { testTimeline } from '../../tests/support/timeline.ts';

const root = siteRoot('https://example.org', '/');

function reversedEverywhere(timeline: Timeline): Timeline {
  return {
    ...timeline,
    events: [...timeline.events].reverse().map((event) => ({
      ...event,
      aliases: [...event.aliases].reverse(),
      disagreements: event.disagreements.map((d) => ({ ...d, claims: [...d.claims].reverse() })).reverse(),
    })),
  };
}

describe('eventsDocument', () => {
  it('gives the same bytes for the same timeline, in any input order', () => {
    const first = eventsDocument(testTimeline(), root);
    expect(eventsDocument(testTimeline(), root)).toBe(first);
    expect(eventsDocument(reversedEverywhere(testTimeline()), root)).toBe(first);
  });

  it('is 2-space JSON with a trailing newline and fixed key order', () => {
    const text = eventsDocument(testTimeline(), root);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"\$schema": /);
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(['$schema', 'version', 'events']);
    expect(Object.keys(doc.events[0])).toEqual([
      'id', 'url', 'title', 'summary', 'kind', 'status', 'tier', 'date', 'participants', 'place', 'sources', 'disagreements', 'aliases', 'lifecycle', 'statusAsOf',
    ]);
    expect(text).not.toMatch(/generated|datedByPublication|"sentence"/);
  });

  it('lists events chronologically with absolute URLs and the published shape', () => {
    const doc = JSON.parse(eventsDocument(testTimeline(), siteRoot('https://example.org', '/dateline/')));
    expect(doc.$schema).toBe('https://example.org/dateline/events.schema.json');
    expect(doc.events.map((e: { id: string }) => e.id)).toEqual(['2026-02-17-phone-call', '2026-02-25-geneva-talks', '2026-03-summit']);
    const geneva = doc.events[1];
    expect(geneva.url).toBe('https://example.org/dateline/events/2026-02-25-geneva-talks/');
    expect(geneva.sources.map((s: { article: string }) => s.article), 'the timeline\'s evidence order, best first').toEqual(['wire-b', 'wire-a']);
    expect(geneva.sources[1].quotes[0]).toEqual({ text: 'Talks began in Geneva <today> & ran late.', start: 10, end: 51 });
    expect(doc.events[0].place).toBeNull();
    expect(doc.events[2].date).toEqual({
      value: '2026-03~', start: '2026-03-01', end: '2026-03-10', precision: 'month', qualifier: 'early', text: 'early March 2026',
    });
    expect('qualifier' in doc.events[1].date).toBe(false);
  });

  it('validates against its JSON Schema (/events.schema.json)', () => {
    const schema = eventsSchema();
    const validate = new Ajv({ strict: true, validateFormats: false }).compile(schema);
    const doc = JSON.parse(eventsDocument(testTimeline(), root));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    doc.events[0].unexpected = true;
    expect(validate(doc)).toBe(false);
  });

  it('gives who took which part, valid against the schema, when the pipeline says', () => {
    const timeline = testTimeline();
    const us = { id: 'united-states', name: 'United States' };
    timeline.events[1]!.roles = { parties: [{ id: 'ukraine', name: 'Ukraine' }], mediators: [us], present: [], mentioned: [{ id: 'x-y', name: 'X Y' }] };
    const doc = JSON.parse(eventsDocument(timeline, root));
    const withRoles = doc.events.find((e: { id: string }) => e.id === timeline.events[1]!.id);
    expect(withRoles.roles).toEqual({ parties: [{ id: 'ukraine', name: 'Ukraine' }], mediators: [us], present: [], mentioned: [{ id: 'x-y', name: 'X Y' }] });
    expect(Object.keys(withRoles).indexOf('roles')).toBe(Object.keys(withRoles).indexOf('participants') + 1);
    expect(new Ajv({ strict: true, validateFormats: false }).compile(eventsSchema())(doc)).toBe(true);
  });

  it('is, piece by piece, exactly the 2-space JSON of the whole document', () => {
    for (const timeline of [testTimeline(), { ...testTimeline(), events: [] }]) {
      const text = eventsDocument(timeline, root);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });

  it('is valid for an empty timeline', () => {
    const empty: Timeline = { events: [], undated: [], articles: [], entities: [], redirects: [], warnings: [] };
    expect(JSON.parse(eventsDocument(empty, root)).events).toEqual([]);
  });
});
