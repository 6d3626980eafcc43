// A state's envoy sent away, told by "expelled" or by being declared unwelcome: an act of its day (own-corpus-26's tuning miss, sentences
// written here in other words, across a spy affair, a trade quarrel and a border shooting), not a saying of the one who declared it.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Monday the 11th, Friday the 8th.
describe('a diplomat expelled or declared unwelcome is an expulsion of that day', () => {
  it.each([
    ['On Monday the Velsland government expelled two Orsk diplomats over the spy affair.', '2058-03-11'],
    ['Kessel expelled the Orsk ambassador on Monday after the border shooting.', '2058-03-11'],
    ['Last Friday the trade ministry declared the Lusk commercial attaché persona non grata.', '2058-03-08'],
    ['On 4 March Foreign Minister Ivo Marek declared the envoy, Ana Marr, unwelcome in Kessel, and she left within days.', '2058-03-04'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Expulsion', day]]);
  });

  it('is no threat or call to expel, no one else expelled, and no judgement of an envoy’s words', () => {
    for (const body of [
      'On Monday Ana Marr threatened to expel the Orsk ambassador.',
      'The Lusk football league expelled the club on Monday.',
      'On Monday Ana Marr declared the envoy’s remarks unwelcome.',
      'On Monday the ministry declared that the ambassador was unwelcome.',
    ]) {
      expect(found(body).map(([, noun]) => noun)).not.toContain('Expulsion');
    }
  });

  // A plan weighed, a habit (the present, or a perfect with a bare plural), or the envoy only a word of another object is no expulsion: the saying stays.
  it.each([
    'Orsk is considering expelling two Kessel diplomats, officials said on Monday.',
    'Velsland expels envoys whenever relations sour, the minister said on Monday.',
    'Kessel has expelled diplomats before, Ana Marr said on Monday.',
    'Lusk had often expelled attachés in the past, the ministry said on Monday.',
    'On Monday the ministry declared the remarks of the ambassador unwelcome.',
    'On Monday Ana Marr declared the visit by the Orsk envoy unwelcome.',
  ])('is none in a plan, a habit or an envoy’s words: %s', (body) => {
    expect(found(body)).toEqual([['statement', null, '2058-03-11']]);
  });

  it('is none when only supposed or denied', () => {
    for (const body of [
      'On Monday Ana Marr said Kessel would have expelled the Orsk ambassador.',
      'Kessel never expelled the Orsk ambassador.',
    ]) {
      expect(found(body).map(([, noun]) => noun)).not.toContain('Expulsion');
    }
  });
});
