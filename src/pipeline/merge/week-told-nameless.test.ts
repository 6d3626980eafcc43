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
    const wire = article('wire', '2061-07-22', 'Midwives in Lusk staged a walkout after talks between their union and Health Minister Rolf Marr failed on Monday.\n');
    const timeline = timelineWithoutGazetteer([daily, wire, release]);
    const ofTheWeek = reportedIn(timeline, 'release', 'talks');
    expect(ofTheWeek.map((e) => e.sources.length)).toEqual([1]);
  });

  it('is the one of two such events whose reports tell a side it names', () => {
    const wire = article('wire', '2061-07-22', 'Teachers in Lusk staged a walkout after talks between their union and Education Secretary Rolf Marr failed on Monday.\n');
    const timeline = timelineWithoutGazetteer([daily, wire, release]);
    expect(reportedIn(timeline, 'release', 'talks')).toEqual(reportedIn(timeline, 'daily', 'talks'));
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

describe('a report of a week naming its sides by their nouns', () => {
  const minister = 'Transport Minister Ivo Lind held talks with the train drivers’ union on Thursday, March 7.\n';
  const sources = (first: string, week: string): number[] => {
    const timeline = timelineWithoutGazetteer([article('first', '2058-03-13', first), article('week', '2058-03-14', week)]);
    return reportedIn(timeline, 'week', 'talks', 'meeting').map((e) => e.sources.length);
  };

  it('is no event of its kind whose reports tell none of them', () => {
    expect(sources('Ana Ruiz held talks with the Orsk Council in Lusk on Tuesday, March 5.\n', 'Talks between the dockers and the port operator broke down last week.\n')).toEqual([1]);
    expect(sources('Mayor Tomas Brek met the Kessel Chamber of Commerce on Wednesday, March 6.\n', 'Farmers met supermarket buyers last week.\n')).toEqual([1]);
    expect(sources(minister, 'Talks with the airline pilots ended without a deal last week.\n')).toEqual([1]);
  });

  it('is the event of its kind whose reports tell one of them, as one naming no side is', () => {
    expect(sources(minister, 'Talks with the train drivers ended without a deal last week.\n')).toEqual([2]);
    expect(sources(minister, 'Talks ended without a deal last week.\n')).toEqual([2]);
  });
});
