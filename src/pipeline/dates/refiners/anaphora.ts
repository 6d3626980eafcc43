/**
 * Narrative dates counted from the one last named: "that year", "later that year", "earlier
 * that day", "the following month", "the next morning", "that night", "the day before", "at the time".
 * They take the day, month or year of the closest earlier date precise enough (in a story
 * about the past, its last dated scene, not the publication day); with none in the text they
 * say nothing and are dropped (a date is never invented).
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import { referenceDayOf } from '../document.ts';
import { type Day, NEWS_WEEK, daysBetween, isoDay, isoMonth, shift, utcDay, weekday } from '../calendar.ts';
import type { Timex } from '../model.ts';
import type { CalendarDate } from '../../types.ts';
import type { Rule } from '../parsers/rule.ts';
import { inMonth, inWeek, inYear, onDay } from '../resolved.ts';
import { MONTH_PATTERN, OVERNIGHT_ADVERB_FOLLOWERS, PARTS_OF_DAY, PART_OF_DAY_NOUNS, PART_OF_DAY_PATTERN, SEASONS, SEASON_PATTERN, WEEKDAYS, WEEKDAY_STEMS, monthNumber } from '../lexicon/calendar.ts';
import { BOUND_PATTERN } from '../lexicon/amounts.ts';
import { CARDINAL_PATTERN, COUNTING_ORDINAL_PATTERN, countingOrdinal, parseCount } from '../lexicon/numbers.ts';
import { REPORTING_VERBS, alternation } from '../lexicon/verbs.ts';
import { weekendAround } from '../parsers/periods.ts';
import { weekdayDay } from './chronoReadings.ts';
import { SEASON_OF_YEAR, inJoinedPastPredicate, readInYear } from './narrative.ts';
import { isMadePublicDay, isTellingDay } from './tellingDay.ts';
import { qualifiedAnaphor } from './qualifiers.ts';
import { pastPerfectAt, sentenceAround, sentenceBeforeStart, tenseAt } from '../tense.ts';

/** A part of the day alone, with or without its article and its early or late end: "the morning", "evening", "late afternoon". */
const PART_OF_DAY_ALONE = String.raw`(?:the\s+)?(?:(?:early|late)[-\s]+)?(?:${PART_OF_DAY_PATTERN})`;
const END_OF_PART = /^(?:the\s+)?(?:(early|late)[-\s]+)?/i;
const MOD_OF_END: Record<string, string> = { early: 'START', late: 'END' };
// A part of the day an anaphor names ("that night", "the same evening", "the next morning").
const PART_OF_DAY_WORD = new RegExp(String.raw`\b(?:${PART_OF_DAY_PATTERN})\b`, 'i');
const PART_OF_DAY_ANAPHOR = new RegExp(String.raw`^(?:${PART_OF_DAY_ALONE}|overnight)$`, 'i');

/**
 * "the fourth evening", "the third day": a day of a stay or a siege counted from its first. Not
 * "the first day", the day already named ("opened on Saturday and adopted a declaration on the
 * first day"): it tells of no other day, and read as one it split the act from its day's event.
 */
const ORDINAL_DAY = String.raw`the\s+(?!first\b|1st\b)(${COUNTING_ORDINAL_PATTERN})\s+(day|${PART_OF_DAY_PATTERN})`;

// "the next day" narrates; "the next year" is more often the coming one (see relativePeriod),
// unless a past clause tells it ("the mayor returned the next year"; see the rule's read).
// "the previous Friday": the Friday before the day last named, not the reference's last Friday.
// "in August of that year": the month, in the year last named.
// "The following spring", "the previous winter": the first such season after (before) the date
// last named; "that spring" is the-season's (periods.ts), "the next fall in prices" no time.
// "The following March", "the previous December" so too, a month's name written with its capital
// ("the next may" is no month); "that March" is the month's own parser's, and so is a month with its day
// ("the following March 3", "the next Sept. 14"), which the month-day parser dates in full.
const ANAPHOR = new RegExp(
  String.raw`(?:(${MONTH_PATTERN})\s+of\s+)?(?:(?:earlier|later)\s+)?(?:(that|the\s+same|that\s+same)|the\s+(following|previous|preceding|next))\s+(day|${PART_OF_DAY_PATTERN}|week|month|season|year|(?:${SEASON_PATTERN}|${MONTH_PATTERN}(?!\.?\s+\d))(?!\s+(?:of|in)\b))\b` +
    // "that Friday", "that weekend": of the week last named; not "said that Friday's vote …".
    String.raw`|(?:the\s+(?=(?:following|previous|preceding)\s)|(?<!\b(?:${alternation(REPORTING_VERBS)})\s+)(?=that\s))(following|previous|preceding|that)\s+((?:${WEEKDAY_STEMS.join('|')})day|weekend)(?!['’]s)` +
    // "the day before." (or "the night before,") ends its clause: "the day before the vote" is counted from the vote.
    String.raw`|the\s+(day|week|month|year|${PART_OF_DAY_PATTERN})\s+(before|after)(?=\s*(?:[,.;:!?)"”’]|$))` +
    // "at the time", "at that time" are the time last named; "at the time of the vote" names its own.
    String.raw`|(?<=\bat\s+)(?:the|that)\s+(time)(?!\s+(?:of|when|being))` +
    // "until then", "by then": the time last named itself, a bound ahead of the story; TimeML
    // leaves "since then" unmarked (a stretch up to now, not a time).
    String.raw`|(?<=\b(?:until|till|by)\s+)then\b(?!\s*-)` +
    // "placed orders in the morning", "fighting raged during the night", "by evening", "spent the night": that
    // part of the day last named, in a past clause (see the rule's read); "overnight" is the
    // night before it. Not "the morning of May 3" or "morning prayers", which name their own.
    String.raw`|(?<=\b(?:in|during|into|through|throughout|by|until|till|spent|spend|spends|spending)\s+)${PART_OF_DAY_ALONE}(?!\s+(?:of|hours?|${PART_OF_DAY_NOUNS.join('|')})\b|[-‐‑–]\w)` +
    // "reopened a year later", "a decade earlier": one year or decade from the date last named
    // (TimeBank dates "a year earlier" by the year it counts to, 1988, as the guideline's
    // anchored "two years ago"); "a year earlier" itself is the business comparison with the
    // reference's year (durations.ts, reportingQuarter.ts). Days and weeks counted so stay
    // stretches, as TimeBank marks them ("Three days later" P3D, "A day earlier" P1D).
    String.raw`|(?:a|one)\s+(decade(?=\s+(?:later|earlier))|year(?=\s+later))\s+(later|earlier)\b` +
    // "walked out on Monday, and three days later …": days counted on are the stretch TimeML and
    // TimeBank write, "<three days> later" P3D ("later" its signal; own-conventions.md); counted from a
    // day named in the sentence or the one before it, the stretch carries the day it ends on, that day
    // and N, its event's date; from no such day ("Three days later, as of Friday's close") none.
    // A bounded count ("some 10 days later", "about three days later") stays the stretch with its
    // mod (durations.ts); "three days later than planned" compares with a plan, no day.
    // Years so counted ("promised in 2014 and built six years later") are the stretch too, carrying the year they end on;
    // decades are ten years each ("retired in 1999. Two decades later …" P20Y, ending in 2019, where "that December" is).
    String.raw`|(?<!\b(?:${BOUND_PATTERN})\s+)\b(?:${CARDINAL_PATTERN})\s+(?:days|years|decades)\s+later\b(?!\s+than\b)` +
    String.raw`|(?<!\b(?:an?|the)\s+)overnight(?![-‐‑–]\w|\s+(?:success|sensation|star|stays?|trips?|bags?|rates?|loans?|deposits?|shift|flights?|train|bus|ferry|camp|guests?|visitors?)\b|\s+(?:(?:on|into|to|until|till|through|before)\s+)?(?:${WEEKDAYS.join('|')}|today|yesterday|tonight)\b)` +
    // "On the Monday, the White House paused deliveries", "was charged on the Friday": a weekday
    // with the article is the story's own, the first one after the day last named, as a long
    // read or a court report tells a week gone by; not "the Monday after Thanksgiving", "the
    // Friday before the vote" (counted from their own day) nor "on the Friday's agenda".
    // The weekday alone is the expression, as TimeBank marks it ("on the <Monday>").
    String.raw`|(?<=\b(?:on|by|until|till)\s+the\s+)((?:${WEEKDAY_STEMS.join('|')})day)(?!['’]s|\s+(?:after|before|of|prior|following|preceding)\b)` +
    // "On the fourth evening it cleared", "on the third day the garrison surrendered": counted
    // from the day last named, its first; not "the second day of the offensive" (its own day),
    // nor "for the second day running" (a count, not a day).
    String.raw`|(?<=\bon\s+)${ORDINAL_DAY}(?!\s+(?:of|in|running)\b)`,
  'i',
);
const ORDINAL_DAY_ALONE = new RegExp(String.raw`^${ORDINAL_DAY}$`, 'i');
const COUNTED_LATER = new RegExp(String.raw`^(${CARDINAL_PATTERN})\s+(day|year|decade)s\s+later$`, 'i');
/** How many days or years "three days later", "six years later", "two decades later" count on, if the match is such a count: the count and its TimeML unit. */
const countedLater = (text: string): { count: number; unit: 'D' | 'Y' } | undefined => {
  const [, count, unit = ''] = COUNTED_LATER.exec(text) ?? [];
  const number = count === undefined ? undefined : parseCount(count);
  if (number === undefined) return undefined;
  return /^day$/i.test(unit) ? { count: number, unit: 'D' } : { count: /^decade$/i.test(unit) ? number * 10 : number, unit: 'Y' };
};
/** Days or years counted on are the count alone, "later" its signal, as TimeML and TimeBank write them ("<Three days> later"). */
const theCountAlone = (result: ParsingResult): ParsingResult => Object.assign(result, { text: result.text.replace(/\s+later$/i, '') });
/** The story's weekday as the rule matches it, without the "on the" before it: "Monday". */
const STORY_WEEKDAY = new RegExp(String.raw`^((?:${WEEKDAY_STEMS.join('|')})day)$`, 'i');
const RULE_TAG = 'dateline/rule:anaphora';

