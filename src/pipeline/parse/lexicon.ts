/**
 * The word lists of parsing that other stages read as well: a live entry's clock stamp is where parse/sentences.ts joins a
 * stamp line to its entry, and where events and a dateline's town read the entry's posting time (ENTRY_STAMP); a dotted title is where
 * a full stop ends no sentence, and where entities/lexicon.ts reads a title before a name. The names of months and weekdays
 * and a clock's zones are where sentences.ts cuts no sentence ("Sept.", "14:05 GMT Tuesday"); dates/lexicon/calendar.ts
 * builds the dates' words from them.
 */

/** Each month's names, full and abbreviated, with its number. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Full names as short as an abbreviation: they take no dot ("May." ends a sentence). */
const FULL_SHORT_NAMES = new Set(['may', 'june', 'july']);
export const isMonthAbbreviation = (name: string) => name.length <= 4 && !FULL_SHORT_NAMES.has(name);
/** A word with its first letter in upper case ("Sept", "Tuesday"). */
export const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** The abbreviations a writer puts a stop after, capitalised ("Jan", "Sept", "Sep"): a stop after them ends no sentence. */
export const MONTH_ABBREVIATION = `(?:${Object.keys(MONTHS).filter(isMonthAbbreviation).map(capitalised).join('|')})`;

/** Sunday first, as Date.getDay counts. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** What is left of a weekday's name without its "day": "tues", "wednes". */
export const WEEKDAY_STEMS = WEEKDAYS.map((name) => name.slice(0, -3));
/** A capitalised weekday's name ("Tuesday"). */
export const WEEKDAY_NAME = `(?:${WEEKDAY_STEMS.map(capitalised).join('|')})day`;
/** A time zone written after a clock ("0630 GMT", "4 p.m. EDT", "13:30 MSK"): its letters mark a number as a clock time. */
export const ZONE_ABBREVIATION = String.raw`GMT|UTC|Z|[ECMP][SD]T|CET|CEST|BST|MSK`;
/** A clock's zone told by its place: "local time", "Kyiv time", "New York time" (the clock's day may come after it). */
export const PLACE_TIME = String.raw`(?:[Ll]ocal|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+time\b`;

/** A live entry's clock time, with a thread's post number, "am" and a zone ("9/ 21:40", "9.15am", "14:05 GMT"), all on one line. */
export const CLOCK_STAMP = String.raw`(?:\d{1,2}\/[^\S\n]*)?\d{1,2}[:.]\d{2}[^\S\n]*(?:[ap]\.?m\.?(?![a-z])[^\S\n]*)?(?:(?:GMT|UTC|[A-Z]{2,4}T)\b[^\S\n]*)?`;
/**
 * A clock time alone on its line, above the entry it stamps ("19:40", "09:45 GMT"): the entry's first sentence is read
 * with it, as one after "19:40 —" is (the line break ends ENTRY_STAMP as the dash does).
 */
export const STAMP_LINE = new RegExp(String.raw`^${CLOCK_STAMP}$`, 'i');
/**
 * The clock time a live entry opens with ("14:05 GMT —", "10:42 -", "9.15am:"): when it was posted; a thread's post
 * puts its number before it ("9/ 21:40 —"), a planner's item its place after it ("10:45 RAF Northolt —", `place`). A zone or "am" is a whole word, never
 * the start of the place's name ("12:00 Northwood —" is no zone "Nort").
 */
export const ENTRY_STAMP = new RegExp(String.raw`^${CLOCK_STAMP}(?:--|[-–—:]|\n|(?<place>[A-Z][^—–:.;\n]{0,40}?)\s[—–])\s*`, 'i');

/**
 * Offices and ranks as copy abbreviates them with a full stop before a name ("Pres. Ana Ruiz",
 * "Amb. Tomas Lind", "Lt. Gen. Omar Aziz", "Rev. Joan Ellis"): the stop ends no sentence
 * (sentences.ts) and the word is a title, not a name (entities/lexicon.ts TITLE_WORDS).
 */
export const DOTTED_TITLES = [
  'Pres', 'Amb', 'Sen', 'Rep', 'Gov', 'Gen', 'Adm', 'Sec', 'Secy', 'Dep', 'Maj', 'Brig', 'Col', 'Lt', 'Cmdr', 'Cdr', 'Capt',
  'Sgt', 'Cpl', 'Rev', 'Hon', 'Atty', 'Supt', 'Insp', 'Msgr', 'Prof',
] as const;
