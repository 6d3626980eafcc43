import { findTemporalExpressions, type TemporalExpression } from '../dates/index.ts';
import { SEASON_OF_YEAR } from '../dates/refiners/narrative.ts';
import { everyMatch } from '../gated-matches.ts';
import { calendarDay } from '../parse/iso-date.ts';
import type { Article, Sentence } from '../types.ts';
import type { ArticleEvents, UndatedCandidate } from './candidate.ts';
import { DAY_NOT_SET, DUTY_OR_PROMISE, FORECAST_AFTER, HORIZON_DENIED_BEFORE, HUNG_ON_ANOTHER, LATER_IN_ITS_PERIOD, LIKELY_TO_COME, LINK_LINE, NOT_BEFORE_BOUND, OPEN_TIME_WORD, PERIOD_AFTER_NEXT, PLAN_MARKER, POSSESSIVE_PERIOD_AHEAD, POSSIBLE_BEFORE, TIME_ALLOWED, VAGUE_HORIZON, WHEN_NOT_TOLD_ALONE } from './lexicon.ts';
import { kindFamily } from './kinds.ts';
import { unset } from './unset-time.ts';

const PLAN = new RegExp(PLAN_MARKER.source, 'i');
/** A duty, a promise or a happening told as likely: each a plan of what is to come. */
const DUTY_PROMISE_OR_LIKELY = new RegExp(`${DUTY_OR_PROMISE.source}|${LIKELY_TO_COME.source}`, 'gi');
/** What parts a plan word's clause from a horizon's. */
const CLAUSE_BETWEEN = /[,;]|\b(?:which|who|whom|that)\b/i;

/** Where a horizon stands in the sentence, unless it is denied ("will not end soon"). */
function horizonAt(horizon: RegExp, text: string): RegExpExecArray | null {
  const found = horizon.exec(text);
  return found !== null && !HORIZON_DENIED_BEFORE.test(text.slice(0, found.index)) ? found : null;
}

/**
 * A vague horizon told in its plan's clause ("said it would restore supply within the next six to ten hours"), not one a plan in
 * another clause only stands beside ("Within hours, the fire had reached the town, which officials said would be evacuated"; "He soon
 * became leader, a post he would hold for a decade"): no comma, semicolon or relative word between the horizon and a plan word, and a
 * plan word that tells no forecast ("Inflation is likely to rise in the coming months"); one of mere possibility still puts a plan off
 * ("a summit could still happen in the coming months").
 */
function horizonOfAPlan(text: string): boolean {
  const horizon = horizonAt(VAGUE_HORIZON, text);
  if (horizon === null) return false;
  return [...everyMatch(PLAN_MARKER, text), ...everyMatch(DUTY_PROMISE_OR_LIKELY, text)].some((word) => {
    if (foretellsAQuantityOrState(text, word)) return false;
    const between = word.index < horizon.index ? text.slice(word.index, horizon.index) : text.slice(horizon.index + horizon[0].length, word.index);
    return !CLAUSE_BETWEEN.test(between);
  });
}

/**
 * A plan with a vague horizon, a span given for what is to be done (which is its plan), a plan its sentence says has no day yet or none
 * told, one bounded only by the earliest it may come, or one that hangs on another happening to come, or a plan told only with times
 * that leave its day open.
 */
function putOffPlan(text: string, published: string): boolean {
  if (horizonOfAPlan(text) || horizonAt(TIME_ALLOWED, text) !== null || DAY_NOT_SET.test(text) || boundOfAPlan(text)) return true;
  if (HUNG_ON_ANOTHER.test(text) && (PLAN.test(text) || DUTY_OR_PROMISE.test(text))) return true;
  // Every sentence no trigger read comes here, and few give a time that leaves a day open: a sentence with no such word anywhere has none
  // after its plan word either (each plan word opens on a word boundary), so its plan words, a scan of the whole sentence each, go unread.
  if (!OPEN_TIME_WORD.test(text)) return false;
  const plan = firmPlanAt(text);
  return plan < Infinity && OPEN_TIME_WORD.test(text.slice(plan)) && daysLeftOpen(text, published, plan);
}

/** A bound of a plan, not of a forecast ("Prices are not expected to fall before 2060"): FORECAST_AFTER read after its negation. */
function boundOfAPlan(text: string): boolean {
  const bound = NOT_BEFORE_BOUND.exec(text);
  return bound !== null && !FORECAST_AFTER.test(text.slice(bound.index + bound.groups!['notYet']!.length));
}

/**
 * Where the sentence's plan begins: its first plan word (PLAN_MARKER, DUTY_OR_PROMISE, LIKELY_TO_COME) but one of mere possibility ("a
 * summit could take place in Lima before the winter", POSSIBLE_BEFORE: a hypothesis, no plan, whatever time it is told with) or of a
 * forecast (FORECAST_AFTER: "expects inflation to fall to 2% next year"), nor the "next" of the time itself ("next year"); Infinity when
 * there is none.
 */
function firmPlanAt(text: string): number {
  const words = [...everyMatch(PLAN_MARKER, text), ...[DUTY_OR_PROMISE.exec(text), LIKELY_TO_COME.exec(text)].filter((m) => m !== null)];
  return Math.min(...words.filter((word) => firmPlanWord(text, word)).map((word) => word.index));
}

