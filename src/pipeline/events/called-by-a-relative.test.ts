// "called" after an object relative and its subject names a thing ("on what the White House called Liberation Day"): the
// relative is what was called, so the capitalised words after the verb are the name given, not someone rung on the phone.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

const kinds = (body: string) => found(body).map(([kind]) => kind);

describe('"called" after "what" or "which" and a subject gives a name, no call', () => {
  it.each([
    'The tariffs, announced on what the White House called Liberation Day, took effect on Monday.',
    'On Monday the army began what Lind called Operation Dawn.',
    'The strikes, which he called Operation Rising Lion, began on Friday.',
  ])('%s', (body) => {
    expect(kinds(body)).not.toContain('call');
  });

  it('and the happening so named keeps its own day', () => {
    expect(found('The strikes, which he called Operation Rising Lion, began on Friday.')).toEqual([['strike', null, '2058-03-08']]);
  });

  it('but someone rung is still a call, after a subject relative or in a clause of its own', () => {
    expect(found('On Thursday she called Israeli Prime Minister Avi Levin, who briefed her.')).toContainEqual(['call', null, '2058-03-07']);
    expect(kinds('That is what Trump did when he called Putin on Monday.')).toContain('call');
    expect(kinds('Asked which leaders he had spoken to, Lind said she called the Prime Minister on Monday.')).toContain('call');
  });
});
