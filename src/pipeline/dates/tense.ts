/**
 * The tense around a temporal expression, judged from the nearest verb marker in its
 * clause (then its sentence). News convention: a bare "Thursday" means the coming one
 * in "will meet on Thursday" and the past one in "met on Thursday". The cues themselves
 * are the table in cues.ts.
 */
import { MARKERS, SIGNALS, type Signal } from './cues.ts';

export type Tense = 'past' | 'future';

interface Span {
  start: number;
  end: number;
}

const ABBREVIATION = /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Prof|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|U\.S|U\.N|U\.K|a\.m|p\.m))$/;

/** The sentence (line, or run ending in . ! ?) around `offset`. */
export function sentenceAround(text: string, offset: number): Span {
  let start = offset;
  while (start > 0 && !isSentenceBreak(text, start - 1)) start--;
  let end = offset;
  while (end < text.length && !isSentenceBreak(text, end)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

function isSentenceBreak(text: string, i: number): boolean {
  const char = text[i];
  if (char === '\n') return true;
  if (char !== '.' && char !== '!' && char !== '?') return false;
  const after = text.slice(i + 1, i + 4);
  if (!/^["”’')\]]*(\s|$)/.test(after)) return false;
  return char !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, i - 6), i));
}

const CLAUSE_BREAK = /[,;:()—–]|\s-{1,2}\s|\b(?:as|while|whereas|because|but|although|though|after|before|since|when|who|which|that|where)\b/gi;

interface Found extends Span {
  tense: Tense | 'none';
  firm: boolean;
  before?: Tense;
}

interface MarkerAt extends Span {
  tense: Tense;
  firm: boolean;
  before?: Tense;
}

// The markers of the sentences of the text last read: every expression of a sentence asks for them.
let markedText = '';
const markedSentences = new Map<number, MarkerAt[]>();

/** The markers of cues.ts found in sentence `span` of `text`, in table order (see there for how they mask). */
function markers(text: string, span: Span): MarkerAt[] {
  if (text !== markedText) {
    markedText = text;
    markedSentences.clear();
  }
  const known = markedSentences.get(span.start);
  if (known) return known;
  const found = markersIn(text, span);
  markedSentences.set(span.start, found);
  return found;
}

function markersIn(text: string, span: Span): MarkerAt[] {
  const slice = text.slice(span.start, span.end);
  const found: Found[] = [];
  for (const marker of MARKERS) {
    for (const match of slice.matchAll(marker.pattern)) {
      const start = span.start + match.index;
      if (marker.tense !== 'none' && found.some((m) => start >= m.start && start < m.end)) continue;
      found.push({ start, end: start + match[0].length, tense: marker.tense, firm: marker.firm, ...(marker.before ? { before: marker.before } : {}) });
    }
  }
  return found.filter((m): m is MarkerAt => m.tense !== 'none');
}

/** The first signal of cues.ts beside text[start, end), if any. */
export function signalAt(text: string, start: number, end: number): Signal | undefined {
  return SIGNALS.find(({ side, reach, pattern }) => pattern.test(side === 'before' ? text.slice(Math.max(0, start - reach), start) : text.slice(end, end + reach)));
}

function clauseAround(text: string, sentence: Span, expression: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  const slice = text.slice(sentence.start, sentence.end);
  for (const match of slice.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + match.index;
    if (at + match[0].length <= expression.start) start = Math.max(start, at + match[0].length);
    else if (at >= expression.end) end = Math.min(end, at);
  }
  return { start, end };
}

/** The closest marker before the expression (its verb usually precedes it), else the closest after. */
function nearest(found: MarkerAt[], expression: Span): MarkerAt | undefined {
  const outside = found.filter((m) => m.end <= expression.start || m.start >= expression.end);
  const before = outside.filter((m) => m.end <= expression.start).sort((a, b) => b.end - a.end);
  const after = outside.filter((m) => m.start >= expression.end).sort((a, b) => a.start - b.start);
  return before[0] ?? after[0];
}

/**
 * Where a tense may be read: the expression's own clause, or failing that its sentence.
 * A whole year hangs on the tense of "March" or "October 6", so those read the clause only:
 * a verb in another clause ("talks, mediated by …, come … on February 24") says little.
 */
export type TenseScope = 'clause' | 'sentence';

// Only a preposition or a quote mark before it: the expression opens its sentence.
const OPENS_SENTENCE = /^[\s"“'‘(]*(?:(?:on|in|by|at|during|from|until|since|early|late|and|but|then)\s+)*$/i;

/**
 * Tense of the clause holding text[start, end), else (scope 'sentence', or an expression that
 * opens its sentence: "In January, the company cut jobs") of its sentence; undefined when unmarked.
 * With firmFuture, a modal or a participle ("could not be located Wednesday", "a service
 * planned for Saturday") says future only beside a firm marker ("will", "is scheduled to").
 */
export function tenseAt(text: string, start: number, end: number, scope: TenseScope = 'sentence', firmFuture = false): Tense | undefined {
  const expression = { start, end };
  const sentence = sentenceAround(text, start);
  const inSentence = markers(text, sentence);
  const clause = clauseAround(text, sentence, expression);
  const inClause = inSentence.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const marker = nearest(inClause, expression) ?? (scope === 'clause' && !OPENS_SENTENCE.test(text.slice(sentence.start, start)) ? undefined : nearest(inSentence, expression));
  if (marker && marker.before && marker.start >= end) return marker.before;
  if (!marker || marker.firm || !firmFuture) return marker?.tense;
  return inSentence.some((m) => m.firm && m.tense === 'future') ? 'future' : undefined;
}
