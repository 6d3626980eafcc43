import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day: participants". */
const told = (published: string, text: string): string[] => extractOne(published, `${text}\n`).candidates.map((c) => `${c.kind} ${c.date.value}: ${c.participants.join(' ')}`);

// Thursday 16 March 2062: Sunday the 12th, Monday the 13th, Tuesday the 14th.
describe('a text of saying issued on a day told before its verb', () => {
  it('is a statement of that day when the day opens the sentence', () => {
    expect(told('2062-03-16', 'On Monday evening Putin issued a joint statement with the Chinese leader.')).toEqual(['statement 2062-03-13: vladimir-putin']);
    expect(told('2062-03-16', 'Late on Sunday Zelenskyy issued an urgent warning to the regions near the front.')).toEqual(['statement 2062-03-12: volodymyr-zelenskyy']);
  });

  it('is a statement of that day when the day stands between the speaker and the verb', () => {
    expect(told('2062-03-16', 'Trump on Tuesday issued a short statement about the border.')).toEqual(['statement 2062-03-14: donald-trump']);
    expect(told('2062-03-16', 'Peskov on Monday issued a readout that named no date.')).toEqual(['statement 2062-03-13: dmitry-peskov']);
  });

  // A decree issued is still its doer's act of the day (acts-of-named-doers.ts), of kind other: only no saying.
  it('is no statement when what was issued is no text of saying', () => {
    const statements = (text: string): string[] => told('2062-03-16', text).filter((c) => c.startsWith('statement'));
    expect(statements('On Monday Putin issued a decree on the army.')).toEqual([]);
    expect(statements('Zelenskyy on Tuesday issued new passports to the returning soldiers.')).toEqual([]);
  });
});
