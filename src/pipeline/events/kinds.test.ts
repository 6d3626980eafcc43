import { describe, expect, it } from 'vitest';
import { eventsSchema } from '../../exports/events-schema.ts';
import { KIND_NAMES } from '../../site/kinds.ts';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { createRecogniser } from '../entities/recognise.ts';
import { splitSentences } from '../parse/sentences.ts';
import { article, GAZETTEER } from '../../../tests/support/pipeline.ts';
import { extractEvents } from './extract.ts';
import { writeHeadline } from './headline.ts';
import { comesByCalendar, EVENT_KINDS, isEventKind, KINDS } from './kinds.ts';

const context = { recognise: createRecogniser(GAZETTEER), samePlace: (a: string, b: string) => a === b, isPerson: (id: string) => GAZETTEER.entities.find((e) => e.id === id)?.type === 'person' };
const kindsOf = (published: string, body: string) => extractEvents(article('a', published, body), splitSentences(body), context).candidates.map((c) => c.kind);

describe('the table of event kinds', () => {
  it('is what the export schema, the kind pages and corrections accept', () => {
    const schema = eventsSchema() as { definitions: { event: { properties: { kind: { enum: string[] } } } } };
    expect(schema.definitions.event.properties.kind.enum).toEqual(KINDS);
    expect(Object.keys(KIND_NAMES)).toEqual(KINDS);
    for (const kind of KINDS) expect(isEventKind(kind)).toBe(true);
    expect(isEventKind('toString')).toBe(false);
    const corrections = parseCorrections('- event: x\n  set: { kind: exchange }\n', 'c.yaml');
    expect(corrections.items).toHaveLength(1);
    expect(() => parseCorrections('- event: x\n  set: { kind: swap }\n', 'c.yaml')).toThrow(/kind must be one of call, talks, meeting, summit, exchange/);
  });

  it('gives every kind triggers that can be walked and a headline rule', () => {
    for (const kind of KINDS) {
      expect(EVENT_KINDS[kind].triggers.length, kind).toBeGreaterThan(0);
      for (const t of EVENT_KINDS[kind].triggers) expect(t.pattern.global, `${kind} ${t.pattern}`).toBe(true);
      expect(writeHeadline({ kind, status: 'occurred', participants: [], place: null, phrase: 'something' })).not.toBe('');
    }
  });

  it('reads the start of a war as an event of its own, dated in its own clause', () => {
    const { candidates } = extractEvents(article('a', '2026-03-06', 'Since the war in Ukraine started in February 2022, thousands have died.\n'), splitSentences('Since the war in Ukraine started in February 2022, thousands have died.\n'), context);
    expect(candidates.map((c) => [c.kind, c.noun, c.date.value])).toEqual([['other', 'Start of the war', '2022-02']]);
  });

  it('reads a bombardment and a single drone attack as strikes, dated by their own words', () => {
    expect(kindsOf('2025-12-28', 'Over the weekend, Russia bombarded Kyiv with drones.\n')).toEqual(['strike']);
    expect(kindsOf('2025-11-26', 'A block burned after an overnight drone attack on Tuesday.\n')).toEqual(['strike']);
  });

  it('reads a prisoner exchange as an exchange, not as talks', () => {
    expect(kindsOf('2026-03-06', 'Russia and Ukraine carried out a prisoner swap on Thursday.\n')).toEqual(['exchange']);
    expect(kindsOf('2026-03-06', 'On Wednesday the two countries exchanged 200 prisoners, officials said.\n')).toEqual(['exchange']);
    expect(kindsOf('2026-03-06', 'An exchange of 150 captives took place on Tuesday.\n')).toEqual(['exchange']);
    expect(writeHeadline({ kind: 'exchange', status: 'occurred', participants: [{ name: 'Russia', type: 'country' }, { name: 'Ukraine', type: 'country' }], place: null, phrase: 'prisoner swap' })).toBe('Russia–Ukraine prisoner exchange');
  });
});

describe('comesByCalendar', () => {
  it('holds for an anniversary and for nothing that needs a report to have happened', () => {
    expect(comesByCalendar('other', 'Anniversary')).toBe(true);
    expect(comesByCalendar('other', 'Rally')).toBe(false);
    expect(comesByCalendar('talks', undefined)).toBe(false);
  });
});
