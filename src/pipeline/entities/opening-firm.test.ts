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

// A feast, an illness or an era is written with a capital wherever it stands and the tagger's lexicon does not know it, yet it is
// no one: "Brexit hit exports" with "after Brexit" is no firm's act (NOT_A_PARTY in lexicon.ts).
describe('nor a feast, an illness or an era written capitalised inside a sentence too', () => {
  it.each([
    ['Brexit hit exports on Monday, the ministry said. Sales fell after Brexit, traders said.', 'Brexit'],
    ['Ebola closed the border crossing at Lusk on Monday, officials said. Traders said Ebola had cost them a season.', 'Ebola'],
    ['Covid closed the schools on Monday. Teachers said Covid had cost a year.', 'Covid'],
    ['Ramadan emptied the markets of Orsk on Monday. Shops close early during Ramadan, traders said.', 'Ramadan'],
  ])('%s', (body, word) => {
    expect(partiesOf(body).flat()).not.toContain(word);
  });
});
