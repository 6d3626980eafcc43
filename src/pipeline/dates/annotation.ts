/**
 * Rules attach their reading to a chrono result, so it travels through chrono's pipeline with
 * the result. A reading is only trusted for the exact text it was made for. Chrono hands the
 * same result objects from parser to refiner to caller, so a WeakMap holds the readings: no
 * serialising into tags, which the refiners would parse again and again.
 */
import type { ParsedResult, ParsingResult } from 'chrono-node';
import type { Timex } from './model.ts';

interface Reading {
  index: number;
  text: string;
  timex: Timex;
}

const readings = new WeakMap<ParsedResult, Reading>();

export function annotate(result: ParsingResult, timex: Timex): ParsingResult {
  readings.set(result, { index: result.index, text: result.text, timex });
  return result;
}

export function readingOf(result: ParsedResult): Timex | undefined {
  const reading = readings.get(result);
  return reading && reading.index === result.index && reading.text === result.text ? reading.timex : undefined;
}

export function isAnnotated(result: ParsedResult): boolean {
  return readingOf(result) !== undefined;
}
