// A day that bounds a stretch up to now through the happening it dates ("the highest since the
// referendum of Thursday, May 1", "its first loss since the derby on Saturday") is no day the
// story is at, as one right after "since" is not: a later "that night" keeps the story's day.
// Thursday 12 June 2031 is the day of the news.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const REF = '2031-06-12';
const valueOf = (text: string, fragment: string) => findTemporalExpressions(text, REF).find((t) => t.text === fragment)?.value;

describe('a day after "since the <happening> of"', () => {
  it('lends no day to a later part of the day', () => {
    expect(valueOf('Polls closed at 8 p.m. on Sunday. Turnout was the highest since the referendum of Thursday, May 1. Her rival conceded that night.', 'that night')).toBe('2031-06-08TNI');
    expect(valueOf('Rovers lost at home on Tuesday, their first defeat since the derby on May 24. The manager resigned that evening.', 'that evening')).toBe('2031-06-10TEV');
  });

  it('while a day the story moves to still does', () => {
    expect(valueOf('Polls closed on Sunday, the first vote since the referendum of May 1. The count ended on Tuesday. Her rival conceded that night.', 'that night')).toBe('2031-06-10TNI');
  });
});
