// `npm run score:events`: event extraction on the short reports of our own in
// tests/fixtures/dev-articles/events*.yaml (kinds, days, plans, evidence, traps, undated mentions),
// each batch by its tuning and held-out splits, with an empty gazetteer. `--verbose` lists the tuning splits' misses.
import { readdirSync } from 'node:fs';
import { printDevScore } from './lib/dev-articles.ts';
import { formatEventScore, readEventDevArticles, scoreEvents } from './lib/event-score.ts';
import { compareStrings } from '../src/pipeline/order.ts';

const DIR = 'tests/fixtures/dev-articles';
for (const file of readdirSync(DIR).filter((f) => /^events(?:-\d+)?\.yaml$/.test(f)).sort(compareStrings)) {
  process.stdout.write(`${file}\n`);
  printDevScore(readEventDevArticles(`${DIR}/${file}`), scoreEvents, formatEventScore);
}
