/**
 * The noun phrase a trigger heads, as the article words it: "virtual meeting of allied
 * nations", "fourth anniversary of Russia’s full-scale invasion of Ukraine". Used for
 * headlines when no template fits.
 */
const DETERMINERS = /^(?:a|an|the|this|that|these|those|his|her|its|their|our|and|or|but|as|of|in|on|at|to|with|for|from|by|is|are|was|were|has|have|had|will|would|be|been)$/i;
/** A dash ends a phrase's lead from the left, as a closing bracket does: "(Gulf Daily Mirror) - Indirect negotiations". */
const LEAD_STOP = /^[-–—]+$/;
/** A subordinator or relative pronoun opens a clause, not the phrase: "Since Israel began striking" is "Israel began striking". */
const SUBORDINATOR = /^(?:who|which|whom|since|when|whenever|while|until|because|although|though|if|once|unless|whether|where)$/i;
/**
 * A verb that would open the phrase has no subject before it: "will hold indirect talks" is
 * "indirect talks", "expects fresh talks" is "fresh talks". Exported: a phrase that is such a verb alone ("host") says nothing.
 */
export const SUBJECTLESS_VERB =
  /^(?:hold|holds|held|holding|host|hosts|hosted|hosting|expect|expects|expected|expecting|want|wants|wanted|seek|seeks|sought|plan|plans|planned|hope|hopes|hoped|propose|proposes|proposed|urge|urges|urged|welcome|welcomes|welcomed|reject|rejects|rejected|demand|demands|demanded|announce|announces|announced|begin|begins|began|resume|resumes|resumed|attend|attends|attended|join|joins|joined)$/i;
/** A name's phrase is whole at its last word: a lower-case word after it starts a predicate ("of Pope Francis ended …"). */
const NAME_END = (word: string): boolean => /^\p{Lu}/u.test(word) && !/['’]s$/.test(word);
const TAIL_JOIN = /^(?:and|of|de|al|bin)$/;
const MOST_TAIL_WORDS = 7;
const TAIL_START = /^(?:of|from|at|between|with|in|for|on)$/i;
const TAIL_STOP = /^(?:will|would|is|are|was|were|has|have|had|that|which|who|to|before|after|as|on|could|may|might|should|can|rejected|said|came|comes|come|served|serves)$/i;

export function nounPhrase(sentence: string, start: number, end: number, removeSpans: { start: number; end: number }[] = []): string {
  const before = sentence.slice(0, start).split(/\s+/).filter(Boolean);
  const lead: string[] = [];
  for (let i = before.length - 1; i >= 0 && lead.length < 3; i -= 1) {
    const word = before[i]!;
    if (DETERMINERS.test(word) || SUBORDINATOR.test(word) || LEAD_STOP.test(word) || /[,.;:!?”")]$/.test(word) || /['’]s$/.test(word)) break;
    lead.unshift(word);
  }
  while (lead.length > 0 && SUBJECTLESS_VERB.test(lead[0]!)) lead.shift();
  const after = sentence.slice(end).split(/\s+/).filter(Boolean);
  const tail: string[] = [];
  if (after[0] !== undefined && TAIL_START.test(after[0]) && !/^on$/i.test(after[0])) {
    let whole = true;
    for (const word of after) {
      if (tail.length > 0 && TAIL_STOP.test(word)) break;
      const last = tail.at(-1);
      if (last !== undefined && NAME_END(last) && /^\p{Ll}/u.test(word) && !TAIL_JOIN.test(word) && !TAIL_START.test(word)) break;
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

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const PRESENT: Record<string, string> = { told: 'tells', speaking: 'speaks', called: 'calls', said: 'says', spoke: 'speaks' };

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
  if (PRESENT[verb]) words[0] = PRESENT[verb];
  return words.join(' ');
}
