/**
 * Rules attach their reading to a chrono result, so it travels through chrono's pipeline with
 * the result. A reading is only trusted for the exact text it was made for. Chrono hands the
 * same result objects from parser to refiner to caller, so the reading rides on the object under
 * a symbol of ours (invisible to chrono and to JSON; a WeakMap cost a hash entry per result for
 * the collector to trace): no serialising into tags, which the refiners would parse again and again.
 */
import type { ParsedResult, ParsingResult } from 'chrono-node';
import type { Timex } from './model.ts';

interface Reading {
  index: number;
  text: string;
  timex: Timex;
}

const READING = Symbol('dateline reading');
type Annotated = ParsedResult & { [READING]?: Reading };

export function annotate(result: ParsingResult, timex: Timex): ParsingResult {
  (result as Annotated)[READING] = { index: result.index, text: result.text, timex };
  return result;
}

export function readingOf(result: ParsedResult): Timex | undefined {
  const reading = (result as Annotated)[READING];
  return reading && reading.index === result.index && reading.text === result.text ? reading.timex : undefined;
}

export function isAnnotated(result: ParsedResult): boolean {
  return readingOf(result) !== undefined;
}
