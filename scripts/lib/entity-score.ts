/**
 * Scores who and where on short reports of our own (tests/fixtures/dev-articles/entities.yaml),
 * read with an empty gazetteer: the people present, the parties and mediators, the people
 * named who did not take part, and the place and its country of each expected event.
 */
import type { Timeline, TimelineEvent } from '../../src/pipeline/types.ts';
import { ratio, type Tally } from './corpus-score.ts';
import { type DevArticle, devTimeline, eventsCiting, readDevArticles } from './dev-articles.ts';

export interface EntityDevArticle extends DevArticle {
  events: ExpectedEvent[];
}

interface ExpectedEvent {
  quote: string;
  present?: string[];
  /** People, bodies or countries named but not taking part: neither present nor a party (a mediator may be one). */
  absent?: string[];
  parties?: string[];
  mediators?: string[];
  /** The place's id, or `none` when the report gives the event no place. */
  place?: string;
  country?: string;
  /** Person id → the office the report writes with the name ("Finnish President"), as the entity list gives it. */
  offices?: Record<string, string>;
}

/** An expected place of `none`: the report says where no one met (the speaker's town is not the event's). */
const NO_PLACE = 'none';

export interface EntityScore {
  events: Tally;
  present: Tally;
  parties: Tally;
  mediators: Tally;
  places: Tally;
  countries: Tally;
  offices: Tally;
  /** People named but not taking part, wrongly listed as taking part (fewer is better). */
  absentListed: Tally;
  misses: string[];
}

export function readEntityDevArticles(file: string): EntityDevArticle[] {
  return readDevArticles<EntityDevArticle>(file, (a) => (a.events ?? []).map((e) => e.quote));
}

export function scoreEntities(articles: EntityDevArticle[]): EntityScore {
  const timeline = devTimeline(articles);
  const tally = (): Tally => ({ hit: 0, of: 0 });
  const score: EntityScore = { events: tally(), present: tally(), parties: tally(), mediators: tally(), places: tally(), countries: tally(), offices: tally(), absentListed: tally(), misses: [] };
  for (const article of articles) {
    for (const expected of article.events) {
      score.events.of += 1;
      const [event] = eventsCiting(timeline, article.id, expected.quote);
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
        // A mediator is among an event's participants, never among its parties.
        const takingPart = [...roles.present, ...roles.parties, ...event.participants.filter((p) => !roles.mediators.some((m) => m.id === p.id))];
        if (takingPart.some((p) => p.id === id)) {
          score.absentListed.hit += 1;
          score.misses.push(`${label}: ${id} listed as taking part`);
        }
      }
      for (const [id, office] of Object.entries(expected.offices ?? {})) {
        score.offices.of += 1;
        const found = timeline.entities.find((e) => e.id === id)?.office;
        if (found === office) score.offices.hit += 1;
        else score.misses.push(`${label}: office of ${id} "${office}", found ${found === undefined ? 'none' : `"${found}"`}`);
      }
      if (expected.place) {
        score.places.of += 1;
        if ((event.place?.id ?? NO_PLACE) === expected.place) score.places.hit += 1;
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

/** The country the event's place lies in (or is), as the entity list says. */
function countryOfPlace(timeline: Timeline, event: TimelineEvent): string | undefined {
  const place = event.place ? timeline.entities.find((e) => e.id === event.place!.id) : undefined;
  return place?.type === 'country' ? place.id : place?.country?.id;
}

export function formatEntityScore(name: string, s: EntityScore, verbose: boolean): string {
  const line = `${name.padEnd(9)} events ${ratio(s.events)}  present ${ratio(s.present)}  parties ${ratio(s.parties)}  mediators ${ratio(s.mediators)}  places ${ratio(s.places)}  countries ${ratio(s.countries)}${s.offices.of > 0 ? `  offices ${ratio(s.offices)}` : ''}  not taking part but listed ${ratio(s.absentListed)}`;
  return verbose ? [line, ...s.misses.map((m) => `    ${m}`)].join('\n') : line;
}
