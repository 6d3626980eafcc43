/**
 * Rules for calendar periods named relative to the reference: "last week", "this year",
 * "next month", "earlier this month", "over the weekend", "this quarter", "last fall".
 */
import { type Day, isoDay, isoMonth, isoWeek, shift, utcDay, weekday } from '../calendar.ts';
import type { Timex } from '../model.ts';
import { EXTENT_BEFORE, MONTH_PATTERN, PART_OF_DAY_PATTERN, PERIOD_PARTS, SEASONS, SEASON_PATTERN, SEASON_WEATHER, WEATHER_DEGREE, monthNumber } from '../lexicon/calendar.ts';
import { HABIT_ADVERBS, HABIT_CLAUSE_GAP } from '../lexicon/amounts.ts';
import { ORDINAL_PATTERN, parseOrdinal } from '../lexicon/numbers.ts';
import { between, inMonth, inWeek, inYear, onDay } from '../resolved.ts';
import type { Tense } from '../tense.ts';
import { yearOfMonth } from '../yearChoice.ts';
import { narrow } from '../refiners/qualifiers.ts';
import type { Rule, RuleMatch } from './rule.ts';
import { OF_AN_EVENT_AFTER } from './eventDays.ts';
import { SPELLED_YEAR, decadeNamedBefore, endsTheLastOne, spelledYear, yearOfItsEnd } from './years.ts';

/** -1 previous, 0 current, +1 next. */
function stepOf(word: string): number {
  const w = word.toLowerCase().replace(/^the\s+/, '').replace(/^this\s+past$/, 'past');
  if (['last', 'previous', 'past'].includes(w)) return -1;
  if (['next', 'coming', 'following'].includes(w)) return 1;
  return 0;
}

function weekTimex(day: Day): Timex {
  return { type: 'DATE', value: isoWeek(day), date: inWeek(day), relative: true };
}

function monthTimex(day: Day): Timex {
  const [y, m] = [day.getFullYear(), day.getMonth() + 1];
  return { type: 'DATE', value: isoMonth(y, m), date: inMonth(y, m), relative: true };
}

/** A day, or the part of it whose TimeML code is given ("Friday evening": TEV), a TIME then. */
export function dayTimex(day: Day, partCode?: string): Timex {
  if (partCode) return { type: 'TIME', value: `${isoDay(day)}T${partCode}`, date: onDay(day), relative: true };
  return { type: 'DATE', value: isoDay(day), date: onDay(day), relative: true };
}

export function yearTimex(year: number): Timex {
  return { type: 'DATE', value: String(year), date: inYear(year), relative: true };
}

/**
 * The weekend (Saturday–Sunday) `step` weekends from `reference`: past → the latest one begun,
 * future → the next one; "the weekend before last" (-2) is the one a week before last weekend.
 */
function weekendTimex(reference: Day, step: number, tense: Tense | undefined): Timex {
  const dayOfWeek = weekday(reference); // 0 Sunday … 6 Saturday
  const onAWeekend = dayOfWeek === 0 || dayOfWeek === 6;
  const lastSaturday = shift(reference, 'day', -((dayOfWeek + 1) % 7));
  let saturday = lastSaturday;
  if (step > 0 || (step === 0 && tense === 'future' && !onAWeekend)) saturday = shift(lastSaturday, 'week', Math.max(step, 1));
  // Told on a weekend, last weekend is the one before the weekend at hand.
  if (step < 0) saturday = shift(lastSaturday, 'week', step + 1 - (onAWeekend ? 1 : 0));
  return weekendFrom(saturday);
}

/** The weekend nearest a day: "Labor Day weekend" (a Monday) is the two days before it, "Thanksgiving weekend" the days after. */
export function weekendAround(day: Day): Timex {
  const ahead = (6 - weekday(day) + 7) % 7;
  return weekendFrom(shift(day, 'day', ahead > 3 ? ahead - 7 : ahead));
}

function weekendFrom(saturday: Day): Timex {
  const sunday = shift(saturday, 'day', 1);
  return { type: 'DATE', value: `${isoWeek(saturday)}-WE`, date: between(saturday, sunday), relative: true };
}

