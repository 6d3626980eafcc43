// An act whose subject is "nobody" is denied (issue #8): "nobody would resign on Monday" tells no resignation, as "did not resign" tells none.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const read = (body: string): string[] => found(body).map(([kind, noun, day]) => `${kind} ${noun ?? ''} ${day}`.replace('  ', ' '));

describe('an act nobody does', () => {
  it.each([
    ['Lund said he never believed the port would close on Friday, and that nobody would resign on Monday.'],
    ['Nobody will resign over the report on Monday, the party said.'],
    ['The union said nobody had resigned on Tuesday.'],
  ])('%s', (body) => {
    expect(read(body)).toEqual([]);
  });

  it.each([
    ['Nobody claimed the bombing on Monday.', 'strike 2058-03-11'],
    ['Nobody predicted the strike on Tuesday.', 'strike 2058-03-12'],
    ['Almost nobody attended the rally on Saturday.', 'other Rally 2058-03-09'],
    ['Nobody boycotted the summit on Friday, the ministry said.', 'summit 2058-03-08'],
    ['Nobody saw the meeting on Monday coming.', 'meeting 2058-03-11'],
    ['Nobody has claimed the attack on the depot on Monday.', 'strike 2058-03-11'],
    ['Nobody would attend the summit in Orsk on Friday, the mayor joked.', 'summit 2058-03-15'],
  ])('but what nobody did something else to still is one: %s', (body, event) => {
    expect(read(body)).toEqual([event]);
  });

  it('but a named doer’s act still is one', () => {
    expect(read('The party said Lund would resign on Monday.')).toEqual(['other Resignation 2058-03-18']);
  });
});
