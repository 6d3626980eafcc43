import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own (published Saturday 14 May 2061): a verb of saying whose object opens on
// a day's possessive ("said Saturday's statement …") answers what was done that day; the day is the
// noun's, not the saying's, which the sentence does not date.
const reports = [
  article('green-league', '2061-05-14', 'VELMA (Coast Post) — Tarnia and Olvar closed their fishing talks in Velma on Friday.\n\nMeanwhile, the opposition Green League said Thursday\'s statement "changed nothing" on fishing rights.\n'),
  article('depot', '2061-05-14', 'VELMA (Coast Post) — Tarnian forces struck a fuel depot near Olvar on Tuesday, the army said.\n\nOlvar\'s defence minister, Ilse Marrow, says Tuesday\'s strike killed no one.\n'),
  article('referendum', '2061-05-14', 'VELMA (Coast Post) — The opposition leader, Mara Dunne, said Wednesday\'s referendum was "a sham" and vowed to appeal.\n'),
  article('said-on-the-day', '2061-05-14', 'VELMA (Coast Post) — The opposition leader, Mara Dunne, said on Wednesday that the referendum was "a sham".\n'),
];
const statementDays = (source: string): string[] =>
  reportedIn(timelineWithoutGazetteer(reports.filter((r) => r.id === source)), source, 'statement').map((e) => e.date.value);

describe("a saying about a day's happening, told by the day's possessive", () => {
  it.each([
    ['green-league', '2061-05-12'],
    ['depot', '2061-05-10'],
    ['referendum', '2061-05-11'],
  ])('does not give the saying the possessive day (%s)', (source, day) => {
    expect(statementDays(source)).not.toContain(day);
  });

  it('still dates a saying told with its own day', () => {
    expect(statementDays('said-on-the-day')).toEqual(['2061-05-11']);
  });
});