export function quarterOf(day: Day): number {
  return Math.floor(day.getMonth() / 3) + 1;
}

export function quarterTimex(year: number, quarter: number): Timex {
  const first = utcDay(year, quarter * 3 - 2, 1);
  const last = utcDay(year, quarter * 3 + 1, 0);
  return { type: 'DATE', value: `${year}-Q${quarter}`, date: between(first, last), relative: true };
}

/**
 * The year of the latest season gone by in part (past) or the next not begun (future); unmarked,
 * the reference's. A season told in the past in its own first month ("The spring was dry",
 * "Farmers lost much of the winter's crop" written in early March, early December) is the one a
 * year before: one just begun has too little behind it to be told of as past; told in the future
 * then ("Elections will be held in the spring"), it is the one at hand, not next year's.
 */
function seasonYear(reference: Day, season: string, tense: Tense | undefined): number {
  const year = reference.getFullYear();
  const month = reference.getMonth() + 1;
  const firstMonth = SEASONS[season.toLowerCase()]?.firstMonth ?? 1;
  // Its first month is the edge: one told in it is the season at hand, past or to come.
  const underWay = month > firstMonth;
  if (tense === 'past') return underWay ? year : year - 1;
  if (tense === 'future') return underWay ? year + 1 : year;
  return year;
}

function seasonTimex(year: number, season: string): Timex {
  return { type: 'DATE', value: `${year}-${SEASONS[season.toLowerCase()]?.code}` };
}

export const relativePeriod: Rule = {
  name: 'relative-period',
  examples: [
    { text: 'European nations scrambled to respond last week.', ref: '2025-11-24', finds: 'last week', value: '2025-W47' },
    { text: 'Talks resume next month.', ref: '2026-02-25', finds: 'next month', value: '2026-03' },
    { text: 'Talks in the United States this weekend.', ref: '2026-03-20', finds: 'this weekend', value: '2026-W12-WE' },
    { text: 'Hate groups grew over the past year.', ref: '1998-03-03', finds: 'the past year', value: '1997' },
    { text: 'Workers lost earning power in the last decade.', ref: '1998-02-06', finds: 'the last decade', value: '198' },
    { text: 'Harassment had become routine over the past decade.', ref: '1998-10-25', finds: 'the past decade', value: 'P10Y' },
    { text: 'Russia launched 400 drones over the past week.', ref: '2026-02-26', finds: 'the past week', value: 'P1W' },
    { text: 'The envoys met the week before last.', ref: '2026-02-26', finds: 'the week before last', value: '2026-W07' },
    // Told on a Thursday, last weekend was April 18-19, the one before it April 11-12; the next is April 25-26.
    { text: 'The pub closed the weekend before last.', ref: '2026-04-23', finds: 'the weekend before last', value: '2026-W15-WE' },
    { text: 'The fair opens the weekend after next.', ref: '2026-04-23', finds: 'the weekend after next', value: '2026-W18-WE' },
    { text: 'Wenger warned that the next fortnight would test his squad.', ref: '1998-10-16', finds: 'the next fortnight', value: 'P2W' },
  ],
  pattern:
    new RegExp(
      String.raw`(?:(earlier|later)\s+)?(this\s+past|this|last|next|past|previous|coming|current|the\s+(?:current|past|previous|coming|next|last|following))\s+(week|fortnight|month|year|quarter|weekend|${SEASON_PATTERN}|decade)` +
        // "the week before last", "the weekend after next": two periods away.
        String.raw`|the\s+(week|weekend|month|year|quarter)\s+(before\s+last|after\s+next)`,
    ),
  read: ({ groups, reference, tense, before, after }) => {
    const [, , which = '', unitWord = groups[4] ?? '', , twoAway] = groups;
    const unit = unitWord.toLowerCase();
    // "the last year of his life", "the last week of the session": the end of that span (rule event-day), not last year.
    if (/^the\s+last$/i.test(which) && OF_AN_EVENT_AFTER.test(after)) return null;
    // A fortnight is no calendar period: "the next fortnight" is a stretch of two weeks.
    if (unit === 'fortnight') return { type: 'DURATION', value: 'P2W' };
    // "the past year", "the last decade", "the next year" name the calendar period as "last
    // year" does (TimeBank: 1997, 198, 1990); with a count ("the past two years") it is the
    // duration rule's stretch. "The past week", "the past month" are the last seven or thirty
    // days, reaching into the present week or month: a stretch, not last week (no TimeBank
    // case says otherwise). Seasons and weekends after "the past" are another rule's.
    if (/^the\s+(?:past|next|last|coming|following)$/i.test(which) || /^past$/i.test(which)) {
      if (unit in SEASONS || unit === 'weekend') return null;
      if (unit === 'week' || unit === 'month') return { type: 'DURATION', value: unit === 'week' ? 'P1W' : 'P1M' };
    }
    const step = twoAway ? (/^before/i.test(twoAway) ? -2 : 2) : stepOf(which);
    const year = reference.getFullYear();
    switch (unit) {
      case 'week':
        return weekTimex(shift(reference, 'week', step));
      case 'month':
        return monthTimex(shift(reference, 'month', step));
      case 'year':
        return yearTimex(year + step);
      case 'decade':
        // "over the past decade" measures the ten years up to the telling, as the guidelines' "the
        // last three years" does (AQUAINT: P10Y); "in the last decade" names the calendar decade.
        if (step < 0 && EXTENT_BEFORE.test(before)) return { type: 'DURATION', value: 'P10Y' };
        return { type: 'DATE', value: String(Math.floor(year / 10) + step) };
      case 'quarter': {
        const index = year * 4 + quarterOf(reference) - 1 + step;
        return quarterTimex(Math.floor(index / 4), (index % 4) + 1);
      }
      case 'weekend':
        // "this weekend" on a weekday is the coming one unless the clause is past.
        return weekendTimex(reference, step, /^this$/i.test(which) ? (tense() ?? 'future') : tense());
      default: {
        // Seasons: "last summer" is the latest one already over, "next summer" the next one not begun.
        const month = reference.getMonth() + 1;
        const firstMonth = SEASONS[unit]?.firstMonth ?? 1;
        if (step < 0) return seasonTimex(/^this\s+past$/i.test(which) ? seasonYear(reference, unit, 'past') : month > firstMonth + 2 ? year : year - 1, unit);
        if (step > 0) return seasonTimex(seasonYear(reference, unit, 'future'), unit);
        return seasonTimex(year, unit);
      }
    }
  },
};

