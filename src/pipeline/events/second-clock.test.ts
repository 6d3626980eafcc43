import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day". */
const dated = (published: string, body: string): string[] => extractOne(published, `${body}\n`).candidates.map((c) => `${c.kind} ${c.date.value}`);

// Thursday 28 March 2058: the Tuesday before it is the 26th, the Wednesday the 27th.
const PUBLISHED = '2058-03-28';

describe('one moment told in two clocks', () => {
  it('keeps the first clock’s day when the second falls on another', () => {
    // A wire story: the second clock in a relative clause.
    expect(dated(PUBLISHED, 'The leaders of Estmark and Vell spoke by phone at 1 a.m. on Wednesday in Orsa, which was 6 p.m. on Tuesday in Washington.')).toEqual(['call 2058-03-27']);
    // A readout: the second clock in brackets.
    expect(dated(PUBLISHED, 'Prime Minister Ana Ruiz and President Tomas Kral signed the accord at 12:30 a.m. on Wednesday in Tokyo (11:30 a.m. on Tuesday in New York).')).toEqual(['other 2058-03-27']);
    // A local paper: the first clock told by its zone, the second after a comma.
    expect(dated(PUBLISHED, 'The two foreign ministers met in Orsa at 1 a.m. on Wednesday local time, 7 p.m. on Tuesday in New York.')).toEqual(['meeting 2058-03-27']);
  });

  it('reads a day written after a place’s zone as the clock’s, in one sentence', () => {
    expect(dated(PUBLISHED, 'Ana Ruiz spoke by phone with Tomas Kral at 11 p.m. Kyiv time on Tuesday, 4 p.m. in Washington.')).toEqual(['call 2058-03-26']);
  });

  it('leaves two clocks of two happenings alone', () => {
    expect(dated(PUBLISHED, 'Ana Ruiz met Tomas Kral in Orsa at 9 a.m. on Tuesday, and at 6 p.m. on Wednesday she spoke by phone with the Vell president.')).toEqual(['meeting 2058-03-26', 'call 2058-03-27']);
  });
});
