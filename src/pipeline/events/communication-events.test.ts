// How institutions speak away from diplomacy, told as the occasion they hold: a call or an update for their investors (a statement of its day,
// whether or not the company is named), a town hall or a debrief for staff or the public (a meeting), a speech to a gathering (a statement).
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const found = (body: string): [string, string, string][] =>
  readOne('2058-03-13', `${body}\n`).candidates.map((c) => [c.kind, c.date.value, c.status]);

describe('a call or an update a company holds for its investors', () => {
  it.each([
    'Kessel Rail and Lusk Freight will hold a joint conference call for investors and analysts today at 8:30 a.m.',
    'The company held an earnings call on Wednesday.',
    'Analysts pressed the chief executive on costs during Wednesday’s investor call.',
    'Kessel Rail gave investors its first merger update on Wednesday.',
  ])('is a statement of its day, no phone call: %s', (body) => {
    expect(found(body)).toEqual([['statement', '2058-03-13', expect.any(String)]]);
  });

  it('is a plan when told ahead', () => {
    expect(found('The company will hold an earnings call on Friday.')).toEqual([['statement', '2058-03-15', 'planned']]);
  });

  it('but a call for investors to do something is an appeal, and leaders’ conference call is a call', () => {
    expect(found('The minister issued a call for investors to return to the market.').filter(([kind]) => kind === 'call')).toEqual([]);
    expect(found('The two presidents held a conference call with Chancellor Weber on Wednesday.')).toEqual([['call', '2058-03-13', 'occurred']]);
  });
});

describe('a town hall or a debrief a body holds', () => {
  it.each([
    ['Lusk Freight holds a town hall for employees in Kessel on Friday.', '2058-03-15', 'planned'],
    ['The county’s civil defence agency will hold a public debrief at the Orsk centre next Wednesday at 6 p.m.', '2058-03-20', 'planned'],
    ['The union hosted a town-hall meeting for drivers on Monday.', '2058-03-11', 'occurred'],
  ])('is a meeting of its day: %s', (body, day, status) => {
    expect(found(body)).toEqual([['meeting', day, status]]);
  });

  it('but a town hall that is a building holds nothing', () => {
    expect(found('The town hall reopened on Monday after repairs.')).toEqual([]);
  });
});

describe('a speech to a gathering told by speaking to it', () => {
  it.each([
    ['The regulator’s chairman, Ivo Marr, speaks to a shippers’ conference in Kessel on Thursday.', '2058-03-14', 'planned'],
    ['President Ivo Marr spoke at the Baltic forum in Lusk on Monday.', '2058-03-11', 'occurred'],
    ['President Ivo Marr spoke to supporters at a hall in Lusk early this morning, well after midnight.', '2058-03-13', 'occurred'],
    ['Ivo Marr addressed his supporters in Kessel on Monday evening.', '2058-03-11', 'occurred'],
  ])('is a statement of its day: %s', (body, day, status) => {
    expect(found(body)).toEqual([['statement', day, status]]);
  });

  it('but not one told as given "before" it, which would be dated as a time before its day', () => {
    expect(found('President Ivo Marr spoke before a conference of shippers on Tuesday.')).toEqual([]);
  });
});
