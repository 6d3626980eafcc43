import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: a thread's or a live blog's entry opening with its clock time, of Friday 12 September 2053.
const told = (body: string) => timelineWithoutGazetteer([article('a', '2053-09-12', `${body}\n`)]).events.map((e) => `${e.kind} ${e.date.value} ${e.title}`);

describe('a saying in the sentence a stamped entry opens with', () => {
  it('is a statement of the entry’s day, told in the present as in the past', () => {
    expect(told('4/ 16:30 — In Lusk, the harbour master Ines Marr says the port will stay shut until the storm has passed.')).toEqual(['statement 2053-09-12 Ines Marr says the port will stay shut until the storm has passed']);
    expect(told('17:05 — Ines Marr said the ferries would resume on Monday morning at the earliest.')).toContain('statement 2053-09-12 Ines Marr says the ferries would resume on Monday morning at the earliest');
  });

  it('is none when the saying only gives the news of the event its sentence tells', () => {
    expect(told('18:10 — Ines Marr says Umerov and Witkoff met in Lusk this afternoon.').filter((t) => t.startsWith('statement'))).toEqual([]);
  });

  it('is none in a sentence no clock time opens', () => {
    expect(told('In Lusk, the harbour master Ines Marr says the port will stay shut until the storm has passed.')).toEqual([]);
  });
});
