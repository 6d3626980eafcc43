// `npm run score:events`: event extraction on the short reports of our own in
// tests/fixtures/dev-articles/events.yaml (kinds, days, plans, evidence, traps, undated mentions),
// tuning and held-out splits, with an empty gazetteer. `--verbose` lists the tuning split's misses.
import { printDevScore } from './lib/dev-articles.ts';
import { formatEventScore, readEventDevArticles, scoreEvents } from './lib/event-score.ts';

printDevScore(readEventDevArticles('tests/fixtures/dev-articles/events.yaml'), scoreEvents, formatEventScore);
