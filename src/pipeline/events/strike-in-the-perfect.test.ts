import { describe, expect, it } from 'vitest';
import { article } from '../../../tests/support/pipeline.ts';
import { parseGazetteer } from '../entities/gazetteer.ts';
import { extractArticle, extractionContext } from './article-extraction.ts';

// Names no gazetteer knows, found as the article tells them (as the dev sets are read).
const prepared = extractionContext(parseGazetteer('', 'empty-gazetteer.yaml'));
/** Each report of the article: its kind, its day and the sentences it was read from. */
const reports = (published: string, text: string): [string, string | undefined, string[]][] =>
  extractArticle(article('a', published, `${text}\n`), prepared).found.candidates.map((c) => [c.kind, c.date?.value, c.evidence.map((e) => e.text)]);

// Saturday 19 March 2061: Tuesday the 15th.
describe('a strike told by the aircraft that carried it, in the perfect', () => {
  it('is news of the day it is told ("jets have struck")', () => {
    const told = 'Velsland jets have struck the port of Harrin.';
    expect(reports('2061-03-19', told)).toEqual([['strike', '2061-03-19', [told]]]);
  });

  it('keeps a day of its own in the past perfect ("drones had hit … on Tuesday")', () => {
    const told = 'Two Velsland drones had hit a fuel depot near Harrin on Tuesday.';
    expect(reports('2061-03-19', told)).toEqual([['strike', '2061-03-15', [told]]]);
  });

  it('is no strike when the aircraft only fly ("jets have flown over Harrin")', () => {
    expect(reports('2061-03-19', 'Velsland jets have flown over Harrin.')).toEqual([]);
  });
});
