// A one-word name written as a body's partner, ally or rival ("The Unity Party and its partner Velmora", "its coalition
// partner Dravik") is a body: the tagger reads "partner" as an office before a person's name.
import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../tests/support/pipeline.ts';
import { createNameReader } from './article-names.ts';

const readNames = createNameReader(GAZETTEER);
const kinds = (sentence: string): string[] =>
  readNames()
    .recognise(sentence, '2066-04-12')
    .map((m) => `${m.entity.type}:${m.entity.name}`);

describe('a name written as a body’s partner', () => {
  it('is a body, not a person ("its partner Velmora", "its coalition partner Dravik")', () => {
    expect(kinds('The Unity Party and its partner Velmora lost their majority in the senate on Sunday.')).toContain('organization:Velmora');
    expect(kinds('The Farmers League and its coalition partner Dravik agreed a budget on Monday.')).toContain('organization:Dravik');
  });

  it('is a body as a body’s ally or rival ("its ally Sorvena", "its main rival Kettaro")', () => {
    expect(kinds('The Green Alliance and its ally Sorvena walked out of the talks on Tuesday.')).toContain('organization:Sorvena');
    expect(kinds('The Harbour Group said on Friday that its main rival Kettaro had cut prices.')).toContain('organization:Kettaro');
  });

  it('stays a person as a person’s partner ("his partner Ilse Varga")', () => {
    expect(kinds('Tovan Reska and his partner Ilse Varga opened the gallery on Saturday.')).toContain('person:Ilse Varga');
  });
});
