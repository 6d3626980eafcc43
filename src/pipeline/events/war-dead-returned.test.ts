// The dead of a war handed back by one side to the other: an act of its own day, told by the handing over or the receiving.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Noun and day of every candidate of kind other an article gives (Wednesday 2058-03-13 is its day). */
const acts = (body: string) => extractOne('2058-03-13', `${body}\n`).candidates.filter((c) => c.kind === 'other').map((c) => [c.noun ?? null, c.date.value]);

describe('the dead of a war returned are a repatriation of their day', () => {
  it.each([
    // A regional daily: the receiving side, the dead counted after "the bodies of".
    ['On Tuesday Ukraine also received the bodies of 1,212 soldiers, handed over by Russia at the border.', '2058-03-12'],
    // A wire: the handing side, a bare count.
    ['Russia handed over 909 bodies at the border on Friday.', '2058-03-08'],
    // A ministry bulletin's passive.
    ['The remains of 49 servicemen were repatriated on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(acts(body)).toEqual([['Repatriation of the dead', day]]);
  });

  it('but not a readiness to hand them over, nor bodies that lie somewhere', () => {
    expect(acts('The Russian side reaffirms its readiness to hand over the bodies of more than 6,000 Ukrainian servicemen.')).toEqual([]);
    expect(acts('The first 1,212 bodies in refrigerated wagons have been at the handover point since 7 June.')).toEqual([]);
  });
});
