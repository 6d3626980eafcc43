/**
 * Rules for expressions anchored at the reference day: "now", "recently", "the future",
 * "today", "yesterday", "tomorrow", "earlier in the day", "this morning", "tonight".
 */
import { isoDay, shift } from '../calendar.ts';
import type { Timex } from '../model.ts';
import { MOD_OF_STRETCH, MONTH_STEM, MOMENTS_OF_DAY, PARTS_OF_DAY, PART_OF_DAY_PATTERN, WEEKDAYS, monthNumber, weekdayNumber } from '../lexicon/calendar.ts';
import { dayTimex, quarterTimex, yearTimex } from './periods.ts';
import { weekdayDay } from '../refiners/chronoReadings.ts';
import { inMonth, onDay } from '../resolved.ts';
import { HABITUAL_PRESENT_VERBS, alternation } from '../lexicon/verbs.ts';
import type { Rule } from './rule.ts';
import { everyMatch } from '../../gated-matches.ts';


const PART_OF_DAY: Record<string, string> = { ...PARTS_OF_DAY, tonight: PARTS_OF_DAY.night! };

const DAY_OFFSET: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };

export const presentReference: Rule = {
  name: 'present-reference',
  examples: [
    { text: 'Prices are now rising.', ref: '1998-11-20', finds: 'now', value: 'PRESENT_REF' },
    { text: 'Refugees are at the moment too afraid to go home.', ref: '1999-06-10', finds: 'the moment', value: 'PRESENT_REF' },
  ],
  // "current" as TimeML reads it: "current market conditions" hold at the reference time.
  // "at the moment": the moment alone, as TimeML leaves the preposition out; not "at the moment
  // of the blast" or "at the moment he spoke", another event's moment. Not "for the moment",
  // which TimeBank leaves unmarked (a hedge on a plan, not a time).
  // Not a term of finance ("the current account surplus", "current accounts") nor the noun of a
  // flow ("the electric current", "a strong current swept them"): no time (classes.test.ts).
  pattern: /now|currently|(?<!\b(?:then|electric|alternating|direct|strong|swift|powerful|rip|ocean)\s)current(?![\s-‐‑]+accounts?\b)|at present|presently|(?<=\bat\s+)the moment(?!\s+(?:of|when|that|he|she|it|they|we|I)\b)|nowadays|these days|the present/,
  read: () => ({ type: 'DATE', value: 'PRESENT_REF' }),
};

export const pastReference: Rule = {
  name: 'past-reference',
  examples: [
    { text: 'Peskov recently cast doubt on the summit.', ref: '1998-11-20', finds: 'recently', value: 'PAST_REF' },
    { text: 'Of late, the mood in the party has soured.', ref: '2026-02-25', finds: 'Of late', value: 'PAST_REF' },
    { text: 'He told reporters the other day that prices would rise.', ref: '1998-08-20', finds: 'the other day', value: 'PAST_REF' },
  ],
  // Not "previously"/"formerly": they date a state against another ("previously reported"), not the past.
  // Nor "recent" alone: like "future", the adjective says what ("a recent filing"), not when;
  // "recent weeks" is a stretch of time (see vagueDuration). TimeML leaves "in" outside.
  pattern: /recently|lately|of\s+late|recent\s+times|the other day|the past/,
  // "the past three summers", "the past century": an adjective on a stretch of time, not the past itself.
  // "most recently last October": the date that follows says when; "recently" only orders.
  read: () => ({ type: 'DATE', value: 'PAST_REF' }),
};

