/**
 * Scores event extraction on short reports of our own (tests/fixtures/dev-articles/events.yaml),
 * read with an empty gazetteer: whether each expected event is found, of its kind, on its day,
 * with its status and no sentence about something else; that nothing is made of the sentences
 * that report no event; and that undated reports are kept without a day.
 */
import type { EventKind, EventStatus, LifecycleStage, TimelineEvent } from '../../src/pipeline/types.ts';
import { ratio, type Tally } from './corpus-score.ts';
import { citesQuote, type DevArticle, devTimeline, eventsCiting, readDevArticles } from './dev-articles.ts';

export interface EventDevArticle extends DevArticle {
  classes: (number | string)[];
  events?: ExpectedEvent[];
  not_events?: { quote: string; kinds?: EventKind[] }[];
  undated?: string[];
}

interface ExpectedEvent {
  quote: string;
  kind: EventKind;
  /** A day, a month, or `first/last`: the event's days must lie within it. */
  date: string;
  status?: EventStatus;
  /** The stage its status stands on (a plan rescheduled or cancelled), scored with status. */
  stage?: LifecycleStage;
  /** Whether it is a plan whose day has passed with no later report, scored with status. */
  overdue?: boolean;
  /** For a plan moved to another day, the day it had been due on before, kept in its lifecycle; scored with status. */
  rescheduled_from?: string;
  not_cite?: string[];
}

export interface EventScore {
  found: Tally;
  kind: Tally;
  date: Tally;
  status: Tally;
  /** Expected events citing a sentence about something else (fewer is better). */
  otherEvidence: Tally;
  /** Sentences reporting no event that became one (fewer is better). */
  notEvents: Tally;
  /** Kept on its article's page, or cited by an expected event (the issue's "attached to an event when they are about one"). */
  undatedKept: Tally;
  /** Of those kept, how many as evidence of an expected event rather than on the article's page. */
  undatedAsEvidence: number;
  undatedGivenDay: number;
  misses: string[];
}

export function readEventDevArticles(file: string): EventDevArticle[] {
  return readDevArticles<EventDevArticle>(
    file,
    (a) => [...(a.events ?? []).map((e) => e.quote), ...(a.not_events ?? []).map((n) => n.quote), ...(a.undated ?? [])],
    (a, where) => {
      for (const e of a.events ?? []) {
        if (e.rescheduled_from !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(e.rescheduled_from))) throw new Error(`${where}: rescheduled_from “${String(e.rescheduled_from)}” of “${e.quote}” must be YYYY-MM-DD (quote it in YAML)`);
        if (!/^\d{4}-\d{2}(?:-\d{2})?(?:\/\d{4}-\d{2}-\d{2})?$/.test(String(e.date))) throw new Error(`${where}: date “${String(e.date)}” of “${e.quote}” must be YYYY-MM-DD, YYYY-MM or YYYY-MM-DD/YYYY-MM-DD (quote it in YAML)`);
      }
    },
  );
}

/** The first and last day a gold date allows. */
function bounds(date: string): [string, string] {
  const [first, last] = date.split('/') as [string, string | undefined];
  if (last) return [first, last];
  if (first.length === 10) return [first, first];
  const [year, month] = first.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [`${first}-01`, `${first}-${String(days).padStart(2, '0')}`];
}

