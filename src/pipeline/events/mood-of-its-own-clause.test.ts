// An act's mood is its own clause's (issue #8): a later clause joined by "and" with a subject and a modal of its own ("… and its rover will
// leave it on Friday") tells that subject's plan, and does not move a past act before it ahead.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Sunday the 10th, Monday the 11th, Friday the 15th.
const read = (body: string): string[] => found(body).map(([kind, noun, day]) => `${kind} ${noun ?? ''} ${day}`.replace('  ', ' '));

describe('a past act before a clause of another subject’s plan', () => {
  it.each([
    ['The lander touched down on the Moon on Monday and its rover will leave it on Friday.', ['other Landing 2058-03-11']],
    ['The council opened the bridge on Monday and the mayor will close the old ferry on Friday.', ['other Opening 2058-03-11']],
    ['The probe landed on Mars on Sunday and its drill will start work next week.', ['other Landing 2058-03-10']],
  ])('%s', (body, events) => {
    expect(read(body)).toEqual(events);
  });

  it.each([
    ['Ana Ruiz met Lund on Monday and will rename the square on Friday.', ['meeting 2058-03-11', 'other renamed 2058-03-15']],
    ['The council will open the bridge on Friday and the mayor will close the old ferry on Saturday.', ['other Opening 2058-03-15']],
  ])('but its own elided modal, or a plan before, still rules it: %s', (body, events) => {
    expect(read(body)).toEqual(events);
  });
});