/**
 * "this year as last", "higher this quarter than last", "this month or next": a period named
 * once and compared with the one before or after it, whose noun is left out. The bare "last" or
 * "next" is that period a step from the reference (TimeBank: "twice as high a dividend this year
 * as last", "last" 1988). Only at a clause's end, so "this year and last Tuesday" is not one,
 * nor "first and last".
 */
export const elidedPeriod: Rule = {
  name: 'elided-period',
  examples: [
    { text: 'The gain would mean nearly twice as high a dividend this year as last.', ref: '1989-10-27', finds: 'last', value: '1988' },
    { text: 'Exports grew faster this quarter than last, the ministry said.', ref: '1998-11-20', finds: 'last', value: '1998-Q3' },
    { text: 'Rates may be cut this month or next.', ref: '2026-02-25', finds: 'next', value: '2026-03' },
    { text: 'Turnout this week was below last.', ref: '2025-11-24', finds: 'last', value: '2025-W47' },
    { text: 'Sales this year and last Tuesday fell.', ref: '1989-10-27', finds: 'last Tuesday', value: '1989-10-24' },
    { text: 'The fair this year was its first and last.', ref: '1989-10-27', finds: 'this year', value: '1989' },
  ],
  pattern: new RegExp(
    String.raw`(?<=\b(?:this|the\s+current)\s+(week|month|year|quarter)\b[^.;:!?]{0,60}?\b(?:as|than|and|or|from|over|below|above|with)\s+)(?<!\bfirst\s+and\s+)(last|next)(?=\s*(?:[.,;:!?)"'”’]|$))`,
  ),
  read: ({ groups, reference }) => {
    const [, unit = '', which = ''] = groups;
    const step = stepOf(which);
    switch (unit.toLowerCase()) {
      case 'week':
        return weekTimex(shift(reference, 'week', step));
      case 'month':
        return monthTimex(shift(reference, 'month', step));
      case 'year':
        return yearTimex(reference.getFullYear() + step);
      default: {
        const index = reference.getFullYear() * 4 + quarterOf(reference) - 1 + step;
        return quarterTimex(Math.floor(index / 4), (index % 4) + 1);
      }
    }
  },
};

