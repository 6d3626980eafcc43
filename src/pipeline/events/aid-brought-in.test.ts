// Relief brought in is the day's act of its delivery: lorries of aid that entered or crossed (own-corpus-4 a1 "Aid lorries began crossing",
// a2 "More than 900 lorries of food … entered the Gaza Strip on Monday, 20 January"), a plane of aid a state sent (own-corpus-11 b2
// "sent a first plane with tents and medicine on Saturday morning"), here in other words. Wednesday 22 January 2059 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

const deliveries = (body: string): string[] =>
  kindsNounsAndDays(body, '2059-01-22')
    .filter(([, noun]) => noun === 'Aid delivery')
    .map(([, , day]) => day);

describe('relief brought in', () => {
  it('is each day its lorries entered or crossed, where relief is named', () => {
    expect(deliveries('More than 700 lorries of flour, fuel and tents entered the Vessa valley on Monday, 20 January, the agency said today. A further 410 lorries had crossed on Sunday, 19 January.')).toEqual(['2059-01-20', '2059-01-19']);
    expect(deliveries('Aid trucks began crossing at the Orn bridge on Sunday.')).toEqual(['2059-01-19']);
  });

  it('is the day a state sent a plane or a ship of aid', () => {
    expect(deliveries('Tarsland sent a first plane with tents and medicine on Saturday morning.')).toEqual(['2059-01-18']);
  });

  it('is none for lorries counted over a span or since a day, for army trucks, nor for a ship of troops', () => {
    expect(deliveries('Agency figures show more than 3,000 lorries of aid entering the valley during the week.')).toEqual([]);
    expect(deliveries('Lorries of aid entered since the truce began: 1,120.')).toEqual([]);
    expect(deliveries('The army trucks crossed the river on Saturday.')).toEqual([]);
    expect(deliveries('Tarsland sent a ship carrying troops on Saturday.')).toEqual([]);
  });
});
