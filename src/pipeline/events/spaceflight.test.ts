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