const PART_MOD: Record<string, { mod: string; qualifier: string }> = {
  beginning: { mod: 'START', qualifier: 'early' },
  start: { mod: 'START', qualifier: 'early' },
  middle: { mod: 'MID', qualifier: 'mid' },
  end: { mod: 'END', qualifier: 'late' },
  close: { mod: 'END', qualifier: 'late' },
  // The first or last stretch of a period: "the first weeks of the month", "the final years of the decade".
  first: { mod: 'START', qualifier: 'early' },
  opening: { mod: 'START', qualifier: 'early' },
  final: { mod: 'END', qualifier: 'late' },
  last: { mod: 'END', qualifier: 'late' },
  closing: { mod: 'END', qualifier: 'late' },
};

/**
 * "the end of the month", "the beginning of this week", "the close of the year", "the close of
 * the quarter": the reference's week, month, quarter or year, at that part; "later in the
 * week", "earlier in the month" are that week or month, as "earlier in the day" is the day
 * (same-day). An end of the year or the quarter told as past before its last month is the last
 * one's ("receipts recovered at the end of the quarter" in mid-January is the fourth quarter's).
 */
export const partOfCurrentPeriod: Rule = {
  name: 'part-of-current-period',
  examples: [
    { text: 'Rates will rise by the end of the month.', ref: '1998-11-20', finds: 'the end of the month', value: '1998-11' },
    { text: 'The plant will close by the close of the year.', ref: '1989-10-30', finds: 'the close of the year', value: '1989' },
    { text: 'Later in the week, the ministers will meet again.', ref: '1998-11-17', finds: 'Later in the week', value: '1998-W47' },
    { text: 'Earlier in the month, the bank cut rates.', ref: '1998-11-20', finds: 'Earlier in the month', value: '1998-11' },
    { text: 'The measure expires at the end of the decade.', ref: '1998-11-20', finds: 'the end of the decade', value: '199' },
    { text: 'In the 1970s the city lost jobs, and by the end of the decade it was nearly bankrupt.', ref: '1998-11-20', finds: 'the end of the decade', value: '197' },
    { text: 'The reform had been awaited since the 1990s and would be felt only by the end of the decade.', ref: '2025-12-03', finds: 'the end of the decade', value: '202' },
    // A year's close told as past before its last month is last year's.
    { text: 'Sales picked up at the close of the year.', ref: '2026-02-25', finds: 'the close of the year', value: '2025' },
    { text: 'The port hopes to clear its backlog by the close of the quarter.', ref: '2025-06-12', finds: 'the close of the quarter', value: '2025-Q2' },
    { text: 'Orders slowed toward the end of this quarter, the company says.', ref: '2024-12-10', finds: 'the end of this quarter', value: '2024-Q4' },
    { text: 'Tax receipts recovered at the end of the quarter.', ref: '2025-01-16', finds: 'the end of the quarter', value: '2024-Q4' },
    { text: 'Hiring picks up later in the quarter.', ref: '2025-05-02', finds: 'later in the quarter', value: '2025-Q2' },
    { text: 'The board will decide in the final months of the year.', ref: '2025-09-30', finds: 'the final months of the year', value: '2025' },
    { text: 'The country could be self-sufficient in the final years of the decade.', ref: '2026-01-15', finds: 'the final years of the decade', value: '202' },
    { text: 'Shipments slowed in the first weeks of the month.', ref: '2025-11-24', finds: 'the first weeks of the month', value: '2025-11' },
    { text: 'Sales were weak in the last few days of the quarter.', ref: '2025-06-20', finds: 'the last few days of the quarter', value: '2025-Q2' },
  ],
  // "the final months of the year", "the first weeks of the month": the period's end or start, as
  // "the end of the year" (TimeBank has none; the TIMEX3 guidelines' "the last days of" a period).
  pattern: /(?:the\s+(beginning|start|middle|end|close)\s+of|the\s+(first|opening|final|last|closing)\s+(?:few\s+)?(?:days|weeks|months|years)\s+of|(?:earlier|later)\s+in)\s+(?:the|this)\s+(week|month|quarter|year|decade)(?![-‐‑]|\s+(?:19|20)\d\d)/,
  read: (match) => {
    const { groups, reference } = match;
    const unit = (groups[3] ?? '').toLowerCase();
    const partWord = (groups[1] ?? groups[2])?.toLowerCase();
    const part = partWord ? PART_MOD[partWord]! : undefined;
    // The decade its sentence named before ('In the 1970s … by the end of the decade'), else the writing's.
    if (unit === 'decade') return { type: 'DATE', value: decadeNamedBefore(match) ?? String(Math.floor(reference.getFullYear() / 10)), ...(part ? { mod: part.mod } : {}) };
    if (unit === 'quarter') return quarterAtPart(match, part);
    if (!part) return unit === 'week' ? weekTimex(reference) : unit === 'year' ? yearTimex(reference.getFullYear()) : monthTimex(reference);
    if (unit === 'week') return { ...weekTimex(reference), mod: part.mod };
    if (unit === 'year') {
      const year = part.mod === 'END' ? yearOfItsEnd(match) : reference.getFullYear();
      return { type: 'DATE', value: String(year), mod: part.mod, date: { ...narrow(inYear(year), part.qualifier), qualifier: part.qualifier }, relative: true };
    }
    const [y, m] = [reference.getFullYear(), reference.getMonth() + 1];
    return { type: 'DATE', value: isoMonth(y, m), mod: part.mod, date: { ...narrow(inMonth(y, m), part.qualifier), qualifier: part.qualifier }, relative: true };
  },
};

