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
});
