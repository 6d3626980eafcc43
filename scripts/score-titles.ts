// `npm run score:titles`: titles on the short reports of our own in tests/fixtures/dev-articles/titles*.yaml (titles, titles-2 … titles-5)
// (what they say, no vehicle or affiliation as a person, whole, present tense, people in one order),
// each set by its tuning and held-out splits, with an empty gazetteer. `--verbose` lists the tuning splits' misses.
import { readdirSync } from 'node:fs';
import { printDevScore } from './lib/dev-articles.ts';
import { formatTitleScore, readTitleDevArticles, scoreTitles } from './lib/title-score.ts';
import { compareStrings } from '../src/pipeline/order.ts';

const DIR = 'tests/fixtures/dev-articles';
for (const file of readdirSync(DIR).filter((f) => /^titles(?:-\d+)?\.yaml$/.test(f)).sort(compareStrings)) {
  process.stdout.write(`${file}\n`);
  printDevScore(readTitleDevArticles(`${DIR}/${file}`), scoreTitles, formatTitleScore);
}
