// `npm run score:titles`: titles on the short reports of our own in tests/fixtures/dev-articles/titles.yaml
// (what they say, no vehicle or affiliation as a person, whole, present tense, people in one order),
// by tuning and held-out splits, with an empty gazetteer. `--verbose` lists the tuning split's misses.
import { printDevScore } from './lib/dev-articles.ts';
import { formatTitleScore, readTitleDevArticles, scoreTitles } from './lib/title-score.ts';

printDevScore(readTitleDevArticles('tests/fixtures/dev-articles/titles.yaml'), scoreTitles, formatTitleScore);
