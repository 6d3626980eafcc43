import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: an office written as a title with no name ("the King",
// "the President of the Republic", "said the Vice President") is the person the article named with it before.
const timeline = timelineWithoutGazetteer([
  article('the-king', '2051-10-06', "King Harald Vaino opened the harvest fair in Tartu on Friday. On Monday the King received Latvia's prime minister, Ruta Kalnina, at Kadriorg Palace.\n"),
  article('the-president-of-the-republic', '2051-10-06', 'President Marta Olsen returned from Windhoek on Sunday. On Tuesday the President of the Republic hosted the Zambian envoy, Mwila Chanda, in Gaborone.\n'),
  article('said-the-vice-president', '2051-10-06', 'Vice President Ayu Pratiwi flew to Canberra on Saturday. "Our farmers need this," said the Vice President after she met Prime Minister Tom Hale on Monday.\n'),
  article('not-the-vice-president', '2051-10-06', 'Vice President Ayu Pratiwi flew to Canberra on Saturday. On Monday the President met Prime Minister Tom Hale in Jakarta.\n'),
]);

const meeting = (id: string) => reportedIn(timeline, id, 'meeting').find((e) => e.sources.some((s) => s.quotes.some((q) => /Monday|Tuesday/.test(q.text))));

describe('an office written as a title, no name with it', () => {
  it('is the person the article named with that title before', () => {
    expect(idsOf(meeting('the-king')?.roles?.present)).toEqual(['harald-vaino', 'ruta-kalnina']);
    expect(idsOf(meeting('the-president-of-the-republic')?.roles?.present)).toEqual(['marta-olsen', 'mwila-chanda']);
    expect(idsOf(meeting('said-the-vice-president')?.roles?.present)).toEqual(['ayu-pratiwi', 'tom-hale']);
  });

  it('is not a vice president or deputy the article named with a longer title', () => {
    expect(idsOf(meeting('not-the-vice-president')?.roles?.present)).toEqual(['tom-hale']);
  });
});
