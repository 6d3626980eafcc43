import { describe, expect, it } from 'vitest';
import { abSummary, baseFirst } from './ab-chunks.ts';

describe('abSummary', () => {
  it('gives the median of the chunk ratios, not the ratio of the totals', () => {
    // One chunk slowed fourfold by load on both sides moves the totals' ratio, not the median.
    const summary = abSummary(
      [
        { baseMs: 100, branchMs: 90, same: true },
        { baseMs: 400, branchMs: 440, same: true },
        { baseMs: 100, branchMs: 80, same: true },
      ],
      10,
    );
    expect(summary.medianRatio).toBe(0.9);
    expect(summary.ratioQuartiles).toEqual([0.85, 1]);
    expect(summary.baseMsPerArticle).toBe(20);
    expect(summary.branchMsPerArticle).toBe(20.333);
    expect(summary.differing).toBe(0);
  });

  it('counts the chunks whose readings differ', () => {
    expect(abSummary([{ baseMs: 1, branchMs: 1, same: false }, { baseMs: 1, branchMs: 1, same: true }], 5).differing).toBe(1);
  });

  it('alternates which build reads an article first', () => {
    expect([0, 1, 2, 3].map(baseFirst)).toEqual([true, false, true, false]);
  });
});
