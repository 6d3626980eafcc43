/**
 * The builds the corpus scorer measures: the seeds (content/, with its corrections) and the
 * development corpus as the tuning split, the held-out split and all 30 articles, each built
 * from its own articles only and scored against the gold events with sources among them; and
 * the own corpus (tests/fixtures/own-corpus), a sealed second yardstick nobody tunes on, and the
 * second to twenty-first own corpora (tests/fixtures/own-corpus-2 … own-corpus-21), whole articles split into tuning and held-out; and
 * the merging development sets (tests/fixtures/dev-articles/merge, merge-4 … merge-20), tuning and held-out parts;
 * and all the tuning parts built together, each scored on its own gold (togetherBuilds).
 * A list of builds takes `wanted`, the names to build: a corpus none of whose builds is wanted is not read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Gazetteer } from '../../src/pipeline/entities/gazetteer.ts';
import { readArticles, readContentExtras } from '../../src/pipeline/read-content.ts';
import { buildTimeline } from '../../src/pipeline/timeline.ts';
import type { Article, Timeline } from '../../src/pipeline/types.ts';
import { articlesOfSources, readCorpus } from './corpus.ts';
import { OWN_SPLIT_CORPORA } from './own-corpora.ts';
import { type Gold, type Score, knownNames, scoreCorpus } from './corpus-score.ts';

export interface Build {
  name: string;
  score: Score;
  timeline: Timeline;
}

/** Scores a build against its gold; gold names resolve through the gazetteer the build read (`knownNames`). */
function scoreBuild(name: string, gold: Gold, bySource: Map<string, Article>, timeline: Timeline, gazetteer: Gazetteer): Build {
  const articleOf = new Map([...bySource].map(([file, a]) => [file, a.id]));
  const textOf = new Map([...bySource.values()].map((a) => [a.id, a.body]));
  return { name, timeline, score: scoreCorpus({ gold, timeline, articleOf, textOf, known: knownNames(gazetteer) }) };
}

export function seedsBuild(root = '.'): Build {
  const content = join(root, 'content');
  const articles = readArticles(content, root);
  const seedsDir = join(root, 'tests/fixtures/seeds');
  const sources = new Map(readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(seedsDir, f), 'utf8')]));
  const gold = parse(readFileSync(join(root, 'tests/fixtures/expected-timeline.yaml'), 'utf8')) as Gold;
  const extras = readContentExtras(content);
  return scoreBuild('seeds', gold, articlesOfSources(sources, articles), buildTimeline(articles, extras), extras.gazetteer);
}

// The site's gazetteer, none of the site's corrections: those fix the seed articles.
const corpusExtras = (root: string) => ({ ...readContentExtras(join(root, 'content')), corrections: { file: 'content/corrections.yaml', items: [] } });

/** Which builds to make, by name: all of them unless told. */
export type Wanted = (name: string) => boolean;
const ALL: Wanted = () => true;

/** A corpus with a split.yaml as its tuning part, its held-out part and (when `whole` is named) all of it: those of them wanted. */
function splitBuilds(dir: string, names: { tuning: string; heldOut: string; whole?: string }, root: string, wanted: Wanted): Build[] {
  const parts = [
    { name: names.tuning, keep: (file: string, heldOut: Set<string>) => !heldOut.has(file) },
    { name: names.heldOut, keep: (file: string, heldOut: Set<string>) => heldOut.has(file) },
    { name: names.whole, keep: () => true },
  ].filter((part) => part.name !== undefined && wanted(part.name));
  if (parts.length === 0) return [];
  const corpus = readCorpus(join(root, dir));
  const extras = corpusExtras(root);
  return parts.map(({ name, keep }) => {
    const bySource = new Map([...corpus.articles].filter(([file]) => keep(file, corpus.heldOut)));
    return scoreBuild(name!, corpus.gold, bySource, buildTimeline([...bySource.values()], extras), extras.gazetteer);
  });
}

export function corpusBuilds(root = '.', wanted = ALL): Build[] {
  return splitBuilds('tests/fixtures/corpus', { tuning: 'tuning', heldOut: 'held-out', whole: 'all 30' }, root, wanted);
}

/**
 * The merging development sets: scenario groups of our own, a third of each batch set aside
 * (its split.yaml). The fourth to twelfth batches are sets of their own, each measured apart from those before it.
 */
