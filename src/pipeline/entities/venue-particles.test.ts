import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../tests/support/pipeline.ts';
import { createNameReader } from './article-names.ts';

const DAY = '2031-05-04';
const readNames = createNameReader(GAZETTEER);
/** The places of an article's last sentence, read after the ones before it. */
const placesOfLast = (sentences: string[]): { id: string; text: string }[] => {
  const names = readNames(sentences);
  const read = sentences.map((s) => names.recognise(s, DAY));
  return read.at(-1)!.filter((m) => m.entity.type === 'place').map((m) => ({ id: m.entity.id, text: m.text }));
};

describe("a venue's name read whole through its particles", () => {
  it('takes a particle inside a name before its building word ("Huis ten Bosch palace") as the venue, which stands for its town', () => {
    const places = placesOfLast(['THE HAGUE (NOS) — NATO leaders arrived in The Hague on Tuesday.', 'The King and Queen hosted the leaders for dinner at Huis ten Bosch palace on Tuesday evening.']);
    expect(places).toEqual([{ id: 'hague', text: 'Huis ten Bosch palace' }]);
  });

  it('reads "the Palace of Westminster" whole, never its last word alone', () => {
    const places = placesOfLast(['LONDON (Wire) — European leaders gathered in London on Monday.', 'Macron addressed both houses at the Palace of Westminster on Tuesday.']);
    expect(places).toEqual([{ id: 'london', text: 'Palace of Westminster' }]);
  });

  it('reads a palace or a castle "of" a town as that town, never a place of its own ("the Palace of Versailles": Versailles)', () => {
    const ids = (sentence: string): string[] => readNames().recognise(sentence, DAY).filter((m) => m.entity.type === 'place').map((m) => m.entity.id);
    expect(ids('Macron spoke at the Palace of Versailles on Monday.')).toEqual(['versailles']);
    expect(ids('The leaders dined at the Castle of Windsor on Friday.')).toEqual(['windsor']);
  });

  it('keeps a person\'s particle a person\'s ("Erik ten Hag")', () => {
    expect(readNames().recognise('Erik ten Hag met the players on Monday.', DAY).map((m) => m.entity.id)).toEqual(['erik-ten-hag']);
  });
});
