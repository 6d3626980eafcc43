import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { discoverNames } from './discover.ts';

// Short inputs of our own: a surname the tagger's lexicon knows only as a noun for someone ("Sinner", "Butcher", "Shepherd") gets
// its tag for an office, and the tagger gives it to the given names before it too; after a given name, ending the run of capitals,
// it is the person's surname. An office, an outlet's name or a phrase of English words before such a noun stays no one.
const kinds = (sentence: string) => discoverNames(sentence).map((s) => [s.kind, s.text]);
const persons = (sentence: string) => kinds(sentence).filter(([kind]) => kind === 'person');

describe('a surname that is a noun for someone', () => {
  it('reads it with the given names before it as a person', () => {
    expect(kinds('World number one Tomasz Sinner will miss three months.')).toEqual([['person', 'Tomasz Sinner']]);
    expect(kinds('The jury praised Harriet Butcher and Leo Fisher.')).toEqual([['person', 'Harriet Butcher'], ['person', 'Leo Fisher']]);
    expect(kinds('On Friday the envoy met Deputy Minister Bui Thanh Shepherd, and flew on.')).toContainEqual(['person', 'Bui Thanh Shepherd']);
  });

  it('makes the person a participant of what the sentence reports', () => {
    const timeline = timelineWithoutGazetteer([article('final', '2041-07-14', 'On Sunday Matteo Sinner beat Ivo Brandt in the final in London.\n')]);
    expect(timeline.events[0]?.participants.map((p) => p.name)).toContain('Matteo Sinner');
  });

  it('reads no office, outlet or phrase of English words before such a noun as a person', () => {
    expect(kinds('The Holy Father received Programme Assistant Ana Cruz.')).toEqual([['person', 'Ana Cruz']]);
    expect(kinds('OSLO, May 2 (Tove Courier) - The talks ended.')).not.toContainEqual(['person', 'Tove Courier']);
    expect(kinds('The Blue Ghost lander touched down.')).toEqual([]);
  });

  it('reads no outlet before a masthead\'s separator as a person', () => {
    expect(persons('Lac Tove Courier · Monday 3 May 2041 · updated 08:10')).toEqual([]);
    expect(persons('Anna Valley Herald | Sport | 12 June 2041')).toEqual([]);
    expect(persons('Tove Messenger • Tuesday, 4 May 2041')).toEqual([]);
  });
});
