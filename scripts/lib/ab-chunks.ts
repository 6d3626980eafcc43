/**
 * The arithmetic of an in-process A/B (scripts/bench-ab.ts): two builds read the same articles,
 * each article by one and then the other (the first alternating), and each chunk of articles gives
 * the ratio of their CPU. Load comes and goes, but rarely between two readings of one article a
 * few milliseconds apart, so the median of the chunks' ratios holds steady where totals taken
 * minutes apart do not.
 */

/** One chunk: each build's thread CPU in ms reading it, and whether their readings agree. */
export interface ChunkTiming {
  baseMs: number;
  branchMs: number;
  same: boolean;
}

export interface AbSummary {
  chunks: number;
  baseMsPerArticle: number;
  branchMsPerArticle: number;
  /** branch / base, the median over the chunks: below 1 the branch is faster. */
  medianRatio: number;
  /** The quartiles of the chunk ratios: a median between them is no more certain than their spread. */
  ratioQuartiles: [number, number];
  /** Chunks whose two readings differ: a speed change must have none. */
  differing: number;
}

/** Whether the base reads an article first, by the article's turn: every other one, so neither build always finds the other's garbage to collect or its data out of the cache. */
export const baseFirst = (turn: number): boolean => turn % 2 === 0;

function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const [low, high] = [Math.floor(at), Math.ceil(at)];
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export function abSummary(timings: ChunkTiming[], articlesPerChunk: number): AbSummary {
  if (timings.length === 0) throw new Error('abSummary: no chunk timed');
  const ratios = timings.map((t) => t.branchMs / t.baseMs).sort((a, b) => a - b);
  const articles = timings.length * articlesPerChunk;
  const total = (ms: (t: ChunkTiming) => number): number => timings.reduce((sum, t) => sum + ms(t), 0);
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  return {
    chunks: timings.length,
    baseMsPerArticle: round(total((t) => t.baseMs) / articles),
    branchMsPerArticle: round(total((t) => t.branchMs) / articles),
    medianRatio: round(quantile(ratios, 0.5)),
    ratioQuartiles: [round(quantile(ratios, 0.25)), round(quantile(ratios, 0.75))],
    differing: timings.filter((t) => !t.same).length,
  };
}
