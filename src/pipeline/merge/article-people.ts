import type { CandidateEvent } from '../events/candidate.ts';
import { oncePerObject } from '../memo.ts';
import { foldLetters } from '../parse/fold.ts';

/**
 * A call its sentences name no one on the line of ("The first call was Monday night, Tokyo time",
 * "Yesterday, Friday, another call, shorter", "The second conversation lasted twenty minutes"):
 * a transcript or a commentary names the two leaders around it, in the sentences before or after,
 * often by surname only ("Takaichi asked for it … Trump listened"), which names no one the name
 * reader can be sure of. Such a call keeps its article's text, and merging may join it to the one
 * call of its day whose people its article names (ties.ts `namedByItsArticle`). Only calls with no
 * one taking part (a transcript's speaker tag may be mentioned): the rest are tied by their own sentences.
 */
export function keepArticleOfNamelessCalls(candidates: CandidateEvent[], body: string): void {
  for (const c of candidates) if (c.kind === 'call' && c.participants.length === 0) c.articleText = body;
}

/**
 * Whether a nameless call's article names a person by the last word of their id, the surname
 * ("sanae-takaichi": "Takaichi"; "donald-trump": "Trump"), letters folded as ids fold them.
 * The article is folded once a report, each surname's pattern made once: a call meets every call of its day.
 */
export function articleNamesSurname(report: CandidateEvent, person: string): boolean {
  let pattern = SURNAMES.get(person);
  if (!pattern) {
    const surname = person.split('-').at(-1)!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(String.raw`\b${surname}\b`, 'i');
    SURNAMES.set(person, pattern);
  }
  return report.articleText !== undefined && pattern.test(foldedArticle(report));
}

const SURNAMES = new Map<string, RegExp>();

const foldedArticle = oncePerObject((report: CandidateEvent) => foldLetters(report.articleText ?? ''));
