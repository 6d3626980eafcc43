import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// Short reports of our own: "He told reporters …" is a statement of the one the sentence before names.
const statements = (published: string, body: string) => extractOne(published, body).candidates.filter((c) => c.kind === 'statement');

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
