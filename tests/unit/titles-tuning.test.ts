// The titles of every tuning build (the seeds and the development sets' tuning parts, built as one
// site) hold the title rules of src/pipeline/events/headline*.ts: each says what happened, in one
// line, ends on a word that carries meaning, and names any two people in the same order everywhere.
import { beforeAll, describe, expect, it } from 'vitest';
import { seedsBuild, togetherBuilds } from '../../scripts/lib/corpus-builds.ts';
import { DANGLING } from '../../src/pipeline/events/headline-lexicon.ts';
import type { TimelineEvent } from '../../src/pipeline/types.ts';

let events: TimelineEvent[];
beforeAll(() => {
  // Every set scores the one together timeline: its events are the first build's.
  events = [...seedsBuild().timeline.events, ...togetherBuilds()[0]!.timeline.events];
}, 600_000);

/** A speaker and a reporting act, nothing of what was said or done ("Reuters says so", "Vikram Misri tells reporters"). */
const SPEECH_ACT_ONLY = /^(?:\S+\s+){1,5}(?:says|said|tells\s+reporters|told\s+reporters|speaks|makes\s+a\s+statement|holds\s+a\s+(?:phone|video)\s+call)(?:\s+so)?$/;

describe('titles of the tuning builds', () => {
  it('builds events to look at', () => {
    expect(events.length).toBeGreaterThan(100);
  });

  it('say what happened, not only that someone spoke', () => {
    expect(events.map((e) => e.title).filter((t) => SPEECH_ACT_ONLY.test(t))).toEqual([]);
  });

  it('end on a word that carries meaning, cut or not', () => {
    const last = (title: string) => title.replace(/\s*…$/, '').split(/\s+/).at(-1)!.replace(/[^\p{L}]+$/u, '');
    expect(events.map((e) => e.title).filter((t) => DANGLING.test(last(t)))).toEqual([]);
  });

  it('fit one line of two words or more', () => {
    expect(events.map((e) => e.title).filter((t) => t.split(/\s+/).length < 2 || t.length > 110)).toEqual([]);
  });

  it('name any two people in the same order in every title', () => {
    const order = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of events) {
      const surnames = [...new Set((e.roles?.present ?? []).map((p) => p.name.split(/\s+/).at(-1)!))];
      const at = surnames.map((s) => ({ s, i: e.title.search(new RegExp(`(?<!\\p{L})${s}(?!\\p{L})`, 'u')) })).filter((x) => x.i >= 0);
      for (const a of at) {
        for (const b of at) {
          if (a.i >= b.i) continue;
          const pair = [a.s, b.s].sort().join('|');
          const seen = order.get(pair);
          if (seen === undefined) order.set(pair, `${a.s} before ${b.s}`);
          else if (seen !== `${a.s} before ${b.s}`) clashes.push(`${e.title} (elsewhere ${seen})`);
        }
      }
    }
    expect(order.size).toBeGreaterThan(10);
    expect(clashes).toEqual([]);
  });
});
