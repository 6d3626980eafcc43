import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// An anniversary comes by the calendar: told only by its year or its month it is that stretch of the calendar, no happening of a day.
const told = (body: string) => extractOne('2061-08-03', body).candidates.map((c) => [c.kind, c.noun, c.date.value]);

describe('an anniversary told by its year or its month alone', () => {
  it('is no event', () => {
    expect(told('This year is the 300th anniversary of the Treaty of Lindholm.\n')).toEqual([]);
    expect(told('Geneva and Kyiv mark the 40th anniversary of their twinning this year.\n')).toEqual([]);
    expect(told('The 300th anniversary of the Treaty of Lindholm was marked back in March.\n')).toEqual([]);
    expect(told('We learned on Tuesday that the 300th anniversary of the treaty had been marked in May.\n')).toEqual([]);
  });

  it('is one told with its day', () => {
    expect(told('Tuesday was the 300th anniversary of the Treaty of Lindholm.\n')).toEqual([['other', 'Anniversary', '2061-08-02']]);
  });
});
