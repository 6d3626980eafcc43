import { datelineLength } from '../events/dateline.ts';
import { MONTH_STEM } from '../dates/lexicon/calendar.ts';
import { ENTRY_STAMP } from '../parse/lexicon.ts';

/** A month's name, which follows a town in a dateline but is not beside it ("NAIROBI, March 6"). */
const MONTH_FIRST = new RegExp(`^${MONTH_STEM}`);

/** The place a wire dateline opens with, and the region or country written after it. */
const DATELINE_PLACE = /^(?<name>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}?)(?:,\s+(?<beside>\p{Lu}[\p{L}\p{M}]+\.?(?:\s+\p{Lu}[\p{L}\p{M}]+)?)(?=\s*[(,/—–-]))?(?=\s*[,.(/—–-])/u;

/**
 * The town a story's wire dateline files it from ("PARIS (AFP) —", "NAIROBI, March 6 (…) -",
 * "PALM BEACH, Florida (AP) —"), as written, with what is written beside it; undefined for a
 * first sentence without a dateline.
 */
export function datelineTownName(sentence: string): { name: string; beside?: string } | undefined {
  const length = datelineLength(sentence);
  if (length === 0) return undefined;
  const m = DATELINE_PLACE.exec(sentence.slice(0, length));
  if (!m) return undefined;
  const beside = m.groups!.beside;
  return { name: m.groups!.name!, ...(beside && !MONTH_FIRST.test(beside) ? { beside } : {}) };
}

/**
 * The place a planner's item is written under, after its clock time ("15:30 Palace of Westminster — Mr Macron
 * addresses …", "09:00 Northwood, Middlesex — Summit at the Permanent Joint Headquarters"): where the item happens, as
 * a dateline's town is where a story is filed from; with what is written beside it, and where the two stand.
 */
export function entryHeadingPlace(sentence: string): { name: string; beside?: string; start: number; end: number } | undefined {
  const stamp = ENTRY_STAMP.exec(sentence);
  const written = stamp?.groups!.place;
  if (!written || !/^\p{Lu}/u.test(written)) return undefined;
  const start = stamp![0].indexOf(written);
  const [name, beside] = written.split(/,\s*/);
  return { name: name!, ...(beside ? { beside } : {}), start, end: start + written.length };
}

/** After a dateline that ends in a dash, an outlet's name closed by another: "OTTAWA — Maple Ledger — …". */
const OUTLET_BETWEEN_DASHES = /^(?:\p{Lu}[\p{L}\p{M}'’.&-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.&-]*(?=\s*(?:--|[-–—])\s)/u;

/**
 * Where a story's first sentence names its outlet after the dateline, between dashes ("OTTAWA —
 * Maple Ledger — Mexico's foreign minister …"): whatever is named there is the outlet, no one in
 * the news and no body taking part.
 */
export function outletAfterDateline(sentence: string): { start: number; end: number } | undefined {
  const start = datelineLength(sentence);
  if (start === 0 || !/(?:--|[-–—])\s*$/.test(sentence.slice(0, start))) return undefined;
  const outlet = OUTLET_BETWEEN_DASHES.exec(sentence.slice(start));
  return outlet ? { start, end: start + outlet[0].length } : undefined;
}
