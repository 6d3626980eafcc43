import { describe, expect, it } from 'vitest';
import { article, GAZETTEER, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { buildTimeline } from '../timeline.ts';
import { report, said } from '../../../tests/support/reports.ts';
import { markStays } from './trip-stay.ts';

/** The events of a timeline of two reports, each as "kind day place: sources". */
const events = (first: string, second: string): string[] =>
  timelineWithoutGazetteer([article('a', '2062-03-16', `${first}\n`), article('b', '2062-03-17', `${second}\n`)]).events.map(
    (e) => `${e.kind} ${e.date.value} ${e.place?.name ?? '-'}: ${e.sources.map((s) => s.article).join(' ')}`,
  );

// Thursday 16 March 2062: Tuesday the 14th, Wednesday the 15th.
describe('a journey its article tells nothing of the stay beside', () => {
  it('is the gathering held at its end', () => {
    expect(events('Ivo Marek met Premier Dana Holt in Lusk on Tuesday.', 'Ivo Marek and Dana Holt arrived in Lusk by car on Tuesday afternoon.')).toEqual([
      'meeting 2062-03-14 Lusk: b a',
    ]);
    expect(events('Premier Dana Holt received Ivo Marek in Kessel on Tuesday.', 'On 14 March Ivo Marek travelled to Kessel, his first outing as minister.')).toHaveLength(1);
  });

  it('stays a journey when its article tells a gathering of that day or the next', () => {
    expect(events('Ivo Marek met Premier Dana Holt in Lusk on Wednesday.', 'Ivo Marek flew to Lusk on Tuesday. On Wednesday he met Dana Holt.')).toHaveLength(2);
  });

  it('stays a journey when told by its leaving or its way home', () => {
    expect(events('Ivo Marek met Premier Dana Holt in Lusk on Tuesday.', 'Ivo Marek left for Lusk on Tuesday morning.')).toHaveLength(2);
    expect(events('Ivo Marek met Premier Dana Holt in Lusk on Tuesday.', 'On Tuesday Ivo Marek flew home to Lusk.')).toHaveLength(2);
  });

  it('stays a journey when told by the place it left, in its own clause', () => {
    const trip = (text: string) => report({ article: 'a', kind: 'other', noun: 'Trip', place: 'lusk', evidence: said(text) });
    const stays = (text: string): boolean | undefined => {
      const told = trip(text);
      markStays([told], (a, b) => a === b);
      return told.toldForItsStay;
    };
    expect(stays('Mr Marek leaves Lusk this afternoon.')).toBeUndefined();
    expect(stays('Ivo Marek left Lusk on Tuesday after three days of talks.')).toBeUndefined();
    // A leaving in another clause than the journey's: the journey went to Lusk.
    expect(stays('On Tuesday Ivo Marek flew to Lusk to sign a treaty, and after a row he left the Palace without signing.')).toBe(true);
  });
});

/** The events of one or more reports of Wednesday 12 March 2053 (Monday the 10th), read with the test gazetteer, each as "kind day place". */
const read = (...bodies: string[]): string[] =>
  buildTimeline(
    bodies.map((body, i) => article(`r${i}`, '2053-03-12', `${body}\n`)),
    { gazetteer: GAZETTEER, corrections: parseCorrections('', 'none') },
  ).events.map((e) => `${e.kind} ${e.date.value} ${e.place?.name ?? '-'}`);

// tests/fixtures/own-conventions.md, Arrivals: an arrival told done is the gathering held there that day with its people.
describe('a journey told done whose article tells a gathering of its day where it went, with one of its people', () => {
  it('is that gathering', () => {
    expect(read('Witkoff landed in Geneva on Monday and met Umerov there that evening.')).toEqual(['meeting 2053-03-10 Geneva']);
    expect(read('Kushner arrived in Geneva early on Monday. In the afternoon Kushner held talks with Umerov in the city.')).toEqual(['talks 2053-03-10 Geneva']);
  });

  it('stays a journey beside a gathering there of other people, or of the next day', () => {
    expect(read('Witkoff arrived in Geneva on Monday. Also on Monday, Putin met Peskov in Geneva.')).toHaveLength(2);
    expect(read('Witkoff arrived in Geneva on Monday. On Tuesday he met Umerov in Geneva.')).toHaveLength(2);
  });
});

// tests/fixtures/own-conventions.md, Arrivals: the gathering may be told by another article than the arrival.
describe('a journey told done whose article tells other gatherings near its day', () => {
  it('is the gathering another article tells of its day where it went, with one of its people', () => {
    expect(events('Premier Dana Holt received Ivo Marek in Kessel on Tuesday.', 'Ivo Marek arrived in Kessel on Tuesday. On Wednesday Marek held talks with Milo Brandt in Lusk.')).toEqual([
      'meeting 2062-03-14 Kessel: a b',
      'talks 2062-03-15 Lusk: b',
    ]);
    expect(events('Ivo Marek and Dana Holt held talks in Lusk on Tuesday.', 'On Tuesday Ivo Marek flew to Lusk. The next day he met Milo Brandt in Kessel.')).toHaveLength(2);
    expect(read('Witkoff met Umerov in Kyiv on Monday.', 'Witkoff arrived in Ukraine on Monday. On Tuesday he met Putin in Moscow.')).toEqual(['meeting 2053-03-10 Kyiv', 'meeting 2053-03-11 Moscow']);
  });

  it('stays a journey when that gathering has none of its people, or when told by its leaving', () => {
    expect(events('Dana Holt met Milo Brandt in Kessel on Tuesday.', 'Ivo Marek arrived in Kessel on Tuesday. On Wednesday Marek held talks with Milo Brandt in Lusk.')).toHaveLength(3);
    expect(events('Ivo Marek and Dana Holt held talks in Lusk on Tuesday.', 'On Tuesday Ivo Marek left for Lusk. The next day he met Milo Brandt in Kessel.')).toHaveLength(3);
  });
});

// tests/fixtures/own-conventions.md, Arrivals: a journey whose sentence goes on to the person it met is that meeting, where it went read or not.
describe('a journey told done whose own sentence names whom it met', () => {
  const journey = 'On Monday Witkoff flew to Kessmoor and, after an hour with Umerov, accepted a draft text. The next day Umerov met Peskov at Kessmoor.';

  it('is the gathering another article tells of its day with the traveller and that person, though neither place is read', () => {
    expect(read('Witkoff and Umerov met for about an hour in a ballroom at the resort on Monday, with their aides at the table.', journey)).toEqual([
      'meeting 2053-03-10 -',
      'meeting 2053-03-11 Kessmoor',
    ]);
  });

  it('stays a journey beside a meeting of that day with someone else, of another pair where it went, of another day, or in another town', () => {
    expect(read('Witkoff and Peskov met for an hour at the resort on Monday.', journey)).toHaveLength(3);
    expect(read('Umerov and Peskov met in Geneva on Monday.', journey.replaceAll('Kessmoor', 'Geneva'))).toHaveLength(3);
    expect(read('Witkoff and Umerov met for an hour at the resort on Sunday.', journey)).toHaveLength(3);
    expect(read('Witkoff and Umerov met in Geneva on Monday.', journey.replaceAll('Kessmoor', 'Kyiv'))).toHaveLength(3);
  });
});

// tests/fixtures/own-conventions.md, Arrivals: "or the next, for an arrival late in a day".
describe('a journey told done late in its day', () => {
  it('is the gathering of the next day where it went, with one of its people', () => {
    expect(events('Premier Dana Holt received Ivo Marek in Kessel on Wednesday.', 'Ivo Marek arrived in Kessel on Tuesday evening.')).toEqual(['meeting 2062-03-15 Kessel: a b']);
    expect(events('Ivo Marek and Dana Holt held talks in Lusk on Wednesday.', 'Ivo Marek landed in Lusk late on Tuesday, after a stop in Kessel.')).toEqual(['talks 2062-03-15 Lusk: a b']);
    expect(events('Dana Holt spoke to reporters in Lusk on Monday.', 'Ivo Marek flew to Lusk on Tuesday night. On Wednesday he met Premier Dana Holt in Lusk.')).toEqual([
      'statement 2062-03-13 Lusk: a',
      'meeting 2062-03-15 Lusk: b',
    ]);
    // The dates lexicon's moments of the evening are late too.
    expect(events('Premier Dana Holt received Ivo Marek in Kessel on Wednesday.', 'Ivo Marek arrived in Kessel at nightfall on Tuesday.')).toEqual(['meeting 2062-03-15 Kessel: a b']);
  });

  it('stays the day it was told, when not late, late only in another clause, or with none of its people', () => {
    expect(events('Premier Dana Holt received Ivo Marek in Kessel on Wednesday.', 'Ivo Marek arrived in Kessel on Tuesday.')).toHaveLength(2);
    expect(events('Premier Dana Holt received Ivo Marek in Kessel on Wednesday.', 'Ivo Marek arrived in Kessel on Tuesday and toured the harbour in the evening.')).toHaveLength(2);
    expect(events('Premier Dana Holt received Milo Brandt in Kessel on Wednesday.', 'Ivo Marek arrived in Kessel on Tuesday evening.')).toHaveLength(2);
  });
});

// tests/fixtures/own-conventions.md, Arrivals: a welcome told in the landing's scene ("on the tarmac") is held at its end.
describe('a journey told done and a gathering told at its end, dated by it', () => {
  const withWelcome = (landing: string): string[] =>
    timelineWithoutGazetteer([article('a', '2062-03-16', `${landing}\n\nPremier Dana Holt and Chancellor Ivo Marek met the couple on the tarmac.\n`)]).events.map(
      (e) => `${e.kind} ${e.date.value} ${e.place?.name ?? '-'}: ${e.participants.map((p) => p.name).join(', ')}`,
    );

  it('are one gathering, held where the journey went, of the travellers and those who met them', () => {
    expect(withWelcome('The plane carrying King Alaric and Queen Mira touched down at Lusk airport on Tuesday.')).toEqual([
      'meeting 2062-03-14 Lusk: Alaric, Mira, Dana Holt, Ivo Marek',
    ]);
    expect(withWelcome('The plane carrying King Alaric and Queen Mira touched down at Lusk airport a little after 1:30 p.m. on Tuesday.')).toHaveLength(1);
  });
});
