import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a name set off by commas after an office written as a title (a state's
// possessive before it, its particles and initials its own) ends no clause, so the gathering after the name is the one
// before it ("hosted …, Name, in Koror for talks") and what it was for is no event of its own ("met …, Name, to sign a pact").
const timeline = timelineWithoutGazetteer([
  article('wire-purpose', '2034-09-06', "Estonia's Minister of Economy, Kaia Tamm, met Latvia's President, Juris A. Ozols, in Tallinn on Friday to sign a power-grid accord.\n"),
  article('daily-hosted', '2034-09-10', 'Chilean President Ana M. Soto hosted Uruguay’s Minister of Foreign Affairs, Diego de la Vega, in Santiago on Tuesday for talks on a river treaty.\n'),
  article('bulletin-welcomed', '2034-09-16', "Fiji's Deputy Prime Minister, Sela Nawaqa, welcomed Tonga's trade minister, Lupe Fifita, to Suva on Monday for talks on a shipping line.\n"),
  article('clause-ends', '2034-09-20', "Ghana's trade minister, Kofi Mensah, met Togolese officials in Accra on Monday, then flew to Lomé on Wednesday to sign a customs accord.\n"),
]);

describe('a name in apposition after an office written as a title', () => {
  it('leaves the gathering after it one event with the gathering before it, both people at it', () => {
    const [hosted, ...more] = reportedIn(timeline, 'daily-hosted');
    expect(more).toEqual([]);
    expect(idsOf(hosted!.roles?.present)).toEqual(['ana-m-soto', 'diego-de-la-vega']);
    expect([hosted!.place?.id, hosted!.date.value]).toEqual(['santiago', '2034-09-05']);
    const [welcome, ...others] = reportedIn(timeline, 'bulletin-welcomed');
    expect(others).toEqual([]);
    expect(idsOf(welcome!.roles?.present)).toEqual(['sela-nawaqa', 'lupe-fifita']);
    expect(idsOf(welcome!.roles?.parties)).toEqual(['fiji', 'tonga']);
    expect(welcome!.place?.id).toBe('suva');
  });

  it('leaves what a meeting was held for no event of its own, its place and day the meeting’s', () => {
    const [meeting, ...more] = reportedIn(timeline, 'wire-purpose');
    expect(more).toEqual([]);
    expect([meeting!.kind, meeting!.place?.id, meeting!.date.value]).toEqual(['meeting', 'tallinn', '2034-09-01']);
    expect(idsOf(meeting!.roles?.present)).toEqual(['kaia-tamm', 'juris-a-ozols']);
  });

  it('is no comma that ends a clause: a signing told after "then" is news of its own', () => {
    const events = reportedIn(timeline, 'clause-ends');
    expect(events.map((e) => [e.kind, e.date.value])).toEqual([
      ['meeting', '2034-09-18'],
      ['other', '2034-09-20'],
    ]);
  });
});
