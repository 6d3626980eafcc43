// A name a court's verdict falls on is someone's, though its given name is in no list and the article names it once: "the panel
// handed Jair Bolsonaro a sentence of 27 years" (own14 c2), "the court convicted Jair Bolsonaro". A firm convicted is no one.
import { describe, expect, it } from 'vitest';
import { GAZETTEER, readOne } from '../../../tests/support/pipeline.ts';
import { createNameReader } from './article-names.ts';

const readNames = createNameReader(GAZETTEER);
const people = (sentence: string): string[] =>
  readNames()
    .recognise(sentence, '2065-03-12')
    .filter((m) => m.entity.type === 'person')
    .map((m) => m.entity.id);

describe('a name a verdict falls on', () => {
  it('is a person when a court sentences, convicts, acquits or jails it', () => {
    expect(people('On Wednesday the court sentenced Jair Bolsonaro to 27 years in prison.')).toEqual(['jair-bolsonaro']);
    expect(people('On Tuesday the tribunal convicted Kemal Oduya of fraud.')).toEqual(['kemal-oduya']);
    expect(people('A Vellin court acquitted Tiberiu Vasko on Monday.')).toEqual(['tiberiu-vasko']);
  });

  it('is a person when a sentence is handed to it', () => {
    expect(people('That evening the panel handed Jair Bolsonaro a sentence of 27 years and three months.')).toEqual(['jair-bolsonaro']);
    expect(people('The judges gave Kemal Oduya a four-year prison term on Tuesday.')).toEqual(['kemal-oduya']);
  });

  it('is a person when a court orders it held until trial', () => {
    expect(people('A Vellin court ordered Tiberiu Vasko held in jail pending trial on Sunday.')).toEqual(['tiberiu-vasko']);
    expect(people('On Monday the judge ordered Kemal Oduya kept in custody.')).toEqual(['kemal-oduya']);
    expect(people('The tribunal in Lusk ordered Mirela Vosk detained pending trial.')).toEqual(['mirela-vosk']);
  });

  it('but no one when an order keeps a thing or a firm otherwise', () => {
    expect(people('On Tuesday the court ordered Pacifica Mining held in contempt.')).toEqual([]);
    expect(people('The judge ordered Kemal Oduya Square closed on Monday.')).toEqual([]);
  });

  it('makes a full name someone’s when the article writes its surname alone as one a court sentenced', () => {
    const sentences = ['Tiberiu Vasko appeared in court in Vellin on Monday.', 'The judges sentenced Vasko to five years on Tuesday.'];
    const names = readNames(sentences);
    const ids = sentences.map((s) => names.recognise(s, '2065-03-12').map((m) => m.entity.id));
    expect(ids[0]).toContain('tiberiu-vasko');
  });

  it('is no one when only handed a thing, or when it is a firm', () => {
    expect(people('On Tuesday the mayor handed Kemal Oduya Square to the city.')).toEqual([]);
    expect(people('On Tuesday the court convicted Pacifica Mining of dumping waste.')).toEqual([]);
  });

  it('takes part in the order that holds it until trial', () => {
    const held = readOne('2065-03-12', 'A Vellin court ordered Tiberiu Vasko held in jail pending trial on Sunday.\n').candidates;
    expect(held.map((c) => [c.noun, c.participants])).toEqual([['Remand in custody', ['tiberiu-vasko']]]);
  });

  it('takes part in the sentence told', () => {
    const convicted = readOne('2065-03-12', 'On Wednesday the court convicted Jair Bolsonaro of plotting a coup.\n').candidates;
    expect(convicted.map((c) => [c.noun, c.participants])).toEqual([['Sentence', ['jair-bolsonaro']]]);
  });
});
