import { describe, expect, it } from 'vitest';
import { timelinePages } from './timeline-pages.ts';
import { testEvent } from '../../tests/support/events.ts';

describe('timelinePages', () => {
  const events = [
    testEvent('c', '2026-02-03', { kind: 'call' }),
    testEvent('a', '2025-01-01', { kind: 'call' }),
    testEvent('b', '2025-06-01', { kind: 'talks' }),
    testEvent('d', '2026-02-01', { kind: 'talks' }),
  ];
  const pages = timelinePages({ events }, 2);

  it('keeps timeline order and puts the latest periods on the front page', () => {
    expect(pages.events.map((e) => e.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(pages.home.map((e) => e.id)).toEqual(['d', 'c']);
  });

  it('lists every event in the archive, and says where each is listed', () => {
    expect(pages.archive.years.map((y) => [y.path, y.count])).toEqual([['archive/2025/', 2], ['archive/2026/', 2]]);
    expect(pages.listedAt('c')).toBe('');
    expect(pages.listedAt('a')).toBe('archive/2025/');
  });

  it('has a page per kind present, in a fixed kind order, with its own archive', () => {
    expect(pages.kinds.map((k) => [k.path, k.name, k.events.map((e) => e.id)])).toEqual([
      ['kinds/call/', 'Calls', ['a', 'c']],
      ['kinds/talks/', 'Talks', ['b', 'd']],
    ]);
    expect(pages.kinds[0]!.archive.pages.map((p) => [p.path, p.title])).toEqual([['kinds/call/2025/', 'Calls, 2025'], ['kinds/call/2026/', 'Calls, 2026']]);
  });
});
