import { describe, expect, it } from 'vitest';
import { HELD_AGAIN, PLANNED_AGAIN } from './lifecycle-words.ts';

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
