// A candidate out of a race by their own act is a happening of its day (issue #8: an election's acts no kinds row read), whatever the race:
// a presidency, a mayoralty, a party's leadership. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const withdrawals = (body: string) => found(body).filter(([, noun]) => noun === 'Withdrawal from the race');

describe('a candidate out of the race', () => {
  it.each([
    ['The Liberal candidate, Noor Haddad, withdrew from the race on 2 March but stayed on the ballot.', '2058-03-02'],
    ['Ana Ruiz pulled out of the mayoral contest on Monday.', '2058-03-11'],
    ['The senator dropped out of the leadership race on Tuesday, endorsing her rival.', '2058-03-12'],
    ['Tomas Brennan quit the race for governor on Friday.', '2058-03-08'],
    ['Lund withdrew her candidacy on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(withdrawals(body)).toEqual([['other', 'Withdrawal from the race', day]]);
  });

  it('but not one only threatened, a runner withdrawn by others, nor an arms race left', () => {
    expect(withdrawals('He threatened to pull out of the race on Monday.')).toEqual([]);
    expect(withdrawals('The favourite was withdrawn from the race on Monday with a leg injury.')).toEqual([]);
    expect(withdrawals('The country pulled out of the arms race on Monday.')).toEqual([]);
  });

  it('nor one only asked of the candidate by calls, pressure or those who urge it', () => {
    expect(withdrawals('Lund rejected calls on Monday to quit the race.')).toEqual([]);
    expect(withdrawals('Lund resisted pressure on Monday to pull out of the race.')).toEqual([]);
    expect(withdrawals('Party elders urged the senator on Tuesday to withdraw from the contest.')).toEqual([]);
    expect(withdrawals('She shrugged off demands from her own party to drop out of the primary.')).toEqual([]);
  });

  it('but one who gives in to the calls leaves the race', () => {
    expect(withdrawals('Lund bowed to pressure on Monday to quit the race.')).toEqual([['other', 'Withdrawal from the race', '2058-03-11']]);
    expect(withdrawals('On Friday the mayor gave in to calls to withdraw from the race.')).toEqual([['other', 'Withdrawal from the race', '2058-03-08']]);
  });
});
