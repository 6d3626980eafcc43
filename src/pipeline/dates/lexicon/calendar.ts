/**
 * The calendar's words as news writes them: months, weekdays, parts of the day, seasons,
 * decades. Word lists only; the rules that use them live in parsers/ and refiners/. The names of
 * months and weekdays, and a clock's zones, are parsing's (parse/lexicon.ts: sentences are cut by
 * them, before any date is read), and read here from there.
 */
import { capitalised, isMonthAbbreviation, MONTHS, WEEKDAYS } from '../../parse/lexicon.ts';

export { MONTH_ABBREVIATION, MONTHS, PLACE_TIME, WEEKDAY_NAME, WEEKDAY_STEMS, WEEKDAYS, ZONE_ABBREVIATION } from '../../parse/lexicon.ts';

const monthNames = Object.keys(MONTHS).sort((a, b) => b.length - a.length);
/** Full names, or abbreviations with an optional dot ("Sept.", "Oct"), any case. */
export const MONTH_PATTERN = String.raw`(?:${monthNames.map((name) => (isMonthAbbreviation(name) ? String.raw`${name}\.?` : name)).join('|')})`;

/** What a capitalised month's name starts with ("Sept.", "September"): a month's name is a stem and its lower-case rest. */
export const MONTH_STEM = `(?:${[...new Set(Object.keys(MONTHS).map((name) => capitalised(name.slice(0, 3))))].join('|')})`;

export function monthNumber(text: string): number | undefined {
  return MONTHS[text.toLowerCase().replace(/\.$/, '')];
}

/** Each month's full name, January first: the longest of its names ("september", not "sept"). */
const MONTH_FULL_NAMES = Array.from({ length: 12 }, (_, i) => Object.keys(MONTHS).filter((name) => MONTHS[name] === i + 1).reduce((a, b) => (b.length > a.length ? b : a)));
/** The full names of the weekdays, Monday first, and of the months, capitalised, as one alternation: "Monday|…|Sunday|January|…|December". */
export const CALENDAR_NAME = [...WEEKDAYS.slice(1), WEEKDAYS[0]!, ...MONTH_FULL_NAMES].map(capitalised).join('|');
/** A weekday's abbreviations, capitalised ("Tue", "Thurs"): a stop after them ends no sentence. */
export const WEEKDAY_ABBREVIATION = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)';

export function weekdayNumber(name: string): number {
  return WEEKDAYS.indexOf(name.toLowerCase());
}

/** The parts of a day and their TimeML codes ("Tuesday night" → 2026-02-24TNI). */
export const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
export const PART_OF_DAY_PATTERN = Object.keys(PARTS_OF_DAY).join('|');
/**
 * Moments of the day the wires write where a part or an hour would go ("at dawn Friday", "by
 * nightfall", "at midday Monday"), with what TimeML makes of them: the part they open or close
 * (dawn is the morning's, nightfall the evening's), or the hour.
 */
export const MOMENTS_OF_DAY: Record<string, string> = {
  dawn: 'MO', daybreak: 'MO', 'first light': 'MO', sunrise: 'MO',
  dusk: 'EV', sunset: 'EV', nightfall: 'EV',
  midday: '12:00',
  // The hours after midnight belong to the day they open: "the small hours of Sunday" is
  // Sunday's night part. TimeML 1.2.1 marks a part of a named day as one TIME over the whole
  // phrase ("the morning of January 31" is 1998-01-31TMO, not a DATE over "January 31"); its
  // codes have no "early hours", and these hours are night's (TNI). Only before a day.
  'the early hours of': 'NI', 'the small hours of': 'NI', 'the wee hours of': 'NI',
  // "in the predawn hours Wednesday", "the predawn hours of March 3": the same hours before dawn.
  'the predawn hours of': 'NI', 'the predawn hours': 'NI', 'the pre-dawn hours of': 'NI', 'the pre-dawn hours': 'NI',
  // The wires drop the "of" before the day ("in the early hours Sunday") as they do after "predawn".
  'the early hours': 'NI', 'the small hours': 'NI', 'the wee hours': 'NI',
  // European English dates a night by the day it runs into ("in the night to Sunday", "the
  // night into Saturday"): the same hours after midnight, so that day's night part, as above.
  'the night to': 'NI', 'the night into': 'NI',
};
/** The light of a day, the moments that open or close a part of it ("dawn", "first light", "dusk"): a time of that day, which "before" or "after" bounds as it does a clock. */
export const LIGHT_OF_DAY_PATTERN = Object.keys(MOMENTS_OF_DAY)
  .filter((moment) => MOMENTS_OF_DAY[moment] === 'MO' || MOMENTS_OF_DAY[moment] === 'EV')
  .map((moment) => moment.replace(/ /g, String.raw`\s+`))
  .join('|');
/** An early, middle or late stretch of a part of the day and its TimeML mod (TimeBank: "mid-afternoon yesterday" TAF MID). */
export const MOD_OF_STRETCH: Record<string, string> = { early: 'START', mid: 'MID', late: 'END' };
/** Nouns a part of the day qualifies, naming a thing, not a time: "the night shift", "the morning papers". */
export const PART_OF_DAY_NOUNS = ['shift', 'shifts', 'sky', 'paper', 'papers', 'news', 'edition', 'prayer', 'prayers', 'show', 'flight', 'flights', 'train', 'trains', 'class', 'classes', 'school', 'club', 'clubs', 'life', 'air', 'light', 'rush', 'traffic', 'session', 'sessions', 'person', 'people', 'watch', 'guard', 'curfew', 'raid', 'raids', 'trading', 'deals', 'dealings'];
/**
 * Words that may follow an adverbial "overnight" ("continued overnight in Hebron", "pounded
 * targets overnight and ground troops pushed", "worked overnight with flashlights"): any other
 * word after it is the noun it qualifies ("overnight losses", "overnight selling").
 */
