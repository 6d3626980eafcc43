/**
 * A quoted letter or message dated in the text keeps its own reference day: "In a letter
 * dated March 3, 1995, he wrote: 'we will meet tomorrow'" is 1995-03-04, not the day after
 * publication. The quote that follows a message's date, in the same sentence, is read again
 * against that date; everything outside it keeps the publication day. A letter dated in a sentence of its own,
 * as its subject ("It is dated June 3, 1961, and signed by …"), hands its date to the quotes its writer wrote
 * after it ("…," she wrote); a quote someone said ("…," he said) is said in the news.
 *
 * So does a quote said on a day the text names: "``We leave tomorrow,'' Annan said Tuesday"
 * (in a Thursday paper) is Wednesday, as is "Annan said on Tuesday: 'We leave tomorrow.'"
 *
 * And so do the quotes that follow such a telling, sentence by sentence, by the same speaker
 * ("he said", "she added", or none): "At a news conference Wednesday, Hong said … . 'We
 * decided only yesterday,' he said. 'Tomorrow we publish the program.'" is Tuesday and
 * Thursday. They go on across a paragraph break, for wire copy gives each quote a paragraph
 * of its own; a sentence of narration, or a quote given to another speaker, ends them.
 */
import { type Day, isoDay, parseReferenceDay } from './calendar.ts';
import type { Example, TemporalExpression } from './model.ts';
import { sentenceAround } from './tense.ts';

