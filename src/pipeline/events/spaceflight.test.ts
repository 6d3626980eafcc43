// A flight into space is told by two happenings of two days, its launch and its docking. Thursday 12 March 2065 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';
import { CRAFT_STORY } from './lexicon.ts';

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

describe('a flight into space, not space as a field of trade or war, nor a splashdown only planned', () => {
  it('is no launch of war rockets in a story that names space only as a field', () => {
    const war = (text: string): string[] => others(text).filter((e) => e.endsWith('Launch'));
    expect(war('Rockets launched from Harrin struck a base near Lusk on Tuesday, as the army said its investment in space defence was paying off.')).toEqual([]);
    expect(war('Two rockets were launched from the border on Tuesday, days after the army sent a satellite into orbit.')).toEqual([]);
    expect(war('A rocket launched from Harrin hit a school on Tuesday; the ministry later released images from space of the damage.')).toEqual([]);
  });

  it('is a story of a craft in space only where a craft went into space, not where space is a field (CRAFT_STORY)', () => {
    expect(CRAFT_STORY.test('Premier Tomas Vell left Lusk on a Boeing 747 on Tuesday for talks in Orvik on cooperation in space.')).toBe(false);
    expect(CRAFT_STORY.test('The firm said its investment in space technology had doubled.')).toBe(false);
    expect(CRAFT_STORY.test('The storm, seen from space, hit the coast on Tuesday.')).toBe(false);
    expect(CRAFT_STORY.test('The rocket carried two satellites into space on Tuesday.')).toBe(true);
    expect(CRAFT_STORY.test('It then relit one of its engines in space.')).toBe(true);
  });

  it('is no landing when a splashdown is only trained for, planned or compared with', () => {
    expect(others('The astronauts trained for a splashdown in a pool in Orvik on Tuesday.')).toEqual([]);
    expect(others('The capsule was sent into space on Monday; on Tuesday the crew rehearsed the splashdown planned for May.').filter((e) => e.endsWith('Landing'))).toEqual([]);
  });

  it('is still a landing told by the noun as what the flight ended with, or what took place', () => {
    expect(others('The crew, flown into space in March, ended their mission with a gentle splashdown off Lusk on Wednesday.').filter((e) => e.endsWith('Landing'))).toEqual(['2065-03-11 Landing']);
    expect(others('The Kestrel capsule came home: its splashdown took place off Lusk on Wednesday.').filter((e) => e.endsWith('Landing'))).toEqual(['2065-03-11 Landing']);
  });
});
