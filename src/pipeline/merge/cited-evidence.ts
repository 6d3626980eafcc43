/**
 * Which sentences an event cites and whom its summary may name: what the merge knows of every
 * event at once (which sentence each report was read from, and whose report that is), so no
 * later stage reads the sentences again to decide it.
 */

import type { CandidateEvent, EvidenceRef } from '../events/candidate.ts';
import { kindFamily } from '../events/kinds.ts';
import type { EventKind, Quote } from '../types.ts';
import { type LeadHappening, reportsAnotherEvent, summaryAndLead } from './best-report.ts';
import { overlaps } from './lifecycle.ts';
import { DATED_BY_ONE_OF, EARLIER_HAPPENING } from './lifecycle-words.ts';
import { peopleNamedIn } from './summary-sentence.ts';

/** A report read from a sentence, with the reports of its event. */
export interface Led {
  report: CandidateEvent;
  members: CandidateEvent[];
}

/** What the merge knows of one article's reports once every event is described. */
export interface ArticleLeads {
  /** By sentence, the reports it leads with the reports of their events. */
  bySentence: Map<number, Led[]>;
  /** The people, by name, that its reports take part in or mention: whom a "he" there may stand for. */
  people: string[];
}

/**
 * By article id, its reports by sentence and its people. Kept by article id and sentence number,
 * never by a key string made for each of the tens of thousands of reports, and its people found
 * once an article, not once for every event that cites it: this runs on one thread alone, after
 * every event is described.
 */
export type LeadSentences = Map<string, ArticleLeads>;

/** The sentence each report leads with, and the reports of each event (a sentence leading a report of another event is that event's); and each article's people. */
export function leadSentences(clusters: CandidateEvent[][], entities: ReadonlyMap<string, { name: string; type: string }>): LeadSentences {
  const bySentence = new Map<string, Map<number, Led[]>>();
  for (const members of clusters) {
    for (const m of members) {
      const first = m.evidence[0];
      if (!first) continue;
      let article = bySentence.get(m.article);
      if (!article) bySentence.set(m.article, (article = new Map()));
      const led = article.get(first.sentence);
      if (led) led.push({ report: m, members });
      else article.set(first.sentence, [{ report: m, members }]);
    }
  }
  return new Map([...bySentence].map(([article, sentences]) => [article, { bySentence: sentences, people: reportedPeople(sentences, entities) }]));
}

/** The people, by name, that the reports read from an article's sentences take part in or mention. */
function reportedPeople(sentences: Map<number, Led[]>, entities: ReadonlyMap<string, { name: string; type: string }>): string[] {
  const reports = [...sentences.values()].flat().map((l) => l.report);
  const ids = new Set(reports.flatMap((m) => [...m.participants, ...(m.mentions ?? [])]));
  return [...ids].filter((id) => entities.get(id)?.type === 'person').map((id) => entities.get(id)!.name);
}

/** The reports of other events than that of `members` that a sentence of `member`'s article leads. */
function ledElsewhere(leading: LeadSentences, members: readonly CandidateEvent[], member: CandidateEvent, evidence: EvidenceRef): Led[] {
  return (leading.get(member.article)?.bySentence.get(evidence.sentence) ?? []).filter((l) => l.members !== members);
}

/**
 * Whether the event of `members` cites a further sentence of its report `member` (one it was
 * not read from). A sentence that leads a report of the same sort and days in another event
 * ("Following Trump's conversation with Putin, Zelensky also spoke with the U.S. president",
 * after the Putin call) is about that event; one that names a plan of other days beside this
 * one is about both, unless it first tells of another sort of happening (reportsAnotherEvent). One
 * that dates something by a happening of this sort ("two days before the Berlin meeting", "on the
 * eve of the talks") tells of another happening (DATED_BY_ONE_OF), and so does one that tells in the
 * past perfect of a happening before it ("Before, Quirno had maintained a meeting with Fidan": EARLIER_HAPPENING).
 */
export function citesFurther(leading: LeadSentences, members: readonly CandidateEvent[], member: CandidateEvent, evidence: EvidenceRef): boolean {
  const led = ledElsewhere(leading, members, member, evidence);
  const family = kindFamily(member.kind);
  return (
    !led.some((l) => kindFamily(l.report.kind) === family && overlaps(l.report.date, member.date)) &&
    !reportsAnotherEvent(evidence.text, member.kind, led.map((l) => l.report.kind)) &&
    // "he travelled to Paris to see Macron two days before the Berlin meeting" tells of Paris.
    !DATED_BY_ONE_OF.get(family)?.test(evidence.text) &&
    !EARLIER_HAPPENING.test(evidence.text)
  );
}

/** What the summary and the quotes need of an article. */
export interface EvidenceArticle {
  outlet: string;
  sentences: readonly { text: string }[];
}

/** One article's quotes for an event: the summary's sentence first, then the rest in the article's order. */
export interface ArticleQuotes {
  article: string;
  quotes: Quote[];
}

/** An event's summary (none when no report has a sentence) and its quotes by article. */
export interface EventEvidence {
  summary: string | undefined;
  sources: ArticleQuotes[];
}

/**
 * An event's summary and its evidence by article: the article of the report the summary stands
 * on first and its sentence the first quote, then the other reports', most direct first; of each
 * report its own sentence and the further ones the event cites (citesFurther).
 * `ranked` are the event's reports, most direct first (rankReports); `names` its people, sides and place;
 * `lead` the first happening of the lead report's sentence, if read already (best-report.ts LeadHappening).
 */
export function eventEvidence(
  ranked: readonly CandidateEvent[],
  members: readonly CandidateEvent[],
  kind: EventKind,
  names: string[],
  leading: LeadSentences,
  entities: ReadonlyMap<string, { name: string; type: string }>,
  articleOf: (id: string) => EvidenceArticle,
  lead?: LeadHappening,
): EventEvidence {
  const cites = (member: CandidateEvent, evidence: EvidenceRef): boolean => citesFurther(leading, members, member, evidence);
  const { summary, ranked: led, quote } = summaryAndLead(
    ranked,
    kind,
    names,
    (id) => ({ ...articleOf(id), people: (before) => [...(leading.get(id)?.people ?? []), ...peopleNamedIn(before, entities)] }),
    cites,
    (member, evidence) => ledElsewhere(leading, members, member, evidence).map((l) => l.report.kind),
    lead,
  );
  const sources = new Map<string, Quote[]>();
  for (const member of led) {
    const quotes = sources.get(member.article) ?? [];
    for (const [i, ev] of member.evidence.entries()) {
      if (i > 0 && ev !== quote && !cites(member, ev)) continue;
      const at = quotes.findIndex((q) => q.sentence === ev.sentence);
      if (at < 0) quotes.splice(ev === quote ? 0 : quotes.length, 0, { text: ev.text, start: ev.start, end: ev.end, sentence: ev.sentence });
    }
    sources.set(member.article, quotes);
  }
  return { summary, sources: [...sources].map(([article, quotes]) => ({ article, quotes: [quotes[0]!, ...quotes.slice(1).sort((a, b) => a.sentence - b.sentence)] })) };
}
