import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { parseGazetteer } from '../entities/gazetteer.ts';
import { buildTimeline } from '../timeline.ts';
import type { Article } from '../types.ts';
import { article, idsOf, reportedIn } from '../../../tests/support/pipeline.ts';

// Places and countries of our own: Lusk is Velmark's seat of government.
const gazetteer = parseGazetteer(
  `places:
  lusk: { name: Lusk, stands_for: velmark }
countries:
  velmark: { name: Velmark }
  estmark: { name: Estmark }
  orsland: { name: Orsland }
`,
  'capital-gazetteer.yaml',
);
const timelineOf = (articles: Article[]) => buildTimeline(articles, { gazetteer, corrections: parseCorrections('', 'none') });

// One signing told by its venue, the capital, and by the capital standing for its country.
const venue = article('venue', '2063-04-02', 'It is recalled that the two countries had signed in Lusk, on 3 March last, a Charter of Principles on the river.\n');
const metonym = article('metonym', '2063-04-05', 'The Lusk deal grew out of a charter signed in the same hall on 3 March.\n');

describe('a capital one report signs in and the other writes for its country', () => {
  it('is one signing: both say Lusk, one as the venue, one for Velmark', () => {
    const timeline = timelineOf([venue, metonym]);
    const [signing] = reportedIn(timeline, 'venue');
    expect(signing && idsOf(signing.participants)).toEqual(['velmark']);
    expect(signing?.place?.id).toBe('lusk');
    expect(reportedIn(timeline, 'metonym')[0]).toBe(signing);
  });

  it('stays apart from a signing of that day seating the country by its own name, or of another day', () => {
    const byName = article('by-name', '2063-04-05', 'Velmark and Orsland signed a fisheries pact in the same hall on 3 March.\n');
    const apart = timelineOf([venue, byName]);
    expect(reportedIn(apart, 'by-name')[0]).not.toBe(reportedIn(apart, 'venue')[0]);
    const otherDay = article('other-day', '2063-04-05', 'The Lusk deal grew out of a charter signed in the same hall on 10 March.\n');
    const twoDays = timelineOf([venue, otherDay]);
    expect(reportedIn(twoDays, 'other-day')[0]).not.toBe(reportedIn(twoDays, 'venue')[0]);
  });
});