/** Found by this rule, resolved by the refiner below; the reading here is never returned as is. */
export const anaphora: Rule = {
  name: 'anaphora',
  examples: [
    { text: 'He arrived on March 3, 1998. The following day he left.', ref: '1998-11-20', finds: 'The following day', value: '1998-03-04' },
    { text: 'It opened in 1994. Later that year it closed.', ref: '1998-11-20', finds: 'Later that year', value: '1994' },
    { text: 'On May 22, 1995, the army entered the town. The day before, the mayor had fled.', ref: '1998-11-20', finds: 'The day before', value: '1995-05-21' },
    { text: 'The vote was held on Sunday, March 1, 1998. Results came the day after.', ref: '1998-11-20', finds: 'the day after', value: '1998-03-02' },
    { text: 'The rights terminate on Nov. 30. Until then, the stock remains convertible.', ref: '1989-10-30', finds: 'then', value: '1989-11-30' },
    { text: 'The plant will close in 2001. By then, the town hopes to have new jobs.', ref: '1998-08-09', finds: 'then', value: '2001' },
    { text: 'In March 1996 the plant closed. At the time, nobody expected it.', ref: '1998-11-20', finds: 'the time', value: 'PAST_REF' },
    { text: 'The mill shut in 2009. It was at that time the town\'s largest employer.', ref: '2025-06-12', finds: 'that time', value: 'PAST_REF' },
    { text: 'Talks resume in May; at that time the envoys will table a draft.', ref: '2025-03-10', finds: 'that time', value: 'FUTURE_REF' },
    { text: 'On May 22, 1995, the army entered the town. That night, the mayor fled.', ref: '1998-11-20', finds: 'That night', value: '1995-05-22TNI' },
    { text: 'On May 22, 1995, the army entered the town. The next morning it left.', ref: '1998-11-20', finds: 'The next morning', value: '1995-05-23TMO' },
    { text: 'The army entered the town in May 1995. The mayor had fled the year before.', ref: '1998-11-20', finds: 'the year before', value: '1994' },
    { text: 'The army entered the town in 1995. The mayor returned the next year.', ref: '1998-11-20', finds: 'the next year', value: '1996' },
    // Not told in the past, "the next year" is the coming one, whatever was named before.
    { text: 'The plant opened in 1995. It will be closed over the next year.', ref: '1998-11-20', finds: 'the next year', value: '1999' },
    // Early, late or the end of a period counted from the story is still counted from the story.
    { text: 'The plant closed in 1997. Late the following year, it reopened.', ref: '1998-08-19', finds: 'Late the following year', value: '1998' },
    { text: 'The army entered the town in 1995. Early the next year, the mayor returned.', ref: '1998-11-20', finds: 'Early the next year', value: '1996' },
    { text: 'The mill shut in March 1997. At the end of the following month, it reopened.', ref: '1998-08-19', finds: 'the end of the following month', value: '1997-04' },
    { text: 'The plant closed in 1997. By the end of that year, sales had halved.', ref: '1998-08-19', finds: 'the end of that year', value: '1997' },
    { text: 'The fire broke out on March 3, 1997. Late that night, a bomb went off.', ref: '1998-08-19', finds: 'Late that night', value: '1997-03-03TNI' },
    // The date just before it takes that year too.
    { text: 'The firm was founded in 1995. It listed its shares on Aug. 3 that year.', ref: '1998-11-20', finds: 'Aug. 3', value: '1995-08-03' },
    { text: 'The army entered the town in 1995. The mayor fled in August of the same year.', ref: '1998-11-20', finds: 'August of the same year', value: '1995-08' },
    // A season of a year lends its year.
    { text: 'He was hired in the spring of 1968. He married the following year.', ref: '1999-05-09', finds: 'the following year', value: '1969' },
    // A season counted on is the first such season begun after the date last named.
    { text: 'The mill lost its largest customer in 1991. The following spring a new owner took over.', ref: '1997-10-14', finds: 'The following spring', value: '1992-SP' },
    // So is a month: the first such month begun after it, or the last one over before it.
    { text: 'He came to the island in the winter of 1963. The following March a trawler ran aground.', ref: '2023-04-14', finds: 'The following March', value: '1964-03' },
    { text: 'They married in January 1990 and moved to Leeds the following March.', ref: '2001-06-11', finds: 'the following March', value: '1990-03' },
    { text: 'The dam burst on Aug. 12, 1991; the village was rebuilt by the following June.', ref: '2001-06-11', finds: 'the following June', value: '1992-06' },
    { text: 'The strike ended in January 1985. It had begun the previous March.', ref: '2001-06-11', finds: 'the previous March', value: '1984-03' },
    { text: 'She won the seat in the spring of 1968 and lost it the following June.', ref: '2001-06-11', finds: 'the following June', value: '1968-06' },
    // A month with its day is the month-day parser's, dated in full.
    { text: 'The bill passed in January 1990 and took effect the following March 3.', ref: '2001-06-11', finds: 'March 3', value: '1990-03-03' },
    { text: 'The mayor was sworn in on Jan. 4, 2011, and resigned the following Sept. 14.', ref: '2019-03-02', finds: 'Sept. 14', value: '2011-09-14' },
    { text: 'The plant closed in May 1998 and reopened the following June 14.', ref: '2004-02-20', finds: 'June 14', value: '1998-06-14' },
    // A decade between them ("by the mid-1980s") is a span, which lends no year to count from.
    { text: 'She joined in the summer of 1971; by the late 1980s the band had split. She married the following year.', ref: '2001-06-11', finds: 'the following year', value: '1972' },
    { text: 'The ballroom burned down in the spring of 1947 and reopened a year later.', ref: '2000-02-13', finds: 'a year later', value: '1948' },
    { text: 'In 1988 the building nearly closed; a decade later it was listed as a landmark.', ref: '2000-02-13', finds: 'a decade later', value: '1998' },
    { text: 'In 1991 the first layoffs came. A decade earlier, the mill had posted record profits.', ref: '1999-05-09', finds: 'A decade earlier', value: '1981' },
    // Days counted on are the count alone, from a day of the sentence or the one before or from none (the day they end on: anaphora.test.ts).
    { text: 'Dock workers walked out on Monday, and three days later the operator offered a raise.', ref: '2025-11-14', finds: 'three days', value: 'P3D' },
    { text: 'A crash in training on Saturday had left her bruised. Two days later she was on the podium.', ref: '2026-02-09', finds: 'Two days', value: 'P2D' },
    { text: 'Prices fell after Oct. 12. The gap closes slowly. Three days later, as of Friday, the index was down 6%.', ref: '1989-10-30', finds: 'Three days', value: 'P3D' },
    { text: 'The plant reopened three days later.', ref: '2000-02-13', finds: 'three days', value: 'P3D' },
    { text: 'The strike began on Monday, three days later than planned.', ref: '2025-11-12', finds: 'three days', value: 'P3D' },
    { text: 'The vote came on Monday, two days later than scheduled.', ref: '2025-11-12', finds: 'two days', value: 'P2D' },
    { text: 'The rebels took the town on Monday. Some 10 days later, troops arrived.', ref: '2025-11-12', finds: 'Some 10 days', value: 'P10D' },
    // Years so counted are the stretch too, and carry the year they end on to the anaphors after them.
    { text: 'A flood wall was promised in 2014 and built six years later.', ref: '2023-07-18', finds: 'six years', value: 'P6Y' },
    { text: 'A flood wall was promised in 2014 and built six years later. It held in December of that year.', ref: '2023-07-18', finds: 'December of that year', value: '2020-12' },
    { text: 'The mine closed in March 1985. Ten years later the pit head was pulled down, and later that year the site was sold.', ref: '2023-07-18', finds: 'later that year', value: '1995' },
    { text: 'The mill shut in 1971. Two decades later it reopened as flats, and that June the first tenants moved in.', ref: '2023-07-18', finds: 'that June', value: '1991-06' },
    { text: 'The mill shut in 1971 and reopened as flats three decades later.', ref: '2023-07-18', finds: 'three decades', value: 'P30Y' },
    // Told in the past, not from a day still ahead named between.
    { text: 'Lindqvist met Ostad on May 2. The truce is due to expire on May 20. Two days later she held talks.', ref: '2058-05-15', finds: 'Two days', value: 'P2D' },
    { text: 'The vote is on Monday, and two days later the results will be published.', ref: '2025-11-12', finds: 'two days', value: 'P2D' },
    // Counted back with no date named before it: from the day of writing ("the previous week" is last week).
    { text: 'Shares fell 3 percent after gains in the previous week.', ref: '1998-10-14', finds: 'the previous week', value: '1998-W41' },
    { text: 'Rebels ambushed a patrol near the border. The week before, they had seized two villages.', ref: '2025-06-12', finds: 'The week before', value: '2025-W23' },
    { text: 'Output rose 2 percent from the preceding month, the agency said.', ref: '1999-03-05', finds: 'the preceding month', value: '1999-02' },
    { text: 'The mayor resigned; she had been re-elected the previous year.', ref: '2024-05-02', finds: 'the previous year', value: '2023' },
    // Twice, with nothing named between: the same week, not one counted back from the other.
    { text: 'Claims rose from the previous week. Orders, too, beat the previous week.', ref: '1998-10-14', finds: 'the previous week', value: '1998-W41' },
    // No date before it to count from: how long after, a stretch.
    { text: 'The plant reopened a year later.', ref: '2000-02-13', finds: 'a year later', value: 'P1Y' },
    { text: 'They married in March 1990 and moved to Paris the next month.', ref: '1998-11-20', finds: 'the next month', value: '1990-04' },
    { text: 'The bombs exploded on Wednesday, Aug. 5, 1998. Rescuers gave up that Friday.', ref: '1998-11-18', finds: 'that Friday', value: '1998-08-07' },
    { text: 'The bombs exploded on Aug. 5, 1998. That weekend, rescuers searched the rubble.', ref: '1998-11-18', finds: 'That weekend', value: '1998-W32-WE' },
    { text: 'Rescuers gave up that Friday.', ref: '1998-11-18', finds: 'that Friday', value: '1998-11-13' },
    // The story's weekday, with the article: the first after the day last named, not the reference's.
    { text: 'The talks collapsed on Sunday, March 2, 2025. On the Monday, the White House paused deliveries.', ref: '2025-05-04', finds: 'Monday', value: '2025-03-03' },
    { text: 'He was arrested in Leeds on 24 April 1997 and was charged on the Friday.', ref: '1998-11-20', finds: 'Friday', value: '1997-04-25' },
    // With no day named before it, the weekday its tense says, as without the article.
    { text: 'Ministers met on the Monday, officials said.', ref: '2025-05-07', finds: 'Monday', value: '2025-05-05' },
    // A day of telling after the story's own date in its sentence leaves that date the antecedent.
    { text: 'Exports fell 3 percent in January, the ministry said on Tuesday. Imports also fell that month.', ref: '1998-02-19', finds: 'that month', value: '1998-01' },
    { text: 'Officials said on Tuesday that the plant would close. That night, workers marched.', ref: '1998-02-19', finds: 'That night', value: '1998-02-17TNI' },
    // Nor does a date told in a relative clause after the sentence's own day: it is background.
    { text: 'On Friday the council passed a budget for the bridge, which opened on 2 May 1988. The mayor resigned that night.', ref: '2031-06-09', finds: 'that night', value: '2031-06-06TNI' },
    { text: 'On Thursday the envoy laid flowers at the dam, where the flood of 12 March 2004 began, and flew home that evening.', ref: '2031-06-09', finds: 'that evening', value: '2031-06-05TEV' },
    // Nor does the day the telling was made public ("recorded on Wednesday and broadcast on Sunday").
    { text: 'In an interview recorded on Wednesday and broadcast on Sunday, the minister said she would meet him the next day.', ref: '2057-04-01', finds: 'the next day', value: '2057-03-29' },
    { text: 'Hopes were dashed Friday. Dealers placed heavy buy orders in the morning.', ref: '1989-10-30', finds: 'the morning', value: '1989-10-27TMO' },
    { text: 'Rebels entered the town on Tuesday. Fighting raged during the night.', ref: '1998-11-20', finds: 'the night', value: '1998-11-17TNI' },
    { text: 'The storm reached the coast on Sunday, Aug. 2. By evening, 40 people had died.', ref: '1998-08-05', finds: 'evening', value: '1998-08-02TEV' },
    { text: 'Markets fell on Friday, depressed by overnight losses in New York.', ref: '1989-10-30', finds: 'overnight', value: '1989-10-26TNI' },
    { text: 'The quake struck overnight, killing 40 people.', ref: '1998-11-20', finds: 'overnight', value: '1998-11-19TNI' },
    { text: 'Firefighters were called late Wednesday and fought the blaze overnight.', ref: '2025-12-15', finds: 'overnight', value: '2025-12-10TNI' },
    { text: 'Rebels entered the town on Tuesday evening. Overnight, the army withdrew.', ref: '2026-03-12', finds: 'Overnight', value: '2026-03-10TNI' },
    { text: 'A flood watch was issued Thursday afternoon, but few heard of it overnight.', ref: '2025-07-07', finds: 'overnight', value: '2025-07-03TNI' },
    { text: 'Forecasters have warned of gales overnight.', ref: '2026-03-12', finds: 'overnight', value: '2026-03-12TNI' },
    { text: 'Leaders agreed late Tuesday. The House is expected to vote Wednesday afternoon. "We worked through the night," a negotiator said.', ref: '1998-10-21', finds: 'the night', value: '1998-10-20TNI' },
    { text: 'Stocks fell Tuesday, to their lowest close since Aug. 11. Bonds slid overnight in Tokyo.', ref: '1999-09-29', finds: 'overnight', value: '1999-09-27TNI' },
    { text: 'The twister touched down at 9:40 p.m. Wednesday. Crews worked overnight.', ref: '1999-03-18', finds: 'overnight', value: '1999-03-17TNI' },
    // Told in the past perfect, before the time the story is at: the night before the day still, however late that day was told.
    { text: 'The crowd drifted away at dusk on Friday. Overnight, police had cleared the square.', ref: '2031-05-12', finds: 'Overnight', value: '2031-05-08TNI' },
    { text: 'The river crested late Tuesday; engineers had shored up the levee overnight.', ref: '2026-03-12', finds: 'overnight', value: '2026-03-09TNI' },
    // A development told by "overnight" after a day two or more days back (named in an earlier
    // sentence or a relative clause, at no end of day) is the news's latest night, the night
    // before the day of writing; "overnight" before its noun ("by overnight losses") stays the
    // night before the day named.
    { text: 'The quake struck on Tuesday, killing at least 300 people. Aftershocks rattled the valley overnight.', ref: '1999-09-24', finds: 'overnight', value: '1999-09-23TNI' },
    { text: 'The blaze, which started on Monday morning in dry scrub, spread to two more villages overnight, officials said.', ref: '2025-01-09', finds: 'overnight', value: '2025-01-08TNI' },
    { text: 'Floodwaters first entered the old town on Saturday. The river kept rising overnight and levees gave way.', ref: '2026-04-14', finds: 'overnight', value: '2026-04-13TNI' },
    { text: 'The index closed lower on Friday. Dealers blamed overnight selling in Tokyo.', ref: '2026-04-13', finds: 'overnight', value: '2026-04-09TNI' },
    // The day its sentence goes on to, or that day's morning, ends the night: the night before it.
    { text: 'Gales hit the coast on Friday evening. Linemen worked overnight, and power was back by Sunday morning.', ref: '2031-11-18', finds: 'overnight', value: '2031-11-15TNI' },
    { text: 'The Teller Bridge was closed on Thursday. Divers searched the river overnight and found the barge early Monday.', ref: '2031-11-19', finds: 'overnight', value: '2031-11-16TNI' },
    // A night told in the past, of the day of writing, is the night before it, as "overnight" is.
    { text: 'The fires were largely under control today. Firefighters worked through the night to save homes.', ref: '2000-01-19', finds: 'the night', value: '2000-01-18TNI' },
    { text: 'Police said Wednesday that rebels had shelled the town during the night.', ref: '1999-02-17', finds: 'the night', value: '1999-02-16TNI' },
    // Not when the day named is already at its end: that night follows.
    { text: 'The fire broke out late Tuesday. Crews fought it through the night.', ref: '1999-02-17', finds: 'the night', value: '1999-02-16TNI' },
    { text: 'The stadium came down Wednesday. Residents kept their windows shut until evening.', ref: '2000-03-09', finds: 'evening', value: '2000-03-08TEV' },
    { text: 'The river rose all Tuesday, and by late afternoon it had crested.', ref: '1998-08-13', finds: 'late afternoon', value: '1998-08-11TAF' },
    { text: 'Talks resume at 10 a.m. Wednesday. The bomb went off Monday, and the search went on into the evening.', ref: '1999-11-29', finds: 'the evening', value: '1999-11-29TEV' },
    // After a midnight that ends its day, a morning, afternoon or evening is the next day's; the night is midnight's own.
    { text: 'The talks ran past midnight Sunday and into the evening, when a draft was agreed.', ref: '2026-03-09', finds: 'the evening', value: '2026-03-09TEV' },
    { text: 'Delegates argued until midnight on Saturday and resumed in the afternoon.', ref: '2026-03-09', finds: 'the afternoon', value: '2026-03-08TAF' },
    { text: 'Shelling stopped shortly after midnight Friday. Fighting resumed during the night.', ref: '2026-03-09', finds: 'the night', value: '2026-03-06TNI' },
    // After a month or a year, a part of the day is of the day last named.
    { text: 'The minister spoke to parliament on Tuesday, March 3. Fuel duty rose in February, she said. Opposition members walked out in the afternoon.', ref: '2026-03-04', finds: 'the afternoon', value: '2026-03-03TAF' },
    { text: 'Floods hit the capital on 12 January. Rainfall in December had been twice the average, and during the night the river burst its banks.', ref: '2026-01-14', finds: 'the night', value: '2026-01-12TNI' },
    // A day of a stay or a siege counted from the day named, its first; not a count ("for the second day running").
    { text: 'The siege began on Sunday, Feb. 1. On the third day the garrison surrendered.', ref: '2026-03-06', finds: 'the third day', value: '2026-02-03' },
    { text: 'We reached the pass on 9 August and camped in fog; on the second morning the sky cleared.', ref: '2026-09-01', finds: 'the second morning', value: '2026-08-10TMO' },
    // A sports season is its year's.
    { text: 'He joined the club in 2016 and scored 20 goals that season.', ref: '2025-11-27', finds: 'that season', value: '2016' },
    { text: 'She won the title in 2019 and retired the following season.', ref: '2025-11-27', finds: 'the following season', value: '2020' },
    // The day written after it says which night.
    { text: 'Drones hit Kyiv overnight into Saturday.', ref: '2025-10-06', finds: 'Saturday', value: '2025-10-04' },
    // Not in the past: no day is told ("in the morning" of a habit or a plan).
    { text: 'Talks resume on Monday. The envoys will meet in the morning.', ref: '1998-11-20', finds: 'Monday', value: '1998-11-23' },
    { text: 'The army entered the town on May 22, 1995. Officials said that Friday the mayor fled.', ref: '1998-11-18', finds: 'Friday', value: '1998-11-13' },
    // A part of the day a past verb spends, and "the night before" ending its clause, as "the day before".
    { text: 'The ship ran aground on Thursday. Passengers spent the night on deck.', ref: '2031-09-12', finds: 'the night', value: '2031-09-11TNI' },
    { text: 'Voters queued on Sunday; many had spent the evening outside the hall.', ref: '2031-09-12', finds: 'the evening', value: '2031-09-07TEV' },
    { text: 'The dam broke on Wednesday. The night before, engineers had warned of cracks.', ref: '2031-09-12', finds: 'The night before', value: '2031-09-09TNI' },
    // Counted back in the past perfect, it is background: the story stays at its day.
    { text: 'Floods swept the valley on Tuesday. A dam upstream had burst the night before. Soldiers spent the afternoon filling sandbags.', ref: '2031-09-12', finds: 'the afternoon', value: '2031-09-09TAF' },
    { text: 'The strike began on Monday, March 3. Talks had broken down the day before. That evening, pickets gathered at the gates.', ref: '2031-03-12', finds: 'That evening', value: '2031-03-03TEV' },
  ],
  pattern: new RegExp(ANAPHOR.source),
  read: ({ groups, text, tense, reference }) => {
    if (PART_OF_DAY_ANAPHOR.test(text)) {
      // Ahead, "overnight" is tonight: "forecasters have warned of gales overnight".
      if (tense() === 'future' && /^overnight$/i.test(text)) return { type: 'TIME', value: `${isoDay(reference)}TNI`, date: onDay(reference), relative: true };
      // Told in the past only: "will meet in the morning", "works at night" name no day.
      if (tense() !== 'past') return null;
      if (!/^overnight$/i.test(text)) return { type: 'TIME', value: 'XXXX', relative: true };
      // With no day named before it, "overnight" in the past is the night before the reference.
      const night = shift(reference, 'day', -1);
      return { type: 'TIME', value: `${isoDay(night)}TNI`, date: onDay(night), relative: true };
    }
    const [, month, , step, unit = '', weekdayStep = '', weekdayName = '', , , , unitCounted, , storyWeekday = ''] = groups;
    // Counted from a day named before it, or nothing.
    if (ORDINAL_DAY_ALONE.test(text)) return { type: 'DATE', value: 'XXXX', relative: true };
    // With no date named before it, "a year later" still says how long after: the stretch.
    if (unitCounted) return { type: 'DURATION', value: /^decade$/i.test(unitCounted) ? 'P10Y' : 'P1Y' };
    const later = countedLater(text);
    if (later) return { type: 'DURATION', value: `P${later.count}${later.unit}` };
    // With no day named before it, "that Friday" or "on the Friday" is still a Friday: the one its tense says.
    const weekdayNumber = WEEKDAYS.indexOf((weekdayName || storyWeekday).toLowerCase());
    if ((/^that$/i.test(weekdayStep) || storyWeekday) && weekdayNumber >= 0) {
      const day = weekdayDay(reference, weekdayNumber, undefined, tense('sentence'));
      return { type: 'DATE', value: isoDay(day), date: onDay(day), relative: true };
    }
    if (month && !/^year$/i.test(unit)) return null;
    if (unit.toLowerCase() in SEASONS && !step) return null;
    if (monthNumber(unit) !== undefined && (!step || !/^[A-Z]/.test(unit))) return null;
    const counted = unit.toLowerCase() === 'day' || unit.toLowerCase() in PARTS_OF_DAY;
    if (step?.toLowerCase() === 'next' && !counted && tense('clause') !== 'past') return null;
    return { type: 'DATE', value: 'XXXX', relative: true };
  },
};

