import { describe, expect, it } from 'vitest';
import { extractOne, readOne } from '../../../tests/support/pipeline.ts';

// Short reports of our own: someone's arrival somewhere is a trip of its day, told by its end.
// Wednesday 12 March 2053: the Monday gone by is the 10th, the Friday ahead the 14th.
const told = (body: string) => extractOne('2053-03-12', `${body}\n`).candidates.map((c) => `${c.kind}${c.noun ? `/${c.noun}` : ''} ${c.date.value} ${c.status}`);

describe('an arrival told by its verb', () => {
  it('is a trip of the day it names, done or ahead', () => {
    expect(told('The Estmark foreign minister arrived in Lusk on Monday with a delegation of bankers.')).toEqual(['other/Trip 2053-03-10 occurred']);
    expect(told('Premier Aldo Vance touched down at Kessel airport on Monday night.')).toEqual(['other/Trip 2053-03-10 occurred']);
    expect(told('The envoy is due to land in Orsk on Friday afternoon.')).toEqual(['other/Trip 2053-03-14 planned']);
    expect(told('Ms Halvorsen will arrive in Brenn on Friday.')).toEqual(['other/Trip 2053-03-14 planned']);
  });

  it('is told by a participle or in a translated report’s "arrived to"', () => {
    expect(told('The king was cheered by schoolchildren after landing at Marrow International Airport on Monday evening.')).toEqual(['other/Trip 2053-03-10 occurred']);
    expect(told('The Deputy Premier arrived to Ostby on last Monday together with the trade minister.')).toEqual(['other/Trip 2053-03-10 occurred']);
  });

  it('is none for goods, weapons or people counted in flight, nor for a decision arrived at', () => {
    expect(told('Three aid shipments arrived in Ostby on Monday.').filter((t) => t.startsWith('other/Trip'))).toEqual([]);
    expect(told('Two shells landed in Kessel on Monday.').filter((t) => t.startsWith('other/Trip'))).toEqual([]);
    expect(told('The panel arrived at a verdict on Monday.')).toEqual([]);
    expect(told('Farmers own most of the land in Brenn.')).toEqual([]);
  });

  it('is no trip beside the gathering or visit it is for, nor in an aside about someone the sentence tells of', () => {
    expect(told('The Velsland trade minister arrived in Brenn on Monday for a second round of talks with Ivo Marek.')).toEqual(['talks 2053-03-10 occurred']);
    // …and the gathering told by its days runs from the day of the arrival, or of the journey that set off for it.
    expect(told('The Velsland trade minister arrived in Brenn on Monday for two days of talks with Ivo Marek.')).toEqual(['talks 2053-03-10/2053-03-11 occurred']);
    expect(told('Premier Aldo Vance will arrive in Ostby on Friday for three days of negotiations.')).toEqual(['talks 2053-03-14/2053-03-16 planned']);
    expect(told('Ines Marr flew to Lusk on Monday for two days of talks.').filter((t) => t.startsWith('talks'))).toEqual(['talks 2053-03-10/2053-03-11 occurred']);
    expect(told('King Alaric landed in Ostby on Monday on a three-day state visit.').filter((t) => t.startsWith('other/Trip'))).toEqual([]);
    // …nor beside the stay it begins, whose days are counted from it ("on the third day of her trip").
    expect(told('Ines Marr arrived in Brenn on Monday for a three-day stay.')).toEqual([]);
    expect(told('The Dorvian premier touched down in Lusk on Monday for a week-long trip.')).toEqual([]);
    expect(told('The Dorvian team was headed by Ines Marr, who had arrived at Lusk airport on Monday night, with two aides.').filter((t) => t.startsWith('other/Trip'))).toEqual([]);
  });
});

