import type { CandidateEvent } from '../events/candidate.ts';
import type { CalendarDate, EventStatus } from '../types.ts';
import { compareStrings } from '../order.ts';

/**
 * How directly a report states its event: a date of its own, as precise as the event's and
 * the same, the news the event stands on (that it happened, once it has: a plan for it is old
 * news then), the people it names, early in its article, briefly. The best report leads the
 * event's evidence and gives its summary.
 */
function directness(report: CandidateEvent, date: CalendarDate, status: EventStatus): number {
  const text = report.evidence[0]?.text ?? '';
  const words = text.split(/\s+/).length;
  return (
    (report.datedByPublication ? 0 : 8) +
    (report.date.value === date.value ? 8 : report.date.start <= date.end && date.start <= report.date.end ? 3 : 0) +
    (report.date.precision === 'day' || report.date.precision === 'span' ? 2 : 0) +
    (report.status === status ? 6 : 0) +
    Math.min(report.named.length, 3) +
    (report.evidence[0]?.sentence === 0 ? 1 : 0) -
    Math.max(0, words - 35) / 10
  );
}

/** The reports of one event, most direct first; ties go to the earlier report, then the article id. */
export function rankReports(members: CandidateEvent[], date: CalendarDate, status: EventStatus): CandidateEvent[] {
  const scored = members.map((report) => ({ report, score: directness(report, date, status) }));
  return scored
    .sort(
      (a, b) =>
        b.score - a.score ||
        compareStrings(a.report.published, b.report.published) ||
        compareStrings(a.report.article, b.report.article) ||
        (a.report.evidence[0]?.sentence ?? 0) - (b.report.evidence[0]?.sentence ?? 0),
    )
    .map((s) => s.report);
}
