import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isIsoDay } from '../pipeline/parse/iso-date.ts';
import { renderFrontmatter } from './frontmatter.ts';

describe('renderFrontmatter', () => {
  it('writes YAML that reads back to the same strings, the date quoted', () => {
    const text = renderFrontmatter({
      title: 'Peace talks end with “progress”: "quoted" \\ back',
      titleSource: 'editor',
      outlet: 'RFE/RL',
      published: '2026-02-25',
      dateline: 'Washington',
      language: 'en',
    });
    expect(text).toContain('published: "2026-02-25"');
    expect(text).not.toContain('byline');
    expect(text).not.toContain('url');
    expect(parse(text.replaceAll('---', ''))).toEqual({
      title: 'Peace talks end with “progress”: "quoted" \\ back',
      title_source: 'editor',
      outlet: 'RFE/RL',
      published: '2026-02-25',
      dateline: 'Washington',
      language: 'en',
    });
  });

  it('leaves title_source out for the outlet’s own headline', () => {
    expect(renderFrontmatter({ title: 'T', titleSource: 'article', outlet: 'unknown', published: '2026-02-25', language: 'en' })).not.toContain('title_source');
  });
});

describe('isIsoDay', () => {
  it.each([['2026-02-25', true], ['2024-02-29', true], ['2026-02-30', false], ['2025-02-29', false], ['2026-13-01', false], ['2026-2-5', false], ['25.02.2026', false]])(
    '%s → %s',
    (value, expected) => {
      expect(isIsoDay(value)).toBe(expected);
    },
  );
});
