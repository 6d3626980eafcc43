// "every day but Sunday", "daily except Monday": the weekday is the habit's gap, no day of the story
// (veto 'the day a repetition leaves out'). Found as a day, it was read as the Sunday or Monday
// before the news and gave a clock told after it that day. Wednesday 24 September 2025 is the news day.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const texts = (text: string) => findTemporalExpressions(text, '2025-09-24').map((t) => t.text);
const valueOf = (text: string, fragment: string) => findTemporalExpressions(text, '2025-09-24').find((t) => t.text === fragment)?.value;

describe('the day a repetition leaves out', () => {
  it('is no date', () => {
    expect(texts('She has driven the number 9 route every day but Sunday since 2011.')).not.toContain('Sunday');
    expect(texts('The library opens daily except Monday.')).not.toContain('Monday');
    expect(texts('The ferry sails every morning except on Saturday, the operator said.')).not.toContain('Saturday');
    expect(texts('The café is open every day apart from Sunday.')).not.toContain('Sunday');
    expect(texts('The pool is open every day bar Tuesday, when the filters are cleaned.')).not.toContain('Tuesday');
    expect(texts('Meals are served each evening other than Friday.')).not.toContain('Friday');
  });

  it('and moves no clock after it off the day the story told', () => {
    expect(valueOf('On Friday he drove his last bus. He had worked every day but Sunday for years. His shift ended at 6:40 p.m.', '6:40 p.m.')).toBe('2025-09-19T18:40');
  });

  it('while a day after a repetition that is no exception stays a day', () => {
    expect(valueOf('The ferry sails every morning, but on Saturday it broke down.', 'Saturday')).toBe('2025-09-20');
    // "but" joining a clause of that day: the weekday goes on to its own noun or possessive.
    expect(valueOf("He trained every day but Monday's session was cancelled by the storm.", 'Monday')).toBe('2025-09-22');
    expect(valueOf("She ran every morning but Friday's race was called off.", 'Friday')).toBe('2025-09-19');
  });
});
