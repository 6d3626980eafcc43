import type { CandidateEvent } from '../events/candidate.ts';
import { oncePerObject } from '../memo.ts';
import { foldLetters } from '../parse/fold.ts';
import { happeningFamily } from './family.ts';

/**
 * A call or a gathering its sentences name no one at ("The first call was Monday night, Tokyo
 * time", "Yesterday, Friday, another call, shorter"; "The meeting ran past midnight", "Thursday's
 * session at the palace was the longer one"): a transcript, a commentary or a column names the
 * people around it, in the sentences before or after, often by surname only ("Takaichi asked for
 * it … Trump listened"), which names no one the name reader can be sure of. Such a report keeps its
 * article's text, and merging may join it to the one call or gathering of its day whose people its
 * article names (ties.ts `namedByItsArticle`). Only reports with no one taking part (a transcript's
 * speaker tag may be mentioned): the rest are tied by their own sentences.
 */
export function keepArticleOfNamelessReports(candidates: CandidateEvent[], body: string): void {
  for (const c of candidates) if (c.participants.length === 0 && (c.kind === 'call' || happeningFamily(c) === 'gathering')) c.articleText = body;
}

/**
 * Whether a nameless report's article names a person by the last word of their id, the surname
 * ("sanae-takaichi": "Takaichi"; "donald-trump": "Trump"), letters folded as ids fold them.
 * The article is folded once a report, each surname's pattern made once: a report meets every report of its sort and day.
 */
export function articleNamesSurname(report: CandidateEvent, person: string): boolean {
  let pattern = SURNAME_PATTERNS.get(person);
  if (!pattern) {
    pattern = new RegExp(String.raw`\b${RegExp.escape(person.split('-').at(-1)!)}\b`, 'i');
    SURNAME_PATTERNS.set(person, pattern);
  }
  return report.articleText !== undefined && pattern.test(foldedArticle(report));
}

const SURNAME_PATTERNS = new Map<string, RegExp>();

const foldedArticle = oncePerObject((report: CandidateEvent) => foldLetters(report.articleText ?? ''));
