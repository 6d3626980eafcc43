import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: one outlet dates a happening to its day and names who took part; another, days later,
// tells it by its week alone and names no one ("broke down last week").
const daily = article(
  'daily',
  '2061-07-22',
  'Nurses at the Harlow infirmary walked out at 7am today after last-ditch talks between the union and Health Secretary Dana Pell collapsed on Wednesday.\n',
);
const release = article('release', '2061-07-27', 'Nurses walked out after talks with the Department of Health broke down last week, and the union says it is ready to return.\n');

describe('a report of a week naming no one', () => {
  it('is the one event of its kind dated to a day of that week', () => {
    const timeline = timelineWithoutGazetteer([daily, release]);
    const talks = reportedIn(timeline, 'release', 'talks');
    expect(talks.map((e) => e.date.value)).toEqual(['2061-07-20']);
    expect(talks).toEqual(reportedIn(timeline, 'daily', 'talks'));
  });

  it('joins neither of two such events of its week', () => {
    const wire = article('wire', '2061-07-22', 'Teachers in Lusk staged a walkout after talks between their union and Education Secretary Rolf Marr failed on Monday.\n');
    const timeline = timelineWithoutGazetteer([daily, wire, release]);
    const ofTheWeek = reportedIn(timeline, 'release', 'talks');
    expect(ofTheWeek.map((e) => e.sources.length)).toEqual([1]);
  });

  it('is no event of its kind dated outside its week', () => {
    const earlier = article('earlier', '2061-07-15', 'Talks between the union and Health Secretary Dana Pell ended without a deal on Tuesday.\n');
    const timeline = timelineWithoutGazetteer([earlier, release]);
    expect(reportedIn(timeline, 'release', 'talks').map((e) => e.sources.length)).toEqual([1]);
  });

  it('is no event of another kind of its week', () => {
    const meeting = article('meeting', '2061-07-22', 'Health Secretary Dana Pell met hospital chiefs in Harlow on Wednesday.\n');
    const timeline = timelineWithoutGazetteer([meeting, release]);
    expect(reportedIn(timeline, 'release', 'talks').map((e) => e.sources.length)).toEqual([1]);
  });
});
