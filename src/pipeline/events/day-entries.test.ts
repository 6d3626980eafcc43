import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// Short articles of our own, laid out by days: what an entry tells belongs to its own day, not to an event the article dates on another.
const reports = (published: string, body: string): string[] =>
  extractOne(published, body).candidates.map((c) => `${c.date.value} ${c.kind}: ${c.evidence.map((e) => e.text.slice(0, 24)).join(' | ')}`);

describe('an entry of a day', () => {
  it('in a diary under its weekday heading, told of someone it names, is that day’s news', () => {
    const diary = reports(
      '2026-03-14',
      'THE WEEKEND LEDGER | Diary | 14 March 2026\n\nTuesday\n\nRain over the lake all morning. Mr Umerov and Mr Witkoff also signed a grain protocol for the first time.\n\nWednesday\n\nThe hotel bar stayed open late. Mr Umerov and Mr Witkoff held talks in the hotel library that ran past lunch.\n',
    );
    expect(diary).toEqual(['2026-03-10 other: Mr Umerov and Mr Witkoff', '2026-03-11 talks: Mr Umerov and Mr Witkoff']);
  });

  it('in a diary under its weekday heading, told of a place it names and no one, is that day’s news too, dated by its entry and not by the paper; the diarist’s own doings are not', () => {
    const { candidates, undated } = extractOne(
      '2026-03-14',
      'THE WEEKEND LEDGER | Diary | 14 March 2026\n\nTuesday\n\nRain over the lake all morning. The ferries ran late. The state banquet in Geneva that evening ran late.\n\nWednesday\n\nMr Umerov and Mr Witkoff held talks in the hotel library that ran past lunch. Nobody said what was agreed. The bar stayed open.\n\nThursday\n\nThe man in the bow tie, whom I met again in Geneva, waved from the quay.\n',
    );
    expect(candidates.map((c) => `${c.date.value} ${c.kind} ${c.place ?? '-'} ${c.datedByPublication ? 'by the paper' : 'by its entry'}: ${c.evidence.map((e) => e.text.slice(0, 24)).join(' | ')}`)).toEqual([
      '2026-03-10 meeting geneva by its entry: The state banquet in Gen',
      '2026-03-11 talks - by its entry: Mr Umerov and Mr Witkoff',
    ]);
    expect(undated.map((u) => u.evidence.text)).toEqual(['The man in the bow tie, whom I met again in Geneva, waved from the quay.']);
  });

  it('stamped with its clock time under a planner’s day heading, is evidence of that day’s event only', () => {
    const planner = reports(
      '2026-03-09',
      'FORWARD PLANNER | Monday 9 March 2026\n\nMr Umerov and Mr Witkoff last met in person in Geneva on 2 February.\n\nTUESDAY 10 MARCH\n\n10:00 Geneva — Mr Umerov holds talks with Mr Witkoff. No press.\n',
    );
    expect(planner).toContain('2026-02-02 meeting: Mr Umerov and Mr Witkoff');
    expect(planner).toContain('2026-03-10 talks: 10:00 Geneva — Mr Umerov');
  });
});
