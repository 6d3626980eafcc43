import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

// Short reports of our own: a dated saying whose speaker is only "he" or "she", after the day the sentence leads with or before its day.
const statements = (body: string): [string, string[]][] =>
  readOne('2061-03-10', `${body}\n`)
    .candidates.filter((c) => c.kind === 'statement')
    .map((c) => [c.date.value, c.participants]);

describe('a dated saying whose speaker is a pronoun', () => {
  it('is a statement of the person the sentence before names, on its own day', () => {
    expect(statements('Coach Ander Falk spoke after the match. He said on Saturday that the squad was tired.')).toEqual([['2061-03-05', ['ander-falk']]]);
    expect(statements('Mayor Ilsa Brandt toured the harbour on Tuesday. On Monday she told reporters that the bridge would reopen in May.')).toContainEqual(['2061-03-07', ['ilsa-brandt']]);
  });

  it('keeps the old day it leads with, with or without a comma, or in a second predicate of the same pronoun', () => {
    expect(statements('Tomas Verel has not played for Glenmoor this season. On 19 February he said in a statement on Instagram that promises had been broken.')).toEqual([['2061-02-19', ['tomas-verel']]]);
    expect(statements('Tomas Verel has not played for Glenmoor this season. On 19 February, he said that promises had been broken.')).toEqual([['2061-02-19', ['tomas-verel']]]);
    expect(statements('Tomas Verel has not played for Glenmoor this season. He stayed home in January, and on 19 February he said in a statement on Instagram that promises had been broken.')).toEqual([['2061-02-19', ['tomas-verel']]]);
  });

  it('is no one’s, and no statement, with no person named before it in its paragraph, or when another pronoun speaks', () => {
    expect(statements('The storm closed the port on Sunday. On Monday he said that the bridge would reopen in May.')).toEqual([]);
    expect(statements('Coach Ander Falk spoke after the match.\n\nHe said on Saturday that the squad was tired.')).toEqual([]);
    expect(statements('Coach Ander Falk spoke after the match. He stayed on the pitch, and on Saturday she said that the squad was tired.')).toEqual([]);
  });
});
