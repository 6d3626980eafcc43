import { describe, expect, it } from 'vitest';
import { dotChart, yearBars } from './chart.ts';
import { testEvent } from './test-events.ts';

describe('dotChart', () => {
  const events = [
    testEvent('old', '1994', { tier: 'context' }),
    testEvent('feb-1', '2026-02-01'),
    testEvent('feb-25a', '2026-02-25'),
    testEvent('feb-25b', '2026-02-25', { status: 'planned' }),
    testEvent('mar', '2026-03-31'),
    testEvent('apr', '2026-04-02'),
  ];
  const chart = dotChart(events, 400);
  const mark = (id: string) => chart.marks.find((m) => m.id === id)!;

  it('has a column per period with events, side by side whatever the gap, labelled with month and year', () => {
    expect(chart.columns.map((c) => [c.month, c.year])).toEqual([['', '1994'], ['Feb', '2026'], ['Mar', ''], ['Apr', '']]);
    const [a, b, c] = chart.columns;
    expect(a!.width).toBe(b!.width);
    expect(b!.x).toBeCloseTo(a!.x + a!.width, 0);
    expect(c!.x).toBeCloseTo(b!.x + b!.width, 0);
  });

  it('gives one mark per event, linking id, inside its column, later days further right', () => {
    expect(chart.marks.map((m) => m.id)).toEqual(events.map((e) => e.id));
    for (const [i, id] of [[1, 'feb-1'], [1, 'feb-25a'], [2, 'mar']] as const) {
      const column = chart.columns[i]!;
      expect(mark(id).x).toBeGreaterThanOrEqual(column.x);
      expect(mark(id).x).toBeLessThanOrEqual(column.x + column.width);
    }
    expect(mark('feb-25a').x).toBeGreaterThan(mark('feb-1').x);
  });

  it('stacks dots of the same day instead of drawing them on top of each other', () => {
    expect(mark('feb-25b').x).toBe(mark('feb-25a').x);
    expect(mark('feb-25b').y).toBeGreaterThan(mark('feb-25a').y);
    expect(mark('feb-25b').y + mark('feb-25b').r).toBeLessThan(chart.height);
  });

  it('draws key events larger than context events and says which are planned', () => {
    expect(mark('feb-1').r).toBeGreaterThan(mark('old').r);
    expect(mark('feb-25b').planned).toBe(true);
    expect(mark('feb-25a').label).toBe('2026-02-25: Event feb-25a');
  });

  it('is an empty strip for no events', () => {
    expect(dotChart([]).marks).toEqual([]);
  });

  it('is as wide as its columns need, within the maximum', () => {
    expect(dotChart(events.slice(0, 2)).width).toBeLessThan(dotChart(events).width);
    expect(dotChart(events, 300).width).toBeLessThanOrEqual(320);
    const many = Array.from({ length: 24 }, (_, i) => testEvent(`m${i}`, `20${20 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`));
    expect(dotChart(many).width).toBe(640);
    for (const mark of dotChart(many).marks) expect(mark.x).toBeLessThanOrEqual(640);
  });
});

describe('yearBars', () => {
  it('draws bars in year order, the busiest year tallest, heights in proportion', () => {
    const chart = yearBars([{ year: '1994', count: 1 }, { year: '2025', count: 10 }, { year: '2026', count: 5 }]);
    expect(chart.bars.map((b) => b.year)).toEqual(['1994', '2025', '2026']);
    const [a, b, c] = chart.bars;
    expect(b!.height).toBeGreaterThan(c!.height);
    expect(c!.height).toBeCloseTo(b!.height / 2, 0);
    expect(a!.height).toBeGreaterThan(0);
    for (const bar of chart.bars) expect(bar.y + bar.height).toBeCloseTo(chart.baseline, 0);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width);
    expect(c!.x + c!.width).toBeLessThanOrEqual(chart.width);
    expect(yearBars(Array.from({ length: 40 }, (_, i) => ({ year: String(1990 + i), count: i }))).width).toBeLessThanOrEqual(640);
  });
});
