import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chronological, compareStrings } from './order.ts';
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

describe('compareStrings', () => {
  it('orders by code point, whatever the machine’s locale: capitals before small letters, astral characters last', () => {
    const words = ['éclair', 'zebra', 'Zebra', 'apple', '\u{1F600}', '\uFF21', 'a', ''];
    expect([...words].sort(compareStrings)).toEqual(['', 'Zebra', 'a', 'apple', 'zebra', 'éclair', '\uFF21', '\u{1F600}']);
    expect(compareStrings('x', 'x')).toBe(0);
  });

  // Code units, the default order of sort(), put an astral character before U+E000–U+FFFF.
  // A test's own sort() compares what it found with what it expects, in no order anyone reads.
  it.each([
    ['localeCompare', /\.localeCompare\(/, /\.(ts|astro|mjs)$/],
    ['the default order of sort()', /\.(?:sort|toSorted)\(\)/, /(?<!\.test)\.(ts|astro|mjs)$/],
    // "(a, b) => (a.name < b.name ? -1 : 1)": code units again, and a comparator that never answers 0.
    ['a comparison written out with < or >', /\.(?:sort|toSorted)\([^\n]*?(?:\s<\s|(?<!=)\s>\s)[^\n]*?\?\s*-1\s*:/, /(?<!\.test)\.(ts|astro|mjs)$/],
  ])('is the only string order: nothing in src/ or scripts/ sorts with %s', (_, sorting, read) => {
    const offenders = ['src', 'scripts'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => read.test(name))
        .map((name) => join(dir, name))
        .filter((file) => sorting.test(readFileSync(file, 'utf8'))),
    );
    expect(offenders, 'use compareStrings from src/pipeline/order.ts').toEqual([]);
  });
});
