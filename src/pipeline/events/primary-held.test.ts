// A party's primary held or gone ahead with is the party's vote of its day, done or ahead (issue #8: acts of bodies no kinds row read);
// a primary won is a result, not the vote held, and one not held is none.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { mayMatch, TRIGGERS } from './triggers.ts';

// Wednesday 13 March 2058: Sunday the 10th, Tuesday the 12th.
const primaries = (body: string) => found(body).filter(([, noun]) => noun === 'Primary');

describe('a party’s primary held', () => {
  it.each([
    ['On Sunday the Velsian Greens went ahead with their primary.', '2058-03-10'],
    ['The Lusk Labour party held its presidential primary on Tuesday.', '2058-03-12'],
    ['The party’s primary was held on Sunday in forty towns.', '2058-03-10'],
    ['The opposition will go ahead with its primary on Sunday, its leader said.', '2058-03-17'],
    ['Democrats in Kessel hold their primary on Friday.', '2058-03-15'],
    ['The Velsian Greens held their primary vote on Tuesday.', '2058-03-12'],
    ['The two parties held their primaries, with turnout low, on Sunday.', '2058-03-10'],
  ])('%s', (body, day) => {
    expect(primaries(body)).toEqual([['other', 'Primary', day]]);
  });

  it('but not one won, one not held, nor one with no day', () => {
    for (const body of ['Ana Ruiz won the Labour primary on Tuesday.', 'The party did not hold its primary on Sunday.', 'The party holds its primary every four years.']) {
      expect(primaries(body), body).toEqual([]);
    }
  });

  it('nor "primary" the adjective, qualifying another noun', () => {
    for (const body of ['The charity held its primary school fair on Saturday.', 'The clinic staged its primary care open day on Saturday.', 'The board held a primary source workshop on Monday.']) {
      expect(primaries(body), body).toEqual([]);
    }
  });

  it('is tried only on a sentence with "primary" in it, not on every one with "held"', () => {
    const row = TRIGGERS.findIndex((rule) => rule.noun === 'Primary');
    expect(mayMatch(row, 'The party held its congress in Lusk on Sunday.')).toBe(false);
    expect(mayMatch(row, 'The party held its primary on Sunday.')).toBe(true);
  });

  it('told ahead by one report and as done by the next, the party named in one of them, is one primary', () => {
    const events = timelineWithoutGazetteer([
      article('p1', '2058-03-06', 'The leader said the party would go ahead with its primary on Sunday, when Ana Ruiz is the only candidate.\n'),
      article('p2', '2058-03-11', 'A court in Lusk jailed two of its mayors on Sunday.\n\nThe mood was grim. The same day, the Velsian Greens went ahead with their primary.\n'),
    ]).events.filter((e) => e.kind === 'other' && e.sources.length > 0 && /primary/i.test(e.title));
    expect(events.map((e) => [e.date.value, e.status, e.sources.length])).toEqual([['2058-03-10', 'occurred', 2]]);
  });
});