const PRECISE_ENOUGH: Record<string, CalendarDate['precision'][]> = {
  day: ['day'],
  ...Object.fromEntries(Object.keys(PARTS_OF_DAY).map((part) => [part, ['day']])),
  week: ['day', 'week'],
  month: ['day', 'month'],
  year: ['day', 'week', 'month', 'year'],
  // "the longest game of that season": a sports season is its year's, as TimeML values it.
  season: ['day', 'week', 'month', 'year'],
};

const WITHIN_A_WEEK: CalendarDate['precision'][] = ['day', 'span', 'week'];
const dayOf = (iso: string): Day => utcDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

function nextToWeekday(first: Day, weekdayStep: string, weekdayName: string): Timex {
  if (/^that$/i.test(weekdayStep)) {
    const monday = shift(first, 'day', -((weekday(first) + 6) % 7));
    if (/^weekend$/i.test(weekdayName)) return { ...weekendAround(shift(monday, 'day', 5)), relative: true };
    const day = shift(monday, 'day', (WEEKDAYS.indexOf(weekdayName.toLowerCase()) + 6) % 7);
    return { type: 'DATE', value: isoDay(day), date: onDay(day), relative: true };
  }
  if (/^weekend$/i.test(weekdayName)) return { ...weekendAround(shift(first, 'week', /^following$/i.test(weekdayStep) ? 1 : -1)), relative: true };
  const target = WEEKDAY_STEMS.indexOf(weekdayName.toLowerCase().slice(0, -3));
  const ahead = (target - weekday(first) + 7) % 7 || 7;
  const behind = (weekday(first) - target + 7) % 7 || 7;
  const day = shift(first, 'day', /^following$/i.test(weekdayStep) ? ahead : -behind);
  return { type: 'DATE', value: isoDay(day), date: onDay(day), relative: true };
}