export const futureReference: Rule = {
  name: 'future-reference',
  examples: [
    { text: 'It may help in the near future.', ref: '1998-11-20', finds: 'the near future', value: 'FUTURE_REF' },
    { text: 'The plant will be financed at a later date.', ref: '1998-11-20', finds: 'a later date', value: 'FUTURE_REF' },
    { text: 'The board said it would sell the plant as soon as possible.', ref: '2024-06-12', finds: 'as soon as possible', value: 'FUTURE_REF' },
  ],
  // The noun only: the adjective ("future earnings") and "eventually" say what, not when.
  // "soon" looking ahead is the future (TimeBank marks 4 of the 6 it has, and "as soon as
  // possible", whole, 1 of 1, whatever the tense of the telling); "soon" in "as soon as" a
  // clause, "soon after" or a past clause ("was soon released") is relative to another event
  // (TimeBank: 0 of 4). README, dates conventions.
  // "for the foreseeable future" says how long (open-ended), not when.
  pattern: /the (?:near |distant |immediate )?future|in future|the (?:near|short) term|a (?:later|future) date|as soon as (?:possible|practicable|feasible)|(?<!\bas\s)soon(?!\s+(?:as|after|afterwards?|thereafter)\b)|someday/,
  read: ({ text, tense }) => (/^soon$/i.test(text) && tense() === 'past' ? null : { type: 'DATE', value: 'FUTURE_REF' }),
};

/** A modal or a wish, and its subject, before "one day": "will one day be", "hopes he one day follows". */
const WISH_BEFORE = /\b(?:will|would|could|might|may|can|should|must|shall|hopes?|hoped|hoping|dreams?|dreamed|wants?|wanted|wish(?:es|ed)?)(?:\s+(?:that|he|she|they|we|I|you|it|not|also|still))?\s+$/i;

