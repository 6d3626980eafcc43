/**
 * The tense around a temporal expression, judged from the nearest verb marker in its
 * clause (then its sentence). News convention: a bare "Thursday" means the coming one
 * in "will meet on Thursday" and the past one in "met on Thursday".
 */
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

// A future marker masks the verb it governs ("will be held" is future, not past "held").
const FIRM_FUTURE = new RegExp(
  [
    // An adverb between the modal and its verb keeps the verb masked: "would still be held".
    String.raw`\b(?:will|won['’]t|shall|would|wo\s+n't)\s+(?:(?:\w+ly|not|still|also|then|now|soon|only|never|again|even|first)\s+)*(?:(?:be|have)\s+)?\w+`,
    String.raw`\w+['’]ll\b`,
    // "is to resume trading Tuesday": an arrangement still to be carried out.
    String.raw`\b(?:is|are|am)\s+to\s+\w+`,
    String.raw`\b(?:is|are|am|be|(?<!\bhad\s+)been|was|were|being)\s+(?:\w+ly\s+)?(?:scheduled|slated|set|expected|due|going|planned|poised|likely|about|supposed)\s+(?:to|for)\b`,
    String.raw`(?<!\bhad\s+(?:been\s+)?)\b(?:scheduled|slated|set|planned|due)\s+(?:to|for)\b`,
    String.raw`\b(?:plans?|planning|prepares?|preparing|intends?|aims?|hopes?|seeks?|wants?|expects?|expecting|promised?|vowed?|threatened?|agreed?|decided?)\s+to\s+\w+`,
    String.raw`(?<!\bhad\s+(?:been\s+)?)\b(?:upcoming|forthcoming|next(?!\s+to\b)|ahead|tomorrow)\b`,
  ].join('|'),
  'gi',
);

// Markers that may look forward, or may not: "could not be located", "a service planned for".
const POSSIBLE_FUTURE = new RegExp(
  [
    // A modal looks forward unless it governs a perfect ("could have met").
    String.raw`\b(?:could|might|may|should|must|can)\s+(?:not\s+)?(?!have\b)(?:be\s+)?\w+`,
    // A passive infinitive is still to happen: "guidelines to be published in early November".
    String.raw`\bto\s+be\s+\w+ed\b`,
    String.raw`(?<!\bhad\s+(?:been\s+)?)\b(?:planned|scheduled|expected)\b`,
  ].join('|'),
  'gi',
);

const PAST = new RegExp(
  [
    String.raw`\b(?:has|have|had)\s+(?:\w+ly\s+|not\s+)?(?:been\s+)?\w+`,
    String.raw`\b(?:was|were|did|didn't|said|told|held|began|met|spoke|went|came|made|took|gave|saw|won|lost|left|led|got|sent|struck|fell|rose|ran|wrote|brought|bought|sold|paid|found|thought|knew|heard|felt|kept|began|became|chose|drew|flew|fought|froze|grew|hid|hung|laid|meant|quit|rode|rang|sang|sank|shook|shot|shut|slid|spent|spoke|stole|stood|swore|taught|threw|understood|woke|wore|tore|broke|drove|fled|sought|caught|built|fed|dug|dealt|slept|swept|wept|withdrew|arose|blew|bled|crept|drank|ate|forgot|overtook|underwent|upheld|withheld|oversaw|undertook|forbade|yesterday|ago|earlier)\b`,
  ].join('|'),
  'gi',
);

// Lower case only ("United" is not a verb). Not an adjective ("U.S.-brokered", "the
// proposed round", "a still unspecified date") nor a passive participle ("talks mediated by the United States"):
// none of them says when.
const PAST_REGULAR =
  /(?<![-\u2010\u2011])(?<!\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+(?:(?:\w+ly|still|yet|as|not)\s+)?)\b[a-z]\w{2,}ed\b(?!\s+by\b)/g;

// A present passive is no past: "when the case is heard in May", "the vote is held Tuesday".
const PRESENT_PASSIVE = /\b(?:is|are|am)\s+(?:\w+ly\s+|not\s+)?\w+/gi;

interface Marker extends Span {
  tense: Tense;
  firm: boolean;
}

function markers(text: string, span: Span): Marker[] {
  const slice = text.slice(span.start, span.end);
  const found: Marker[] = [];
  const at = (match: RegExpExecArray) => ({ start: span.start + match.index, end: span.start + match.index + match[0].length });
  for (const match of slice.matchAll(FIRM_FUTURE)) found.push({ ...at(match), tense: 'future', firm: true });
  const masked = (i: number) => found.some((m) => i >= m.start && i < m.end);
  for (const match of slice.matchAll(POSSIBLE_FUTURE)) {
    if (!masked(span.start + match.index)) found.push({ ...at(match), tense: 'future', firm: false });
  }
  const presentPassive = [...slice.matchAll(PRESENT_PASSIVE)].map((match) => at(match));
  const passive = (i: number) => presentPassive.some((m) => i >= m.start && i < m.end);
  for (const match of [...slice.matchAll(PAST), ...slice.matchAll(PAST_REGULAR)]) {
    const i = span.start + match.index;
    if (!masked(i) && !passive(i)) found.push({ ...at(match), tense: 'past', firm: true });
  }
  return found;
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
function nearest(found: Marker[], expression: Span): Marker | undefined {
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
  if (!marker || marker.firm || !firmFuture) return marker?.tense;
  return inSentence.some((m) => m.firm && m.tense === 'future') ? 'future' : undefined;
}