/** The reference's quarter at a part of it, or the last quarter's end (see endsTheLastOne). */
function quarterAtPart(match: RuleMatch, part: { mod: string; qualifier: string } | undefined): Timex {
  const { reference } = match;
  const current = quarterOf(reference);
  const last = part?.mod === 'END' && endsTheLastOne(match, reference.getMonth() % 3 === 2);
  const [year, number] = !last ? [reference.getFullYear(), current] : current === 1 ? [reference.getFullYear() - 1, 4] : [reference.getFullYear(), current - 1];
  const whole = quarterTimex(year, number);
  return part && whole.date ? { ...whole, mod: part.mod, date: { ...whole.date, qualifier: part.qualifier } } : whole;
}

export const theWeekend: Rule = {
  name: 'the-weekend',
  examples: [
    { text: 'That sentiment was echoed on the streets over the weekend.', ref: '2026-02-25', finds: 'the weekend', value: '2026-W08-WE' },
    { text: 'Kyiv expects weekend peace talks in the US.', ref: '2026-03-20', finds: 'weekend', value: '2026-W12-WE' },
  ],
  // Also bare, as an adjective ("weekend talks"); not "a weekend", "every weekend".
  pattern: /(?:the\s+)?weekend(?!s)/,
  // Unmarked, the nearest: late in the week the coming one, early in the week the one just gone.
  read: ({ text, before, reference, tense }) =>
    !/^the/i.test(text) && /\b(?:a|an|every|each|one|per|this|last|next|that)\s+$/i.test(before)
      ? null
      : weekendTimex(reference, 0, tense() ?? (weekday(reference) >= 4 ? 'future' : 'past')),
};

/**
 * "For the week, the index gained 3.6 percent", "the Nasdaq lost 2 percent on the week": a
 * market report's week is the one it is written in (TimeML anchors "the week" on the document's
 * time). Only after "for"/"on" and before the clause's end, where it can be no stretch ("for the
 * week ahead", "on the week of March 3").
 */
export const theWeekReported: Rule = {
  name: 'the-week-reported',
  examples: [
    { text: 'For the week, the Dow gained 3.6 percent.', ref: '1998-11-06', finds: 'the week', value: '1998-W45' },
    { text: 'The Nasdaq composite lost 41 points on the week.', ref: '2000-03-18', finds: 'the week', value: '2000-W11' },
    { text: 'Gold ended at $288.40 an ounce, up $4 for the week, dealers said.', ref: '1999-10-01', finds: 'the week', value: '1999-W39' },
  ],
  pattern: /(?<=\b(?:for|on)\s+)the\s+week(?=\s*[,.;]|\s*$)/,
  read: ({ reference }) => weekTimex(reference),
};

