import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../tests/support/pipeline.ts';
import { createNameReader } from './article-names.ts';

const DAY = '2052-05-04';

/** The people the last sentence of an article is found to name, references resolved. */
function lastPeople(sentences: string[]): string[] {
  const names = createNameReader(GAZETTEER)(sentences);
  const ids = sentences.map((s) => names.recognise(s, DAY).filter((m) => m.entity.type === 'person').map((m) => m.entity.id));
  return ids.at(-1)!;
}

// Invented stories: a holder of a title at home, named with it bare or with the dateline's country, then a visitor whose
// title carries another country, then the title alone.
describe('a title alone, when the article named a holder at home and a visitor since', () => {
  it('is the holder at home, named bare or with the article’s own country, not the visitor named nearer', () => {
    const visitor = 'Swedish Prime Minister Lena Berg arrived in the afternoon.';
    const alone = 'The Prime Minister will hand the chair to Finland on Tuesday.';
    expect(lastPeople(['OSLO, May 4 (Nordwire) - Prime Minister Kari Dahl opened the summit of northern states on Monday.', visitor, alone])).toEqual(['kari-dahl']);
    expect(lastPeople(["OSLO, May 4 (Nordwire) - Norway's prime minister, Kari Dahl, opened the summit on Monday.", visitor, alone])).toEqual(['kari-dahl']);
    expect(lastPeople(['Foreign Minister Ama Owusu opened the talks on Monday.', 'Later she met Japanese Foreign Minister Kenji Hoshino at the port.', 'The foreign minister said the talks went well.'])).toEqual(['ama-owusu']);
  });

  it('is the holder at home named many sentences before', () => {
    const sentences = [
      'OSLO, May 4 (Nordwire) - Prime Minister Kari Dahl opened the summit of northern states on Monday.',
      'The meeting was agreed in March.',
      'Fishing quotas top the agenda.',
      'Trade fell by a fifth last year.',
      'Swedish Prime Minister Lena Berg arrived in the afternoon.',
      'Exporters have complained for months.',
      'The Prime Minister will hand the chair to Finland on Tuesday.',
    ];
    expect(lastPeople(sentences)).toEqual(['kari-dahl']);
  });

  it('is the visitor when the article named no holder at home', () => {
    expect(lastPeople(['OSLO, May 4 (Nordwire) - The summit of northern states opened on Monday.', 'Swedish Prime Minister Lena Berg arrived in the afternoon.', 'The Prime Minister met the press.'])).toEqual(['lena-berg']);
    expect(lastPeople(['Swedish Prime Minister Lena Berg arrived in Oslo on Monday.', "Norway's Prime Minister Kari Dahl met her.", 'Later the Swedish prime minister met the press.'])).toEqual(['lena-berg']);
  });
});
