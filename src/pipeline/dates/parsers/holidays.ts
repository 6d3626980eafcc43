/**
 * Holidays news dates things by: "on Thanksgiving Day", "from now to Election Day", "last
 * Christmas", "Easter week". US and British holidays as their news uses them, and the lunar and
 * religious feasts of the wires' world news ("the Lunar New Year", "Eid al-Adha", "Passover";
 * otherCalendars.ts); the year follows "last"/"next" or else the tense, as for a month and day.
 */
import { type Day, daysBetween, isoDay, isoMonth, parseReferenceDay, shift, utcDay, weekday } from '../calendar.ts';
import { HOLIDAYS_AS_A_TIME_AFTER, NOUNS_AFTER_A_FEAST, WEEKDAY_NAME, weekdayNumber } from '../lexicon/calendar.ts';
import { NATIONAL_DAYS } from '../lexicon/nationalDays.ts';
import type { Timex } from '../model.ts';
import { between, inWeek, onDay } from '../resolved.ts';
import { dayInCalendar, islamicDaysIn, monthStarts } from '../otherCalendars.ts';
import { UNMARKED_AHEAD_DAYS, yearOfDay } from '../yearChoice.ts';
import type { Tense } from '../tense.ts';
import { weekendAround } from './periods.ts';
import type { Rule, RuleMatch } from './rule.ts';

/** The n-th (1-based; -1 the last) given weekday (0 Sunday) of a month. */
export function nthWeekday(year: number, month: number, target: number, n: number): Day {
  if (n < 0) {
    const last = utcDay(year, month + 1, 0);
    return shift(last, 'day', -((weekday(last) - target + 7) % 7));
  }
  const first = utcDay(year, month, 1);
  return shift(first, 'day', ((target - weekday(first) + 7) % 7) + (n - 1) * 7);
}

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return utcDay(year, month, ((h + l - 7 * m + 114) % 31) + 1);
}

const thanksgiving = (y: number) => nthWeekday(y, 11, 4, 4);
const fromEaster = (days: number) => (y: number) => shift(easter(y), 'day', days);

const chinese = (month: number, day: number) => (y: number) => dayInCalendar('chinese', y, `${month}/${day}`);
const korean = (month: number, day: number) => (y: number) => dayInCalendar('dangi', y, `${month}/${day}`);
const islamic = (month: number, day: number) => (y: number) => dayInCalendar('islamic-umalqura', y, `${month}/${day}`);
// Adar II in a leap year, Adar in another.
const hebrew = (day: number, ...months: string[]) => (y: number) => dayInCalendar('hebrew', y, ...months.map((m) => `${m}/${day}`));

/**
 * Diwali: the new moon of the Hindu month of Kartika, the eve of the lunar month that begins
 * between Oct. 18 and Nov. 16 (by the Korean calendar's new moons, reckoned in Korea's zone,
 * which is why it is the day before: India's evening of Amavasya). Right for 1998, 2000 and
 * 2016-2025 as India announced them.
 */
function diwali(year: number): Day {
  const [first, last] = [utcDay(year, 10, 18), utcDay(year, 11, 16)];
  const newMoon = monthStarts('dangi', year).find((day) => day >= first && day <= last);
  // A lunar month is shorter than the 30 days searched: one begins in every window.
  if (!newMoon) throw new Error(`no new moon between Oct. 18 and Nov. 16 ${year}`);
  return shift(newMoon, 'day', -1);
}

/**
 * Qingming (Ching Ming, Tomb-Sweeping Day): a solar term, not a lunar day, the day the sun
 * reaches 15° of longitude, April 4 or 5. By the usual reckoning of the solar terms from the
 * year's last two digits y, ⌊0.2422·y + c⌋ − ⌊y/4⌋ (c 5.59 in the 1900s, 4.81 in the 2000s).
 */
function qingming(year: number): Day {
  const y = year % 100;
  return utcDay(year, 4, Math.floor(0.2422 * y + (year < 2000 ? 5.59 : 4.81)) - Math.floor(y / 4));
}