describe('a gathering at the last stop of a journey', () => {
  it('is the traveller’s, held at that stop', () => {
    const [trip, talks] = extractOne('2053-03-12', 'Zelenskyy landed in Geneva on Tuesday night from Kyiv, where he had held talks with Rustem Umerov that morning.\n').candidates;
    expect(trip).toMatchObject({ kind: 'other', noun: 'Trip', date: { value: '2053-03-11' }, place: 'geneva' });
    expect(talks).toMatchObject({ kind: 'talks', place: 'kyiv' });
    expect(talks!.participants).toEqual(expect.arrayContaining(['volodymyr-zelenskyy', 'rustem-umerov']));
    const [, met] = extractOne('2053-03-12', 'Witkoff arrived in Kyiv on Monday from Geneva, where he met Umerov on Sunday.\n').candidates;
    expect(met).toMatchObject({ kind: 'meeting', place: 'geneva', date: { value: '2053-03-09' } });
    expect(met!.participants).toEqual(expect.arrayContaining(['steve-witkoff', 'rustem-umerov']));
  });
});

describe('a call told from where the journey before went', () => {
  it('is on the journey’s day, and the journey stays a trip', () => {
    const found = extractOne('2053-03-12', 'The Velsland premier landed in Ostby on Monday afternoon. From Ostby she telephoned Chancellor Weber.\n').candidates;
    expect(found.map((c) => `${c.kind} ${c.date.value}`)).toEqual(['other 2053-03-10', 'call 2053-03-10']);
  });
});

describe('a gathering joined to the journey by its predicate', () => {
  it('is held where the journey went, with the traveller', () => {
    const [trip, met] = extractOne('2053-03-12', 'Zelenskyy landed in Geneva on Monday and met Rustem Umerov.\n').candidates;
    expect(trip).toMatchObject({ kind: 'other', noun: 'Trip', date: { value: '2053-03-10' } });
    expect(met).toMatchObject({ kind: 'meeting', place: 'geneva', date: { value: '2053-03-10' } });
    expect(met!.participants).toEqual(expect.arrayContaining(['volodymyr-zelenskyy', 'rustem-umerov']));
    const talks = extractOne('2053-03-12', 'Witkoff arrived in Kyiv, the capital, late on Monday and then held talks with Umerov.\n').candidates.find((c) => c.kind === 'talks');
    expect(talks).toMatchObject({ place: 'kyiv', date: { value: '2053-03-10' } });
  });

  it('keeps the place its own clause names, and another subject’s gathering is not the traveller’s', () => {
    const talks = extractOne('2053-03-12', 'Witkoff arrived in Kyiv on Monday and held talks with Umerov in Geneva on Tuesday.\n').candidates.find((c) => c.kind === 'talks');
    expect(talks).toMatchObject({ place: 'geneva', date: { value: '2053-03-11' } });
    const found = extractOne('2053-03-12', 'Witkoff arrived in Kyiv on Monday, and in Geneva Umerov met Rubio.\n').candidates;
    expect(found.find((c) => c.kind === 'meeting')?.participants ?? []).not.toContain('steve-witkoff');
  });
});

describe('an arrival told in an aside that names a day by it', () => {
  it('is a trip of that day', () => {
    expect(told('On Monday, the day the envoy landed, the Estmark central bank said it would cut its rates.')).toContain('other/Trip 2053-03-10 occurred');
    expect(told('On Monday, the day that Premier Aldo Vance arrived, dockers in Lusk walked off the job.')).toContain('other/Trip 2053-03-10 occurred');
  });

  it('but not land named in such an aside, nor an arrival with no aside to name its day', () => {
    expect(told('On Monday, the day the land was sold, the farmers marched.').filter((t) => t.startsWith('other/Trip'))).toEqual([]);
    expect(told('The envoy landed, and the bank cut its rates.').filter((t) => t.startsWith('other/Trip'))).toEqual([]);
  });
});

