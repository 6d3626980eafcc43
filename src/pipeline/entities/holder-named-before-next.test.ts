import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../tests/support/pipeline.ts';
import { createNameReader } from './article-names.ts';

const DAY = '2052-05-04';

/** The people each sentence of an article is found to name, references resolved. */
function peopleBySentence(sentences: string[]): string[][] {
  const names = createNameReader(GAZETTEER)(sentences);
  return sentences.map((s) => names.recognise(s, DAY).filter((m) => m.entity.type === 'person').map((m) => m.entity.id));
}

// Invented stories: a holder named by title early on, four sentences of other matters, then the title alone, and a next
// sentence naming someone else.
const FILLER = ['Fishing quotas top the agenda.', 'Trade fell by a fifth last year.', 'Exporters have complained for months.', 'The meeting was agreed in March.'];

describe('a title alone, when the article named a holder further back', () => {
  it('is that holder, not one the next sentence names with the office after a verb', () => {
    const sentences = [
      'OSLO, May 4 (Nordwire) - U.S. President Mark Hale arrived for the summit of northern states on Monday.',
      'Prime Minister Kari Dahl welcomed him at the airport.',
      ...FILLER,
      'The President left Oslo for Rome on Tuesday.',
      'The Prime Minister will hand the chair to President Ramon Soriano of Estmark on Wednesday.',
    ];
    expect(peopleBySentence(sentences)[6]).toEqual(['mark-hale']);
  });

  it('is that holder, not the next sentence’s subject named with no office', () => {
    const sentences = ['OSLO, May 4 (Nordwire) - Prime Minister Kari Dahl opened the summit of northern states on Monday.', ...FILLER, 'The Prime Minister will hand the chair to Estmark on Wednesday.', 'Ivar Lund added that the date was agreed.'];
    expect(peopleBySentence(sentences)[5]).toEqual(['kari-dahl']);
  });

  it('is still the one the next sentence opens with, named with the office', () => {
    const sentences = ['OSLO, May 4 (Nordwire) - Chancellor Otto Brandt of Velmark opened the summit of northern states on Monday.', ...FILLER, 'Later the hosts spoke by phone with the chancellor.', 'Chancellor Jonas Albrecht promised to come in June.'];
    expect(peopleBySentence(sentences)[5]).toEqual(['jonas-albrecht']);
  });
});
