/**
 * Rules attach their reading to a chrono result as a tag, so it travels through chrono's
 * pipeline with the result. A reading is only trusted for the exact text it was made for.
 */
import type { ParsedResult, ParsingResult } from 'chrono-node';
import type { Timex } from './model.ts';

const PREFIX = 'dateline/timex:';

interface Reading {
  index: number;
  text: string;
  timex: Timex;
}

export function annotate(result: ParsingResult, timex: Timex): ParsingResult {
  const reading: Reading = { index: result.index, text: result.text, timex };
  return result.addTag(PREFIX + JSON.stringify(reading));
}

export function readingOf(result: ParsedResult): Timex | undefined {
  let timex: Timex | undefined;
  for (const tag of result.tags()) {
    if (!tag.startsWith(PREFIX)) continue;
    const reading = JSON.parse(tag.slice(PREFIX.length)) as Reading;
    if (reading.index === result.index && reading.text === result.text) timex = reading.timex;
  }
  return timex;
}

export function isAnnotated(result: ParsedResult): boolean {
  return readingOf(result) !== undefined;
}
