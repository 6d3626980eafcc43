import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: one outlet tells a verdict by its month and names who gave it; a later one recalls
// it by its noun and its day and names no one the recogniser knows ("the board's acquittal, made public on 20 August").
const wire = article('wire', '2061-03-10', 'The Cycling Integrity Board cleared the sprinter Ilse Marr of doping in August after finding that a cream was to blame.\n');
const notes = (sentence: string): ReturnType<typeof article> => article('notes', '2061-03-14', `${sentence}\n`);

describe('a report of a day naming no one, and an event of its noun told by its month', () => {
  it('are one happening, of the day', () => {
    for (const sentence of [
      "How we got here: the board's acquittal, made public on 20 August, and the agency's appeal a month later.",
      // Notes listing several happenings: another clause's names (Tour of Vellin) are not the day's.
      "Recap: two positive tests for a steroid before the Tour of Vellin; the board's acquittal, made public on 20 August; the agency's appeal to the court.",
      'The acquittal on 20 August was appealed by the agency a month later.',
    ]) {
      const timeline = timelineWithoutGazetteer([wire, notes(sentence)]);
      const verdicts = reportedIn(timeline, 'notes', 'other');
      expect(verdicts.map((e) => `${e.date.value} ${e.sources.length}`), sentence).toEqual(['2060-08-20 2']);
      expect(verdicts).toEqual(reportedIn(timeline, 'wire', 'other'));
    }
  });

  it('are two when the month is another, or the month’s report tells another happening', () => {
    const other = article('other', '2061-03-10', 'The Cycling Integrity Board cleared the sprinter Ilse Marr of doping in July after finding that a cream was to blame.\n');
    const sentenced = article('sentenced', '2061-03-10', 'A court in Vellin sentenced Ilse Marr to two years in August.\n');
    for (const first of [other, sentenced]) {
      const timeline = timelineWithoutGazetteer([first, notes('She has not raced since the acquittal of 20 August.')]);
      expect(reportedIn(timeline, 'notes', 'other').map((e) => e.sources.length), first.id).toEqual([1]);
    }
  });

  it('are two when the day’s report names what the month’s does not: another body’s ruling, another prize', () => {
    for (const sentence of [
      "The Orsk Tribunal's acquittal on 20 August was appealed by the agency.",
      'The Vellin Appeals Court’s acquittal, made public on 20 August, angered the families.',
      'The acquittal on 20 August by the Rowing Ethics Panel was appealed.',
    ]) {
      const timeline = timelineWithoutGazetteer([wire, notes(sentence)]);
      expect(reportedIn(timeline, 'wire', 'other').map((e) => `${e.date.value} ${e.sources.length}`), sentence).toEqual(['2060-08 1']);
    }
    // The review's pair: a prize won in a month, and another prize awarded on one of its days.
    const won = article('won', '2058-09-01', 'Ana Ruiz won the Kessel Prize in August.\n');
    const awarded = article('awarded', '2058-08-25', 'The Orsk Book Award was awarded on 20 August.\n');
    expect(reportedIn(timelineWithoutGazetteer([won, awarded]), 'won', 'other').map((e) => e.sources.length)).toEqual([1]);
  });

  it('are one when the day’s report names the body the month’s report names', () => {
    const timeline = timelineWithoutGazetteer([wire, notes("The Integrity Board's acquittal on 20 August was appealed by the agency.")]);
    expect(reportedIn(timeline, 'wire', 'other').map((e) => `${e.date.value} ${e.sources.length}`)).toEqual(['2060-08-20 2']);
  });
});
