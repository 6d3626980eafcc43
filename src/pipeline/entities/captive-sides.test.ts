import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a swap told by whose captives came home names that state
// as a side of it, as a strike's forces name who strikes.
const timeline = timelineWithoutGazetteer([
  article('returned', '2041-03-20', 'On Tuesday a second group of Armenian servicemen was returned from territory controlled by Baku.\n'),
  article('came-home', '2041-03-20', 'A third group of Georgian soldiers came home from captivity on Wednesday morning.\n'),
  article('freed', '2041-03-20', 'Moldova freed 40 Romanian prisoners on Thursday in exchange for 12 Moldovan detainees.\n'),
  article('no-side', '2041-03-20', 'A first group of prisoners of war came home from captivity on Monday.\n'),
]);

const partiesOf = (id: string): string[] => reportedIn(timeline, id, 'exchange').flatMap((e) => (e.roles?.parties ?? []).map((p) => p.id)).sort();

describe('a prisoner swap', () => {
  it('has the state whose servicemen or soldiers came home as a side', () => {
    expect(partiesOf('returned')).toContain('armenia');
    expect(partiesOf('came-home')).toEqual(['georgia']);
  });

  it('has the states of the prisoners and detainees freed both ways as sides', () => {
    expect(partiesOf('freed')).toEqual(['moldova', 'romania']);
  });

  it('names no side when no one is written with the captives', () => {
    expect(partiesOf('no-side')).toEqual([]);
  });
});
