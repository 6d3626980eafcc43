/** Where a Dateline build's time went, read from its log (the lines our integrations write). */
export interface BuildSplit {
  /** The timeline: `[dateline] timeline: … in N ms`. */
  pipelineSeconds?: number;
  /** Rendering pages and endpoints, the timeline aside: Astro's "generating static routes … ✓ Completed in". */
  renderSeconds?: number;
  /** What the share cards add to the build: drawing left when every other step after the pages was done (the rest is drawn beside them): `[dateline-og-cards] … in N s after the last of them`. */
  cardSeconds?: number;
  /** `[dateline-pagefind] … in N s`. */
  searchSeconds?: number;
  /** Median render time of the event pages rendered (not copied from the last build), from Astro's `/events/<id>/index.html (+N ms)` lines: from a page's start to its end, with the other pages in flight (`build.concurrency`) rendered meanwhile. */
  eventPageMs?: number;
  /** How many event pages were rendered. */
  eventPagesRendered?: number;
}

/** Astro writes "1m 2s", "33.46s" or "950ms". */
function astroSeconds(text: string): number {
  const minutes = /(\d+)m(?!s)/.exec(text);
  const seconds = /([\d.]+)s/.exec(text.replace(/\d+m(?!s)/, ''));
  const ms = /^([\d.]+)ms$/.exec(text.trim());
  if (ms) return Number(ms[1]) / 1000;
  return Number(minutes?.[1] ?? 0) * 60 + Number(seconds?.[1] ?? 0);
}

export function buildSplit(log: string): BuildSplit {
  const pipeline = /\[dateline\] timeline: .* in (\d+) ms/.exec(log);
  const pipelineSeconds = pipeline ? Number(pipeline[1]) / 1000 : undefined;
  const generating = log.indexOf('generating static routes');
  const completed = generating >= 0 ? /✓ Completed in ([^.\n]*(?:\.\d+)?m?s)\./.exec(log.slice(generating)) : null;
  const renderSeconds = completed ? astroSeconds(completed[1]!) - (pipelineSeconds ?? 0) : undefined;
  const cards = /\[dateline-og-cards\] .* in ([\d.]+) s after the last of them/.exec(log);
  const search = /\[dateline-pagefind\] .* in ([\d.]+) s/.exec(log);
  const eventPages = [...log.matchAll(/\/events\/[^/\s]+\/index\.html \(\+([\d.]+)(ms|s)\)/g)].map(([, n, unit]) => Number(n) * (unit === 's' ? 1000 : 1));
  return {
    pipelineSeconds,
    renderSeconds,
    cardSeconds: cards ? Number(cards[1]) : undefined,
    searchSeconds: search ? Number(search[1]) : undefined,
    eventPageMs: eventPages.length > 0 ? median(eventPages) : undefined,
    eventPagesRendered: eventPages.length,
  };
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