describe('an arrival told in an aside with a day of its own, before the sentence’s act of another day', () => {
  it.each([
    ['Premier Aldo Vance, who had landed at Kessel airport on Monday, opened the trade fair in Lusk on Wednesday.', 'other/Trip 2053-03-10 occurred'],
    ['The Estmark foreign minister, who arrived in Lusk on 2 March, signed the water accord on Tuesday.', 'other/Trip 2053-03-02 occurred'],
    ['Coach Ines Marr, who touched down in Orsk on Sunday evening, met the federation’s board on Tuesday.', 'other/Trip 2053-03-09 occurred'],
  ])('is a trip of its own day beside that act: %s', (body, trip) => {
    expect(told(body)).toContain(trip);
  });

  it('is none when the act after it is of its own day: the journey on to it is the act', () => {
    expect(told('Coach Ines Marr, who arrived in Orsk on Monday, met the federation’s board on Monday evening.').filter((t) => t.startsWith('other/Trip'))).toEqual([]);
  });

  it('is a trip at a port of entry named by its town', () => {
    expect(told('Coach Ines Marr, who had arrived at Lusk Central Station on Sunday, met the federation’s board on Tuesday.')).toContain('other/Trip 2053-03-09 occurred');
  });

  // Arriving at a court, a ward or a hall is no journey between towns.
  it.each([
    'Ian Hale, who arrived at Lusk Crown Court on Monday, was sentenced on Friday.',
    'Ana Marr, who arrived at Lusk General Hospital on Monday, died on Wednesday.',
    'Coach Ines Marr, who arrived at the Orsk Town Hall on Monday, met the mayor on Tuesday.',
  ])('is none at a place a journey does not end at: %s', (body) => {
    expect(told(body).filter((t) => t.startsWith('other/Trip'))).toEqual([]);
  });

  // What follows "on" in the act after the aside tells no day: a road, a channel, a programme.
  it.each([
    'Premier Aldo Vance, who had landed in Kessel on Monday, met the mayor on Route 9 outside the city.',
    'Coach Ines Marr, who arrived in Orsk on Monday, spoke on Channel 4 about the visit.',
    'Coach Ines Marr, who touched down in Orsk on Sunday, was interviewed on Today, the morning programme.',
  ])('is none when the act after it tells no other day: %s', (body) => {
    expect(told(body).filter((t) => t.startsWith('other/Trip'))).toEqual([]);
  });

  // The aside on a person named as another act's object: the name is that act's, and the trip would be nobody's.
  it.each([
    'King Oskar received Ana Marr, who had arrived in Lusk on Monday, and later spoke with Ivo Dann by phone on Tuesday.',
    'King Oskar greeted Ana Marr, who had arrived in Lusk on Monday, before a strike hit the port on Tuesday.',
    'President Lund met Ana Marr, who had arrived in Orsk on Sunday, and later opened the new port on Tuesday.',
  ])('is none on the object of another act: %s', (body) => {
    expect(readOne('2053-03-12', `${body}\n`).candidates.filter((c) => c.noun === 'Trip')).toEqual([]);
  });
});

describe('the subject of an arrival told in an aside', () => {
  it('is the subject of the sentence’s act after the aside too', () => {
    const [trip, met] = extractOne('2053-03-12', 'Donald Trump, who had landed in Kessel on Sunday, met the Lusk premier on Tuesday.\n').candidates;
    expect(trip).toMatchObject({ kind: 'other', noun: 'Trip', date: { value: '2053-03-09' } });
    expect(met).toMatchObject({ kind: 'meeting', date: { value: '2053-03-11' } });
    expect(met!.participants).toContain('donald-trump');
  });

  // Not when the aside hangs on another act's object, nor to an act with a doer of its own after the aside.
  it.each([
    ['Police questioned Ian Hale, who had travelled to Orsk on Monday, after Tom Rell was arrested on Tuesday.', 'Arrest', ['tom-rell']],
    ['Reporters found Ian Hale, who had travelled to Orsk on Monday, as Tom Rell was arrested on Tuesday.', 'Arrest', ['tom-rell']],
    ['Donald Trump, who had landed in Geneva on Sunday, watched as Vladimir Putin signed the accord on Tuesday.', 'Agreement signed', ['vladimir-putin']],
  ])('is not the subject of another’s act: %s', (body, noun, people) => {
    const act = readOne('2053-03-12', `${body}\n`).candidates.find((c) => c.noun === noun);
    expect(act?.participants).toEqual(people);
  });
});
