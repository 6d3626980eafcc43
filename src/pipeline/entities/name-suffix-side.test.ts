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

// Invented names: a generational suffix the tagger leaves out of the name, then "of" and the state of the office.
describe('a titled name with a generational suffix, then "of" a state', () => {
  it('acts for that state, as it does with no suffix', () => {
    expect(sides(['President Ramon Soriano Jr of the Philippines arrived in Oslo on Monday.'])).toEqual([['ramon-soriano', 'philippines']]);
    expect(sides(['Prime Minister Tomas Varga, Jr., of Hungary met the press.'])).toEqual([['tomas-varga', 'hungary']]);
    expect(sides(['Prime Minister Lena Berg of Sweden met the press.'])).toEqual([['lena-berg', 'sweden']]);
  });

  it('is no one when the name after "of" is the town of the office', () => {
    expect(sides(['Mayor Ines Calvo Jr of Puerto Lindo opened the fair.']).map(([person]) => person)).toEqual([]);
  });
});
