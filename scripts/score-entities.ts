// `npm run score:entities`: who and where on the short reports of our own in
// tests/fixtures/dev-articles/entities.yaml, tuning and held-out splits, with an empty gazetteer.
// `--verbose` lists the tuning split's misses (the held-out split prints its totals only).
import { parseArgs } from 'node:util';
import { formatEntityScore, readDevArticles, scoreEntities } from './lib/entity-score.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v', default: false } } });
const articles = readDevArticles('tests/fixtures/dev-articles/entities.yaml');
for (const split of ['tuning', 'held-out'] as const) {
  const score = scoreEntities(articles.filter((a) => a.split === split));
  process.stdout.write(`${formatEntityScore(split, score, values.verbose && split === 'tuning')}\n`);
}
