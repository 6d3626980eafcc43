// A rating agency's decision on a state's rating (issue #8 class 5, "Fitch cut France's rating"): a happening of kind other of its day,
// done or ahead, whatever the review decides; a rating only feared, with no agency acting, is none.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

describe('a rating agency’s decision is a happening of its day', () => {
  it.each([
    ['Moody’s downgraded Velsland’s sovereign credit rating on Tuesday.', '2058-03-12'],
    ['S&P affirmed Velsland’s AAA rating on Monday.', '2058-03-11'],
    ['On Friday the ratings agency Fitch delivers its verdict on Estmark’s debt.', '2058-03-15'],
    ['The unions rest on Thursday, and on Friday Fitch may well lower Estmark’s rating.', '2058-03-15'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Rating decision', day]);
  });

  it('titled by the agency and whose rating it is', () => {
    const titles = timelineWithoutGazetteer([article('r1', '2058-03-13', 'Moody’s downgraded Velsland’s sovereign credit rating on Tuesday.')]).events.map((e) => e.title);
    expect(titles).toEqual(['Moody’s rating decision on Velsland']);
  });
});

describe('but no rating decision is told', () => {
  it.each(['Estmark’s rating could be cut on Friday.', 'Investors fear a downgrade on Friday.', 'Fitch said on Monday that the bank’s profits rose.'])('%s', (body) => {
    expect(found(body).map(([, noun]) => noun)).not.toContain('Rating decision');
  });
});
