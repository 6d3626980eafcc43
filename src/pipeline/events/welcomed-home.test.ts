// Someone welcomed home by the public (at an airport with no host named, by a crowd, with a hero's welcome) is a happening of its day, told ahead or
// done, one noun so that the two reports merge; a visitor welcomed at the airport by a host is the visit's arrival. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

describe('a welcome home', () => {
  it('is told ahead or done, at an airport, by a crowd, or as a hero’s welcome', () => {
    expect(kindsNounsAndDays('The broadcaster says the singer will be welcomed at Lusk airport tomorrow afternoon.')).toEqual([['other', 'Welcome home', '2058-03-14']]);
    expect(kindsNounsAndDays('On Monday the skater came home to a crowd of cheering fans in Kessel.')).toEqual([['other', 'Welcome home', '2058-03-11']]);
    expect(kindsNounsAndDays('The rowing crew was welcomed home by thousands on Sunday.')).toEqual([['other', 'Welcome home', '2058-03-10']]);
    expect(kindsNounsAndDays('The climbers returned home to a hero’s welcome on Tuesday.')).toEqual([['other', 'Welcome home', '2058-03-12']]);
  });

  it('is no homecoming when a host welcomes a visitor at the airport', () => {
    expect(kindsNounsAndDays('President Anton Velic was welcomed at the airport by the foreign minister on Monday.')).not.toContainEqual(expect.arrayContaining(['Welcome home']));
    expect(kindsNounsAndDays('The Kessian premier was welcomed at Lusk airport on Monday with a guard of honour.')).not.toContainEqual(expect.arrayContaining(['Welcome home']));
    expect(kindsNounsAndDays('The Orsk president was welcomed at Kessel airport on Friday at the start of a state visit.')).not.toContainEqual(expect.arrayContaining(['Welcome home']));
    expect(kindsNounsAndDays('The delegation was welcomed at Lusk airport on Tuesday with a red carpet.')).not.toContainEqual(expect.arrayContaining(['Welcome home']));
  });
});
