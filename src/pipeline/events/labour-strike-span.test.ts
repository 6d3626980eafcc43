// A labour strike told by its length and its end ("a five-day strike … until 7am on Wednesday") is the span it runs.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a labour strike counted in days runs to the day its "until" names', () => {
  it.each([
    ['Bus drivers in Orsk began a three-day strike at 6am on Monday that runs until 6am on Thursday.', '2058-03-11/2058-03-14'],
    ['Nurses at Lusk General walked out at 8am today, at the start of a four-day strike that lasts until 8am on Sunday.', '2058-03-13/2058-03-17'],
    ['Teachers across Velsia began a five-day strike on Monday.', '2058-03-11/2058-03-15'],
  ])('%s', (body, span) => {
    expect(found(body)).toEqual([['other', 'Strike', span]]);
  });

  it('a happening told again after its length ends where it was first told', () => {
    expect(found('Ana Ruiz landed back in Lusk on Monday evening after a six-day journey to Orsk.').map(([, , day]) => day)).not.toContain('2058-03-11/2058-03-16');
  });

  it('an end further on than the day after the count is no correction of it', () => {
    expect(found('Dockers began a two-day strike on Monday, and talks will go on until Friday.').filter(([, noun]) => noun === 'Strike').map(([, , day]) => day)).toEqual(['2058-03-11/2058-03-12']);
  });
});
