// An act someone only hopes, wants or tries to do is a wish, no plan (issue #8); a gathering hoped for stays the plan its own cues read.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const read = (body: string): string[] => found(body).map(([kind, noun, day]) => `${kind} ${noun ?? ''} ${day}`.replace('  ', ' '));

describe('an act only wished for', () => {
  it.each([
    ['Ana Ruiz hopes to sign the deal on Friday.'],
    ['Ana Ruiz wants to sign the accord in Kessel on Friday.'],
    ['The two clubs want to sign a twinning charter on Saturday.'],
    ['The mayor would like to sign the treaty in Kessel on Saturday.'],
  ])('%s', (body) => {
    expect(read(body)).toEqual([]);
  });

  it('but a gathering hoped for is still a plan', () => {
    expect(read('The envoys hope to meet again in Maun in October.')).toEqual(['meeting 2058-10']);
  });
});
