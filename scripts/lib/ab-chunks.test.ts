import { describe, expect, it } from 'vitest';
import { abSummary, baseFirst, chunkRatio } from './ab-chunks.ts';

describe('abSummary', () => {
  it('gives the median of the chunk ratios, not the ratio of the totals', () => {
    // One chunk slowed fourfold by load on both sides moves the totals' ratio, not the median.
    const summary = abSummary([
      { baseMs: [100], branchMs: [90], same: true },
      { baseMs: [400], branchMs: [440], same: true },
      { baseMs: [100], branchMs: [80], same: true },
    ]);
    expect(summary.medianRatio).toBe(0.9);
    expect(summary.ratioQuartiles).toEqual([0.85, 1]);
    expect(summary.baseMsPerArticle).toBe(200);
    expect(summary.branchMsPerArticle).toBe(203.333);
    expect(summary.differing).toBe(0);
  });

  it('reads a chunk by its articles\' median ratio: a collection inside one reading does not move it', () => {
    // Four articles the branch reads 2 % faster; the base's third reading took a 40 ms collection.
    const chunk = { baseMs: [5, 4, 45, 5], branchMs: [4.9, 3.92, 4.9, 4.9], same: true };
    expect(chunkRatio(chunk)).toBeCloseTo(0.98, 6);
    expect(abSummary([chunk]).medianRatio).toBe(0.98);
    expect(() => chunkRatio({ baseMs: [1, 2], branchMs: [1], same: true })).toThrow(/each article/);
  });

  it('counts the chunks whose readings differ', () => {
    expect(abSummary([{ baseMs: [1], branchMs: [1], same: false }, { baseMs: [1], branchMs: [1], same: true }]).differing).toBe(1);
  });

  it('alternates which build reads an article first', () => {
    expect([0, 1, 2, 3].map(baseFirst)).toEqual([true, false, true, false]);
  });
});
