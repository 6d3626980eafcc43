// A live page's stamped entries tell the page's day by their clock: two entries telling a call or a meeting are two happenings when
// the later tells its own going on after the earlier told its one over, or when their clocks lie further apart than the happening
// lasts; an entry telling the same happening again, going on, then over, or over again, is evidence of it. Pages of Thursday 9 May 2058.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** Each event as "kind: the stamps of its evidence". */
const told = (body: string): string[] =>
  timelineWithoutGazetteer([article('a', '2058-05-09', `${body}\n`)]).events.map((e) => `${e.kind} ${e.date.value}: ${e.sources.flatMap((s) => s.quotes.map((q) => q.text.slice(0, 5))).join(' ')}`).sort();

describe('two stamped entries of a live page', () => {
  it('tell two happenings when the later is going on after the earlier was over', () => {
    expect(told('09:05 — Chancellor Ida Brenner has finished her call with Premier Aldo Vance.\n\n09:50 — Brenner is now speaking by phone with the president of Kessel.')).toEqual([
      'call 2058-05-09: 09:05',
      'call 2058-05-09: 09:50',
    ]);
    expect(told('11:20 - Mayors Lind and Orr have wrapped up their talks on the harbour after two hours.\n\n12:15 - Lind is now meeting the union leaders in a side room.')).toEqual([
      'meeting 2058-05-09: 12:15',
      'talks 2058-05-09: 11:20',
    ]);
  });

  it('tell two happenings when the clocks lie further apart than the happening lasted', () => {
    expect(told('10:00 — Ministers Vell and Marr are holding a one-hour meeting in Orm.\n\n14:30 — Vell and Marr are meeting the port workers in Orm.')).toEqual([
      'meeting 2058-05-09: 10:00',
      'meeting 2058-05-09: 14:30',
    ]);
  });

  it('tell one happening told again: going on, then over, or over twice', () => {
    expect(told('14:00 — Ministers Vell and Marr are meeting in Orm.\n\n14:45 — Vell and Marr have ended their meeting in Orm.')).toEqual(['meeting 2058-05-09: 14:00 14:45']);
    expect(told('15:10 — Mayors Lind and Orr have ended their talks on the harbour.\n\n15:40 — Lind and Orr held talks on the harbour for three hours, aides said.')).toEqual(['talks 2058-05-09: 15:10 15:40']);
  });
});
