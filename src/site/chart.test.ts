import { describe, expect, it } from 'vitest';
import { overviewChart, SLOT, STACK } from './chart.ts';
import { testEvent } from '../../tests/support/events.ts';

describe('overviewChart', () => {
  const events = [
    testEvent('old', '1994', { tier: 'context' }),
    testEvent('feb-2025', '2025-02-12'),
    testEvent('oct-2025', '2025-10-06', { tier: 'context' }),
    testEvent('nov-2025', '2025-11-23'),
    testEvent('feb-a', '2026-02-17'),
    testEvent('feb-b', '2026-02-25', { status: 'planned' }),
    testEvent('mar', '2026-03'),
  ];
  const chart = overviewChart(events);
  const mark = (id: string) => chart.marks.find((m) => m.id === id)!;

  it('has a row per year with events and a labelled break for the empty years between', () => {
    expect(chart.rows.map((r) => r.year)).toEqual(['1994', '2025', '2026']);
    expect(chart.breaks.map((b) => b.label)).toEqual(['1995–2024: no events']);
    expect(chart.breaks[0]!.y).toBeGreaterThan(chart.rows[0]!.baseline);
    expect(chart.breaks[0]!.y).toBeLessThan(chart.rows[1]!.top);
  });

  it('spaces months equally, so the distance between marks is time, and leaves empty months empty', () => {
    const [feb, oct, nov] = [mark('feb-2025').x, mark('oct-2025').x, mark('nov-2025').x];
    expect(oct - feb).toBe(8 * SLOT);
    expect(nov - oct).toBe(SLOT);
    const row2025 = chart.rows[1]!;
    expect(row2025.slots.map((s) => s.letter).join('')).toBe('JFMAMJJASOND');
    expect(row2025.slots.filter((s) => !s.empty).length).toBe(3);
  });

  it('gives every event one mark with a name saying date, headline, tier and status', () => {
    expect(chart.marks.map((m) => m.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(mark('feb-b').label).toBe('2026-02-25: Event feb-b (key event, planned)');
    expect(mark('oct-2025').label).toBe('2025-10-06: Event oct-2025 (context)');
  });

  it('stacks a month’s marks a full target apart, and an event known only by its year spans its row', () => {
    expect(mark('feb-a').x).toBe(mark('feb-b').x);
    expect(Math.abs(mark('feb-a').y - mark('feb-b').y)).toBe(SLOT);
    expect(mark('old').range).toEqual({ x1: chart.left + 2, x2: chart.right - 2 });
    expect(mark('feb-a').range).toBeUndefined();
  });

  it('fits a 375 px phone unscaled', () => {
    expect(chart.width).toBeLessThanOrEqual(343);
  });

  it('folds a month busier than the stack into one “more” link', () => {
    const busy = Array.from({ length: STACK + 3 }, (_, i) => testEvent(`e${i}`, `2026-02-${String(i + 1).padStart(2, '0')}`));
    const folded = overviewChart(busy);
    expect(folded.marks).toHaveLength(STACK);
    expect(folded.more).toEqual([expect.objectContaining({ count: 3, month: '2026-02', label: '3 more in February 2026' })]);
    expect(overviewChart(busy.slice(0, STACK + 1)).more).toEqual([]);
  });
});
