// The summaries and evidence of every tuning build (the seeds and the development sets' tuning
// parts, built as one site) hold what src/pipeline/merge/summary-sentence.ts and best-report.ts
// promise: one attributed sentence of the evidence, about its event, and evidence that leads with
// the sentence the summary stands on and cites no sentence that tells of another event instead.
import { beforeAll, describe, expect, it } from 'vitest';
import { seedsBuild, togetherBuilds } from '../../scripts/lib/corpus-builds.ts';
import { DANGLING } from '../../src/pipeline/events/headline-lexicon.ts';
import { kindFamily } from '../../src/pipeline/events/kinds.ts';
import { findTriggers } from '../../src/pipeline/events/triggers.ts';
import { isAbout } from '../../src/pipeline/merge/summary-sentence.ts';
import { extractArticle, extractionContext } from '../../src/pipeline/events/article-extraction.ts';
import type { EventKind } from '../../src/pipeline/events/kinds.ts';
import { readContentExtras } from '../../src/pipeline/read-content.ts';
import type { Article, Timeline, TimelineEvent } from '../../src/pipeline/types.ts';

let timelines: Timeline[];
let events: TimelineEvent[];
beforeAll(() => {
  timelines = [seedsBuild().timeline, togetherBuilds()[0]!.timeline];
  events = timelines.flatMap((t) => t.events);
}, 600_000);

const PRONOUN = /^(?:(?:He|She|They|It|His|Her|Their|Its)\b(?!['’]s\s)|(?:This|That|These|Those)\s+(?:is|was|are|were|has|had)\b)/;
const DATELINE = /^(?:[A-Z]{3,}(?:[ ,.'’-]+[A-Z]{2,})*\s*(?:[,:]|--|[-–—])|\p{Lu}\p{Ll}+,\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})\b)/u;
const quotes = (e: TimelineEvent): string[] => e.sources.flatMap((s) => s.quotes.map((q) => q.text));
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

describe('summaries of the tuning builds', () => {
  it('builds events to look at', () => {
    expect(events.length).toBeGreaterThan(100);
  });

  it('are one sentence that ends with a full stop, not cut off', () => {
    const last = (s: string) => s.replace(/[.]["”’]?$/, '').split(/\s+/).at(-1)!.replace(/[^\p{L}]+$/u, '');
    expect(events.map((e) => e.summary).filter((s) => !/[.]["”’]?$/.test(s) || DANGLING.test(last(s)) || s.includes('…') || /[.!?]["”’]?\s+\(/.test(s))).toEqual([]);
  });

  it('open with no dateline', () => {
    expect(events.map((e) => e.summary).filter((s) => DATELINE.test(s))).toEqual([]);
  });

  it('open with no pronoun, unless every sentence the event cites stands on one', () => {
    const capital = (q: string) => q.charAt(0).toUpperCase() + q.slice(1);
    const onPronoun = (q: string) => PRONOUN.test(q) || PRONOUN.test(capital(q.slice(q.indexOf(', ') + 2)));
    expect(events.filter((e) => PRONOUN.test(e.summary) && !quotes(e).every(onPronoun)).map((e) => e.summary)).toEqual([]);
  });

  it('say who "he" or "she" is after a phrase of time or as the one who said it', () => {
    const hidden = /^(?:On|By|Late|Early|Earlier|Later|Last|Next|Then|Since|Until)\b[^,;:"“”]{0,30}?,?\s+(?:he|she)\s|,["”’]?\s+(?:he|she)\s+(?:said|says|told|added|wrote)\b[^,]*\.["”’]?$/u;
    expect(events.map((e) => e.summary).filter((s) => hidden.test(s))).toEqual([]);
  });

  it('run to about forty words at most', () => {
    expect(events.map((e) => e.summary).filter((s) => words(s).length > 45)).toEqual([]);
  });

  // An event of kind `other` with no one taking part is named by a noun ("Start of the war") its sentence need not repeat.
  it("name one of the event's people, sides or place, or say what sort of event it was", () => {
    const names = (e: TimelineEvent) => [...e.participants, ...(e.place ? [e.place] : [])].flatMap((p) => words(p.name)).filter((w) => w.length > 2 && /^\p{Lu}/u.test(w));
    const tells = (e: TimelineEvent) => findTriggers(e.summary, '').some((hit) => kindFamily(hit.rule.kind) === kindFamily(e.kind)) || kindFamily(e.kind) === 'statement';
    const unnamed = (e: TimelineEvent) => e.kind === 'other' && e.participants.length === 0;
    expect(events.filter((e) => !unnamed(e) && !names(e).some((n) => e.summary.includes(n)) && !tells(e)).map((e) => `${e.id}: ${e.summary}`)).toEqual([]);
  });

  it('are drawn from the sentence the evidence leads with', () => {
    // Most of the summary's words are the first quote's: the rest is a name for "he" or who reported it.
    const drawn = (e: TimelineEvent) => {
      const first = e.sources[0]!.quotes[0]!.text;
      const told = words(e.summary.replace(`, ${e.sources[0]!.outlet} reported.`, '').replace(`, according to ${e.sources[0]!.outlet}.`, ''));
      return told.filter((w) => first.includes(w.replace(/[.,”"’]+$/, ''))).length >= told.length / 2;
    };
    expect(events.filter((e) => !drawn(e)).map((e) => `${e.id}: ${e.summary}`)).toEqual([]);
  });
});

describe('evidence of the tuning builds', () => {
  it('leads with a sentence about the event whenever it cites one', () => {
    const first = (e: TimelineEvent) => e.sources[0]!.quotes[0]!.text;
    expect(events.filter((e) => !isAbout(first(e), e.kind) && quotes(e).some((q) => isAbout(q, e.kind))).map((e) => `${e.id}: ${first(e)}`)).toEqual([]);
  });

  it('cites no sentence that another sort of event was read from and that tells of it first', () => {
    // Which kinds of report each sentence was read from, as the build read them.
    const context = extractionContext(readContentExtras('content').gazetteer);
    const readFrom = new Map<string, EventKind[]>();
    for (const timeline of timelines) {
      for (const { citations: _c, events: _e, sentences: _s, ...article } of timeline.articles) {
        for (const report of extractArticle({ ...article, file: article.id } as Article, context).found.candidates) {
          const key = `${report.article}#${report.evidence[0]!.sentence}`;
          readFrom.set(key, [...(readFrom.get(key) ?? []), report.kind]);
        }
      }
    }
    const elsewhere = events.flatMap((e) =>
      e.sources.flatMap((s) =>
        s.quotes
          .filter((q) => {
            const kinds = readFrom.get(`${s.article}#${q.sentence}`) ?? [];
            if (kinds.some((k) => kindFamily(k) === kindFamily(e.kind))) return false;
            return kinds.some((k) => kindFamily(k) !== 'statement') && !isAbout(q.text, e.kind);
          })
          .map((q) => `${e.id}: ${q.text}`),
      ),
    );
    expect(elsewhere).toEqual([]);
  });
});
