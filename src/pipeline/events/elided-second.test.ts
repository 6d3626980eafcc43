import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day status: participants". */
const told = (published: string, text: string): string[] => extractOne(published, `${text}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}: ${[...c.participants].sort().join(',')}`);

describe('a second object of the same verb with a day of its own, the verb left out', () => {
  it('is a second event of the same kind, on its own day, with the first’s subject and its own people', () => {
    // Published on Monday 13 May 2058 (the Monday before is the 6th) or on Wednesday 15 May (the Monday is the 13th).
    for (const [published, text, second, first] of [
      ['2058-05-13', 'Lindqvist spoke by phone with Foreign Minister Nadia Sarem on Monday of last week and with the rebels’ political chief, Dariush Kalan, two days later, a UN official said.', '2058-05-08', '2058-05-06'],
      ['2058-05-15', 'President Joyce Banda called Malawian President Peter Mwale on Monday and Zambian President Hakainde Chola the next day, her office said.', '2058-05-14', '2058-05-13'],
      ['2058-05-15', 'Foreign Minister Nadia Sarem met Prime Minister Ilir Basha on Monday and King Aldo Verne on Tuesday.', '2058-05-14', '2058-05-13'],
      ['2058-05-15', 'Sarem said on Friday that she would meet Prime Minister Ilir Basha on Monday and King Aldo Verne on Tuesday.', '2058-05-14', '2058-05-13'],
    ] as const) {
      const events = told(published, text).filter((e) => !e.startsWith('statement'));
      expect(events).toHaveLength(2);
      expect(events.map((e) => e.split(' ')[1]).sort()).toEqual([first, second]);
      expect(events[0]!.split(' ')[0]).toBe(events[1]!.split(' ')[0]);
      // Each object is at one of the two only.
      const [a, b] = events.map((e) => e.split(': ')[1]!.split(','));
      expect(a!.filter((p) => b!.includes(p))).toHaveLength(1);
    }
  });

  it('leaves a clause with a verb of its own after "and" as no second object', () => {
    for (const text of [
      'Lindqvist met Foreign Minister Nadia Sarem on Monday of last week and the envoy returned to Geneva two days later.',
      'Lindqvist met Foreign Minister Nadia Sarem on Monday of last week and her deputy stayed on in Ardan two days later.',
      'President Joyce Banda called Malawian President Peter Mwale on Monday and then flew to Lusaka the next day.',
      'Foreign Minister Nadia Sarem met Prime Minister Ilir Basha on Monday of last week and a summit of the bloc two days later.',
    ]) {
      expect(told('2058-05-13', text).filter((e) => /^(?:meeting|call) /.test(e))).toHaveLength(1);
    }
  });
});
