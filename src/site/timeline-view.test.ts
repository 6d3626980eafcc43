import { describe, expect, it } from 'vitest';
import { buildArchive, groupByYearMonth, latestPeriods, periodKey } from './timeline-view.ts';
import { testEvent } from '../../tests/support/events.ts';

const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe('periodKey', () => {
  it('lists an event under its start month, or its year when only the year is known', () => {
    expect(periodKey(testEvent('a', '2026-02-25'))).toBe('2026-02');
    expect(periodKey(testEvent('b', '2026-01-30/2026-02-02'))).toBe('2026-01');
    expect(periodKey(testEvent('c', '2026-03'))).toBe('2026-03');
    expect(periodKey(testEvent('d', '1994'))).toBe('1994');
  });
});

describe('groupByYearMonth', () => {
  it('groups events in timeline order under years and months, year-only events first in their year', () => {
    const years = groupByYearMonth([
      testEvent('late', '2026-03-02'),
      testEvent('feb-b', '2026-02-25'),
      testEvent('whole-year', '2026'),
      testEvent('old', '1994'),
      testEvent('feb-a', '2026-02-01'),
      testEvent('new-year', '2026-01-01'),
    ]);
    expect(years.map((y) => [y.year, y.count])).toEqual([['1994', 1], ['2026', 5]]);
    const months = years[1]!.months;
    expect(months.map((m) => [m.key, m.label, m.anchor])).toEqual([
      ['2026', 'Some time in 2026', 'm-2026'],
      ['2026-01', 'January 2026', 'm-2026-01'],
      ['2026-02', 'February 2026', 'm-2026-02'],
      ['2026-03', 'March 2026', 'm-2026-03'],
    ]);
    expect(ids(months[2]!.events)).toEqual(['feb-a', 'feb-b']);
  });
});

describe('latestPeriods', () => {
  const events = [
    testEvent('y1', '2024-05-01'),
    testEvent('m1', '2025-11-01'),
    testEvent('m2', '2025-11-02'),
    testEvent('d1', '2025-12-01'),
    testEvent('d2', '2025-12-05'),
    testEvent('j1', '2026-01-09'),
  ];

  it('keeps whole months, newest first, while they fit under the cap', () => {
    expect(ids(latestPeriods(events, 3))).toEqual(['d1', 'd2', 'j1']);
    expect(ids(latestPeriods(events, 4))).toEqual(['d1', 'd2', 'j1']);
    expect(ids(latestPeriods(events, 5))).toEqual(['m1', 'm2', 'd1', 'd2', 'j1']);
  });

  it('shows the newest month even when it alone is over the cap: its latest events, as many as the cap allows (at least one)', () => {
    expect(ids(latestPeriods(events, 0))).toEqual(['j1']);
    const busy = [...events, testEvent('j2', '2026-01-10'), testEvent('j3', '2026-01-11')];
    expect(ids(latestPeriods(busy, 2))).toEqual(['j2', 'j3']);
  });

  it('shows everything when everything fits', () => {
    expect(ids(latestPeriods(events, 100))).toHaveLength(events.length);
  });
});

describe('buildArchive', () => {
  const events = [
    testEvent('old', '1994'),
    testEvent('a', '2025-03-01'),
    testEvent('b', '2025-03-04'),
    testEvent('c', '2025-07-01'),
    testEvent('year-only', '2025'),
    testEvent('n', '2026-01-02'),
  ];

  it('makes one page per year while a year fits under the cap', () => {
    const archive = buildArchive(events, 'archive/', 10);
    expect(archive.pages.map((p) => [p.path, ids(p.events)])).toEqual([
      ['archive/1994/', ['old']],
      ['archive/2025/', ['year-only', 'a', 'b', 'c']],
      ['archive/2026/', ['n']],
    ]);
    expect(archive.years).toEqual([
      { year: '1994', path: 'archive/1994/', count: 1 },
      { year: '2025', path: 'archive/2025/', count: 4 },
      { year: '2026', path: 'archive/2026/', count: 1 },
    ]);
    expect(archive.locate('b')).toBe('archive/2025/');
  });

  it('turns a year over the cap into an index of month pages, keeping the year URL', () => {
    const archive = buildArchive(events, 'kinds/meeting/', 3);
    const year = archive.pages.find((p) => p.path === 'kinds/meeting/2025/')!;
    expect(ids(year.events)).toEqual(['year-only']);
    expect(year.monthPages).toEqual([
      { path: 'kinds/meeting/2025/03/', label: 'March 2025', count: 2 },
      { path: 'kinds/meeting/2025/07/', label: 'July 2025', count: 1 },
    ]);
    expect(ids(archive.pages.find((p) => p.path === 'kinds/meeting/2025/03/')!.events)).toEqual(['a', 'b']);
    expect(archive.locate('c')).toBe('kinds/meeting/2025/07/');
    expect(archive.locate('year-only')).toBe('kinds/meeting/2025/');
  });

  it('cuts a month over the cap into parts, the first at the month URL', () => {
    const busy = [testEvent('m1', '2025-03-01'), testEvent('m2', '2025-03-02'), testEvent('m3', '2025-03-03'), testEvent('m4', '2025-03-04'), testEvent('m5', '2025-03-05')];
    const archive = buildArchive(busy, 'archive/', 2);
    expect(archive.pages.map((p) => [p.path, p.title, ids(p.events)])).toEqual([
      ['archive/2025/', '2025', []],
      ['archive/2025/03/', 'March 2025', ['m1', 'm2']],
      ['archive/2025/03/2/', 'March 2025, part 2', ['m3', 'm4']],
      ['archive/2025/03/3/', 'March 2025, part 3', ['m5']],
    ]);
    expect(archive.pages[0]!.monthPages!.map((m) => [m.path, m.count])).toEqual([['archive/2025/03/', 2], ['archive/2025/03/2/', 2], ['archive/2025/03/3/', 1]]);
    expect(archive.locate('m4')).toBe('archive/2025/03/2/');
  });

  it('places every event on exactly one page', () => {
    const archive = buildArchive(events, 'archive/', 2);
    expect(archive.pages.flatMap((p) => ids(p.events)).sort()).toEqual(ids(events).sort());
    expect(() => archive.locate('missing')).toThrow(/missing/);
  });
});
