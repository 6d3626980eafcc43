import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_FONT, CARD_HEIGHT, CARD_WIDTH, type CardNode } from './og-card.ts';

const require = createRequire(import.meta.url);

// Satori reads TTF, OTF and WOFF, not WOFF2. Latin-ext covers names such as "Łukasz".
const FONT_FILES = [
  { file: 'inter-latin-400-normal.woff', weight: 400 },
  { file: 'inter-latin-ext-400-normal.woff', weight: 400 },
  { file: 'inter-latin-700-normal.woff', weight: 700 },
  { file: 'inter-latin-ext-700-normal.woff', weight: 700 },
] as const;

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function cardFonts() {
  fonts ??= FONT_FILES.map(({ file, weight }) => ({
    name: CARD_FONT,
    data: readFileSync(require.resolve(`@fontsource/inter/files/${file}`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/** A card as PNG bytes. Text is embedded as paths, so no system font is involved. */
export async function renderCard(node: CardNode): Promise<Buffer> {
  const svg = await satori(node as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: cardFonts() });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * `renderCard` with a disk cache keyed by the card's content and the renderer's versions.
 * A card costs about 60 ms to draw in a build (a third satori, the rest resvg's rendering
 * and PNG encoding): 3,875 cards for the 1,000-article synthetic corpus took ~220 s of a
 * 300 s build; from the cache a card takes ~5 ms and the build ~105 s.
 */
export async function cachedCard(node: CardNode, cacheDir = join(process.cwd(), 'node_modules', '.cache', 'dateline-og')): Promise<Buffer> {
  const file = join(cacheDir, `${cardKey(node)}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = await renderCard(node);
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename: builds running side by side never read a half-written card.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return png;
  }
}

let rendererVersion: string | undefined;

export function cardKey(node: CardNode): string {
  rendererVersion ??= ['satori', '@resvg/resvg-js', '@fontsource/inter']
    .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)
    .concat(FONT_FILES.map(({ file }) => file))
    .join(' ');
  return createHash('sha256').update(rendererVersion).update('\0').update(JSON.stringify(node)).digest('hex').slice(0, 32);
}
