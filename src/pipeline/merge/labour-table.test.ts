// A meeting of the two sides of a labour dispute, told by two outlets naming no one, only the sides by their nouns ("Union representatives will meet
// management again on Monday" and "Management and unions met on Monday as planned", own-corpus-20's duplicate, written here in other words): one
// meeting of that day (ties.ts labourTable), as two reports naming the same people would be; two meetings of that day of other tables stay two.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { labourTableOf } from '../events/lexicon.ts';

/** For each event of two reports, the articles it holds. */
const sourcesOf = (first: string, second: string, published = ['2061-06-10', '2061-06-13']): string[][] =>
  timelineWithoutGazetteer([article('first', published[0]!, first), article('second', published[1]!, second)])
    .events.filter((e) => e.kind === 'meeting')
    .map((e) => e.sources.map((s) => s.article).sort())
    .sort();

/** Two outlets' reports of the same Monday, both published on the Wednesday after. */
const ONE_DAY = ['2061-06-15', '2061-06-15'];

const AHEAD = 'Shop stewards will meet the managers again on Monday to settle the timetable for the lay-offs.';

describe('a meeting of a labour table naming no one', () => {
  it('is one when both reports seat the unions and the employer by their nouns', () => {
    expect(sourcesOf(AHEAD, 'Management and the unions met on Monday as planned and agreed the lay-off dates.')).toEqual([['first', 'second']]);
    expect(sourcesOf('Union leaders will meet the bosses on Monday.', 'The employers met union negotiators on Monday and agreed a pay rise.')).toEqual([['first', 'second']]);
  });

  it('is two when one report seats only one side, or the meetings are of other days', () => {
    expect(sourcesOf(AHEAD, 'The unions met on Monday to plan their next step.')).toEqual([['first'], ['second']]);
    expect(sourcesOf(AHEAD, 'Management and the unions met on Tuesday as planned and agreed the lay-off dates.')).toEqual([['first'], ['second']]);
  });

  it('is two when one report is a meeting of one side that names the other in passing', () => {
    expect(sourcesOf("The union executive met on Monday to plan its response to the employers' offer.", 'Union negotiators and management met on Monday for six hours.', ONE_DAY)).toEqual([['first'], ['second']]);
    expect(sourcesOf("Ward managers met on Monday to prepare for the walkout called by the nurses' union.", 'Union leaders met the employers on Monday.', ONE_DAY)).toEqual([['first'], ['second']]);
  });
});

describe('the sides a meeting seats', () => {
  it.each([
    ['Union negotiators and management met on Monday for six hours.', 'unions+management'],
    ['Its managers met the unions on Monday.', 'unions+management'],
    ['Fund managers met Northland Union officials on Monday.', undefined],
    ['Crisis management teams met on Monday after the union vote.', undefined],
    ["The union executive met on Monday to plan its response to the employers' offer.", undefined],
  ])('%s', (text, table) => {
    expect(labourTableOf(text)).toBe(table);
  });
});