/** A midnight that ends its day, as TimeML writes it: "midnight Sunday" is 2026-03-08T24. */
const ENDS_AT_MIDNIGHT = /T24(?::00)?$/;

/** Whether a date names its day's end ("late Wednesday", "Thursday afternoon", "9:40 p.m."): the night after it follows it. */
export function endsItsDay(date: Timex & { date: CalendarDate }): boolean {
  return date.date.qualifier === 'late' || /T(?:AF|EV|NI|1[2-9]|2\d)/.test(date.value);
}

/**
 * @param toldInThePast a part of the day its clause tells in the past: a night told so, of the
 * day of writing itself, is the night before it, as "overnight" is ("fires were under control
 * today … crews worked through the night", "police said Wednesday that rebels attacked during the night").
 * @param toldInPastPerfect an anaphor its verb tells in the past perfect, as before the time the story is at.
 */
function resolve(text: string, antecedent: Timex & { date: CalendarDate }, reference: Day, toldInThePast = false, toldInPastPerfect = false): Timex | undefined {
  // The match alone: "at" stays outside it, as TimeML marks "the time". TimeML values it as a
  // reference to the past (or future); its date is the time last named.
  if (/^then$/i.test(text)) return { type: antecedent.type, value: antecedent.value, date: antecedent.date, relative: true };
  if (/^(?:the|that)\s+time$/i.test(text)) {
    const value = antecedent.date.end < isoDay(reference) ? 'PAST_REF' : antecedent.date.start > isoDay(reference) ? 'FUTURE_REF' : 'PRESENT_REF';
    return { type: 'DATE', value, date: antecedent.date, relative: true };
  }
  if (PART_OF_DAY_ANAPHOR.test(text)) {
    const overnight = /^overnight$/i.test(text);
    const nightOfToday = toldInThePast && /\bnight$/i.test(text) && antecedent.date.start === isoDay(reference);
    // "overnight" is the night before the day last named, unless the story is already past
    // that day's morning ("late Wednesday", "Thursday afternoon"): then it is the night that follows.
    // So is a clock time after noon ("touched down at 9:40 p.m. … worked overnight"). Not in the
    // past perfect, which goes back before the story's time: "The crowd broke up at dusk.
    // Overnight, troops had sealed off the roads" is the night before.
    const atDayEnd = endsItsDay(antecedent) && !(overnight && toldInPastPerfect);
    // "by late afternoon": that part at its end (TimeML mod END), "in the early evening" at its start.
    const end = END_OF_PART.exec(text)?.[1]?.toLowerCase();
    const name = overnight ? 'night' : text.replace(END_OF_PART, '').toLowerCase();
    // After a midnight that ends its day ("ran past midnight Sunday and into the evening"), a
    // morning, afternoon or evening is the next day's; the night is the one midnight is in.
    const afterMidnight = ENDS_AT_MIDNIGHT.test(antecedent.value) && name !== 'night';
    const part = counted(antecedent.date, name, (overnight || nightOfToday) && !atDayEnd ? 'previous' : afterMidnight ? 'following' : undefined);
    return part && end ? { ...part, mod: MOD_OF_END[end]! } : part;
  }
  const later = countedLater(text);
  if (later?.unit === 'D') return antecedent.date.precision === 'day' ? counted(onDay(shift(dayOf(antecedent.date.start), 'day', later.count)), 'day', undefined) : undefined;
  if (later) return PRECISE_ENOUGH.year!.includes(antecedent.date.precision) ? counted(inYear(dayOf(antecedent.date.start).getFullYear() + later.count), 'year', undefined) : undefined;
  const ordinalDay = ORDINAL_DAY_ALONE.exec(text);
  if (ordinalDay) return dayCounted(antecedent.date, countingOrdinal(ordinalDay[1] ?? '') ?? 1, (ordinalDay[2] ?? '').toLowerCase());
  // The story's weekday ("On the Monday", matched as "Monday") is the following one.
  const storyWeekday = STORY_WEEKDAY.exec(text)?.[1];
  if (storyWeekday) return WITHIN_A_WEEK.includes(antecedent.date.precision) ? nextToWeekday(dayOf(antecedent.date.start), 'following', storyWeekday) : undefined;
  const [, month, , step, unit = '', weekdayStep, weekdayName, unitBefore = '', beforeOrAfter, , unitCounted, laterOrEarlier = ''] = ANAPHOR.exec(text) ?? [];
  if (unitCounted) return yearsFrom(antecedent.date, /^decade$/i.test(unitCounted) ? 10 : 1, /^later$/i.test(laterOrEarlier) ? 1 : -1);
  // A weekday counts from a day, or from the first day of a weekend or week ("That weekend … the following Monday").
  if (weekdayStep && weekdayName) return WITHIN_A_WEEK.includes(antecedent.date.precision) ? nextToWeekday(dayOf(antecedent.date.start), weekdayStep, weekdayName) : undefined;
  if (unit.toLowerCase() in SEASONS) return seasonCounted(antecedent, unit.toLowerCase(), step);
  const monthNamed = monthNumber(unit);
  if (monthNamed !== undefined) return step ? monthCounted(antecedent, monthNamed, step) : undefined;
  const by = beforeOrAfter && (beforeOrAfter.toLowerCase() === 'after' ? 'following' : 'previous');
  const reading = counted(antecedent.date, (by ? unitBefore : unit).toLowerCase(), by || step);
  const monthNumbered = month ? monthNumber(month) : undefined;
  if (!reading?.date || monthNumbered === undefined) return reading;
  const year = Number(reading.value);
  return { type: 'DATE', value: isoMonth(year, monthNumbered), date: inMonth(year, monthNumbered), relative: true };
}

