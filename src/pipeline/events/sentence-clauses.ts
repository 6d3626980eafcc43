/**
 * A sentence segmented once into its clauses, and which trigger each date belongs to by them.
 *
 * The segmentation (`segmentClauses`) finds, in one pass per kind:
 * - clause boundaries: a comma, colon, semicolon or dash; the strong ones (semicolon, dash)
 *   no date reaches across ("fifth encounter in 2025 — the previous one was in April"), but for
 *   the two dashes of an aside ("On 2 April — \"Liberation Day\" — Trump put …");
 * - subordinate clauses: from a subordinator ("since", "after", "ahead of" …) to the next
 *   boundary ("Since the war began in 2022, Oslo has hosted …");
 * - relative asides set off by commas ("The talks, which ended on Friday, produced a deal");
 * - clauses of onlookers ("…, with Dorn and Vell looking on").
 *
 * `ownerOfDate` then applies the date ownership rules, each named in `DateOwnership['rule']`, in order,
 * asking at the date whether a second verb joined by "and"/"but" opens there ("spoke on Thursday and
 * agreed to meet"); `ownerOfName` those of a person's or a place's, each named in `NameOwnership['rule']`, asking
 * whether a saying closing the sentence attributes the name ("met Petraitis in Riga, she told
 * reporters") or the name stands in what a verb of saying reports ("told reporters that Gruber and Kral had spoken").
 * Word lists and patterns live in lexicon.ts.
 */
import { mayMatch } from '../gated-matches.ts';
import { AND_BEFORE_ITS_DAY, AND_BEFORE_TRIGGER, ATTRIBUTION_AFTER, CLAUSE_BOUNDARY, CLAUSE_END, CONTRASTED_ACT_BEFORE, COORDINATED_PREDICATE, DASH_ASIDE, HAPPENING_OPENS_WHERE_CLAUSE, NAME_IN_APPOSITION, NEXT_CLAUSE_JOIN, OFFICE_IN_APPOSITION, NEXT_LIST_ITEM, PLACE_IN_APPOSITION, RELATIVE_ASIDE, REPORTED_CONTENT, SECOND_VERB_AFTER_ITS_DAY, SENTENCE_STOP, SEQUEL_OPENS, STRONG_BOUNDARY, SUBORDINATOR, ADJECTIVE_ARTICLE_BEFORE, TAIL_OF_A_TIME_CLAUSE, TIME_CLAUSE_OPENS, TOPIC_BEFORE_ASIDE, WHERE_CLAUSE, WHERE_CLAUSE_OF_ITS_OWN } from './lexicon.ts';
import { ONLOOKERS_CLAUSE } from '../entities/lexicon.ts';
import { nearest } from './span.ts';

export interface Span {
  start: number;
  end: number;
}

export interface SentenceClauses {
  readonly text: string;
  /** Every clause boundary (comma, colon, semicolon, dash), each where its pattern matches, overlapping ones included. */
  readonly boundaries: readonly Span[];
  /** The strong boundaries among them: a semicolon or a dash. */
  readonly strong: readonly Span[];
  /** Asides set off by a pair of dashes, dashes included. */
  readonly dashAsides: readonly Span[];
  /** Subordinate clauses: from their opening word to the next boundary. */
  readonly subordinate: readonly Span[];
  /** Relative asides set off by commas, commas included. */
  readonly asides: readonly Span[];
  /** Relative clauses on a place: from ", where" to the clause's end. */
  readonly whereClauses: readonly Span[];
  /** Clauses of people who watch the act told before them (ONLOOKERS_CLAUSE). */
  readonly onlookers: readonly Span[];
}

/** A pattern as a look-ahead (matchesAt), tried at every position; made once, not for every sentence. */
const everyPlace = (pattern: RegExp): RegExp => new RegExp(`(?=(${pattern.source}))`, 'g');
const CLAUSE_BOUNDARY_AHEAD = everyPlace(CLAUSE_BOUNDARY);
const STRONG_BOUNDARY_AHEAD = everyPlace(STRONG_BOUNDARY);

/**
 * Where a boundary pattern matches at each position of the text, overlapping matches included, so a match inside any
 * stretch of it is found exactly as testing that stretch would find it. `ahead` is the pattern's everyPlace.
 */
function matchesAt(ahead: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  ahead.lastIndex = 0;
  for (let m = ahead.exec(text); m !== null; m = ahead.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[1]!.length });
    ahead.lastIndex = m.index + 1;
  }
  return spans;
}

