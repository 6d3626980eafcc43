import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** The events of a timeline of two reports but the detainees' release (an exchange of its own, captives-freed.test.ts), each as "kind day place: sources". */
const events = (first: string, second: string): string[] =>
  timelineWithoutGazetteer([article('a', '2062-03-16', `${first}\n`), article('b', '2062-03-17', `${second}\n`)]).events.filter((e) => e.kind !== 'exchange').map(
    (e) => `${e.kind} ${e.date.value} ${e.place?.name ?? '-'}: ${e.sources.map((s) => s.article).join(' ')}`,
  );

// Thursday 16 March 2062: Tuesday the 14th.
describe('a trip named by its noun and a visit of the same person, day and town', () => {
  it('is one stay', () => {
    expect(events('Envoy Ivo Marek visited Lusk on Tuesday and eight detainees were freed.', 'Ivo Marek’s trip to Lusk on 14 March brought the detainees home.')).toHaveLength(1);
    expect(events('Ivo Marek’s trip to Kessel on Tuesday was his second this year.', 'On Tuesday Ivo Marek visited Kessel for the first time since the war.')).toHaveLength(1);
  });

  // A journey told by its arrival alone is the stay when its article tells no gathering of it (events/trip-stay.ts); its leaving never is.
  it('is a journey of its own when told by its leaving', () => {
    expect(events('Envoy Ivo Marek visited Lusk on Tuesday and eight detainees were freed.', 'Ivo Marek left for Lusk on 14 March.')).toHaveLength(2);
  });
});