// "overnight losses in New York", "after overnight gains": "overnight" before its noun, not
// the adverb of its clause's verb ("continued overnight", "doubled in size overnight, while …").
const OVERNIGHT_BEFORE_ITS_NOUN = new RegExp(String.raw`^overnight\s+(?!(?:${OVERNIGHT_ADVERB_FOLLOWERS.join('|')})\b)[a-z]`);

/**
 * Whether an adverbial "overnight" is the news's latest night, the night before the publication
 * day (the rule's own reading), and not the night before the day last named: the story has moved
 * on from that day, told two to seven days back at no end of day ("Tuesday", "Tuesday morning",
 * not "late Tuesday"), in an earlier sentence or a relative clause of its own ("The quake struck
 * on Tuesday … Aftershocks continued overnight", "The fire, which broke out Tuesday morning,
 * doubled in size overnight", written on Friday, are Thursday night). "Overnight" before its
 * noun names a thing of the day named ("depressed on Friday by overnight losses in New York").
 */
function isLatestNight(text: string, result: ParsingResult, from: Antecedent, namedAt: number, reference: Day): boolean {
  if (!/^overnight$/i.test(result.text) || OVERNIGHT_BEFORE_ITS_NOUN.test(text.slice(result.index, result.index + 40))) return false;
  if (from.date.precision !== 'day' || endsItsDay(from)) return false;
  const { start } = sentenceAround(text, result.index);
  if (namedAt >= start && !RELATIVE_CLAUSE_BEFORE.test(text.slice(start, namedAt))) return false;
  const daysBack = daysBetween(reference, dayOf(from.date.start));
  return daysBack >= 2 && daysBack <= NEWS_WEEK;
}

