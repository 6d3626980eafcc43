// A saying whose sentence names its speaker only as "he" or "she" begins in the sentence before,
// when that sentence names the speaker and only declines or defers to speak: both are its evidence
// (own-corpus-13's coach who "would not be drawn on his future" before the quotation he told reporters;
// sentences written here). A sentence telling a happening no rule reads is no part of the saying.
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

const evidenceOf = (body: string) => readOne('2058-03-13', `${body}\n`).candidates.filter((c) => c.kind === 'statement').map((c) => c.evidence.map((e) => e.text));
const said = '"The season was long and hard," he told reporters on Monday.';

describe('the sentence naming a speaker before their saying', () => {
  it.each([
    'Ivo Rask would not be drawn on his future.',
    'Marta Vellinga declined to comment on the transfer.',
    'Tomas Erdeli sidestepped questions about the budget.',
  ])('is its evidence when it declines to speak: %s', (named) => {
    expect(evidenceOf(`${named} ${said}`)).toEqual([[said, named]]);
  });

  it.each([
    'Rustem Umerov visited the harbour in Geneva on Monday.',
    'Prime Minister Jonas Erikstad visited fishermen in Tromso.',
  ])('but not when it tells a happening: %s', (visit) => {
    expect(evidenceOf(`${visit} ${said}`)).toEqual([[said]]);
  });
});
