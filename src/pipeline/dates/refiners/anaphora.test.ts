import { ParsingContext, type ParsingResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { parseReferenceDay } from '../calendar.ts';
import { datelineChrono } from '../chrono.ts';
import { documentOption } from '../document.ts';
import { findTemporalExpressions } from '../index.ts';
import { anaphoraRefiner } from './anaphora.ts';

// A paragraph's dates are read again with each sentence after them: the refiner reads them as
// antecedents only for an anaphor that follows, and hands back a text's results untouched when
// none is one.
describe('the anaphora refiner', () => {
  const reference = { instant: new Date('2026-03-05T12:00:00Z'), timezone: 0 };
  const option = documentOption({ reference: parseReferenceDay('2026-03-05') });
  const resultsOf = (text: string) => datelineChrono.parse(text, reference, option) as ParsingResult[];

  it.each(['Talks resumed on Friday in Geneva, a day after the ceasefire of March 3.', 'The minister said on Tuesday that the vote would be held in May 2027.'])(
    'gives back the results of a text with no anaphor as they are: %s',
    (text) => {
      const results = resultsOf(text);
      expect(results.length).toBeGreaterThan(0);
      expect(anaphoraRefiner.refine(new ParsingContext(text, reference, option), results)).toBe(results);
    },
  );

  it('still reads an anaphor against the date before it', () => {
    const text = 'The envoys met on March 3. They met again the following day.';
    expect(findTemporalExpressions(text, '2026-03-05').map((e) => [e.text, e.value])).toEqual([
      ['March 3', '2026-03-03'],
      ['the following day', '2026-03-04'],
    ]);
  });
});