/** "the summer", "the early summer" (a mod), "over the winter": by the tense of the clause. */
export const theSeason: Rule = {
  name: 'the-season',
  examples: [
    { text: 'Prices fell over the summer.', ref: '1998-11-20', finds: 'the summer', value: '1998-SU' },
    { text: 'In 1940 the city fell. That summer the army returned.', ref: '1998-11-20', finds: 'That summer', value: '1940-SU' },
    { text: 'In 1940 the city fell. In the spring the government left.', ref: '1998-11-20', finds: 'the spring', value: '1940-SP' },
    // Told in the past in the season's first month: last year's.
    { text: 'The spring was unusually dry, farmers said.', ref: '2026-03-06', finds: 'The spring', value: '2025-SP' },
    { text: 'Relief crews were stretched thin during the spring, the agency said in its report.', ref: '2026-03-10', finds: 'the spring', value: '2025-SP' },
    { text: 'Crews were stretched thin during the spring, the agency said.', ref: '2026-05-10', finds: 'the spring', value: '2026-SP' },
    { text: 'Elections will be held in the spring.', ref: '2026-03-06', finds: 'the spring', value: '2026-SP' },
    { text: 'The new line will open in the summer, the mayor said.', ref: '2026-06-04', finds: 'the summer', value: '2026-SU' },
    // What a present verb of wanting or advice asks for in a season is still to come (cues.ts 'time of a thing wished for'), as a month's is.
    { text: 'Health officials advise a second dose in the spring for the over-75s.', ref: '2024-10-03', finds: 'the spring', value: '2025-SP' },
    { text: 'The committee wants a full review of the rules in the summer.', ref: '2025-11-12', finds: 'the summer', value: '2026-SU' },
    { text: 'Doctors advised a second dose in the spring.', ref: '2024-10-03', finds: 'the spring', value: '2024-SP' },
  ],
  pattern: new RegExp(String.raw`(?:the|that)\s+(?:(early|late)\s+)?(${SEASON_PATTERN})(?!\s+(?:of|\d))`),
  read: (match) => seasonIn(match.groups, seasonYear(match.reference, match.groups[2] ?? '', match.tenseElseSignal())),
  // In a story about the past, "the summer", "that summer" are the summer of its scene.
  readIn: ({ groups }, year) => seasonIn(groups, year),
};

function seasonIn(groups: (string | undefined)[], year: number): Timex {
  const [, part, season = ''] = groups;
  return withPart({ ...seasonTimex(year, season), relative: true }, part);
}

/** "early summer" START, "mid-winter" MID, "late autumn" END. */
function withPart(timex: Timex, part: string | undefined): Timex {
  const mod = part ? PERIOD_PARTS[part.toLowerCase()] : undefined;
  return mod ? { ...timex, mod } : timex;
}

// What may follow a season named alone after a preposition: the clause goes on ("in spring the
// army left", "in autumn, when …") rather than a noun it qualifies ("in spring training").
const CLAUSE_GOES_ON = /^(?:\s*[,.;:)!?—–]|\s*$|\s+(?:and|or|but|when|as|if|while|because|before|after|until|the|a|this|that|its|their|to|in|on|at|for|with)\b)/i;

