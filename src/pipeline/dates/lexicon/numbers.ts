/** Cardinal and ordinal numbers as news writes them ("two", "twenty-five", "a", "3rd"). */
const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, couple: 2, 'a couple of': 2, 'a couple': 2, 'couple of': 2, dozen: 12, 'a dozen': 12, half: 0.5, 'half a': 0.5, 'half an': 0.5,
  // "a quarter century" (P25Y), "a quarter of an hour" (PT15M); "a quarter" alone is the unit (P3M).
  'a quarter': 0.25, 'a quarter of a': 0.25, 'a quarter of an': 0.25,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Counts that stay unspecified in TimeML (P X Y). */
const VAGUE = ['several', 'a few', 'few', 'many', 'some', 'a number of'];

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

const DIGIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS_PATTERN = String.raw`(?:${byLength(Object.keys(TENS))})(?:[\s-](?:${byLength(DIGIT_WORDS)}))?`;

/** Round hundreds and thousands in words: "a hundred", "two thousand", "several hundred" is vague. */
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000 };
const HUNDREDS_PATTERN = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hundred|thousand)`;

export const NUMBER_PATTERN = String.raw`\d+(?:\.\d+)?|${HUNDREDS_PATTERN}|${TENS_PATTERN}|${byLength([...Object.keys(UNITS), ...VAGUE])}`;

/** A number said exactly, digits or words, as the ends of a range are ("two to three", "12 to 18"). */
export const CARDINAL_PATTERN = String.raw`\d+|${TENS_PATTERN}|${byLength(Object.keys(UNITS).filter((word) => /^[a-z]+$/.test(word) && !['a', 'an', 'couple', 'dozen', 'half'].includes(word)))}`;

/** The number a count word stands for; undefined for vague counts ("several"). */
export function parseCount(text: string): number | undefined {
  const word = text.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  if (word in UNITS) return UNITS[word];
  const [tens, unit] = word.split(/[\s-]/);
  if (tens !== undefined && unit !== undefined && unit in MULTIPLIERS) return (UNITS[tens] ?? 0) * (MULTIPLIERS[unit] ?? 0) || undefined;
  if (tens !== undefined && tens in TENS) return (TENS[tens] ?? 0) + (unit ? (UNITS[unit] ?? 0) : 0);
  return undefined;
}

/** Fractions written after a count or a unit ("2 1/2 years", "a minute and a half"). */
const FRACTIONS: Record<string, number> = {
  '1/2': 0.5, '½': 0.5, '1/4': 0.25, '¼': 0.25, '3/4': 0.75, '¾': 0.75,
  'and a half': 0.5, 'and one half': 0.5, 'and a quarter': 0.25, 'and three quarters': 0.75,
};
export const FRACTION_PATTERN = byLength(Object.keys(FRACTIONS)).replace(/ /g, String.raw`[\s-]+`);

/** The fraction a written fraction stands for ("and-a-half" as "and a half"). */
export function parseFraction(text: string): number {
  return FRACTIONS[text.toLowerCase().trim().replace(/[\s-]+/g, ' ')] ?? 0;
}

const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, final: -1, last: -1,
};
export const ORDINAL_PATTERN = byLength(Object.keys(ORDINALS));
/** The ordinals of a span's end ("last", "final"): a place in it counted from no start. */
export const END_ORDINAL_PATTERN = byLength(Object.keys(ORDINALS).filter((word) => ORDINALS[word] === -1));

/** 1-based ordinal; -1 for "last"/"final". */
export function parseOrdinal(text: string): number | undefined {
  return ORDINALS[text.toLowerCase()];
}

const COUNTING_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, thirtieth: 30, hundredth: 100,
};
/** Any ordinal that counts the days of a running event ("the 30th day", "its eighth week", "the fourth evening"). */
export const COUNTING_ORDINAL_PATTERN = String.raw`\d{1,3}(?:st|nd|rd|th)|${byLength(Object.keys(COUNTING_ORDINALS))}`;

/** The number a counting ordinal stands for ("30th" 30, "eighth" 8). */
export function countingOrdinal(text: string): number | undefined {
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(text);
  return digits ? Number(digits[1]) : COUNTING_ORDINALS[text.toLowerCase()];
}
