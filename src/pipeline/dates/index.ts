/**
 * The date resolver: finds temporal expressions in news text and resolves them against the
 * publication date, following news conventions (see README and the tests beside this file).
 */
import { readingOf } from './annotation.ts';
import { type Day, parseReferenceDay } from './calendar.ts';
import { datelineChrono } from './chrono.ts';
import { documentOption } from './document.ts';
import type { ParsingOption, ParsingReference } from 'chrono-node';
import type { TemporalExpression } from './model.ts';
import { QUOTATION_MARK, withQuotedMessages } from './quotedMessages.ts';

export type { TemporalExpression, TimexType } from './model.ts';

export interface Passage {
  /**
   * The text before `text` in its paragraph (earlier sentences). Read for context only: a
   * scene it sets ("In February 2025, …") anchors the year-less dates of `text` (see
   * refiners/narrative.ts), an antecedent it names anchors "the following day"; its own
   * expressions are not returned.
   */
  before?: string;
}

/**
 * @param text a sentence or a whole document
 * @param reference the publication date, ISO date or date-time (its written calendar day is used)
 * @returns the expressions of `text`, with offsets into `text`
 */
export function findTemporalExpressions(text: string, reference: string, passage: Passage = {}): TemporalExpression[] {
  const context = passage.before ? `${passage.before} ` : '';
  const whole = context + text;
  const day = referenceDay(reference);
  return withQuotedMessages(whole, read(whole, day, keptAlone(passage.before, text) ? context.length : 0), read, day)
    .filter((e) => e.start >= context.length)
    .map((e) => ({ ...e, start: e.start - context.length, end: e.end - context.length }));
}

/** The last reference read and its day: an article's sentences are read against one (no stage changes a day in place). */
let lastReference: { text: string; day: Day } | undefined;

function referenceDay(reference: string): Day {
  if (lastReference?.text !== reference) lastReference = { text: reference, day: parseReferenceDay(reference) };
  return lastReference.day;
}

/**
 * What chrono is given for the last day read against: an article's sentences and quotations are
 * read against one day, and neither chrono nor a stage writes to either object (each parse makes
 * its own context of them).
 */
let lastFrame: { day: Day; reference: ParsingReference; option: ParsingOption } | undefined;

function frameOf(day: Day): { reference: ParsingReference; option: ParsingOption } {
  if (lastFrame?.day !== day) {
    // Noon UTC on the reference day: chrono sees the same calendar day in every time zone.
    lastFrame = { day, reference: { instant: new Date(day.getTime() + NOON), timezone: 0 }, option: documentOption({ reference: day }) };
  }
  return lastFrame;
}

// A sentence's last mark, then what closes a quotation or an aside.
const ENDS_A_SENTENCE = /[.!?]["”’')\]]*$/;
// A day listed after another ("March 3, 4 and 5", refiners/dayLists.ts) joins it by a comma, "and" or "&".
const OPENS_BY_JOINING = /^\s*(?:[,&]|and\s)/;

/**
 * Whether the expressions of `text` read after `before` are none when the parsers find none
 * ending in `text`: then the refiners need not read those of `before` (a paragraph's earlier
 * sentences, read again for every sentence after them), whose readings are dropped. A refiner
 * moves an expression back or keeps its start (a leading word cut lies inside it), and makes one
 * only beside another (a day listed after it: not across the end of a sentence, so `before`
 * must end one and `text` not open by joining a day to it); and a quotation in `text` may be
 * read again against a day told in `before` (withQuotedMessages), so `text` has no quotation mark.
 */
function keptAlone(before: string | undefined, text: string): boolean {
  return before !== undefined && ENDS_A_SENTENCE.test(before) && !OPENS_BY_JOINING.test(text) && !QUOTATION_MARK.test(text);
}

/** Every expression of `text` read against `day`, with offsets into `text`; none when none would start at `kept` or after (see keptAlone). */
function read(text: string, day: Day, kept = 0): TemporalExpression[] {
  const { reference, option } = frameOf(day);
  const expressions: TemporalExpression[] = [];
  for (const result of datelineChrono.parseKeeping(kept, text, reference, option)) {
    const timex = readingOf(result);
    if (timex) expressions.push({ start: result.index, end: result.index + result.text.length, text: result.text, ...timex });
  }
  return expressions;
}

const NOON = 12 * 60 * 60 * 1000;
