// A verbless phrase closing the sentence after a clause of time goes on describing that clause's happening, so its date is not the main
// act's: "would resign … after her party lost its majority in both houses, the upper house in January" leaves the resignation without January.
// A tail with a verb of its own is a clause of its own, whose day is read as before. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead } from '../../../tests/support/pipeline.ts';
import { inOtherClause, segmentClauses } from './sentence-clauses.ts';

describe('the tail of a clause of time', () => {
  it('dates nothing of the main clause', () => {
    const found = kindsNounsAndDaysRead('Ilse Marbach announced on 7 March that she would resign as party leader after her party lost its majority in both houses of parliament, the upper house in January.');
    expect(found.filter(([, noun]) => noun === 'Resignation')).toEqual([]);
    expect(found).toContainEqual(['statement', null, '2058-03-07']);
  });

  it('but a tail with a verb of its own is a clause of its own', () => {
    const text = 'Ilse Marbach resigned as party leader after her party lost the vote, the chairman said on Monday.';
    const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    expect(inOtherClause(segmentClauses(text), span('on Monday'), span('resigned'))).toBe(false);
    const tail = 'Ilse Marbach resigned as party leader after her party lost the vote, the upper house in January.';
    expect(inOtherClause(segmentClauses(tail), { start: tail.indexOf('in January'), end: tail.length - 1 }, { start: 13, end: 21 })).toBe(true);
  });
});
