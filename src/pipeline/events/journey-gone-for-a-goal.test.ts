import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// Short reports of our own, published on Thursday 16 April 2071: the Monday gone by is the 13th, the Monday ahead the 20th.
const told = (body: string) => extractOne('2071-04-16', `${body}\n`).candidates.map((c) => `${c.kind}${c.noun ? `/${c.noun}` : ''} ${c.date.value} ${c.status}`);

describe('a journey told by its own past verb with what it was for', () => {
  it('went on the weekday gone by: the "to <verb>" after it is its purpose, no plan of the journey', () => {
    expect(told('Governor Ada Rensk flew to Varrow on Monday to open the new ferry terminal.')).toEqual(['other/Trip 2071-04-13 occurred']);
    expect(told('Governor Ada Rensk travelled to Varrow on Monday to visit families left homeless by the storm.')).toEqual(['other/Trip 2071-04-13 occurred']);
    expect(told('Governor Ada Rensk arrived in Varrow on Monday to open the new ferry terminal.')).toEqual(['other/Trip 2071-04-13 occurred']);
    expect(told('Governor Ada Rensk left for Varrow on Monday in order to open the new ferry terminal.')).toEqual(['other/Trip 2071-04-13 occurred']);
    expect(told('Governor Ada Rensk headed to Varrow on Monday to start a tour of the coast.')).toEqual(['other/Trip 2071-04-13 occurred']);
  });

  it('went in a relative clause too, whatever the main clause plans', () => {
    expect(told('The harbour board will greet Ada Rensk, who flew to Varrow on Monday to open the new ferry terminal.')).toEqual(['other/Trip 2071-04-13 occurred']);
  });

  it('is still a plan when its verb is ahead or a plan word comes before it', () => {
    expect(told('Governor Ada Rensk will fly to Varrow on Monday to open the new ferry terminal.')).toEqual(['other/Trip 2071-04-20 planned']);
    expect(told('Governor Ada Rensk flies to Varrow on Monday to open the new ferry terminal.')).toEqual(['other/Trip 2071-04-20 planned']);
    expect(told('Governor Ada Rensk is to fly to Varrow on Monday to open the new ferry terminal.')).toEqual(['other/Trip 2071-04-20 planned']);
    expect(told('Governor Ada Rensk is due to travel to Varrow on Monday to open the new ferry terminal.')).toEqual(['other/Trip 2071-04-20 planned']);
  });

  it('leaves the goals that were already right as they were', () => {
    expect(told('Governor Ada Rensk flew to Varrow on Monday to see the damage.')).toEqual(['other/Trip 2071-04-13 occurred']);
    expect(told('Governor Ada Rensk flew to Varrow on Monday to meet the harbour master.')).toEqual(['meeting 2071-04-13 occurred']);
    expect(told('Governor Ada Rensk flew to Varrow on Monday for talks with the harbour master.')).toEqual(['talks 2071-04-13 occurred']);
  });
});
