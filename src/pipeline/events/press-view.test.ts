import { describe, expect, it } from 'vitest';
import { article } from '../../../tests/support/pipeline.ts';
import { parseGazetteer } from '../entities/gazetteer.ts';
import { extractArticle, extractionContext } from './article-extraction.ts';

// Names no gazetteer knows, found as the article tells them (as the dev sets are read).
const prepared = extractionContext(parseGazetteer('', 'empty-gazetteer.yaml'));
/** The sentences each report of the article was read from or cites. */
const citing = (published: string, text: string): string[][] => extractArticle(article('a', published, `${text}\n`), prepared).found.candidates.map((c) => c.evidence.map((e) => e.text));

// Saturday 19 March 2061: Wednesday the 16th, Thursday the 17th, Friday the 18th.
describe("a paper's view of a happening it points back at", () => {
  const told = 'Velsland jets struck the port of Harrin on Wednesday.';

  it('is no report of it, nor its evidence', () => {
    const view = "Press: A Lusk weekly asked on Thursday who had ordered it; an Orlov daily's editorial on Friday said the strikes on Harrin broke the truce.";
    expect(citing('2061-03-19', `${told}\n\n${view}`)).toEqual([[told]]);
  });

  it('leaves what an agency or a paper reports as news', () => {
    const reported = 'An Orlov daily reported that the talks on Harrin ended on Thursday.';
    expect(citing('2061-03-19', reported)).toEqual([[reported]]);
  });
});
