import { describe, expect, it } from 'vitest';
import { article, extractOne, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: the state a strike hits is a side of it too when the
// sentence writes that state, as what it hit or by its adjective before "capital"; a town alone names none.
const timeline = timelineWithoutGazetteer([
  article('capital', '2041-05-16', 'Markets steadied a day after a Turkish drone strike on a depot in the Armenian capital on Tuesday.\n'),
  article('struck', '2041-05-16', 'Pakistani jets struck Afghanistan on Tuesday night, hitting three border posts.\n'),
  article('strikes-on', '2041-05-16', 'Oil prices rose after Israeli strikes on Iran on Tuesday.\n'),
  article('town-only', '2041-05-16', 'A Turkish drone strike hit a depot in Gyumri on Tuesday.\n'),
  article('meeting', '2041-05-16', 'Envoys of Greece and Cyprus met in the Armenian capital on Tuesday.\n'),
]);

const partiesOf = (id: string, kind: 'strike' | 'meeting' = 'strike'): string[] =>
  reportedIn(timeline, id, kind)
    .flatMap((e) => (e.roles?.parties ?? []).map((p) => p.id))
    .sort();
const placeOf = (id: string): string | undefined => reportedIn(timeline, id, 'strike')[0]?.place?.id;

describe('a strike on a state', () => {
  it('has the state whose capital it hit, named by its adjective, as a party beside the state that struck', () => {
    expect(partiesOf('capital')).toEqual(['armenia', 'turkiye']);
    expect(placeOf('capital')).toBe('yerevan');
  });

  it('has the state it struck, written as what it hit, as a party and its place', () => {
    expect(partiesOf('struck')).toEqual(['afghanistan', 'pakistan']);
    expect(placeOf('struck')).toBe('afghanistan');
    expect(partiesOf('strikes-on')).toEqual(['iran', 'israel']);
    expect(placeOf('strikes-on')).toBe('iran');
  });

  it("names no state for a town, nor for a capital written by its name, and gives no other kind of event a capital's state", () => {
    expect(partiesOf('town-only')).toEqual(['turkiye']);
    // The test gazetteer's Kyiv stands for Ukraine: the capital is read as its state, but the state is not written.
    const onKyiv = extractOne('2041-05-16', 'A Russian missile strike on Kyiv on Tuesday killed two.\n').candidates.filter((c) => c.kind === 'strike');
    expect(onKyiv.map((c) => c.roles?.parties)).toEqual([[]]);
    expect(partiesOf('meeting', 'meeting')).toEqual(['cyprus', 'greece']);
  });
});
