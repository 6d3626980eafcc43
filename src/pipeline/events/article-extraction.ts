import { naming } from '../content-error.ts';
import type { Gazetteer } from '../entities/gazetteer.ts';
import { createRecogniser } from '../entities/recognise.ts';
import { samePlace } from '../merge/merge-reports.ts';
import { splitSentences } from '../parse/sentences.ts';
import type { Article, Sentence } from '../types.ts';
import { type ArticleEvents, type ExtractionContext, extractEvents } from './extract.ts';

/** What one article yields on its own, whatever the other articles say. */
export interface ArticleExtraction {
  sentences: Sentence[];
  found: ArticleEvents;
}

/** What extraction needs of the gazetteer, prepared once for many articles. */
export function extractionContext(gazetteer: Gazetteer): ExtractionContext {
  const entities = new Map(gazetteer.entities.map((e) => [e.id, e]));
  const within = (place: string): string | undefined => entities.get(place)?.within;
  return {
    recognise: createRecogniser(gazetteer),
    samePlace: (a, b) => samePlace(a, b, within),
    isPerson: (id) => entities.get(id)?.type === 'person',
  };
}

export function extractArticle(article: Article, context: ExtractionContext): ArticleExtraction {
  return naming(article.file, () => {
    const sentences = splitSentences(article.body);
    return { sentences, found: extractEvents(article, sentences, context) };
  });
}
