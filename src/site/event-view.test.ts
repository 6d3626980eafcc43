import { describe, expect, it } from 'vitest';
import { disagreementView, eventDescription, eventJsonLd, neighbours, precisionText, redirectsOf, relatedEvents } from './event-view.ts';
import { jsonLd } from './json-ld.ts';
import { testEvent } from '../../tests/support/events.ts';
import type { EntityType, TimelineEvent } from '../pipeline/types.ts';
import { chronological } from '../pipeline/order.ts';

const trump = { id: 'donald-trump', name: 'Donald Trump' };
const zelenskyy = { id: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy' };
const putin = { id: 'vladimir-putin', name: 'Vladimir Putin' };
const geneva = { id: 'geneva', name: 'Geneva' };
const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe('neighbours', () => {
  const events = [testEvent('a', '2025-01-01'), testEvent('b', '2025-02-01'), testEvent('c', '2025-03-01')];

  it('gives the events before and after in timeline order', () => {
    expect(neighbours(events, 'b')).toEqual({ previous: events[0], next: events[2] });
    expect(neighbours(events, 'a').previous).toBeUndefined();
    expect(neighbours(events, 'c').next).toBeUndefined();
  });
});

describe('relatedEvents', () => {
  const event = testEvent('call', '2026-02-25', { participants: [trump, zelenskyy] });
  const events = [
    testEvent('far', '2020-01-01', { participants: [trump] }),
    testEvent('talks', '2026-02-17', { participants: [putin], place: geneva }),
    testEvent('near', '2026-02-20', { participants: [zelenskyy, putin] }),
    event,
    testEvent('unrelated', '2026-02-25', { participants: [putin] }),
    testEvent('meeting', '2026-02-26', { participants: [trump], place: geneva }),
    testEvent('later', '2026-06-01', { participants: [trump, zelenskyy] }),
  ];

  it('picks events sharing a person or the place, closest in date first, shown in timeline order', () => {
    expect(ids(relatedEvents(events, event, 3).map((r) => r.event))).toEqual(['near', 'meeting', 'later']);
    expect(ids(relatedEvents(events, event).map((r) => r.event))).toEqual(['far', 'near', 'meeting', 'later']);
  });

  it('says what each shares', () => {
    const related = relatedEvents(events, events[1]!);
    expect(related.map((r) => [r.event.id, r.shared.map((s) => s.id)])).toEqual([
      ['near', ['vladimir-putin']],
      ['unrelated', ['vladimir-putin']],
      ['meeting', ['geneva']],
    ]);
  });

  it('finds what comparing the event with every other event finds, on a large timeline', () => {
    // The definition written out: every other event sharing someone, closest start day first
    // (earlier in the timeline when as close), the first `limit`, in timeline order.
    const bruteForce = (all: TimelineEvent[], of: TimelineEvent, limit: number) => {
      const mine = new Set([...of.participants, ...(of.place ? [of.place] : [])].map((e) => e.id));
      const days = (e: TimelineEvent) => Date.parse(e.date.start) / 86_400_000;
      return all
        .map((other, order) => ({ other, order }))
        .filter(({ other }) => other.id !== of.id && [...other.participants, ...(other.place ? [other.place] : [])].some((e) => mine.has(e.id)))
        .sort((a, b) => Math.abs(days(a.other) - days(of)) - Math.abs(days(b.other) - days(of)) || a.order - b.order)
        .slice(0, limit)
        .sort((a, b) => a.order - b.order)
        .map(({ other }) => other.id);
    };
    const people = [trump, zelenskyy, putin, { id: 'p4', name: 'P4' }, { id: 'p5', name: 'P5' }];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const many = chronological(
      Array.from({ length: 400 }, (_, i) => {
        const day = `2025-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`;
        const participants = people.filter(() => random(3) === 0);
        return testEvent(`e${i}`, day, { participants, place: random(4) === 0 ? geneva : null });
      }),
    );
    for (const one of many) {
      for (const limit of [1, 4]) expect(ids(relatedEvents(many, one, limit).map((r) => r.event)), one.id).toEqual(bruteForce(many, one, limit));
    }
    const outside = testEvent('outside', '2025-06-15', { participants: [putin] });
    expect(ids(relatedEvents(many, outside).map((r) => r.event))).toEqual(bruteForce(many, outside, 4));
  });
});

describe('words for an event', () => {
  it('describes it in a sentence', () => {
    const event = testEvent('x', '2026-02-26', { kind: 'meeting', status: 'planned', participants: [trump, zelenskyy, putin], place: geneva, sources: [] });
    expect(eventDescription({ ...event, date: { ...event.date, text: '26 February 2026' } })).toBe(
      'Planned meeting with Donald Trump, Volodymyr Zelenskyy and Vladimir Putin in Geneva, 26 February 2026. Reported by 0 sources, quoted word for word.',
    );
  });

  it('says how precise the date is and where it came from', () => {
    const early = testEvent('x', '2026-03', { datedByPublication: false });
    expect(precisionText({ ...early, date: { ...early.date, qualifier: 'early' } })).toBe('known to the month (“early”)');
    expect(precisionText(testEvent('y', '2026-02-25', { datedByPublication: true }))).toMatch(/^known to the day; no date in the text/);
  });

  it('puts disagreements into words', () => {
    const name = (id: string) => ({ 'donald-trump': 'Donald Trump', 'vladimir-putin': 'Vladimir Putin' })[id] ?? id;
    expect(disagreementView({ field: 'date', claims: [{ article: 'a', value: '2026-02-25' }, { article: 'b', value: '2026-02-17/2026-02-18' }] }, name)).toEqual({
      field: 'Date',
      claims: [{ article: 'a', value: '25 February 2026' }, { article: 'b', value: '17–18 February 2026' }],
    });
    expect(disagreementView({ field: 'duration', claims: [{ article: 'a', value: 'PT30M' }, { article: 'b', value: 'PT1H30M' }] }, name).claims.map((c) => c.value)).toEqual(['30 minutes', '1 hour 30 minutes']);
    expect(disagreementView({ field: 'participants', claims: [{ article: 'a', value: 'donald-trump, vladimir-putin' }] }, name).claims[0]!.value).toBe('Donald Trump and Vladimir Putin');
  });
});

describe('redirectsOf', () => {
  it('joins the timeline redirects and the aliases, never shadowing a live event', () => {
    const events = [testEvent('new', '2026-01-01', { aliases: ['old', 'older'] }), testEvent('live', '2026-01-02')];
    expect(redirectsOf({ events, redirects: [{ from: 'old', to: 'new' }, { from: 'live', to: 'new' }, { from: 'gone', to: 'missing' }] })).toEqual([
      { from: 'old', to: 'new' },
      { from: 'older', to: 'new' },
    ]);
  });
});

describe('eventJsonLd', () => {
  const types: Record<string, EntityType> = { 'donald-trump': 'person', ukraine: 'country', geneva: 'place' };
  const links = {
    absolute: (path: string) => `https://example.org/${path}`,
    entityPath: (id: string) => `${types[id] === 'person' ? 'people' : 'places'}/${id}/`,
    entityType: (id: string) => types[id]!,
  };
  const source = {
    article: 'wire-a',
    title: 'Talks end </script><script>alert(1)</script>',
    outlet: 'Example Wire',
    published: '2026-02-25T18:30:00Z',
    url: null,
    quotes: [{ text: 'They met in Geneva.', start: 0, end: 19, sentence: 3 }],
  };

  it('is a schema.org Event at its permalink, with place, attendees and the reports as NewsArticles', () => {
    const event = testEvent('2026-02-25-talks', '2026-02-25', { participants: [{ id: 'donald-trump', name: 'Donald Trump' }, { id: 'ukraine', name: 'Ukraine' }], place: { id: 'geneva', name: 'Geneva' }, sources: [source] });
    const data = eventJsonLd(event, links);
    expect(data).toMatchObject({
      '@type': 'Event',
      url: 'https://example.org/events/2026-02-25-talks/',
      startDate: '2026-02-25',
      endDate: '2026-02-25',
      location: { '@type': 'Place', name: 'Geneva', url: 'https://example.org/places/geneva/' },
      attendee: [{ '@type': 'Person', name: 'Donald Trump' }, { '@type': 'Country', name: 'Ukraine' }],
      subjectOf: [{ '@type': 'NewsArticle', headline: source.title, url: 'https://example.org/articles/wire-a/', publisher: { name: 'Example Wire' }, citation: ['They met in Geneva.'] }],
    });
    expect(data).not.toHaveProperty('eventStatus');
    expect(jsonLd(data)).not.toMatch(/<\/script/i);
  });

  it('marks planned events as scheduled and keeps a month as a month', () => {
    const data = eventJsonLd(testEvent('x', '2026-03', { status: 'planned' }), links);
    expect(data).toMatchObject({ eventStatus: 'https://schema.org/EventScheduled', startDate: '2026-03', endDate: '2026-03' });
  });
});
