/**
 * Scores titles on short reports of our own (tests/fixtures/dev-articles/titles*.yaml), read with
 * an empty gazetteer: whether each expected event's title holds the words it must and none it
 * must not, names no vehicle, venue or affiliation as a person, is whole (no "…"), is written in
 * the headline's present tense, and names any two people in the order every other title does.
 */
import type { EventKind, TimelineEvent } from '../../src/pipeline/types.ts';
import { ratio, type Tally } from './corpus-score.ts';
import { type DevArticle, devTimeline, eventsCiting, readDevArticles } from './dev-articles.ts';
import { compareStrings } from '../../src/pipeline/order.ts';

export interface TitleDevArticle extends DevArticle {
  events: ExpectedTitle[];
}

interface ExpectedTitle {
  quote: string;
  kind?: EventKind;
  title_has?: string[];
  title_lacks?: string[];
  not_people?: string[];
}

export interface TitleScore {
  found: Tally;
  says: Tally;
  people: Tally;
  whole: Tally;
  present: Tally;
  order: Tally;
  misses: string[];
}

export function readTitleDevArticles(file: string): TitleDevArticle[] {
  return readDevArticles<TitleDevArticle>(file, (a) => (a.events ?? []).map((e) => e.quote));
}

/** Past-tense verbs a title must not open its predicate with ("Russia launched …", "Forces shelled …"). */
const PAST_VERB = /^(?:\p{Ll}+ed|spoke|met|said|held|hit|struck|told|made|took|began|went|gave|led|saw|sent|won|lost|fought|drew|wrote)$/u;

/** The word after a title's opening name or noun phrase of capitalised words: its verb when it has one. */
function openingVerb(title: string): string | undefined {
  const words = title.split(/\s+/);
  let i = 0;
  while (i < words.length && (/^\p{Lu}/u.test(words[i]!) || /^(?:and|of|the|,)$/.test(words[i]!))) i += 1;
  return i > 0 ? words[i] : undefined;
}

export function scoreTitles(articles: TitleDevArticle[]): TitleScore {
  const timeline = devTimeline(articles);
  const tally = (): Tally => ({ hit: 0, of: 0 });
  const score: TitleScore = { found: tally(), says: tally(), people: tally(), whole: tally(), present: tally(), order: tally(), misses: [] };
  const count = (into: Tally, ok: boolean, miss: string): void => {
    into.of += 1;
    if (ok) into.hit += 1;
    else score.misses.push(miss);
  };
  const titled: TimelineEvent[] = [];
  for (const article of articles) {
    for (const gold of article.events) {
      const label = `${article.id} “${gold.quote}”`;
      const citing = eventsCiting(timeline, article.id, gold.quote);
      // One sentence may tell two events ("rang X … then spoke to Y"): the gold's is the one of its
      // kind whose title names whom it concerns, else the first of its kind, else the first.
      const ofKind = citing.filter((e) => gold.kind === undefined || e.kind === gold.kind);
      const event = ofKind.find((e) => (gold.title_has ?? []).every((w) => e.title.includes(w))) ?? ofKind[0] ?? citing[0];
      count(score.found, event !== undefined, `${label}: no event`);
      if (!event) continue;
      titled.push(event);
      const t = event.title;
      const says = (gold.title_has ?? []).every((w) => t.includes(w)) && !(gold.title_lacks ?? []).some((w) => t.includes(w));
      count(score.says, says, `${label}: title “${t}” should hold ${JSON.stringify(gold.title_has ?? [])} and none of ${JSON.stringify(gold.title_lacks ?? [])}`);
      const wrong = event.participants.filter((p) => (gold.not_people ?? []).some((n) => p.name.includes(n)));
      if (gold.not_people) count(score.people, wrong.length === 0, `${label}: participants include ${wrong.map((p) => p.name).join(', ')}`);
      count(score.whole, !t.includes('…'), `${label}: title “${t}” is cut`);
      const verb = openingVerb(t);
      count(score.present, verb === undefined || !PAST_VERB.test(verb), `${label}: title “${t}” is in the past tense`);
    }
  }
  // Any two people's surnames, in the order the first title naming both gave them.
  const order = new Map<string, string>();
  for (const e of titled) {
    const surnames = (e.roles?.present ?? []).map((p) => p.name.split(/\s+/).at(-1)!);
    const at = surnames.map((s) => ({ s, i: e.title.indexOf(s) })).filter((x) => x.i >= 0).sort((a, b) => a.i - b.i);
    for (const [n, a] of at.entries()) {
      for (const b of at.slice(n + 1)) {
        const pair = [a.s, b.s].sort(compareStrings).join('|');
        const seen = order.get(pair);
        if (seen === undefined) order.set(pair, `${a.s} before ${b.s}`);
        else count(score.order, seen === `${a.s} before ${b.s}`, `${e.id}: “${e.title}” names ${b.s} after ${a.s}, elsewhere ${seen}`);
      }
    }
  }
  return score;
}

export function formatTitleScore(name: string, s: TitleScore, verbose: boolean): string {
  const line = `${name.padEnd(9)} found ${ratio(s.found)}  says ${ratio(s.says)}  no false people ${ratio(s.people)}  whole ${ratio(s.whole)}  present tense ${ratio(s.present)}  people in one order ${ratio(s.order)}`;
  return verbose ? [line, ...s.misses.map((m) => `    ${m}`)].join('\n') : line;
}
