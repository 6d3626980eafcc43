// A paragraph opened by another time of the day told before it ("Later in the afternoon, …") tells another happening than
// those told before it, though the same people meet that day. Wednesday 14 March 2063 is the papers' day.
import { describe, expect, it } from 'vitest';
import { article, extractOne, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** Each report as "kind day: the first three words of each sentence of its evidence". */
const told = (body: string): string[] =>
  extractOne('2063-03-14', `${body}\n`).candidates.map((c) => `${c.kind} ${c.date.value}: ${c.evidence.map((e) => e.text.split(' ').slice(0, 3).join(' ')).join(' | ')}`);

describe('a meeting told at another time of its day', () => {
  it('is not the meeting told before it', () => {
    const body = [
      'The plane carrying King Alaric touched down at Lusk airport on Tuesday.',
      'Premier Aldo Vance and Chancellor Ida Brenner met the King on the tarmac.',
      '',
      'Later in the afternoon, at Castle Orm, the King met privately with Premier Vance and then with Chancellor Brenner.',
    ].join('\n');
    expect(told(body).filter((c) => c.startsWith('meeting'))).toEqual(['meeting 2063-03-13: Premier Aldo Vance | The plane carrying', 'meeting 2063-03-13: Later in the']);
    // Merging keeps them apart: the same people met again elsewhere.
    const { events } = timelineWithoutGazetteer([article('a', '2063-03-14', `${body}\n`)]);
    expect(events.filter((e) => e.kind === 'meeting').map((e) => e.date.value)).toEqual(['2063-03-13', '2063-03-13']);
  });
});
