// `npm run bench:og [-- --cards 100]`: CPU time and size per share card for the ways of
// encoding a card drawn on the canvas (src/exports/og-draw.ts), on synthetic events. The
// machine is shared, so CPU time, not wall time, is what compares. Prints figures only.
import { createCanvas, ImageData } from '@napi-rs/canvas';
import sharp, { type Sharp } from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH } from '../src/exports/og-card.ts';
import { eventCardText, type CardText } from '../src/exports/og-card.ts';
import { drawCard, drawCardPixels } from '../src/exports/og-draw.ts';
import { parseCorrections } from '../src/pipeline/corrections/corrections-file.ts';
import { parseGazetteer } from '../src/pipeline/entities/gazetteer.ts';
import { buildTimeline } from '../src/pipeline/timeline.ts';
import { generateCorpus } from './synthetic/corpus.ts';
import { scriptArgs } from './lib/args.ts';

const { values } = scriptArgs({ name: 'bench:og', usage: 'usage: npm run bench:og -- [--cards 100]', config: { options: { cards: { type: 'string', default: '100' } } } });
const { articles, gazetteer } = generateCorpus(Math.ceil(Number(values.cards) / 3));
const extras = { gazetteer: parseGazetteer(gazetteer, 'synthetic-gazetteer.yaml'), corrections: parseCorrections('', 'none') };
const events = buildTimeline(articles, extras).events.slice(0, Number(values.cards));
const texts = events.map(eventCardText);

/** A card's pixels on a canvas again, for Skia's own encoders. */
function skia(text: CardText) {
  const canvas = createCanvas(1200, 630);
  const context = canvas.getContext('2d');
  context.putImageData(new ImageData(new Uint8ClampedArray(drawCardPixels(text)), 1200, 630), 0, 0);
  return canvas;
}

/** The card's pixels encoded by sharp (libvips) with the given output options. */
const viaSharp = (encode: (image: Sharp) => Sharp) => (text: CardText) =>
  encode(sharp(drawCardPixels(text), { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } })).toBuffer();

const renderers: [string, (text: CardText) => Buffer | Promise<Buffer>][] = [
  ['draw only (RGBA pixels)', drawCardPixels],
  ['draw only, again (warm)', drawCardPixels],
  ['draw + sharp PNG zlib 3 (used)', drawCard],
  ['draw + sharp PNG zlib 1', viaSharp((image) => image.png({ adaptiveFiltering: false, compressionLevel: 1 }))],
  ['draw + sharp PNG zlib 6', viaSharp((image) => image.png({ adaptiveFiltering: false, compressionLevel: 6 }))],
  ['draw + sharp PNG RGB zlib 1', viaSharp((image) => image.removeAlpha().png({ adaptiveFiltering: false, compressionLevel: 1 }))],
  ['draw + sharp PNG palette', viaSharp((image) => image.png({ palette: true, effort: 1, colours: 64 }))],
  ['draw + sharp JPEG q85', viaSharp((image) => image.removeAlpha().jpeg({ quality: 85, mozjpeg: false }))],
  ['draw + Skia PNG', (text) => skia(text).toBuffer('image/png')],
  ['draw + Skia JPEG q88', (text) => skia(text).toBuffer('image/jpeg', 88)],
];

process.stdout.write(`${texts.length} cards\n\n| renderer | CPU ms / card | KB / card |\n|---|---:|---:|\n`);
for (const [name, render] of renderers) {
  await render(texts[0]!);
  const before = process.cpuUsage();
  let bytes = 0;
  for (const text of texts) bytes += (await render(text)).length;
  const used = process.cpuUsage(before);
  process.stdout.write(`| ${name} | ${((used.user + used.system) / 1000 / texts.length).toFixed(1)} | ${(bytes / texts.length / 1024).toFixed(0)} |\n`);
}
