// A thing given its name by those who name it: a naming, a happening of its day. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

const namings = (text: string): [string, string | null, string][] => kindsNounsAndDays(text).filter(([, noun]) => noun === 'Naming');

describe('a naming', () => {
  it('is told by the name given, on its day', () => {
    expect(namings('On Friday the zoo named it Kiri, after a vote of schoolchildren.')).toEqual([['other', 'Naming', '2058-03-08']]);
    expect(namings('The Vell club christened it "Hope" on Sunday.')).toEqual([['other', 'Naming', '2058-03-10']]);
    expect(namings('The island was seen on 1 March, and the survey office gave it its name the next day.')).toEqual([['other', 'Naming', '2058-03-02']]);
    expect(namings('The council gave the new bridge its official name on Monday.')).toEqual([['other', 'Naming', '2058-03-11']]);
  });

  it('is none for a judgement, a name said to fit', () => {
    expect(namings('On Monday the magazine named it as the best album of the year.')).toEqual([]);
    expect(namings('Critics dubbed it a disaster on Monday.')).toEqual([]);
    expect(namings('On Monday the union gave it a bad name.')).toEqual([]);
  });

  it('is none for an honour given, a title of the best', () => {
    expect(namings('The magazine named it Car of the Year on Monday.')).toEqual([]);
    expect(namings('Critics named it Best Film on Sunday.')).toEqual([]);
    expect(namings('Time named them Persons of the Year on Monday.')).toEqual([]);
    expect(namings('On Friday the guild named it Top Pick of the Month.')).toEqual([]);
    expect(namings('Readers named them Greatest Band Ever on Tuesday.')).toEqual([]);
  });
});
