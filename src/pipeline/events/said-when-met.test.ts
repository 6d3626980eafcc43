// A saying dated by the meeting with the press it was said at (own-corpus-22's new MP "said when the Weekly caught up with him at a
// coffee shop on Monday", in sentences written here): the day the speaker was met is the statement's. Friday 2058-03-15 is the papers' day.
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

const statements = (body: string) => readOne('2058-03-15', `${body}\n`).candidates.filter((c) => c.kind === 'statement').map((c) => [c.date.value, c.participants]);

describe('a saying told with the day its speaker was met', () => {
  it('is a statement of that day', () => {
    expect(statements('"The harbour needs a second berth," Peskov said when the Courier caught up with him at a café in Orsk on Wednesday.')).toEqual([['2058-03-13', ['dmitry-peskov']]]);
    expect(statements('Peskov told us when we reached him by phone on Tuesday that the berth would be built.')).toEqual([['2058-03-12', ['dmitry-peskov']]]);
    expect(statements('Zelensky said when reporters spoke to him outside the station on Monday that the line was safe.')).toEqual([['2058-03-11', ['volodymyr-zelenskyy']]]);
  });

  it('is none told with a day that is not when its speaker was met', () => {
    expect(statements('Peskov said when the talks ended on Wednesday nothing had changed.')).toEqual([]);
  });
});
