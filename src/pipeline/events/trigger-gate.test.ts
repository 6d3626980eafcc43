// The words a trigger's pattern cannot match without are looked for in the sentence before the
// pattern is tried (triggers.ts REQUIRED_WORDS): where they must stand side by side, a sentence
// holding them apart or inside other words is not tried.
import { describe, expect, it } from 'vitest';
import { mayMatch, TRIGGERS } from './triggers.ts';

/** The rules whose pattern matches `text`, by their place in TRIGGERS. */
const rulesMatching = (text: string): number[] =>
  TRIGGERS.flatMap((rule, i) => (new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).test(text) ? [i] : []));

describe('a trigger is tried on a sentence holding its words where its pattern needs them', () => {
  const visit = 'The premier went to the cathedral of Varna on Sunday.';
  const rules = rulesMatching(visit);

  it('tries each rule on a sentence it matches', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(mayMatch(rule, visit)).toBe(true);
  });

  it('not on one with "went" and "to" apart, or "to" inside other words', () => {
    for (const text of ['The premier went on to praise the history of the cathedral.', 'Talks moved into a third day in Varna on Sunday.']) {
      for (const rule of rules) expect(mayMatch(rule, text), `${TRIGGERS[rule]!.kind} on ${text}`).toBe(false);
    }
  });
});
