import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer. Thursday 12 May 2061: Monday the 9th. A relative clause on the place a journey went to,
// its subject a host and its object a pronoun ("flew to Lusk on Monday, where Chancellor Tomas Lind received her"), tells the traveller's
// reception there: a meeting of the host and the traveller, in that place, of the journey's day; the host is no traveller. So is what the
// traveller did there in a clause of their own ("…, where she met Chancellor Tomas Lind"), as after a visit told by its noun.
const BODIES: Record<string, string> = {
  received: 'President Ana Ruiz flew to Lusk on Monday, where Chancellor Tomas Lind received her.',
  welcomed: 'Premier Edda Morn travelled to Orsk on Monday, where President Piet Kessel welcomed her at the airport.',
  hosted: 'Foreign Minister Jon Brell flew to Lusk on Monday, where Chancellor Tomas Lind hosted him in the afternoon.',
  met: 'President Ana Ruiz flew to Lusk on Monday, where she met Chancellor Tomas Lind.',
  possessive: 'President Ana Ruiz flew to Lusk on Monday, where Chancellor Tomas Lind welcomed her decision on the tariffs.',
  byOffice: 'Premier Edda Morn arrived in Orsk on Monday, where the foreign minister welcomed her.',
  crowd: 'Senator Mira Tesk flew to Lusk on Monday, where protesters welcomed her with boos.',
  townsfolk: 'Premier Edda Morn travelled to Orsk on Monday, where hundreds of farmers received him warmly.',
  othersMet: 'Foreign Minister Edda Morn flew to Lusk on Monday, where President Ana Ruiz met Premier Tomas Lind.',
  travellerMetBefore: 'Foreign Minister Edda Morn met Premier Piet Kessel in Orsk and then flew to Lusk on Monday, where Chancellor Tomas Lind received her.',
};
/** Each report read alone, so that none merges with another's. */
const reported = (source: string, kind: 'meeting' | 'other') => reportedIn(timelineWithoutGazetteer([article(source, '2061-05-12', `${BODIES[source]}\n`)]), source, kind);

describe('a host’s reception told in a relative clause on the place a journey went to', () => {
  it.each([
    ['received', ['ana-ruiz', 'tomas-lind'], 'Lusk'],
    ['welcomed', ['edda-morn', 'piet-kessel'], 'Orsk'],
    ['hosted', ['jon-brell', 'tomas-lind'], 'Lusk'],
  ])('is a meeting of the host and the traveller where it went: %s', (source, people, place) => {
    const [meeting] = reported(source, 'meeting');
    expect(meeting?.date.value).toBe('2061-05-09');
    expect(idsOf(meeting?.participants).sort()).toEqual(people);
    expect(meeting?.place?.name).toBe(place);
  });

  it('is the traveller’s, where it went, when the traveller is the clause’s subject', () => {
    const [meeting] = reported('met', 'meeting');
    expect(idsOf(meeting?.participants).sort()).toEqual(['ana-ruiz', 'tomas-lind']);
    expect(meeting?.place?.name).toBe('Lusk');
  });

  it('leaves the host out of the journey', () => {
    for (const source of ['received', 'welcomed', 'hosted', 'met']) {
      for (const trip of reported(source, 'other')) expect(idsOf(trip.participants)).toHaveLength(1);
    }
  });

  it('is not read from a possessive "her" before a noun', () => {
    expect(reported('possessive', 'meeting')).toEqual([]);
  });

  it('is read of a host told by office', () => {
    const [meeting] = reported('byOffice', 'meeting');
    expect(meeting?.date.value).toBe('2061-05-09');
    expect(idsOf(meeting?.participants)).toEqual(['edda-morn']);
  });

  it('is not read of a crowd or a town’s people', () => {
    for (const source of ['crowd', 'townsfolk']) {
      expect(reported(source, 'meeting')).toEqual([]);
      expect(reported(source, 'other').map((e) => e.title)).toHaveLength(1);
    }
  });

  it('does not seat the traveller at a meeting of two others where it went, and leaves the trip', () => {
    const meetings = reported('othersMet', 'meeting');
    expect(meetings.map((m) => idsOf(m.participants).sort())).toEqual([['ana-ruiz', 'tomas-lind']]);
    expect(reported('othersMet', 'other').map((e) => idsOf(e.participants))).toEqual([['edda-morn']]);
  });

  it('keeps the meeting the traveller held before the journey', () => {
    const meetings = reported('travellerMetBefore', 'meeting');
    expect(meetings.map((m) => idsOf(m.participants).sort())).toEqual([['edda-morn', 'piet-kessel']]);
  });
});
