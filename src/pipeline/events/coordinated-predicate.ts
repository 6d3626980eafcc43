/**
 * "The two ministers met in Lusk on Monday and signed an accord on river traffic", "received the envoy on Tuesday, and they signed
 * a twinning charter": a second predicate of the same subject, joined by "and" and told as done, or as planned, like the first, with no day of its own,
 * happened on the first's day, not on the day the story was published.
 */
import { SAME_SUBJECT_AND } from './lexicon.ts';
import type { Mention } from './mention.ts';

/** Gives each undated second predicate the day of the dated event its "and" joins it to (in order, so a third takes the second's). */
export function datedByCoordinatedPredicate(found: Mention[], text: string): void {
  const inOrder = [...found].sort((a, b) => a.start - b.start);
  for (const [i, m] of inOrder.entries()) {
    if (m.date || m.dateWithheld || m.dayless || m.series || m.reference || m.topic || m.quoted || m.rule.kind === 'statement') continue;
    const first = inOrder[i - 1];
    if (!first?.date || first.rule.kind === 'statement' || first.end > m.start || first.future !== m.future || (first.mood === 'plan') !== (m.mood === 'plan')) continue;
    if (!SAME_SUBJECT_AND.test(text.slice(first.end, m.start))) continue;
    [m.date, m.dateAt] = [first.date, undefined];
  }
}
