// An election named by its year alone as the one someone lost or won (own-corpus-14's stray, "convicted former President Jair Bolsonaro on Thursday of
// plotting a coup to stay in power after he lost the 2022 election", written here in other words): that person's past, no happening of the story.
// Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const elections = (body: string) => found(body).filter(([, noun]) => noun === 'Election');

describe('an election named by its year', () => {
  it('is none when told as the one someone lost or won', () => {
    expect(elections('The court convicted Aram Tesk on Monday of plotting a coup to stay in power after he lost the 2054 election.')).toEqual([]);
    expect(elections('Ilse Marr, who has led the country since winning the 2049 election, spoke on Monday.')).toEqual([]);
  });

  it('is one when told otherwise, or with its month', () => {
    expect(elections('The party came second in the 2054 election.')).toEqual([['other', 'Election', '2054']]);
    expect(elections('He lost the October 2057 election.')).toEqual([['other', 'Election', '2057-10']]);
  });
});
