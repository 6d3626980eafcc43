/**
 * Scores a built timeline against a gold chronology in the format of
 * tests/fixtures/corpus/expected-timeline.yaml (and the seeds' expected-timeline.yaml).
 * Pure: the caller builds the timeline and says which gold source file is which article.
 *
 * How an event of the timeline is tied to a gold event: it cites a sentence containing one
 * of the gold event's evidence strings (compared without typographic differences) and its kind
 * is of the same family (talks, meeting and summit are one family; kinds outside the gold's
 * vocabulary, such as `exchange`, count as `other`). An event tied to a gold event and dated
 * on its date (or an `accept` date) reports it, or another such one its sentence tells
 * (`goldReported`: each event reports one); tied to gold events but on none of their
 * dates, it is a wrong date, unless each of those gold events is found on its date by another
 * event citing the same sentences: then it is another happening those sentences tell, unmatched.
 *
 * An event citing, through different sentences, two gold events both on its date is mixed:
 * two happenings made one, or evidence about another.
 *
 * A split scores the gold events with at least one source in it, against their sources and
 * evidence in it: an event is multi-source in a split when two or more of its sources are.
 */

import type { Gazetteer } from '../../src/pipeline/entities/gazetteer.ts';
import { REGNAL_NUMBER } from '../../src/pipeline/entities/lexicon.ts';
import { findCountry } from '../../src/pipeline/entities/places.ts';

export type GoldDate = string | number | { start: string; end: string };

export interface GoldEvent {
  label: string;
  tier: 'key' | 'context';
  date: GoldDate;
  accept?: GoldDate[];
  kind: string;
  status: 'occurred' | 'planned';
  participants?: string[];
  parties?: string[];
  place?: string;
  sources: string[];
  evidence: string[];
}

export interface UndatedMention {
  label: string;
  source: string;
  evidence: string;
}

export interface Gold {
  events: GoldEvent[];
  not_events?: string[];
  undated_mentions?: UndatedMention[];
}

/** The parts of a timeline the scorer reads (a structural subset of the pipeline's Timeline). */
export interface ScoredEvent {
  id: string;
  kind: string;
  date: { value: string; start: string; end: string };
  title: string;
  participants: { id: string; name: string }[];
  place: { id: string; name: string } | null;
  sources: { article: string; quotes: { text: string }[] }[];
}

export interface ScoredTimeline {
  events: ScoredEvent[];
  /** Undated reports the pipeline keeps without a day. */
  undated: { article: string; quote: { text: string } }[];
}

export interface CorpusInput {
  gold: Gold;
  timeline: ScoredTimeline;
  /** Gold source file → the article id it was read as, for the articles of this build. */
  articleOf: Map<string, string>;
  /** Article id → its text, to tell which source an evidence string or trap comes from. */
  textOf: Map<string, string>;
  /** The gazetteer the build read: a gold name one of its entries spells is that entry (`knownNames`). */
  known?: Map<string, string>;
}

export interface Tally {
  hit: number;
  of: number;
}

export interface Miss {
  label: string;
  why: string;
}

export interface Score {
  key: Tally;
  context: Tally;
  merged: Tally;
  wrongDates: number;
  duplicates: number;
  /**
   * Events citing sentences of two gold events of their date, each through a sentence of its
   * own: two happenings made one, or evidence about another (what the key and merged counts cannot see).
   */
  mixed: number;
  notEvents: number;
  undatedGivenDay: number;
  /** Kept on its article's page, or cited by an event the gold holds: the issue's "attached to an event when they are about one". */
  undatedKept: Tally;
  /** Of those kept, how many as evidence of a gold event rather than on the article's page. */
  undatedAsEvidence: number;
  participants: Tally;
  parties: Tally;
  places: Tally;
  /** Events tied to no gold event at all (not an error by itself: the gold is not exhaustive). */
  unmatched: number;
  misses: Miss[];
}

