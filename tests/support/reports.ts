// Hand-made reports for the merge step's unit tests. Test-only.
import type { CandidateEvent } from '../../src/pipeline/events/candidate.ts';

/** A report of an event on a day; `over` overrides any field. */
export function report(over: Partial<CandidateEvent> & Pick<CandidateEvent, 'article' | 'kind'>): CandidateEvent {
  return {
    published: '2026-02-25',
    status: 'occurred',
    date: { value: '2026-02-25', start: '2026-02-25', end: '2026-02-25', precision: 'day' },
    datedByPublication: false,
    participants: [],
    named: [],
    place: null,
    evidence: [{ sentence: 0, text: 'x', start: 0, end: 1 }],
    ...over,
  };
}

/** A day's date claim, or a span's. */
export function day(start: string, end = start): CandidateEvent['date'] {
  return start === end ? { value: start, start, end, precision: 'day' } : { value: `${start}/${end}`, start, end, precision: 'span' };
}

/** One sentence of evidence. */
export function said(text: string, sentence = 0): CandidateEvent['evidence'] {
  return [{ sentence, text, start: 0, end: text.length }];
}