/** A season with no article: "in early summer", "by late autumn", "mid-winter", "in spring, when …": by the tense of the clause. */
export const seasonAlone: Rule = {
  name: 'season-alone',
  examples: [
    { text: 'The vote is expected in early summer.', ref: '2026-03-12', finds: 'early summer', value: '2026-SU' },
    { text: 'Fighting eased by late autumn, officials said.', ref: '2026-03-12', finds: 'late autumn', value: '2025-FA' },
    { text: 'The harvest failed in mid-winter.', ref: '2026-03-12', finds: 'mid-winter', value: '2025-WI' },
    { text: 'The ministry will publish the plan in spring, an aide said.', ref: '2026-01-20', finds: 'spring', value: '2026-SP' },
    { text: 'In 1940 the city fell. In late summer the army returned.', ref: '1998-11-20', finds: 'late summer', value: '1940-SU' },
    // A season its weather qualifies: by the tense, as "the spring".
    { text: 'A wet spring set planting back by three weeks, the ministry said.', ref: '2025-07-14', finds: 'spring', value: '2025-SP' },
    { text: 'Farmers said the hot, dry summer had cut yields.', ref: '1999-10-02', finds: 'summer', value: '1999-SU' },
    { text: 'After an unusually mild winter, gas stocks were high.', ref: '1998-04-20', finds: 'winter', value: '1997-WI' },
    { text: 'Forecasters expect a cold winter.', ref: '1998-10-20', finds: 'winter', value: '1998-WI' },
    // A habit told in the present: any such season.
    { text: 'City crews salt the main roads each night in winter.', ref: '2001-01-11', finds: 'winter', value: 'XXXX-WI' },
    { text: 'The ferry normally runs in winter.', ref: '2001-01-11', finds: 'winter', value: 'XXXX-WI' },
    { text: 'Shepherds moved their flocks to the hills in summer.', ref: '2001-01-11', finds: 'summer', value: '2000-SU' },
    { text: 'Farm unions call for a new grazing subsidy in spring.', ref: '2025-10-20', finds: 'spring', value: '2026-SP' },
    // The habit anywhere in the season's clause; not in another clause.
    { text: 'Shepherds usually graze their flocks on the high pastures above the village in summer.', ref: '2001-01-11', finds: 'summer', value: 'XXXX-SU' },
    { text: 'The old ferry normally carries its cars across the narrow strait to the island in winter.', ref: '2001-05-11', finds: 'winter', value: 'XXXX-WI' },
    { text: 'The ferry usually runs to the island every day, but it will stop in winter.', ref: '2001-05-11', finds: 'winter', value: '2001-WI' },
    // "and" joining a list or the habit's present verbs is inside its clause; before a subject it opens another.
    { text: 'The ferry normally carries cars and lorries across the strait in winter.', ref: '2001-05-11', finds: 'winter', value: 'XXXX-WI' },
    { text: 'Herders typically drive cows and calves down to the valley floor in autumn.', ref: '2001-05-11', finds: 'autumn', value: 'XXXX-FA' },
    { text: 'The ferry normally carries cars and the port closes in winter.', ref: '2001-05-11', finds: 'winter', value: '2001-WI' },
  ],
  pattern: new RegExp(String.raw`(?:(early|late|mid)[\s-]*)?(${SEASON_PATTERN})(?!\s+(?:of|\d)|[-‐‑]\w)`),
  read: (match) => seasonReading(match, () => seasonYear(match.reference, match.groups[2] ?? '', match.tenseElseSignal())),
  readIn: (match, year) => seasonReading(match, () => year),
};

/** A season alone in the year given, or any such season when a present habit is told in it. */
function seasonReading(match: RuleMatch, year: () => number): Timex | null {
  if (!isSeasonAlone(match)) return null;
  return isGenericSeason(match) ? genericSeason(match.groups) : seasonIn(match.groups, year());
}

// A season a habit is told in, in the present, is any such season: "crews salt the roads each
// night in winter", "shepherds usually move the flocks in summer" (TimeML XXXX-WI, as "every winter").
// The habit is looked for in the whole of the season's clause, however far back it stands in it
// ("Shepherds usually graze their flocks on the high pastures in summer"), not in the 40
// characters a rule sees beside its match; another clause's habit says nothing ("The ferry
// usually runs daily, but it will stop in winter").
const HABIT_BEFORE_SEASON = new RegExp(String.raw`\b(?:(?:each|every)\s+(?:day|night|week|month|year|morning|afternoon|evening|weekend)|${HABIT_ADVERBS.join('|')})\b${HABIT_CLAUSE_GAP}$`, 'i');
const isGenericSeason = ({ groups, earlierInSentence, tense }: RuleMatch) => groups[1] === undefined && HABIT_BEFORE_SEASON.test(earlierInSentence()) && tense('clause') !== 'past';

