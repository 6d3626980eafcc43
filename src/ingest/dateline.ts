/** The place a story was filed from, as wire style prints it at the start of the first paragraph. */

/** "WASHINGTON -- ", "GENEVA — " or "KYIV, Ukraine – ". */
const DATELINE_OPENING = /^(\p{Lu}[\p{Lu}.'’ ]*\p{Lu})(?:, [\p{L} ]{2,30})? (?:--|—|–) /u;

/** "WASHINGTON" → "Washington", "NEW YORK" → "New York". */
export function placeName(allCaps: string): string {
  return allCaps.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

export function datelineOf(firstParagraph: string): string | undefined {
  const place = DATELINE_OPENING.exec(firstParagraph)?.[1];
  return place === undefined ? undefined : placeName(place);
}
