import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { discoverNames } from './discover.ts';

// Short inputs of our own: an office and its holder's name, four capitalised words or more, then a comma and an apposition
// ("Prime Minister Ilse Vantongeren, a former judge, …"). The tagger takes such a clause for one written in capitals and types
// none of its words; the holder is still named, and the apposition is no one.
const kinds = (sentence: string) => discoverNames(sentence).map((s) => [s.kind, s.text]);

describe('an office holder in a clause of capitals before a comma', () => {
  it('reads the words after the office, up to the comma, as the holder', () => {
    expect(kinds('Prime Minister Ilse Vantongeren, a former judge, opened the session.')).toEqual([['person', 'Ilse Vantongeren']]);
    expect(kinds('Yesterday Minister Ketil Vangsnes, the party leader, resigned.')).toContainEqual(['person', 'Ketil Vangsnes']);
    expect(kinds('On Monday, Chief Negotiator Amara Oduya-Kalu, who led the talks, signed the accord.')).toContainEqual(['person', 'Amara Oduya-Kalu']);
    expect(kinds('Interior Minister Tomasz Ruel Wendt, the party’s deputy, stepped down.')).toEqual([['person', 'Tomasz Ruel Wendt']]);
  });

  it('makes the holder a participant of what the sentence reports', () => {
    const timeline = timelineWithoutGazetteer([article('apposed', '2041-06-04', 'Foreign Minister Halvard Moen, a former banker, met Ola Berg in Tromsø on Monday.\n')]);
    expect(timeline.events[0]?.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Halvard Moen', 'Ola Berg']));
  });

  it('reads no day, office or word in lower case as the holder', () => {
    expect(kinds('Prime Minister Monday, the aide said, was busy.')).toEqual([]);
    expect(kinds('Deputy Foreign Minister Secretary, the aide said, was busy.')).toEqual([]);
  });
});
