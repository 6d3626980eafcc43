// An eruption told step by step, as a live page's clock entries and a paper's retelling tell it: the eruption begun at a
// sentence's start, a new fissure, lava reaching what lies in its way, the earthquake swarm before it, the evacuation done.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

// Thursday 12 May 2061: Monday the 9th.
const found = (body: string): [string, string | null, string][] => kindsNounsAndDays(body, '2061-05-12');

describe('an eruption told begun', () => {
  it.each([
    'The eruption began on Monday morning, an hour after the first tremors.',
    'An eruption started on Monday north of Hvellir.',
    'On Monday the eruption broke out on the ridge.',
  ])('%s', (body) => {
    expect(found(body)).toEqual([['other', 'Eruption', '2061-05-09']]);
  });

  it('in a live entry, on the page\'s day', () => {
    expect(found('10:12 — The eruption has begun.')).toEqual([['other', 'Eruption', '2061-05-12']]);
  });
});

describe("what an eruption does after it has begun, each a happening of its day", () => {
  it.each([
    ['A second fissure opened near the harbour on Monday.', 'Fissure'],
    ['14:05 — A third vent has opened up east of the ridge, the coast guard says.', 'Fissure'],
    ['Lava reached the ring road on Monday evening.', 'Lava'],
    ['16:40 — A lava flow has crossed the main road into Hvellir.', 'Lava'],
    ['A seismic swarm began under the ridge on Monday night.', 'Earthquake swarm'],
    ['08:10 — An intense earthquake swarm started at about 05:50 this morning.', 'Earthquake swarm'],
    ['07:55 — The evacuation of Hvellir is complete.', 'Evacuation'],
    ['The evacuation of the valley villages was completed on Monday.', 'Evacuation'],
  ])('%s', (body, noun) => {
    expect(found(`# Eruption on the Hvellir ridge\n\n${body}`).map(([kind, n]) => [kind, n])).toEqual([['other', noun]]);
  });

  it('but not a rift in politics, lava only compared, lava in a relative clause, nor an evacuation still going', () => {
    expect(found('A new fissure opened between the coalition parties on Monday.')).toEqual([]);
    expect(found('It is the first time lava has breached the walls since they were built.')).toEqual([]);
    expect(found('Two farms lie in the path of a lava flow that crossed the road on Monday.')).toEqual([]);
    expect(found('The evacuation of Hvellir is under way.')).toEqual([]);
  });

  it('nor a crack not told with the volcano, nor a rift in a body of people', () => {
    for (const body of [
      'A second crack appeared in the coalition on Monday when the Greens walked out.',
      '14:05 — A new crack has appeared in the governing coalition.',
      'Another crack appeared in the ceiling of the Orsk stadium on Monday.',
      'A second crack appeared in the dam wall on Monday.',
      'A new fissure opened in the ruling party on Monday.',
    ]) expect(found(body), body).toEqual([]);
  });

  it('nor a fissure or a vent in an article that tells of no volcano (Trigger.story): a pipeline\'s, a gas main\'s, a rock face\'s', () => {
    for (const body of [
      'Gas vented from the ruptured pipeline on Monday, and a second vent opened near the pumping station.',
      'New vents opened up in the pipeline on Monday.',
      '14:05 — A third vent has opened up in the gas main under Ostra Street, the gas board says.',
      'A second fissure opened in the quarry face on Monday, and the road below was shut.',
    ]) expect(found(body), body).toEqual(found(body).filter(([, n]) => n !== 'Fissure'));
    expect(found('A second fissure opened near the harbour on Monday.')).toEqual([]);
  });

  it('nor where the article\'s only "erupted" is a crowd\'s or a quarrel\'s (Trigger.story is the volcano\'s nouns, not the verb)', () => {
    for (const body of [
      'Protests erupted outside the plant on Monday. A second vent opened up in the gas main on Tuesday.',
      'A row erupted in the Ostra council on Monday.\n\nA second fissure opened in the quarry face on Tuesday.',
      'Violence erupted after the match on Monday, an eruption of anger that lasted the night.\n\nA new vent opened in the sewer under Ostra Street on Tuesday.',
    ]) expect(found(body).map(([, n]) => n), body).not.toContain('Fissure');
    expect(found('Protests erupted outside the plant on Monday.\n\nA second vent opened up near the harbour on Tuesday, and magma rose under the ridge.').map(([, n]) => n)).toContain('Fissure');
  });

  it('but a fissure or a vent where the article tells of the volcano, above it or below, is the ground opening', () => {
    expect(found('A second fissure opened near the harbour on Monday.\n\nThe eruption began on Sunday night.').map(([, n]) => n)).toEqual(['Fissure', 'Eruption']);
    expect(found('# Lava nears Hvellir\n\n14:05 — A third vent has opened up east of the ridge.').map(([, n]) => n)).toEqual(['Fissure']);
  });

  it('but a crack told with the volcano is the ground opening', () => {
    expect(found('A second eruptive crack opened near the harbour on Monday.').map(([kind, n]) => [kind, n])).toEqual([['other', 'Fissure']]);
    expect(found('On Monday a new crack opened above the harbour and lava poured towards the road.').map(([, n]) => n)).toContain('Fissure');
  });
});

describe('an eruption retold in a paper days on', () => {
  it('told again days on, each of the day of the eruption before it, by a time of that day (timesOfTheStorysDay)', () => {
    expect(found('The eruption began at 9.10 on Tuesday morning.\n\n"We ran," said a farmer.\n\nShortly after noon a second fissure opened near the harbour, and lava reached the ring road by mid-afternoon.')).toEqual([
      ['other', 'Eruption', '2061-05-10'],
      ['other', 'Fissure', '2061-05-10'],
      ['other', 'Lava', '2061-05-10'],
    ]);
  });
});
