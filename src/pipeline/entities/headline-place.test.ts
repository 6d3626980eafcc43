import { describe, expect, it } from 'vitest';
import type { CandidateEvent } from '../events/candidate.ts';
import type { EventKind } from '../types.ts';
import { placeFromHeadline, placeSaidOfGathering } from './headline-place.ts';
import type { EntityMention } from './recognise.ts';

const DAY = '2031-05-04';
const candidate = (kind: EventKind, sentences: number, place: string | null = null, day = DAY): CandidateEvent => ({
  article: 'a',
  published: DAY,
  kind,
  status: 'occurred',
  date: { value: day, start: day, end: day, precision: 'day' },
  datedByPublication: false,
  participants: [],
  named: [],
  place,
  evidence: Array.from({ length: sentences }, (_, i) => ({ sentence: i, text: '', start: 0, end: 0 })),
});
const placeIn = (headline: string, name: string): EntityMention[] => [
  { entity: { id: name.toLowerCase(), name, type: 'place', aliases: [], roles: [] }, text: name, start: headline.indexOf(name), end: headline.indexOf(name) + name.length, byRole: false },
];

describe('the place a headline gives', () => {
  it('goes to the main gathering when its sentences say no place', () => {
    const main = candidate('talks', 3);
    const background = candidate('meeting', 1);
    const headline = "Kyiv's delegation reports 'constructive' Bergen talks";
    placeFromHeadline([background, main], headline, () => placeIn(headline, 'Bergen'), DAY);
    expect([main.place, background.place]).toEqual(['bergen', null]);
    const met = candidate('meeting', 2);
    placeFromHeadline([met], 'Envoys meet in Bergen', () => placeIn('Envoys meet in Bergen', 'Bergen'), DAY);
    expect(met.place).toBe('bergen');
  });

  it('gives nothing when the headline names a place for something else, or the event has its own', () => {
    const main = candidate('talks', 2);
    placeFromHeadline([main], 'Floods hit Bergen as talks stall', () => placeIn('Floods hit Bergen as talks stall', 'Bergen'), DAY);
    expect(main.place).toBeNull();
    const placed = candidate('talks', 2, 'oslo');
    placeFromHeadline([placed], 'Bergen talks end', () => placeIn('Bergen talks end', 'Bergen'), DAY);
    expect(placed.place).toBe('oslo');
  });
});

describe('the place a headline gives a truce', () => {
  const truce = (sentences: number, place: string | null = null): CandidateEvent => ({ ...candidate('other', sentences, place), noun: 'Ceasefire' });
  it('goes to the article\'s truce, named before it or where it holds', () => {
    const main = truce(2);
    placeFromHeadline([main], 'Bergen ceasefire in force after a day\'s delay', () => placeIn('Bergen ceasefire in force after a day\'s delay', 'Bergen'), DAY);
    expect(main.place).toBe('bergen');
    const held = truce(1);
    placeFromHeadline([held], 'Truce in Bergen holds', () => placeIn('Truce in Bergen holds', 'Bergen'), DAY);
    expect(held.place).toBe('bergen');
  });

  it('not a place named for something else, nor over its own, nor to a gathering', () => {
    const main = truce(2);
    placeFromHeadline([main], 'Floods in Bergen as the ceasefire holds', () => placeIn('Floods in Bergen as the ceasefire holds', 'Bergen'), DAY);
    expect(main.place).toBeNull();
    const placed = truce(2, 'oslo');
    placeFromHeadline([placed], 'Bergen truce holds', () => placeIn('Bergen truce holds', 'Bergen'), DAY);
    expect(placed.place).toBe('oslo');
    const talks = candidate('talks', 2);
    placeFromHeadline([talks], 'Bergen truce holds', () => placeIn('Bergen truce holds', 'Bergen'), DAY);
    expect(talks.place).toBeNull();
  });
});

describe('the place a later sentence says the gathering was held', () => {
  const said = (text: string) => (text.includes('Bergen') ? placeIn(text, 'Bergen') : []);
  it('goes to the main gathering when nothing else said where', () => {
    const main = candidate('talks', 3);
    const sentences = ['Envoys held two days of meetings.', 'Earlier media reports said the meetings took place in Bergen, Norway.'];
    placeSaidOfGathering([main], sentences, said, DAY);
    expect(main.place).toBe('bergen');
  });

  it('not a place named otherwise, nor over a place of its own', () => {
    const main = candidate('talks', 3);
    placeSaidOfGathering([main], ['Envoys met.', 'The delegation flew home to Bergen.'], said, DAY);
    expect(main.place).toBeNull();
    const placed = candidate('talks', 2, 'oslo');
    placeSaidOfGathering([placed], ['The talks were held in Bergen.'], said, DAY);
    expect(placed.place).toBe('oslo');
  });
});

describe('the place a headline gives an eruption', () => {
  const told = (noun: string, place: string | null = null): CandidateEvent => ({ ...candidate('other', 1, place), noun });
  it('goes to every happening of the eruption its article tells, each told once', () => {
    const happenings = [told('Eruption'), told('Fissure'), told('Lava'), told('Earthquake swarm')];
    const headline = 'Eruption near Hvellir: lava crosses the ring road';
    placeFromHeadline(happenings, headline, () => placeIn(headline, 'Hvellir'), DAY);
    expect(happenings.map((c) => c.place)).toEqual(['hvellir', 'hvellir', 'hvellir', 'hvellir']);
    const eruption = told('Eruption');
    placeFromHeadline([eruption], 'Hvellir eruption ends', () => placeIn('Hvellir eruption ends', 'Hvellir'), DAY);
    expect(eruption.place).toBe('hvellir');
  });

  it('not a place named for something else, nor over its own, nor to what is no part of the eruption', () => {
    const eruption = told('Eruption');
    placeFromHeadline([eruption], 'Hvellir mourns as eruption goes on', () => placeIn('Hvellir mourns as eruption goes on', 'Hvellir'), DAY);
    expect(eruption.place).toBeNull();
    const lava = told('Lava', 'brekka');
    const meeting = candidate('meeting', 1);
    placeFromHeadline([lava, meeting], 'Eruption near Hvellir', () => placeIn('Eruption near Hvellir', 'Hvellir'), DAY);
    expect([lava.place, meeting.place]).toEqual(['brekka', null]);
  });
});