function allMatches(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  if (!mayMatch(pattern, text)) return spans;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

export function segmentClauses(text: string): SentenceClauses {
  // The commas around a name, an office after a name or a place's description in apposition end no clause: "received by the mayor, Henrike Sautter, on Tuesday" dates the reception.
  const appositions = [...allMatches(NAME_IN_APPOSITION, text), ...allMatches(OFFICE_IN_APPOSITION, text), ...allMatches(PLACE_IN_APPOSITION, text)];
  const inApposition = (at: number): boolean => appositions.some((a) => a.start <= at && at < a.end);
  const subordinate = allMatches(SUBORDINATOR, text).map(({ start }) => {
    CLAUSE_END.lastIndex = start;
    let boundary = CLAUSE_END.exec(text);
    while (boundary && inApposition(boundary.index)) boundary = CLAUSE_END.exec(text);
    const tail = boundary !== null && TIME_CLAUSE_OPENS.test(text.slice(start)) && !ADJECTIVE_ARTICLE_BEFORE.test(text.slice(0, start)) && TAIL_OF_A_TIME_CLAUSE.test(text.slice(boundary.index));
    return { start, end: boundary && !tail ? boundary.index : text.length };
  });
  const boundaries = matchesAt(CLAUSE_BOUNDARY_AHEAD, text).filter((b) => !appositions.some((a) => holds(a, b)));
  return { text, boundaries, strong: matchesAt(STRONG_BOUNDARY_AHEAD, text), dashAsides: allMatches(DASH_ASIDE, text), subordinate, asides: allMatches(RELATIVE_ASIDE, text), whereClauses: allMatches(WHERE_CLAUSE, text), onlookers: allMatches(ONLOOKERS_CLAUSE, text) };
}

/**
 * The text with the commas around each name or place's description in apposition blanked ("met Niger's energy minister, Abdourahamane Garba, in Niamey
 * to sign a deal"), offsets unchanged: for the tests that read a stretch of words for a clause's end, which those commas are not.
 */
export function withoutAppositions(text: string): string {
  if (!text.includes(',')) return text;
  const blank = (apposition: string): string => apposition.replace(/,/g, ' ');
  return text.replace(NAME_IN_APPOSITION, blank).replace(OFFICE_IN_APPOSITION, blank).replace(PLACE_IN_APPOSITION, blank);
}

/** The relative clause on a place with a subject of its own holding `span` ("…, where the explosion of August 2020 killed more than 200 people"): its day is its own verb's. */
function placeClauseOfItsOwn(c: SentenceClauses, span: Span): Span | undefined {
  return c.whereClauses.find((w) => holds(w, span) && WHERE_CLAUSE_OF_ITS_OWN.test(c.text.slice(w.start, w.end)));
}

function holds(c: Span, span: Span): boolean {
  return c.start <= span.start && span.end <= c.end;
}

/** Whether any of `marks` lies wholly between `from` and `to`. */
function anyBetween(marks: readonly Span[], from: number, to: number): boolean {
  return marks.some((b) => from <= b.start && b.end <= to);
}

/** Whether a clause boundary stands between two offsets. */
export function boundaryBetween(c: SentenceClauses, from: number, to: number): boolean {
  return anyBetween(c.boundaries, from, to);
}

/** The first semicolon or dash between two offsets, but for the dashes of an aside wholly between them. */
function firstStrongBoundary(c: SentenceClauses, from: number, to: number): Span | undefined {
  return c.strong.find((b) => from <= b.start && b.end <= to && !c.dashAsides.some((d) => holds(d, b) && from <= d.start && d.end <= to));
}

/** Whether a semicolon or a dash stands between two offsets, but for the dashes of an aside wholly between them. */
export function strongBoundaryBetween(c: SentenceClauses, from: number, to: number): boolean {
  return firstStrongBoundary(c, from, to) !== undefined;
}

/**
 * True when a date or a name sits in a subordinate clause that does not hold the trigger:
 * "have been frozen since the strikes began in late February", "Since the war started in
 * February 2022, the UAE has hosted …" date the strikes and the war, not the talks.
 */
export function inOtherClause(c: SentenceClauses, span: Span, trigger: Span): boolean {
  return c.subordinate.some((s) => holds(s, span) && !holds(s, trigger));
}

/** True when a trigger is the subject of a relative clause on a place and a name is outside it: the main clause's actor is not the place's happening's ("he stops at the port, where the explosion of 2020 killed …"). */
export function outsideTriggersWhereClause(c: SentenceClauses, name: Span, trigger: Span): boolean {
  return c.whereClauses.some((w) => holds(w, trigger) && !holds(w, name) && HAPPENING_OPENS_WHERE_CLAUSE.test(c.text.slice(w.start, trigger.start)));
}

/**
 * True when a date or a name and a trigger are in different clauses, either of them subordinate: "will
 * host Zelensky on Monday, a week after his call with Putin" dates the visit, not the call.
 * (The people of the main clause may still be those of the subordinate one: "After meeting
 * Putin, Witkoff flew home".)
 */
export function inOtherClauseThanDate(c: SentenceClauses, span: Span, trigger: Span): boolean {
  return c.subordinate.some((s) => holds(s, span) !== holds(s, trigger));
}

/** The relative aside set off by commas that holds a span, if any. */
export function asideAround(c: SentenceClauses, span: Span): Span | undefined {
  return c.asides.find((a) => holds(a, span));
}

/** Whether a second predicate opens right after an offset ("on Thursday and agreed to meet"), also one a trigger's own verb opens ("on Monday and then flew on to Lusk"). */
function opensCoordinatedPredicate(c: SentenceClauses, at: number, triggers: readonly Span[]): boolean {
  return COORDINATED_PREDICATE.test(c.text.slice(at)) || triggers.some((m) => m.start >= at && AND_BEFORE_TRIGGER.test(c.text.slice(at, m.start)));
}

export interface DateOwnership<T> {
  owner?: T;
  /** The relative aside holding the date, when the date is its noun's or its own trigger's. */
  aside?: Span;
  rule: 'own-aside' | 'place-clause' | 'aside-dated-by-main-clause' | 'aside-describes-topic' | 'aside-describes-noun' | 'contrasted-act' | 'own-clause' | 'no-strong-boundary' | 'nearest' | 'none';
}

/**
 * The trigger a date belongs to, among those that may take it (`datable`), by the clauses.
 * `newDay`: the date is the day a plan was moved to, which reaches across clauses.
 * `dates`: the sentence's other dates that claim a day, for a main clause that dates a noun itself.
 */
export function ownerOfDate<T extends Span>(c: SentenceClauses, time: Span, datable: T[], { newDay, dates }: { newDay: boolean; dates: Span[] }): DateOwnership<T> {
  const inClause = datable.filter((m) => newDay || !inOtherClauseThanDate(c, time, m));
  // A date that a second predicate follows ("spoke by phone on Thursday and agreed to meet") ends the clause of a trigger before it.
  const opens = opensCoordinatedPredicate(c, time.end, datable);
  const closes = opens && inClause.some((m) => m.end <= time.start && !boundaryBetween(c, m.end, time.start));
  // …nor is it the day of the second predicate's trigger when that one names a day of its own in its clause ("The truce was proclaimed in
  // Niamey on Friday and came into effect in Agadez on Sunday", "was signed on Monday but only took effect on Thursday"): it is the first verb's, event or not.
  const ownDayAfter = (m: T): boolean => dates.some((t) => t !== time && t.start >= m.end && !boundaryBetween(c, m.end, t.start));
  // A date before ", and" or "; " is no day of a trigger after it whose own clause names a day of its own ("Israel's cabinet approved it overnight, and the
  // ceasefire took effect at noon on Friday 10 October"): the first clause's day is its own verb's, event or not; the second clause's day is its trigger's.
  const ownDayInNextClause = (m: T): boolean =>
    time.end <= m.start && NEXT_CLAUSE_JOIN.test(c.text.slice(time.end, m.start)) && dates.some((t) => t !== time && t.start >= time.end && !boundaryBetween(c, Math.min(m.end, t.end), Math.max(m.start, t.start)));
  // A date in a second predicate of the same subject (SEQUEL_OPENS: "On 2 April, which the White House called \"Liberation Day\", Trump put a 20% tariff on EU goods, then
  // halved it a week later, on 9 April", "…, and halved it on 9 April") is no day of a trigger before it that a day of its own dates before that predicate opens, however far
  // an aside sets that day off: it is the second verb's, event or not.
  const ownDayBeforeSequel = (m: T): boolean => {
    if (m.end > time.start) return false;
    // …nor is one past a semicolon or a dash ("…, Trump put a 20% tariff on EU goods; on 9 April he halved it").
    const sequel = SEQUEL_OPENS.exec(c.text.slice(m.end, time.start));
    // …nor one opening the second predicate itself (", and on 9 April halved it").
    const andItsDay = SECOND_VERB_AFTER_ITS_DAY.test(c.text.slice(time.end)) ? AND_BEFORE_ITS_DAY.exec(c.text.slice(m.end, time.start)) : null;
    const opening = Math.min(sequel ? m.end + sequel.index : Infinity, andItsDay ? m.end + andItsDay.index : Infinity, firstStrongBoundary(c, m.end, time.start)?.start ?? Infinity);
    if (opening === Infinity) return false;
    return dates.some((t) => t !== time && t.end <= opening && !asideAround(c, t) && !inOtherClauseThanDate(c, t, m) && !strongBoundaryBetween(c, Math.min(t.end, m.end), Math.max(t.start, m.start)));
  };
  const eligible = (closes ? inClause.filter((m) => m.start < time.end) : opens ? inClause.filter((m) => m.start < time.end || !ownDayAfter(m)) : inClause).filter((m) => !ownDayInNextClause(m) && !ownDayBeforeSequel(m));
  // A date in a relative clause on a place with a subject of its own ("stood in silence at the port, where the explosion of August 2020 killed more
  // than 200 people, and met families of the victims") is that clause's happening's: a trigger inside it takes it, none outside it.
  const place = placeClauseOfItsOwn(c, time);
  if (place) {
    const inside = nearest(eligible.filter((m) => holds(place, m)), time);
    return inside ? { owner: inside, rule: 'place-clause' } : { rule: 'place-clause' };
  }
  // A date in a relative clause set off by commas tells of the noun before it ("The talks, which ended on Friday, produced a deal"),
  // also when a subordinate clause holding the noun ends at the comma ("met Carney on Sunday before flying west for the G7 summit, which opens on Monday"),
  // though not when one inside the relative clause holds the date ("an exchange, which both sides hope to carry out before the end of the month").
  const aside = asideAround(c, time);
  if (aside) {
    // …unless the clause tells of its own event ("dialogue, which had been cut off in 2021").
    // …or whose trigger runs into it ("the war, which began on 13 June": its trigger is "war, which began").
    const own = eligible.find((m) => holds(aside, m) || (m.start < aside.start && m.end > aside.start));
    if (own) return { owner: own, aside, rule: 'own-aside' };
    // …nor of the noun when the main clause goes on to date it ("The talks, which were in doubt last night, went ahead this morning"): the clause's day is its own predicate's.
    if (dates.some((t) => t.start >= aside.end && !boundaryBetween(c, aside.end, t.start))) return { rule: 'aside-dated-by-main-clause' };
    const described = datable.filter((m) => m.end <= aside.start && !strongBoundaryBetween(c, m.end, aside.start) && (inClause.includes(m) || !inOtherClause(c, time, m))).at(-1);
    // …a noun after a trigger already dated before it that is what the trigger was about, though ("On Monday evening the leaders issued a joint statement on the war, which began
    // on 13 June", "On Tuesday they met to discuss the border, which was closed in May"): the clause dates that topic, and no trigger. With no day before it, the clause may well
    // date the trigger ("The talks on the shipping rules, which had been scheduled for Monday, went ahead").
    const toldOfTopic = (m: T): boolean => TOPIC_BEFORE_ASIDE.test(c.text.slice(m.end, aside.start)) && dates.some((t) => t !== time && t.end <= m.start);
    if (described && toldOfTopic(described)) return { aside, rule: 'aside-describes-topic' };
    if (described) return { owner: described, aside, rule: 'aside-describes-noun' };
  }
  // A date in a clause that ", but" opens with an act of its own subject ("had been planned for two days, but the hosts shortened it to one
  // in June", "was set for Tuesday, but the speaker put it off on Monday") is that act's day, no trigger's before it: the act is no event.
  const contrast = CONTRASTED_ACT_BEFORE.exec(c.text.slice(0, time.start));
  if (contrast && !eligible.some((m) => m.start >= contrast.index && m.end <= time.start)) return { rule: 'contrasted-act' };
  // A trigger in the date's own clause goes first ("received Witkoff at the Kremlin on Friday, Kremlin aide Yuri Ushakov told reporters"),
  // then one that no dash or semicolon sets apart ("fifth encounter in 2025 — the previous one was in April").
  const from = (m: T): number => Math.min(m.end, time.end);
  const to = (m: T): number => Math.max(m.start, time.start);
  const own = nearest(eligible.filter((m) => !boundaryBetween(c, from(m), to(m))), time);
  if (own) return { owner: own, rule: 'own-clause' };
  const unbroken = nearest(eligible.filter((m) => !strongBoundaryBetween(c, from(m), to(m))), time);
  if (unbroken) return { owner: unbroken, rule: 'no-strong-boundary' };
  const any = nearest(eligible, time);
  return any ? { owner: any, rule: 'nearest' } : { rule: 'none' };
}

/** Whether a name stands in the clause a verb of saying reports, opened by "that" after it ("adviser Lena Brandt told reporters that Tobias Gruber …"). */
function inReportedClause(c: SentenceClauses, name: Span, saying: Span): boolean {
  return saying.end <= name.start && REPORTED_CONTENT.test(c.text.slice(saying.end, name.start));
}

/** Whether a trigger after a name stands in the same reported clause: no full stop or semicolon between. */
function laterInReportedClause(c: SentenceClauses, name: Span, trigger: Span): boolean {
  return trigger.start >= name.end && !SENTENCE_STOP.test(c.text.slice(name.end, trigger.start));
}

/**
 * A saying that closes the sentence after a comma ("…, she told Northern Courier", "…, ministry
 * spokesman Pawel Lis told reporters in Warsaw") attributes what comes before it: the people and
 * places written before that comma belong to the event told there ("met Tomas Petraitis in Riga
 * on Wednesday"), however near the saying's verb stands. Its own speaker and town follow the comma.
 */
function toldBeforeAttribution<T extends Span>(c: SentenceClauses, name: Span, triggers: T[], isSaying: (m: T) => boolean): T | undefined {
  const attribution = triggers.find((m) => isSaying(m) && m.start >= name.end && ATTRIBUTION_AFTER.test(c.text.slice(name.end, m.start)));
  if (!attribution) return undefined;
  return nearest(triggers.filter((m) => !isSaying(m) && m.end <= name.start && !SENTENCE_STOP.test(c.text.slice(m.end, name.start))), name);
}

export interface NameOwnership<T> {
  owner?: T;
  rule: 'before-attribution' | 'reported-clause' | 'list-item' | 'main-clause' | 'onlookers' | 'own-aside' | 'nearest' | 'none';
}

/**
 * The trigger a person or a place belongs to: the event a closing attribution tells of
 * (`toldBeforeAttribution`); else the nearest, except that the people of a reported clause belong
 * to the event it reports, not to the saying ("adviser Lena Brandt told reporters that Tobias
 * Gruber and Martin Kral had spoken": Brandt makes the statement, Gruber and Kral the call).
 */
export function ownerOfName<T extends Span>(c: SentenceClauses, name: Span, triggers: T[], isSaying: (m: T) => boolean, { place }: { place: boolean }): NameOwnership<T> {
  const attributed = toldBeforeAttribution(c, name, triggers, isSaying);
  if (attributed) return { owner: attributed, rule: 'before-attribution' };
  const owner = nearest(triggers, name);
  if (!owner) return { rule: 'none' };
  // A place closing one item of a list of happenings is that item's, not the next item's it stands nearer
  // ("Israel's air strikes on the ministry in Damascus on Wednesday, and a withdrawal from the city that night");
  // a person there may well be the next item's subject.
  if (place && owner.start >= name.end && NEXT_LIST_ITEM.test(c.text.slice(name.end, owner.start))) {
    const item = nearest(triggers.filter((m) => m.end <= name.start && !boundaryBetween(c, m.end, name.start)), name);
    if (item) return { owner: item, rule: 'list-item' };
  }
  // The subject of a main clause opened by a subordinate one is its own verb's ("Before travelling to Rome, the Foreign Minister made a visit to Moscow").
  if (owner.end <= name.start && c.subordinate.some((s) => holds(s, owner) && !holds(s, name))) {
    const main = nearest(triggers.filter((m) => m.start >= name.end && !boundaryBetween(c, name.end, m.start)), name);
    if (main) return { owner: main, rule: 'main-clause' };
  }
  // A place inside a relative aside that tells a happening of its own is that happening's, not the main clause's it may stand nearer
  // ("Trump, who met Keir Starmer at Turnberry yesterday, opens a new golf course in Aberdeenshire today": Turnberry is the meeting's), as its date is (dateOwner's own-aside).
  const aside = place ? asideAround(c, name) : undefined;
  if (aside && !holds(aside, owner)) {
    const own = nearest(triggers.filter((m) => holds(aside, m)), name);
    if (own) return { owner: own, rule: 'own-aside' };
  }
  // Onlookers watch the act told before their clause, not a gathering their clause names nearer them ("signed a declaration
  // on Sunday, with Dorn and Vell looking on at the opening of the summit"), nor a saying.
  const watching = c.onlookers.find((o) => holds(o, name));
  if (watching) {
    const act = nearest(triggers.filter((m) => m.end <= watching.start && !isSaying(m) && !strongBoundaryBetween(c, m.end, watching.start)), name);
    if (act) return { owner: act, rule: 'onlookers' };
  }
  if (isSaying(owner) && inReportedClause(c, name, owner)) {
    const reported = nearest(triggers.filter((m) => !isSaying(m) && laterInReportedClause(c, name, m)), name);
    if (reported) return { owner: reported, rule: 'reported-clause' };
  }
  return { owner, rule: 'nearest' };
}
