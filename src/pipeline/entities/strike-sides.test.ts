import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: who strikes is a side of the strike, named as the
// subject, by a possessive, or by the adjective of its forces and weapons; where it hit is its place.
const timeline = timelineWithoutGazetteer([
  article('subject', '2041-03-20', 'Russia struck fuel depots near Lviv on Monday night.\n'),
  article('possessive', '2041-03-20', "The vote came days after Russia's drone strikes on the port of Izmail on Sunday.\n"),
  article('jets', '2041-03-20', 'Turkish jets struck a convoy in Aleppo on Tuesday, killing four.\n'),
  article('air-strike', '2041-03-20', 'Residents fled after an Israeli air strike hit a building in Tyre on Tuesday afternoon.\n'),
  article('target-only', '2041-03-20', 'A drone strike hit a market in Kharkiv on Tuesday, killing two.\n'),
]);

const partiesOf = (id: string): string[] => reportedIn(timeline, id, 'strike').flatMap((e) => (e.roles?.parties ?? []).map((p) => p.id));
const placeOf = (id: string): string | undefined => reportedIn(timeline, id, 'strike')[0]?.place?.id;

describe('a strike', () => {
  it('has the state that strikes as a party, told as the subject or by a possessive', () => {
    expect(partiesOf('subject')).toEqual(['russia']);
    expect(partiesOf('possessive')).toEqual(['russia']);
  });

  it('has the state whose jets or air strike it is as a party', () => {
    expect(partiesOf('jets')).toEqual(['turkiye']);
    expect(partiesOf('air-strike')).toEqual(['israel']);
  });

  it('keeps its place, and names no side when none is written', () => {
    expect(placeOf('jets')).toBe('aleppo');
    expect(placeOf('air-strike')).toBe('tyre');
    expect(partiesOf('target-only')).toEqual([]);
    expect(placeOf('target-only')).toBe('kharkiv');
  });
});
