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

// Invented stories: two holders of one title named in the lead, one with a country's title, one with a body's, then the
// title alone; and the stories where one of them is still meant.
describe('a title alone that two people named before both hold', () => {
  const lead = 'LUSK, May 4 (Nordwire) - Chilean President Tomas Vidal and European Commission President Ines Marr agreed a fisheries pact in Lusk on Sunday.';

  it('is neither of them: which one is meant is told by the story, not by who was named last', () => {
    expect(lastPeople([lead, 'The fleets have quarrelled for years.', 'The president landed at Corvin on Friday evening.'])).toEqual([]);
  });

  it('is the one holder named, and the holder at home over one a body’s title names', () => {
    expect(lastPeople(['LUSK, May 4 (Nordwire) - Chilean President Tomas Vidal signed a fisheries pact in Lusk on Sunday.', 'The president landed at Corvin on Friday evening.'])).toEqual(['tomas-vidal']);
    const home = 'OSLO, May 4 (Nordwire) - President Kari Dahl opened the fisheries summit on Monday.';
    expect(lastPeople([home, 'European Commission President Ines Marr arrived in the afternoon.', 'The President will hand the chair to Finland on Tuesday.'])).toEqual(['kari-dahl']);
  });
});
