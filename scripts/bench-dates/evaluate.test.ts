import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../../src/pipeline/dates/index.ts';
import { asDate, commonErrors, evaluate, relativeValue } from './evaluate.ts';
import type { Span } from './score.ts';
import { isWallStreetJournal, splitOf } from './split.ts';
import { occurrenceReport, occurrences } from './occurrences.ts';
import { markdownTable, typeTable } from './table.ts';
import { readTimeml } from './tml.ts';

const XML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TINY</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-11-20T19:30" functionInDocument="CREATION_TIME">1998-11-20 19:30</TIMEX3></DCT>
<TEXT>
Shares fell <TIMEX3 tid="t1" type="DATE" value="1998-11-19">yesterday</TIMEX3> after a <TIMEX3 tid="t2" type="DURATION" value="P3D">three-day</TIMEX3> rally.
Talks resume <TIMEX3 tid="t3" type="TIME" value="1998-11-21TMO">Saturday morning</TIMEX3> &amp; end <TIMEX3 tid="t4" type="DATE" value="1998-12">next month</TIMEX3>.
</TEXT>
</TimeML>`;

const tiny = readTimeml('tiny.tml', XML);
const span = (text: string, type: string, value: string): Span => {
  const start = tiny.text.indexOf(text);
  return { start, end: start + text.length, text, type, value };
};

describe('a tiny TimeML document scored end to end', () => {
  it('reads the DCT, the stripped text and the offsets of each TIMEX3', () => {
    expect(tiny.reference).toBe('1998-11-20');
    expect(tiny.timexes.map((t) => tiny.text.slice(t.start, t.end))).toEqual(['yesterday', 'three-day', 'Saturday morning', 'next month']);
    expect(tiny.text).toContain(' & end ');
  });

  it('counts strict, relaxed and value matches, all types and DATE alone (a TIME as its day)', () => {
    const system = () => [
      span('yesterday', 'DATE', '1998-11-19'), // exact, right value
      span('Saturday', 'DATE', '1998-11-21'), // overlaps "Saturday morning": relaxed, value right once reduced
      span('next month', 'DATE', '1998-11'), // exact, wrong value
      span('Talks', 'DATE', 'PRESENT_REF'), // spurious
    ];
    const result = evaluate([tiny], system);
    expect(result.all).toEqual({ gold: 4, system: 4, strict: 2, relaxed: 3, value: 2, type: 3 });
    expect(result.date).toEqual({ gold: 3, system: 4, strict: 2, relaxed: 3, value: 2, type: 3 });
    // As written, "Saturday" (DATE 1998-11-21) is not "Saturday morning" (TIME 1998-11-21TMO).
    expect(result.official).toEqual({ gold: 4, system: 4, strict: 2, relaxed: 3, value: 1, type: 2 });
    // Type by type: "three-day" (DURATION) missed, "Saturday morning" (TIME) found as a DATE with another value, "Talks" a spurious DATE.
    expect(Object.fromEntries(result.byType)).toEqual({
      DATE: { gold: 2, found: 2, value: 1, type: 2, system: 4, spurious: 1 },
      DURATION: { gold: 1, found: 0, value: 0, type: 0, system: 0, spurious: 0 },
      TIME: { gold: 1, found: 1, value: 0, type: 0, system: 0, spurious: 0 },
    });
    expect(typeTable([{ split: 'tiny', byType: result.byType }])).toContain('| tiny | TIME | 1 | 1 | 0 | 0 | 0.000 | 0 | 0 |');
    expect(result.errors.map((e) => [e.gold?.text, e.system?.text])).toEqual([
      ['Saturday morning', 'Saturday'],
      ['next month', 'next month'],
      ['three-day', undefined],
      [undefined, 'Talks'],
    ]);
  });

  it('scores our resolver on it', () => {
    const result = evaluate([tiny], findTemporalExpressions);
    expect(result.date.gold).toBe(3);
    expect(result.date.value).toBeGreaterThanOrEqual(2); // yesterday, next month
  });
});

describe('value normalisation and error grouping', () => {
  it('reduces a TIME to the DATE of its day', () => {
    expect(asDate(span('Saturday morning', 'TIME', '1998-11-21TMO'))).toMatchObject({ type: 'DATE', value: '1998-11-21' });
    expect(asDate(span('yesterday', 'TIME', 'PRESENT_REF'))).toMatchObject({ type: 'DATE', value: 'PRESENT_REF' });
    expect(asDate(span('Saturday morning', 'DATE', '1998-11-21TMO'))).toMatchObject({ type: 'DATE', value: '1998-11-21' });
  });

  it('writes week numbers in ISO form', () => {
    expect(asDate(span('this week', 'DATE', '2000-W7')).value).toBe('2000-W07');
    expect(asDate(span('this week', 'DATE', '2000-W7-WE')).value).toBe('2000-W07-WE');
    expect(asDate(span('this week', 'DATE', '2000-W17')).value).toBe('2000-W17');
    expect(asDate(span('this week', 'DATE', '1989-WXX')).value).toBe('1989-WXX');
    expect(asDate(span('three-day', 'DURATION', 'PT3H'))).toMatchObject({ type: 'DURATION', value: 'PT3H' });
  });

  it('writes values relative to the reference so repeated mistakes group', () => {
    expect(relativeValue('1998-11-13', '1998-11-20')).toBe('ref-7d');
    expect(relativeValue('1998-11-20', '1998-11-20')).toBe('refd');
    expect(relativeValue('1998-10', '1998-11-20')).toBe('ref month-1');
    expect(relativeValue('1999-01', '1998-11-20')).toBe('ref month+2');
    expect(relativeValue('1997', '1998-11-20')).toBe('ref year-1');
    expect(relativeValue('1997-Q3', '1998-11-20')).toBe('ref year-1-Q3');
    expect(relativeValue('PAST_REF', '1998-11-20')).toBe('PAST_REF');
  });

  it('lists the most frequent error first', () => {
    const friday = (reference: string, value: string) => ({ document: 'd', reference, gold: { ...span('yesterday', 'DATE', reference), text: 'Friday' }, system: { ...span('yesterday', 'DATE', value), text: 'Friday' } });
    const groups = commonErrors([friday('1998-11-20', '1998-11-13'), { document: 'd', reference: '1998-11-20', gold: span('next month', 'DATE', '1998-12') }, friday('1999-01-08', '1999-01-01')], 5);
    expect(groups.map((g) => [g.key, g.count])).toEqual([
      ['friday = refd → friday = ref-7d', 2],
      ['next month = ref month+1 → (not found)', 1],
    ]);
  });
});

describe('markdownTable', () => {
  it('prints one row per system and scope with three-decimal figures', () => {
    const table = markdownTable([{ split: 'held-out', system: 'A', scope: 'DATE only', tally: { gold: 4, system: 2, strict: 1, relaxed: 2, value: 1, type: 2 } }]);
    const lines = table.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split('|').length).toBe(lines[1]!.split('|').length);
    // TE3 value: value accuracy over relaxed matches (1/2) × relaxed F1 (0.667).
    expect(lines[2]).toBe('| held-out | A | DATE only | 4 | 2 | 0.500 | 0.250 | 0.333 | 1.000 | 0.500 | 0.667 | 0.500 | 0.250 | 0.333 | 1.000 | 0.333 |');
  });
});

describe('occurrences of a pattern', () => {
  it('pairs each match with the gold expression and ours over it, and counts them', () => {
    const system = () => [span('yesterday', 'DATE', '1998-11-19'), span('Saturday', 'DATE', '1998-11-21')];
    const found = occurrences([tiny], system, /yesterday|saturday|talks/i);
    expect(found.map((o) => [o.gold?.text, o.ours?.text])).toEqual([
      ['yesterday', 'yesterday'],
      [undefined, undefined],
      ['Saturday morning', 'Saturday'],
    ]);
    expect(found[0]!.context).toContain('[[yesterday]]');
    expect(occurrenceReport(found).trimEnd().split('\n').at(-1)).toBe('3 occurrences: gold marks 2, we find 2, same value 1');
  });
});

describe('isWallStreetJournal', () => {
  it('knows the WSJ files of TimeBank by name, whatever the case', () => {
    expect(isWallStreetJournal('TimeBank/wsj_0006.tml')).toBe(true);
    expect(isWallStreetJournal('TimeBank/WSJ910225-0066.tml')).toBe(true);
    expect(isWallStreetJournal('TimeBank/APW19980213.1320.tml')).toBe(false);
  });
});

describe('splitOf', () => {
  it('puts TimeBank in the tuning split and AQUAINT in the held-out split, by path', () => {
    expect(splitOf('TimeBank/wsj_0006.tml')).toBe('tuning');
    expect(splitOf('AQUAINT/APW19980807.0261.tml')).toBe('held-out');
    expect(splitOf('other/x.tml')).toBeUndefined();
  });
});
