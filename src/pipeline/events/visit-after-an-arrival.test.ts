import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** The events of one report of Thursday 16 March 2062, each as "kind status day place: participants". */
const events = (text: string): string[] =>
  timelineWithoutGazetteer([article('a', '2062-03-16', `${text}\n`)]).events.map(
    (e) => `${e.kind} ${e.status} ${e.date.value} ${e.place?.name ?? '-'}: ${e.participants.map((p) => p.name).join(', ')}`,
  );

// Thursday 16 March 2062: Monday the 13th, Tuesday the 14th, Tuesday ahead the 21st.
// tests/fixtures/own-conventions.md, Arrivals: an arrival is the stay it begins.
describe('a visit told as the second predicate of a journey to a place, on its day', () => {
  it('is the stay the journey began: one visit, the traveller’s, where the journey went', () => {
    expect(events('Ivo Marek arrived in Kessel on Tuesday and toured the harbour in the evening.')).toEqual(['other occurred 2062-03-14 Kessel: Ivo Marek']);
    expect(events('Ivo Marek landed in Kessel on Tuesday and visited the new port.')).toEqual(['other occurred 2062-03-14 Kessel: Ivo Marek']);
    expect(events('Ivo Marek will fly to Kessel on Tuesday and visit the new port.')).toEqual(['other planned 2062-03-21 Kessel: Ivo Marek']);
  });

  it('leaves a gathering so told its own company, the journey its stay', () => {
    expect(events('Ivo Marek arrived in Kessel on Tuesday and met Milo Brandt.')).toEqual(['meeting occurred 2062-03-14 Kessel: Milo Brandt, Ivo Marek']);
  });

  it('leaves the journey an event of its own beside a visit of another day, or one told before it', () => {
    expect(events('Ivo Marek arrived in Kessel on Monday and toured the harbour on Tuesday.')).toHaveLength(2);
    expect(events('Ivo Marek toured the harbour on Tuesday and flew to Kessel.')).toHaveLength(2);
  });
});
