// A saying heard by the writer alone ("He told me in Halle last month …", "said to me over lunch on Friday"): a column's own anecdote,
// no statement of the day's news; one told to the press, or in an interview the writer held, stays a statement.
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

const statements = (body: string) =>
  readOne('2058-03-15', `${body}\n`).candidates.filter((c) => c.kind === 'statement').map((c) => [c.date.value, c.participants]);

describe('a saying told to the writer', () => {
  it('is no statement, the speaker a pronoun or a name', () => {
    expect(statements('Zelensky has changed since the spring. He told me in Kyiv last month that he no longer slept.')).toEqual([]);
    expect(statements('Few know Putin well. Putin told me on Tuesday that the garden was his.')).toEqual([]);
    expect(statements('Witkoff is a patient man. On Friday he said to me that patience was a tactic.')).toEqual([]);
    expect(statements('Witkoff is a patient man. Last week Witkoff told me that patience was a tactic.')).toEqual([]);
    expect(statements('Zelensky smiled. Zelensky told me yesterday that the cold had passed.')).toEqual([]);
  });

  it('leaves a saying to the press or in the writer\'s interview a statement', () => {
    expect(statements('Zelensky has changed since the spring. He told reporters in Kyiv on Tuesday that he no longer slept.')).toEqual([['2058-03-12', ['volodymyr-zelenskyy']]]);
    expect(statements('Zelensky has changed since the spring. He told me in an interview on Tuesday that the front was holding.')).toEqual([['2058-03-12', ['volodymyr-zelenskyy']]]);
  });
});
