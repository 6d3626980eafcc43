import { describe, expect, it } from 'vitest';
import { extractOne, readOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day status"; undated reports as "kind undated". */
const told = (body: string): string[] => {
  const { candidates, undated } = extractOne('2061-05-12', `${body}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.noun ?? ''} ${c.date.value} ${c.status}`), ...undated.map((u) => `${u.kind} undated`)];
};

// Thursday 12 May 2061: Monday the 9th. An act told only as the anchor the sentence's event is counted back from, a subject after
// a determiner and its verb ("two weeks after the court convicted her"), is a happening of its own, of the day counted back, as a
// gathering so told is ("a day after the talks opened"), its verb an irregular past too ("the storm hit Brenn"); a saying's content is no act of that day.
describe('an act other than a gathering told as the anchor its sentence counts back from', () => {
  it.each([
    ['Marta Vell resigned on Monday, two weeks after the court convicted her of fraud.', 'other Sentence 2061-04-25 occurred'],
    ['Marta Vell resigned on Monday, a week after the Orsa accord was signed.', 'other Agreement signed 2061-05-02 occurred'],
    // An irregular past, not the publication day the anchor's own row would give it.
    ['Marta Vell resigned on Monday, a week after the storm hit Brenn.', 'other Hazard struck 2061-05-02 occurred'],
    ['Marta Vell resigned on Monday, two weeks after the quake struck the valley.', 'other Earthquake 2061-04-25 occurred'],
    ['Marta Vell resigned on Monday, a week after the premier flew to Orsk.', 'other Trip 2061-05-02 occurred'],
  ])('is dated by counting back: %s', (body, act) => {
    expect(told(body)).toEqual(['other Resignation 2061-05-09 occurred', act]);
  });

  it('leaves what a saying in the anchor says undated by it', () => {
    expect(told('Marta Vell resigned on Monday, two days after the ministry said it would sign an accord with the unions.')).not.toContain('other Agreement signed 2061-05-07 occurred');
  });

  it('leaves what a saying of an irregular past says undated by it', () => {
    expect(told('Marta Vell resigned on Monday, a week after the minister told reporters she would sign an accord.')).not.toContain('other Agreement signed 2061-05-02 occurred');
  });
});

// An act counted by a span with no count ("months after", "years before") has no day of its sentence: not the day of the clause before it,
// which a predicate joined by "and" would otherwise take; a day told after the span in the same clause as the act, or a counted span, still dates.
describe('an act counted from by a span with no count', () => {
  it.each([
    ['The pact was signed on 2 May, and months after Velsland imposed sanctions on Orsk.', 'other Sanctions'],
    ['The ferry docked in Lusk on Monday, and years after the storm hit Brenn.', 'other Hazard struck'],
    ['Ines Marr arrived in Kessel on Monday, weeks after Marta Vell resigned.', 'other Resignation'],
  ])('is left undated by the day before the span: %s', (body, act) => {
    const found = told(body);
    expect(found.filter((t) => t.startsWith(act) && /\d{4}-\d\d-\d\d/.test(t))).toEqual([]);
  });

  it('keeps the day told before a span that opens no clause of its act', () => {
    expect(told('On Monday, weeks after the vote, Marta Vell resigned.')).toEqual(['other Resignation 2061-05-09 occurred']);
  });

  // A span with no comma before it, or after a day that opens the sentence, is an adverbial of the act after it, which is no clause counted from
  // (read as the pipeline reads an article, its names found).
  it.each([
    'On Monday, years after the quake Marta Vell met Ivo Dann in Lusk.',
    'On Monday just days after the election Marta Vell met Ivo Dann in Lusk.',
    'Late on Monday, only weeks after the flood Marta Vell met Ivo Dann in Lusk.',
  ])('keeps the act after a span that is its adverbial: %s', (body) => {
    expect(readOne('2061-05-12', `${body}\n`).candidates.map((c) => c.kind)).toEqual(['meeting']);
  });

  it('keeps a predicate joined by "and" after a span with no comma before it', () => {
    expect(told('Marta Vell met the mayor in Lusk on Monday days before the vote and resigned.').filter((t) => t.startsWith('other Resignation'))).not.toEqual([]);
  });
});
