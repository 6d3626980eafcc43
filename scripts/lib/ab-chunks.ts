/**
 * The arithmetic of an in-process A/B (scripts/bench-ab.ts): two builds read the same articles,
 * each article by one and then the other (the first alternating), and each article gives the
 * ratio of their two readings' times. A reading that a garbage collection or another process's
 * cache misses fell into is an outlier of its article's ratio only: each chunk's median ratio
 * ignores it, where the ratio of a chunk's totals took it whole (a major collection of 20–50 ms
 * against chunks of 60 readings of 4–5 ms), and the median over the chunks says which is faster.
 */

/** One chunk: each build's time in ms reading each of its articles, and whether their readings agree. */
export interface ChunkTiming {
  baseMs: number[];
  branchMs: number[];
  same: boolean;
}

export interface AbSummary {
  chunks: number;
  baseMsPerArticle: number;
  branchMsPerArticle: number;
  /** branch / base, the median over the chunks of each chunk's median article ratio: below 1 the branch is faster. */
  medianRatio: number;
  /** The quartiles of the chunks' median ratios: a median between them is no more certain than their spread. */
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

const sortedUp = (values: number[]): number[] => [...values].sort((a, b) => a - b);
const sum = (values: number[]): number => values.reduce((total, v) => total + v, 0);

/** The median over a chunk's articles of branch / base. */
export function chunkRatio({ baseMs, branchMs }: ChunkTiming): number {
  if (baseMs.length === 0 || baseMs.length !== branchMs.length) throw new Error('chunkRatio: each article needs a reading by each build');
  return quantile(sortedUp(baseMs.map((base, i) => branchMs[i]! / base)), 0.5);
}

export function abSummary(timings: ChunkTiming[]): AbSummary {
  if (timings.length === 0) throw new Error('abSummary: no chunk timed');
  const ratios = sortedUp(timings.map(chunkRatio));
  const articles = sum(timings.map((t) => t.baseMs.length));
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  return {
    chunks: timings.length,
    baseMsPerArticle: round(sum(timings.map((t) => sum(t.baseMs))) / articles),
    branchMsPerArticle: round(sum(timings.map((t) => sum(t.branchMs))) / articles),
    medianRatio: round(quantile(ratios, 0.5)),
    ratioQuartiles: [round(quantile(ratios, 0.25)), round(quantile(ratios, 0.75))],
    differing: timings.filter((t) => !t.same).length,
  };
}
