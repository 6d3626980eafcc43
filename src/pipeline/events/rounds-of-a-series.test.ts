import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a round of talks told with its sides, and the next round told by its number alone.
const articles = [
  article(
    'next-round',
    '2051-06-05',
    'The second round of negotiations between Chile and Bolivia was held yesterday in Lima. The third round will then be held next Saturday, also in Lima.\n',
  ),
  article(
    'sides-by-adjective',
    '2051-06-05',
    'Chilean and Bolivian negotiators held a second round of talks yesterday in Lima. The third round will then be held next Saturday, also in Lima.\n',
  ),
  article('lone-round', '2051-06-05', 'The third round will be held next Saturday in Lima, the foreign ministry said yesterday.\n'),
];

/** Each article built alone: two outlets' reports would share their sides by merging. */
const eventsOf = (source: string) => reportedIn(timelineWithoutGazetteer(articles.filter((a) => a.id === source)), source);
const names = (e: { participants: { name: string }[] } | undefined) => (e?.participants ?? []).map((p) => p.name);

describe('a round of talks told by its number alone', () => {
  it('is a round of the series its article tells, between the same sides', () => {
    const third = eventsOf('next-round').find((e) => e.date.start === '2051-06-10');
    expect(third?.kind).toBe('talks');
    expect(names(third)).toEqual(expect.arrayContaining(['Chile', 'Bolivia']));
  });

  it('takes the sides the earlier round names by their adjectives', () => {
    const third = eventsOf('sides-by-adjective').find((e) => e.date.start === '2051-06-10');
    expect(third?.kind).toBe('talks');
    expect(names(third)).toEqual(expect.arrayContaining(['Chile', 'Bolivia']));
  });

  it('with no other round told, names no one', () => {
    const third = eventsOf('lone-round').find((e) => e.date.start === '2051-06-10');
    expect(third?.kind).toBe('talks');
    expect(names(third)).toEqual([]);
  });
});
