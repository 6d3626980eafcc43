// `npm run score:events`: event extraction on the short reports of our own in
// tests/fixtures/dev-articles/events.yaml (kinds, days, plans, evidence, traps, undated mentions),
// tuning and held-out splits, with an empty gazetteer. `--verbose` lists the tuning split's misses
// (the held-out split prints its totals only).
import { parseArgs } from 'node:util';
import { formatEventScore, readEventDevArticles, scoreEvents } from './lib/event-score.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v', default: false } } });
const articles = readEventDevArticles('tests/fixtures/dev-articles/events.yaml');
for (const split of ['tuning', 'held-out'] as const) {
  const score = scoreEvents(articles.filter((a) => a.split === split));
  process.stdout.write(`${formatEventScore(split, score, values.verbose && split === 'tuning')}\n`);
}
