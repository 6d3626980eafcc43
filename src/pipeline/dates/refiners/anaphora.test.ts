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

// A season counted from the date last named ("The following spring"), as "the following year" is:
// the first such season begun after that date, not the one after the day of writing.
describe('a season counted from the date last named', () => {
  it.each([
    ['The quarry at Ostrel closed in 1983. The following spring its workers opened a cooperative.', '1999-06-02', 'The following spring', '1984-SP'],
    ['The ferry sank on Aug. 9, 1971, off Tarrow Point. The next spring divers raised her bell.', '1999-06-02', 'The next spring', '1972-SP'],
    ['The bridge at Lume was finished in March 1961, and the following summer the lower valley flooded.', '1999-06-02', 'the following summer', '1961-SU'],
    ['Velda Harrow was hired in the spring of 1968. She was let go the following fall.', '1999-06-02', 'the following fall', '1968-FA'],
    ['The dam at Corvel burst in May 1953. The previous winter had been the wettest on record.', '1999-06-02', 'The previous winter', '1952-WI'],
    // Winter runs over the new year: a January or February date is in the winter begun the December before (1990-WI), so the previous one is 1989-WI.
    ['The mill at Harrowby burned in January 1991. The previous winter had been dry.', '1999-06-02', 'The previous winter', '1989-WI'],
    ['The pier at Solm gave way on Feb. 12, 1987. The previous winter it had stood through worse storms.', '1999-06-02', 'The previous winter', '1985-WI'],
    ['The ferry at Kell stopped in March 1975. The previous winter had closed the strait.', '1999-06-02', 'The previous winter', '1974-WI'],
    ['The road over Dunmere Pass was opened in December 1964. The previous winter had closed it for good.', '1999-06-02', 'The previous winter', '1963-WI'],
    ['The mill at Harrowby burned in January 1991. The following winter it was rebuilt.', '1999-06-02', 'The following winter', '1991-WI'],
  ])('%s', (text, ref, finds, value) => {
    const found = findTemporalExpressions(text, ref).find((e) => e.text === finds);
    expect(found?.value).toBe(value);
  });

  it('leaves "that summer" to the season rule and says nothing with no date before it', () => {
    expect(findTemporalExpressions('In 1940 the city fell. That summer the army returned.', '1998-11-20').map((e) => e.value)).toEqual(['1940', '1940-SU']);
    expect(findTemporalExpressions('Prices rose the following spring.', '1998-11-20').map((e) => e.text)).toEqual([]);
  });
});
