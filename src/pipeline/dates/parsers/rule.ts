/**
 * A named rule as a chrono parser: a regular expression plus a reading of each match.
 * The reading is attached to the chrono result (see annotation.ts).
 */
import type { Parser } from 'chrono-node';
import { annotate } from '../annotation.ts';
import type { Day } from '../calendar.ts';
import { referenceDayOf } from '../document.ts';
import type { Example, Timex } from '../model.ts';
import { type Tense, type TenseRead, type TenseScope, pastActAt, sentenceAround, sentenceBeforeEnd, sentenceBeforeStart, signalAt, signalledTense, tenseReader } from '../tense.ts';
import { yearless } from '../refiners/narrative.ts';
import { isVetoed, vetoesOf } from '../vetoes.ts';

export interface RuleMatch {
  groups: (string | undefined)[];
  text: string;
  index: number;
  reference: Day;
  /** Up to 40 characters either side of the match. */
  before: string;
  after: string;
  /** The match's sentence up to the match. */
  earlierInSentence(): string;
  /** The sentence before the match's (across a paragraph break too: a wire's paragraph is often one sentence); empty at the text's start. */
  sentenceBefore(): string;
  /** The text's first line when the match lies after it: a whole page's heading ("Storm Idris live: …"); empty in a sentence read alone. */
  heading(): string;
  /** Tense around the match (computed on demand); see TenseScope. */
  tense(scope?: TenseScope): Tense | undefined;
  /**
   * tense(), else, where the verbs around say none (a present), as a signal beside the match says
   * ("wants a levy in", "the prospect of … in"; cues.ts): "doctors recommend a booster in the spring" looks ahead.
   */
  tenseElseSignal(scope?: TenseScope): Tense | undefined;
  /** The tense a signal beside the match gives it, else tense(), as chrono's months are read: "was moved to May" is a May ahead, whatever the moving's past. */
  signalled(scope?: TenseScope): Tense | undefined;
  /** Whether the match is the day of a past act ("met on Christmas Day"); see tense.ts pastActAt. */
  pastAct(): boolean;
}

export interface Rule {
  name: string;
  /** Matched case-insensitively, on word boundaries. */
  pattern: RegExp;
  read(match: RuleMatch): Timex | null;
  /** What it reads, run by examples.test.ts. */
  examples: Example[];
  /**
   * The same match read in another year, for a reading whose year was chosen against the
   * publication day ("at Christmas", "the summer"); null when the match fixes its year
   * ("last Christmas", "Christmas 1994"). Narrative anchoring moves such a reading into the
   * year of the story's scene (refiners/narrative.ts).
   */
  readIn?(match: RuleMatch, year: number): Timex | null;
  /**
   * False only for a text in which the rule can read nothing, asked before its pattern is
   * tried (dates/chrono.ts): for a rule whose pattern matches far more than it reads, where
   * the words its pattern needs (required-words.ts) are in most sentences it reads nothing in.
   */
  mayRead?(text: string): boolean;
}

/** A rule as a chrono parser, with the rule's mayRead for the gate before its pattern. */
export type RuleParser = Parser & Pick<Rule, 'mayRead'>;

/** The tag a rule's results carry, by which later stages tell them. */
export const ruleTag = (name: string): string => `dateline/rule:${name}`;

export function ruleParser(rule: Rule): RuleParser {
  const pattern = new RegExp(String.raw`(?<![\w’'])(?:${rule.pattern.source})(?![\w])`, 'i');
  const vetoes = vetoesOf(rule.name);
  return {
    pattern: () => pattern,
    ...(rule.mayRead ? { mayRead: rule.mayRead } : {}),
    extract(context, match) {
      const index = match.index ?? 0;
      if (/[\w’']/.test(context.text[index - 1] ?? '')) return null; // chrono may resume mid-word
      const text = match[0];
      if (isVetoed(vetoes, { text: context.text, start: index, end: index + text.length })) return null;
      const tense = tenseReader(context.text, index, index + text.length);
      let signalled: TenseRead | undefined;
      const ruleMatch: RuleMatch = {
        groups: [...match],
        text,
        index,
        reference: referenceDayOf(context),
        before: context.text.slice(Math.max(0, index - 40), index),
        after: context.text.slice(index + text.length, index + text.length + 40),
        earlierInSentence: () => context.text.slice(sentenceAround(context.text, index).start, index),
        sentenceBefore: () => sentenceBefore(context.text, index),
        heading: () => {
          const line = HEADING.exec(context.text)![0];
          return index >= line.length ? line : '';
        },
        tense,
        tenseElseSignal: (scope) => tense(scope) ?? ruleMatch.signalled(scope),
        signalled: (scope) => (signalled ??= signalledTense(signalAt(context.text, index, index + text.length), tense))(scope),
        pastAct: () => pastActAt(context.text, index, index + text.length),
      };
      const timex = rule.read(ruleMatch);
      if (!timex) return null;
      const result = annotate(context.createParsingResult(index, text), timex).addTag(ruleTag(rule.name));
      const readIn = rule.readIn;
      if (readIn && readIn(ruleMatch, ruleMatch.reference.getFullYear())) {
        yearless(result, { tense: ruleMatch.tense('clause'), readIn: (year) => readIn(ruleMatch, year) ?? timex });
      }
      return result;
    },
  };
}

const HEADING = /^\s*[^\n]{0,160}/;

/** The sentence before the one around `offset`, blank lines skipped; empty when there is none. */
function sentenceBefore(text: string, offset: number): string {
  return text.slice(sentenceBeforeStart(text, offset), sentenceBeforeEnd(text, offset));
}
