import { CLAUSE_END_AFTER, NON_RESTRICTIVE } from './lexicon.ts';

/** The text from `index` up to the next clause boundary. */
export function clauseAfter(text: string, index: number): string {
  const aside = NON_RESTRICTIVE.exec(text.slice(index));
  const from = index + (aside?.[0].length ?? 0);
  const tail = text.slice(from, from + 60);
  const boundary = tail.search(CLAUSE_END_AFTER);
  return boundary === -1 ? tail : tail.slice(0, boundary);
}

/** The text from the last clause boundary before `index` up to it. */
export function clauseBefore(text: string, index: number): string {
  const head = text.slice(0, index);
  const boundary = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' — '), head.lastIndexOf(': '));
  return head.slice(boundary + 1);
}
