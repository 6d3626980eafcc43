import { describe, expect, it } from 'vitest';
import { chronological } from './order.ts';
import type { TimelineEvent } from './types.ts';

const event = (id: string, start: string, end: string) => ({ id, date: { start, end } }) as TimelineEvent;

describe('chronological', () => {
  it('orders by first day, the wider period first on the same day, then by id, in code-unit order', () => {
    const day = event('1994-01-01-talks', '1994-01-01', '1994-01-01');
    const year = event('1994-memorandum', '1994-01-01', '1994-12-31');
    const month = event('2026-03-talks', '2026-03-01', '2026-03-31');
    const first = event('2026-03-01-call', '2026-03-01', '2026-03-01');
    const twin = event('2026-03-01-Call', '2026-03-01', '2026-03-01');
    expect(chronological([first, day, month, twin, year]).map((e) => e.id)).toEqual([
      '1994-memorandum',
      '1994-01-01-talks',
      '2026-03-talks',
      '2026-03-01-Call',
      '2026-03-01-call',
    ]);
  });
});
