/**
 * Draws a share card straight onto a Skia canvas (@napi-rs/canvas) with the layout of
 * og-card.ts, and encodes it as PNG with sharp (libvips), whose encoder costs a fifth of
 * Skia's for the same size. No SVG in between: `npm run bench:og` compares the renderers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { CARD_FONT, CARD_HEIGHT, CARD_LAYOUT as L, CARD_WIDTH, cardLines, type CardText } from './og-card.ts';

const require = createRequire(import.meta.url);

// Latin and Latin-ext of both weights, so names such as "Łukasz" draw in Inter, not a fallback.
const FONT_FILES = ['inter-latin-400-normal.woff', 'inter-latin-ext-400-normal.woff', 'inter-latin-700-normal.woff', 'inter-latin-ext-700-normal.woff'];

let fontsLoaded = false;
function loadFonts(): void {
  if (fontsLoaded) return;
  for (const file of FONT_FILES) GlobalFonts.register(readFileSync(require.resolve(`@fontsource/inter/files/${file}`)), CARD_FONT);
  fontsLoaded = true;
}

let canvas: Canvas | undefined;

/**
 * One canvas per thread, reset and drawn over for each card. A canvas's 3 MB of pixels are
 * freed only when the garbage collector finds its object, which a thread that allocates
 * little JavaScript seldom runs: a new canvas per card piled up hundreds of megabytes.
 */
function cardContext(): SKRSContext2D {
  canvas ??= createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.reset();
  return ctx;
}

/** The card's pixels, RGBA, CARD_WIDTH × CARD_HEIGHT (a copy: the canvas is drawn over for the next card). */
export function drawCardPixels(text: CardText): Buffer {
  loadFonts();
  const ctx = cardContext();
  ctx.fillStyle = L.paper;
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = L.accent;
  ctx.fillRect(0, 0, CARD_WIDTH, L.rule);
  ctx.textBaseline = 'alphabetic';

  const left = L.padX;
  const right = CARD_WIDTH - L.padX;
  const width = right - left;
  const top = L.rule + L.padY;
  const bottom = CARD_HEIGHT - L.padY;

  // Top row: the site name on the left, the eyebrow on the right, on one baseline.
  setFont(ctx, 700, 34, -0.5);
  ctx.fillStyle = L.ink;
  const rowBaseline = top + 34 * 0.97;
  ctx.fillText('Dateline', left, rowBaseline);
  setFont(ctx, 400, 26, 2);
  ctx.fillStyle = L.muted;
  ctx.textAlign = 'right';
  ctx.fillText(text.eyebrow.toUpperCase(), right, rowBaseline);
  ctx.textAlign = 'left';

  // Footer, bottom-aligned.
  setFont(ctx, 400, 26, 0);
  const footerHeight = 26 * 1.2;
  ctx.fillText(text.footer, left, bottom - footerHeight + 26 * 0.95);

  // The middle block sits halfway between the top row and the footer, as flexbox's
  // space-between places it.
  const blocks = cardLines(text, (line, weight, size, spacing) => {
    setFont(ctx, weight, size, spacing);
    return ctx.measureText(line).width;
  }, width);
  const blockHeight = blocks.reduce((sum, b) => sum + b.marginTop + b.lines.length * b.lineHeight, 0);
  const rowHeight = 34 * 1.2;
  let y = top + rowHeight + (bottom - footerHeight - top - rowHeight - blockHeight) / 2;
  for (const block of blocks) {
    y += block.marginTop;
    setFont(ctx, block.weight, block.size, block.spacing);
    ctx.fillStyle = block.color;
    for (const line of block.lines) {
      // Centre the glyphs in the line box as CSS does: half the leading above.
      ctx.fillText(line, left, y + (block.lineHeight - block.size * 1.2) / 2 + block.size * 0.95);
      y += block.lineHeight;
    }
  }
  return ctx.canvas.data();
}

/**
 * The card as PNG bytes; the same text always gives the same bytes. zlib level 3, not 6:
 * about 2 ms (a fifth) less per card for 12 % more bytes (`npm run bench:og`).
 */
export function drawCard(text: CardText): Promise<Buffer> {
  return sharp(drawCardPixels(text), { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } })
    .png({ adaptiveFiltering: false, compressionLevel: 3 })
    .toBuffer();
}

let version: string | undefined;

/** Everything besides a card's text that changes its pixels: this code, the layout, the libraries and fonts. */
export function drawingVersion(): string {
  version ??= createHash('sha256')
    .update(['@napi-rs/canvas', '@fontsource/inter'].map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`).join(' '))
    .update(`sharp@${sharp.versions.sharp} vips@${sharp.versions.vips}`)
    .update(FONT_FILES.join(' '))
    .update(readFileSync(new URL('./og-draw.ts', import.meta.url)))
    .update(readFileSync(new URL('./og-card.ts', import.meta.url)))
    .digest('hex');
  return version;
}

function setFont(ctx: SKRSContext2D, weight: 400 | 700, size: number, spacing: number): void {
  ctx.font = `${weight} ${size}px ${CARD_FONT}`;
  ctx.letterSpacing = `${spacing}px`;
}