const DAY_OR_ITS_MORNING = /^\d{4}-\d\d-\d\d(?:TMO)?$/;
// What comes after the night, told after it: not a clause of the same time ("doubled overnight, while … late Tuesday").
const SEQUEL = /\b(?:and|then|before|until|till|by)\b/i;
const SAME_TIME = /\b(?:while|as|when|whereas)\b/i;

/**
 * The day an adverbial "overnight" told in the past runs into, when the next date of its sentence
 * names it or its morning: that night is the one before it, whatever day was named before ("A storm
 * hit Friday night. Plows worked overnight, and the highway reopened Monday morning" is Sunday night).
 * A day of telling ("officials said Wednesday") says when the news was told, not when the night ended,
 * and a late day ("late Tuesday") is no night's end.
 */
function dayAfterTheNight(text: string, result: ParsingResult, later: ParsingResult[]): Day | undefined {
  if (!/^overnight$/i.test(result.text) || OVERNIGHT_BEFORE_ITS_NOUN.test(text.slice(result.index, result.index + 40))) return undefined;
  const next = later[0];
  if (!next || next.index >= sentenceAround(text, result.index).end || next.tags().has(RULE_TAG)) return undefined;
  const between = text.slice(result.index + result.text.length, next.index);
  if (!SEQUEL.test(between) || SAME_TIME.test(between) || isTellingDay(text, next) || isMadePublicDay(text, next)) return undefined;
  const timex = readingOf(next);
  if (!timex?.date || timex.date.precision !== 'day' || timex.date.qualifier === 'late') return undefined;
  return DAY_OR_ITS_MORNING.test(timex.value) ? dayOf(timex.date.start) : undefined;
}

/** "the fourth evening" of a stay begun on the day named: that day is the first. */
function dayCounted(antecedent: CalendarDate, ordinal: number, unit: string): Timex | undefined {
  if (antecedent.precision !== 'day') return undefined;
  return counted(onDay(shift(dayOf(antecedent.start), 'day', ordinal - 1)), unit, undefined);
}

/**
 * "a year later", "a decade earlier": the year that many years from the antecedent's (1948; 1998
 * after 1988), as own-conventions "Days counted on" dates a count on that names a point and
 * TimeBank's "a decade ago" is a year, not the decade the year falls in.
 */
function yearsFrom(antecedent: CalendarDate, years: number, sign: 1 | -1): Timex | undefined {
  if (!PRECISE_ENOUGH.year!.includes(antecedent.precision)) return undefined;
  const year = dayOf(antecedent.start).getFullYear() + sign * years;
  return { type: 'DATE', value: String(year), date: inYear(year), relative: true };
}

