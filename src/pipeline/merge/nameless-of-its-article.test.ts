import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: an article tells a happening once by its week with its place, once by its day naming
// no one and nowhere. The day's nameless report, met first, makes the event of its day; the week's report is that event.
const wire = article(
  'wire',
  '2061-05-20',
  'VELMAR, May 20 (Test Wire) - Ministers of the coast states gathered in Velmar on Monday for an emergency session called after last week\'s drone strike on the fuel depot in the Velmar port.\n\nThe drone strike on May 12 killed four workers and a harbour guard.\n',
);

describe('a nameless report and a report of its week with a place, in one article', () => {
  it('are one happening, of the nameless report’s day and the other’s place', () => {
    const strikes = reportedIn(timelineWithoutGazetteer([wire]), 'wire', 'strike');
    expect(strikes.map((e) => `${e.date.value} ${e.place?.name ?? ''}`)).toEqual(['2061-05-12 Velmar']);
  });

  it('joins another article’s report of that day naming the place', () => {
    const local = article('local', '2061-05-13', 'A drone strike hit the fuel depot in the Velmar port on Thursday afternoon, killing five people.\n');
    const timeline = timelineWithoutGazetteer([wire, local]);
    expect(reportedIn(timeline, 'local', 'strike')).toEqual(reportedIn(timeline, 'wire', 'strike'));
  });
});