/** A plan word that tells a plan, in the sense firmPlanAt gives. */
function firmPlanWord(text: string, word: RegExpExecArray): boolean {
  const end = word.index + word[0].length;
  const after = text.slice(end);
  return !POSSIBLE_BEFORE.test(`${text.slice(0, end)} `) && !foretellsAQuantityOrState(text, word) && !(/^next$/i.test(word[0]) && PERIOD_AFTER_NEXT.test(after));
}

/** A plan word followed by a forecast of a quantity or a state (FORECAST_AFTER), no happening. */
function foretellsAQuantityOrState(text: string, word: RegExpExecArray): boolean {
  return FORECAST_AFTER.test(text.slice(word.index + word[0].length));
}

/**
 * "will name a successor early next year", "would run in a by-election later this summer", "must put a budget before parliament by
 * mid-October", "will go to Kyiv, perhaps at the weekend": a plan told only with a year or a season still to come, or with a deadline
 * or a guess (unset-time.ts), is told with no day, as a plan a trigger tells so is listed undated (tests/fixtures/own-conventions.md,
 * "Months"). Only the times from the plan's first word on are its own ("Powell's term runs out in May, and Trump has said he will name
 * a successor early next year"); a period in the possessive ("next year's budget") names what its noun is for, not when (POSSESSIVE_PERIOD_AHEAD).
 * Read only for a sentence that tells a plan no trigger read, with a word such a time is written with (OPEN_TIME_WORD), so few sentences pay for the dates.
 */
function daysLeftOpen(text: string, published: string, plan: number): boolean {
  const possessives = everyMatch(POSSESSIVE_PERIOD_AHEAD, text).map((p) => p.index);
  const times = findTemporalExpressions(text, published).filter((t) => t.type === 'DATE' && t.start >= plan && !possessives.some((at) => at >= t.start && at < t.end));
  return times.length > 0 && times.every((t) => unset(t, text) || yearOrSeasonAhead(t, calendarDay(published), text));
}

/** The last month of each season, as TimeML names them (winter's is the February after its year). */
const SEASON_LAST_MONTH: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 14 };

/**
 * A year still to come on `day`, or the end of its own or the rest of it ("next year", "early next year", "before the end of the year",
 * "is due to begin later this year"; not "who chairs ASEAN this year", a present), or a season not gone by ("later this summer"; not
 * "spent the spring" in June).
 */
function yearOrSeasonAhead(time: TemporalExpression, day: string, text: string): boolean {
  const season = SEASON_OF_YEAR.exec(time.value);
  if (season) return Number(season[1]) * 12 + SEASON_LAST_MONTH[season[2]!]! >= Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
  const rest = time.date?.qualifier === 'late' || LATER_IN_ITS_PERIOD.test(text.slice(time.start, time.end));
  return time.date?.precision === 'year' && (time.date.start > day || (rest && time.date.end >= day));
}

/**
 * "The government says it will table the bill in the coming weeks", "The next stages are expected in the
 * coming days", "An inquiry could take months", "No return date has been fixed.": a plan put off to a horizon too
 * vague to place (VAGUE_HORIZON, TIME_ALLOWED) or told with no day set (DAY_NOT_SET) is a report of no day
 * whatever its verb, so a sentence that tells one and that no trigger read is listed with the article's
 * undated mentions, as a plan a trigger tells with such a horizon is (tests/fixtures/own-conventions.md,
 * "Weeks"); a heading or a link to another story tells none. It names no one: who and where are the trigger's to read, so it ties to no event.
 */
export function withPlansPutOff(article: Article, sentences: Sentence[], found: ArticleEvents): ArticleEvents {
  // A sentence that tells a dated happening of another sort may put a plan off too ("Orban said on Thursday that a summit in Budapest could
  // still happen 'in the coming months'"); one a dated report of the 'other' family cites would be tied back to it as its evidence (attach-undated).
  const read = new Set([...found.candidates.filter((c) => kindFamily(c.kind) === kindFamily('other')).flatMap((c) => c.evidence.map((e) => e.sentence)), ...found.undated.map((u) => u.evidence.sentence)]);
  const putOff: UndatedCandidate[] = sentences
    .filter((s) => !read.has(s.index) && s.block !== 'heading' && !LINK_LINE.test(s.text) && putOffPlan(s.text, article.published))
    .map((s) => ({ article: article.id, kind: 'other', status: 'planned', participants: [], place: null, evidence: noteWithItsHappening(s, sentences) }));
  return putOff.length === 0 ? found : { ...found, undated: [...found.undated, ...putOff] };
}

/**
 * A sentence's own words as the evidence of its plan, but a note that no one has told when, told alone (WHEN_NOT_TOLD_ALONE: "He did not
 * say when."), quotes the sentence of its paragraph before it too, which tells the happening it is about; it stays the note's sentence, so
 * it is tied to no event that sentence tells.
 */
function noteWithItsHappening(s: Sentence, sentences: Sentence[]): UndatedCandidate['evidence'] {
  const before = sentences.find((b) => b.index === s.index - 1);
  if (before === undefined || before.blockIndex !== s.blockIndex || !WHEN_NOT_TOLD_ALONE.test(s.text)) return { sentence: s.index, text: s.text, start: s.start, end: s.end };
  return { sentence: s.index, text: `${before.text} ${s.text}`, start: before.start, end: s.end };
}