/** Where a clause opens: the text's start, a sentence's or clause's punctuation, a conjunction. */
const CLAUSE_OPENS_BEFORE = /(?:^|[.;:!?"“”—–]|\b(?:and|but|while|whereas|because))\s*$/i;
/** What a stretch's "one day" is followed by: "One day of talks", "One day later", "one day and a night". */
const STRETCH_AFTER = /^\s+(?:of|later|after|before|ago|earlier|and|or|in|at|for)\b/;
/** A clause's own subject after a fronted "One day" (or "soon", or a comma): not "One day will be enough". */
const CLAUSE_AFTER = /^(?:\s*,|\s+(?:soon|the|a|an|he|she|it|they|we|I|you|this|that|these|those|his|her|its|their|our|[A-Z]\w*)\b)/;

/**
 * "one day" after a modal or a wish is some day to come (TimeML FUTURE_REF), not a day's
 * stretch: "Islam will one day be the second religion", "he hopes he one day follows"; so is
 * "One day" opening a clause that tells what is to come ("One day, she says, the mine will
 * reopen", "One day soon the rains will return"): it dates the clause, it measures nothing.
 * Before the duration rule, which would read one day (P1D).
 */
export const someDay: Rule = {
  name: 'some-day',
  examples: [
    { text: 'Islam will one day be the second largest religion here.', ref: '1998-03-03', finds: 'one day', value: 'FUTURE_REF' },
    { text: 'He expressed the hope he one day follow in the footsteps of Glenn.', ref: '1998-04-18', finds: 'one day', value: 'FUTURE_REF' },
    { text: 'One day, Tamsin Orrell says, the old mine will reopen.', ref: '1999-06-14', finds: 'One day', value: 'FUTURE_REF' },
    { text: 'The valley is dry now, but one day the river will come back.', ref: '2000-03-02', finds: 'one day', value: 'FUTURE_REF' },
  ],
  pattern: /one day|some day/,
  read: ({ before, after, tense }) => {
    if (STRETCH_AFTER.test(after)) return null;
    const wished = WISH_BEFORE.test(before) && /^\s+[a-z]/.test(after);
    const opensFutureClause = CLAUSE_OPENS_BEFORE.test(before) && CLAUSE_AFTER.test(after) && tense('clause') === 'future';
    return wished || opensFutureClause ? { type: 'DATE', value: 'FUTURE_REF' } : null;
  },
};

/**
 * "the day before yesterday", "yesterday", "today", "tomorrow", optionally with a part of the
 * day; "last night" is the night before the publication day (ours, not chrono's, whose
 * reading depends on the machine's time zone).
 */
// A plural subject with no determiner, opening its clause, at most one word before it:
// "Young drivers", "Children", "Commuters" (not "the ministers", "his children").
const PEOPLE_IN_GENERAL_BEFORE = /(?:^[\s"“]*|[.;:!?"“”—–]\s*|\s-{1,2}\s+|\b(?:and|but|while|whereas)\s+)(?:(?!(?:the|a|an|his|her|its|their|our|your|these|those|this|that|both|all|two|three)\s)[A-Za-z-]+\s+)?(?:[A-Za-z-]+s|people|children|men|women)\s+$/i;
// A present verb of habit or state; "are" not as an auxiliary ("are meeting", "are expected to").
const HABIT_AFTER = new RegExp(String.raw`^\s+(?:are(?!\s+(?:\w+ing|\w+ed|due|set|to|about)\b)|(?:${alternation(HABITUAL_PRESENT_VERBS)})\b)`, 'i');

// "In the 1970s, a tamale cost a quarter; today it costs $1.50", "Twenty years ago the valley had
// five mills, but today it has none": a time long past, then "today" opening the clause set
// against it, in the present, is how things are now (TimeML: PRESENT_REF), not the day of writing.
const PAST_ERA = /\b(?:(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:1[89]|20)\d0s|(?:\w+\s+)?(?:years|decades|generations?|centuries)\s+ago|an?\s+(?:generation|decade|century)\s+ago)\b/i;
const CLAUSE_SET_AGAINST = /(?:;|,?\s+(?:but|while|whereas))\s*$/i;
const PRESENT_CLAUSE_AFTER = /^\s*,?\s+(?:[\w'-]+\s+){0,3}?(?:is|are|has|have|costs?|sells?|stands?|remains?|lives?|works?|employs?|makes?|owns?|holds?)\b/i;

export const dayWord: Rule = {
  name: 'day-word',
  examples: [
    { text: 'Shares surged yesterday.', ref: '1998-11-20', finds: 'yesterday', value: '1998-11-19' },
    { text: 'Police said the attack happened last night.', ref: '1998-11-20', finds: 'last night', value: '1998-11-19TNI' },
    { text: 'Young drivers today earn less than their parents did.', ref: '2026-03-10', finds: 'today', value: 'PRESENT_REF' },
    { text: 'Children today are heavier, the survey found.', ref: '2026-04-22', finds: 'today', value: 'PRESENT_REF' },
    { text: 'EU leaders today meet in Brussels.', ref: '2026-04-22', finds: 'today', value: '2026-04-22' },
    { text: 'Twenty years ago the valley had five mills, but today it has none.', ref: '2001-05-02', finds: 'today', value: 'PRESENT_REF' },
    { text: 'In the early 1960s a ticket cost a shilling; today the same seat costs 40 pounds.', ref: '2025-09-17', finds: 'today', value: 'PRESENT_REF' },
    // Not a telling of the day, nor without a time long past set against it.
    { text: 'Output fell in the 1990s, but today the ministry said it had recovered.', ref: '2001-05-02', finds: 'today', value: '2001-05-02' },
    { text: 'The plant closed in May; today it is a car park.', ref: '2001-05-02', finds: 'today', value: '2001-05-02' },
    { text: 'Ministers today are expected to approve the budget.', ref: '2026-04-22', finds: 'today', value: '2026-04-22' },
  ],
  pattern: /(?:the day (before|after) )?(yesterday|today|tomorrow|tonight)(?:\s+(morning|afternoon|evening|night))?|last (night)/,
  read: ({ groups, reference, earlierInSentence, after }) => {
    const [, around, dayName, dayPart, lastNight] = groups;
    // "Young drivers today earn less", "Children today are heavier": people in general, then a
    // verb of habit or state, say how things are these days (TimeML: PRESENT_REF), not the day.
    if (!around && !dayPart && /^today$/i.test(dayName ?? '') && HABIT_AFTER.test(after) && PEOPLE_IN_GENERAL_BEFORE.test(earlierInSentence())) return { type: 'DATE', value: 'PRESENT_REF' };
    if (!around && !dayPart && /^today$/i.test(dayName ?? '') && PRESENT_CLAUSE_AFTER.test(after)) {
      const before = earlierInSentence();
      if (CLAUSE_SET_AGAINST.test(before) && PAST_ERA.test(before)) return { type: 'DATE', value: 'PRESENT_REF' };
    }
    const [word, part] = lastNight ? ['yesterday', 'night'] : [dayName ?? '', dayPart];
    const offset = (DAY_OFFSET[word.toLowerCase()] ?? 0) + (around ? (around.toLowerCase() === 'before' ? -1 : 1) : 0);
    const day = shift(reference, 'day', offset);
    const partCode = PART_OF_DAY[(part ?? (word.toLowerCase() === 'tonight' ? 'tonight' : '')).toLowerCase()];
    return dayTimex(day, partCode);
  },
};

/**
 * "this morning", "earlier in the day", "later today": the reference day itself. So is a part
 * of the day named alone, as a clock time is ("by mid-afternoon", "at midday").
 */
const NAMED_DAY_AFTER = /^\s+(?:(?:on|of)\s+)?[A-Z]/;

export const sameDay: Rule = {
  name: 'same-day',
  examples: [
    { text: 'Speaking earlier in the day, he named the obstacles.', ref: '2026-02-25', finds: 'earlier in the day', value: '2026-02-25' },
    { text: 'He will meet the envoy later this afternoon.', ref: '1998-02-22', finds: 'later this afternoon', value: '1998-02-22TAF' },
    { text: 'The talks ended around noon.', ref: '1998-02-22', finds: 'around noon', value: '1998-02-22T12:00' },
    { text: 'The deadline passed at midnight.', ref: '1998-02-22', finds: 'midnight', value: '1998-02-21T24' },
    { text: 'The talks had been due at noon but were delayed.', ref: '1998-02-22', finds: 'noon', value: '1998-02-22T12:00' },
    { text: 'The minister said at midday that the border would stay shut.', ref: '1998-02-22', finds: 'midday', value: '1998-02-22T12:00' },
    { text: 'The vote is set for noon local time.', ref: '1998-02-22', finds: 'noon', value: '1998-02-22T12:00' },
  ],
  pattern: /(?:this|that) (morning|afternoon|evening)|(?:earlier|later) (?:in the day|today|this (morning|afternoon|evening))|(?:mid[- ]?(morning|afternoon)|(midday|noon)|(midnight))(?:\s+(yesterday|today|tomorrow|tonight))?(?!\s+(?:(?:on|of)\s+)?(?:\d|last|this|next|yesterday|today|tomorrow))/,
  read: ({ groups, reference, tense, after }) => {
    const [, part, laterPart, midPart, midday, midnight, dayName] = groups;
    // A named day after the moment ("noon Monday", "midnight on Friday") is momentOfDay's.
    // Tested here, case-sensitively, as rule patterns match without case.
    if ((midPart || midday || midnight) && NAMED_DAY_AFTER.test(after)) return null;
    const day = shift(reference, 'day', DAY_OFFSET[(dayName ?? 'today').toLowerCase()] ?? 0);
    if (midday) return { type: 'TIME', value: `${isoDay(day)}T12:00`, date: onDay(day), relative: true };
    // Midnight ends its day (TimeML T24): a midnight past ended the day before.
    if (midnight) {
      const ended = dayName || tense() !== 'past' ? day : shift(day, 'day', -1);
      return { type: 'TIME', value: `${isoDay(ended)}T24`, date: onDay(ended), relative: true };
    }
    const partCode = PART_OF_DAY[(part ?? laterPart ?? midPart ?? '').toLowerCase()];
    if (partCode) return dayTimex(day, partCode);
    return dayTimex(reference);
  },
};

const MOMENTS = Object.keys(MOMENTS_OF_DAY).map((m) => m.replaceAll(' ', String.raw`\s+`));
// Alone after a word of time ("at dawn"): not midday, nor "the small hours of", which names its day.
const PARTING_MOMENTS = MOMENTS.filter((m) => m !== 'midday' && !/(?:of|to|into)$/.test(m));
// "the night from Saturday to Sunday", "the night of Saturday to Sunday", "the night between
// Saturday and Sunday": one night, dated as "the night to Sunday" is, by the day it runs into.
const NIGHT_BETWEEN_DAYS = String.raw`the\s+night\s+(?:from|of|between)\s+(?:${WEEKDAYS.join('|')})\s+(?:to|into|and)\s+(${WEEKDAYS.join('|')})`;
// "mid-morning Saturday", "the early evening Friday", "in the late afternoon on Tuesday", "the early morning
// hours Wednesday": a part of the day before its day, its early, middle or late stretch the mod (TimeBank:
// "mid-afternoon yesterday" TAF MID).
// Not "of" a day: "the morning of Tuesday, Feb. 8" is the date's (refiners/partOfDayOf.ts). A space or a
// hyphen after "mid": "midnight Friday" is T24 (rule same-day), no middle of a night.
const PART_BEFORE_DAY = String.raw`(?:the\s+)?(?:(${Object.keys(MOD_OF_STRETCH).join('|')})[-\s]+)?(${PART_OF_DAY_PATTERN})(?:\s+hours)?(?:\s+on)?\s+(${WEEKDAYS.join('|')}|yesterday|today|tomorrow)`;

/**
 * A moment of the day (lexicon MOMENTS_OF_DAY) as the wires date things by it: with its day
 * ("at dawn Friday", "midday Monday", "before dawn on Wednesday"), or alone after a word of time
 * ("at dawn", "by nightfall", "at first light"), then on the reference day or the day last
 * named (refiners/clockDay.ts), as a clock time is. "The early hours of Sunday" is Sunday's
 * night (lexicon: TimeML 1.2.1 marks a part of a named day whole). A TIME, as TimeML types the parts of a day; not
 * "the dawn of a new era", nor "a dawn raid" (no word of time before it).
 */
export const momentOfDay: Rule = {
  name: 'moment-of-day',
  examples: [
    { text: 'Police raided the house before dawn Wednesday.', ref: '2000-01-12', finds: 'dawn Wednesday', value: '2000-01-12TMO' },
    { text: 'A bomb exploded at midday Monday.', ref: '1999-11-29', finds: 'midday Monday', value: '1999-11-29T12:00' },
    { text: 'Negotiators worked into the early hours of Wednesday.', ref: '1998-10-22', finds: 'the early hours of Wednesday', value: '1998-10-21TNI' },
    { text: 'In the small hours of Sunday a tug ran aground.', ref: '2024-08-14', finds: 'the small hours of Sunday', value: '2024-08-11TNI' },
    { text: 'A car was set alight in the wee hours of yesterday, police said.', ref: '2025-01-16', finds: 'the wee hours of yesterday', value: '2025-01-15TNI' },
    { text: 'In the night to Sunday drones hit a refinery in Syzran.', ref: '2026-11-15', finds: 'the night to Sunday', value: '2026-11-15TNI' },
    { text: 'Air defences downed 40 drones during the night into Saturday, the ministry said.', ref: '2026-11-16', finds: 'the night into Saturday', value: '2026-11-14TNI' },
    { text: 'Storms are forecast for the night to Friday.', ref: '2026-11-11', finds: 'the night to Friday', value: '2026-11-13TNI' },
    { text: 'Two people died in a fire in the night from Saturday to Sunday, police said.', ref: '2026-11-16', finds: 'the night from Saturday to Sunday', value: '2026-11-15TNI' },
    { text: 'Looters struck shops in the night between Friday and Saturday.', ref: '2026-11-16', finds: 'the night between Friday and Saturday', value: '2026-11-14TNI' },
    { text: 'By nightfall, the fires were out.', ref: '1998-08-13', finds: 'nightfall', value: '1998-08-13TEV' },
    { text: 'Rebels shelled the town on Tuesday. The attack began at dawn.', ref: '1998-08-13', finds: 'dawn', value: '1998-08-11TMO' },
    { text: 'Police raided three flats in the predawn hours Thursday.', ref: '2031-09-12', finds: 'the predawn hours Thursday', value: '2031-09-11TNI' },
    { text: 'The ferry docked mid-morning Monday after a rough crossing.', ref: '2031-09-12', finds: 'mid-morning Monday', value: '2031-09-08TMO' },
    { text: 'Envoys resumed talks in the late afternoon on Wednesday.', ref: '2031-09-12', finds: 'the late afternoon on Wednesday', value: '2031-09-10TAF' },
    { text: 'The strike will end in the early evening Sunday, the union said.', ref: '2031-09-12', finds: 'the early evening Sunday', value: '2031-09-14TEV' },
    { text: 'Gunmen stormed the hotel in the early morning hours Thursday.', ref: '2031-09-12', finds: 'the early morning hours Thursday', value: '2031-09-11TMO' },
    // "of" dropped before the day, as after "predawn"; and the hours alone after a word of time, on the day in hand.
    { text: 'A fire gutted the depot in the early hours Sunday.', ref: '1998-08-07', finds: 'the early hours Sunday', value: '1998-08-02TNI' },
    { text: 'Looters were arrested in the small hours Saturday.', ref: '1998-08-07', finds: 'the small hours Saturday', value: '1998-08-01TNI' },
    { text: 'Negotiators haggled until the early hours, an aide said.', ref: '1998-08-07', finds: 'the early hours', value: '1998-08-07TNI' },
  ],
  pattern: new RegExp(
    String.raw`(${MOMENTS.join('|')})(?:\s+on)?\s+(${WEEKDAYS.join('|')}|yesterday|today|tomorrow)` +
      String.raw`|(?<=\b(?:at|by|before|after|until|till|from|since|around|about|toward|towards)\s+)(${PARTING_MOMENTS.join('|')})(?!\s+(?:of|to)\b)` +
      `|${NIGHT_BETWEEN_DAYS}` +
      `|${PART_BEFORE_DAY}`,
  ),
  read: ({ groups, reference, tense }) => {
    const [, written, writtenDay, alone, intoDay, stretch, part, partDay] = groups;
    const moment = intoDay ? 'the night to' : written;
    const dayName = intoDay ?? writtenDay ?? partDay ?? '';
    const name = dayName.toLowerCase();
    const day =
      name in DAY_OFFSET ? shift(reference, 'day', DAY_OFFSET[name]!) : name ? weekdayDay(reference, weekdayNumber(name), undefined, tense('sentence')) : reference;
    if (part) {
      const mod = stretch ? MOD_OF_STRETCH[stretch.toLowerCase()] : undefined;
      return { type: 'TIME', value: `${isoDay(day)}T${PARTS_OF_DAY[part.toLowerCase()]}`, date: onDay(day), relative: true, ...(mod ? { mod } : {}) };
    }
    const code = MOMENTS_OF_DAY[(moment ?? alone ?? '').toLowerCase().replace(/\s+/g, ' ')];
    if (!code) return null;
    return dayTimex(day, code);
  },
};

const SEASON_REFERENCE: Record<string, string> = { this: 'PRESENT_REF', current: 'PRESENT_REF', last: 'PAST_REF', previous: 'PAST_REF', next: 'FUTURE_REF', coming: 'FUTURE_REF' };

/**
 * "this season", "last season": a season of play, of fashion or of a harvest, not one of the
 * calendar's four (those are "this summer", "last winter"). It runs across the calendar's years
 * ("the 1998-99 season"), so TimeML can only say it is present, past or to come.
 */
export const seasonOfPlay: Rule = {
  name: 'season-of-play',
  examples: [
    { text: 'Arsenal have conceded only three goals this season.', ref: '1998-10-16', finds: 'this season', value: 'PRESENT_REF' },
    { text: 'Last season the club won the double.', ref: '1998-10-16', finds: 'Last season', value: 'PAST_REF' },
    { text: 'He will retire at the end of next season.', ref: '2026-03-12', finds: 'next season', value: 'FUTURE_REF' },
  ],
  pattern: /(?:the\s+)?(this|current|last|previous|next|coming)\s+season/,
  read: ({ groups }) => ({ type: 'DATE', value: SEASON_REFERENCE[(groups[1] ?? '').toLowerCase()] ?? 'PRESENT_REF' }),
};

const HALF_NAMED = /\b(first|second)[\s-]+half\b/gi;
const QUARTER_NAMED = /\b(first|second|third|fourth)[\s-]+quarter\b/gi;
// A month with its day ("BEIJING, June 9 (Xinhua) --", "on Oct. 8") names a day, not a period reported on.
const MONTH_NAMED = new RegExp(String.raw`\b${MONTH_STEM}[a-z]*\b(?!\.?\s+\d{1,2}\b)`, 'g');
const ORDINAL_OF_PART: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/**
 * "the same period last year", "the same period of last year" (also "… of 1997", "… a year earlier",
 * "… the previous year"): the period its sentence reports on before it, in the year given or a
 * year before the writing's year: a half ("in the first half … the same period
 * last year" 1998-H1), a quarter (1998-Q1), one month (1998-10); a stretch of several months
 * or none ("from January to July", "so far this year", "the first four months") the year before.
 * A sentence that names no period of its own compares with the one the sentence before reported
 * on ("Exports rose 8 percent in the first quarter. That was well below the same period last
 * year"): there a half, a quarter or a month the report is "in" or "for", not a day it names.
 */
export const samePeriodLastYear: Rule = {
  name: 'same-period-last-year',
  examples: [
    { text: 'Exports in the first half rose 4 percent from the same period of last year.', ref: '1999-08-10', finds: 'the same period of last year', value: '1998-H1' },
    { text: 'Output in the first quarter rose 7 percent over the same period last year.', ref: '1999-04-14', finds: 'the same period last year', value: '1998-Q1' },
    { text: 'Retail sales in October rose 9 percent from the same period last year, the bureau said.', ref: '1999-11-10', finds: 'the same period last year', value: '1998-10' },
    { text: 'Car sales from March to June were 8 percent below the same period last year.', ref: '1999-07-20', finds: 'the same period last year', value: '1998' },
    { text: 'So far this year, investment has risen 10 percent over the same period of last year.', ref: '1999-03-18', finds: 'the same period of last year', value: '1998' },
    // A wire's dateline is the day of writing, not the period compared.
    { text: 'HANOI, May 4 (Xinhua) -- Rice exports in the first four months rose 9 percent over the same period of last year.', ref: '1999-05-04', finds: 'the same period of last year', value: '1998' },
    // The year given another way: written out, or counted back from the writing.
    { text: 'Output in the fourth quarter rose 8 percent over the same period of 1997, the bureau said.', ref: '1999-01-27', finds: 'the same period of 1997', value: '1997-Q4' },
    { text: 'Passenger traffic in July was 6 percent above the same period a year earlier.', ref: '2000-08-15', finds: 'the same period a year earlier', value: '1999-07' },
    { text: 'Second-half profit fell 12 percent from the same period the previous year.', ref: '1998-09-02', finds: 'the same period the previous year', value: '1997-H2' },
    // Its period named in the sentence before.
    { text: 'Steel output rose 6 percent in the third quarter, the ministry said. That compares with a fall of 2 percent in the same period last year.', ref: '1999-10-21', finds: 'the same period last year', value: '1998-Q3' },
    { text: 'Tourist arrivals for July topped 2 million.\n\nThe figure was 11 percent higher than in the same period of last year.', ref: '2000-08-09', finds: 'the same period of last year', value: '1999-07' },
    { text: 'The figures were released on March 3. Sales were up on the same period last year.', ref: '1999-03-18', finds: 'the same period last year', value: '1998' },
    { text: 'Sales rose 5 percent in the first half. From January to May they were above the same period last year.', ref: '1999-07-18', finds: 'the same period last year', value: '1998' },
  ],
  pattern: /the\s+same\s+period\s+(?:(?:of|in)\s+)?(?:last\s+year|a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior)\s+year|the\s+year\s+before|((?:19|20)\d\d))(?!\d)/,
  read: (match) => {
    const named = match.groups[1];
    const year = named ? Number(named) : match.reference.getFullYear() - 1;
    const earlier = match.earlierInSentence();
    const own = periodReportedOn(earlier, year, MONTH_NAMED);
    if (own || namesAPeriod(earlier)) return own ?? yearTimex(year);
    return periodReportedOn(match.sentenceBefore(), year, MONTH_REPORTED_ON) ?? yearTimex(year);
  },
};

// A month a report is "in" or "for", not a day it names ("in July", "for July"; not "on March 3").
const MONTH_REPORTED_ON = new RegExp(String.raw`(?<=\b(?:in|for|during)\s+)${MONTH_STEM}[a-z]*\b(?!\s+\d)`, 'g');

// A period of its own a sentence compares with, read above as the year: several months, "so far this year", "the first four months".
const namesAPeriod = (text: string): boolean => /\b(?:years?|months)\b/i.test(text) || everyMatch(MONTH_NAMED, text).some((m) => monthNumber(m[0]) !== undefined);

/** The half, quarter or single month `text` last names (months as `months` finds them), in `year`. */
function periodReportedOn(text: string, year: number, months: RegExp): Timex | undefined {
  const last = (pattern: RegExp) => everyMatch(pattern, text).at(-1);
  const half = last(HALF_NAMED);
  const quarter = last(QUARTER_NAMED);
  const named = everyMatch(months, text).filter((m) => monthNumber(m[0]) !== undefined);
  const latest = [half, quarter, named.length === 1 ? named[0] : undefined].filter((m) => m !== undefined).sort((a, b) => (b.index ?? 0) - (a.index ?? 0))[0];
  if (!latest) return undefined;
  if (latest === half) return { type: 'DATE', value: `${year}-H${ORDINAL_OF_PART[half[1]!.toLowerCase()]}` };
  if (latest === quarter) return quarterTimex(year, ORDINAL_OF_PART[quarter[1]!.toLowerCase()]!);
  const month = monthNumber(latest[0])!;
  return { type: 'DATE', value: inMonth(year, month).value, date: inMonth(year, month), relative: true };
}

/**
 * "this time last year", "at this time next year", "the same time a year ago": the month of the
 * reference a year before or after (TimeML has no value for "around this day").
 */
export const sameTimeOtherYear: Rule = {
  name: 'same-time-other-year',
  examples: [
    { text: 'This time last year, the same union staged a two-day strike.', ref: '2000-01-12', finds: 'This time last year', value: '1999-01' },
    { text: 'By this time next year the bridge will be finished.', ref: '2026-03-12', finds: 'this time next year', value: '2027-03' },
    { text: 'Sales are down from the same time a year ago.', ref: '2026-03-12', finds: 'the same time a year ago', value: '2025-03' },
  ],
  pattern: /(?:this|that|the\s+same)\s+time\s+(last|next)\s+year|(?:this|the\s+same)\s+time\s+(a|one)\s+year\s+(ago|earlier)/,
  read: ({ groups, reference }) => {
    const year = reference.getFullYear() + (groups[1]?.toLowerCase() === 'next' ? 1 : -1);
    const month = reference.getMonth() + 1;
    return { type: 'DATE', value: inMonth(year, month).value, date: inMonth(year, month), relative: true };
  },
};