export const OVERNIGHT_ADVERB_FOLLOWERS = ['in', 'on', 'at', 'across', 'along', 'around', 'near', 'off', 'over', 'outside', 'inside', 'into', 'to', 'toward', 'towards', 'through', 'throughout', 'under', 'with', 'without', 'from', 'for', 'by', 'amid', 'after', 'before', 'as', 'and', 'but', 'or', 'while', 'when', 'until', 'despite', 'again', 'too', 'alone', 'only'];

/** Seasons: TimeML code and the month each begins in (meteorological, northern hemisphere). */
export const SEASONS: Record<string, { code: string; firstMonth: number }> = {
  spring: { code: 'SP', firstMonth: 3 },
  summer: { code: 'SU', firstMonth: 6 },
  fall: { code: 'FA', firstMonth: 9 },
  autumn: { code: 'FA', firstMonth: 9 },
  winter: { code: 'WI', firstMonth: 12 },
};
export const SEASON_PATTERN = Object.keys(SEASONS).join('|');
/**
 * What the weather of a season is said to have been: "a wet spring", "the hot summer", "an
 * unusually mild winter" name the season as "the spring" does (periods.ts seasonAlone).
 */
export const SEASON_WEATHER = ['wet', 'dry', 'hot', 'cold', 'mild', 'warm', 'cool', 'rainy', 'snowy', 'harsh', 'severe', 'bitter', 'stormy', 'icy', 'freezing', 'scorching', 'sweltering', 'damp', 'frosty', 'sunny', 'drought-hit', 'record-hot', 'record-wet'];
/** Adverbs of degree before such a word: "an unusually mild winter". */
export const WEATHER_DEGREE = ['unusually', 'exceptionally', 'very', 'particularly', 'relatively', 'bitterly', 'extremely', 'record', 'late', 'early'];

/**
 * Prepositions of time after which "the new year" is the year, not the feast that opens it: "in
 * the new year", "into the new year" (parsers/years.ts theNewYear); "over the New Year" is the
 * feast (parsers/holidays.ts, vetoes.ts).
 */
export const NEW_YEAR_AS_YEAR_AFTER = String.raw`in|into|until|till|by|after|through`;

/**
 * Prepositions of time after which "the holidays" alone, in a paper of November to January, are
 * the Christmas holidays ("over the holidays", "home for the holidays", "after the holidays";
 * parsers/holidays.ts feastSeason); a subject or object is a thing talked about, no time ("The
 * holidays are hard on shelters", "made the holidays brighter").
 */
export const HOLIDAYS_AS_A_TIME_AFTER = String.raw`over|during|for|after|before|through|throughout|until|till|since|ahead\s+of`;

/**
 * Nouns a feast's name stands before as a modifier ("the New Year holiday", "the New Year
 * celebrations"): the article is the noun's, and the expression is the feast's name alone
 * (parsers/holidays.ts).
 */
export const NOUNS_AFTER_A_FEAST = String.raw`holidays?|break|period|celebrations?|festivities|rush`;

/** "the nineties": the decades said in words, twenties first. */
export const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

/** "the nineteenth century": the centuries said in words that news names, by their number. */
export const CENTURY_WORDS: Record<string, number> = {
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22,
};

/**
 * Prepositions of extent before a past decade: what ran "over the past decade" is measured by it, the
 * ten years up to the telling (parsers/periods.ts relativePeriod, P10Y). "During" is no such word: it
 * places a thing in its time as "in" does ("during the 1990s"), and "in the last decade" is TimeBank's
 * calendar decade.
 */
export const EXTENT_BEFORE = /\b(?:over|throughout)\s+$/i;

/** The parts of a period and how TimeML marks them: "early March" (START), "mid-1998", "late November". */
export const PERIOD_PARTS: Record<string, string> = { early: 'START', mid: 'MID', late: 'END' };

/** refiners/longAgo.ts: a time counted back from now ("Ten years ago", "a decade ago", "25 years ago"). */
export const LONG_AGO = /^(?:exactly\s+|just\s+)?(\w+)\s+(day|week|month|year|decade)s?\s+ago$/i;
/** What joins it to the day it is counted from ("ten years ago today", "five years ago on Sunday"). */
export const AGO_JOIN = /^,?\s*(?:on\s+)?$/i;
/** The week, month or season of an anniversary joined after it ("five years ago this week", "fifty years ago this month", "25 years ago this spring"). */
export const THIS_PERIOD_OF_AN_ANNIVERSARY = new RegExp(String.raw`^this\s+(week|month|${SEASON_PATTERN})$`, 'i');
/** What joins that period: a space alone. After a comma "this week" opens a clause of its own ("closed ten years ago, this week it reopens"). */
export const ANNIVERSARY_PERIOD_JOIN = /^[ \t]+$/;
/** The day named before it ("On this day ten years ago", "this day five years ago"). */
export const THIS_DAY_BEFORE = /\bthis\s+(?:very\s+)?day,?\s+$/i;
/** Periods a participle bounds ("the fiscal year ending in June", "the 12 months starting in May"): cues.ts 'scheduled present'. */
export const BOUNDED_PERIODS = ['year', 'years', 'quarter', 'quarters', 'month', 'months', 'half', 'period', 'periods', 'week', 'weeks', 'season', 'term', 'session'];
