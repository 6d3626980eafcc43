import { describe, expect, it } from 'vitest';
import { article, KINDS_BUT_STATEMENT, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import type { Timeline } from '../types.ts';

// Short reports of our own: a habit ("every year", "each spring", "annually") told beside a dated
// anniversary is no happening of one day; its "anniversary" must not take the anniversary's day.
const undatedOf = (reports: Timeline, source: string) => reports.undated.filter((u) => u.article === source).map((u) => u.quote.text);
const reports = [
  article('every-year', '2061-05-12', 'TARVA (Lake Gazette) — Twenty years ago today, Kessia and Drumland signed the Tarva accord. On Wednesday, their prime ministers marked the anniversary with a visit to the border bridge.\n\nRelations have been calm since, and the two countries’ foreign ministers have met every year on the anniversary.\n'),
  article('each-spring', '2061-05-12', 'OSLANE (Fjord Times) — Ten years ago today, Varn and Eskia ended their fishing war. On Tuesday, the two presidents laid wreaths at the harbour to mark the anniversary.\n\nSince the truce, their fisheries ministers have held talks each spring on the anniversary of its signing.\n'),
  article('annually', '2061-05-12', 'MERO (Valley Post) — Five years ago today, Lunia and Pardas signed their border treaty. On Monday, the two leaders marked the anniversary in Mero.\n\nThe two governments’ envoys meet annually on the anniversary to review the treaty.\n'),
  article('as-every-year', '2061-05-12', 'SALTA (Delta Herald) — Thirty years ago today, Orvel and Mandia signed the Salta peace. On Thursday, their foreign ministers met in Salta for the anniversary, as they do every year.\n'),
];
// Each report read alone, so that no two reports merge.
const timelineOf = (source: string): Timeline => timelineWithoutGazetteer(reports.filter((r) => r.id === source));

describe('a habit told beside a dated anniversary', () => {
  it.each(['every-year', 'each-spring', 'annually'])('gives the habit no day (%s)', (source) => {
    const dated = reportedIn(timelineOf(source), source, ...KINDS_BUT_STATEMENT).map((e) => e.sources.flatMap((s) => s.quotes.map((q) => q.text)).join(' '));
    expect(dated.filter((quote) => /every year|each spring|annually/.test(quote))).toEqual([]);
  });

  // A habit told in the perfect is a series gone by: kept, undated; one told in the present is a custom, no event at all.
  it.each(['every-year', 'each-spring'])('keeps a habit gone by as an undated mention (%s)', (source) => {
    expect(undatedOf(timelineOf(source), source).some((quote) => /every year|each spring/.test(quote))).toBe(true);
  });

  it('still dates a meeting of one day told "as they do every year"', () => {
    expect(reportedIn(timelineOf('as-every-year'), 'as-every-year', ...KINDS_BUT_STATEMENT).map((e) => [e.kind, e.date.value])).toContainEqual(['meeting', '2061-05-12']);
  });
});
