import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardLines, eventCardText, shorten, siteCardText, wrap } from './og-card.ts';
import { cardPath, listenForShareCards, requestShareCards, shareCards, SITE_CARD } from './og-cards.ts';
import { drawCard } from './og-draw.ts';
import { startDrawing, writeCards } from './og-render.ts';
import { testTimeline } from '../../tests/support/timeline.ts';

const [geneva, call, summit] = testTimeline().events;

/** Width and height from the PNG's IHDR chunk, which always comes first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** One px per character: enough to check wrapping without a font. */
const byLength = (line: string) => line.length;

describe('eventCardText', () => {
  it('shows the date text, headline, participants, place and number of sources', () => {
    expect(eventCardText(geneva!)).toEqual({
      eyebrow: 'Talks',
      date: '25 February 2026',
      headline: 'Witkoff and Araghchi hold talks in Geneva',
      detail: 'Steve Witkoff and Abbas Araghchi · Geneva',
      footer: '2 sources cited',
    });
    expect(eventCardText(summit!)).toMatchObject({ eyebrow: 'Planned summit', date: 'early March 2026', footer: '1 source cited' });
  });
});

describe('cardLines', () => {
  it('lays out date, headline and detail, every word of each on its lines', () => {
    const text = eventCardText(geneva!);
    const blocks = cardLines(text, byLength, 20);
    expect(blocks.map((b) => b.lines.join(' '))).toEqual([text.date, text.headline, text.detail]);
    for (const block of blocks) for (const line of block.lines) expect(line.length).toBeLessThanOrEqual(20);
    expect(cardLines(siteCardText, byLength, 1000).map((b) => b.lines.join(' '))).toEqual([siteCardText.headline, siteCardText.detail]);
  });

  it('sets a long headline smaller', () => {
    const long = { ...siteCardText, headline: 'word '.repeat(20).trim() };
    expect(cardLines(long, byLength, 1000)[0]!.size).toBeLessThan(cardLines(siteCardText, byLength, 1000)[0]!.size);
  });

  it('wraps at words, a word too long for a line alone on its line', () => {
    expect(wrap('aa bb cc', byLength, 5)).toEqual(['aa bb', 'cc']);
    expect(wrap('a verylongword b', byLength, 5)).toEqual(['a', 'verylongword', 'b']);
  });

  it('shortens a long headline at a word boundary', () => {
    const long = 'Negotiators from both sides agree to continue talks next week '.repeat(4);
    const short = shorten(long, 120);
    expect(short.length).toBeLessThanOrEqual(120);
    expect(short).toMatch(/\w…$/);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
  });
});

describe('which cards', () => {
  it('gives each key event its own card and a context event the site card', () => {
    expect(cardPath(geneva!)).toBe(`og/${geneva!.id}.png`);
    expect(call!.tier).toBe('context');
    expect(cardPath(call!)).toBe(SITE_CARD);
    expect(shareCards(testTimeline().events).map((c) => c.path)).toEqual([SITE_CARD, `og/${geneva!.id}.png`, `og/${summit!.id}.png`]);
  });
});

describe('drawCard', () => {
  it('draws a 1200×630 PNG, the same bytes every time, different for different text', async () => {
    const png = await drawCard(eventCardText(geneva!));
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect((await drawCard(eventCardText(geneva!))).equals(png)).toBe(true);
    expect((await drawCard(eventCardText(summit!))).equals(png)).toBe(false);
  });

  it('leaves nothing of one card on the next (each thread draws every card on one canvas)', async () => {
    const [first, second] = [await drawCard(eventCardText(summit!)), await drawCard(eventCardText(geneva!))];
    // Drawn after other cards and in the other order, each gives the same bytes.
    expect((await drawCard(eventCardText(geneva!))).equals(second)).toBe(true);
    expect((await drawCard(eventCardText(summit!))).equals(first)).toBe(true);
    const [a, b] = await Promise.all([drawCard(eventCardText(geneva!)), drawCard(eventCardText(summit!))]);
    expect([a.equals(second), b.equals(first)]).toEqual([true, true]);
  });
});

describe('writeCards', () => {
  const work = mkdtempSync(join(tmpdir(), 'og-cards-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const cache = join(work, 'cache');

  it('draws each card once into the cache, puts every card in the site, and prunes cards no longer used', async () => {
    const cards = shareCards(testTimeline().events);
    expect(await writeCards(cards, join(work, 'site-1'), cache)).toEqual({ cards: 3, drawn: 3, pruned: 0 });
    for (const card of cards) expect(pngSize(readFileSync(join(work, 'site-1', card.path)))).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(readdirSync(cache)).toHaveLength(3);

    const cached = join(cache, readdirSync(cache)[0]!);
    const drawnAt = statSync(cached).mtimeMs;
    expect(await writeCards(cards, join(work, 'site-2'), cache)).toEqual({ cards: 3, drawn: 0, pruned: 0 });
    expect(statSync(cached).mtimeMs).toBe(drawnAt);

    const fewer = cards.slice(0, 2);
    expect(await writeCards(fewer, join(work, 'site-3'), cache)).toEqual({ cards: 2, drawn: 0, pruned: 1 });
    expect(readdirSync(cache)).toHaveLength(2);
    expect(existsSync(join(work, 'site-3', cards[2]!.path))).toBe(false);
  });

  it('draws in a background process, then on every core, the same cards as writeCards', async () => {
    const cards = shareCards(testTimeline().events);
    const drawing = startDrawing(cards, join(work, 'cache-pool'), { normal: 0, background: 1 });
    drawing.useEveryCore();
    expect(await drawing.finish(join(work, 'site-pool'))).toEqual({ cards: 3, drawn: 3, pruned: 0 });
    for (const card of cards) expect(readFileSync(join(work, 'site-pool', card.path)).equals(readFileSync(join(work, 'site-1', card.path)))).toBe(true);
  });
});

describe('requestShareCards', () => {
  afterAll(() => listenForShareCards(undefined));

  it('hands the cards to the listening integration, and says when none listens (astro dev)', () => {
    const cards = shareCards(testTimeline().events);
    expect(requestShareCards(cards)).toBe(false);
    const received: unknown[] = [];
    listenForShareCards((list) => received.push(list));
    expect(requestShareCards(cards)).toBe(true);
    expect(received).toEqual([cards]);
  });
});
