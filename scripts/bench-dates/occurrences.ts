/**
 * Every occurrence of a pattern in a split's texts, with the gold expression and ours that
 * overlap it: how often the annotators mark a word ("now": 34 of 48) and how we read it. A
 * class is judged by such counts across documents and sources, never by one sentence.
 */
import type { Span } from './score.ts';
import type { System } from './evaluate.ts';
import type { TimemlDocument } from './tml.ts';

export interface Occurrence {
  document: string;
  reference: string;
  /** The text around the match, the match in [[ ]]. */
  context: string;
  gold?: Span;
  ours?: Span;
}

const overlapping = (spans: Span[], start: number, end: number) => spans.find((s) => s.start < end && start < s.end);

export function occurrences(documents: Iterable<TimemlDocument>, system: System, pattern: RegExp): Occurrence[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const found: Occurrence[] = [];
  for (const document of documents) {
    const ours = system(document.text, document.reference);
    for (const match of document.text.matchAll(global)) {
      const [start, end] = [match.index, match.index + match[0].length];
      if (end === start) continue;
      const context = `${document.text.slice(Math.max(0, start - 60), start)}[[${match[0]}]]${document.text.slice(end, end + 40)}`.replace(/\s+/g, ' ');
      found.push({ document: document.id, reference: document.reference, context, gold: overlapping(document.timexes, start, end), ours: overlapping(ours, start, end) });
    }
  }
  return found;
}

/** One line per occurrence, then how many the gold marks, we find, and we read as the gold does. */
export function occurrenceReport(found: Occurrence[]): string {
  const show = (s?: Span) => (s ? `${s.type} ${s.value} "${s.text}"` : '-');
  const lines = found.map((o) => `${o.gold ? 'G' : '-'}${o.ours ? 'O' : '-'}  gold ${show(o.gold)} | ours ${show(o.ours)} | ${o.document} ${o.reference} | ${o.context}`);
  const marked = found.filter((o) => o.gold).length;
  const ours = found.filter((o) => o.ours).length;
  const same = found.filter((o) => o.gold && o.ours && o.gold.value === o.ours.value).length;
  return [...lines, `${found.length} occurrences: gold marks ${marked}, we find ${ours}, same value ${same}`].join('\n') + '\n';
}
