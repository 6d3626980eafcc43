import { describe, expect, it } from 'vitest';
import { articleSlug, SLUG_PATTERN } from './slug.ts';

describe('articleSlug', () => {
  it('is the day and the first significant words of the title', () => {
    expect(articleSlug('2026-02-25', 'Trump Speaks With Zelenskyy Ahead of High-Stakes Geneva Peace Talks')).toBe('2026-02-25-trump-speaks-with-zelenskyy');
    expect(articleSlug('2025-11-24', 'US–Ukraine peace talks in Geneva end with “progress”')).toBe('2025-11-24-us-ukraine-peace-talks');
    expect(articleSlug('2025-02-12', 'The Kremlin’s Zelenskiy Gambit')).toBe('2025-02-12-kremlins-zelenskiy-gambit');
  });

  it('folds accents and stays within 60 characters', () => {
    expect(articleSlug('2026-01-01', 'Zürich Café Talks')).toBe('2026-01-01-zurich-cafe-talks');
    const long = articleSlug('2026-01-01', 'Extraordinarilyyyyyyyyyyyyyy Longwordedness Internationalization Counterrevolutionaries');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(SLUG_PATTERN);
  });
});
