import { CLAUSE_END_AFTER, NON_RESTRICTIVE, REPORTED_CLAUSE_AFTER } from './lexicon.ts';

/** The text from `index` up to the next clause boundary. */
export function clauseAfter(text: string, index: number): string {
  const aside = NON_RESTRICTIVE.exec(text.slice(index));
  const from = index + (aside?.[0].length ?? 0);
  const tail = text.slice(from, from + 60);
  const ends = [tail.search(CLAUSE_END_AFTER), tail.search(REPORTED_CLAUSE_AFTER)].filter((at) => at >= 0);
  return ends.length === 0 ? tail : tail.slice(0, Math.min(...ends));
}

/** The text from the last clause boundary before `index` up to it. */
export function clauseBefore(text: string, index: number): string {
  const head = text.slice(0, index);
  const boundary = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' — '), head.lastIndexOf(': '));
  return head.slice(boundary + 1);
}
