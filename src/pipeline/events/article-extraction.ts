import { naming } from '../content-error.ts';
import { createNameReader, type ArticleNames } from '../entities/article-names.ts';
import type { Entity, Gazetteer } from '../entities/gazetteer.ts';
import { placeFromHeadline, placeSaidOfGathering } from '../entities/headline-place.ts';
import { aidesAtReadout } from '../entities/aide-readout.ts';
import { carryOnSides } from '../entities/carried-on.ts';
import { placeInDatelineTown } from '../entities/dateline-place.ts';
import { placeAtDoersCapital } from '../entities/doer-capital.ts';
import { hostSides } from '../entities/host-side.ts';
import { placeAtJourneyEnd } from '../entities/journey-place.ts';
import { completeMultilateral } from '../entities/multilateral.ts';
import { liesWithin, samePlace } from '../entities/place-chain.ts';
import { calendarDay } from '../parse/iso-date.ts';
import { splitSentences } from '../parse/sentences.ts';
import type { Article, Sentence } from '../types.ts';
import type { ArticleEvents } from './candidate.ts';
import { extractEvents } from './extract.ts';
import { markStays } from './trip-stay.ts';

/** What one article yields on its own, whatever the other articles say. */
export interface ArticleExtraction {
  sentences: Sentence[];
  found: ArticleEvents;
  /** The people, places, organisations and countries it names that the gazetteer lacks. */
  entities: Entity[];
  /** Person id → the country it says they act for. */
  affiliations: [string, string][];
}

/** What extraction needs of the gazetteer, prepared once for many articles. */
export interface PreparedExtraction {
  readNames: (sentences?: string[]) => ArticleNames;
}

export function extractionContext(gazetteer: Gazetteer): PreparedExtraction {
  return { readNames: createNameReader(gazetteer) };
}

export function extractArticle(article: Article, prepared: PreparedExtraction): ArticleExtraction {
  return naming(article.file, () => {
    const sentences = splitSentences(article.body);
    const names = prepared.readNames(sentences.map((s) => s.text));
    const context = {
      recognise: names.recognise,
      isPerson: names.isPerson,
      samePlace: (a: string, b: string) => samePlace(a, b, names.within),
      liesWithin: (place: string, larger: string) => liesWithin(place, larger, names.within),
    };
    const found = extractEvents(article, sentences, context);
    const day = calendarDay(article.published);
    placeFromHeadline(found.candidates, article.title, (text) => names.recognise(text, day), day);
    placeSaidOfGathering(found.candidates, sentences.map((s) => s.text), (text) => names.recognise(text, day), day);
    completeMultilateral(found.candidates, names.sideGroups());
    carryOnSides(found.candidates, names.sideOf);
    placeAtJourneyEnd(found.candidates, sentences, (text) => names.recognise(text, day));
    aidesAtReadout(found.candidates, sentences, (text) => names.recognise(text, day));
    hostSides(found.candidates, sentences, (text) => names.recognise(text, day), names.sideOf, names.within);
    placeInDatelineTown(found.candidates, names.filedFrom, (text) => names.recognise(text, day), context.liesWithin, day);
    placeAtDoersCapital(found.candidates, (text) => names.doersCapital(text, day));
    markStays(found.candidates, context.samePlace);
    return { sentences, found, entities: names.discovered(), affiliations: names.affiliations() };
  });
}
