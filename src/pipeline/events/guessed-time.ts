import type { TemporalExpression } from '../dates/index.ts';
import { GUESS_BEFORE } from './lexicon.ts';
import type { Mention } from './mention.ts';

/** How far before a time its hedge is read: the longest hedge ("possibly as early as in ") fits, a clause's earlier words do not. */
const GUESS_REACH = 30;

/**
 * "would like to visit Africa, perhaps next year", "will go to Kyiv …, perhaps at the weekend": a time the writer only guesses at
 * for a plan dates nothing, so the plan stays an undated mention rather than taking a day no one has set. A guess at when a past
 * act took place ("the envoy arrived in Maun, perhaps on Monday") still places it: it happened, and that day is the best told.
 * The act a guess hedges is the last one told before it, and its own clause's tense decides, not the day the guess resolves to
 * ("will meet again, maybe in December" is a plan even when December reads as the one just gone).
 */
export function withoutGuessedTimes(times: TemporalExpression[], text: string, acts: readonly Mention[]): TemporalExpression[] {
  return times.filter((t) => !GUESS_BEFORE.test(text.slice(Math.max(0, t.start - GUESS_REACH), t.start)) || hedgesPastAct(t, acts));
}

function hedgesPastAct(time: TemporalExpression, acts: readonly Mention[]): boolean {
  const hedged = acts.filter((m) => m.end <= time.start).sort((a, b) => b.end - a.end)[0];
  return hedged?.mood === 'past';
}
