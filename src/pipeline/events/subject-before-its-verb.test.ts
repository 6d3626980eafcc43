import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// A determiner before the verb that takes the trigger opens the verb's subject ("his envoy held talks"), not the trigger's noun phrase: no back-reference.
const evidenceOf = (body: string) => extractOne('2063-04-14', body).candidates.map((c) => [c.noun ?? c.kind, c.evidence.map((e) => e.sentence)]);

describe('a determiner of the subject before the verb that takes a trigger', () => {
  it('makes no back-reference of the trigger', () => {
    expect(evidenceOf('"It was not the right time," the president told reporters, hours after his Treasury imposed sanctions on two Castavian banks. On Thursday the Union adopted its tenth sanctions package.\n')).toEqual([['Sanctions', [1]]]);
    expect(evidenceOf('The envoys met in Kell on Thursday. Their minister held talks with the rebels in Orlov.\n')).toEqual([
      ['meeting', [0]],
      ['talks', [1]],
    ]);
  });

  it('keeps a determiner after the verb pointing back', () => {
    expect(evidenceOf('The envoys met in Kell on Thursday. Their minister held the talks in a hotel.\n')).toEqual([['meeting', [0, 1]]]);
  });
});
