// A saying told by what its speaker made of something ("criticised the ruling", "praised the rescuers", "welcomed the decision"), by a body
// named before it or a group of people who speak as one side ("Several players", "Researchers at the institute"): a statement of the day
// beside its verb, also a day told before the verb ("The Tenants' League today welcomed …"). A welcome of someone received is no saying,
// and a group that only comments on the news ("Analysts") is no speaker; nor is a hailing of a taxi, or a welcome whose decision or text only
// modifies its head ("welcomed the news crews"), nor a day after the object's own premiere ("praised the film at its premiere on Friday").
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const statementsOf = (body: string): string[] =>
  readOne('2058-03-13', `${body}\n`)
    .candidates.filter((c) => c.kind === 'statement')
    .map((c) => c.date.value);

describe('a verb of judging', () => {
  it.each([
    ['Several players criticised the ruling on Sunday.', '2058-03-10'],
    ['Researchers at the Ostvik institute praised the rescue crews on Monday.', '2058-03-11'],
    ['The Dorrel Tenants Union today welcomed the decision of the city council to freeze rents.', '2058-03-13'],
    ['The Dorrel Tenants Union on Tuesday hailed the vote as a turning point.', '2058-03-12'],
  ])('is a statement of its day: %s', (body, day) => {
    expect(statementsOf(body)).toEqual([day]);
  });

  it('but a welcome of someone is no saying, nor is a comment by a group of no side', () => {
    expect(statementsOf('The Dorrel Tenants Union on Tuesday welcomed the visitors from Varnholt.')).toEqual([]);
    expect(statementsOf('Analysts criticised the ruling on Sunday.')).toEqual([]);
  });

  it.each([
    'The Dorrel Tenants Union hailed a taxi on Friday night.',
    'The Dorrel Tenants Union welcomed the news crews on Monday.',
    'The Dorrel Tenants Union welcomed the bill\'s sponsors on Monday.',
  ])('nor a hailing or a welcome whose object is no decision or text, whatever noun modifies it: %s', (body) => {
    expect(statementsOf(body)).toEqual([]);
  });

  it('nor is a day after the object\'s own premiere the day of what was said of it', () => {
    expect(statementsOf('The Dorrel Tenants Union praised the film at its premiere on Friday.')).not.toContain('2058-03-08');
    expect(statementsOf('The Dorrel Tenants Union criticised the mayor at his rally on Friday.')).toEqual(['2058-03-08']);
  });

  it('while a welcome of a text, or a hailing of a thing as something, stays a saying', () => {
    expect(statementsOf('The Dorrel Tenants Union welcomed the news on Monday.')).toEqual(['2058-03-11']);
    expect(statementsOf('The Dorrel Tenants Union hailed the freeze as a victory on Monday.')).toEqual(['2058-03-11']);
  });
});
