/**
 * A wire dateline before a story's first sentence: "MOSCOW, December 4. /VW/.", "WASHINGTON,
 * Dec. 5 (ONA) --", or a place in capitals and a dash alone ("WASHINGTON --", "FLORIDA -"). Its
 * date is the day the story was filed, never an event's; summaries leave it out.
 */
export const WIRE_DATELINE =
  /^(?:[A-Z][A-Za-z .'’-]{1,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s*(?:\([A-Z]{1,6}\)|\/[A-Z]{1,6}\/)?\s*\.?\s*[-–—.]*|[A-Z]{3,}(?:[ .,'’-]+[A-Z]{2,})*\s*(?:\([A-Z]{1,6}\))?\s*(?:--|[-–—]))\s*/;

/** How many characters of a sentence its wire dateline takes (0 without one). */
export function datelineLength(sentence: string): number {
  return WIRE_DATELINE.exec(sentence)?.[0].length ?? 0;
}
