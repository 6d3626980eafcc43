// Merging as the site grows: the events a set of articles makes must not change when articles
// about other happenings are built beside them (a summit in another set taking in a side meeting,
// an institution of one set widening a table of another). Each development set's tuning part is
// built alone and with every other set's tuning part; its articles' sentences must
// fall into the same events both ways. (Articles are read in id order, so the order they are
// given in never matters: tests/unit/merge-order.test.ts shuffles the reports themselves.)
import { beforeAll, describe, expect, it } from 'vitest';
import { type Build, corpusBuilds, mergeDevBuilds, togetherBuilds } from '../../scripts/lib/corpus-builds.ts';
import type { Timeline } from '../../src/pipeline/types.ts';

/** The set's sentences grouped by the event citing them, each group told by its kind family and quotes. */
function eventsOf(timeline: Timeline, articles: Set<string>): string[] {
  const family = (kind: string) => (kind === 'talks' || kind === 'meeting' || kind === 'summit' ? 'gathering' : kind);
  return timeline.events
    .map((e) => ({ kind: family(e.kind), quotes: e.sources.filter((s) => articles.has(s.article)).flatMap((s) => s.quotes.map((q) => `${s.article}: ${q.text}`)) }))
    .filter((e) => e.quotes.length > 0)
    .map((e) => `${e.kind} | ${e.quotes.sort().join(' + ')}`)
    .sort();
}

let alone: Map<string, Build>;
let together: Build[];
beforeAll(() => {
  alone = new Map([...corpusBuilds(), ...mergeDevBuilds()].map((b) => [b.name, b]));
  together = togetherBuilds();
}, 600_000);

describe('merging a set with other articles beside it', () => {
  it('builds every set together with the others', () => {
    expect(together.map((b) => b.name)).toEqual(['tuning+', 'merge+', 'merge4+', 'merge5+', 'merge6+', 'merge7+', 'merge8+', 'merge9+', 'merge10+', 'merge11+', 'merge12+', 'merge13+', 'merge14+']);
  });

  it.each(['tuning', 'merge-tune', 'merge4-tune', 'merge5-tune', 'merge6-tune', 'merge7-tune', 'merge8-tune', 'merge9-tune', 'merge10-tune', 'merge11-tune', 'merge12-tune', 'merge13-tune', 'merge14-tune'])('makes the same events of %s', sameEventsBeside);
});

function sameEventsBeside(name: string): void {
  const own = alone.get(name)!;
  const beside = together.find((b) => b.name === `${name.replace(/-tune$/, '').replace('-', '')}+`)!;
  const articles = new Set(own.timeline.articles.map((a) => a.id));
  expect(articles.size).toBeGreaterThan(0);
  expect(beside.timeline.articles.length).toBeGreaterThan(articles.size);
  expect(eventsOf(beside.timeline, articles)).toEqual(eventsOf(own.timeline, articles));
  expect(beside.score.merged).toEqual(own.score.merged);
}
