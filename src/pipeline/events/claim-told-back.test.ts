import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate of one report as "kind day", and how many sentences are listed with no day. */
const read = (published: string, body: string) => {
  const { candidates, undated } = extractOne(published, body);
  return { dated: candidates.map((c) => `${c.kind} ${c.date.value}`), undated: undated.length };
};

// Friday 18 April 2053: the Monday is the 14th, the Tuesday the 15th, the Wednesday the 16th.
describe('a claim told back in the perfect of a dated saying', () => {
  it('is news of the saying’s day, as "have taken" is', () => {
    // An NGO's release: the day opens the sentence, before the saying.
    expect(read('2053-04-18', 'On Monday morning the rebels said they had taken control of the city.\n').dated).toEqual(['other 2053-04-14']);
    // An embassy's notice: the day follows the verb of saying.
    expect(read('2053-04-18', 'The army announced on Tuesday that its forces had captured the airport.\n').dated).toEqual(['other 2053-04-15']);
  });

  it('keeps a day of its own, and leaves a meeting or a call told back undated', () => {
    // The near misses: the meeting's own day; a meeting and a call whose day the saying does not give.
    expect(read('2053-04-18', 'Rustem Umerov said on Wednesday that he had met Steve Witkoff in Geneva on Monday.\n').dated).toContain('meeting 2053-04-14');
    expect(read('2053-04-18', 'Rustem Umerov said on Wednesday that he had met Steve Witkoff in Geneva.\n')).toEqual({ dated: ['statement 2053-04-16'], undated: 1 });
    expect(read('2053-04-18', 'The Kremlin said on Wednesday that Putin had spoken by phone with Erdogan.\n')).toEqual({ dated: [], undated: 1 });
  });
});
