// A contest won with an entry (own-corpus-22 c1, "Sports": a contest won is a happening of its day), told in a sentence that describes the
// entry by a compound of two things met ("a countertenor-meets-techno storm"): that style is no gathering, and the win is the sentence's act.
// The sentences are written for the test; Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

const kinds = (body: string) => found(body).map(([kind]) => kind);

describe('a style named by two things met', () => {
  it.each([
    'Last night in Lusk, Velsia’s Ana Ruiz won the Kessel Song Contest with “Blue Hour”, the folk-meets-disco anthem fans had tipped since January.',
    'Their East-meets-West menu opened on Monday.',
    'On Tuesday the band released a jazz-met-grime single.',
  ])('is no gathering: %s', (body) => {
    expect(kinds(body)).not.toContain('meeting');
  });

  it('leaves the win its sentence tells, and a meeting told by its verb', () => {
    expect(found('Last night in Lusk, Velsia’s Ana Ruiz won the Kessel Song Contest with “Blue Hour”, the folk-meets-disco anthem fans had tipped since January.')).toContainEqual(['other', 'won', '2058-03-12']);
    expect(kinds('The two ministers met in Lusk on Monday.')).toContain('meeting');
  });
});
