/**
 * A quoted letter or message dated in the text keeps its own reference day: "In a letter
 * dated March 3, 1995, he wrote: 'we will meet tomorrow'" is 1995-03-04, not the day after
 * publication. The quote that follows a message's date, in the same sentence, is read again
 * against that date; everything outside it keeps the publication day.
 */
import type { Day } from './calendar.ts';
import { parseReferenceDay } from './calendar.ts';
import type { Example, TemporalExpression } from './model.ts';

const MESSAGE_DATED = /\b(?:letter|message|note|memo(?:randum)?|e-?mail|cable|telegram|fax|diary\s+entry|post|text)\s+(?:dated|written\s+on|sent\s+on)\s+$/i;
// Up to the first quote in the sentence: "…", "…", ‘…’, or '…' opened after a space or colon.
const QUOTE_AFTER = /^[^.!?\n"“‘]*?(?:(["“])([^"”\n]+)["”]|(?<=[\s:])(['‘])((?:[^'’\n]|['’](?=\w))+)['’])/;

export type Reader = (text: string, reference: Day) => TemporalExpression[];

interface Quote {
  start: number;
  end: number;
  reference: Day;
}

function quotesOf(text: string, found: TemporalExpression[]): Quote[] {
  const quotes: Quote[] = [];
  for (const date of found) {
    if (date.date?.precision !== 'day' || !MESSAGE_DATED.test(text.slice(Math.max(0, date.start - 40), date.start))) continue;
    const after = QUOTE_AFTER.exec(text.slice(date.end));
    const body = after?.[2] ?? after?.[4];
    if (!after || body === undefined) continue;
    const end = date.end + after.index + after[0].length - 1;
    quotes.push({ start: end - body.length, end, reference: parseReferenceDay(date.date.start) });
  }
  return quotes;
}

/** `found` with the expressions inside each dated message's quote read against the message's date. */
export function withQuotedMessages(text: string, found: TemporalExpression[], read: Reader): TemporalExpression[] {
  let result = found;
  for (const quote of quotesOf(text, found)) {
    const inside = read(text.slice(quote.start, quote.end), quote.reference).map((e) => ({ ...e, start: e.start + quote.start, end: e.end + quote.start }));
    result = [...result.filter((e) => e.end <= quote.start || e.start >= quote.end), ...inside].sort((a, b) => a.start - b.start);
  }
  return result;
}

export const QUOTED_MESSAGE_EXAMPLES: Example[] = [
  { text: "In a letter dated March 3, 1995, he wrote: 'we will meet tomorrow'.", ref: '1998-11-20', finds: 'tomorrow', value: '1995-03-04' },
  { text: 'The memo dated June 2, 1997 says: "The board votes next week."', ref: '1998-11-20', finds: 'next week', value: '1997-W24' },
  { text: 'The letter dated March 3 was read out. "We meet tomorrow," the minister said.', ref: '1998-11-20', finds: 'tomorrow', value: '1998-11-21' },
];
