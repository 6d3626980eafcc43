/**
 * The words of amounts of time: units and their ISO 8601 duration codes, and the bounds that
 * qualify a count ("nearly three years" is less than P3Y). Word lists only.
 */

/**
 * `code` and `factor` write a known count in ISO units ("two centuries" P200Y); `someCode` is
 * TimeML's unit for an unknown count of a unit ISO lacks ("for centuries" PXC, as TimeBank writes it).
 */
export const UNIT_CODES: Record<string, { code: string; time: boolean; factor: number; someCode?: string }> = {
  second: { code: 'S', time: true, factor: 1 },
  minute: { code: 'M', time: true, factor: 1 },
  hour: { code: 'H', time: true, factor: 1 },
  day: { code: 'D', time: false, factor: 1 },
  // "three nights" in a hotel, in the open: as many days (P3D), as TimeML counts a stay.
  night: { code: 'D', time: false, factor: 1 },
  week: { code: 'W', time: false, factor: 1 },
  fortnight: { code: 'W', time: false, factor: 2 },
  month: { code: 'M', time: false, factor: 1 },
  quarter: { code: 'M', time: false, factor: 3 },
  year: { code: 'Y', time: false, factor: 1 },
  decade: { code: 'Y', time: false, factor: 10 },
  century: { code: 'Y', time: false, factor: 100, someCode: 'C' },
};

// "night" counted in the plural only: "one night in June" is a time, not a stretch.
export const UNIT_PATTERN = 'second|minute|hour|day|night(?=s)|week|fortnight|month|quarter|year|decade|century|centuries';

/**
 * What is left of a unit after its whole count, in the next smaller unit ("2 1/2 years" is
 * P2Y6M, "a minute and a half" PT1M30S); a month has no whole number of days, so stays as is.
 */
export const SMALLER_UNIT: Record<string, { unit: string; per: number }> = {
  year: { unit: 'month', per: 12 }, week: { unit: 'day', per: 7 }, day: { unit: 'hour', per: 24 },
  hour: { unit: 'minute', per: 60 }, minute: { unit: 'second', per: 60 },
};

/** Words between a count and its unit that leave the amount as it is ("eight trading days", "20 more years"). */
export const UNIT_ADJECTIVES = ['trading', 'business', 'working', 'straight', 'consecutive', 'full', 'more', 'additional', 'extra', 'long'];

/** Words before a count and the TimeML mod each gives ("about two weeks": APPROX). */
export const BOUNDS: Record<string, string> = {
  nearly: 'LESS_THAN',
  almost: 'LESS_THAN',
  'less than': 'LESS_THAN',
  under: 'LESS_THAN',
  'up to': 'LESS_THAN',
  'just under': 'LESS_THAN',
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'just over': 'MORE_THAN',
  'a little over': 'MORE_THAN',
  'a little more than': 'MORE_THAN',
  'a little under': 'LESS_THAN',
  'a little less than': 'LESS_THAN',
  'a full': 'EQUAL_OR_MORE',
  'at least': 'EQUAL_OR_MORE',
  about: 'APPROX',
  around: 'APPROX',
  roughly: 'APPROX',
  approximately: 'APPROX',
  some: 'APPROX',
};

/** Words between a bound and its count that add the amount to one before it, leaving the bound the amount's ("at least another six months"). */
export const FURTHER_AMOUNT = ['another', 'a further', 'an additional'];

/** Longest first, so "just over" is not read as "over". */
export const BOUND_PATTERN = Object.keys(BOUNDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** An amount and at most two words naming what is counted, just before a unit: "$500 million", "700 seats", "20%", "four flights". */
export const AMOUNT_BEFORE =
  /(?:[\d%]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|percent|cents?|dollars?))(?:\s+[a-z][\w-]*){0,2}\s+$/i;

/** Words of repetition that say how often before a unit ("twice a week", "three times a year"). */
export const HOW_OFTEN_PATTERN = String.raw`once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times`;

/** Adverbs of repetition and the TimeML value of what each repeats ("quarterly": every quarter, P3M; "nightly": every night). */
export const REPEATING_ADVERBS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', quarterly: 'P3M', hourly: 'PT1H',
  nightly: 'XXXX-XX-XXTNI', fortnightly: 'P2W', biweekly: 'P2W', 'bi-weekly': 'P2W', bimonthly: 'P2M', 'bi-monthly': 'P2M',
  semiannually: 'P6M', 'semi-annually': 'P6M', biannually: 'P6M',
  // Once in two or three years ("biannually", twice a year, is above).
  biennially: 'P2Y', triennially: 'P3Y',
  // Days of the working week: daily on them (no TimeML value names the weekdays as "WE" names the weekend).
  weekdays: 'P1D', 'every weekday': 'P1D', 'each weekday': 'P1D', weeknights: 'XXXX-XX-XXTNI', 'every weeknight': 'XXXX-XX-XXTNI',
};

/** The adverbs of repetition that are nouns too, the papers that come out so often ("the Israeli daily Maariv", "the weekly Der Spiegel"). */
export const PERIODICAL_WORDS = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'hourly', 'nightly', 'fortnightly', 'biweekly', 'bi-weekly', 'bimonthly', 'bi-monthly'];


/** Who is said to be "of" an age: "a granddaughter of 8 months", "a boy of 12 years" (vetoes.ts 'aged'). */
export const AGED_NOUNS = ['boy', 'girl', 'child', 'baby', 'infant', 'toddler', 'son', 'daughter', 'grandson', 'granddaughter', 'nephew', 'niece', 'man', 'woman', 'calf', 'foal', 'puppy'];

/**
 * Adverbs of habit: before "on <weekday>" in their clause they make the weekday any such day
 * ("Museums are usually closed on Monday": SET XXXX-WXX-1, as "on Mondays"), not one date.
 */
export const HABIT_ADVERBS = ['usually', 'normally', 'typically', 'generally', 'customarily', 'traditionally', 'routinely', 'always', 'regularly'];
/** Words that start another clause or act between the habit and the weekday ("regularly visits Gaza and will go there on Tuesday"). */
export const OTHER_CLAUSE_WORDS = ['and', 'but', 'or', 'while', 'whereas', 'although', 'though', 'yet', 'will', 'would', 'shall', 'was', 'were', 'had', 'did', 'said', 'told', 'this', 'next', 'last'];
/**
 * "and" between two words ending in s joins a list ("carries cars and lorries", "sells apples and
 * pears") or two present verbs of the habit ("visits towns and meets voters"), not another clause:
 * a past or future act after "and" has no such ending ("visits Gaza and left", "and will go").
 */
const LIST_AND = String.raw`(?<=\ws\s+)and(?=\s+\w+s\b)`;
/**
 * What may stand between an adverb of habit and the date it makes any such date: the rest of its
 * clause, up to 80 characters with no clause's end, comma or other clause's word.
 */
export const HABIT_CLAUSE_GAP = String.raw`(?:(?=${LIST_AND})a|(?!\b(?:${OTHER_CLAUSE_WORDS.join('|')})\b)[^.;:!?,\n]){0,80}?`;
