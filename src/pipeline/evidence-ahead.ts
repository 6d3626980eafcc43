/**
 * The evidence (summary and quotes) of the events merged on this thread, worked out while it
 * waits for the other thread's merge of the largest family (timeline.ts mergeClusters), instead
 * of after, on this thread alone, with every event's (publish): at 10,000 synthetic articles two
 * thirds of the events are merged here, and the other thread is idle while this one finishes.
 * An event's evidence reads what the sentences of its articles lead with (cited-evidence.ts
 * leadSentences). Before the family's events are known, each of its reports stands as an event of
 * its own: an event of another family asks of such a report only that it is another event's, its
 * kind and days, and whom it names. What is worked out is used only where nothing has changed by
 * the time it is needed: the event described the same (Descriptions keeps it) and each of its
 * articles' sentences leading the same reports (none of the family's undated reports attached
 * there, no correction moving one); otherwise it is worked out again.
 */
import type { CandidateEvent } from './events/candidate.ts';
import type { Entity } from './entities/gazetteer.ts';
import { type ArticleLeads, type EventEvidence, leadSentences, type LeadSentences } from './merge/cited-evidence.ts';
import type { TrackedCluster } from './corrections/apply.ts';
import { type Described, evidenceOf, type Finished } from './describe-event.ts';
import type { Article, Sentence } from './types.ts';

export class EvidenceAhead {
  private readonly byId: Map<string, { article: Article; sentences: Sentence[] }>;
  private readonly entities: Map<string, Entity>;
  private readonly worked = new Map<TrackedCluster, { described: Described; leading: LeadSentences; evidence: EventEvidence }>();

  constructor(byId: Map<string, { article: Article; sentences: Sentence[] }>, entities: Map<string, Entity>) {
    this.byId = byId;
    this.entities = entities;
  }

  /** Works out the evidence of `described`, given the clusters known so far and the reports of the family merged elsewhere, each an event of its own. */
  workOut(described: Described[], clusters: CandidateEvent[][], elsewhere: CandidateEvent[]): void {
    const leading = leadSentences([...clusters, ...elsewhere.map((report) => [report])], this.entities);
    for (const d of described) this.worked.set(d.tracked, { described: d, leading, evidence: evidenceOf(d, this.byId, this.entities, leading) });
  }

  /** A finished event's evidence worked out ahead, if it is what `leading` (every event's) gives it now. */
  of(f: Finished, leading: LeadSentences): EventEvidence | undefined {
    const worked = this.worked.get(f.tracked);
    // A description made again (its reports or fixes changed) is another array of ranked reports.
    if (worked === undefined || worked.described.ranked !== f.ranked || worked.described.draft !== f.draft) return undefined;
    const articles = new Set(f.tracked.cluster.members.map((m) => m.article));
    for (const article of articles) if (!sameLeads(worked.leading.get(article), leading.get(article))) return undefined;
    return worked.evidence;
  }
}

/**
 * Whether an article's sentences lead the same reports: an event's evidence asks of the other
 * reports of its sentences only which they are (their kinds and days), not in what order they were
 * met, and the article's people are those its reports name.
 */
function sameLeads(before: ArticleLeads | undefined, now: ArticleLeads | undefined): boolean {
  if (before === undefined || now === undefined) return before === now;
  if (before.bySentence.size !== now.bySentence.size) return false;
  for (const [sentence, led] of before.bySentence) {
    const other = now.bySentence.get(sentence);
    if (other === undefined || other.length !== led.length || !led.every((l) => other.some((o) => o.report === l.report))) return false;
  }
  return true;
}
