/**
 * The noun phrase a trigger heads, as the article words it: "virtual meeting of allied
 * nations", "fourth anniversary of Russia’s full-scale invasion of Ukraine". Used for
 * headlines when no template fits.
 */
import { ENTRY_STAMP, HEADLINE_PRESENT, NAME_AS_MODIFIER_AFTER, PHRASE_DETERMINER, PHRASE_LEAD_STOP, PHRASE_SUBORDINATOR, PHRASE_TAIL_JOIN, PHRASE_TAIL_START, PHRASE_TAIL_STOP, SUBJECTLESS_VERB } from './lexicon.ts';

/** A name's phrase is whole at its last word: a lower-case word after it starts a predicate ("of Pope Francis ended …"). */
const NAME_END = (word: string): boolean => /^\p{Lu}/u.test(word) && !/['’]s$/.test(word);
const MOST_TAIL_WORDS = 7;

/**
 * "with her Kenyan counterpart in London", "with the Velsland delegation": a name after a possessive or an article,
 * with one lower-case word after it that ends the phrase, describes that word, which is the phrase's noun; the phrase
 * goes on through it ("with her Kenyan" named no one).
 */
function nounOfModifier(tail: string[], word: string, next: string | undefined): boolean {
  const owner = tail.at(-2);
  if (owner === undefined || !NAME_AS_MODIFIER_AFTER.test(owner)) return false;
  return /[,.;:!?—]$/.test(word) || next === undefined || PHRASE_TAIL_START.test(next) || PHRASE_TAIL_STOP.test(next);
}

export function nounPhrase(sentence: string, start: number, end: number, removeSpans: { start: number; end: number }[] = []): string {
  // "20:15 She met": a live entry's clock stamp is no word of the phrase.
  const stamp = Math.min(start, ENTRY_STAMP.exec(sentence)?.[0].length ?? 0);
  const before = sentence.slice(stamp, start).split(/\s+/).filter(Boolean);
  const lead: string[] = [];
  for (let i = before.length - 1; i >= 0 && lead.length < 3; i -= 1) {
    const word = before[i]!;
    if (PHRASE_DETERMINER.test(word) || PHRASE_SUBORDINATOR.test(word) || PHRASE_LEAD_STOP.test(word) || /[,.;:!?”")]$/.test(word) || /['’]s$/.test(word)) break;
    lead.unshift(word);
  }
  while (lead.length > 0 && SUBJECTLESS_VERB.test(lead[0]!)) lead.shift();
  const after = sentence.slice(end).split(/\s+/).filter(Boolean);
  const tail: string[] = [];
  if (after[0] !== undefined && PHRASE_TAIL_START.test(after[0]) && !/^on$/i.test(after[0])) {
    let whole = true;
    for (const [i, word] of after.entries()) {
      if (tail.length > 0 && PHRASE_TAIL_STOP.test(word)) break;
      const last = tail.at(-1);
      if (last !== undefined && NAME_END(last) && /^\p{Ll}/u.test(word) && !PHRASE_TAIL_JOIN.test(word) && !PHRASE_TAIL_START.test(word) && !nounOfModifier(tail, word, after[i + 1])) break;
      if (tail.length >= MOST_TAIL_WORDS) {
        whole = false;
        break;
      }
      const clean = word.replace(/[,.;:!?—]+$/, '');
      tail.push(clean);
      if (clean !== word) break;
    }
    // A tail the limit cuts ends mid-phrase: keep it only up to the last name it holds.
    if (!whole) tail.length = tail.findLastIndex(NAME_END) + 1;
  }
  let phrase = [...lead, sentence.slice(start, end), ...tail].join(' ');
  for (const span of removeSpans) phrase = phrase.replace(sentence.slice(span.start, span.end), ' ');
  return phrase
    .replace(/\s+/g, ' ')
    .replace(/^[\s“"‘']+|[\s”"’']+$/g, '')
    .replace(/(?:\s+(?:of|from|at|between|with|in|for|on))+$/i, '')
    .trim();
}

/** A title's first letter in capitals; but a name written with a small letter before a capital ("iPhone", "eBay") stays as it is written. */
export function capitalise(text: string): string {
  return /^\p{Ll}+\p{Lu}/u.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
}


/**
 * What a statement was, in the present tense of headlines: "told reporters on February 24
 * that …" → "tells reporters"; "called for the provision of Tomahawk cruise missiles".
 */
export function statementGist(sentence: string, start: number, removeSpans: { start: number; end: number }[] = []): string {
  let end = sentence.length;
  for (const stop of [/[,.;:!?]/g, /\s(?:that|who|which|and|but|before|after|because)\s/g]) {
    stop.lastIndex = start;
    const hit = stop.exec(sentence);
    if (hit && hit.index < end) end = hit.index;
  }
  let gist = sentence.slice(start, end);
  for (const span of removeSpans) if (span.start >= start && span.end <= end) gist = gist.replace(sentence.slice(span.start, span.end), ' ');
  const words = gist.replace(/\s+(?:on|in|at)(?=\s|$)(?=\s*$)/gi, '').trim().split(/\s+/).slice(0, 10);
  const verb = words[0]?.toLowerCase() ?? '';
  if (HEADLINE_PRESENT[verb]) words[0] = HEADLINE_PRESENT[verb];
  return words.join(' ');
}
