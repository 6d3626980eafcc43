import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day status". */
const dated = (published: string, body: string): string[] => extractOne(published, `${body}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);

// Wednesday 8 May 2058: the Sunday before it is the 5th.
const TOLD_LONG_AGO: [string, string][] = [
  ['Ten years ago today, the leaders of Nordmark and Velsland signed the Skarholm treaty.', 'other 2048-05-08 occurred'],
  ['It was exactly 25 years ago today that Nordmark and Velsland signed the Skarholm treaty.', 'other 2033-05-08 occurred'],
  ['A decade ago today, Lund and de Wit met in Skarholm.', 'meeting 2048-05-08 occurred'],
  ['On this day ten years ago, the presidents of Nordmark and Velsland met in Oslo.', 'meeting 2048-05-08 occurred'],
  ['Five years ago on Sunday, the foreign ministers of Nordmark and Velsland signed the fisheries accord.', 'other 2053-05-05 occurred'],
];

describe('a day told as so long ago (an anniversary)', () => {
  it.each(TOLD_LONG_AGO)('dates “%s” that many years back, not on the story’s day', (text, event) => {
    expect(dated('2058-05-08', text)).toEqual([event]);
  });

  it('leaves a meeting of today counted from an old one on today', () => {
    expect(dated('2058-05-08', 'Lund and de Wit met in Skarholm today, ten years after the treaty was signed.')).toEqual(['meeting 2058-05-08 occurred']);
  });
});