const HOLIDAYS: [RegExp, (year: number) => Day][] = [
  [/^(?:(?:lunar|chinese)\s+new\s+year|spring\s+festival)/i, chinese(1, 1)],
  [/^t[eế]t$/i, chinese(1, 1)],
  [/^lantern/i, chinese(1, 15)],
  [/^seollal/i, korean(1, 1)],
  [/^chuseok/i, korean(8, 15)],
  [/^national\s+foundation/i, (y) => utcDay(y, 10, 3)],
  [/^hang[eu]u?l/i, (y) => utcDay(y, 10, 9)],
  [/^dragon\s+boat/i, chinese(5, 5)],
  [/^(?:mid-autumn|moon)/i, chinese(8, 15)],
  [/^(?:qingming|ching\s+ming|tomb)/i, qingming],
  [/^eid\W+\w+\W+fitr/i, islamic(10, 1)],
  [/^eid\W+\w+\W+adha/i, islamic(12, 10)],
  [/^ashura/i, islamic(1, 10)],
  [/^rosh/i, hebrew(1, 'Tishri')],
  [/^yom\s+kippur/i, hebrew(10, 'Tishri')],
  [/^sukkot/i, hebrew(15, 'Tishri')],
  [/^(?:hanukk?ah|chanukah)/i, hebrew(25, 'Kislev')],
  [/^purim/i, hebrew(14, 'Adar II', 'Adar')],
  [/^passover/i, hebrew(15, 'Nisan')],
  [/^shavuot/i, hebrew(6, 'Sivan')],
  [/^(?:d[ie]wali|deepavali)/i, diwali],
  [/^thanksgiving/i, thanksgiving],
  [/^black\s+friday/i, (y) => shift(thanksgiving(y), 'day', 1)],
  [/^cyber\s+monday/i, (y) => shift(thanksgiving(y), 'day', 4)],
  [/^election/i, (y) => shift(nthWeekday(y, 11, 1, 1), 'day', 1)],
  [/^christmas\s+eve/i, (y) => utcDay(y, 12, 24)],
  [/^christmas/i, (y) => utcDay(y, 12, 25)],
  [/^boxing/i, (y) => utcDay(y, 12, 26)],
  [/^new\s+year['’]s\s+eve/i, (y) => utcDay(y, 12, 31)],
  [/^(?:the\s+)?new\s+year/i, (y) => utcDay(y, 1, 1)],
  [/^the\s+fourth/i, (y) => utcDay(y, 7, 4)],
  [/^memorial/i, (y) => nthWeekday(y, 5, 1, -1)],
  [/^labou?r/i, (y) => nthWeekday(y, 9, 1, 1)],
  [/^(?:martin\s+luther\s+king|mlk)/i, (y) => nthWeekday(y, 1, 1, 3)],
  [/^presidents/i, (y) => nthWeekday(y, 2, 1, 3)],
  [/^juneteenth/i, (y) => utcDay(y, 6, 19)],
  [/^columbus/i, (y) => nthWeekday(y, 10, 1, 2)],
  [/^(?:veterans|armistice)/i, (y) => utcDay(y, 11, 11)],
  [/^remembrance\s+sunday/i, (y) => nthWeekday(y, 11, 0, 2)],
  [/^bonfire/i, (y) => utcDay(y, 11, 5)],
  [/^may\s+day/i, (y) => utcDay(y, 5, 1)],
  [/^st\.?\s+patrick/i, (y) => utcDay(y, 3, 17)],
  [/^bastille/i, (y) => utcDay(y, 7, 14)],
  [/^canada/i, (y) => utcDay(y, 7, 1)],
  [/^australia/i, (y) => utcDay(y, 1, 26)],
  [/^anzac/i, (y) => utcDay(y, 4, 25)],
  [/^halloween/i, (y) => utcDay(y, 10, 31)],
  [/^valentine/i, (y) => utcDay(y, 2, 14)],
  [/^good\s+friday/i, fromEaster(-2)],
  [/^maundy/i, fromEaster(-3)],
  [/^palm/i, fromEaster(-7)],
  [/^ash/i, fromEaster(-46)],
  [/^(?:shrove|pancake)/i, fromEaster(-47)],
  [/^easter\s+monday/i, fromEaster(1)],
  [/^easter/i, easter],
];

// Fixed feasts and the days counted from Easter and Thanksgiving, as US and British news name them;
// a year after the name, bare or after "of" or "in", is the holiday's ("Christmas 1994", "Easter of
// 1987", "at Christmas in 2000"), one expression as a season's ("the summer of 1997").
// The week or weekend after the name is the one that holds the holiday ("Christmas week",
// "Thanksgiving week", "Easter week", "the Labor Day weekend"). "The New Year" is the feast with
// its article, but before a noun the feast's name alone ("the New Year holiday", as "the Easter
// holidays", "the Lunar New Year holidays").
const HOLIDAY_PATTERN = new RegExp(
  String.raw`(?:(last|next|this|(?<=\bthe\s)(?:19|20)\d\d)\s+)?((?:Lunar|Chinese)\s+New\s+Year|Spring\s+Festival|T[eế]t|Lantern\s+Festival|Dragon\s+Boat\s+Festival|Mid-Autumn\s+Festival|Moon\s+Festival|(?:Qingming|Ching\s+Ming)(?:\s+Festival)?|Tomb[\s-]Sweeping\s+(?:Day|Festival)|Seollal|Chuseok|National\s+Foundation\s+Day|Hang[eu]u?l\s+Day|Eid[\s-](?:al|ul|el)[\s-](?:Fitr|Adha)|Ashura|Rosh\s+Hashanah?|Yom\s+Kippur|Sukkot|Hanukk?ah|Chanukah|Purim|Passover|Shavuot|D[ie]wali|Deepavali|Thanksgiving(?:\s+Day)?|Black\s+Friday|Cyber\s+Monday|Election\s+Day|Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s(?:\s+(?:Day|Eve))?|(?:the\s+(?!New\s+Year\s+(?:${NOUNS_AFTER_A_FEAST})\b))?New\s+Year(?!['’])|Independence\s+Day|National\s+Day|the\s+Fourth\s+of\s+July|Memorial\s+Day|Labou?r\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day|Presidents['’]?\s+Day|Juneteenth|Columbus\s+Day|Veterans['’]?\s+Day|Armistice\s+Day|Remembrance\s+Sunday|Bonfire\s+Night|May\s+Day(?!\s+(?:call|signal|alert)s?\b)|St\.?\s+Patrick['’]s\s+Day|Bastille\s+Day|Canada\s+Day|Australia\s+Day|Anzac\s+Day|Halloween|Valentine['’]s\s+Day|Good\s+Friday|Maundy\s+Thursday|Palm\s+Sunday|Ash\s+Wednesday|Shrove\s+Tuesday|Pancake\s+Day|Easter(?:\s+(Sunday|Monday))?)(?:(?:,?\s+|\s+(?:of|in)\s+)((?:19|20)\d\d))?(?:\s+(week(?:end)?))?`,
);

/**
 * A limit before a holiday: the day ends a stretch that may still be running ("had promised to
 * reopen by Thanksgiving", "extended the offer until Christmas", "prices rose before Easter"),
 * so a past clause may still point a little ahead to it (yearChoice.ts, a deadline's slack).
 * Any other holiday is when what its clause tells happened or will ("sales fell over
 * Christmas", written in November, is last Christmas).
 */
const LIMIT_BEFORE = /\b(?:by|until|till|to|through|before|ahead\s+of)\s+(?:the\s+)?$/i;

export const holiday: Rule = {
  name: 'holiday',
  examples: [
    { text: 'Stores were busy on Thanksgiving Day.', ref: '1998-11-30', finds: 'Thanksgiving Day', value: '1998-11-26' },
    // The day of a past act is behind the reference, however close.
    { text: 'The two leaders met on Christmas Day in Rome.', ref: '2025-12-10', finds: 'Christmas Day', value: '2024-12-25' },
    { text: 'The two leaders will meet on Christmas Day in Rome.', ref: '2025-12-10', finds: 'Christmas Day', value: '2025-12-25' },
    { text: 'In 1940 the city fell. At Christmas, the government left for London.', ref: '1998-11-20', finds: 'Christmas', value: '1940-12-25' },
    { text: 'In 1940 the city fell. Last Christmas the museum opened.', ref: '1998-11-20', finds: 'Last Christmas', value: '1997-12-25' },
    // Told in the past before the holiday comes round again, it is the last one; a limit may lie ahead.
    { text: 'Toy sales fell 6 percent over Christmas, the chain said.', ref: '1999-11-12', finds: 'Christmas', value: '1998-12-25' },
    { text: 'Church attendance rose at Easter.', ref: '2025-03-24', finds: 'Easter', value: '2024-03-31' },
    { text: 'The company extended the offer until Christmas.', ref: '1999-11-12', finds: 'Christmas', value: '1999-12-25' },
    // A year after the name is the holiday's, whatever the tense or scene.
    { text: 'Shoppers spent less than they had at Christmas in 2003.', ref: '2005-12-28', finds: 'Christmas in 2003', value: '2003-12-25' },
    { text: 'The roof was last repaired over Easter of 1987.', ref: '2019-04-24', finds: 'Easter of 1987', value: '1987-04-19' },
    { text: 'The feud began at Thanksgiving in 2006 and never ended.', ref: '2008-10-01', finds: 'Thanksgiving in 2006', value: '2006-11-23' },
    { text: 'Traffic deaths rose over the Labor Day weekend.', ref: '1998-09-09', finds: 'Labor Day weekend', value: '1998-W36-WE' },
    // Any holiday's week is the ISO week that holds it, as Easter's was.
    { text: 'Toy sales slumped in Christmas week.', ref: '2025-01-08', finds: 'Christmas week', value: '2024-W52' },
    { text: 'Airports braced for crowds in Thanksgiving week.', ref: '2023-11-20', finds: 'Thanksgiving week', value: '2023-W47' },
    { text: 'Pilgrims filled the city in Easter week.', ref: '2025-05-02', finds: 'Easter week', value: '2025-W16' },
    { text: 'Shoppers queued for Black Friday deals.', ref: '2026-02-25', finds: 'Black Friday', value: '2025-11-28' },
    { text: 'Workers marched on May Day.', ref: '2026-02-25', finds: 'May Day', value: '2025-05-01' },
    { text: 'The Boxing Day sales began early.', ref: '2026-02-25', finds: 'Boxing Day', value: '2025-12-26' },
    // The New Year without "'s" is the feast, as "over Christmas" is Christmas Day; "in the new year" is the year (theNewYear).
    { text: 'Crowds thronged the harbour over the New Year.', ref: '2026-01-04', finds: 'the New Year', value: '2026-01-01' },
    { text: 'The tunnel will shut for repairs over New Year.', ref: '2025-12-12', finds: 'New Year', value: '2026-01-01' },
    { text: 'Bus fares went up at New Year.', ref: '2025-10-14', finds: 'New Year', value: '2025-01-01' },
    // Before a noun the article is the noun's: the expression is the feast's name alone.
    { text: 'Ferries were full during the New Year holiday.', ref: '2026-01-06', finds: 'New Year', value: '2026-01-01' },
    { text: 'Police will cancel all leave for the New Year celebrations.', ref: '2025-12-20', finds: 'New Year', value: '2026-01-01' },
    { text: 'The church will hold a vigil on Good Friday.', ref: '2026-02-25', finds: 'Good Friday', value: '2026-04-03' },
    // Lunar and religious calendars, found in the Gregorian year.
    { text: 'Trains were packed after the Lunar New Year.', ref: '2026-02-20', finds: 'Lunar New Year', value: '2026-02-17' },
    { text: 'The record was set during the 2025 Spring Festival.', ref: '2026-02-20', finds: '2025 Spring Festival', value: '2025-01-29' },
    { text: 'Sales of moon cakes peaked before the Mid-Autumn Festival.', ref: '2025-10-08', finds: 'Mid-Autumn Festival', value: '2025-10-06' },
    { text: 'Millions of Koreans travelled home for Chuseok.', ref: '2025-10-07', finds: 'Chuseok', value: '2025-10-06' },
    // Qingming is a solar term: April 4 or 5, whatever the moon.
    { text: 'Cemeteries in Taipei braced for crowds before the Qingming Festival.', ref: '2024-03-28', finds: 'Qingming Festival', value: '2024-04-04' },
    { text: 'Flower sellers did brisk trade at Ching Ming.', ref: '1999-04-12', finds: 'Ching Ming', value: '1999-04-05' },
    { text: 'Offices will close for Tomb-Sweeping Day.', ref: '2023-03-30', finds: 'Tomb-Sweeping Day', value: '2023-04-05' },
    { text: 'She died a fortnight before Tet.', ref: '2025-01-27', finds: 'Tet', value: '2025-01-29' },
    { text: 'Prayers were held across the Gulf for Eid al-Fitr.', ref: '2025-04-02', finds: 'Eid al-Fitr', value: '2025-03-30' },
    { text: 'Families will gather for Passover.', ref: '2025-03-20', finds: 'Passover', value: '2025-04-13' },
    { text: 'The ceasefire was agreed before Yom Kippur.', ref: '2025-11-20', finds: 'Yom Kippur', value: '2025-10-02' },
    { text: 'Millions lit lamps for Diwali.', ref: '1998-11-20', finds: 'Diwali', value: '1998-10-19' },
    // A nation's own day, by the country named beside it.
    { text: "Indonesia's Independence Day passed quietly.", ref: '1999-12-09', finds: 'Independence Day', value: '1999-08-17' },
    { text: 'China celebrated National Day with a parade.', ref: '1999-12-09', finds: 'National Day', value: '1999-10-01' },
    { text: 'Fireworks lit the sky on Independence Day.', ref: '1999-12-09', finds: 'Independence Day', value: '1999-07-04' },
    { text: 'Sweet shops are busy before Diwali.', ref: '2018-10-30', finds: 'Diwali', value: '2018-11-07' },
    { text: 'Air quality in Delhi fell after Diwali.', ref: '2023-11-20', finds: 'Diwali', value: '2023-11-12' },
  ],
  pattern: HOLIDAY_PATTERN,
  read: (match): Timex | null => {
    const { groups, reference, tense, pastAct, before } = match;
    const [, step, name = '', , yearText] = groups;
    const dayIn = dayOf(name, match);
    if (!dayIn) return null;
    // "the 2025 Spring Festival": a year before the name, after "the", is the holiday's.
    const yearBefore = /^\d{4}$/.test(step ?? '') ? step : undefined;
    // A holiday is when things happen, not a deadline's day, unless a limit stands before it;
    // its week or weekend is placed by the day it begins ("as Easter week began", that Monday).
    const exact = pastAct() || !LIMIT_BEFORE.test(before);
    const beginsIn = (y: number): Day => {
      const start = holidayIn(dayIn, groups, y, true)?.date?.start;
      return start ? parseReferenceDay(start) : dayIn(y);
    };
    let year = yearText || yearBefore ? Number(yearText ?? yearBefore) : yearOfDay(reference, beginsIn, tense('clause'), exact);
    if (step?.toLowerCase() === 'last' && isoDay(dayIn(year)) >= isoDay(reference)) year--;
    if (step?.toLowerCase() === 'next' && isoDay(dayIn(year)) <= isoDay(reference)) year++;
    return holidayIn(dayIn, groups, year, !yearText);
  },
  // A story's "at Christmas" is the Christmas of its scene; "last Christmas", "Christmas 1994" stay.
  readIn: (match, year) => {
    const dayIn = dayOf(match.groups[2] ?? '', match);
    return match.groups[1] || match.groups[4] || !dayIn ? null : holidayIn(dayIn, match.groups, year, true);
  },
};

function dayOf(name: string, match: RuleMatch): ((year: number) => Day) | undefined {
  const kind = /^(independence|national)\s+day/i.exec(name)?.[1]?.toLowerCase() as 'independence' | 'national' | undefined;
  if (kind) return nationalDay(kind, match);
  return HOLIDAYS.find(([pattern]) => pattern.test(name))?.[1];
}

/**
 * A nation's Independence Day or National Day: the country named last before it in its sentence
 * ("Indonesia's Independence Day", "China celebrated National Day"), or after it ("Independence
 * Day in Mexico"); none named, the American Independence Day, as US news writes it; a country
 * whose day the lexicon lacks, none.
 */
function nationalDay(kind: 'independence' | 'national', { earlierInSentence, after }: RuleMatch): ((year: number) => Day) | undefined {
  const mentions = (text: string) =>
    NATIONAL_DAYS.flatMap((nation) => [...text.matchAll(new RegExp(String.raw`\b(?:${nation.names})(?![\w-])`, 'g'))].map((m) => ({ nation, at: m.index })));
  const before = mentions(earlierInSentence()).sort((a, b) => b.at - a.at)[0]?.nation;
  const following = /^\s+(?:in|of)\s+/.test(after) ? mentions(after.replace(/^\s+(?:in|of)\s+/, '').slice(0, 30)).find((m) => m.at === 0)?.nation : undefined;
  const nation = following ?? before;
  const someOtherCountry = !nation && /\b[A-Z][a-z]+(?:['’]s|n)\s+(?:\w+\s+)?$/.test(earlierInSentence());
  const day = nation ? nation[kind] : kind === 'independence' && !someOtherCountry ? NATIONAL_DAYS[0]!.independence : undefined;
  return day && ((year) => utcDay(year, day[0], day[1]));
}

function holidayIn(dayIn: (year: number) => Day, groups: (string | undefined)[], year: number, relative: boolean): Timex | null {
  const day = dayIn(year);
  const stretch = groups[5]?.toLowerCase();
  if (stretch === 'weekend') return { ...weekendAround(day), relative };
  if (stretch === 'week') return { type: 'DATE', value: inWeek(day).value, date: inWeek(day), relative };
  return { type: 'DATE', value: isoDay(day), date: onDay(day), relative };
}

/** The groups the offset before a holiday takes in `besideHoliday`'s pattern. */
const OFFSET_GROUPS = 2;

/**
 * A day or week next to a holiday, as one date: "the day after Thanksgiving" is 2025-11-28,
 * "the week before Christmas" the week before Christmas's, "the weekend before Easter", "the
 * Monday after Thanksgiving", "the eve of Christmas" the day before. News dates shop openings,
 * travel and votes so; the holiday's year is chosen as the holiday's own. A count ("three weeks before Election Day", "a fortnight
 * before Tet") is a stretch and the holiday a date of its own, as TimeBank marks "Eight
 * trading days after Oct. 12" (DURATION, then the date) and the guideline an anchored duration.
 */
export const besideHoliday: Rule = {
  name: 'beside-holiday',
  examples: [
    { text: 'Shops reopen the day after Thanksgiving.', ref: '2025-11-10', finds: 'the day after Thanksgiving', value: '2025-11-28' },
    { text: 'Prices rose in the week before Christmas.', ref: '2026-02-25', finds: 'the week before Christmas', value: '2025-W51' },
    { text: 'They will meet again three weeks before Election Day.', ref: '2000-10-12', finds: 'three weeks', value: 'P3W' },
    { text: 'They will meet again three weeks before Election Day.', ref: '2000-10-12', finds: 'Election Day', value: '2000-11-07' },
    { text: 'Traffic peaks on the weekend before Easter.', ref: '2026-02-25', finds: 'the weekend before Easter', value: '2026-W13-WE' },
    { text: 'Online sales jumped on the Monday after Thanksgiving.', ref: '2026-02-25', finds: 'the Monday after Thanksgiving', value: '2025-12-01' },
    // "The eve of" a holiday is the day before it.
    { text: 'The talks broke down on the eve of Christmas.', ref: '2025-01-08', finds: 'the eve of Christmas', value: '2024-12-24' },
    { text: 'Rail workers will strike on the eve of Thanksgiving.', ref: '2023-11-02', finds: 'the eve of Thanksgiving', value: '2023-11-22' },
  ],
  pattern: new RegExp(
    String.raw`the\s+(day|week|weekend|eve|${WEEKDAY_NAME})\s+(before|after|following|preceding|ahead\s+of|(?<=eve\s+)of)\s+(?:the\s+)?(?:${HOLIDAY_PATTERN.source})`,
  ),
  read: (match) => offsetFromHoliday(match, holiday.read(holidayMatch(match))),
  readIn: (match, year) => offsetFromHoliday(match, holiday.readIn?.(holidayMatch(match), year) ?? null),
};

/** The match as the holiday rule sees it: its own groups, without the offset's. */
const holidayMatch = (match: RuleMatch): RuleMatch => ({ ...match, groups: [match.groups[0], ...match.groups.slice(OFFSET_GROUPS + 1)] });

function offsetFromHoliday({ groups }: RuleMatch, holidayTimex: Timex | null): Timex | null {
  const start = holidayTimex?.date?.precision === 'day' ? holidayTimex.date.start : undefined;
  if (!start) return null;
  const [, unitWord = '', direction = ''] = groups;
  const day = parseReferenceDay(start);
  // "The eve of" a holiday is a day before it, as "the day before" is.
  const sign = /^(?:before|preceding|ahead|of)/i.test(direction) ? -1 : 1;
  const unit = unitWord.toLowerCase();
  if (unit === 'week') {
    const week = inWeek(shift(day, 'week', sign));
    return { type: 'DATE', value: week.value, date: week, relative: true };
  }
  if (unit === 'weekend') {
    // The whole weekend before or after: a Sunday's Saturday is its own weekend's.
    const back = (weekday(day) + 1) % 7;
    const saturday = sign < 0 ? shift(day, 'day', -(back < 2 ? back + 7 : back)) : shift(day, 'day', (6 - weekday(day) + 7) % 7 || 7);
    return { ...weekendAround(saturday), relative: true };
  }
  const target = weekdayNumber(unit);
  const gap = target < 0 ? 1 : sign < 0 ? (weekday(day) - target + 7) % 7 || 7 : (target - weekday(day) + 7) % 7 || 7;
  const found = shift(day, 'day', sign * gap);
  return { type: 'DATE', value: isoDay(found), date: onDay(found), relative: true };
}

/** The Ramadans that begin in `year`, each with its first and last days (Umm al-Qura reckoning). */
function ramadans(year: number): [Day, Day][] {
  return islamicDaysIn(year, '9/1').map((first) => {
    // Shawwal 1, the day after it ends, may fall in the next Gregorian year.
    const eid = [year, year + 1].flatMap((y) => islamicDaysIn(y, '10/1')).find((day) => day > first)!;
    return [first, shift(eid, 'day', -1)];
  });
}

/** Lent, from Ash Wednesday to Holy Saturday. */
const lents = (year: number): [Day, Day][] => [[fromEaster(-46)(year), fromEaster(-1)(year)]];

/** The Christmas holidays, from Christmas Eve to New Year's Day: also the holiday or festive season. */
const christmasHolidays = (year: number): [Day, Day][] => [[utcDay(year, 12, 24), utcDay(year + 1, 1, 1)]];

const SEASONS_OF_FEASTS: [RegExp, (year: number) => [Day, Day][]][] = [
  [/^rama[dz]an/i, ramadans],
  [/^lent/i, lents],
  [/^(?:the\s+)?(?:christmas|holiday|festive)/i, christmasHolidays],
];

/**
 * The months whose papers mean the Christmas holidays by "the holidays" alone ("over the
 * holidays" in November to January); in the rest of the year the holidays are a school's or
 * a summer's, no span of ours.
 */
const MONTHS_OF_THE_HOLIDAYS = new Set([11, 12, 1]);

/**
 * A season's TimeML value: the month that holds it, else its year (Ramadan of 2025, March 1-29,
 * is 2025-03; of 2026, Feb. 18-March 19, is 2026). TimeML has no value for a span; the calendar
 * date says the days exactly. Over the turn of a year (Ramadan of 1999, Dec. 9 to Jan. 7) the
 * value is the year it begins in.
 */
function seasonValue([first, last]: [Day, Day]): string {
  const [y, m] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
  if (y === last.getUTCFullYear() && m === last.getUTCMonth() + 1) return isoMonth(y, m);
  return String(y);
}

/**
 * Which of the seasons around the reference is meant: the one under way; else "last" or a past
 * clause the latest over, "next" or a future clause the next to come; unmarked, the nearer, and
 * one still to come only when it begins within the 90 days news looks ahead (as yearChoice.ts).
 */
function seasonMeant(spans: [Day, Day][], reference: Day, step: string | undefined, tense: Tense | undefined): [Day, Day] | undefined {
  const ref = isoDay(reference);
  const over = spans.filter(([, last]) => isoDay(last) < ref);
  const ahead = spans.filter(([first]) => isoDay(first) > ref);
  const current = spans.find(([first, last]) => isoDay(first) <= ref && ref <= isoDay(last));
  const along = step?.toLowerCase() ?? tense;
  if (along === 'last') return over.at(-1);
  if (along === 'next') return ahead[0];
  if (current) return current;
  if (along === 'past') return over.at(-1);
  if (along === 'future') return ahead[0];
  const soon = ahead[0] && daysBetween(ahead[0][0], reference) <= UNMARKED_AHEAD_DAYS ? ahead[0] : undefined;
  return soon ?? over.at(-1);
}

/**
 * The seasons of feasts news dates things by: "during Ramadan", "the holy month of Ramadan",
 * "before Lent", "over the Christmas holidays" (its period, break or season, not the day), "the
 * Christmas and New Year holidays" (one span, not two feasts), "the holiday season", "the festive
 * period", and "the holidays" after a preposition of time in a paper of November to January
 * (the Christmas holidays by their common names): a span of days, the one around the reference the tense points to.
 */
export const feastSeason: Rule = {
  name: 'feast-season',
  examples: [
    { text: 'Muslims across Indonesia began fasting for Ramadan on Thursday.', ref: '1999-12-09', finds: 'Ramadan', value: '1999' },
    { text: 'Restaurants close by day during Ramadan.', ref: '2025-03-10', finds: 'Ramadan', value: '2025-03' },
    // The year 1997 saw two Ramadans begin; the last one over by November 1998 is the second.
    { text: 'Police guarded mosques during the holy month of Ramadan.', ref: '1998-11-20', finds: 'Ramadan', value: '1997' },
    { text: 'The talks will resume after Ramadan.', ref: '1998-11-20', finds: 'Ramadan', value: '1998' },
    { text: 'Many give up meat for Lent.', ref: '2026-03-01', finds: 'Lent', value: '2026' },
    // Over the turn of the year, valued by the year it begins in.
    { text: 'Trains will run less often over the Christmas holidays.', ref: '2025-11-18', finds: 'the Christmas holidays', value: '2025' },
    { text: 'Hotels were full over the Christmas period.', ref: '2026-01-05', finds: 'the Christmas period', value: '2025' },
    { text: 'Ski resorts are fully booked for the festive season.', ref: '2025-12-01', finds: 'the festive season', value: '2025' },
    { text: 'Toy sales rose during the holiday season.', ref: '2026-01-12', finds: 'the holiday season', value: '2025' },
    // Named by both feasts, one span; named "the holidays" alone in a paper of November to January.
    { text: 'The museum shuts over the Christmas and New Year holidays.', ref: '2025-11-20', finds: 'the Christmas and New Year holidays', value: '2025' },
    { text: 'Airports expect long queues over the holidays.', ref: '2025-12-15', finds: 'the holidays', value: '2025' },
    { text: 'Gym sign-ups jumped after the holidays.', ref: '2026-01-08', finds: 'the holidays', value: '2025' },
    { text: 'Students flew home for the holidays.', ref: '2025-12-27', finds: 'the holidays', value: '2025' },
  ],
  pattern: new RegExp(
    String.raw`(?:(last|next|this)\s+)?(Rama[dz]an|Lent|the\s+Christmas(?:\s+and\s+New\s+Year(?:['’]s)?)?\s+(?:holidays|period|break|season|recess)|the\s+(?:holiday|festive)\s+(?:season|period)|(?<=\b(?:${HOLIDAYS_AS_A_TIME_AFTER})\s+)the\s+holidays)(?:,?\s+((?:19|20)\d\d))?`,
  ),
  read: ({ groups, reference, tense }): Timex | null => {
    const [, step, name = '', yearText] = groups;
    // "lent" in lower case is the verb, "christmas" a season's mood; "the festive season" is no name.
    if (/^(?:the\s+)?(?:lent|rama[dz]an|christmas)/.test(name)) return null;
    if (/^the\s+holidays$/i.test(name) && !MONTHS_OF_THE_HOLIDAYS.has(reference.getUTCMonth() + 1)) return null;
    const spansIn = SEASONS_OF_FEASTS.find(([pattern]) => pattern.test(name))?.[1];
    if (!spansIn) return null;
    const year = reference.getUTCFullYear();
    const span = yearText ? spansIn(Number(yearText))[0] : seasonMeant([year - 1, year, year + 1].flatMap(spansIn), reference, step, tense('clause'));
    return span ? { type: 'DATE', value: seasonValue(span), date: between(...span), relative: !yearText } : null;
  },
};
