// A firm's one-word name opening its sentence ("Zentro unveiled the phones …") is a name when the article writes the same word
// capitalised inside a sentence too ("…, Zentro said", "forecasts for Zentro's shipments"): the tagger reads a sentence's first
// capital as no sign of a name, so the launch had no party. Near misses: a word only ever opening sentences, a word after "the"
// or a possessive ("the Sultanate", "Velmark's Parliament", institutions' nouns capitalised), a common word ("Shares rose").
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Thursday 10 April 2059.
const partiesOf = (body: string) => timelineWithoutGazetteer([article('f1', '2059-04-10', `${body}\n`)]).events.map((e) => e.participants.map((p) => p.name));

describe('a firm opening its sentence is a party of its act', () => {
  it.each([
    ['Zentro unveiled the phones yesterday at its headquarters in Orsk. The phones go on sale on 20 April, Zentro said.', 'Zentro'],
    ['Quillix unveiled the new tablets yesterday in Orsk.\n\nAnalysts raised their forecasts for Quillix’s shipments.', 'Quillix'],
    ['“Marrowby unveiled its new electric cars on Wednesday,” the report said. Buyers waited outside Marrowby stores in the rain.', 'Marrowby'],
  ])('%s', (body, firm) => {
    expect(partiesOf(body)[0]).toContain(firm);
  });
});

describe('but not a word the article writes capitalised only opening sentences, or only after "the"', () => {
  it.each([
    'Zentro unveiled the phones yesterday at its headquarters in Orsk. Zentro said the phones would reach shops in May.',
    'Sultanate aides unveiled the phones yesterday in Orsk. The Sultanate said little.',
  ])('%s', (body) => {
    expect(partiesOf(body)[0]).toEqual([]);
  });
});