function genericSeason(groups: (string | undefined)[]): Timex {
  return { type: 'DATE', value: `XXXX-${SEASONS[(groups[2] ?? '').toLowerCase()]?.code}` };
}

const PREPOSITION_BEFORE = /\b(?:in|during|by|until|till|since|through|throughout|over|before|after)\s+$/i;
// A season its weather qualifies is one season, told of as "the spring" is: "a wet spring set
// planting back", "the hot summer drove demand", "after an unusually mild winter".
const WEATHER_BEFORE = new RegExp(String.raw`\b(?:a|an|the|that)\s+(?:(?:${WEATHER_DEGREE.join('|')})\s+)?(?:${SEASON_WEATHER.join('|')})(?:,?\s+(?:${SEASON_WEATHER.join('|')}))?\s+$`, 'i');
const isSeasonAlone = ({ groups, before, after }: RuleMatch) =>
  groups[1] !== undefined || (PREPOSITION_BEFORE.test(before) && CLAUSE_GOES_ON.test(after)) || WEATHER_BEFORE.test(before);

/** "last fall", "this summer" are handled above; "the summer of 1998", "the winter of nineteen ninety-four" here. */
export const seasonOfYear: Rule = {
  name: 'season-of-year',
  examples: [
    { text: 'the level we saw in the winter of nineteen ninety-four', ref: '1998-02-23', finds: 'the winter of nineteen ninety-four', value: '1994-WI' },
    { text: 'That summer afternoon in 2019 the two men first met.', ref: '2026-02-25', finds: 'That summer afternoon in 2019', value: '2019-SU' },
    { text: 'The vote is expected in early summer 2027.', ref: '2026-03-12', finds: 'early summer 2027', value: '2027-SU' },
    { text: 'Fighting flared in late summer last year.', ref: '2026-03-12', finds: 'late summer last year', value: '2025-SU' },
  ],
  // "that summer afternoon in 2019": a day of the season still names the season's year.
  pattern: new RegExp(
    String.raw`(?:(?:the|that)\s+)?(?:(early|late|mid)[\s-]*)?(${SEASON_PATTERN})(?:\s+(?:day|${PART_OF_DAY_PATTERN})s?)?(?:\s+(?:of|in))?\s+((?:19|20)\d\d|${SPELLED_YEAR}|(?:last|this|next)\s+year)`,
  ),
  read: ({ groups, reference }) => {
    const [, part, season = '', yearText = ''] = groups;
    const step = /^last/i.test(yearText) ? -1 : /^next/i.test(yearText) ? 1 : 0;
    const year = /^\d/.test(yearText) ? Number(yearText) : /year$/i.test(yearText) ? reference.getFullYear() + step : spelledYear(yearText);
    return withPart(seasonTimex(year, season), part);
  },
};

/** "the first week of March": the days 1–7 (…, last: the final seven days). */
export const weekOfMonth: Rule = {
  name: 'week-of-month',
  examples: [
    { text: 'Talks open the first week of March.', ref: '1998-11-20', finds: 'the first week of March', value: '1998-03' },
  ],
  pattern: new RegExp(String.raw`the\s+(${ORDINAL_PATTERN})\s+week\s+of\s+(${MONTH_PATTERN})(?:,?\s+((?:19|20)\d\d))?`),
  read: ({ groups, reference, tense }) => {
    const [, ordinalText = '', monthText = '', yearText] = groups;
    const ordinal = parseOrdinal(ordinalText);
    const month = monthNumber(monthText);
    if (ordinal === undefined || ordinal > 4 || month === undefined) return null;
    const year = yearText ? Number(yearText) : yearOfMonth(reference, month, tense('clause'));
    const firstDay = ordinal === -1 ? utcDay(year, month + 1, -6) : utcDay(year, month, ordinal * 7 - 6);
    const lastDay = shift(firstDay, 'day', 6);
    const mod = ordinal === 1 ? 'START' : ordinal === -1 ? 'END' : undefined;
    return {
      type: 'DATE',
      value: isoMonth(year, month),
      ...(mod ? { mod } : {}),
      date: { ...between(firstDay, lastDay), value: `${isoDay(firstDay)}/${isoDay(lastDay)}` },
      relative: !yearText,
    };
  },
};
