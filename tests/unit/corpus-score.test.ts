// Floors on the seeds and the development corpus (npm run score): the figures reached so far,
// so that a change that loses an event, a merge or a date fails here. Raise them as they improve.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Build, corpusBuilds, seedsBuild } from '../../scripts/lib/corpus-builds.ts';

let builds: Map<string, Build>;
beforeAll(() => {
  builds = new Map([seedsBuild(), ...corpusBuilds()].map((b) => [b.name, b]));
}, 300_000);

const score = (name: string) => builds.get(name)!.score;

describe('the chronology scored against the gold', () => {
  it('keeps the seeds whole', () => {
    expect(score('seeds')).toMatchObject({ key: { hit: 8, of: 8 }, merged: { hit: 3, of: 3 }, wrongDates: 0, duplicates: 0, notEvents: 0 });
    expect(score('seeds').context.hit).toBe(11);
    // No event cites a sentence that leads a report of another event of its sort and days (the Zelenskyy call after the Putin call).
    expect(score('seeds').mixed).toBe(0);
  });

  it('keeps what it reaches on the corpus', () => {
    const all = score('all 30');
    expect(all.key.hit).toBeGreaterThanOrEqual(34);
    // 9, not 10, since two tables of one day are told apart by their seats (merging, sixth session):
    // a rule chosen on the tuning split and text of our own; all 30 is read only as a number.
    expect(all.merged.hit).toBeGreaterThanOrEqual(9);
    expect(all.context.hit).toBeGreaterThanOrEqual(20);
    expect(all.wrongDates).toBe(0);
    expect(all.duplicates).toBe(0);
    expect(all.notEvents).toBeLessThanOrEqual(2);
    expect(all.undatedGivenDay).toBe(0);
    expect(all.undatedKept.hit).toBeGreaterThanOrEqual(7);
    expect(all.participants.hit).toBeGreaterThanOrEqual(57);
    expect(all.parties.hit).toBeGreaterThanOrEqual(68);
    expect(all.places.hit).toBeGreaterThanOrEqual(23); // the Miami plan, as on the tuning split below
  });

  it('keeps what it reaches on the split it is tuned on', () => {
    const tuning = score('tuning');
    expect(tuning.key.hit).toBeGreaterThanOrEqual(29);
    expect(tuning.merged.hit).toBeGreaterThanOrEqual(9);
    expect(tuning.context.hit).toBeGreaterThanOrEqual(22);
    expect(tuning.parties.hit).toBeGreaterThanOrEqual(59);
    // 21: the Russian plan "due to see the U.S. side again on Dec. 21" names no place; it had Miami from the Ukrainian round it wrongly joined.
    expect(tuning.places.hit).toBeGreaterThanOrEqual(21);
    expect(tuning).toMatchObject({ wrongDates: 0, duplicates: 0, notEvents: 0, undatedGivenDay: 0 });
    // The gold is not exhaustive: Trump's statement 'Speaking to reporters on March 9' (29-dmitriev), and the named voices heard with no day of
    // their own, dated by the day of the news (Peskov and Rubio 'told journalists', Ushakov 'told reporters'), which it does not list.
    expect(tuning.unmatched).toBeLessThanOrEqual(5);
  });

  it('holds on the split it was not tuned on', () => {
    const held = score('held-out');
    expect(held.key.hit).toBeGreaterThanOrEqual(10);
    expect(held.merged.hit).toBeGreaterThanOrEqual(4);
    expect(held.duplicates).toBe(0);
    expect(held.wrongDates).toBe(0);
    expect(held.notEvents).toBeLessThanOrEqual(2);
  });
});
