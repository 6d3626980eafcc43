import { describe, expect, it } from 'vitest';
import { article } from '../../../tests/support/pipeline.ts';
import { parseGazetteer } from '../entities/gazetteer.ts';
import { extractArticle, extractionContext } from './article-extraction.ts';

// Names no gazetteer knows, found as the article tells them (as the dev sets are read).
const prepared = extractionContext(parseGazetteer('', 'empty-gazetteer.yaml'));
/** The sentences each report of the article was read from or cites. */
const citing = (published: string, text: string): string[][] => extractArticle(article('a', published, `${text}\n`), prepared).found.candidates.map((c) => c.evidence.map((e) => e.text));

// Monday 14 March 2061: Wednesday is the 16th.
describe('a gathering told in a relative clause on the place its sentence is about', () => {
  const aside = 'The Velm conference centre, where the summit meets on Wednesday, has been sealed off since Saturday.';
  const aside2 = 'The old harbour at Tarn, where the ministers will sign the accord on Wednesday, was closed to shipping yesterday.';

  it('is no evidence of the gathering its article tells in a sentence of its own', () => {
    const session = 'Leaders meet in a single session on Wednesday morning.';
    expect(citing('2061-03-14', `${aside}\n\n${session}`)).toEqual([[session]]);
    const signing = 'The ministers of Velsland and Orlov sign the accord in Tarn on Wednesday.';
    expect(citing('2061-03-14', `${aside2}\n\n${signing}`)).toEqual([[signing]]);
  });

  it('is still a report when nothing else tells it', () => {
    expect(citing('2061-03-14', aside)).toEqual([[aside]]);
  });
});
