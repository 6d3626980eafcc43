import { describe, expect, it } from 'vitest';
import { extractOne, readOne } from '../../../tests/support/pipeline.ts';

// Short reports of our own: a journey told by its other end, someone leaving a place, flying back or home, or arriving on a day.
// Wednesday 12 March 2053: the Monday gone by is the 10th, the Friday ahead the 14th.
const told = (body: string) => readOne('2053-03-12', `${body}\n`).candidates.map((c) => `${c.kind}${c.noun ? `/${c.noun}` : ''} ${c.date.value} ${c.status} ${c.place ?? '-'}`);

describe('a departure or a return', () => {
  it('is a trip of the day told after the place left', () => {
    expect(told('Premier Aldo Vance left Kessel on Monday, two days before the talks were due to end.')).toEqual(['other/Trip 2053-03-10 occurred -']);
    expect(told('The Estmark foreign minister departed Lusk late on Monday evening.')).toEqual(['other/Trip 2053-03-10 occurred -']);
  });

  it('is a trip of the day when told with where it was for after the place left, a day after it or not', () => {
    expect(told('Premier Aldo Vance left Kessel for Lusk on Monday.')).toEqual(['other/Trip 2053-03-10 occurred -']);
    expect(told('The envoy departed Kessel for Lusk at 9.40 am on Monday after a send-off at the airport.')).toEqual(['other/Trip 2053-03-10 occurred -']);
    expect(told('The storm left Kessel for Lusk on Monday.')).toEqual([]);
  });

  it('is a trip to where they flew back or home, done', () => {
    expect(told('Ms Halvorsen flew back to Geneva on Monday night.')).toEqual(['other/Trip 2053-03-10 occurred geneva']);
    expect(told('King Alaric flew home to Geneva on Monday after the ceremony.')).toEqual(['other/Trip 2053-03-10 occurred geneva']);
    expect(told('Ines Marr returned to Geneva on Monday.')).toEqual(['other/Trip 2053-03-10 occurred geneva']);
  });

  it('is a trip of its day when home or back alone is told with the day after it, no place named', () => {
    expect(told('Ms Halvorsen flew home on Monday evening.')).toEqual(['other/Trip 2053-03-10 occurred -']);
    expect(told('The Estmark delegation headed back on Monday after the talks.')).toEqual(['other/Trip 2053-03-10 occurred -']);
    expect(told('Prices flew back on Monday.')).toEqual([]);
  });

  it('is none when told ahead: the end of every visit’s plan', () => {
    expect(told('The envoy is due back in Geneva on Friday.')).toEqual([]);
    expect(told('Ms Halvorsen was due to fly back to Geneva on Monday.')).toEqual([]);
    expect(told('Premier Aldo Vance leaves Kessel on Friday.')).toEqual([]);
    expect(told('Ms Halvorsen flies home on Friday.')).toEqual([]);
  });

  it('is a trip of the news day when told in the present with the rest of that day: the visit ends on the day the news is of', () => {
    expect(told('Premier Aldo Vance leaves Kessel this afternoon.')).toEqual(['other/Trip 2053-03-12 occurred -']);
    expect(told('The envoy departs Lusk later today, officials said.')).toEqual(['other/Trip 2053-03-12 occurred -']);
    expect(told('The President flies home tonight.')).toEqual(['other/Trip 2053-03-12 occurred -']);
  });

  it('is none for what is left behind, left exposed or carried', () => {
    expect(told('The storm left Kessel without power on Monday.').filter((t) => t.startsWith('other/Trip'))).toEqual([]);
    expect(told('The aid convoy left Geneva on Monday.').filter((t) => t.startsWith('other/Trip'))).toEqual([]);
  });
});

describe('who departs', () => {
  it('is someone who travels: a name, a pronoun, an office or a delegation', () => {
    expect(told('Mrs Oduya leaves Kessel this evening.')).toEqual(['other/Trip 2053-03-12 occurred -']);
    expect(told('The visit is short: she departs Lusk later today.')).toEqual(['other/Trip 2053-03-12 occurred -']);
    expect(told('The Lusk delegation leaves Kessel tonight.')).toEqual(['other/Trip 2053-03-12 occurred -']);
    expect(told('The trade ministers then departed Lusk on Monday evening.')).toEqual(['other/Trip 2053-03-10 occurred -']);
  });

  it('is no trip when what leaves is a vessel, a train, the weather or a route', () => {
    expect(told('The last ferry leaves Kessel tonight.')).toEqual([]);
    expect(told('The storm leaves Kessel this evening.')).toEqual([]);
    expect(told('The night train to Varna departs later today.')).toEqual([]);
    expect(told('The cold front finally left Lusk on Monday night.')).toEqual([]);
  });
});

describe('a journey back or home for a gathering', () => {
  it('is that gathering, held where they went, as any journey for one', () => {
    const whole = (body: string) => extractOne('2053-03-12', `${body}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.place ?? '-'} ${c.participants.join('+')}`);
    expect(whole('Witkoff flew back to Geneva on Monday to meet Umerov.')).toEqual(['meeting 2053-03-10 geneva steve-witkoff+rustem-umerov']);
    expect(whole('Witkoff flew home to Geneva on Monday to meet Umerov.')).toEqual(['meeting 2053-03-10 geneva steve-witkoff+rustem-umerov']);
  });
});

describe('an arrival naming no place', () => {
  it('is a trip of the day told right after it', () => {
    expect(told('The delegates arrived on Monday, a day before the opening session.').filter((t) => t.startsWith('other/Trip'))).toEqual(['other/Trip 2053-03-10 occurred -']);
    expect(told('The ministers arrive on Friday.')).toEqual(['other/Trip 2053-03-14 planned -']);
  });

  it('is none for the writer’s own party, nor told again for its day by a pronoun', () => {
    expect(told('We arrived on Monday, soaked to the skin.').filter((t) => t.startsWith('other/Trip'))).toEqual([]);
    expect(told('Our little band of walkers from the parish arrived on Monday.').filter((t) => t.startsWith('other/Trip'))).toEqual([]);
    expect(told('Reports had her in Lusk on Sunday; she arrived on Monday.').filter((t) => t.startsWith('other/Trip'))).toEqual([]);
    expect(told('They arrived on Monday, a day later than planned.').filter((t) => t.startsWith('other/Trip'))).toEqual([]);
  });
});

describe('where a trip or a visit went', () => {
  it('is its place', () => {
    expect(told('Ivo Marek flew to Geneva on Monday.')).toEqual(['other/Trip 2053-03-10 occurred geneva']);
    expect(told('Ivo Marek’s trip to Geneva on Monday was his first abroad.')).toEqual(['other/Visit 2053-03-10 occurred geneva']);
  });
});