export function mergeDevBuilds(root = '.', wanted = ALL): Build[] {
  return [
    ...splitBuilds('tests/fixtures/dev-articles/merge', { tuning: 'merge-tune', heldOut: 'merge-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-4', { tuning: 'merge4-tune', heldOut: 'merge4-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-5', { tuning: 'merge5-tune', heldOut: 'merge5-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-6', { tuning: 'merge6-tune', heldOut: 'merge6-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-7', { tuning: 'merge7-tune', heldOut: 'merge7-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-8', { tuning: 'merge8-tune', heldOut: 'merge8-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-9', { tuning: 'merge9-tune', heldOut: 'merge9-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-10', { tuning: 'merge10-tune', heldOut: 'merge10-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-11', { tuning: 'merge11-tune', heldOut: 'merge11-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-12', { tuning: 'merge12-tune', heldOut: 'merge12-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-13', { tuning: 'merge13-tune', heldOut: 'merge13-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-14', { tuning: 'merge14-tune', heldOut: 'merge14-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-15', { tuning: 'merge15-tune', heldOut: 'merge15-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-16', { tuning: 'merge16-tune', heldOut: 'merge16-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-17', { tuning: 'merge17-tune', heldOut: 'merge17-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-18', { tuning: 'merge18-tune', heldOut: 'merge18-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-19', { tuning: 'merge19-tune', heldOut: 'merge19-held' }, root, wanted),
    ...splitBuilds('tests/fixtures/dev-articles/merge-20', { tuning: 'merge20-tune', heldOut: 'merge20-held' }, root, wanted),
  ];
}

/** The development sets whose tuning parts are built together (togetherBuilds). */
const TUNING_SETS = ['tests/fixtures/corpus', 'tests/fixtures/dev-articles/merge', 'tests/fixtures/dev-articles/merge-4', 'tests/fixtures/dev-articles/merge-5', 'tests/fixtures/dev-articles/merge-6', 'tests/fixtures/dev-articles/merge-7', 'tests/fixtures/dev-articles/merge-8', 'tests/fixtures/dev-articles/merge-9', 'tests/fixtures/dev-articles/merge-10', 'tests/fixtures/dev-articles/merge-11', 'tests/fixtures/dev-articles/merge-12', 'tests/fixtures/dev-articles/merge-13', 'tests/fixtures/dev-articles/merge-14'];

/**
 * Merging as the site grows: the tuning parts of every development set built as one site, each
 * set scored on its own gold against that one timeline. A merge that holds only while a set is
 * built alone (a summit catching the side meetings of another set's reports) shows here as a
 * difference from the set's own build. Held-out parts stay out: they are scored only alone.
 * (The seeds stay out too: they report the corpus's own happenings, and a sharper date from
 * another report of one rightly changes its event.)
 */
export function togetherBuilds(root = '.'): Build[] {
  const extras = corpusExtras(root);
  const sets = TUNING_SETS.map((dir) => {
    const corpus = readCorpus(join(root, dir));
    return { name: `${dir.split('/').at(-1)!.replace('corpus', 'tuning').replace('merge-', 'merge')}+`, gold: corpus.gold, tuning: new Map([...corpus.articles].filter(([file]) => !corpus.heldOut.has(file))) };
  });
  const timeline = buildTimeline(sets.flatMap((s) => [...s.tuning.values()]), extras);
  return sets.map((s) => scoreBuild(s.name, s.gold, s.tuning, timeline, extras.gazetteer));
}

/** The own corpus, scored like the corpus builds: a measure only, no floors, never tuned on. */
export function ownBuild(root = '.'): Build {
  const own = readCorpus(join(root, 'tests/fixtures/own-corpus'));
  const extras = corpusExtras(root);
  return scoreBuild('own', own.gold, own.articles, buildTimeline([...own.articles.values()], extras), extras.gazetteer);
}


/** The split own corpora of whole articles: each one's tuning half (own2-tune, …) and sealed held-out half (own2-held, …). */
export function ownSplitBuilds(root = '.', wanted = ALL): Build[] {
  return OWN_SPLIT_CORPORA.flatMap(({ dir, name }) => splitBuilds(dir, { tuning: `${name}-tune`, heldOut: `${name}-held` }, root, wanted));
}
