import { describe, expect, it } from 'vitest';
import { buildSplit, median } from './bench-split.ts';

const log = `04:20:37 [build] ✓ Completed in 3.52s.
 generating static routes
[dateline] timeline: 1000 articles (0 read, the rest cached), 3874 events in 617 ms
04:20:40   ├─ /events/a/index.html (+3ms)
04:20:40   ├─ /events/b/index.html (cached)
04:20:40   ├─ /events/c/index.html (+1.20s)
04:20:40   ├─ /events/d/index.html (+5ms)
04:20:40   ├─ /articles/a/index.html (+90ms)
04:21:14 ✓ Completed in 1m 2s.
04:21:16 [dateline-og-cards] 2875 share cards in og/ (0 drawn, the rest from x; 0 unused pruned): done 0.9 s after the pages, beside the steps after them, in 0.3 s after the last of them (1.2 s in all)
04:21:29 [dateline-pagefind] 4874 event and article pages indexed into pagefind/ in 12.8 s
`;

describe('buildSplit', () => {
  it('reads pipeline, page, card and search time from a build log', () => {
    const split = buildSplit(log);
    expect(split.pipelineSeconds).toBeCloseTo(0.617);
    expect(split.renderSeconds).toBeCloseTo(62 - 0.617);
    expect(split.cardSeconds).toBe(0.3);
    expect(split.searchSeconds).toBe(12.8);
    expect(split).toMatchObject({ eventPageMs: 5, eventPagesRendered: 3 });
  });

  it('reads seconds and milliseconds as Astro writes them, and leaves out what the log lacks', () => {
    expect(buildSplit(' generating static routes\n✓ Completed in 33.46s.\n').renderSeconds).toBeCloseTo(33.46);
    expect(buildSplit(' generating static routes\n✓ Completed in 950ms.\n').renderSeconds).toBeCloseTo(0.95);
    expect(buildSplit('nothing')).toEqual({ pipelineSeconds: undefined, renderSeconds: undefined, cardSeconds: undefined, searchSeconds: undefined, eventPageMs: undefined, eventPagesRendered: 0 });
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
