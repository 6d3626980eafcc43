import { describe, expect, it } from 'vitest';
import { HELD_AGAIN, NEXT_OF_ITS_DAY, PLANNED_AGAIN } from './lifecycle-words.ts';

describe('a session after an earlier one', () => {
  it('is planned with its own verb, "see" among them, past a dotted name', () => {
    expect(PLANNED_AGAIN.test('The Russian delegation was due to see the U.S. side again on Dec. 21')).toBe(true);
    expect(PLANNED_AGAIN.test('The ministers will meet again on Friday')).toBe(true);
    expect(PLANNED_AGAIN.test('The ministers will meet on Friday')).toBe(false);
  });

  it('is held with a past verb, and not when only a plan says "again"', () => {
    expect(HELD_AGAIN.test('The envoys saw the U.N. mediator again in Vienna on Tuesday')).toBe(true);
    expect(HELD_AGAIN.test('They met again in Vienna on Tuesday')).toBe(true);
    expect(HELD_AGAIN.test('The talks ended on Tuesday, and they agreed to meet again in June')).toBe(false);
  });
});

describe('a happening told as the next of its day', () => {
  it.each([
    'Later in the day, the minister called on Sultan Haitham bin Tarik',
    'Later, the deputy prime minister called on President Shavkat Mirziyoyev',
    'Subsequently, Ruto was received by the Senate President',
    'On the same day, the guest was received by the President of the Republic',
    'That same day, Wadephul paid a courtesy call on Prime Minister Kim',
    'Hours later he posted a text message from the Chancellor',
  ])('%s', (text) => expect(NEXT_OF_ITS_DAY.test(text)).toBe(true));
  it.each([
    'The ministers met later this month in Geneva',
    'The talks were held on the same day as the summit opened',
    'He arrived on Tuesday and met the president later',
  ])('not: %s', (text) => expect(NEXT_OF_ITS_DAY.test(text)).toBe(false));
});
