// `npm run score:entities`: who and where on the short reports of our own in
// tests/fixtures/dev-articles/entities.yaml, tuning and held-out splits, with an empty gazetteer.
// `--verbose` lists the tuning split's misses.
import { printDevScore } from './lib/dev-articles.ts';
import { formatEntityScore, readEntityDevArticles, scoreEntities } from './lib/entity-score.ts';

printDevScore(readEntityDevArticles('tests/fixtures/dev-articles/entities.yaml'), scoreEntities, formatEntityScore);
