// `npm run score:entities`: who and where on the short reports of our own in
// tests/fixtures/dev-articles/entities*.yaml, each batch by its tuning and held-out splits, with an
// empty gazetteer. `--verbose` lists the tuning splits' misses.
import { readdirSync } from 'node:fs';
import { printDevScore } from './lib/dev-articles.ts';
import { formatEntityScore, readEntityDevArticles, scoreEntities } from './lib/entity-score.ts';
import { compareStrings } from '../src/pipeline/order.ts';

const DIR = 'tests/fixtures/dev-articles';
for (const file of readdirSync(DIR).filter((f) => /^entities(?:-\d+)?\.yaml$/.test(f)).sort(compareStrings)) {
  process.stdout.write(`${file}\n`);
  printDevScore(readEntityDevArticles(`${DIR}/${file}`), scoreEntities, formatEntityScore);
}
