import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../tests/support/pipeline.ts';
import { createNameReader } from './article-names.ts';

const DAY = '2052-05-04';

/** The sides an article says its people act for, once every sentence is read. */
function sides(sentences: string[]): [string, string][] {
  const names = createNameReader(GAZETTEER)(sentences);
  for (const s of sentences) names.recognise(s, DAY);
  return names.affiliations();
}

// Invented stories: a holder of a state's office written bare in a story filed from a town, beside visitors written with their country.
describe("a state's office written bare, in an article filed from a town", () => {
  it("is held for the town's country", () => {
    expect(sides(['OSLO, May 4 (Nordwire) - Prime Minister Kari Dahl opened the summit of northern states on Monday.'])).toEqual([['kari-dahl', 'norway']]);
    expect(sides(['OSLO, May 4 (Nordwire) - Kari Dahl, the prime minister, welcomed the leaders on Monday.', 'The talks ran late.'])).toEqual([['kari-dahl', 'norway']]);
  });

  it('is not, for a visitor written with their country, nor for one the article gives another side later', () => {
    const visitor = sides(['OSLO, May 4 (Nordwire) - Swedish Prime Minister Lena Berg arrived on Monday.', 'President Ramon Soriano of the Philippines came too.']);
    expect(visitor).toEqual([['lena-berg', 'sweden'], ['ramon-soriano', 'philippines']]);
    expect(sides(['OSLO, May 4 (Nordwire) - President Ramon Soriano arrived on Monday.', 'Soriano, the Kenyan president, met the press.'])).toEqual([['ramon-soriano', 'kenya']]);
  });

  it('is only the lead’s subject’s, and not when the lead gives the country to someone else', () => {
    expect(sides(['OSLO, May 4 (Nordwire) - Prime Minister Kari Dahl and President Ramon Soriano spoke by phone on Monday.'])).toEqual([['kari-dahl', 'norway']]);
    expect(sides(['OSLO, May 4 (Nordwire) - Foreign Minister Aditi Rao held talks with her Norwegian counterpart Eirik Moe on Monday.'])).not.toContainEqual(['aditi-rao', 'norway']);
  });

  it('is not, past the lead, where a visitor may be written bare after their country, nor with a side before "new"', () => {
    expect(sides(['OSLO, May 4 (Nordwire) - The summit admitted Estmark as its ninth member on Monday.', 'Prime Minister Tuva Lind wiped away tears.'])).toEqual([]);
    expect(sides(["OSLO, May 4 (Nordwire) - Japan's new Prime Minister Aiko Mori arrived on Monday."])).not.toContainEqual(['aiko-mori', 'norway']);
  });

  it('is not, for two bare leaders the lead has meet in a town of another country', () => {
    expect(sides(['OSLO, May 4 (Nordwire) - Prime Minister Taro Hayase and President Min Su-jin met in Geneva, Switzerland, on Monday.'])).toEqual([]);
    expect(sides(['OSLO, May 4 (Nordwire) - Chancellor Aron Vesk held talks with President Lia Moor in Lyon on Monday.'])).toEqual([]);
    expect(sides(['OSLO, May 4 (Nordwire) - Prime Minister Taro Hayase met President Min Su-jin in the Swiss city of Geneva on Monday.'])).toEqual([]);
  });

  it('still is, for a leader met at home, or abroad beside a counterpart given their country, or alone', () => {
    expect(sides(['OSLO, May 4 (Nordwire) - Prime Minister Kari Dahl and President Ramon Soriano met in Bergen on Monday.'])).toEqual([['kari-dahl', 'norway']]);
    expect(sides(['OSLO, May 4 (Nordwire) - Prime Minister Kari Dahl and Swedish Prime Minister Lena Berg agreed in Geneva on Monday to start talks.'])).toContainEqual(['kari-dahl', 'norway']);
    expect(sides(['OSLO, May 4 (Nordwire) - Prime Minister Kari Dahl opened the fair in Lyon on Monday.'])).toEqual([['kari-dahl', 'norway']]);
  });

  it('is no one’s with no dateline, nor for an office that is not a state’s', () => {
    expect(sides(['Prime Minister Kari Dahl opened the summit on Monday.'])).toEqual([]);
    expect(sides(['OSLO, May 4 (Nordwire) - Mayor Ines Calvo opened the fair.', 'Pope Leo XV sent a message.'])).toEqual([]);
  });
});
