// A flight into space is told by two happenings of two days, its launch and its docking. Thursday 12 March 2065 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** The days and nouns of the events of kind other one article reports. */
const others = (text: string): string[] =>
  extractOne('2065-03-12', `${text}\n`).candidates.filter((c) => c.kind === 'other').map((c) => `${c.date.value} ${c.noun ?? ''}`.trim());

describe('a flight into space', () => {
  it('is launched on the day its rocket lifted or blasted off', () => {
    expect(others('A Vell Orbital rocket lifted off from the Sarn spaceport early on Tuesday with three astronauts aboard.')).toEqual(['2065-03-10 Launch']);
    expect(others('The Kestrel capsule blasted off from Orvik on Monday.')).toEqual(['2065-03-09 Launch']);
  });

  it('docks on its own day, told by the verb or by its noun', () => {
    expect(others('The capsule docked with the Tamsin Space Station on Wednesday.')).toEqual(['2065-03-11 Docking']);
    expect(others('Docking is scheduled for 9 a.m. on Friday.')).toEqual(['2065-03-13 Docking']);
  });

  it('is launched by its noun only after its paragraph told of the flight', () => {
    expect(others('Her parents watched the docking on a screen at home. They had followed the launch at noon on Tuesday from the village hall.')).toEqual(['2065-03-10 Launch']);
    expect(others('The party marked the launch at noon on Tuesday with a rally in the square.').filter((e) => e.endsWith('Launch'))).toEqual([]);
  });

  it('is no docking station, and no launch of something else', () => {
    expect(others('She bought a docking station for her laptop on Monday.')).toEqual([]);
    expect(others('The company celebrated the launch of its new phone on Monday.')).toEqual([]);
  });
});

describe('a flight into space told by its rocket launched from a place, or by its splashdown', () => {
  it('is launched on the day its rocket or craft launched from its site, in a story of a flight into space', () => {
    expect(others('The Vell rocket launched from the Sarn spaceport at 9pm on Tuesday and carried two satellites into space.')).toEqual(['2065-03-10 Launch']);
    expect(others('A weather satellite was launched from Orvik on Monday to carry its instruments into orbit.').filter((e) => e.endsWith('Launch'))).toEqual(['2065-03-09 Launch']);
  });

  it('is no launch of rockets fired in a war, nor of a firm or a campaign from a place', () => {
    expect(others('Rockets launched from the border area on Tuesday damaged two houses in Lusk.').filter((e) => e.endsWith('Launch'))).toEqual([]);
    expect(others('The bakery launched from a garage in Orvik on Tuesday, the first of its kind to sell bread baked in space.')).toEqual([]);
  });

  it('comes down on the day of its splashdown, told by the noun', () => {
    expect(others('The Kestrel capsule, back from space, ended its flight on Wednesday with a splashdown off the coast of Lusk.')).toEqual(['2065-03-11 Landing']);
    expect(others('The diver made a perfect splashdown in the pool on Wednesday.')).toEqual([]);
  });
});
