/**
 * An event's one-sentence summary: its best report, as written, with who says so. Drawn
 * from the evidence and never beyond it, so a reader can check every word against a source.
 */

import { WIRE_DATELINE } from '../events/dateline.ts';

/** A place in capitals and a colon before a story (Gulf and Asian papers: "MUSCAT: …", "KUALA LUMPUR: …"), or a live blog's "UPDATE:". */
const CAPITALS_LEAD = /^[A-Z]{3,}(?:[ .'’-]+[A-Z]{2,})*:\s+/;

/** The sentence already says who says so. */
const ATTRIBUTED = /\b(?:said|says|told|according\s+to|reported|reports|announced|stated|confirmed|wrote|added|noted|quoted|cited|insisted|claimed)\b/i;

export interface SummaryInput {
  /** The best report's sentence. */
  sentence: string;
  /** The outlet of the article it comes from. */
  outlet: string;
  /** How many other articles report the event. */
  others: number;
}

export function summarySentence({ sentence, outlet, others }: SummaryInput): string {
  const by = outlet === 'unknown' ? 'an outlet not named' : outlet;
  const text = sentence.replace(WIRE_DATELINE, '').replace(CAPITALS_LEAD, '').replace(/\s+/g, ' ').trim();
  const body = text.charAt(0).toUpperCase() + text.slice(1);
  const more = `${others} other report${others === 1 ? '' : 's'}`;
  if (ATTRIBUTED.test(body)) return `${body} (${others === 0 ? by : `${by} and ${more}`})`;
  const open = body.replace(/[.!?…]+["”’']?$/, (end) => end.replace(/[.!?…]+/, ''));
  // The outlet reported it; the other reports are counted apart, not made to say its words.
  return others === 0 ? `${open}, ${by} reported.` : `${open}, ${by} reported (and ${more}).`;
}
