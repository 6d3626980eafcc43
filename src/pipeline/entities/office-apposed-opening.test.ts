import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own, with an empty gazetteer: an office apposed before a name ("the mayor of Dunmere, Colm Ferris,")
// makes the name a person's where the sentence opens with it too, its "The" capitalised (titles-6's meeting of a
// mayor and a minister lost the mayor: "The mayor of …, …, met the regional transport minister, …").
const presentAt = (body: string): string[] => idsOf(timelineWithoutGazetteer([article('a', '2041-05-12', `${body}\n`)]).events[0]?.roles?.present);

describe('an office apposed before a name that opens the sentence', () => {
  it.each([
    ['The mayor of Kellsbridge, Orla Brennock, met Aine Tolland on Monday evening.', ['orla-brennock', 'aine-tolland']],
    ['The foreign minister of Estmark, Piet Vandermolen, met Aine Tolland in Lisbon on Monday.', ['piet-vandermolen', 'aine-tolland']],
  ])('%s', (body, people) => {
    expect(presentAt(body)).toEqual(expect.arrayContaining(people));
  });
});
