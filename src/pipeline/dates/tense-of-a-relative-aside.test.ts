// A fronted day takes its sentence's tense; the verb of a relative clause set off by a comma tells of the noun before it, not of that day.
// Sunday 23 November 2059 is the day of the news.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';
import { tenseAt } from './tense.ts';

const tenseOf = (text: string, fragment: string) => tenseAt(text, text.indexOf(fragment), text.indexOf(fragment) + fragment.length);
const dayOf = (text: string, fragment: string) => findTemporalExpressions(text, '2059-11-23').find((t) => t.text === fragment)?.date?.value;

describe('a fronted day beside a relative clause in another tense', () => {
  it('takes no tense from the relative clause’s verb', () => {
    expect(tenseOf('On Tuesday the bishop stops at the harbour of Lusk, where the fire killed nine dockers.', 'Tuesday')).toBeUndefined();
    expect(tenseOf('On Friday the envoy meets the council, whose members were elected in May.', 'Friday')).toBe('future');
  });

  it('is read as the programme’s day, not the day gone by', () => {
    expect(dayOf('On Tuesday the bishop stops at the harbour of Lusk, where the fire of 4 August 2051 killed nine dockers.', 'Tuesday')).toBe('2059-11-25');
  });

  it('still takes the tense of the main clause’s verb, and of a relative clause that holds it', () => {
    expect(tenseOf('On Tuesday the bishop, who was born in Lusk, stopped at the harbour.', 'Tuesday')).toBe('past');
    expect(tenseOf('The harbour, where the bishop stopped on Tuesday, is closed.', 'Tuesday')).toBe('past');
  });
});
