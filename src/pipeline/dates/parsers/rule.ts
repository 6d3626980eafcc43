/**
 * A named rule as a chrono parser: a regular expression plus a reading of each match.
 * The reading is attached to the chrono result (see annotation.ts).
 */
import type { Parser } from 'chrono-node';
import { annotate } from '../annotation.ts';
import type { Day } from '../calendar.ts';
import { referenceDayOf } from '../document.ts';
import type { Example, Timex } from '../model.ts';
import { type Tense, type TenseScope, tenseAt } from '../tense.ts';
import { isVetoed, vetoesOf } from '../vetoes.ts';

export interface RuleMatch {
  groups: (string | undefined)[];
  text: string;
  index: number;
  reference: Day;
  /** Up to 40 characters either side of the match. */
  before: string;
  after: string;
  /** Tense around the match (computed on demand); see TenseScope. */
  tense(scope?: TenseScope): Tense | undefined;
}

export interface Rule {
  name: string;
  /** Matched case-insensitively, on word boundaries. */
  pattern: RegExp;
  read(match: RuleMatch): Timex | null;
  /** What it reads, run by examples.test.ts. */
  examples: Example[];
}

export function ruleParser(rule: Rule): Parser {
  const pattern = new RegExp(String.raw`(?<![\w’'])(?:${rule.pattern.source})(?![\w])`, 'i');
  const vetoes = vetoesOf(rule.name);
  return {
    pattern: () => pattern,
    extract(context, match) {
      const index = match.index ?? 0;
      if (/[\w’']/.test(context.text[index - 1] ?? '')) return null; // chrono may resume mid-word
      const text = match[0];
      if (isVetoed(vetoes, { text: context.text, start: index, end: index + text.length })) return null;
      const timex = rule.read({
        groups: [...match],
        text,
        index,
        reference: referenceDayOf(context),
        before: context.text.slice(Math.max(0, index - 40), index),
        after: context.text.slice(index + text.length, index + text.length + 40),
        tense: (scope) => tenseAt(context.text, index, index + text.length, scope),
      });
      if (!timex) return null;
      return annotate(context.createParsingResult(index, text), timex).addTag(`dateline/rule:${rule.name}`);
    },
  };
}
