import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a Korean or Chinese name written surname first,
// with no title before it, whose surname is also an English word ("park", "moon", "song", "long"),
// was no one: the tagger read the surname as the word, so "Park Ji-hoon met …" lost Park, and
// "Long Xiaoming arrived" was taken for a firm's name. Near misses: a street ("Park Avenue") and a
// given name first ("Kim Darroch") keep what they were.
const timeline = timelineWithoutGazetteer([
  article('korean-opens', '2041-03-04', 'Park Ji-hoon met Vietnamese Deputy Foreign Minister Tran Van Minh in Hanoi on Monday.\n'),
  article('korean-after-dateline', '2041-03-09', 'SEOUL, March 9 - Moon Seo-yeon held talks with Japanese envoy Kenji Arai in Seoul on Friday.\n'),
  article('chinese-english-surname', '2041-03-12', 'Chinese and Nepali officials held talks in Kathmandu on Wednesday. Long Xiaoming arrived in Kathmandu on Wednesday for the talks with Nepali Foreign Minister Arju Thapa.\n'),
  article('street-near-miss', '2041-03-14', 'The two delegations met at a hotel on Park Avenue in New York on Thursday.\n'),
  article('given-name-first', '2041-03-16', 'Kim Darroch met Canadian envoy Paul Roy in Ottawa on Friday.\n'),
]);

describe('a name written surname first whose surname is an English word', () => {
  it('is a person, with or without a title before it', () => {
    expect(idsOf(firstReportedIn(timeline, 'korean-opens')?.roles?.present)).toEqual(expect.arrayContaining(['park-ji-hoon', 'tran-van-minh']));
    expect(idsOf(firstReportedIn(timeline, 'korean-after-dateline')?.roles?.present)).toEqual(expect.arrayContaining(['moon-seo-yeon', 'kenji-arai']));
    expect(timeline.entities.find((e) => e.id === 'long-xiaoming')?.type).toBe('person');
  });

  it('is called by the surname in titles', () => {
    expect(firstReportedIn(timeline, 'korean-opens')?.title).toMatch(/\bPark\b/);
  });

  it('leaves a street and a given name written first as they were', () => {
    expect(idsOf(firstReportedIn(timeline, 'street-near-miss')?.roles?.present)).toEqual([]);
    expect(firstReportedIn(timeline, 'given-name-first')?.title).toMatch(/\bDarroch\b/);
  });
});
