/**
 * Scores who and where on short reports of our own (tests/fixtures/dev-articles/entities.yaml),
 * read with an empty gazetteer: the people present, the parties and mediators, the people
 * named who did not take part, and the place and its country of each expected event.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseCorrections } from '../../src/pipeline/corrections/corrections-file.ts';
import { parseGazetteer } from '../../src/pipeline/entities/gazetteer.ts';
import { buildTimeline } from '../../src/pipeline/timeline.ts';
import type { Timeline, TimelineEvent } from '../../src/pipeline/types.ts';

export interface DevArticle {
  id: string;
  split: 'tuning' | 'held-out';
  published: string;
  text: string;
  events: ExpectedEvent[];
}

interface ExpectedEvent {
  quote: string;
  present?: string[];
  absent?: string[];
  parties?: string[];
  mediators?: string[];
  place?: string;
  country?: string;
}

export interface Tally {
  hit: number;
  of: number;
}

export interface EntityScore {
  events: Tally;
  present: Tally;
  parties: Tally;
  mediators: Tally;
  places: Tally;
  countries: Tally;
  /** People named but not taking part, wrongly listed as taking part (fewer is better). */
  absentListed: Tally;
  misses: string[];
}

export function readDevArticles(file: string): DevArticle[] {
  return (parse(readFileSync(file, 'utf8')) as { articles: DevArticle[] }).articles;
}

export function scoreEntities(articles: DevArticle[]): EntityScore {
  const timeline = buildTimeline(
    articles.map((a) => ({ id: a.id, file: `dev/${a.id}.md`, title: a.id, titleSource: 'editor' as const, outlet: 'Dev Wire', published: String(a.published), language: 'en', body: a.text })),
    { gazetteer: parseGazetteer('', 'empty-gazetteer.yaml'), corrections: parseCorrections('', 'none') },
  );
  const tally = (): Tally => ({ hit: 0, of: 0 });
  const score: EntityScore = { events: tally(), present: tally(), parties: tally(), mediators: tally(), places: tally(), countries: tally(), absentListed: tally(), misses: [] };
  for (const article of articles) {
    for (const expected of article.events) {
      score.events.of += 1;
      const event = eventOf(timeline, article.id, expected.quote);
      const label = `${article.id} "${expected.quote}"`;
      if (!event) {
        score.misses.push(`${label}: no event`);
        continue;
      }
      score.events.hit += 1;
      const roles = event.roles ?? { parties: [], mediators: [], present: [], mentioned: [] };
      const check = (want: string[] | undefined, have: { id: string }[], into: Tally, what: string): void => {
        for (const id of want ?? []) {
          into.of += 1;
          if (have.some((h) => h.id === id)) into.hit += 1;
          else score.misses.push(`${label}: ${what} ${id} not among ${have.map((h) => h.id).join(', ') || 'none'}`);
        }
      };
      check(expected.present, roles.present, score.present, 'present');
      check(expected.parties, roles.parties, score.parties, 'party');
      check(expected.mediators, roles.mediators, score.mediators, 'mediator');
      for (const id of expected.absent ?? []) {
        score.absentListed.of += 1;
        if ([...roles.present, ...event.participants].some((p) => p.id === id)) {
          score.absentListed.hit += 1;
          score.misses.push(`${label}: ${id} listed as taking part`);
        }
      }
      if (expected.place) {
        score.places.of += 1;
        if (event.place?.id === expected.place) score.places.hit += 1;
        else score.misses.push(`${label}: place ${expected.place}, found ${event.place?.id ?? 'none'}`);
      }
      if (expected.country) {
        score.countries.of += 1;
        const country = countryOfPlace(timeline, event);
        if (country === expected.country) score.countries.hit += 1;
        else score.misses.push(`${label}: place in ${expected.country}, found ${event.place?.id ?? 'no place'} in ${country ?? 'none'}`);
      }
    }
  }
  return score;
}

function eventOf(timeline: Timeline, article: string, quote: string): TimelineEvent | undefined {
  return timeline.events.find((e) => e.sources.some((s) => s.article === article && s.quotes.some((q) => q.text.includes(quote))));
}

/** The country the event's place lies in (or is), as the entity list says. */
function countryOfPlace(timeline: Timeline, event: TimelineEvent): string | undefined {
  const place = event.place ? timeline.entities.find((e) => e.id === event.place!.id) : undefined;
  return place?.type === 'country' ? place.id : place?.country?.id;
}

export function formatEntityScore(name: string, s: EntityScore, verbose: boolean): string {
  const r = (t: Tally): string => `${t.hit}/${t.of}`;
  const line = `${name.padEnd(9)} events ${r(s.events)}  present ${r(s.present)}  parties ${r(s.parties)}  mediators ${r(s.mediators)}  places ${r(s.places)}  countries ${r(s.countries)}  not taking part but listed ${r(s.absentListed)}`;
  return verbose ? [line, ...s.misses.map((m) => `    ${m}`)].join('\n') : line;
}