/** The unit named (day … year) that is `step` (following, previous …, or none: the same) from the antecedent. */
function counted(antecedent: CalendarDate, key: string, step: string | undefined): Timex | undefined {
  const by = step ? (/^(?:following|next)$/i.test(step) ? 1 : -1) : 0;
  if (!PRECISE_ENOUGH[key]?.includes(antecedent.precision)) return undefined;
  const first = dayOf(antecedent.start);
  const part = PARTS_OF_DAY[key];
  if (part) {
    // "that night", "the next morning": a part of the day, a TIME as TimeML writes it.
    const day = shift(first, 'day', by);
    return { type: 'TIME', value: `${isoDay(day)}T${part}`, date: onDay(day), relative: true };
  }
  switch (key) {
    case 'day': {
      const day = shift(first, 'day', by);
      return { type: 'DATE', value: isoDay(day), date: onDay(day), relative: true };
    }
    case 'week': {
      const date = inWeek(shift(first, 'week', by));
      return { type: 'DATE', value: date.value, date, relative: true };
    }
    case 'month': {
      const day = shift(first, 'month', by);
      const [y, m] = [day.getFullYear(), day.getMonth() + 1];
      return { type: 'DATE', value: isoMonth(y, m), date: inMonth(y, m), relative: true };
    }
    default: {
      const year = first.getFullYear() + by;
      return { type: 'DATE', value: String(year), date: inYear(year), relative: true };
    }
  }
}

/**
 * "the following spring": the first spring begun after the date last named ends ("In 1991 …
 * The following spring" 1992-SP, "on Aug. 12 … The following spring" the next year's, "In
 * March … the following summer" the same year's, "the spring of 1998 … the following fall"
 * 1998's, counted from the season's own first month); "the previous winter" the last one over
 * before it starts ("in January 1991 … the previous winter" 1989-WI: that January is in the
 * winter begun in December 1990). TimeML writes the season of its year, 1992-SP, with no
 * calendar days: the year carries the date the story goes on from.
 */
function seasonCounted(antecedent: Antecedent, name: string, step: string | undefined): Timex | undefined {
  const season = SEASONS[name];
  if (!season || !step || !PRECISE_ENOUGH.year!.includes(antecedent.date.precision)) return undefined;
  const after = /^(?:following|next)$/i.test(step);
  const ofSeason = SEASON_OF_YEAR.exec(antecedent.value);
  const edge = dayOf(after ? antecedent.date.end : antecedent.date.start);
  const [edgeYear, month] = ofSeason ? [Number(ofSeason[1]), Object.values(SEASONS).find(({ code }) => code === ofSeason[2])?.firstMonth ?? 1] : [edge.getFullYear(), edge.getMonth() + 1];
  // The season last begun by that month, named by the year it begins in: a winter runs over
  // the new year, so January 1991 is in 1990-WI.
  const lastBegun = month >= season.firstMonth ? edgeYear : edgeYear - 1;
  const inIt = (month - season.firstMonth + 12) % 12 < 3;
  const year = after ? lastBegun + 1 : lastBegun - (inIt ? 1 : 0);
  return { type: 'DATE', value: `${year}-${season.code}`, date: inYear(year), relative: true };
}

/**
 * "the following March": the first March begun after the date last named ends ("In January 1990 … the following
 * March" 1990-03, "on Aug. 12, 1991 … the following March" 1992-03); "the previous December" the last one over
 * before it starts. A season last named ends with its own last month, not its year's: "the winter of 1963 … The
 * following March" is 1964-03, "the spring of 1968 … the following June" 1968-06.
 */
function monthCounted(antecedent: Antecedent, month: number, step: string): Timex | undefined {
  if (!PRECISE_ENOUGH.year!.includes(antecedent.date.precision)) return undefined;
  const after = /^(?:following|next)$/i.test(step);
  const ofSeason = SEASON_OF_YEAR.exec(antecedent.value);
  const firstMonth = ofSeason && Object.values(SEASONS).find(({ code }) => code === ofSeason[2])?.firstMonth;
  // The edge counted from, as a count of months from year 0: the season's last month or first, or the date's.
  const edge = firstMonth
    ? Number(ofSeason[1]) * 12 + firstMonth - 1 + (after ? 2 : 0)
    : ((day: Day) => day.getFullYear() * 12 + day.getMonth())(dayOf(after ? antecedent.date.end : antecedent.date.start));
  const [edgeYear, edgeMonth] = [Math.floor(edge / 12), (edge % 12) + 1];
  const year = after ? (month > edgeMonth ? edgeYear : edgeYear + 1) : month < edgeMonth ? edgeYear : edgeYear - 1;
  return { type: 'DATE', value: isoMonth(year, month), date: inMonth(year, month), relative: true };
}

type Antecedent = Timex & { date: CalendarDate };

/**
 * What a reading lends the anaphors after it: its date, unless a span; a season of a year
 * ("the spring of 1968", TimeML 1968-SP, no calendar days) lends its year, so "He married the
 * following year" is 1969.
 */
function datedAntecedent(timex: Timex): Antecedent | undefined {
  if (timex.date) return timex.date.precision === 'span' ? undefined : { ...timex, date: timex.date };
  const season = SEASON_OF_YEAR.exec(timex.value);
  return season ? { ...timex, date: inYear(Number(season[1])) } : undefined;
}

// "the previous week", "in the preceding month", "the year before": a unit counted back, with
// no date named before it to count from, is counted from the day of writing, as TimeML anchors
// an anaphor with no antecedent on the document's time ("the previous week" is then "last
// week"). Only backwards: "the following week" with nothing named is the sequel of something
// undated, and says nothing. "The year before" is "the previous year" in other words: one
// convention for both ("down from $450 million the year before" is the year before the writing's,
// as TimeBank anchors "a year earlier" with nothing named on the document's time).
const COUNTED_BACK = /^(?:the\s+(?:previous|preceding)\s+(?:day|week|month|year)|the\s+(?:day|week|month|year)\s+before)$/i;

/** The day of writing as the antecedent of a unit counted back with no date named before it, else none. */
function backFromTheTelling(text: string, reference: Day): Antecedent | undefined {
  if (!COUNTED_BACK.test(text)) return undefined;
  return { type: 'DATE', value: isoDay(reference), date: onDay(reference) };
}

