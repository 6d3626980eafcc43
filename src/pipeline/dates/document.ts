/**
 * What every stage knows about the document being read, computed once per call of
 * findTemporalExpressions: its reference day (the publication day). It travels in chrono's
 * parsing option, the one object chrono hands unchanged to every parser and refiner.
 */
import type { ParsingContext, ParsingOption } from 'chrono-node';
import type { Day } from './calendar.ts';

export interface DocumentFrame {
  /** The publication day, as written (its calendar day, whatever the zone). */
  reference: Day;
}

// Under a symbol of ours, which chrono never reads (a WeakMap cost an entry per call for the collector to trace).
const FRAME = Symbol('dateline document');
type FramedOption = ParsingOption & { [FRAME]?: DocumentFrame };

/** The parsing option that carries `frame` to every stage. */
export function documentOption(frame: DocumentFrame): ParsingOption {
  const option: FramedOption = { [FRAME]: frame };
  return option;
}

function documentOf(context: ParsingContext): DocumentFrame {
  const frame = (context.option as FramedOption)[FRAME];
  if (!frame) throw new Error('date rules run only through findTemporalExpressions, which gives them the document');
  return frame;
}

export function referenceDayOf(context: ParsingContext): Day {
  return documentOf(context).reference;
}