export function scoreEvents(articles: EventDevArticle[]): EventScore {
  const timeline = devTimeline(articles);
  const tally = (): Tally => ({ hit: 0, of: 0 });
  const score: EventScore = { found: tally(), kind: tally(), date: tally(), status: tally(), otherEvidence: tally(), notEvents: tally(), undatedKept: tally(), undatedAsEvidence: 0, undatedGivenDay: 0, misses: [] };
  const count = (into: Tally, ok: boolean, miss: string): void => {
    into.of += 1;
    if (ok) into.hit += 1;
    else score.misses.push(miss);
  };
  for (const article of articles) {
    const expected = new Set<TimelineEvent>();
    // Two events told in one sentence ("met on Thursday and agreed to meet again on Sunday") cite the same sentence:
    // each gold event takes one of its kind on its days first, then one of its kind, then any, each event once.
    const matched = new Map<ExpectedEvent, TimelineEvent>();
    const fits = (gold: ExpectedEvent, e: TimelineEvent): boolean => {
      const [first, last] = bounds(String(gold.date));
      return e.kind === gold.kind && e.date.start >= first && e.date.end <= last;
    };
    for (const pick of [fits, (gold: ExpectedEvent, e: TimelineEvent) => e.kind === gold.kind, () => true]) {
      for (const gold of article.events ?? []) {
        const event = matched.has(gold) ? undefined : eventsCiting(timeline, article.id, gold.quote).find((e) => ![...matched.values()].includes(e) && pick(gold, e));
        if (event) matched.set(gold, event);
      }
    }
    for (const gold of article.events ?? []) {
      const label = `${article.id} “${gold.quote}”`;
      const [first, last] = bounds(String(gold.date));
      const event = matched.get(gold);
      count(score.found, event !== undefined, `${label}: no event`);
      if (!event) continue;
      expected.add(event);
      count(score.kind, event.kind === gold.kind, `${label}: kind ${gold.kind}, found ${event.kind}`);
      count(score.date, event.date.start >= first && event.date.end <= last, `${label}: date ${String(gold.date)}, found ${event.date.value}`);
      if (gold.status) count(score.status, event.status === gold.status, `${label}: status ${gold.status}, found ${event.status}`);
      if (gold.stage) count(score.status, event.statusAsOf.stage === gold.stage, `${label}: stage ${gold.stage}, found ${event.statusAsOf.stage}`);
      if (gold.overdue !== undefined) count(score.status, event.statusAsOf.overdue === gold.overdue, `${label}: overdue ${String(gold.overdue)}, found “${event.statusAsOf.text}”`);
      if (gold.rescheduled_from !== undefined) {
        const from = String(gold.rescheduled_from);
        const kept = event.lifecycle.filter((step) => step.stage === 'rescheduled').map((step) => step.from ?? 'none');
        count(score.status, kept.includes(from), `${label}: rescheduled from ${from}, found ${kept.join(', ') || 'no rescheduling'}`);
      }
      for (const other of gold.not_cite ?? []) {
        score.otherEvidence.of += 1;
        if (!citesQuote(event, article.id, other)) continue;
        score.otherEvidence.hit += 1;
        score.misses.push(`${label}: cites “${other}”, which is about something else`);
      }
    }
    for (const trap of article.not_events ?? []) {
      score.notEvents.of += 1;
      const wrong = eventsCiting(timeline, article.id, trap.quote).filter((e) => !expected.has(e) && (trap.kinds ? trap.kinds.includes(e.kind) : e.kind !== 'statement'));
      if (wrong.length === 0) continue;
      score.notEvents.hit += 1;
      score.misses.push(`${article.id} “${trap.quote}”: not an event, found ${wrong.map((e) => `${e.kind} ${e.date.value}`).join(', ')}`);
    }
    for (const quote of article.undated ?? []) {
      const citing = eventsCiting(timeline, article.id, quote);
      const listed = timeline.undated.some((u) => u.article === article.id && u.quote.text.includes(quote));
      // A sentence cited for the expected event itself does not attach the undated mention it also holds.
      const ownQuotes = (e: TimelineEvent): string[] => [...matched].filter(([, m]) => m === e).map(([gold]) => gold.quote);
      const attaches = (e: TimelineEvent): boolean =>
        expected.has(e) && e.sources.some((s) => s.article === article.id && s.quotes.some((q) => q.text.includes(quote) && !ownQuotes(e).some((own) => q.text.includes(own))));
      const asEvidence = !listed && citing.some(attaches);
      count(score.undatedKept, listed || asEvidence, `${article.id} “${quote}”: undated mention not kept`);
      if (asEvidence) score.undatedAsEvidence += 1;
      const dated = citing.filter((e) => !expected.has(e));
      score.undatedGivenDay += dated.length;
      for (const e of dated) score.misses.push(`${article.id} “${quote}”: undated mention given a day (${e.kind} ${e.date.value})`);
    }
  }
  return score;
}

export function formatEventScore(name: string, s: EventScore, verbose: boolean): string {
  const line = `${name.padEnd(9)} found ${ratio(s.found)}  kind ${ratio(s.kind)}  date ${ratio(s.date)}  status ${ratio(s.status)}  citing something else ${ratio(s.otherEvidence)}  not_events made events ${ratio(s.notEvents)}  undated kept ${ratio(s.undatedKept)} (${s.undatedAsEvidence} as evidence)  undated given a day ${s.undatedGivenDay}`;
  return verbose ? [line, ...s.misses.map((m) => `    ${m}`)].join('\n') : line;
}
