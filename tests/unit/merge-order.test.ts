// Merging may meet reports in any order (flow may merge each worker's share as it arrives): the
// same reports, shuffled, must make the same events, in the same order, with the same members.
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/lib/corpus.ts';
import type { CandidateEvent } from '../../src/pipeline/events/candidate.ts';
import { extractArticle, extractionContext } from '../../src/pipeline/events/article-extraction.ts';
import { placeWithin } from '../../src/pipeline/entities/places.ts';
import { mergeReports } from '../../src/pipeline/merge/merge-reports.ts';
import { readArticles, readContentExtras } from '../../src/pipeline/read-content.ts';

const extras = readContentExtras('content');
const context = extractionContext(extras.gazetteer);
// The seeds and the fifth merging batch: plans, spans, moved trips, calls and meetings of one day.
const articles = [...readArticles('content'), ...readCorpus('tests/fixtures/dev-articles/merge-5').articles.values()];
const candidates = articles.flatMap((a) => extractArticle(a, context).found.candidates);
const byId = new Map(extras.gazetteer.entities.map((e) => [e.id, e]));
const within = (place: string) => placeWithin(byId.get(place));
const isPerson = (id: string) => byId.get(id)?.type !== 'country' && byId.get(id)?.type !== 'place' && byId.get(id)?.type !== 'organization';

const key = (r: CandidateEvent) => `${r.article}#${r.evidence[0]?.sentence}#${r.kind}#${r.date.value}`;
const merged = (given: CandidateEvent[]) => mergeReports(given, within, isPerson).map((c) => c.members.map(key));

/** A fixed, seeded shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('mergeReports and the order of its input', () => {
  it('makes the same events from the same reports, shuffled', () => {
    expect(candidates.length).toBeGreaterThan(40);
    const once = merged(candidates);
    expect(once.some((members) => members.length > 1)).toBe(true);
    for (const seed of [1, 2, 3, 4, 5]) expect(merged(shuffled(candidates, seed))).toEqual(once);
    expect(merged([...candidates].reverse())).toEqual(once);
  });
});
