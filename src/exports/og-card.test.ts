import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { card, CARD_HEIGHT, CARD_WIDTH, eventCardText, shorten, siteCardText, type CardNode } from './og-card.ts';
import { cachedCard, cardKey, renderCard } from './og-render.ts';
import { testTimeline } from './test-timeline.ts';

const [geneva, , summit] = testTimeline().events;

/** Width and height from the PNG's IHDR chunk, which always comes first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function texts(node: CardNode): string[] {
  const { children } = node.props;
  if (typeof children === 'string') return [children];
  return [children ?? []].flat().flatMap(texts);
}

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

describe('card', () => {
  it('puts the site name and every text on the card', () => {
    const text = eventCardText(geneva!);
    expect(texts(card(text))).toEqual(['Dateline', text.eyebrow, text.date, text.headline, text.detail, text.footer]);
    expect(texts(card(siteCardText))).not.toContain('');
  });

  it('shortens a long headline at a word boundary', () => {
    const long = 'Negotiators from both sides agree to continue talks next week '.repeat(4);
    const short = shorten(long, 120);
    expect(short.length).toBeLessThanOrEqual(120);
    expect(short).toMatch(/\w…$/);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
  });
});

describe('renderCard', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('draws a 1200×630 PNG, the same bytes every time', async () => {
    const node = card(eventCardText(geneva!));
    const png = await renderCard(node);
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect((await renderCard(node)).equals(png)).toBe(true);
  });

  it('caches by content: the same card is read back, another card gets its own file', async () => {
    const node = card(eventCardText(geneva!));
    const drawn = await cachedCard(node, cacheDir);
    expect(readdirSync(cacheDir)).toEqual([`${cardKey(node)}.png`]);
    expect((await cachedCard(node, cacheDir)).equals(drawn)).toBe(true);
    await cachedCard(card(eventCardText(summit!)), cacheDir);
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });
});
