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

  it('is none for army trucks, trucks of troops, protesters or a tally, though food, water or fuel is named in the paragraph', () => {
    expect(deliveries('The agency warned that food and water were running out in Vessa. Tarsland army trucks crossed the border on Tuesday, the ministry said.')).toEqual([]);
    expect(deliveries('Fighting grew around the town, and water supplies were cut. A column of tanks and trucks entered Vessa on Sunday, residents said.')).toEqual([]);
    expect(deliveries('Protesters threw water at the police. The army trucks crossed the river on Saturday.')).toEqual([]);
    expect(deliveries('Aid agencies warned of shortages. Dozens of trucks carrying troops and ammunition entered the town on Saturday.')).toEqual([]);
    expect(deliveries('Fuel prices have doubled since the blockade. Farmers who had stopped the trucks crossed the bridge on Monday.')).toEqual([]);
    expect(deliveries('The number of lorries waiting at the Orn crossing with food crossed 2,000 on Monday.')).toEqual([]);
  });

  it('is none for a ship of troops and fuel, nor for a plane of water bombers', () => {
    expect(deliveries('The navy sent a ship carrying troops, fuel and ammunition to the island on Monday.')).toEqual([]);
    expect(deliveries('Tarsland sent a plane with water bombers on Monday to fight the fires.')).toEqual([]);
    expect(deliveries('Tarsland sent a second ship of fuel and medicine on Monday.')).toEqual(['2059-01-20']);
  });
});
