import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day"; undated reports as "kind undated". */
const told = (published: string, text: string): string[] => {
  const { candidates, undated } = extractOne(published, `${text}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value}`), ...undated.map((u) => `${u.kind} undated`)];
};

// Thursday 16 March 2062: Monday the 13th, Tuesday the 14th.
describe('a host receiving visitors in a building of state', () => {
  it('is a meeting with the building between the participle and the host', () => {
    expect(told('2062-03-16', 'The two envoys were received at the Presidential Palace by President Ana Rell on Tuesday.')).toEqual(['meeting 2062-03-14']);
    expect(told('2062-03-16', 'Foreign Minister Ivo Sand was welcomed in the Kremlin by President Lev Orlov on Monday.')).toEqual(['meeting 2062-03-13']);
  });

  it('is a meeting with the town the visitor was welcomed to, its day not taken by a second predicate of the visitor ("and addressed …")', () => {
    expect(told('2062-03-16', 'President Ana Rell was welcomed to Orsk by King Otto on Tuesday and addressed both houses of parliament the same afternoon.')).toEqual(['meeting 2062-03-14']);
  });

  it('is a meeting when the host "had" them in a room of state', () => {
    expect(told('2062-03-16', 'On Monday evening Premier Vera Kos had the two ministers at the Blue Palace.')).toEqual(['meeting 2062-03-13']);
    expect(told('2062-03-16', 'President Ana Rell had them in the Oval Office on Tuesday, aides said.')).toContain('meeting 2062-03-14');
  });

  it('is no meeting when what is had is a thought or a place of no state', () => {
    expect(told('2062-03-16', 'The minister had them in mind when she spoke in Lusk on Monday.').filter((e) => e.startsWith('meeting'))).toEqual([]);
    expect(told('2062-03-16', 'The coach had them in the gym on Monday.').filter((e) => e.startsWith('meeting'))).toEqual([]);
  });
});

describe('a host receiving visitors told ahead', () => {
  it('is a planned meeting beside the other acts of its sentence', () => {
    expect(told('2062-03-16', 'On Friday the Pope will be received by President Ana Rell in Lusk and will lay a wreath at the war memorial.')).toEqual(['meeting 2062-03-17', 'other 2062-03-17']);
    expect(told('2062-03-16', 'Premier Vera Kos is to be hosted by King Ivo at the Blue Palace on Friday.')).toEqual(['meeting 2062-03-17']);
  });

  it('is no meeting when what is welcomed is a plan and those who welcome it no host', () => {
    expect(told('2062-03-16', 'The plan will be welcomed by investors on Friday.')).toEqual([]);
  });
});

describe('a clause opened by the ceremony just told or by a short lapse after it', () => {
  it('takes the day of the act or event told before', () => {
    expect(told('2062-03-16', 'The two ministers signed the accord in Lusk on Tuesday. After the ceremony, they were received at the Presidential Palace by President Ana Rell.')).toEqual(['other 2062-03-14', 'meeting 2062-03-14']);
    expect(told('2062-03-16', 'The two ministers signed the accord in Lusk on Monday. Hours later Premier Vera Kos had them at Government House.')).toEqual(['other 2062-03-13', 'meeting 2062-03-13']);
  });

  it('takes no day from a plan told before', () => {
    expect(told('2062-03-16', 'The two ministers will sign the accord in Lusk on Friday. After the ceremony, they will be received by President Ana Rell.')).not.toContain('meeting 2062-03-17');
  });
});
