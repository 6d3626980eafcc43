import type { TemporalExpression } from '../dates/index.ts';
import { GUESS_BEFORE } from './lexicon.ts';

/** How far before a time its hedge is read: the longest hedge ("possibly as early as in ") fits, a clause's earlier words do not. */
const GUESS_REACH = 30;

/**
 * "would like to visit Africa, perhaps next year", "will go to Kyiv …, perhaps at the weekend": a time the writer only guesses at
 * dates nothing, so the plan stays an undated mention rather than taking a day no one has set.
 */
export function withoutGuessedTimes(times: TemporalExpression[], text: string): TemporalExpression[] {
  return times.filter((t) => !GUESS_BEFORE.test(text.slice(Math.max(0, t.start - GUESS_REACH), t.start)));
}
