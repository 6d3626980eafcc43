/**
 * The own corpora of whole articles (tests/fixtures/own-corpus, sealed; own-corpus-2, its
 * tuning half open and its held-out half sealed) are yardsticks whose gold must be right by
 * construction. These checks hold each fixture to its format: every article listed and between
 * 250 and 600 words, every source an article, every evidence an exact substring of a source it
 * names, every date a real calendar date, ISO week or span, every held-out file (split.yaml) an article.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OWN_SPLIT_CORPORA } from '../../scripts/lib/own-corpora.ts';
import type { Gold, GoldDate, GoldEvent } from '../../scripts/lib/corpus-score.ts';

const DIRS = ['tests/fixtures/own-corpus', ...OWN_SPLIT_CORPORA.map(({ dir }) => dir)];
const KINDS = ['call', 'talks', 'meeting', 'summit', 'statement', 'strike', 'other'];

interface Meta {
  file: string;
  title: string;
  outlet: string;
  published: string;
}
type OwnEvent = GoldEvent & { date_basis?: string; qualifier?: string };
type OwnGold = Omit<Gold, 'events'> & { events: OwnEvent[] };

/** A real calendar day, month or year. */
function wellFormedDay(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A real ISO week ("2025-W05"): a week is a date of its own precision (tests/fixtures/own-conventions.md, "Weeks"). */
function wellFormedWeek(value: string): boolean {
  const m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, week] = [Number(m[1]), Number(m[2])];
  // A year has 53 ISO weeks when its 28 December (always in its last week) falls in week 53.
  const dec28 = new Date(Date.UTC(year, 11, 28));
  const thursday = new Date(dec28.getTime() + (3 - ((dec28.getUTCDay() + 6) % 7)) * 86_400_000);
  const weeks = Math.ceil(((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return week >= 1 && week <= weeks;
}

function wellFormed(date: GoldDate): boolean {
  if (typeof date === 'object') return wellFormedDay(String(date.start)) && wellFormedDay(String(date.end)) && String(date.start) < String(date.end);
  return wellFormedDay(String(date)) || wellFormedWeek(String(date));
}

describe.each(DIRS)('%s', (DIR) => {
  const metas = (parse(readFileSync(`${DIR}/articles.yaml`, 'utf8')) as { articles: Meta[] }).articles;
  const gold = parse(readFileSync(`${DIR}/expected-timeline.yaml`, 'utf8')) as OwnGold;
  const texts = new Map(metas.map((m) => [m.file, existsSync(`${DIR}/articles/${m.file}`) ? readFileSync(`${DIR}/articles/${m.file}`, 'utf8') : '']));

  describe('articles', () => {
    it('lists every file in articles/ once, and every listed file exists', () => {
      expect(metas.map((m) => m.file).sort()).toEqual(readdirSync(`${DIR}/articles`).sort());
    });
    it.each(metas.map((m) => [m.file, m] as const))('%s has metadata, a real publication day and 250–600 words', (file, meta) => {
      expect(meta.title && meta.outlet).toBeTruthy();
      expect(String(meta.published)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(wellFormedDay(String(meta.published))).toBe(true);
      const words = texts.get(file)!.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(250);
      expect(words).toBeLessThanOrEqual(600);
    });
  });

  describe('gold', () => {
    it('has events, traps and undated mentions, and every article is cited', () => {
      expect(gold.events.length).toBeGreaterThan(0);
      expect(gold.not_events?.length).toBeGreaterThan(0);
      expect(gold.undated_mentions?.length).toBeGreaterThan(0);
      const cited = new Set(gold.events.flatMap((e) => e.sources));
      expect(metas.map((m) => m.file).filter((f) => !cited.has(f))).toEqual([]);
    });
    it.each(gold.events.map((e) => [e.label, e] as const))('%s', (_label, event) => {
      expect(['key', 'context']).toContain(event.tier);
      expect(KINDS).toContain(event.kind);
      expect(['occurred', 'planned']).toContain(event.status);
      expect(event.date_basis, 'date_basis says how the date follows from the text').toBeTruthy();
      expect(wellFormed(event.date), `date ${JSON.stringify(event.date)}`).toBe(true);
      for (const alt of event.accept ?? []) expect(wellFormed(alt), `accept ${JSON.stringify(alt)}`).toBe(true);
      if (event.qualifier !== undefined) expect(['early', 'mid', 'late']).toContain(event.qualifier);
      for (const source of event.sources) expect(texts.has(source), `source ${source} is in articles.yaml`).toBe(true);
      for (const quote of event.evidence) {
        expect(event.sources.some((s) => texts.get(s)!.includes(quote)), `evidence "${quote}" in one of its sources`).toBe(true);
      }
      for (const source of event.sources) {
        expect(event.evidence.some((q) => texts.get(source)!.includes(q)), `${source} backed by evidence`).toBe(true);
      }
    });
    it('quotes every not_event, or the phrases of a described one (what: "phrase"), verbatim from some article', () => {
      const all = [...texts.values()];
      for (const trap of gold.not_events ?? []) {
        const described = /^[a-z][^"]*:/.test(trap);
        const phrases = described ? [...trap.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : [trap];
        expect(phrases.length, trap).toBeGreaterThan(0);
        for (const phrase of phrases) expect(all.some((t) => t.includes(phrase)), phrase).toBe(true);
      }
    });
    it('quotes every undated mention from its source', () => {
      for (const mention of gold.undated_mentions ?? []) {
        expect(texts.get(mention.source) ?? '', mention.label).toContain(mention.evidence);
      }
    });
  });

  it('holds out only articles it has (split.yaml)', () => {
    const split = `${DIR}/split.yaml`;
    const heldOut = existsSync(split) ? (parse(readFileSync(split, 'utf8')) as { held_out: string[] }).held_out : [];
    expect(heldOut.filter((f) => !texts.has(f))).toEqual([]);
  });
});
