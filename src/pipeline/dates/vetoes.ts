/**
 * Vetoes: negative rules. Each names the rules it overrules ('chrono' for chrono-node's own
 * readings) and says when what they matched is not a date at all: an age, a measure, a
 * verb, a title. A veto is checked before the rule reads its match; vetoes.test.ts runs the
 * examples of each (none of them may yield an expression with the text in `not`).
 */
import type { ParsedComponents } from 'chrono-node';
import { MONTH_PATTERN, MONTH_STEM, NEW_YEAR_AS_YEAR_AFTER, PART_OF_DAY_PATTERN, SEASONS, WEEKDAYS, WEEKDAY_NAME, monthNumber } from './lexicon/calendar.ts';
import { AGED_NOUNS, AMOUNT_BEFORE, PERIODICAL_WORDS, UNIT_PATTERN } from './lexicon/amounts.ts';
import { DECLINE_BEFORE_FALL, GAME_WORDS, MONEY_WORDS } from './lexicon/reporting.ts';
import { CARDINAL_PATTERN } from './lexicon/numbers.ts';
import { ON_NAMED_DAY } from './refiners/partOfDayOf.ts';
import { everyMatch } from '../gated-matches.ts';

export interface Candidate {
  /** The whole document and the matched span in it. */
  text: string;
  start: number;
  end: number;
  /** For chrono's readings: what chrono understood. */
  chrono?: ParsedComponents;
}

// A price said before "a quarter": the coin ("cost a quarter", "sold for a quarter").
const COIN_PRICE_BEFORE = /\b(?:costs?|costing|cost|charged?|charges|charging|pay|pays|paid|(?:sold|sells?|selling|went|goes|bought|buys?)\s+for)\s+(?:(?:only|just|about|less\s+than)\s+)?$/i;

export interface VetoExample {
  text: string;
  ref: string;
  /** No expression may have this text. */
  not: string;
}

export interface Veto {
  name: string;
  /** The rules overruled: names from rules.ts, or 'chrono'. */
  overrules: string[];
  applies(candidate: Candidate): boolean;
  examples: VetoExample[];
}

const matched = ({ text, start, end }: Candidate) => text.slice(start, end);
// Read by everyMatch, on this pattern itself: matchAll copied and compiled a pattern for every reading chrono makes.
const LETTER_RUN = /[A-Za-z]+/g;
const before = ({ text, start }: Candidate, reach: number) => text.slice(Math.max(0, start - reach), start);
const after = ({ text, end }: Candidate, reach: number) => text.slice(end, end + reach);