// "its lowest close since Aug. 11": a stretch's start up to now, no day the story is at.
// So is the day of a happening named after it: "the highest since the referendum of May 1", "since the derby on Saturday".
const SINCE_BEFORE = /\bsince\s+(?:the\s+(?:[\w’'-]+\s+){1,3}?(?:of|on)\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;

/** Whether the date at `index` follows "since" ("its lowest close since Aug. 11"): it bounds a stretch up to now, no day the story is at. */
export function boundsAStretch(text: string, index: number): boolean {
  return SINCE_BEFORE.test(text.slice(Math.max(0, index - 48), index));
}

// "On Monday evening the leaders issued a statement on the war, which began on 13 June, …",
// "On Tuesday he stops at the port, where the explosion of 4 August 2020 killed …": a date told
// in a relative clause after its sentence named its own day is background to that day, not the
// scene a later "that night" or "that evening" goes back to.
const RELATIVE_CLAUSE_BEFORE = /,\s+(?:which|where|who)\b[^,;.]{0,80}$/i;

/** Whether the date at `index` is told in a relative clause after its sentence named a day of its own (at `namedAt`). */
function inAnAsideAfterItsDay(text: string, index: number, namedAt: number): boolean {
  const { start } = sentenceAround(text, index);
  return namedAt >= start && RELATIVE_CLAUSE_BEFORE.test(text.slice(start, index));
}

// "on Aug. 3 that year", "in March of the same year": the year-less date just before the
// anaphor is in the year last named before that date, not in the publication year.
const YEAR_OF_DATE_BEFORE = /^(?:that|the\s+same|that\s+same)\s+year$/i;
const BETWEEN_DATE_AND_YEAR = /^\s*,?\s*(?:of\s+)?$/i;

/** Whether a result is the rule's: an anaphor the refiner below resolves. */
const isAnaphor = (result: ParsingResult): boolean => result.tags().has(RULE_TAG);

export const anaphoraRefiner: Refiner = {
  refine(context, results) {
    // The dates before an anaphor are read as its antecedents for it alone: with no anaphor,
    // every result is kept as it is (a sentence's dates, read again with each sentence after it).
    if (!results.some(isAnaphor)) return results;
    const reference = referenceDayOf(context);
    let antecedent: Antecedent | undefined;
    // A part of the day told in the past ("the search went on into the evening") is of a day
    // behind the story, not of one ahead just named ("are due to meet at 10 a.m. Wednesday").
    let antecedentNotAhead: Antecedent | undefined;
    // The day last named, for a part of the day told after a coarser date ("from September …
    // staged a walkout in the afternoon" is of the day last told, not of September).
    let day: Antecedent | undefined;
    let dayNotAhead: Antecedent | undefined;
    // The scene a flashback left: a day told in the past perfect before the day the story is at ("Kessler
    // won on Sunday. The vote had been moved from Saturday") is background, and a part of the day told in the
    // simple past after it ("Her rival conceded that night") is back at the story's day.
    let scene: { antecedentNotAhead: Antecedent | undefined; dayNotAhead: Antecedent | undefined } | undefined;
    // The date last named and the antecedent before it, for "Aug. 3 that year".
    let lastDate: { result: ParsingResult; before: Antecedent | undefined } | undefined;
    // Where the antecedent was named: a day of telling does not replace one its sentence named.
    let namedAt = -1;
    // A year an anaphor told ("the following year") and where it ends: a year-less date in a past
    // predicate joined to its own takes it ("Talks resumed the following year and stalled again
    // in October"), as one joined to a year written does (narrative.ts).
    let yearTold: { year: number; end: number } | undefined;
    // Today in a clause that looks ahead ("the House votes Wednesday afternoon") is ahead too.
    const today = isoDay(reference);
    const named = (timex: Antecedent, at: number, end = at) => {
      antecedent = timex;
      namedAt = at;
      const isDay = timex.date.precision === 'day';
      if (isDay) day = timex;
      if (timex.date.start < today || (timex.date.start === today && !(end > at && tenseAt(context.text, at, end, 'clause') === 'future'))) {
        antecedentNotAhead = timex;
        if (isDay) dayNotAhead = timex;
      }
    };
    return results.filter((result, at) => {
      const joined = !isAnaphor(result) && yearTold && inJoinedPastPredicate(context.text, yearTold.end, result.index) ? readInYear(result, yearTold.year) : undefined;
      if (joined) annotate(result, joined);
      const timex = readingOf(result);
      if (!isAnaphor(result)) {
        const toldAfterItsStory = () => namedAt >= sentenceAround(context.text, result.index).start && (isTellingDay(context.text, result) || isMadePublicDay(context.text, result));
        const dated = timex && datedAntecedent(timex);
        if (dated && !toldAfterItsStory() && !boundsAStretch(context.text, result.index) && !inAnAsideAfterItsDay(context.text, result.index, namedAt)) {
          const flashback =
            dated.date.precision === 'day' && dayNotAhead !== undefined && dated.date.end < dayNotAhead.date.start && pastPerfectAt(context.text, result.index, result.index + result.text.length);
          scene = flashback ? (scene ?? { antecedentNotAhead, dayNotAhead }) : undefined;
          lastDate = { result, before: antecedent };
          named(dated, result.index, result.index + result.text.length);
        }
        return true;
      }
      const dateBefore =
        lastDate?.before && YEAR_OF_DATE_BEFORE.test(result.text) && BETWEEN_DATE_AND_YEAR.test(context.text.slice(lastDate.result.index + lastDate.result.text.length, result.index))
          ? lastDate
          : undefined;
      const year = dateBefore?.before && resolve(result.text, dateBefore.before, reference);
      const reread = dateBefore && year?.date ? readInYear(dateBefore.result, Number(year.value)) : undefined;
      if (dateBefore && reread?.date && year?.date) {
        annotate(dateBefore.result, reread);
        annotate(result, year);
        named({ ...year, date: year.date }, result.index);
        return true;
      }
      const partOfDay = PART_OF_DAY_ANAPHOR.test(result.text);
      const ofADay = partOfDay || ORDINAL_DAY_ALONE.test(result.text);
      const toldInThePast = partOfDay && timex?.date?.start !== isoDay(reference);
      const end = result.index + result.text.length;
      const toldInPastPerfect = pastPerfectAt(context.text, result.index, end);
      // A part of the day told in the simple past after a flashback ("that night", "the same evening") is back at the scene.
      const backAtScene =
        scene && !toldInPastPerfect && PART_OF_DAY_WORD.test(result.text) && (toldInThePast || tenseAt(context.text, result.index, end, 'clause') === 'past') ? scene : undefined;
      const fromTheTelling = toldInThePast || antecedent ? undefined : backFromTheTelling(result.text, reference);
      const last = backAtScene ? backAtScene.antecedentNotAhead : toldInThePast ? antecedentNotAhead : (antecedent ?? fromTheTelling);
      // A part of the day is of a day: after a month or a year, of the day last named.
      const from = ofADay && last && last.date.precision !== 'day' ? (backAtScene ? backAtScene.dayNotAhead : toldInThePast ? dayNotAhead : day) : last;
      // Days counted on ("three days later") count from a day of the sentence or the one before it only, and
      // told in the past from no day ahead ("met on May 2. The truce expires on May 20. Two days later she held
      // talks" counts from the meeting: events/counted-from.ts).
      const counted = countedLater(result.text);
      const countedOn = counted !== undefined;
      const near =
        !countedOn ||
        (namedAt >= sentenceBeforeStart(context.text, result.index) &&
          (antecedent === antecedentNotAhead || tenseAt(context.text, result.index, result.index + result.text.length, 'clause') !== 'past'));
      const latestNight = from && isLatestNight(context.text, result, from, namedAt, reference);
      const dayAfter = toldInThePast ? dayAfterTheNight(context.text, result, results.slice(at + 1)) : undefined;
      const nightBefore = dayAfter && shift(dayAfter, 'day', -1);
      const resolved = nightBefore
        ? ({ type: 'TIME', value: `${isoDay(nightBefore)}TNI`, date: onDay(nightBefore), relative: true } satisfies Timex)
        : (from && near && !latestNight && resolve(result.text, from, reference, toldInThePast, partOfDay && toldInPastPerfect)) || (timex?.date ? timex : undefined);
      // Unanchored, a counted year or decade keeps its stretch (the rule's reading); other anaphors say nothing.
      if (!resolved?.date) {
        if (countedOn && timex) annotate(theCountAlone(result), timex);
        return !resolved && timex?.type === 'DURATION';
      }
      // Days counted on from a day near stay the stretch TimeML writes, carrying the day they end on,
      // the anchored duration's end point, for the event they date.
      annotate(countedOn ? theCountAlone(result) : result, counted ? { type: 'DURATION', value: `P${counted.count}${counted.unit}`, date: resolved.date, relative: true } : qualifiedAnaphor(result.text, resolved));
      // Counted from the day of writing, it sets no scene: a second "the previous week" is the same week.
      // Counted back and told in the past perfect ("A smaller tremor had hit the area the night
      // before"), it is the story's background: the story stays at its day for the anaphors after it.
      const background = toldInPastPerfect && from !== undefined && resolved.date.end < from.date.start;
      if (!fromTheTelling && !background) {
        scene = undefined;
        named({ ...resolved, date: resolved.date }, result.index);
      }
      yearTold = /^\d{4}$/.test(resolved.value) ? { year: Number(resolved.value), end: result.index + result.text.length } : undefined;
      return true;
    });
  },
};
