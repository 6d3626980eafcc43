/**
 * Rules for years written alone: "the 1994 Budapest Memorandum", "pre-2014 borders",
 * "mid-1998", "fiscal 1999", "nineteen ninety-six", decades ("the 1990s", "the late '80s"),
 * and the reference's own year ("for the full year", "by year-end").
 */
import { utcDay } from '../calendar.ts';
import { parseCount } from '../lexicon/numbers.ts';
import { narrow } from '../refiners/qualifiers.ts';
import { between, inYear } from '../resolved.ts';
import type { Timex } from '../model.ts';
import type { Rule, RuleMatch } from './rule.ts';

import { CENTURY_WORDS, DECADE_WORDS, NEW_YEAR_AS_YEAR_AFTER, PERIOD_PARTS as PART_MOD } from '../lexicon/calendar.ts';

export const yearAlone: Rule = {
  name: 'year-alone',
  examples: [
    { text: 'the failed model of the 1994 Budapest Memorandum', ref: '2026-02-25', finds: '1994', value: '1994' },
    { text: 'return to its pre-2014 borders', ref: '2025-02-12', finds: 'pre-2014', value: '2014' },
  ],
  pattern: /(?:(early|mid|late)[\s-]+|(pre|post)-)?((?:1[6-9]|20)\d\d)(?!['’]?s\b)/,
  read: ({ groups }) => {
    const [, part, side, yearText = ''] = groups;
    const year = Number(yearText);
    const mod = part ? PART_MOD[part.toLowerCase()] : side ? (side.toLowerCase() === 'pre' ? 'BEFORE' : 'AFTER') : undefined;
    const qualifier = part ? part.toLowerCase() : side ? (side.toLowerCase() === 'pre' ? 'before' : 'after') : undefined;
    const date = inYear(year);
    return {
      type: 'DATE',
      value: String(year),
      ...(mod ? { mod } : {}),
      date: qualifier ? { ...date, qualifier } : date,
    };
  },
};

/**
 * A year written across two calendar years: "the 2026-27 fiscal year", "fiscal 2026/27", "the
 * 2019-20 season", "FY2025-26". One period from the first year into the second: its date spans
 * both years (EDTF 2026/2027), and its TimeML value is the year it ends in, by which fiscal
 * years are named ("FY27" is 2026-27). Only a second year that follows the first; written in
 * full ("the 1999-2000 season", "fiscal 1999-2000") only with the period's word, for a bare
 * "1999-2000" may be two years told apart.
 */
export const splitYear: Rule = {
  name: 'split-year',
  examples: [
    { text: 'The 2019-20 season was cut short.', ref: '2021-05-01', finds: 'The 2019-20 season', value: '2020' },
    { text: 'The company expects revenue to grow in the 2026-27 fiscal year.', ref: '2026-02-25', finds: 'the 2026-27 fiscal year', value: '2027' },
    { text: 'The budget for fiscal 2025/26 was cut.', ref: '2026-02-25', finds: 'fiscal 2025/26', value: '2026' },
    { text: 'The club named a coach for the 1999-2000 season.', ref: '1999-06-14', finds: 'the 1999-2000 season', value: '2000' },
    { text: 'Schools will get more in fiscal 1999-2000.', ref: '1999-10-04', finds: 'fiscal 1999-2000', value: '2000' },
  ],
  pattern:
    /(?:the\s+)?(?:(?:fiscal|financial)(?:\s+year)?\s+|FY\s?)?((?:1[6-9]|20)\d\d)[-–/]((?:1[6-9]|20)?\d\d)(?![-–/]?\d)(?:\s+(?:(?:fiscal|financial|tax|budget|academic|school|marketing|crop)\s+year|season|campaign|term|winter|session))?/,
  read: ({ groups }) => {
    const [match = '', firstText = '', lastText = ''] = groups;
    const first = Number(firstText);
    if (Number(lastText) !== (lastText.length === 4 ? first + 1 : (first + 1) % 100)) return null;
    if (lastText.length === 4 && !/^(?:the\s+)?(?:fiscal|financial|FY)|\D$/i.test(match)) return null;
    const last = first + 1;
    return { type: 'DATE', value: String(last), date: { ...between(utcDay(first, 1, 1), utcDay(last, 12, 31)), value: `${first}/${last}` } };
  },
};

export const fiscalYear: Rule = {
  name: 'fiscal-year',
  examples: [
    { text: 'Sales in fiscal 1999 rose.', ref: '1998-11-20', finds: 'fiscal 1999', value: '1999' },
    { text: 'Sales in FY1999 rose.', ref: '1998-11-20', finds: 'FY1999', value: '1999' },
  ],
  // "FY1999", "FY 1999": the abbreviation business pages write.
  pattern: /(?:fiscal(?:\s+year)?\s+|FY\s?)((?:19|20)\d\d)/,
  read: ({ groups }) => ({ type: 'DATE', value: groups[1] ?? '', date: inYear(Number(groups[1])) }),
};

export const decade: Rule = {
  name: 'decade',
  examples: [
    { text: 'Prices soared in the 1990s.', ref: '1998-11-20', finds: 'the 1990s', value: '199' },
    { text: 'In the 80\'s, the city was broke.', ref: '2000-06-09', finds: "the 80's", value: '198' },
    // A round hundred's "s" is its century: "the late 1800's" is the 19th century's end.
    { text: 'The company, founded in the late 1800\'s, is closing.', ref: '2000-06-09', finds: "the late 1800's", value: '18' },
  ],
  // "the 80's" needs its apostrophe: "temperatures in the 80s" are degrees.
  pattern: /(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:((?:1[5-9]|20)\d)0['’]?s|['’](\d)0['’]?s|(?<=\bthe\s+(?:(?:early|mid|late)[\s-]+)?)(\d)0['’]s)/,
  read: ({ groups }) => {
    const [, part, fullDecade, shortDecade = groups[4]] = groups;
    const prefix = fullDecade ?? (shortDecade === undefined ? undefined : `19${shortDecade}`);
    if (!prefix) return null;
    if (Number(prefix) % 10 === 0 && Number(prefix) < 200) {
      const mod = part ? PART_MOD[part.toLowerCase()] : undefined;
      const hundreds = Number(prefix) / 10;
      return { type: 'DATE', value: String(hundreds), ...(mod ? { mod } : {}), date: between(utcDay(hundreds * 100, 1, 1), utcDay(hundreds * 100 + 99, 12, 31)) };
    }
    return decadeReading(prefix, part);
  },
};

/**
 * A decade as TimeML values it, its first three digits ("199"), over its ten years (EDTF "199X");
 * a part of it ("the late 1990s", "mid-decade") with its mod and the days' qualifier.
 */
export function decadeReading(prefix: string, part?: string): Timex {
  const first = Number(prefix) * 10;
  const mod = part ? PART_MOD[part.toLowerCase()] : undefined;
  const span = between(utcDay(first, 1, 1), utcDay(first + 9, 12, 31));
  return { type: 'DATE', value: prefix, ...(mod ? { mod } : {}), date: { ...span, value: `${prefix}X`, ...(part ? { qualifier: part.toLowerCase() } : {}) } };
}

/**
 * The decade its sentence last named before a match ("the 1990s … of the decade": "199"), if any;
 * not one after "since", which bounds a stretch up to now ("awaited since the 1990s and felt only
 * by the close of the decade" is the writing's).
 */
export function decadeNamedBefore(match: RuleMatch): string | undefined {
  const inSentence = decadeNamedIn(match.earlierInSentence());
  if (inSentence !== undefined) return inSentence;
  // The sentence before names it, and the match's clause tells of the past, not of the time at hand:
  // "The 1970s were hard for the city. By the end of the decade it was nearly bankrupt", not
  // "This has been the best year of the decade".
  const ofTheTimeAtHand = /\b(?:this|current|has|have|is|are)\b/i.test(`${match.earlierInSentence()} ${match.after.split(/[.!?]/)[0]}`);
  return match.tense('clause') === 'past' && !ofTheTimeAtHand ? decadeNamedIn(match.sentenceBefore()) : undefined;
}

function decadeNamedIn(text: string): string | undefined {
  const named = [...text.matchAll(/(?<!\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?)\b((?:1[5-9]|20)\d)0['’]?s\b/gi)].at(-1)?.[1];
  return named !== undefined && Number(named) % 10 !== 0 ? named : undefined;
}

/** What after "the decade", "the century" makes it another's: "the decade since the war", "the century-old". */
const ANOTHER_PERIOD_AFTER = String.raw`(?![-‐‑]|\s+(?:since|after|before|that|which|when|following|ahead|to\s+come|of|old|earlier|later|ago|or|and)\b)`;

/**
 * "the decade" alone: the one its sentence named before it ("grew 40 percent in the 1990s, the
 * fastest of the decade"), else the writing's ("the best year of the decade", TimeML anchors it
 * on the document's time). Not one counted from another time ("the decade since the war", "the
 * decade before"), nor a part of it ("the end of the decade": part-of-current-period).
 */
export const theDecade: Rule = {
  name: 'the-decade',
  examples: [
    { text: 'It was the second-fastest-growing state of the decade, the estimates show.', ref: '1999-11-10', finds: 'the decade', value: '199' },
    { text: 'This has been the best year of the decade for car dealers.', ref: '1999-12-28', finds: 'the decade', value: '199' },
    { text: 'Output doubled in the 1970s, the strongest growth of the decade coming in 1973.', ref: '1999-12-28', finds: 'the decade', value: '197' },
    // Named in the sentence before, told of in the past.
    { text: 'The 1980s brought the city a building boom. Office rents tripled during the decade.', ref: '1999-12-28', finds: 'the decade', value: '198' },
    { text: 'Few had foreseen the oil shocks of the 1970s.\n\nInflation averaged 9 percent over the decade, the study found.', ref: '2000-03-02', finds: 'the decade', value: '197' },
    { text: 'Rents tripled in the 1980s. This has been the quietest year of the decade.', ref: '1999-12-28', finds: 'the decade', value: '199' },
    // Only a clause told in the past looks back a sentence, not one beside a past of its sentence's.
    { text: 'Mills closed across the valley in the 1990s.\n\nThe board expects a recovery over the decade if orders return, and said a plant would open.', ref: '2000-02-21', finds: 'the decade', value: '200' },
  ],
  pattern: new RegExp(String.raw`(?<!\b(?:end|beginning|start|middle|close|turn)\s+of\s+|\b(?:earlier|later)\s+in\s+)the\s+decade${ANOTHER_PERIOD_AFTER}`),
  read: (match) => {
    return decadeReading(decadeNamedBefore(match) ?? String(Math.floor(match.reference.getFullYear() / 10)));
  },
};

/**
 * "mid-decade", "by mid-century": the decade or century at hand, at its middle (TIMEX3 mod MID);
 * the decade its sentence named before ("the 1980s … by mid-decade"), and in a clause of what is
 * to come once the middle has passed, the next ("will run dry by mid-century", written in 1999, is 20),
 * never after "since", which bounds a stretch up to now.
 */
export const midPeriod: Rule = {
  name: 'mid-period',
  examples: [
    { text: 'Enrollment has grown every year since mid-decade and will rise again.', ref: '1999-10-04', finds: 'mid-decade', value: '199' },
    { text: 'The board expects a recovery by mid-decade.', ref: '2000-02-21', finds: 'mid-decade', value: '200' },
    { text: 'Rents fell in the 1980s until mid-decade, when they doubled.', ref: '1999-10-04', finds: 'mid-decade', value: '198' },
    { text: 'The lake will run dry by mid-century, the study warns.', ref: '1999-03-10', finds: 'mid-century', value: '20' },
  ],
  pattern: /(?:the\s+)?mid[-‐‑\s]?(decade|century)(?![-‐‑]|\s+modern\b)/,
  read: (match) => {
    const years = /^century$/i.test(match.groups[1] ?? '') ? 100 : 10;
    const named = years === 10 ? decadeNamedBefore(match) : undefined;
    const year = match.reference.getFullYear();
    const since = /\bsince\s+(?:the\s+)?$/i.test(match.before);
    const ahead = !since && match.tense('clause') === 'future' && year % years >= years / 2 ? 1 : 0;
    const period = named === undefined ? Math.floor(year / years) + ahead : Number(named);
    const relative = named === undefined ? { relative: true } : {};
    if (years === 10) return { ...decadeReading(String(period), 'mid'), ...relative };
    const first = period * years;
    return { type: 'DATE', value: String(period), mod: 'MID', date: { ...between(utcDay(first, 1, 1), utcDay(first + 99, 12, 31)), qualifier: 'mid' }, ...relative };
  },
};

const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const NINETEEN = String.raw`nineteen[\s-](?:${TEENS}|(?:${TENS})(?:[\s-](?:${UNITS}))?)`;
const TWO_THOUSAND = String.raw`two\s+thousand(?:\s+and\s+(?:${UNITS}))?`;
/** A year as said aloud (broadcast transcripts): "nineteen ninety-six", "(the year) two thousand". */
export const SPELLED_YEAR = `${NINETEEN}|${TWO_THOUSAND}`;

export function spelledYear(text: string): number {
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  if (words[0] === 'two') return 2000 + (words[2] ? (parseCount(words[2]) ?? 0) : 0);
  return 1900 + (parseCount(words.slice(1).join(' ')) ?? 0);
}

export const yearSpelled: Rule = {
  name: 'year-spelled',
  examples: [
    { text: 'In nineteen ninety-six, the law passed.', ref: '1998-02-27', finds: 'nineteen ninety-six', value: '1996' },
  ],
  // "two thousand" alone is a number; said as a year it follows "the year" or "in".
  pattern: new RegExp(String.raw`the\s+year\s+(?:${SPELLED_YEAR})|(?<=\bin\s)${TWO_THOUSAND}|${NINETEEN}`),
  read: ({ text }) => {
    const year = spelledYear(text.replace(/^the\s+year\s+/i, ''));
    return { type: 'DATE', value: String(year), date: inYear(year) };
  },
};

/**
 * "the year", "the full year", "the fiscal (financial) year": the reference's year in reporting ("sales for
 * the full year"), a stretch of a year when it ends on a day ("the year ended Sept. 30");
 * "the year 2000" that year. Not "the year before" nor "the year-earlier quarter".
 */
export const theYear: Rule = {
  name: 'the-year',
  examples: [
    { text: 'Sales for the full year rose.', ref: '1989-11-02', finds: 'the full year', value: '1989' },
    { text: 'Profit for the latest fiscal year fell.', ref: '1989-10-26', finds: 'the latest fiscal year', value: '1988' },
    { text: 'Sales will rise next fiscal year.', ref: '1989-10-26', finds: 'next fiscal year', value: '1990' },
    // The British "financial year" is the fiscal year.
    { text: 'The council overspent in the current financial year.', ref: '2024-11-20', finds: 'the current financial year', value: '2024' },
    { text: 'Borrowing will fall next financial year, the Treasury said.', ref: '2025-03-04', finds: 'next financial year', value: '2026' },
    { text: 'Its deficit for the previous financial year was revised.', ref: '2025-03-04', finds: 'the previous financial year', value: '2024' },
    { text: 'Inflation fell to 2.3% in the year to January, the ONS said.', ref: '2026-02-25', finds: 'the year', value: 'P1Y' },
    // The rest of the year, with no repetition beside it (see vetoes.ts), is the reference's.
    { text: 'Orders picked up in March and stayed firm for the rest of the year.', ref: '1989-11-02', finds: 'the year', value: '1989' },
  ],
  pattern:
    /(?:(earlier|later)\s+in\s+)?(?:the\s+(?:(?:full|fiscal|financial|current\s+(?:fiscal|financial)|(latest|last|previous|past|next|coming)\s+(?:fiscal|financial))\s+)?|(last|this|next)\s+(?:fiscal|financial)\s+)year(?:\s+((?:19|20)\d\d))?(?![-‐‑]|\s+(?:before|after|earlier|ago|later|to\s+date|or)\b)/,
  read: ({ groups, after, reference }) => {
    const [, , theStep, step, written] = groups;
    if (written) return { type: 'DATE', value: written, date: inYear(Number(written)) };
    // "the year ended Sept. 30", and the statisticians' "the year to January": twelve months up to then.
    if (/^\s+(?:ended|ending)\b/i.test(after) || /^\s+to\s+(?:the\s+end\s+of\s+)?(?:[A-Z]|\d)/.test(after)) return { type: 'DURATION', value: 'P1Y' };
    // A fiscal year named from the reference: the latest (finished) one, or the next.
    const word = (theStep ?? step ?? '').toLowerCase();
    const year = reference.getFullYear() + (['next', 'coming'].includes(word) ? 1 : ['latest', 'last', 'previous', 'past'].includes(word) ? -1 : 0);
    return { type: 'DATE', value: String(year), date: inYear(year), relative: true };
  },
};

/**
 * "in the new year", "into the new year": a plan's next year, the year after the publication
 * day's ("Fares will rise in the new year", written in November); in a past clause, or written in
 * January, the year just begun ("repairs ran into the new year", "will open later in the new
 * year" on Jan. 5). Only after a preposition of time: "celebrated the new year" is the feast.
 */
export const theNewYear: Rule = {
  name: 'the-new-year',
  examples: [
    { text: 'Fares will rise in the new year, the company said.', ref: '2025-11-18', finds: 'the new year', value: '2026' },
    { text: 'A second park will open later in the new year.', ref: '2026-01-05', finds: 'the new year', value: '2026' },
    { text: 'The strike dragged on into the new year.', ref: '2024-12-02', finds: 'the new year', value: '2024' },
  ],
  pattern: new RegExp(String.raw`(?<=\b(?:${NEW_YEAR_AS_YEAR_AFTER})\s+)the\s+new\s+year(?!['’])`),
  read: ({ reference, tense }) => {
    const begun = tense('clause') === 'past' || reference.getUTCMonth() === 0;
    const year = reference.getUTCFullYear() + (begun ? 0 : 1);
    return { type: 'DATE', value: String(year), date: inYear(year), relative: true };
  },
};

/** "by year-end", "year's end": the end of the reference's year. */
/**
 * The year whose end "year-end" or "the close of the year" names: last year's after "since"
 * ("the percentage change is since year-end"), and told as past before the year's last month
 * ("the plant closed at year's end" in August); this year's as a deadline ("by year-end").
 */
export function yearOfItsEnd(match: Pick<RuleMatch, 'reference' | 'before' | 'tense'>): number {
  return match.reference.getFullYear() - (endsTheLastOne(match, match.reference.getMonth() === 11) ? 1 : 0);
}

/**
 * Whether the end of a period ("year-end", "the close of the quarter") is the last period's
 * rather than the reference's: after "since", or told as past before the period's last month
 * is under way (`inLastMonth`); never as a deadline ("by", "before", "until").
 */
export function endsTheLastOne({ before, tense }: Pick<RuleMatch, 'before' | 'tense'>, inLastMonth: boolean): boolean {
  if (/\bsince\s+(?:the\s+)?$/i.test(before)) return true;
  if (/\b(?:by|before|until|till|through)\s+(?:the\s+)?$/i.test(before)) return false;
  return !inLastMonth && tense('clause') === 'past';
}

export const yearEnd: Rule = {
  name: 'year-end',
  examples: [
    { text: 'It should close by year-end.', ref: '1989-11-02', finds: 'year-end', value: '1989' },
    { text: 'The percentage change is since year-end.', ref: '1989-10-30', finds: 'year-end', value: '1988' },
    { text: 'The plant closed at year\'s end.', ref: '1998-08-20', finds: "year's end", value: '1997' },
  ],
  pattern: /year[-‐‑\s]end|year['’]s\s+end/,
  read: (match) => {
    const year = yearOfItsEnd(match);
    return { type: 'DATE', value: String(year), mod: 'END', date: { ...narrow(inYear(year), 'late'), qualifier: 'late' }, relative: true };
  },
};

/**
 * "in '97", "the class of '98", "Euro '96": a year by its last two digits, in the century that
 * puts it nearest the reference.
 */
export const shortYear: Rule = {
  name: 'short-year',
  examples: [
    { text: 'He arrived in \'97 and left in \'99.', ref: '2000-06-09', finds: "'97", value: '1997' },
    { text: 'The class of \'04 will graduate.', ref: '2000-06-09', finds: "'04", value: '2004' },
    { text: 'France hosted Euro \'84.', ref: '2000-06-09', finds: "'84", value: '1984' },
  ],
  pattern: /['’](\d\d)(?![\d'’%]|s\b|\s*(?:percent|per\s*cent|points?|feet|foot|inch))/,
  read: ({ groups, reference, before }) => {
    // Only after a preposition or a name ("Euro '96"): elsewhere the apostrophe opens a quote ("said '12 died'").
    if (!/(?:\b(?:in|of|since|by|from|to|until|till|before|after|during|and|or|circa)|\b[A-Z][A-Za-z]+)\s+$/.test(before)) return null;
    const two = Number(groups[1]);
    const ref = reference.getFullYear();
    const candidates = [Math.floor(ref / 100) * 100 - 100 + two, Math.floor(ref / 100) * 100 + two, Math.floor(ref / 100) * 100 + 100 + two];
    const year = candidates.reduce((a, b) => (Math.abs(b - ref) < Math.abs(a - ref) ? b : a));
    return { type: 'DATE', value: String(year), date: inYear(year) };
  },
};

/** The lexicon's centuries in words, "twenty-first" also written "twenty first". */
const SPELLED_CENTURY = Object.keys(CENTURY_WORDS).sort((a, b) => b.length - a.length).join('|').replace(/-/g, String.raw`[\s-]`);

/** "the 20th century" is TimeML's "19" (the hundreds), "the 11th century" "10". */
export const century: Rule = {
  name: 'century',
  examples: [
    { text: 'It was built in the 19th century.', ref: '1998-11-20', finds: 'the 19th century', value: '18' },
    { text: 'The mill is one of the finest of the nineteenth century.', ref: '2026-02-25', finds: 'the nineteenth century', value: '18' },
    { text: 'Cities of the twenty-first century need more water.', ref: '2026-02-25', finds: 'the twenty-first century', value: '20' },
    { text: 'The plan is to finish by the end of this century.', ref: '1998-11-20', finds: 'the end of this century', value: '19' },
    { text: 'The next century will bring change.', ref: '1998-11-20', finds: 'The next century', value: '20' },
    // "the new century" of wire copy around 2000 is the one that begins at the round hundred nearest the writing.
    { text: 'China will enter the new century with confidence.', ref: '1999-03-10', finds: 'the new century', value: '20' },
    { text: 'Growth has slowed since the start of the new century.', ref: '2006-05-02', finds: 'the start of the new century', value: '20' },
    { text: 'Work will be completed by the end of the century.', ref: '1999-03-10', finds: 'the end of the century', value: '19' },
    // "the century" alone is the writing's (TimeML anchors it on the document's time), unless
    // counted from another time ("the century since the war") or its turn (turn-of-century).
    { text: 'As the century ends, officials said the computers had been fixed.', ref: '1999-12-28', finds: 'the century', value: '19' },
    { text: 'Forecasters called it the storm of the century.', ref: '1998-03-04', finds: 'the century', value: '19' },
  ],
  pattern: new RegExp(
    String.raw`(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(this|last|next)|the\s+(next|coming|previous|new)|the\s+(${SPELLED_CENTURY}))[\s-]+century|(?<!\bturn\s+of\s+)the\s+century${ANOTHER_PERIOD_AFTER}`,
  ),
  read: ({ groups, reference }) => {
    const relative = (groups[2] ?? groups[3])?.toLowerCase();
    const spelled = groups[4] && CENTURY_WORDS[groups[4].toLowerCase().replace(/[\s-]+/, '-')];
    const year = reference.getFullYear();
    const current = Math.floor(year / 100);
    const offsets: Record<string, number> = { this: 0, next: 1, coming: 1, last: -1, previous: -1, new: Math.round(year / 100) - current };
    const hundreds = relative ? current + (offsets[relative] ?? 0) : groups[1] ? Number(groups[1]) - 1 : spelled ? spelled - 1 : current;
    if (hundreds < 0) return null;
    const first = hundreds * 100;
    return { type: 'DATE', value: String(hundreds).padStart(2, '0'), date: between(utcDay(first, 1, 1), utcDay(first + 99, 12, 31)) };
  },
};

/**
 * "the turn of the century" is the round hundred (a millennium's, thousand) the story is
 * nearest: after the latest year its sentence names before it ("peaked in the 1840s; by the
 * turn of the century it had halved": 1900), else the last one reached, or in a future
 * clause the next ("since the turn of the century": 2000 in 2026; "will by the turn of the
 * century" 2000 in 1998). "the turn of the 20th century" is 1900. A year, as TimeML values a
 * point known to its year.
 */
export const turnOfCentury: Rule = {
  name: 'turn-of-century',
  examples: [
    { text: 'Since the turn of the century, prices have doubled.', ref: '2026-03-06', finds: 'the turn of the century', value: '2000' },
    { text: 'The city will be rebuilt by the turn of the century.', ref: '1998-11-20', finds: 'the turn of the century', value: '2000' },
    { text: 'The population peaked in the 1840s; by the turn of the century it had halved.', ref: '2026-03-06', finds: 'the turn of the century', value: '1900' },
    { text: 'The house dates from the turn of the 20th century.', ref: '2026-03-06', finds: 'the turn of the 20th century', value: '1900' },
    { text: 'Sales have grown since the turn of the millennium.', ref: '2026-03-06', finds: 'the turn of the millennium', value: '2000' },
    { text: 'Work will be completed before the turn of the century.', ref: '1999-03-10', finds: 'the turn of the century', value: '2000' },
    { text: 'Immigrants arrived in large numbers at the turn of the century.', ref: '1998-11-20', finds: 'the turn of the century', value: '1900' },
  ],
  pattern: /the\s+turn\s+of\s+the\s+(?:(\d{1,2})(?:st|nd|rd|th)[\s-]+)?(century|millennium)/,
  read: (match) => {
    const { groups, reference } = match;
    const [, ordinal, unit = ''] = groups;
    const size = /^millennium$/i.test(unit) ? 1000 : 100;
    if (ordinal) return turn((Number(ordinal) - 1) * size);
    const years = [...match.earlierInSentence().matchAll(/\b(1\d{3}|20\d\d)(?:['’]?s)?\b/g)].map((m) => Number(m[1]));
    const told = years.at(-1);
    const reached = Math.floor(reference.getFullYear() / size) * size;
    if (told !== undefined && told < reached) return turn(Math.floor(told / size) * size + size);
    // In the last decade before a round hundred ("by the turn of the century" in 1998) the turn
    // is the coming one unless its sentence tells the past.
    const ahead = match.tense('clause') === 'future' || (reference.getFullYear() - reached >= size - 10 && match.tense('sentence') !== 'past');
    return turn(ahead ? reached + size : reached);
  },
};

function turn(year: number): Timex {
  return { type: 'DATE', value: String(year), date: inYear(year) };
}

/** "the nineties": the latest such decade begun by the reference. Not "in his sixties" (no "the"). */
export const decadeWords: Rule = {
  name: 'decade-words',
  examples: [
    { text: 'It was built in the nineties.', ref: '1998-11-20', finds: 'the nineties', value: '199' },
  ],
  pattern: new RegExp(String.raw`the\s+(?:(early|mid|late)[\s-]+)?(${DECADE_WORDS.join('|')})`),
  read: ({ groups, reference }) => {
    const [, part, word = ''] = groups;
    const tens = (DECADE_WORDS.indexOf(word.toLowerCase()) + 2) * 10;
    const now = reference.getFullYear();
    let first = Math.floor(now / 100) * 100 + tens;
    if (first > now) first -= 100;
    return { ...decadeReading(String(first / 10), part), relative: true };
  },
};
