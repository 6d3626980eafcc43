import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate of one report as "kind day (sentences cited)", and the sentences listed with no day. */
const read = (published: string, body: string) => {
  const { candidates, undated } = extractOne(published, body);
  return { dated: candidates.map((c) => `${c.kind} ${c.date.value} (${c.evidence.map((e) => e.sentence).join(',')})`), undated: undated.map((u) => u.evidence.sentence) };
};

// Friday 18 April 2053: the Monday is the 14th, the Tuesday the 15th.
describe('a saying with no day, told before its speaker’s dated saying of another paragraph', () => {
  it('is another saying, listed with no day: neither more of the dated one nor the news of the report’s day', () => {
    // A newsletter: the undated saying is set by where it was made, in a section before the one that dates the speaker's other saying.
    expect(read('2053-04-18', 'On the flight home, Steve Witkoff told journalists that a deal was close.\n\nKyiv has not commented.\n\nWitkoff announced on Tuesday that he would stay in Moscow.\n')).toEqual({ dated: ['statement 2053-04-15 (2)'], undated: [0] });
    // A wire story: the undated saying leads, the dated one is told paragraphs later.
    expect(read('2053-04-18', 'Rustem Umerov told reporters in Ankara that the West was to blame for the delay.\n\nThe venue has been used before.\n\nUmerov told reporters on Monday that a deal was near.\n')).toEqual({ dated: ['statement 2053-04-14 (2)'], undated: [0] });
  });

  it('still carries on its speaker’s dated saying told before it, in its paragraph or another', () => {
    // The near misses: one press conference quoted on paragraphs after its dated lead; one paragraph.
    expect(read('2053-04-18', 'Speaking to reporters on Tuesday, Steve Witkoff said a deal was close.\n\nKyiv has not commented.\n\nWitkoff told a news conference in Miami that Moscow was ready.\n').dated).toEqual(['statement 2053-04-15 (0,2)']);
    expect(read('2053-04-18', 'Steve Witkoff told reporters on Tuesday that a deal was close. Witkoff told Fox News that Moscow was ready.\n').dated).toEqual(['statement 2053-04-15 (0,1)']);
  });

  it('is the news of the report’s day when the article dates no saying of its speaker', () => {
    expect(read('2053-04-18', 'Rustem Umerov told reporters in Ankara that the West was to blame for the delay.\n\nThe venue has been used before.\n\nSteve Witkoff told reporters on Monday that a deal was near.\n').dated).toEqual(['statement 2053-04-14 (2)', 'statement 2053-04-18 (0)']);
  });
});
