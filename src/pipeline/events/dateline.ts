import { WEEKDAY_NAME } from '../parse/lexicon.ts';

const DAY_OF_A_MONTH = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})\.?`;
const MONTH_DAY = String.raw`${DAY_OF_A_MONTH}(?:,?\s+\d{4})?`;
// A full date, its year written: with it a town not in capitals and a dash are a dateline with no agency ("Orsk, 12 May 2058 –"),
// never a weekday's or a time's words before the date ("Thursday, February 13, 2025 — Local", "On Monday, March 9, 2026 —").
const FULL_DATE = String.raw`${DAY_OF_A_MONTH},?\s+\d{4}`;
// An agency's name may take a few words: "(AP)", "(Interfax-Ukraine)", "(East Africa Wire)", "(Korean Central News Agency)".
const AGENCY = String.raw`(?:\([A-Z][A-Za-z-]{1,20}(?:\s[A-Z][A-Za-z-]{1,20}){0,3}\)|\/[A-Z]{1,6}\/)`;
const CITY_IN_CAPITALS = String.raw`[A-Z]{3,}(?:[ .'’-]+[A-Z]{2,})*`;
const CITY = String.raw`[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*`;
const TOWN_BEFORE_A_FULL_DATE = String.raw`(?!(?:${WEEKDAY_NAME}|On|In|At|By|Since|Until|From|Through|Between|Before|After)\b)${CITY}`;
const TAIL = String.raw`\s*\.?\s*[-–—.]*`;
// The region or country a town in capitals may be written with: "KYIV, Ukraine", "NIAGARA-ON-THE-LAKE, Ontario".
const REGION = String.raw`(?:,\s+[A-Z][a-z]+)`;

/**
 * A wire dateline before a story's first sentence: "MOSCOW, December 4. /VW/.", "WASHINGTON,
 * Dec. 5 (ONA) --", "Kyiv, March 9 (Ukrinform) –", "KYIV. March 9 (Interfax-Ukraine) –", "ABU DHABI, 9th March, 2026 (WAM) --" (or
 * its date and agency alone, where the city's full stop ended a sentence), or a place in
 * capitals and a dash alone ("WASHINGTON --", "KYIV, Ukraine (AP) —", "FLORIDA -"), never the hyphen
 * inside a town's name ("NIAGARA-ON-THE-LAKE, Ontario, Nov 12 (Harbour Wire) -"). Its date is
 * the day the story was filed, never an event's; summaries leave it out. A city not in
 * capitals needs its agency, or its date's year and a dash ("Orsk, 12 May 2058 –"): "On Monday, March 9, Trump met Putin" has no dateline.
 */
export const WIRE_DATELINE = new RegExp(
  String.raw`^(?:${CITY_IN_CAPITALS}${REGION}?[,.]\s+${MONTH_DAY}\s*${AGENCY}?${TAIL}|${CITY}[,.]\s+${MONTH_DAY}\s*${AGENCY}${TAIL}|${TOWN_BEFORE_A_FULL_DATE},\s+${FULL_DATE}\s*(?:--|[-–—])|${MONTH_DAY}\s*${AGENCY}\s*\.?\s*(?:--|[-–—])|${CITY_IN_CAPITALS}${REGION}?\s*${AGENCY}?\s*(?:--|[-–—])(?![A-Za-z]))\s*`,
);

/** How many characters of a sentence its wire dateline takes (0 without one). */
export function datelineLength(sentence: string): number {
  return WIRE_DATELINE.exec(sentence)?.[0].length ?? 0;
}