/** Quotes are compared without the differences typography makes (curly vs straight quotes, spacing). */
export function plain(text: string): string {
  return text
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function fold(text: string): string {
  return plain(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

const GOLD_KINDS = new Set(['call', 'talks', 'meeting', 'summit', 'statement', 'strike', 'other']);

/** Kinds that are one sort of event for scoring; a kind the gold does not know is `other`. */
export function family(kind: string): string {
  if (kind === 'talks' || kind === 'meeting' || kind === 'summit') return 'gathering';
  return GOLD_KINDS.has(kind) ? kind : 'other';
}

/** Whether an event's date is the gold date or one of the accepted ones. */
export function onGoldDate(date: ScoredEvent['date'], gold: Pick<GoldEvent, 'date' | 'accept'>): boolean {
  return [gold.date, ...(gold.accept ?? [])].some((d) => {
    if (typeof d === 'object') return date.start === d.start && date.end === d.end;
    const text = String(d); // YAML reads a bare year as a number
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return date.start === text && date.end === text;
    return date.value.replace(/~$/, '') === text; // a month or a year, as precise as the text
  });
}

function quotesOf(event: { sources: { quotes: { text: string }[] }[] }): string[] {
  return event.sources.flatMap((s) => s.quotes.map((q) => plain(q.text)));
}

function cites(event: ScoredEvent, fragments: string[]): boolean {
  const quotes = quotesOf(event);
  return fragments.some((f) => quotes.some((q) => q.includes(f)));
}

/**
 * The same name, or (for people) the same surname: "Sergei Lavrov" is "Sergey Lavrov"; a regnal number is no surname,
 * so "Pope Leo XIV" is "Leo" and "King Charles III" is "Charles", but "Leo XIII" is not "Leo XIV".
 */
function sameName(gold: string, found: string, person: boolean): boolean {
  const a = fold(gold);
  const b = fold(found);
  if (a === b) return true;
  if (!person) return false;
  const [x, y] = [regnal(gold), regnal(found)];
  return lastWord(x.name) === lastWord(y.name) && (x.number === undefined || y.number === undefined || x.number === y.number);
}

/** A person's name without the regnal number closing it, read by the pipeline's own `REGNAL_NUMBER` ("Leo XIV", "Charles III"; "Wang Li" keeps its Li). */
function regnal(name: string): { name: string; number?: string } {
  const words = plain(name).split(/\s+/);
  const last = words.at(-1) ?? '';
  return words.length > 1 && REGNAL_NUMBER.test(last) ? { name: words.slice(0, -1).join(' '), number: last } : { name: plain(name) };
}

const lastWord = (name: string): string | undefined => fold(name).split(' ').at(-1);

/**
 * Every name and alias of a gazetteer, folded, to its entry's id: the product's own table of
 * spellings, so a gold name it lists as an alias ("Volodymyr Zelensky") is the entry the pipeline
 * named another way ("Volodymyr Zelenskyy"). Built from the gazetteer a build reads, tuning and
 * held-out alike.
 */
export function knownNames(gazetteer: Gazetteer): Map<string, string> {
  return new Map(gazetteer.entities.flatMap((e) => [e.name, ...e.aliases].map((name) => [fold(name), e.id] as const)));
}

/** The same person: the same name or surname, or a name the gazetteer gives the person found. */
function samePerson(gold: string, found: { id: string; name: string }, known: Map<string, string> | undefined): boolean {
  return sameName(gold, found.name, true) || known?.get(fold(gold)) === found.id;
}

/**
 * The same party: the same name, or one state under either of its names. Golds write a state as
 * their articles do ("Türkiye" where the article says so, "Turkey" elsewhere); the pipeline gives
 * it one name, so the spelling is no miss when both name the same state.
 */
function sameParty(gold: string, found: { id: string; name: string }): boolean {
  return sameName(gold, found.name, false) || findCountry(gold)?.id === found.id;
}

interface ScopedGold extends GoldEvent {
  /** Its sources among the articles of this build, as article ids. */
  articles: string[];
  /** Its evidence found in those articles, compared plain. */
  fragments: string[];
}

function scope(input: CorpusInput): ScopedGold[] {
  const scoped: ScopedGold[] = [];
  for (const event of input.gold.events) {
    const articles = event.sources.map((s) => input.articleOf.get(s)).filter((a): a is string => a !== undefined);
    if (articles.length === 0) continue;
    const texts = articles.map((a) => plain(input.textOf.get(a) ?? ''));
    const fragments = event.evidence.map(plain).filter((f) => texts.some((t) => t.includes(f)));
    scoped.push({ ...event, articles, fragments });
  }
  return scoped;
}

/** Quoted phrases of the gold's described traps ("duration read as a date: \"50-minute …\""). */
function describedTraps(notEvents: string[]): string[] {
  return notEvents.flatMap((n) => [...n.matchAll(/"([^"]+)"/g)].map((m) => plain(m[1]!)));
}

export function scoreCorpus(input: CorpusInput): Score {
  const golds = scope(input);
  const { events } = input.timeline;
  const misses: Miss[] = [];
  const tally = (): Tally => ({ hit: 0, of: 0 });
  const score: Score = {
    key: tally(),
    context: tally(),
    merged: tally(),
    wrongDates: 0,
    duplicates: 0,
    mixed: 0,
    notEvents: 0,
    undatedGivenDay: 0,
    undatedKept: tally(),
    undatedAsEvidence: 0,
    participants: tally(),
    parties: tally(),
    places: tally(),
    unmatched: 0,
    misses,
  };

  // Which gold events each timeline event cites, and whether it is on the date of one of them.
  const tied = new Map<ScoredEvent, ScopedGold[]>();
  for (const event of events) {
    tied.set(event, golds.filter((g) => family(g.kind) === family(event.kind) && cites(event, g.fragments)));
  }
  const onDateOfSome = (e: ScoredEvent): boolean => tied.get(e)!.some((g) => onGoldDate(e.date, g));
  const reported = goldReported(golds, events, tied, input.known);

  for (const gold of golds) {
    const reports = events.filter((e) => tied.get(e)!.includes(gold));
    const onDate = events.filter((e) => reported.get(e) === gold);
    const tier = gold.tier === 'key' ? score.key : score.context;
    tier.of += 1;
    const event = onDate.length === 1 ? onDate[0]! : undefined;
    if (onDate.length > 1) {
      score.duplicates += onDate.length - 1;
      misses.push({ label: gold.label, why: `reported ${onDate.length} times: ${onDate.map((e) => e.id).join(', ')}` });
    }
    if (event) tier.hit += 1;
    else if (onDate.length === 0) {
      const others = reports.filter((e) => onGoldDate(e.date, gold) && reported.has(e));
      const elsewhere = reports.map((e) => `${e.id} (${e.date.value})`).join(', ');
      const why = others.length > 0 ? `not found: ${others.map((e) => `${e.id} reports “${reported.get(e)!.label}”`).join(', ')}` : elsewhere ? `not on ${JSON.stringify(gold.date)}: ${elsewhere}` : 'not found';
      misses.push({ label: `${gold.tier}: ${gold.label}`, why });
    }
    if (gold.articles.length > 1) {
      score.merged.of += 1;
      const citing = onDate.filter((e) => gold.articles.every((a) => e.sources.some((s) => s.article === a)));
      if (onDate.length === 1 && citing.length === 1) score.merged.hit += 1;
      else misses.push({ label: `merge: ${gold.label}`, why: `${gold.articles.length} sources in ${onDate.length} events on its date (${onDate.map((e) => `${e.id}: ${e.sources.map((s) => s.article).join(' ')}`).join('; ')})` });
    }
    if (gold.tier === 'key' && event) scoreWho(gold, event, score, misses, input.known);
  }

  for (const event of events) {
    const swallowed = mixedGolds(event, tied.get(event)!.filter((g) => onGoldDate(event.date, g)));
    if (swallowed) {
      score.mixed += 1;
      misses.push({ label: `mixed: ${event.id}`, why: `cites sentences of “${swallowed[0].label}” and of “${swallowed[1].label}”` });
    }
    if (tied.get(event)!.length === 0) {
      // Reported with its first quote: an event no gold names is a spurious one or a gap in the gold.
      score.unmatched += 1;
      misses.push({ label: `unmatched: ${event.id} (${event.kind} ${event.date.value})`, why: `“${quotesOf(event)[0] ?? event.title}”` });
    }
    else if (!onDateOfSome(event) && secondEventOfFoundSentences(event, tied, events)) {
      // Another happening its sentence tells ("he was in Paris on Monday …, before the leaders meet next month"): the gold's event is found, so this is one the gold does not list.
      score.unmatched += 1;
      misses.push({ label: `unmatched: ${event.id} (${event.kind} ${event.date.value})`, why: `a second event of the sentences of “${tied.get(event)!.map((g) => g.label).join('”, “')}”, found on its date by another event` });
    } else if (!onDateOfSome(event)) {
      score.wrongDates += 1;
      misses.push({ label: `wrong date: ${event.id}`, why: `${event.date.value}; cites ${tied.get(event)!.map((g) => `“${g.label}” (${JSON.stringify(g.date)})`).join(', ')}` });
    }
  }

  const correct = (e: ScoredEvent): boolean => tied.get(e)!.length > 0 && onDateOfSome(e);
  // A sentence cited for the gold event itself does not attach the undated mention it also holds.
  const attaches = (e: ScoredEvent, fragment: string): boolean =>
    correct(e) && quotesOf(e).some((q) => q.includes(fragment) && !tied.get(e)!.some((g) => g.fragments.some((f) => q.includes(f))));
  scoreTraps(input, events, correct, attaches, score, misses);
  return score;
}

/**
 * The gold event each event reports. An event tied to a gold event and on its date reports it; one
 * sentence can tell two gold events of a day and family ("stood in silence at the port, before an
 * open-air Mass on the waterfront"), and each event told from it cites the evidence of both, yet
 * reports one: the gold events share out the events of their dates as a matching, as many found
 * as there are events to find them, each taking first the events citing most of its evidence,
 * then those at its place before those of no place, and those elsewhere last. An event left over reports the gold event it fits best: a second
 * report of it, a duplicate. Of the events of one day tied to a gold event, those without its
 * people report it only if none has them (two calls of one day in one sentence differ by who spoke).
 */
function goldReported(golds: ScopedGold[], events: ScoredEvent[], tied: Map<ScoredEvent, ScopedGold[]>, known: Map<string, string> | undefined): Map<ScoredEvent, ScopedGold> {
  const fit = (g: ScopedGold, e: ScoredEvent): number => {
    const quotes = quotesOf(e);
    const cited = g.fragments.filter((f) => quotes.some((q) => q.includes(f))).length;
    const place = g.place === undefined || e.place === null ? 0 : sameName(g.place, e.place.name, false) ? 1 : -1;
    return 2 * cited + place;
  };
  const candidates = new Map(
    golds.map((g) => {
      const onDate = events.filter((e) => tied.get(e)!.includes(g) && onGoldDate(e.date, g));
      const takesPart = (e: ScoredEvent): boolean =>
        [...(g.participants ?? []), ...(g.parties ?? [])].every((name) => e.participants.some((p) => samePerson(name, p, known)));
      const fitting = onDate.length > 1 && onDate.some(takesPart) ? onDate.filter(takesPart) : onDate;
      return [g, fitting.sort((a, b) => fit(g, b) - fit(g, a))] as const;
    }),
  );
  const reported = new Map<ScoredEvent, ScopedGold>();
  const taken = new Set<ScopedGold>();
  const pairs = golds.flatMap((g) => candidates.get(g)!.map((e) => ({ g, e, fit: fit(g, e) }))).sort((a, b) => b.fit - a.fit);
  for (const { g, e } of pairs) {
    if (reported.has(e) || taken.has(g)) continue;
    reported.set(e, g);
    taken.add(g);
  }
  // A gold event left without one takes an event whose gold event can take another (an augmenting path).
  const claim = (g: ScopedGold, seen: Set<ScoredEvent>): boolean =>
    candidates.get(g)!.some((e) => {
      if (seen.has(e)) return false;
      seen.add(e);
      const holder = reported.get(e);
      if (holder && !claim(holder, seen)) return false;
      reported.set(e, g);
      return true;
    });
  for (const g of golds) if (!taken.has(g)) claim(g, new Set());
  for (const e of events) {
    if (reported.has(e)) continue;
    const best = golds.filter((g) => candidates.get(g)!.includes(e)).sort((a, b) => fit(b, e) - fit(a, e))[0];
    if (best) reported.set(e, best);
  }
  return reported;
}

/**
 * An event off the dates of the gold events it is tied to is a second event of their sentences,
 * not a wrong date, when each of those gold events is reported on its date by another event that
 * cites every sentence through which this one is tied to it: the gold event is found where the
 * sentence tells it, and this one tells something else the sentence holds. An event that is the
 * only one citing a gold sentence (evidence taken onto another day) stays a wrong date.
 */
function secondEventOfFoundSentences(event: ScoredEvent, tied: Map<ScoredEvent, ScopedGold[]>, events: ScoredEvent[]): boolean {
  return tied.get(event)!.every((g) => {
    const tying = quotesOf(event).filter((q) => g.fragments.some((f) => q.includes(f)));
    return events.some((other) => other !== event && onGoldDate(other.date, g) && tied.get(other)!.includes(g) && tying.every((q) => quotesOf(other).includes(q)));
  });
}

/** Two gold events on the event's date that it cites through different sentences: a sentence that is evidence of both (a plan naming two meetings) does not count. */
function mixedGolds(event: ScoredEvent, golds: ScopedGold[]): [ScopedGold, ScopedGold] | undefined {
  const quotes = quotesOf(event);
  const only = (g: ScopedGold, other: ScopedGold) => quotes.some((q) => g.fragments.some((f) => q.includes(f)) && !other.fragments.some((f) => q.includes(f)));
  for (const [i, a] of golds.entries()) for (const b of golds.slice(i + 1)) if (only(a, b) && only(b, a)) return [a, b];
  return undefined;
}

function scoreWho(gold: ScopedGold, event: ScoredEvent, score: Score, misses: Miss[], known: Map<string, string> | undefined): void {
  const check = (names: string[] | undefined, tally: Tally, person: boolean, what: string): void => {
    for (const name of names ?? []) {
      tally.of += 1;
      if (event.participants.some((p) => (person ? samePerson(name, p, known) : sameParty(name, p)))) tally.hit += 1;
      else misses.push({ label: `${what}: ${gold.label}`, why: `${name} not among ${event.participants.map((p) => p.name).join(', ') || 'no one'}` });
    }
  };
  check(gold.participants, score.participants, true, 'participant');
  check(gold.parties, score.parties, false, 'party');
  if (gold.place) {
    score.places.of += 1;
    if (event.place && sameName(gold.place, event.place.name, false)) score.places.hit += 1;
    else misses.push({ label: `place: ${gold.label}`, why: `${gold.place}, found ${event.place?.name ?? 'none'}` });
  }
}

/** Traps and undated mentions, each scored only when its article is in this build. */
function scoreTraps(input: CorpusInput, events: ScoredEvent[], correct: (e: ScoredEvent) => boolean, attaches: (e: ScoredEvent, fragment: string) => boolean, score: Score, misses: Miss[]): void {
  const inBuild = [...input.textOf.values()].map(plain);
  const notEvents = input.gold.not_events ?? [];
  const verbatim = notEvents.filter((n) => !/^[a-z][^"]*:/.test(n)).map(plain).filter((t) => inBuild.some((text) => text.includes(t)));
  const described = describedTraps(notEvents).filter((t) => inBuild.some((text) => text.includes(t)));
  for (const event of events) {
    const texts = [plain(event.title), ...quotesOf(event)];
    const hit = verbatim.find((t) => texts.some((q) => q.includes(t))) ?? (correct(event) ? undefined : (described.find((t) => texts.some((q) => q.includes(t))) ?? modalMay(event)));
    if (hit) {
      score.notEvents += 1;
      misses.push({ label: `not an event: ${event.id} (${event.date.value})`, why: `quotes “${hit}”` });
    }
  }
  for (const mention of input.gold.undated_mentions ?? []) {
    const article = input.articleOf.get(mention.source);
    if (article === undefined) continue;
    const fragment = plain(mention.evidence);
    const citing = events.filter((e) => quotesOf(e).some((q) => q.includes(fragment)));
    const listed = input.timeline.undated.some((u) => u.article === article && plain(u.quote.text).includes(fragment));
    const asEvidence = !listed && citing.some((e) => attaches(e, fragment));
    score.undatedKept.of += 1;
    if (listed || asEvidence) score.undatedKept.hit += 1;
    else misses.push({ label: `undated mention not kept: ${mention.label}`, why: `“${mention.evidence}”` });
    if (asEvidence) score.undatedAsEvidence += 1;
    for (const event of citing.filter((e) => !correct(e))) {
      score.undatedGivenDay += 1;
      misses.push({ label: `undated mention given a day: ${mention.label}`, why: `${event.id} (${event.date.value})` });
    }
  }
}

/** The gold's "modal verb 'may' read as the month of May": a wrong event in May from a sentence with "may" but no "May". */
function modalMay(event: ScoredEvent): string | undefined {
  const quotes = quotesOf(event);
  return event.date.start.slice(5, 7) === '05' && quotes.some((q) => /\bmay\b/.test(q)) && !quotes.some((q) => /\bMay\b/.test(q)) ? 'may' : undefined;
}

export const ratio = (t: Tally): string => `${t.hit}/${t.of}`;

/** One line of figures per build, and with `verbose` every miss under it. */
export function formatScore(name: string, score: Score, verbose: boolean): string {
  const lines = [
    `${name.padEnd(10)} key ${ratio(score.key)}  context ${ratio(score.context)}  merged ${ratio(score.merged)}  wrong dates ${score.wrongDates}  duplicates ${score.duplicates}  mixed ${score.mixed}  not_events ${score.notEvents}  undated given a day ${score.undatedGivenDay}  undated kept ${ratio(score.undatedKept)} (${score.undatedAsEvidence} as evidence)  participants ${ratio(score.participants)}  parties ${ratio(score.parties)}  places ${ratio(score.places)}  unmatched events ${score.unmatched}`,
  ];
  if (verbose) for (const m of score.misses) lines.push(`    ${m.label}: ${m.why}`);
  return lines.join('\n');
}
