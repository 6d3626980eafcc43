/** Characters between two spans of a sentence (0 when they touch or overlap). */
export function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}

/** The item nearest to a span. */
export function nearest<T extends { start: number; end: number }>(items: T[], span: { start: number; end: number }): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || gap(item, span) < gap(best, span)) best = item;
  return best;
}
