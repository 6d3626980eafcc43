import type { Sentence } from '../types.ts';
import type { ArticleEvents, UndatedCandidate } from './candidate.ts';
import { DAY_NOT_SET, HORIZON_DENIED_BEFORE, PLAN_MARKER, TIME_ALLOWED, VAGUE_HORIZON } from './lexicon.ts';

const PLAN = new RegExp(PLAN_MARKER.source, 'i');

/** Where a horizon stands in the sentence, unless it is denied ("will not end soon"). */
function horizonAt(horizon: RegExp, text: string): boolean {
  const found = horizon.exec(text);
  return found !== null && !HORIZON_DENIED_BEFORE.test(text.slice(0, found.index));
}

/** A plan with a vague horizon, a span given for what is to be done (which is its plan), or a plan its sentence says has no day yet. */
function putOffPlan(text: string): boolean {
  return (horizonAt(VAGUE_HORIZON, text) && PLAN.test(text)) || horizonAt(TIME_ALLOWED, text) || DAY_NOT_SET.test(text);
}

/**
 * "The government says it will table the bill in the coming weeks", "The next stages are expected in the
 * coming days", "An inquiry could take months", "No return date has been fixed.": a plan put off to a horizon too
 * vague to place (VAGUE_HORIZON, TIME_ALLOWED) or told with no day set (DAY_NOT_SET) is a report of no day
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
