// A time of the day told in a later clause ("…, and in the afternoon he flies to Beirut", "Hours later, …") happens on the day of the
// act told just before it, whatever the clause's tense, and whichever act took the sentence's date. Wednesday 14 March 2063 is the
// papers' day of deeds told as done, Friday 16 March that of a programme (its Sunday the 18th).
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

/** Each report as "kind day". */
const told = (published: string, body: string): string[] => readOne(published, `${body}\n`).candidates.map((c) => `${c.kind} ${c.date.value}`);

describe('a clause told at a time of the story’s day', () => {
  it('takes the day of the plan told before it in its sentence', () => {
    expect(told('2063-03-16', 'On Sunday the Pope meets Patriarch Bartholomew at the Phanar, and in the afternoon he flies to Beirut.')).toEqual(['meeting 2063-03-18', 'other 2063-03-18']);
    expect(told('2063-03-16', 'On Sunday the Pope will meet Patriarch Bartholomew at the Phanar, and in the afternoon the Pope will fly to Beirut.')).toEqual(['meeting 2063-03-18', 'other 2063-03-18']);
    expect(told('2063-03-16', 'On Sunday the Pope meets Patriarch Bartholomew at the Phanar, and at lunchtime he flies to Beirut.')).toEqual(['meeting 2063-03-18', 'other 2063-03-18']);
  });

  it('takes it when the time closes the clause', () => {
    expect(told('2063-03-16', 'On Sunday the Pope meets Patriarch Bartholomew at the Phanar, and the Pope flies to Beirut in the afternoon.')).toEqual(['meeting 2063-03-18', 'other 2063-03-18']);
  });

  it('takes the day of the plan told in the sentence before', () => {
    expect(told('2063-03-16', 'On Sunday the Pope meets Patriarch Bartholomew at the Phanar. In the afternoon the Pope flies to Beirut.')).toEqual(['meeting 2063-03-18', 'other 2063-03-18']);
  });

  it('takes the day of the deed told before it "hours later"', () => {
    expect(told('2063-03-14', 'On Monday President Aoun met the Pope in Beirut, and hours later the Pope flew to Rome.')).toEqual(['meeting 2063-03-12', 'other 2063-03-12']);
  });

  it('takes no day from a deed told before a plan, across a paragraph, or past a year told between', () => {
    expect(told('2063-03-14', 'On Monday President Aoun met the Pope in Beirut. In the afternoon the Pope flies to Rome.')).toEqual(['meeting 2063-03-12']);
    expect(told('2063-03-16', 'On Sunday the Pope meets Patriarch Bartholomew at the Phanar.\n\nIn the afternoon the Pope flies to Beirut.')).toEqual(['meeting 2063-03-18']);
    expect(told('2063-03-16', 'On Sunday the Pope meets Patriarch Bartholomew at the Phanar. In 2019 the Pope visited Abu Dhabi, and in the afternoon he flies to Beirut.')).toEqual(['meeting 2063-03-18', 'other 2019']);
  });
});
