import type { Sentence } from '../types.ts';
import type { ArticleEvents, UndatedCandidate } from './candidate.ts';
import { HORIZON_DENIED_BEFORE, PLAN_MARKER, VAGUE_HORIZON } from './lexicon.ts';

const PLAN = new RegExp(PLAN_MARKER.source, 'i');

/** The sentence's vague horizon, unless it is denied. */
function putOffPlan(text: string): boolean {
  const horizon = VAGUE_HORIZON.exec(text);
  return horizon !== null && !HORIZON_DENIED_BEFORE.test(text.slice(0, horizon.index)) && PLAN.test(text);
}

/**
 * "The government says it will table the bill in the coming weeks", "The next stages are expected in the
 * coming days": a plan put off to a horizon too vague to place (VAGUE_HORIZON) is a report of no day
 * whatever its verb, so a sentence that tells one and that no trigger read is listed with the article's
 * undated mentions, as a plan a trigger tells with such a horizon is (tests/fixtures/own-conventions.md,
 * "Weeks"). It names no one: who and where are the trigger's to read, so it ties to no event.
 */
export function withPlansPutOff(articleId: string, sentences: Sentence[], found: ArticleEvents): ArticleEvents {
  const read = new Set([...found.candidates.flatMap((c) => c.evidence.map((e) => e.sentence)), ...found.undated.map((u) => u.evidence.sentence)]);
  const putOff: UndatedCandidate[] = sentences
    .filter((s) => !read.has(s.index) && putOffPlan(s.text))
    .map((s) => ({ article: articleId, kind: 'other', status: 'planned', participants: [], place: null, evidence: { sentence: s.index, text: s.text, start: s.start, end: s.end } }));
  return putOff.length === 0 ? found : { ...found, undated: [...found.undated, ...putOff] };
}
