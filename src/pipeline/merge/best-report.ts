import type { CandidateEvent, EvidenceRef } from '../events/candidate.ts';
import { kindFamily } from '../events/kinds.ts';
import type { CalendarDate, EventKind, EventStatus } from '../types.ts';
import { compareStrings } from '../order.ts';
import { firstHappening, groupReferent, isAbout, pronounReferent, summarySentence, type SummarySource } from './summary-sentence.ts';

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

/** What the summary needs of a report's article. */
export interface ReportArticle {
  outlet: string;
  sentences: readonly { text: string }[];
  /** Whom a "he" may stand for: the people its reports name and those the given sentences before it name. */
  people: (before: readonly string[]) => string[];
}

/**
 * The first happening (summary-sentence.ts firstHappening) of the sentence an event's most direct
 * report was read from, read for the event's kind: the summary reads that sentence first and
 * nearly always stops there (all but 68 of 30,203 events at 10,000 synthetic articles), so it is
 * read where the event is described, on whichever thread (describe-event.ts), and publishing,
 * on one thread after both have merged, finds it done. Null: the sentence tells of no happening.
 */
export interface LeadHappening {
  sentence: string;
  first: EventKind | null;
}

/** The lead report's own sentence and its first happening (LeadHappening), or undefined when the lead report has no sentence. */
export function leadHappening(ranked: readonly CandidateEvent[], kind: EventKind): LeadHappening | undefined {
  const sentence = ranked[0]?.evidence[0]?.text;
  return sentence === undefined ? undefined : { sentence, first: firstHappening(sentence, kind) ?? null };
}

/**
 * The event's summary and its reports in the order its evidence is shown: the report the
 * summary is drawn from leads, and the sentence it stands on is its first quote, so the first
 * quote a reader sees is the summary's; then the others, most direct first. Each report's own
 * sentence is a candidate, and after them the further sentences it cites (`cites` says which
 * its event keeps), for when every report's own sentence is a fragment or says "it".
 * `names` are the event's people, sides and place; `shared` gives the kinds of other events' reports read from a sentence too;
 * `leadFirst` is the first happening of the lead report's own sentence, if read already (LeadHappening).
 */
export function summaryAndLead(
  ranked: readonly CandidateEvent[],
  kind: EventKind,
  names: string[],
  articleOf: (id: string) => ReportArticle,
  cites: (report: CandidateEvent, evidence: EvidenceRef) => boolean,
  shared: (report: CandidateEvent, evidence: EvidenceRef) => EventKind[] = () => [],
  leadFirst?: LeadHappening,
): { summary: string | undefined; ranked: CandidateEvent[]; quote: EvidenceRef | undefined } {
  const candidates = [
    ...ranked.flatMap((m) => (m.evidence[0] ? [{ report: m, evidence: m.evidence[0], further: false }] : [])),
    ...ranked.flatMap((m) => m.evidence.slice(1).filter((ev) => cites(m, ev)).map((evidence) => ({ report: m, evidence, further: true }))),
  ];
  if (candidates.length === 0) return { summary: undefined, ranked: [...ranked], quote: undefined };
  // Each source made only when the summary reads it: it stops at the first without a flaw.
  function* sources(): Generator<SummarySource> {
    for (const { report, evidence, further } of candidates) {
      const article = articleOf(report.article);
      const before = article.sentences.slice(Math.max(0, evidence.sentence - 2), evidence.sentence).map((s) => s.text);
      const referent = pronounReferent(evidence.text, before, article.people);
      const group = groupReferent(evidence.text, before);
      const first = leadFirst && evidence === ranked[0]?.evidence[0] && evidence.text === leadFirst.sentence ? { first: leadFirst.first } : {};
      yield { sentence: evidence.text, outlet: article.outlet, further, ...(referent ? { referent } : {}), ...(group ? { group } : {}), shared: shared(report, evidence), ...first };
    }
  }
  const { text, source } = summarySentence({ kind, names, sources: sources() });
  const { report: lead, evidence: quote } = candidates[source]!;
  return { summary: text, ranked: [lead, ...ranked.filter((m) => m !== lead)], quote };
}

/**
 * A further sentence of a report (not the one it was read from) that another event's report
 * was read from, and that first tells of another sort of happening, is that event's evidence:
 * "Zelenskyy confirmed that he held a 30-minute call with Trump on Wednesday, focused on
 * preparations for talks in Geneva" after the Geneva meeting's plan. One another event read as
 * a statement ("The talks were frank, Li told reporters") still tells of this one.
 */
export function reportsAnotherEvent(sentence: string, kind: EventKind, othersLed: readonly EventKind[]): boolean {
  return othersLed.some((k) => kindFamily(k) !== 'statement') && !isAbout(sentence, kind);
}