/** What opens or closes a quotation, as the patterns below find one: "…", “…”, ``…'', and ' or ‘ opened after a space or a colon. */
export const QUOTATION_MARK = /["“”‘`]|''|(?:^|[\s:])'/;

// "a letter dated", "The letter, dated", "an email sent on", "a post published on", "The note was dated"; a diary's or
// a log's page by the day it is written for, "The entry for Sept. 7, 1940 reads:", "his letter of March 3, 1995".
// Not a message answered ("Replying to the letter of March 3, 1995, the minister said: …", "in response to a note
// dated …"): the quote is the one who answers, in the news.
const MESSAGE_DATED =
  /(?<!\b(?:(?:replying|responding|in\s+(?:reply|response|answer))\s+to|answering|acknowledging)\s+(?:(?:the|a|an|his|her|their|its|our|my|your)\s+)?(?:[\w'’-]+\s+){0,2})\b(?:(?:letter|message|note|memo(?:randum)?|e-?mail|cable|telegram|fax|diary\s+entry|post|text|statement)\s*,?\s+(?:(?:is|was)\s+)?(?:dated|written\s+on|sent\s+on|posted\s+on|published\s+on)|(?:entry|log|page)\s+for|(?:letter|note|memo|cable|telegram|entry)\s+of)\s+$/i;
// A sentence that opens on the message as its subject and dates it ("It is dated June 3, 1961", "The note was
// dated …"): the letter the text is about, whose writer's quotes may follow. "It was sent on …" (a parcel, a bomb)
// or "bought a letter dated …" tells no writer's words to come.
const MESSAGE_DATED_APART = /^\s*(?:It|The\s+(?:letter|note|message|memo|diary\s+entry))\s+(?:is|was)\s+dated\s+$/;
// Up to the first quote in the sentence: "…", "…", ‘…’, or '…' opened after a space or colon.
const QUOTE_AFTER = /^[^.!?\n"“‘]*?(?:(["“])([^"”\n]+)["”]|(?<=[\s:])(['‘])((?:[^'’\n]|['’](?=\w))+)['’])/;

export type Reader = (text: string, reference: Day) => TemporalExpression[];

interface Quote {
  start: number;
  end: number;
  reference: Day;
}

const SAYING = String.raw`\b(?:said|says|told|added|wrote|declared|announced|insisted|stated|warned|recalled)\b`;
// The attribution's verb, then at most a few words (an object: "told reporters"), then the day.
const SAID_ON = new RegExp(String.raw`${SAYING}(?:\s+[\w'’-]+){0,3}?\s+(?:on\s+)?$`, 'i');
// A quote closed just before its attribution ("…,'' Annan said"), no sentence end between.
const QUOTE_BEFORE = /(?:``|["“])([^"“”`\n]+?)(?:''|["”])\s*([^."“”`\n]{0,80})$/;
// A quote opened just after it: "said on Tuesday: 'We leave tomorrow.'"
const QUOTE_NEXT = /^\s*[,:]?\s*(?:that\s+)?(?:``|["“])([^"“”`\n]+?)(?:''|["”])/;

// "At a news conference Wednesday", "in an interview on Tuesday": a telling on that day.
const TOLD_AT = /\b(?:at|in|during)\s+(?:an?|the|his|her|their)\s+(?:news\s+conference|press\s+conference|briefing|interview|speech)\s+(?:on\s+)?$/i;
/**
 * One sentence that is a quote by one speaker: a quote ending its sentence (group 1), or one closed by
 * `speaker` and one of `verbs` in either order, "he said." (group 2, the speaker in group 3 or 4).
 */
const quoteBy = (speaker: string, verbs: string) =>
  new RegExp(String.raw`\s*(?:\x60\x60|["“])(?:([^"“”\x60\n]+?[.!?])(?:''|["”])(?=\s|$)|([^"“”\x60\n]+?)(?:''|["”])\s*(?:(${speaker})\s+(?:${verbs})|(?:${verbs})\s+(${speaker}))\s*\.)`, 'y');
// The speaker already named goes on: "he said", "she added".
const SAME_SPEAKERS_QUOTE = quoteBy('he|she', 'said|added|wrote');
// A dated letter's writer goes on only in writing: "she wrote", "Lorne wrote"; "he said" is someone speaking now.
const WRITERS_QUOTE = quoteBy(String.raw`he|she|[A-Z][\w'’-]+`, 'wrote');

/** The quotes by the same speaker in the sentences right after a telling on `date`, up to the first sentence that is not one. */
function quotesAfterTelling(text: string, date: TemporalExpression, reference: Day): Quote[] {
  const sentence = sentenceAround(text, date.start);
  const opening = text.slice(sentence.start, date.start);
  if (!SAID_ON.test(opening.slice(-40)) && !TOLD_AT.test(opening)) return [];
  return quotesFrom(text, sentence.end, reference);
}

/**
 * The quotes by one speaker or writer, sentence after sentence from `from`, up to the first sentence that is not
 * one. With `isTheWriter`, the first quote must be closed by its writer, and every one closed must be theirs.
 */
function quotesFrom(text: string, from: number, reference: Day, isTheWriter?: (name: string) => boolean): Quote[] {
  const quotes: Quote[] = [];
  const run = isTheWriter ? WRITERS_QUOTE : SAME_SPEAKERS_QUOTE;
  run.lastIndex = from;
  for (let quote = run.exec(text); quote; quote = run.exec(text)) {
    const by = quote[3] ?? quote[4];
    if (isTheWriter && (by === undefined ? quotes.length === 0 : !isTheWriter(by))) break;
    const said = quote[1] ?? quote[2]!;
    const start = quote.index + quote[0].indexOf(said);
    quotes.push({ start, end: start + said.length, reference });
  }
  return quotes;
}

/** The quote said on `date` (the day of its attribution), if the text quotes one beside it. */
function quoteSaidOn(text: string, date: TemporalExpression): Quote | undefined {
  if (date.date?.precision !== 'day') return undefined;
  const reference = parseReferenceDay(date.date.start);
  const before = text.slice(Math.max(0, date.start - 600), date.start);
  const closed = QUOTE_BEFORE.exec(before);
  if (closed && SAID_ON.test(closed[2]!)) {
    const start = date.start - before.length + closed.index + closed[0].indexOf(closed[1]!);
    return { start, end: start + closed[1]!.length, reference };
  }
  if (!SAID_ON.test(before.slice(-40))) return undefined;
  const next = QUOTE_NEXT.exec(text.slice(date.end));
  if (!next) return undefined;
  const start = date.end + next.index + next[0].indexOf(next[1]!);
  return { start, end: start + next[1]!.length, reference };
}

function quotesOf(text: string, found: TemporalExpression[], publication: Day): Quote[] {
  const quotes: Quote[] = [];
  for (const date of found) {
    const toldOn = date.relative && date.date?.precision === 'day' && date.date.start !== isoDay(publication);
    const said = toldOn ? quoteSaidOn(text, date) : undefined;
    if (toldOn) quotes.push(...quotesAfterTelling(text, date, parseReferenceDay(date.date!.start)));
    if (said) {
      quotes.push(said);
      continue;
    }
    if (date.date?.precision !== 'day') continue;
    const sentence = sentenceAround(text, date.start);
    const apart = MESSAGE_DATED_APART.test(text.slice(sentence.start, date.start));
    if (!apart && !MESSAGE_DATED.test(text.slice(Math.max(0, date.start - 60), date.start))) continue;
    const after = QUOTE_AFTER.exec(text.slice(date.end));
    const body = after?.[2] ?? after?.[4];
    if (!after || body === undefined) {
      // A message whose date is a sentence of its own ("It is dated June 3, 1961, and signed by Annis Lorne."): its writer's quotes follow.
      const named = text.slice(sentence.start, sentence.end);
      const isTheWriter = (name: string) => name === 'he' || name === 'she' || named.includes(name);
      if (apart) quotes.push(...quotesFrom(text, sentence.end, parseReferenceDay(date.date.start), isTheWriter));
      continue;
    }
    const reference = parseReferenceDay(date.date.start);
    let end = date.end + after.index + after[0].length - 1;
    quotes.push({ start: end - body.length, end, reference });
    // The message's words quoted on in its sentence are its too: "said the talks 'ended yesterday' and would resume 'on Friday'".
    for (let more = QUOTE_AFTER.exec(text.slice(end + 1)); more; more = QUOTE_AFTER.exec(text.slice(end + 1))) {
      const words = more[2] ?? more[4] ?? '';
      const moreEnd = end + 1 + more.index + more[0].length - 1;
      if (moreEnd - words.length >= sentence.end) break;
      quotes.push({ start: moreEnd - words.length, end: moreEnd, reference });
      end = moreEnd;
    }
  }
  return quotes;
}

/** `found` with the expressions inside each dated message's quote read against the message's date. */
export function withQuotedMessages(text: string, found: TemporalExpression[], read: Reader, publication: Day): TemporalExpression[] {
  // Each quote below opens with a mark: a text with none (most sentences) is not looked at again beside each of its dates.
  if (!QUOTATION_MARK.test(text)) return found;
  let result = found;
  for (const quote of quotesOf(text, found, publication)) {
    const inside = read(text.slice(quote.start, quote.end), quote.reference).map((e) => ({ ...e, start: e.start + quote.start, end: e.end + quote.start }));
    result = [...result.filter((e) => e.end <= quote.start || e.start >= quote.end), ...inside].sort((a, b) => a.start - b.start);
  }
  return result;
}

export const QUOTED_MESSAGE_EXAMPLES: Example[] = [
  { text: "In a letter dated March 3, 1995, he wrote: 'we will meet tomorrow'.", ref: '1998-11-20', finds: 'tomorrow', value: '1995-03-04' },
  { text: 'The memo dated June 2, 1997 says: "The board votes next week."', ref: '1998-11-20', finds: 'next week', value: '1997-W24' },
  { text: 'The letter, dated 3 March 1995, said: "We will meet tomorrow."', ref: '2026-02-25', finds: 'tomorrow', value: '1995-03-04' },
  { text: 'In an email sent on 2 June 2024, she wrote: "The deal closes next month."', ref: '2026-02-25', finds: 'next month', value: '2024-07' },
  { text: 'The entry for Sept. 7, 1940 reads: "The sirens went twice today. Tomorrow I go to the coast."', ref: '2022-12-14', finds: 'Tomorrow', value: '1940-09-08' },
  { text: "His diary's entry for 12 May 1916 says: 'We move up to the line next week.'", ref: '2016-05-12', finds: 'next week', value: '1916-W20' },
  { text: 'In her letter of June 3, 1961, she wrote: "Father went out yesterday."', ref: '2021-06-01', finds: 'yesterday', value: '1961-06-02' },
  // Every quote of the message's sentence is the message's; a quote in the sentence after is not.
  { text: 'The letter, dated Jan. 5, said the talks "ended yesterday" and would "resume on Friday".', ref: '2026-03-02', finds: 'Friday', value: '2026-01-09' },
  { text: "In a note dated May 4, 2019, she wrote that the ship 'sails tomorrow' and would 'reach Oslo next week'.", ref: '2025-03-02', finds: 'next week', value: '2019-W19' },
  { text: 'The letter, dated Jan. 5, said: "We meet tomorrow." "Not on Friday," an aide said.', ref: '2026-03-02', finds: 'Friday', value: '2026-02-27' },
  // A message answered is not the one quoted: the answer's words are the news day's.
  { text: 'Replying to the letter of March 3, 1995, the minister said: "We meet tomorrow."', ref: '2026-02-25', finds: 'tomorrow', value: '2026-02-26' },
  { text: 'In response to a memo dated June 2, 2024, the union wrote: "We strike next week."', ref: '2026-02-25', finds: 'next week', value: '2026-W10' },
  { text: "In answer to the bishop's letter of 4 May 1921, he wrote: 'I shall come tomorrow.'", ref: '2021-05-10', finds: 'tomorrow', value: '2021-05-11' },
  // A quote after the entry's own sentence is not the entry's.
  { text: 'The entry for Tuesday was cancelled. "We go tomorrow," the captain said.', ref: '1998-11-19', finds: 'tomorrow', value: '1998-11-20' },
  { text: 'The letter dated March 3 was read out. "We meet tomorrow," the minister said.', ref: '1998-11-20', finds: 'tomorrow', value: '1998-11-21' },
  { text: "``We will finish the job tomorrow,'' the commander told reporters Tuesday.", ref: '1998-11-19', finds: 'tomorrow', value: '1998-11-18' },
  { text: 'The minister said on Tuesday: "Today we begin a new chapter."', ref: '1998-11-19', finds: 'Today', value: '1998-11-17' },
  { text: '"We will meet again next week," Annan said Friday.', ref: '1998-11-16', finds: 'next week', value: '1998-W47' },
  { text: 'At a news conference Wednesday, the minister said the plan was ready. "We decided only yesterday," he said. "Tomorrow we publish it."', ref: '1998-12-03', finds: 'yesterday', value: '1998-12-01' },
  { text: 'At a news conference Wednesday, the minister said the plan was ready. "We decided only yesterday," he said. "Tomorrow we publish it."', ref: '1998-12-03', finds: 'Tomorrow', value: '1998-12-03' },
  // Wire copy: each quote its own paragraph.
  { text: "The minister told reporters Wednesday that the plan was ready.\n\n``We settled it only yesterday,'' she said.\n\n``Tomorrow the cabinet signs it.''", ref: '1998-12-03', finds: 'yesterday', value: '1998-12-01' },
  { text: "The minister told reporters Wednesday that the plan was ready.\n\n``We settled it only yesterday,'' she said.\n\n``Tomorrow the cabinet signs it.''", ref: '1998-12-03', finds: 'Tomorrow', value: '1998-12-03' },
  // Narration between them, or another speaker, ends the telling.
  { text: "The minister told reporters Wednesday that the plan was ready.\n\nTroops left the city.\n\n``Tomorrow the cabinet signs it,'' she said.", ref: '1998-12-03', finds: 'Tomorrow', value: '1998-12-04' },
  { text: 'The minister said Wednesday the plan was ready. Aid arrived. "We leave tomorrow," he said.', ref: '1998-12-03', finds: 'tomorrow', value: '1998-12-04' },
  { text: 'The minister said Wednesday the plan was ready. "We leave tomorrow," an aide said.', ref: '1998-12-03', finds: 'tomorrow', value: '1998-12-04' },
  // Said on the publication day, or on no day named: the publication day's.
  { text: '"We leave tomorrow," Annan said Thursday.', ref: '1998-11-19', finds: 'tomorrow', value: '1998-11-20' },
  { text: '"We leave tomorrow," Annan said. He spoke on Tuesday.', ref: '1998-11-19', finds: 'tomorrow', value: '1998-11-20' },
];
