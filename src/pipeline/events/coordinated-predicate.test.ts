import { describe, expect, it } from 'vitest';
import { article, extractOne, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day status"; undated reports as "kind undated status". */
const told = (published: string, text: string): string[] => {
  const { candidates, undated } = extractOne(published, `${text}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`), ...undated.map((u) => `${u.kind} undated ${u.status}`)];
};

// Thursday 16 March 2062: Monday the 13th, Tuesday the 14th, Friday ahead the 17th.
describe('a second predicate joined by "and" with no day of its own', () => {
  it('takes the first event’s day, with the subject left out or told again by a pronoun', () => {
    expect(told('2062-03-16', 'The two ministers met in Lusk on Monday and signed an accord on river traffic.')).toEqual(['meeting 2062-03-13 occurred', 'other 2062-03-13 occurred']);
    expect(told('2062-03-16', 'Mayor Ana Rell received the Korvian envoy in Halden on Tuesday, and they signed a twinning charter.')).toEqual(['meeting 2062-03-14 occurred', 'other 2062-03-14 occurred']);
  });

  it('takes a plan’s day when both are planned', () => {
    expect(told('2062-03-16', 'The leaders will meet in Lusk on Friday and sign an accord on river traffic.')).toEqual(['meeting 2062-03-17 planned', 'other 2062-03-17 planned']);
  });

  it('leaves a second predicate in another mood, or a clause with a subject of its own, to its own reading', () => {
    expect(told('2062-03-16', 'The envoys held talks on Tuesday and are expected to sign an accord.')).toEqual(['talks 2062-03-14 occurred', 'other undated planned']);
    expect(told('2062-03-16', 'The premier visited Oslo on Tuesday and the accord was signed later.')).toContain('other undated occurred');
  });
});

/** Each event of an article read with no gazetteer, as "kind day [its people]", sorted. */
const heldWith = (published: string, text: string): string[] =>
  timelineWithoutGazetteer([article('a', published, `${text}\n`)])
    .events.map((e) => `${e.kind} ${e.date.value} [${e.participants.map((p) => p.id).join(', ')}]`)
    .sort();

// Thursday 16 March 2062: Monday the 13th, Tuesday the 14th.
describe('one subject’s two calls or meetings with different people', () => {
  it('are two events when a second predicate joined by "and" names its own company, each with the subject', () => {
    expect(heldWith('2062-03-16', 'President Mara Olsen rang Chancellor Felix Bauer on Thursday morning and then spoke to Prime Minister Ines Kovac.')).toEqual([
      'call 2062-03-16 [mara-olsen, felix-bauer]',
      'call 2062-03-16 [mara-olsen, ines-kovac]',
    ]);
    expect(heldWith('2062-03-16', 'Foreign Minister Lea Dorn met Premier Ivo Sand in Lusk on Tuesday and later spoke to President Omar Vell by phone.')).toEqual([
      'call 2062-03-14 [lea-dorn, omar-vell]',
      'meeting 2062-03-14 [lea-dorn, ivo-sand]',
    ]);
  });

  it('are a call and a meeting when the one called is named in apposition to an office of a place', () => {
    expect(heldWith('2062-03-16', 'Governor Ana Rell called the President of the Region, Dario Fontana, on Monday and then met Mayor Vera Ruzic in Pola.')).toEqual([
      'call 2062-03-13 [ana-rell, dario-fontana]',
      'meeting 2062-03-13 [ana-rell, vera-ruzic]',
    ]);
    expect(heldWith('2062-03-16', 'Chancellor Tomas Weil phoned the Governor of Varna, Petra Lind, on Tuesday and afterwards met Mayor Ivan Kos in Orl.')).toEqual([
      'call 2062-03-14 [tomas-weil, petra-lind]',
      'meeting 2062-03-14 [tomas-weil, ivan-kos]',
    ]);
  });

  it('are two events when the next sentence tells the second with a pronoun and an adverb of sequence, on the first’s day', () => {
    expect(heldWith('2062-03-16', 'President Mara Olsen phoned Chancellor Felix Bauer on Thursday. She then spoke with Prime Minister Ines Kovac.')).toEqual([
      'call 2062-03-16 [mara-olsen, felix-bauer]',
      'call 2062-03-16 [mara-olsen, ines-kovac]',
    ]);
    expect(heldWith('2062-03-16', 'Premier Ivo Sand received Minister Lea Dorn in Lusk on Monday. Later that day, he spoke with President Omar Vell by phone.')).toEqual([
      'call 2062-03-13 [ivo-sand, omar-vell]',
      'meeting 2062-03-13 [ivo-sand, lea-dorn]',
    ]);
  });

  it('stay one event when the second names no one the first lacks, or names a subject of its own', () => {
    expect(heldWith('2062-03-16', 'President Mara Olsen phoned Chancellor Felix Bauer on Thursday. She then spoke with Bauer again about the border.')).toHaveLength(1);
    expect(heldWith('2062-03-16', 'The ministers met in Lusk on Monday and signed an accord on river traffic.')).toEqual(['meeting 2062-03-13 []', 'other 2062-03-13 []']);
  });
});

/** Each candidate of kind other or strike as "noun-or-kind day [its sides]". */
const sides = (published: string, text: string): string[] =>
  extractOne(published, `${text}\n`)
    .candidates.filter((c) => c.kind === 'other' || c.kind === 'strike')
    .map((c) => `${c.noun ?? c.kind} ${c.date.value} [${c.participants.join(', ')}]`);

describe('the sides named as the subject of a first happening are those of a second joined to it by "and"', () => {
  it.each([
    // An agency's passive: the truce's sides, before the first verb, are the truce's when it takes effect.
    ['The ceasefire between Russia and Ukraine was announced in Geneva on 4 March 2062 and entered into force on 9 March at noon.', ['Agreement announced 2062-03-04 [russia, ukraine]', 'Ceasefire 2062-03-09 [russia, ukraine]']],
    // A wire's active voice: the sides that agreed are those that declared.
    ['Russia and Ukraine agreed a prisoner swap in Geneva on Monday and declared a ceasefire on Tuesday.', ['Agreement reached 2062-03-13 [russia, ukraine]', 'Ceasefire 2062-03-14 [russia, ukraine]']],
  ])('%s', (text, expected) => {
    expect(sides('2062-03-16', text)).toEqual(expected);
  });

  it("but not when the second names sides of its own", () => {
    expect(sides('2062-03-16', 'Ukraine and Russia agreed a prisoner swap in Geneva on Monday and Kyiv declared a ceasefire on Tuesday.')).toContain('Ceasefire 2062-03-14 [ukraine]');
  });
});
