import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a sitting holder named in full, then a former holder whose office is written
// in lower case ("former prime minister …", "ex-foreign minister …"), then the title alone: the sitting holder is meant.
const timeline = timelineWithoutGazetteer([
  article(
    'former-premier',
    '2061-03-14',
    'Prime Minister Tovan Reska flew to Marlow on Monday. On Tuesday he met former prime minister Ilse Varga at her home in Dunmere. On Wednesday the prime minister held talks with President Oren Tallis in Marlow.\n',
  ),
  article(
    'ex-minister',
    '2061-04-02',
    'Foreign Minister Nadia Corvell arrived in Pellin on Thursday. On Friday she met ex-foreign minister Bruno Haskel for lunch. On Saturday the foreign minister met President Amal Durra.\n',
  ),
]);

/** Who took part in the gathering its quote opens with. */
const people = (source: string, opening: string) =>
  idsOf(reportedIn(timeline, source, 'meeting', 'talks').find((e) => e.sources.some((s) => s.quotes.some((q) => q.text.startsWith(opening))))?.participants);

describe('a title alone after a holder named as former in lower case', () => {
  it('is the sitting holder, not the former one ("former prime minister …")', () => {
    expect(people('former-premier', 'On Wednesday')).toEqual(['tovan-reska', 'oren-tallis']);
  });

  it('is the sitting holder, not the former one ("ex-foreign minister …")', () => {
    expect(people('ex-minister', 'On Saturday')).toEqual(['nadia-corvell', 'amal-durra']);
  });
});