// "Six-Day", "the Seven Years": an amount written as a name is, before a name's next word ("War").
// "a granddaughter of 8 months": a person, then "of", then the age.
const OF_AN_AGE = new RegExp(String.raw`\b(?:${AGED_NOUNS.join('|')})\s+of\s+$`, 'i');
// "aged 3 months", "at the age of 40 years", and the high end of a range of ages: "aged between 4 and 6 years", "ages 3 to 5".
// The low end may have its own unit: "aged 3 months to 2 years". "and" joins two ages only after
// "between": "joined the firm aged 25 and 10 years later" goes on to a stretch of his life.
const AGE = String.raw`(?:${CARDINAL_PATTERN})(?:\s+(?:${UNIT_PATTERN})s?)?\s*`;
const AGED_BEFORE = new RegExp(String.raw`\b(?:aged|age\s+of|ages)\s+(?:between\s+(?:${AGE}and\s*)?|(?:from\s+)?(?:${AGE}(?:to|or|[-‐‑–])\s*)?)$`, 'i');
const CAPITALISED_AMOUNT = /^(?:the\s+)?[A-Z][a-z]+[-\s][A-Z][a-z]+$/;
const WEEKDAY = new RegExp(`^${WEEKDAY_NAME}$`);
const BARE_WEEKDAY_ABBREVIATION = /^(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)$/i;
const SLASHED = /\d\s*\/\s*\d/;
const MARCH_BEFORE = /\b(?:the|a|annual)\s+$/i;
const MARCH_AFTER = /^\s+(?:of|for|on)\s+(?:the\s+)?[A-Z]/;
// "the March-June quarter", "the March to May period": the first month of a range is no march.
const MONTH_RANGE_AFTER = new RegExp(String.raw`^\s*(?:[-‐‑–—]|\s(?:to|through|thru|till|until)\s)\s*${MONTH_PATTERN}(?![a-z])`, 'i');
// "into the evening on Wednesday": the part of the day is read with its named day, not alone (refiners/partOfDayOf.ts).
const PART_OF_DAY_WORD = new RegExp(String.raw`^(?:the\s+)?(?:(?:early|late)[-\s]+)?(?:${PART_OF_DAY_PATTERN})$`, 'i');
const ON_NAMED_DAY_AFTER = new RegExp(String.raw`^\s+${ON_NAMED_DAY}`, 'i');
const NOT_A_YEAR_AFTER = /^(?:[\d%]|[.,:]\d|\s*(?:percent|per\s*cent|%|-point|points?|[a-z]*-?(?:meter|metre|mile|kilometer|ton|pound|foot|feet)s?\b))/i;
const NOT_A_YEAR_BEFORE = /(?:[\d$£€#@.,:/]|No\.\s*|\bNumber\s+)$/;
const MONTH_NAME = new RegExp(`^${MONTH_PATTERN}$`, 'i');
const SUPERLATIVE_BEFORE = /\b(?:the|its|their|our|his|her)\s+(?:[a-z]+est|best|worst)\s+$/;
// A repetition ("every summer", "each January") earlier in the sentence, then "the rest of".
const REPETITION_THEN_REST = new RegExp(String.raw`\b(?:every|each)\s+(?:${MONTH_PATTERN}|${WEEKDAY_NAME}|${Object.keys(SEASONS).join('|')}|day|week|weekend|month)\b[^.;!?]*\bthe\s+rest\s+of\s+$`, 'i');
const GROUP_AFTER = /^\s+(?:[A-Z][\w-]*\s+)?(?:squad|team|side|class|crew|cohort|vintage|model|edition|draft|graduates|champions)\b/;
const TODAY_AS_AGE = /^['’]s\s+(?:[\w-]+\s+)?(?:world|society|youth|young|generations?|children|kids|teenagers|families|computers|technology|culture)\b/i;
// "In today's Russia, …", "today's China is …": a place or a people named right after "today's"
// and ending its phrase (a comma, a full stop or a verb follows, no noun): that place in the
// present age. "today's Senate vote", "today's Cabinet meeting" go on to a noun: the day's.
const TODAY_AS_PLACE_NOW = /^['’]s\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s*[,.;:!?]|\s+(?:is|are|was|were|has|have|had|remains?|needs?|faces?|can|cannot|could|will|would|must|should|may|might)\b)/;
// "six months of base pay", "three months' salary": money counted in time.
const PAY_AFTER = /^(?:\s+of|['’])\s+(?:(?:base|basic|full|extra|his|her|their|its|annual|gross|severance)\s+)*(?:pay|salary|salaries|wages?|income|rent|severance)\b/i;
// A capitalised word (or an initialism) right before "Today": "USA Today", "VOA Today"; not a weekday or a month.
const NAME_WORD_BEFORE = new RegExp(String.raw`(?<![.!?]\s*)\b(?!(?:${WEEKDAY_NAME}|${MONTH_STEM})\b)[A-Z][A-Za-z&]*\s+$`);
// "the people of tomorrow", "the world of today": those of an age.
const AGE_OF_BEFORE = /\b(?:world|society|youth|generations?|children|kids|people|leaders|men|women|families|technology|culture|cities|schools?|workers|jobs|industry|economy)\s+of\s+$/i;
// "the Russia of today", "the Europe of tomorrow": a place as it is in an age, as "today's Russia" (TODAY_AS_PLACE_NOW).
const PLACE_OF_BEFORE = /\b[Tt]he\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+of\s+$/;
const FUTURE_AS_TOPIC = /^\s+(?:of|looks?|seems?)\b/i;
const PERIOD_AFTER = /^\s+(?:[\w-]+\s+)?(?:centur|decades?\b|years?\b|months?\b|weeks?\b|days?\b|nights?\b|hours?\b|quarters?\b|seasons?\b|summers?\b|winters?\b|springs?\b|falls?\b|autumns?\b|generations?\b)/i;
const FRACTION_OF = /^\s+of\s+(?!(?:an?\s+|the\s+)?(?:hour|day|year|century|centuries)\b)/i;
const SCORING_BEFORE = /\b(?:added|adds|scored|scores|conceded|concedes|grabbed|netted|nets|headed|fired|struck)\s+$/i;
const ORDINAL_SECOND_AFTER = /^(?:[-‐‑–]\w|\s+(?!(?:or|and|to|of|in|on|at|for|from|later|ago|earlier|before|after|longer|shorter|faster|slower|late|too|more|less)\b)[a-z])/i;
// Hours of a schedule, not a stretch of time: "after-hours trading", "office hours", "long hours",
// a place's or a worker's own ("the library cut its hours", "staff had their hours reduced");
// "the early hours of Sunday" is a part of that day.
const SCHEDULE_BEFORE_HOURS = /\b(?:after|office|opening|working|business|visiting|rush|peak|long|school|banking|trading|overtime|flight|credit|man|early|small|wee|morning|evening|night|daylight|predawn|its|their|our|his|her|your|my)[-‐‑–\s]$/i;
// A capitalised word inside a sentence (after a lower-case word or a comma), just before the year.
const NAME_BEFORE = /(?:[a-z,;]\s+)([A-Z][A-Za-z]+)\s+$/;
// …or opening its sentence ("Flight 2000 of a domestic carrier was held", "Resolution 1999 asks …"):
// the word checked against the calendar's and the little words a sentence opens with.
const SENTENCE_OPENING_NAME_BEFORE = /(?:^|[.!?]["”’)]?\s+)["“(]?([A-Z][A-Za-z]+)\s+$/;
const REACH_FOR_NAME = 30;
const nameBeforeYear = (c: Candidate): string | undefined => {
  const reach = before(c, REACH_FOR_NAME);
  const inside = NAME_BEFORE.exec(reach)?.[1];
  if (inside !== undefined) return inside;
  const opening = SENTENCE_OPENING_NAME_BEFORE.exec(reach);
  // A match at the slice's start is a sentence's opening only when the slice is the text's start.
  return opening && (opening.index > 0 || c.start <= REACH_FOR_NAME) ? opening[1] : undefined;
};
// "He won 2000 votes", "some 1700 troops", "1999 delegates attended": a year-shaped number
// before a plural noun counts it, unless a determiner, a possessive or a preposition of time
// makes the number a modifier ("the 2000 elections", "at 1990 levels", "fiscal 1989 sales").
// The plural is a lower-case word in -s that is no verb or pronoun ("1989 is", "1999 was").
const COUNTED_PLURAL_AFTER = /^\s+(?!(?:is|was|has|does|as|its|his|this|thus|plus|versus|always|perhaps|whereas|unless)\b)[a-z]+[a-rt-z]s\b/;
const YEAR_MODIFIER_BEFORE = /\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|in|of|for|from|to|at|by|on|since|until|till|during|before|after|through|between|above|below|under|fiscal|calendar|year|model)\s+$/i;
const YEAR_MODIFIER_POSSESSIVE = /['’]s?\s+$/;
const ADDRESS_AFTER = /^\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Place|Square)/;
// Calendar names, and the little words a title-case headline capitalises ("Talks Resume In 2026")
// or a sentence opens with ("That 1978 resolution", "Despite 1998's losses"): no name before a year.
const CALENDAR_OR_LITTLE_WORDS = /^(?:fiscal|year|christmas|easter|thanksgiving|ramadan|passover|hanukkah|new|in|on|at|by|since|until|from|to|of|for|after|before|during|through|throughout|within|circa|mid|early|late|and|or|but|the|a|an|that|this|these|those|its|his|her|their|our|my|your|every|each|some|any|no|last|next|all|both|than|as|with|till|into|around|about|between|beyond|over|toward|towards|beginning|starting|ending|effective|only|even|also|not|unlike|like|including|except|despite|amid|roughly|approximately|nearly|almost|then|still)$/i;
const isCalendarWord = (word: string) => monthNumber(word) !== undefined || word.toLowerCase() in SEASONS || WEEKDAYS.includes(word.toLowerCase()) || CALENDAR_OR_LITTLE_WORDS.test(word);
// "a quarter point", "three quarters percent": a fraction of a measure.
const MEASURE_AFTER = /^[\s-]+(?:percentage[\s-]+)?(?:points?|percent|per\s*cent|miles?|inch(?:es)?|pounds?|ounces?|cents?)\b/i;
// A capitalised title inside its sentence ("its Person of"), not a sentence's first word ("Most of").
const AWARD_BEFORE = /((?<=[A-Za-z’']\s+)[A-Z][a-z]+|\b(?:player|person|man|woman|coach|athlete|rookie|car|album|song|record|word|book|team|manager|entertainer|newsmaker)s?)\s+of\s+$/;
// A rate's unit: "a year", "per week", "annually" (the unit's adverb).
const PER_UNIT = /^(?:(?:an?|per)\s+(?:day|week|month|quarter|year)|daily|weekly|monthly|quarterly|yearly|annually)$/i;
// "five days a week", "two hours a day": the amount before the unit is itself time.
const TIME_AMOUNT_BEFORE = /\b(?:times|seconds?|minutes?|hours?|days?|nights?|weeks?|months?)\s+$/i;
// A bracketed aside ending the text before a unit: an amount's conversion, read past.
const BRACKETED_AT_END = /\s*\([^()]*\)\s*$/;
const pastConversion = (text: string) => text.replace(BRACKETED_AT_END, ' ');
// "4 pence a year earlier", "a year ago": the unit counts back to a date.
// Not "since": after an amount, "10 percent a year since 1995" is still a rate.
// "and"/"or" only before a fraction or a count of the unit ("a year and a half", "a day or two"):
// a rate goes on to a clause of its own ("makes 40,000 cars a year and employs 3,000 people",
// "gets 3 percent a year and a bonus", "earns $5 million a year or more").
const RELATIVE_AFTER = /^[\s-]+(?:later|earlier|ago|before|after|of|(?:and|or)\s+(?:a\s+half|a\s+quarter|half|one|two|three|four|five|six|seven|eight|nine|ten|so|\d+)\b)/i;
const DISTANCE_BEFORE = /\b(?:miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|yards?|knots?|inches|centimet(?:er|re)s?|words|beats|revolutions)\s+$/i;
const PERIODICAL_WORD = new RegExp(`^(?:${PERIODICAL_WORDS.join('|')})$`, 'i');
// "the Israeli daily Maariv", "said the daily,": the paper, named or not.
const PERIODICAL = /^(?:\s+[A-Z]|[,.;:]?\s*$|,)/;
// A capitalised word, or a name's possessive, right before a capitalised "Daily": the paper's name.
const NAME_BEFORE_TITLE = /\b[A-Z][\w&-]*(?:['’]s)?\s+$/;
const PAPER_NAME_AFTER = new RegExp(String.raw`^\s+(?!${WEEKDAY_NAME}|${MONTH_STEM})[A-Z]`);
// A paper's article and its one describing word, capitalised or hyphenated ("the Israeli", "the
// mass-circulation"): a plain lower-case word is an object the repetition follows ("visit the site daily").
const ARTICLE_BEFORE = /\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w-]*\s+|[A-Za-z]+-[\w-]+\s+)?$/;
// …any describing word when the paper's name follows ("the business daily Nikkei").
const ARTICLE_WORD_BEFORE = /\b(?:the|a|an)\s+(?:[\w-]+\s+)?$/i;
const REPEATING_ADJECTIVE = new RegExp(`^(?:${PERIODICAL_WORDS.join('|')}|annual)$`, 'i');
// A lower-case word after it that is no preposition, conjunction, adverb or verb form it could
// qualify: "quarterly dividend", not "daily in Tokyo", "weekly and monthly", "daily since 1990".
const NOUN_AFTER = /^[ \t]+(?!(?:in|on|at|for|to|from|by|and|or|but|since|until|till|through|with|as|during|between|the|a|an|this|that|these|those|his|her|its|their|our|while|when|if|because|so|than|until|before|after|is|are|was|were|be|been|will|would|can|could|may|might|should|now|again|too|also|then|there|here|instead|only|even|still|basis)\b)[a-z][a-z-]+/;
// "a Christmas tree", "New Year's resolutions": a thing of the holiday, not its day; so is a
// pact or a revolt named by the holiday it was made on ("the Good Friday agreement", "the Easter Rising").
const HOLIDAY_THING_AFTER = /^\s+(?:trees?|cards?|carols?|lights|decorations|ornaments|presents|gifts|spirit|songs?|music|cakes?|puddings?|stockings?|resolutions?|movies?|films?|specials?|sweaters?|jumpers?|bonus(?:es)?|markets?|fairs?|offensive|agreements?|accords?|truces?|ceasefires?|peace\s+(?:deal|accord|agreement|process)|rising|uprising)\b/i;
// "in the New Year", "into the New Year": the year the feast opens (rule the-new-year), not the feast.
const NEW_YEAR_AS_YEAR_BEFORE = new RegExp(String.raw`\b(?:${NEW_YEAR_AS_YEAR_AFTER})\s+$`, 'i');
// "now and then", "now and again": after "now", the rest of an idiom of frequency.
const NOW_AND_THEN_AFTER = /^\s+(?:and|or)\s+(?:then|again)\b/i;
// "Saturday Night Live", "Monday Night Football": a weekday's part of the day that opens a name.
const WEEKDAY_PART_NAME = new RegExp(String.raw`^${WEEKDAY_NAME}\s+(?:Night|Morning|Evening|Afternoon)$`);
const DATE_AFTER = new RegExp(String.raw`^,?\s+(?:as\s+)?(?:(?:[Ll]ast|[Tt]his|on|in)\s+)?(?:${MONTH_STEM}[a-z]*\b|${WEEKDAY_NAME}\b|(?:week|month|year)\b|\d{4}\b)`);
// A repetition right before its exception: "every day but", "daily except", "each night apart from".
const REPETITION_BUT_BEFORE = new RegExp(String.raw`\b(?:(?:every|each)\s+(?:day|night|morning|evening|afternoon|week(?:day|end)?)|daily|nightly|weekdays|weekends)\s+(?:but|except|save|bar|apart\s+from|other\s+than)\s+(?:for\s+)?(?:on\s+)?$`, 'i');
// The exception ends with its weekday: "but Sunday since 2011", "except Monday, and …". A possessive or a
// noun after it ("every day but Monday's session was cancelled") makes "but" join a clause of that day.
const GAP_ENDS_AFTER = /^(?:\s*(?:$|[,.;:!?)—–-])|\s+(?:and|or|nor|since|for|from|until|till|in|at|on|of|to|through|when|while|as|with|because|during|before|after|each|every|this|last|next)\b)/;
const SEASON_NAMED = /^(?:(?:[Tt]he|[Nn]ext|[Ll]ast|[Tt]his)\s+)?(?:Spring|Summer|Autumn|Fall|Winter)$/;
// A capitalised word after "the Sunday" that is a name's ("the Sunday Times"), not a month's ("the Sunday March 3 vote").
const NAME_AFTER = new RegExp(String.raw`^\s+(?!${MONTH_STEM}[a-z]*\b)[A-Z][a-z]`);

export const VETOES: Veto[] = [
  {
    name: 'weekday abbreviation alone',
    // "Sun" and "Sat" alone are a company and an exam more often than a day.
    overrules: ['chrono'],
    applies: (c) => BARE_WEEKDAY_ABBREVIATION.test(matched(c)) && !after(c, 40).startsWith('.'),
    examples: [{ text: 'Shares of Sun rose after the SAT results.', ref: '1998-11-18', not: 'Sun' }],
  },
  {
    name: 'fraction',
    // "3/4" is a fraction unless a year makes it a date.
    overrules: ['chrono'],
    applies: (c) => SLASHED.test(matched(c)) && !c.chrono?.isCertain('year'),
    examples: [{ text: 'Rates rose 3/4 point.', ref: '1998-11-18', not: '3/4' }],
  },
  {
    name: 'denominator',
    // "2 1/2 years" is one amount (compound-duration's); its "2 years" is no count of its own.
    overrules: ['duration'],
    applies: (c) => /\d\/$/.test(before(c, 2)),
    examples: [{ text: 'A boy aged 2 1/2 years was hurt.', ref: '1998-11-18', not: '2 years' }],
  },
  {
    name: 'march as a noun',
    // "the annual March for Life", "the March of the Combatant Mothers".
    overrules: ['chrono'],
    applies: (c) => matched(c) === 'March' && !MONTH_RANGE_AFTER.test(after(c, 20)) && (MARCH_BEFORE.test(before(c, 12)) || MARCH_AFTER.test(after(c, 40))),
    examples: [{ text: 'Thousands joined the annual March for Life.', ref: '1998-01-22', not: 'March' }],
  },
  {
    name: 'month name in lower case',
    // "may" and "march" in lower case are verbs.
    overrules: ['chrono'],
    applies: (c) => everyMatch(LETTER_RUN, matched(c)).some(([word]) => word === word.toLowerCase() && monthNumber(word) !== undefined),
    examples: [{ text: 'Prices may 15 percent higher.', ref: '1998-11-18', not: 'may 15' }],
  },
  {
    name: 'number, amount or measure',
    // Part of a larger number, an amount, a score or a measure: "2,000", "1998 points".
    overrules: ['year-alone'],
    applies: (c) => NOT_A_YEAR_BEFORE.test(before(c, 40)) || NOT_A_YEAR_AFTER.test(after(c, 40)),
    examples: [
      { text: 'The index fell 1999 points to $1,999.', ref: '1998-11-18', not: '1999' },
      { text: 'It costs $1999.', ref: '1998-11-18', not: '1999' },
    ],
  },
  {
    name: 'age',
    overrules: ['duration', 'compound-duration'],
    applies: (c) => /[\s\-‐‑–]+old$/i.test(matched(c)),
    examples: [{ text: 'A 12-year-old boy was hurt.', ref: '1998-11-18', not: '12-year-old' }],
  },
  {
    name: 'aged',
    // "aged 3 months", "at the age of 40 years", "children under 5 years of age": how old, not how long.
    overrules: ['duration', 'compound-duration'],
    applies: (c) => AGED_BEFORE.test(before(c, 40)) || /^\s+of\s+age\b/i.test(after(c, 10)) || OF_AN_AGE.test(before(c, 20)),
    examples: [
      { text: 'A boy aged 3 months was among the injured.', ref: '1998-11-18', not: '3 months' },
      { text: 'Children under 5 years of age are most at risk.', ref: '1998-11-18', not: 'under 5 years' },
      { text: 'He left a granddaughter of 8 months.', ref: '2025-06-12', not: '8 months' },
      { text: 'Rescuers found a boy of six years alive in the rubble.', ref: '1999-08-20', not: 'six years' },
      // The high end of a range of ages is an age too.
      { text: 'Two other children, aged between 4 and 6 years, were carried out.', ref: '2026-03-04', not: '6 years' },
      { text: 'Babies aged 3 to 5 months took part in the study.', ref: '2025-11-12', not: '5 months' },
      { text: 'The clinic treats children ages two to four years.', ref: '2025-11-12', not: 'four years' },
      { text: 'Children aged 3 months to 2 years were vaccinated.', ref: '2025-11-12', not: '2 years' },
      { text: 'Infants aged between six weeks and nine months were enrolled.', ref: '2025-11-12', not: 'six weeks' },
      { text: 'Infants aged between six weeks and nine months were enrolled.', ref: '2025-11-12', not: 'nine months' },
    ],
  },
  {
    name: 'share of a whole',
    // "about three-quarters of its food", "more than a quarter of the market", "a quarter point":
    // a fraction of something, not nine or three months. A vague count is no fraction: "after
    // several quarters of losses" is a stretch.
    overrules: ['duration'],
    applies: (c) =>
      /quarters?$/i.test(matched(c)) && !/\b(?:several|few|many|some)\b/i.test(matched(c)) && (FRACTION_OF.test(after(c, 40)) || MEASURE_AFTER.test(after(c, 30))),
    examples: [
      { text: 'The Fed cut rates by a quarter point.', ref: '1998-11-18', not: 'a quarter' },
      { text: 'Iraq imports about three-quarters of its foodstuffs.', ref: '1990-08-15', not: 'about three-quarters' },
      { text: 'Funds hold more than a quarter of the market.', ref: '1989-10-27', not: 'more than a quarter' },
    ],
  },
  {
    name: 'quarter of a game',
    // "led by 28 early in the fourth quarter": a period of play in American sports copy, not of
    // a year; told by the game's words around it, and no money's.
    overrules: ['quarter'],
    applies: (c) => {
      const around = before(c, 100) + after(c, 60);
      return GAME_WORDS.test(around) && !MONEY_WORDS.test(around);
    },
    examples: [
      { text: 'The Thunder scored 34 points and led by 28 early in the fourth quarter.', ref: '2025-06-09', not: 'the fourth quarter' },
      { text: 'He threw a touchdown pass in the third quarter.', ref: '2025-06-09', not: 'the third quarter' },
    ],
  },
  {
    name: 'ordinal second',
    // "A second group of directors", "a second round": the ordinal, not one second of time.
    overrules: ['duration'],
    // A match report's "added a second", "conceded a second": the next goal, not a second of time.
    applies: (c) => /^an?\s+second$/i.test(matched(c)) && (ORDINAL_SECOND_AFTER.test(after(c, 30)) || SCORING_BEFORE.test(before(c, 30))),
    examples: [
      { text: 'A second group of three directors backed the plan.', ref: '1989-10-27', not: 'A second' },
      { text: 'He scored a second-half goal.', ref: '1998-11-18', not: 'a second' },
      { text: 'Kane opened the scoring and added a second in stoppage time.', ref: '2025-09-08', not: 'a second' },
      { text: 'City conceded a second five minutes later.', ref: '2025-09-08', not: 'a second' },
    ],
  },
  {
    name: 'part of a day named after it',
    // "negotiated into the evening on Wednesday", "fighting went on through the night on March 3":
    // The part is no time of its own: refiners/partOfDayOf.ts puts it around its day, one TIME.
    overrules: ['anaphora'],
    applies: (c) => PART_OF_DAY_WORD.test(matched(c)) && ON_NAMED_DAY_AFTER.test(after(c, 20)),
    examples: [
      { text: 'Talks broke down late Thursday night after negotiators sat into the evening on Wednesday.', ref: '1999-03-19', not: 'the evening' },
      { text: 'The shelling, which went on through the night on March 3, killed four people.', ref: '1998-03-05', not: 'the night' },
    ],
  },
  {
    name: 'the same months, not how long',
    // "in the same months of 1995", "from the same weeks a year ago": the corresponding stretch of
    // another year (its year is the expression), not a vague count of months.
    overrules: ['vague-duration'],
    applies: (c) => /^(?:days|weeks|months|quarters|years)$/i.test(matched(c)) && /\bsame\s+$/i.test(before(c, 8)),
    examples: [
      { text: 'Output fell 3 percent from the same months of 1995.', ref: '1996-11-25', not: 'months' },
      { text: 'Retail sales were up on the same weeks a year ago, the chamber said.', ref: '1999-01-12', not: 'weeks' },
    ],
  },
  {
    name: 'hours and minutes that are no time',
    // "after-hours trading", "office hours", "long hours" are a schedule, "the early hours of
    // Sunday" a part of the day; "the minutes of the meeting" a record. None says how long anything took.
    overrules: ['vague-duration'],
    applies: (c) =>
      (/^hours$/i.test(matched(c)) && SCHEDULE_BEFORE_HOURS.test(before(c, 20))) ||
      (/^minutes$/i.test(matched(c)) && /\bthe\s+$/i.test(before(c, 6)) && /^\s+of\b/i.test(after(c, 5))),
    examples: [
      { text: 'Shares fell in after-hours trading.', ref: '1998-11-18', not: 'hours' },
      { text: 'The attack came in the early hours of Sunday.', ref: '1998-11-18', not: 'hours' },
      { text: 'The gunmen fled in the early morning hours.', ref: '1998-11-18', not: 'hours' },
      { text: 'The minutes of the Fed meeting were released.', ref: '1998-11-18', not: 'minutes' },
      { text: 'The museum will extend its hours over the holidays.', ref: '2024-12-02', not: 'hours' },
      { text: 'Nurses at the clinic had their hours cut in June.', ref: '2024-12-02', not: 'hours' },
    ],
  },
  {
    name: 'part of a name',
    // Proper names are not time expressions (TimeML, TIDES): "the Six-Day War", "the Seven
    // Years' War", "the Sunday Times", NBC's "Today show".
    overrules: ['duration', 'chrono', 'day-word'],
    applies: (c) =>
      (CAPITALISED_AMOUNT.test(matched(c)) && (/-/.test(matched(c)) ? /^\s+[A-Z][a-z]/ : /^['’]s?\s+[A-Z][a-z]/).test(after(c, 12))) ||
      (WEEKDAY.test(matched(c)) && /\bthe\s+$/i.test(before(c, 5)) && NAME_AFTER.test(after(c, 12))) ||
      (/^today$/i.test(matched(c)) && /^\s+(?:show|program(?:me)?)\b/i.test(after(c, 12))) ||
      (WEEKDAY_PART_NAME.test(matched(c)) && /^\s+[A-Z]/.test(after(c, 3))),
    examples: [
      { text: 'The Six-Day War changed the map.', ref: '1998-11-18', not: 'Six-Day' },
      { text: 'He told the Sunday Times he would run.', ref: '1998-11-18', not: 'Sunday' },
      { text: "He told NBC's Today show he would run.", ref: '1998-11-18', not: 'Today' },
      { text: 'He hosted Saturday Night Live twice.', ref: '1998-11-18', not: 'Saturday Night' },
    ],
  },
  {
    name: 'margin',
    // "two seconds faster", "three minutes behind": a difference between results, not a stretch of time.
    overrules: ['duration', 'compound-duration'],
    // "behind", "ahead of" only after a race's units: "five days ahead of its normal date" is a stretch.
    applies: (c) =>
      /^\s+(?:faster|slower|quicker|sooner|clear\s+of|off\s+the\s+pace)\b/i.test(after(c, 30)) ||
      (/(?:second|minute)s?$/i.test(matched(c)) && /^\s+(?:behind|ahead\s+of)\b/i.test(after(c, 30))),
    examples: [
      { text: 'She finished two seconds faster than her rival.', ref: '1998-11-18', not: 'two seconds' },
      { text: 'He crossed the line 12 seconds ahead of the champion.', ref: '1998-11-18', not: '12 seconds' },
      { text: 'The defence rested three hours sooner than the prosecution had.', ref: '2024-11-20', not: 'three hours' },
      { text: 'The new ferry makes the crossing 20 minutes quicker.', ref: '2025-06-12', not: '20 minutes' },
    ],
  },
  {
    name: 'speed',
    // "100 miles an hour", "300 kilometers per hour": a speed is no repetition (TimeML leaves speeds unmarked).
    overrules: ['rate', 'recurrence', 'duration'],
    applies: (c) => /^(?:an?|per)\s+(?:hour|minute|second)$/i.test(matched(c)) && DISTANCE_BEFORE.test(before(c, 30)),
    examples: [
      { text: 'Winds of 100 miles an hour hit the coast.', ref: '1998-11-18', not: 'an hour' },
      { text: 'The train reached 300 kilometers per hour.', ref: '1998-11-18', not: 'per hour' },
    ],
  },
  {
    name: 'amount per unit of time',
    // "four flights a week", "$500 million a year", "sales rising 8.5% annually": how much of a
    // thing each unit of time, a measure like a speed, not a repetition the text dates. TimeML
    // lists rates with speeds among the non-markables, and TimeBank leaves 9 of its 12 such
    // unmarked. An amount of time per unit is a schedule and stays a SET ("five days a week").
    overrules: ['rate', 'recurrence', 'duration'],
    // An amount's conversion in brackets between it and the unit ("100 million pounds ($135
    // million) a day", "€2 billion (about $2.2 billion) a year") is read past.
    applies: (c) =>
      PER_UNIT.test(matched(c)) && AMOUNT_BEFORE.test(pastConversion(before(c, 70))) && !TIME_AMOUNT_BEFORE.test(before(c, 40)) && !RELATIVE_AFTER.test(after(c, 20)),
    examples: [
      { text: 'The airline plans daily flights, up from the current four flights a week.', ref: '1998-02-13', not: 'a week' },
      { text: 'The cuts should save $500 million a year in costs.', ref: '1989-10-30', not: 'a year' },
      { text: 'Sales are expected to rise 8.5% annually through 1992.', ref: '1989-10-26', not: 'annually' },
      { text: 'The plant would turn out about 10,000 units annually.', ref: '1989-10-26', not: 'annually' },
      { text: 'Rents have risen about 10 percent a year since the mid-1990s.', ref: '2000-03-12', not: 'a year' },
      { text: 'The mill has made 40,000 tons a year since it reopened.', ref: '2000-03-12', not: 'a year' },
      { text: 'Strikes cost the economy about 100 million pounds ($135 million) a day, the chamber said.', ref: '2026-02-26', not: 'a day' },
      { text: 'The levy would raise 2 billion euros (about $2.2 billion) a year.', ref: '2001-05-02', not: 'a year' },
      { text: 'The plant makes 40,000 cars a year and employs 3,000 people.', ref: '2001-05-02', not: 'a year' },
      { text: 'Nurses will get 3 percent a year and a one-off bonus, the union said.', ref: '1999-06-10', not: 'a year' },
      { text: 'The firm earns $5 million a year or more from licences.', ref: '1999-06-10', not: 'a year' },
    ],
  },
  {
    name: 'count before a plural noun',
    // "He won 2000 votes", "some 1700 troops", "1999 delegates attended": how many, not when.
    overrules: ['year-alone'],
    applies: (c) => COUNTED_PLURAL_AFTER.test(after(c, 30)) && !YEAR_MODIFIER_BEFORE.test(before(c, 20)) && !YEAR_MODIFIER_POSSESSIVE.test(before(c, 3)),
    examples: [
      { text: 'The opposition candidate won 2000 votes in the district.', ref: '2000-11-08', not: '2000' },
      { text: 'The army sent some 1700 troops to the border.', ref: '1999-08-11', not: '1700' },
      { text: '1999 delegates attended the congress, organisers said.', ref: '2001-05-02', not: '1999' },
      { text: 'Police counted nearly 1800 protesters outside parliament.', ref: '2001-05-02', not: '1800' },
    ],
  },
  {
    name: 'year in a name or an address',
    // "plans Windows 2000", "a venture called Orion 1980": a year after a capitalised word inside
    // a sentence names a product or a firm (TimeML leaves proper names unmarked), unless the
    // word is the calendar's ("in June 1998", "Summer 1998"); "1600 Pennsylvania Avenue" is a house number.
    overrules: ['year-alone'],
    applies: (c) => {
      const name = nameBeforeYear(c);
      return (name !== undefined && !isCalendarWord(name)) || ADDRESS_AFTER.test(after(c, 40));
    },
    examples: [
      { text: 'Microsoft released Windows 98 and plans Windows 2000.', ref: '1998-11-18', not: '2000' },
      { text: 'The White House is at 1600 Pennsylvania Avenue.', ref: '1998-11-18', not: '1600' },
      { text: 'Flight 2000 of a domestic carrier was held on the ground.', ref: '1999-08-11', not: '2000' },
      { text: 'The vote was close. "Resolution 1999 asks too much," the envoy said.', ref: '1999-08-11', not: '1999' },
    ],
  },
  {
    name: 'title of the year',
    // "Person of the Year", "player of the year", "the storm of the century": an award or a
    // superlative's title, not the year it was given in.
    overrules: ['the-year'],
    applies: (c) => {
      const title = /^the\s+year$/i.test(matched(c)) ? AWARD_BEFORE.exec(before(c, 30))?.[1] : undefined;
      return title !== undefined && !isCalendarWord(title);
    },
    examples: [
      { text: 'Time named him its Person of the Year.', ref: '1998-11-18', not: 'the Year' },
      { text: 'He was voted player of the year.', ref: '1998-11-18', not: 'the year' },
    ],
  },
  {
    name: 'season opening a name',
    // "the Spring Festival", "the Summer Palace", "the Winter Olympics", "the next Summer Games": a
    // capitalised season inside its sentence, before a capitalised word that is no month, weekday or year.
    overrules: ['the-season', 'season-alone', 'season-of-year', 'relative-period', 'chrono'],
    applies: (c) => SEASON_NAMED.test(matched(c)) && (/^(?:the|next|last|this)\s/i.test(matched(c)) || /\b(?:the|a|an)\s+$/i.test(before(c, 8))) && NAME_AFTER.test(after(c, 20)),
    examples: [
      { text: 'Millions travel home for the Spring Festival.', ref: '1998-08-20', not: 'the Spring' },
      { text: 'Tourists crowded the Summer Palace on Sunday.', ref: '1998-08-20', not: 'the Summer' },
      { text: 'The next Summer Games will be held in Osaka in 2032.', ref: '2026-08-20', not: 'next Summer' },
    ],
  },
  {
    name: 'year as a name',
    // "the 1966 squad", "the 1994 class", "the club's 1966 squad": a year naming a group, not a time,
    // after a determiner or an owner's possessive.
    overrules: ['year-alone'],
    applies: (c) => /(?:\b(?:the|a|its|their|his|her|our)|\w['’]s)\s+$/i.test(before(c, 12)) && GROUP_AFTER.test(after(c, 30)),
    examples: [
      { text: 'Three players from the 1966 squad attended.', ref: '1998-11-18', not: '1966' },
      { text: "The mayor, who played on the high school's 1986 squad, spoke first.", ref: '2026-03-04', not: '1986' },
      { text: "Her coach skied for the national team's 1998 squad.", ref: '2026-02-09', not: '1998' },
      { text: "Two of Italy's 2006 champions were at the draw.", ref: '2025-12-05', not: '2006' },
    ],
  },
  {
    name: 'a fall as a decline',
    // "exports suffered a fall in 1998", "a sharp fall in 1997", "the 5 percent fall in 1999": a
    // drop told with its year, not the autumn (the season is "the fall of 1998", "in the fall").
    overrules: ['season-of-year'],
    applies: (c) => /^fall\b/i.test(matched(c)) && DECLINE_BEFORE_FALL.test(before(c, 30)),
    examples: [
      { text: 'Exports grew 16 percent, after a fall in 1998 caused by the Asian financial crisis.', ref: '2000-03-22', not: 'fall in 1998' },
      { text: 'Sales showed a sharp fall in 1997 and recovered in 1999.', ref: '2000-03-22', not: 'fall in 1997' },
      { text: 'The 5 percent fall in 1999 was the worst since the war.', ref: '2000-10-04', not: 'fall in 1999' },
    ],
  },
  {
    name: 'a quarter as a coin',
    // "a tamale cost a quarter", "a ride on the carousel was sold for a quarter": 25 cents after a
    // verb of price, not three months.
    overrules: ['duration', 'unit-long'],
    applies: (c) => /^an?\s+quarter$/i.test(matched(c)) && COIN_PRICE_BEFORE.test(before(c, 30)),
    examples: [
      { text: 'In the 1970s, a tamale cost a quarter; today it costs $1.50.', ref: '1999-11-03', not: 'a quarter' },
      { text: 'Back then a phone call from the booth on Main Street costs only a quarter.', ref: '2026-02-25', not: 'a quarter' },
      { text: 'Programs at the county fair were sold for a quarter.', ref: '1998-08-13', not: 'a quarter' },
    ],
  },
  {
    name: 'pay for a stretch of time',
    // "a bonus equal to six months of base pay", "three months' salary": an amount of money
    // counted in time, not a stretch the text dates (TimeBank leaves it unmarked).
    overrules: ['duration', 'unit-long', 'compound-duration'],
    applies: (c) => PAY_AFTER.test(after(c, 40)),
    examples: [
      { text: 'Upjohn is offering a one-time bonus equal to six months of base pay.', ref: '1989-11-02', not: 'six months' },
      { text: 'Workers who leave get three months’ salary.', ref: '1998-11-18', not: 'three months' },
    ],
  },
  {
    name: 'today in a name',
    // "USA Today", "This is VOA Today.": a capitalised "Today" after a capitalised word is a
    // paper's or a programme's name (a sentence's "Today" follows its full stop, not a name).
    overrules: ['day-word', 'chrono'],
    applies: (c) => matched(c) === 'Today' && NAME_WORD_BEFORE.test(before(c, 30)),
    examples: [
      { text: 'The survey was published in USA Today on Monday.', ref: '1998-11-18', not: 'Today' },
      { text: 'This is VOA Today.', ref: '1998-03-31', not: 'Today' },
    ],
  },
  {
    name: 'today or tomorrow as an age',
    // "the people of tomorrow", "the world of today": an age, not a day.
    overrules: ['day-word'],
    applies: (c) => /^(?:today|tomorrow)$/i.test(matched(c)) && (AGE_OF_BEFORE.test(before(c, 40)) || PLACE_OF_BEFORE.test(before(c, 40))),
    examples: [
      { text: 'If I were choosing the people of tomorrow, I would have chosen these.', ref: '1989-11-02', not: 'tomorrow' },
      { text: 'The children of today read less.', ref: '1998-11-18', not: 'today' },
      { text: 'Unlike the Russia of today, the Soviet Union had full employment.', ref: '1999-03-19', not: 'today' },
      { text: 'Delors spoke of the Europe of tomorrow, a union of 25 states.', ref: '1996-05-09', not: 'tomorrow' },
    ],
  },
  {
    name: 'today as the present age',
    // "today's youth", "in today's world".
    overrules: ['day-word'],
    applies: (c) => /^today$/i.test(matched(c)) && (TODAY_AS_AGE.test(after(c, 40)) || TODAY_AS_PLACE_NOW.test(after(c, 40))),
    examples: [
      { text: 'In today’s world, news travels fast.', ref: '1998-11-18', not: 'today' },
      { text: "In today's Russia, few trust the banks.", ref: '1998-11-18', not: 'today' },
      { text: "Today's China is a very different country, he said.", ref: '1999-03-10', not: 'Today' },
    ],
  },
  {
    name: 'the future as a topic',
    // "the future of our peoples", "the future looks bleak".
    overrules: ['future-reference'],
    applies: (c) => /^the future$/i.test(matched(c)) && FUTURE_AS_TOPIC.test(after(c, 40)),
    examples: [{ text: 'They spoke about the future of Europe.', ref: '1998-11-18', not: 'the future' }],
  },
  {
    name: 'the past before a period',
    // "the past three summers", "the past century": an adjective on a stretch of time.
    overrules: ['past-reference'],
    applies: (c) => /^the past$/i.test(matched(c)) && PERIOD_AFTER.test(after(c, 40)),
    examples: [{ text: 'Sales rose over the past three summers.', ref: '1998-11-18', not: 'the past' }],
  },
  {
    name: 'recently before a date',
    // "most recently last October", "as recently as Tuesday": the date that follows says when; "recently" only orders.
    overrules: ['past-reference'],
    applies: (c) => /^recently$/i.test(matched(c)) && DATE_AFTER.test(after(c, 40)),
    examples: [
      { text: 'The board met most recently last October.', ref: '1998-11-18', not: 'recently' },
      { text: 'It was a Category 5 storm as recently as Tuesday.', ref: '1998-10-30', not: 'recently' },
    ],
  },
  {
    name: 'now in an idiom of frequency',
    // "every now and then", "now and again": now and then, some time or other; no present meant.
    overrules: ['present-reference', 'chrono'],
    applies: (c) => /^now$/i.test(matched(c)) && NOW_AND_THEN_AFTER.test(after(c, 20)),
    examples: [
      { text: 'Every now and then, Congress surprises itself.', ref: '1997-06-12', not: 'now' },
      { text: 'Now and again a cargo ship calls at the port.', ref: '1999-08-11', not: 'Now' },
    ],
  },
  {
    name: 'calling it a day',
    // "called it a day after 40 years", "decided to call it a day": to stop, no day meant.
    overrules: ['duration', 'chrono'],
    applies: (c) => /^a\s+day$/i.test(matched(c)) && /\bcall(?:s|ed|ing)?\s+it\s+$/i.test(before(c, 16)),
    examples: [
      { text: 'He called it a day after 40 years in parliament.', ref: '2000-03-12', not: 'a day' },
      { text: 'After 14 hours of talks, the envoys decided to call it a day.', ref: '2000-03-12', not: 'a day' },
      { text: 'Calling it a day, the envoys left Geneva on Friday.', ref: '2000-03-12', not: 'a day' },
    ],
  },
  {
    name: 'a weekend',
    // "spent a weekend in Paris", "every weekend": some weekend, not a date.
    overrules: ['chrono'],
    applies: (c) => /^weekend$/i.test(matched(c)) && /\b(?:a|an|every|each|one|per)\s+$/i.test(before(c, 8)),
    examples: [{ text: 'He spent a weekend in Paris.', ref: '2026-03-20', not: 'weekend' }],
  },
  {
    name: 'a month naming a kind of day',
    // "its hottest January day since 2009", "the coldest March night in years": a superlative
    // before the month and "day" or "night" after it measure a day against the days of every
    // such month; the day itself is dated beside it, if at all.
    overrules: ['chrono'],
    applies: (c) => MONTH_NAME.test(matched(c)) && SUPERLATIVE_BEFORE.test(before(c, 40)) && /^\s+(?:day|night)s?\b/i.test(after(c, 8)),
    examples: [
      { text: 'Perth sweltered on Monday, its hottest February day in a decade.', ref: '2026-03-20', not: 'February' },
      { text: 'It was the coldest March night since 1987.', ref: '2026-03-20', not: 'March' },
    ],
  },
  {
    name: 'the day a repetition leaves out',
    // "drives the route every day but Sunday", "opens daily except Monday", "every night except
    // on Friday": the weekday is the habit's gap, part of the SET, no day of the story.
    overrules: ['chrono'],
    applies: (c) => WEEKDAY.test(matched(c)) && REPETITION_BUT_BEFORE.test(before(c, 60)) && GAP_ENDS_AFTER.test(after(c, 12)),
    examples: [
      { text: 'She has driven the number 9 route every day but Sunday since 2011.', ref: '2025-09-24', not: 'Sunday' },
      { text: 'The museum opens daily except Monday, and closed on Friday for repairs.', ref: '2025-09-24', not: 'Monday' },
      { text: 'The ferry sails every morning except on Saturday.', ref: '2025-09-24', not: 'Saturday' },
      { text: 'The café is open every day apart from Sunday.', ref: '2025-09-24', not: 'Sunday' },
      { text: 'He has swum in the lake every morning bar Monday for a decade.', ref: '2025-09-24', not: 'Monday' },
      { text: 'The canteen serves hot meals every evening other than Friday.', ref: '2025-09-24', not: 'Friday' },
    ],
  },
  {
    name: 'the rest of any year beside a repetition',
    // "tours every summer and spends the rest of the year in the studio": the rest of each year
    // the habit comes round in, no year of the story; "flat for the rest of the year" after a
    // dated act stays the reference's year (the-year).
    overrules: ['the-year'],
    applies: (c) => /^the\s+year$/i.test(matched(c)) && REPETITION_THEN_REST.test(before(c, 160)),
    examples: [
      { text: 'The band tours every summer and spends the rest of the year in the studio.', ref: '2026-03-20', not: 'the year' },
      { text: 'He teaches in Oslo each spring, and writes for the rest of the year.', ref: '2026-03-20', not: 'the year' },
    ],
  },
  {
    name: 'title of a periodical',
    // "the Kalahari Daily Post", "The Weekly Standard": a name, not a repetition; so is one
    // ending in it after a name or a possessive ("People's Daily", "the China Daily", "Economic
    // Daily"), which Xinhua cites in most stories.
    overrules: ['recurrence'],
    applies: (c) => /^[A-Z][a-z]+ly$/.test(matched(c)) && (/^\s+[A-Z]/.test(after(c, 3)) || NAME_BEFORE_TITLE.test(before(c, 30))),
    examples: [
      { text: 'The Kalahari Daily Post reported the talks.', ref: '1998-11-18', not: 'Daily' },
      { text: "The People's Daily said on Monday that the talks had ended.", ref: '1999-03-10', not: 'Daily' },
      { text: 'According to the China Daily, exports rose.', ref: '1999-03-10', not: 'Daily' },
    ],
  },
  {
    name: 'a daily as a paper',
    // "the Israeli daily Maariv", "said the mass-circulation daily.": the newspaper, not a
    // repetition. (As an adjective, "a quarterly dividend", it is a repetition in TimeML;
    // TimeBank's WSJ files leave it unmarked and its wire files mark it: no veto.)
    overrules: ['recurrence'],
    applies: (c) =>
      PERIODICAL_WORD.test(matched(c)) &&
      ((ARTICLE_BEFORE.test(before(c, 40)) && PERIODICAL.test(after(c, 3))) || (ARTICLE_WORD_BEFORE.test(before(c, 40)) && PAPER_NAME_AFTER.test(after(c, 3)))),
    examples: [
      { text: 'The business daily Nikkei reported the talks.', ref: '1998-03-01', not: 'daily' },
      { text: 'The Israeli daily Maariv reported the talks.', ref: '1998-03-01', not: 'daily' },
      { text: 'The talks collapsed, said the mass-circulation daily.', ref: '1998-03-01', not: 'daily' },
      { text: 'He told the weekly Der Spiegel he would run.', ref: '1998-03-01', not: 'weekly' },
    ],
  },
  {
    name: 'repetition as an adjective',
    // "its quarterly dividend", "daily flights", "average daily volume", "the quarterly results":
    // the word says what kind of thing, not when; TimeBank marks 2 of 15 such and the adverb
    // after a verb ("is published daily", "rise 8.5% annually") stays a SET.
    overrules: ['recurrence'],
    applies: (c) => REPEATING_ADJECTIVE.test(matched(c)) && NOUN_AFTER.test(after(c, 30)),
    examples: [
      { text: 'Du Pont also raised its quarterly dividend to $1.20 a share.', ref: '1989-10-26', not: 'quarterly' },
      { text: 'Qantas plans daily flights between Sydney and Bombay.', ref: '1998-02-13', not: 'daily' },
      { text: 'It is less than 5% of the average daily volume.', ref: '1989-10-30', not: 'daily' },
    ],
  },
  {
    name: 'quoted title',
    // ABC's "This Week", a paper's "This Year in Review".
    overrules: ['relative-period'],
    applies: (c) => /^[A-Z]\S*\s+[A-Z]/.test(matched(c)) && /["“]$/.test(before(c, 40)),
    examples: [{ text: 'He told ABC’s "This Week" he would run.', ref: '1998-11-18', not: 'This Week' }],
  },
  {
    name: 'holiday as a thing',
    // "the Christmas tree", "New Year's resolutions", "a Christmas special": a thing named by the holiday, not its day.
    // Chrono reads the weekday of "Good Friday" alone: that too, and only that, of chrono's.
    overrules: ['holiday', 'chrono'],
    applies: (c) => HOLIDAY_THING_AFTER.test(after(c, 20)) && (c.chrono === undefined || /\bGood\s+$/.test(before(c, 6))),
    examples: [
      { text: 'He lit the Christmas tree in the square.', ref: '1998-11-18', not: 'Christmas' },
      { text: 'A car was driven into a Christmas market in Magdeburg.', ref: '2024-12-27', not: 'Christmas' },
      { text: 'The Tet Offensive began in 1968.', ref: '2025-01-27', not: 'Tet' },
      { text: 'The Good Friday agreement brought peace to Northern Ireland.', ref: '2000-04-07', not: 'Good Friday' },
      { text: 'The Good Friday agreement brought peace to Northern Ireland.', ref: '2000-04-07', not: 'Friday' },
      { text: 'Both armies kept to the Christmas truce.', ref: '1999-12-20', not: 'Christmas' },
      { text: 'Her New Year’s resolutions failed.', ref: '1998-11-18', not: 'New Year’s' },
    ],
  },
  {
    name: 'holiday in a greeting',
    // "Happy New Year", "Merry Christmas": a wish, not the day.
    overrules: ['holiday'],
    applies: (c) => /\b(?:happy|merry)\s+$/i.test(before(c, 8)),
    examples: [
      { text: '"Happy New Year," the mayor told the crowd.', ref: '2026-01-03', not: 'New Year' },
      { text: 'She wished them a merry Christmas.', ref: '2025-12-20', not: 'Christmas' },
    ],
  },
  {
    name: 'the new year as a year',
    // "Fares will rise in the New Year": the year after the publication day's, read by the-new-year; "over the New Year" is the feast.
    overrules: ['holiday'],
    applies: (c) => /^the\s+New\s+Year$/i.test(matched(c)) && NEW_YEAR_AS_YEAR_BEFORE.test(before(c, 10)),
    examples: [{ text: 'Fares will rise in the New Year, the company said.', ref: '2025-11-18', not: 'New Year' }],
  },
  {
    name: 'holiday in lower case',
    // "christmas" in lower case is a season's mood, "election day" a generic day.
    overrules: ['holiday'],
    // "its hottest May day" is a day in May, not May Day.
    applies: (c) => !/^[A-Z]/.test(matched(c).replace(/^(?:(?:last|next|this|\d{4})\s+)?(?:the\s+)?/i, '')) || /^May\s+day$/.test(matched(c)),
    examples: [
      { text: 'On election day, turnout is what matters.', ref: '1998-11-18', not: 'election day' },
      { text: 'Delhi recorded its hottest May day in three years.', ref: '2025-05-20', not: 'May day' },
    ],
  },
];

/** The vetoes that overrule `rule`, found once when the rule is built. */
export function vetoesOf(rule: string): Veto[] {
  return VETOES.filter((veto) => veto.overrules.includes(rule));
}

export function isVetoed(vetoes: Veto[], candidate: Candidate): boolean {
  return vetoes.some((veto) => veto.applies(candidate));
}
