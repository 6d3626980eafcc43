import { describe, expect, it } from 'vitest';
import { nextWholeWord, wholeWordsAt } from './whole-word.ts';

/** What the pattern the search stands in for finds: its offsets, match for match. */
const byPattern = (text: string, word: string): number[] => [...text.matchAll(new RegExp(`(?<![\\p{L}])${RegExp.escape(word)}(?![\\p{L}])`, 'gu'))].map((m) => m.index);

describe('wholeWordsAt', () => {
  it.each([
    ['Putin met Putina and Putin’s aide; (Putin)', 'Putin'],
    ['Lavrov,Lavrovs Lavrov-led Lavrov1 _Lavrov', 'Lavrov'],
    ['Støre and Støre Jonas Gahr Støre Størel', 'Støre'],
    ['Erdoğan Erdoğanı Erdoğan.', 'Erdoğan'],
    ['Ana Ana Ana', 'Ana Ana'],
    ['Li Li Li', 'Li'],
    ['Wang Yi Wang Yiwu', 'Wang Yi'],
    ['𝐀Kim Kim𝐀 Kim 😀Kim Kim😀', 'Kim'],
    ['\ud835Kim \udc00Kim Kim', 'Kim'],
    ['Ab', ''],
    ['', ''],
    ['a b', ''],
  ])('finds in %j what the whole-word pattern finds for %j', (text, word) => {
    expect([...wholeWordsAt(text, word)]).toEqual(byPattern(text, word));
  });

  it('finds the word at either end of the text and none inside another word', () => {
    expect([...wholeWordsAt('Sharif met Sharif', 'Sharif')]).toEqual([0, 11]);
    expect([...wholeWordsAt('Sharifs and Nawazsharif', 'Sharif')]).toEqual([]);
  });

  it('takes a letter beyond the Basic Multilingual Plane beside a word as a letter, an emoji not', () => {
    expect(nextWholeWord('𝐀Kim', 'Kim')).toBe(-1);
    expect(nextWholeWord('😀Kim', 'Kim')).toBe(2);
  });

  it('never starts a match inside a surrogate pair', () => {
    // The low half of 😀 alone: the pattern, reading code points, never sees it apart.
    expect(nextWholeWord('😀', '\ude00')).toBe(-1);
    expect(byPattern('😀', '\ude00')).toEqual([]);
  });
});
