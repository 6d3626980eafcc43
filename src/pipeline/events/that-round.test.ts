import { describe, expect, it } from 'vitest';
import { article, KINDS_BUT_STATEMENT, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: "that round", told after the next round its sentence before names, is that round of talks.
const roundsIn = (id: string, body: string) =>
  reportedIn(timelineWithoutGazetteer([article(id, '2061-04-10', body)]), id, ...KINDS_BUT_STATEMENT).map((e) => [e.kind, e.date.value, e.status]);

describe('a round of talks named by "that round"', () => {
  it.each([
    ['brugel', 'The trade minister told parliament on Wednesday that she expected a deal at the next round. That round will be held in Brugel in the first week of May, a spokesman said.\n', ['talks', '2061-05-01/2061-05-07', 'planned']],
    ['oslo', 'Negotiators from both sides said the next round would settle the text. That round is to take place in Oslo on May 3, the foreign ministry said.\n', ['talks', '2061-05-03', 'planned']],
    ['geneva', 'Officials hope to close the remaining gaps at a further round. That round has been set for Geneva on May 12, according to the mediators.\n', ['talks', '2061-05-12', 'planned']],
  ])('finds the round of talks ahead (%s)', (id, body, expected) => {
    expect(roundsIn(id, body)).toContainEqual(expected);
  });

  it('makes no talks of a round of sanctions', () => {
    expect(roundsIn('sanctions', 'The Union agreed new duties on steel on Wednesday. That round of sanctions will take effect on May 3, officials said.\n').filter(([kind]) => kind === 'talks')).toEqual([]);
  });
});
