import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day status". */
const dated = (published: string, body: string): string[] => extractOne(published, `${body}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);

describe('a day told as so long ago (an anniversary)', () => {
  // Wednesday 8 May 2058.
  it('dates "N years ago today" that many years back, not on the story’s day', () => {
    expect(dated('2058-05-08', 'Ten years ago today, the leaders of Nordmark and Velsland signed the Skarholm treaty.')).toEqual(['other 2048-05-08 occurred']);
    expect(dated('2058-05-08', 'It was exactly 25 years ago today that Nordmark and Velsland signed the Skarholm treaty.')).toEqual(['other 2033-05-08 occurred']);
    expect(dated('2058-05-08', 'A decade ago today, Lund and de Wit met in Skarholm.')).toEqual(['meeting 2048-05-08 occurred']);
  });

  it('reads "on this day … ago" and "ago on <weekday>" the same way', () => {
    expect(dated('2058-05-08', 'On this day ten years ago, the presidents of Nordmark and Velsland met in Oslo.')).toEqual(['meeting 2048-05-08 occurred']);
    // The Sunday is the 5th; five years back, 5 May 2053.
    expect(dated('2058-05-08', 'Five years ago on Sunday, the foreign ministers of Nordmark and Velsland signed the fisheries accord.')).toEqual(['other 2053-05-05 occurred']);
  });

  it('leaves a meeting of today counted from an old one on today', () => {
    expect(dated('2058-05-08', 'Lund and de Wit met in Skarholm today, ten years after the treaty was signed.')).toEqual(['meeting 2058-05-08 occurred']);
  });
});
