/** The public shapes of the date resolver (re-exported by index.ts). */
import type { CalendarDate } from '../types.ts';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TemporalExpression {
  /** JS string offsets into the input text, end exclusive. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TimeML value: 2026-02-26, 2026-03, 2026-W09, 2026-W08-WE, 1994, P2D, PT30M, PAST_REF … */
  value: string;
  /** TimeML mod: START (early), MID, END (late), APPROX (around), ON_OR_AFTER, LESS_THAN … */
  mod?: string;
  /** For DATE/TIME expressions that resolve to calendar days, and for days counted on from a day named ("three days later" P3D), the day they end on: the event they time takes it. */
  date?: CalendarDate;
  /** True when resolved against the reference (weekday, last week, a year-less date …). */
  relative?: boolean;
}

/**
 * An example a rule, tense cue or stage carries, run by examples.test.ts: in `text`
 * published on `ref`, the resolver finds the expression `finds` with the TimeML `value`.
 */
export interface Example {
  text: string;
  ref: string;
  finds: string;
  value: string;
}

/** What a rule decided about one span: a TemporalExpression without its offsets. */
export type Timex = Omit<TemporalExpression, 'start' | 'end' | 'text'>;
