import { describe, expect, it } from 'vitest';
import { createRecogniser } from '../entities/recognise.ts';
import { splitSentences } from '../parse/sentences.ts';
import { article, GAZETTEER } from '../../../tests/support/pipeline.ts';
import { extractEvents } from './extract.ts';

// Short reports of our own: "He told reporters …" is a statement of the one the sentence before names.
const context = { recognise: createRecogniser(GAZETTEER), samePlace: (a: string, b: string) => a === b, isPerson: (id: string) => GAZETTEER.entities.find((e) => e.id === id)?.type === 'person' };

function statements(published: string, body: string) {
  const a = article('a', published, body);
  return extractEvents(a, splitSentences(a.body), context).candidates.filter((c) => c.kind === 'statement');
}

describe('a telling whose speaker is a pronoun', () => {
  it('is a statement of the person the sentence before names', () => {
    const [said] = statements('2052-04-09', 'Umerov visited a hospital in Kyiv on Monday. He told reporters on Monday that the talks would resume.\n');
    expect(said).toMatchObject({ date: { value: '2052-04-08' }, participants: ['rustem-umerov'] });
  });

  it('takes no speaker from another paragraph, nor from a sentence that names no one', () => {
    expect(statements('2052-04-09', 'Umerov visited a hospital in Kyiv on Monday.\n\nHe told reporters on Monday that the talks would resume.\n')).toEqual([]);
    expect(statements('2052-04-09', 'The storm closed the port on Monday. He told reporters on Monday that he had not been consulted.\n')).toEqual([]);
  });
});
