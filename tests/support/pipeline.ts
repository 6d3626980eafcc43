// Small hand-made inputs for the pipeline's unit tests.
import { ContentError } from '../../src/pipeline/content-error.ts';
import { parseGazetteer, type Gazetteer } from '../../src/pipeline/entities/gazetteer.ts';
import { parseCorrections } from '../../src/pipeline/corrections/corrections-file.ts';
import { createRecogniser, markInstitutionNames } from '../../src/pipeline/entities/recognise.ts';
import { extractArticle, extractionContext as prepareExtraction } from '../../src/pipeline/events/article-extraction.ts';
import type { ArticleEvents } from '../../src/pipeline/events/candidate.ts';
import { extractEvents } from '../../src/pipeline/events/extract.ts';
import { KINDS } from '../../src/pipeline/events/kinds.ts';
import { splitSentences } from '../../src/pipeline/parse/sentences.ts';
import { buildTimeline } from '../../src/pipeline/timeline.ts';
import type { Article, EventKind, Timeline, TimelineEvent } from '../../src/pipeline/types.ts';

export const GAZETTEER: Gazetteer = parseGazetteer(
  `people:
  donald-trump: { name: Donald Trump, aliases: [Trump], roles: [{ phrase: "the U.S. president", from: "2025-01-20" }] }
  volodymyr-zelenskyy: { name: Volodymyr Zelenskyy, aliases: [Zelenskyy, Zelensky, Zelenskiy] }
  vladimir-putin: { name: Vladimir Putin, aliases: [Putin] }
  rustem-umerov: { name: Rustem Umerov, aliases: [Umerov] }
  steve-witkoff: { name: Steve Witkoff, aliases: [Witkoff] }
  dmitry-peskov: { name: Dmitry Peskov, aliases: [Peskov] }
  jared-kushner: { name: Jared Kushner, aliases: [Kushner] }
places:
  geneva: { name: Geneva, within: switzerland }
  switzerland: { name: Switzerland }
  kyiv: { name: Kyiv, stands_for: ukraine }
countries:
  ukraine: { name: Ukraine }
  russia: { name: Russia }
`,
  'test-gazetteer.yaml',
);

export function article(id: string, published: string, body: string): Article {
  return { id, file: `content/articles/${id}.md`, title: id, titleSource: 'article', outlet: 'Test Wire', published, language: 'en', body };
}

/** The timeline of articles read with an empty gazetteer and no corrections: who and where come from the text alone. */
export function timelineWithoutGazetteer(articles: Article[]): Timeline {
  return buildTimeline(articles, { gazetteer: parseGazetteer('', 'empty-gazetteer.yaml'), corrections: parseCorrections('', 'none') });
}

/** Every kind of event but a statement: what an article reports as done or planned, not only said. */
export const KINDS_BUT_STATEMENT: EventKind[] = KINDS.filter((kind) => kind !== 'statement');

/** The events of a timeline that an article reports, only those of the kinds given when any are. */
export function reportedIn(timeline: Timeline, source: string, ...kinds: EventKind[]): TimelineEvent[] {
  return timeline.events.filter((e) => (kinds.length === 0 || kinds.includes(e.kind)) && e.sources.some((s) => s.article === source));
}

/** The first event a report gives the timeline; fails here, naming the report, when it gives none. */
export function firstReportedIn(timeline: Timeline, source: string): TimelineEvent {
  const [first] = reportedIn(timeline, source);
  if (!first) throw new Error(`report ${source} gives the timeline no event`);
  return first;
}

const withinGazetteer = (place: string): string | undefined => GAZETTEER.entities.find((e) => e.id === place)?.within;

const recogniseInGazetteer = createRecogniser(GAZETTEER);

const extractionContext = {
  // Marked as the article's names hand every mention out (ArticleReader.recognise): "the Bank of England" names no place of the event.
  recognise: (text: string, day: string) => markInstitutionNames(text, recogniseInGazetteer(text, day)),
  samePlace: (a: string, b: string) => a === b || withinGazetteer(a) === b || withinGazetteer(b) === a,
  liesWithin: (place: string, larger: string) => withinGazetteer(place) === larger,
  isPerson: (id: string) => GAZETTEER.entities.find((e) => e.id === id)?.type === 'person',
};

/** One article's events as extraction finds them, before merging, read with the test gazetteer (a place is the same as the one it lies in: Geneva, Switzerland). */
export function extractOne(published: string, body: string): ReturnType<typeof extractEvents> {
  const a = article('a', published, body);
  return extractEvents(a, splitSentences(a.body), extractionContext);
}

const prepared = prepareExtraction(GAZETTEER);

/** One article's events as the pipeline reads them: the names it gives that the test gazetteer lacks are found as an article's are (article-names.ts), for rules that need a name recognised. */
export function readOne(published: string, body: string): ArticleEvents {
  return extractArticle(article('a', published, body), prepared).found;
}

const kindNounAndDay = (c: ArticleEvents['candidates'][number]): [string, string | null, string] => [c.kind, c.noun ?? null, c.date.value];

/** Kind, noun and day of every candidate one article gives, Wednesday 2058-03-13 its day unless another is given: what the kinds' tests compare. */
export function kindsNounsAndDays(body: string, published = '2058-03-13'): [string, string | null, string][] {
  return extractOne(published, `${body}\n`).candidates.map(kindNounAndDay);
}

/** kindsNounsAndDays of an article read as the pipeline reads it (readOne). */
export function kindsNounsAndDaysRead(body: string, published = '2058-03-13'): [string, string | null, string][] {
  return readOne(published, `${body}\n`).candidates.map(kindNounAndDay);
}

/** The ids of a list of entity references, in order. */

export function idsOf(refs: { id: string }[] | undefined): string[] {
  return (refs ?? []).map((r) => r.id);
}

/** The message of the ContentError that `run` throws; any other outcome fails the test. */
export function contentErrorMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('expected a ContentError');
}
