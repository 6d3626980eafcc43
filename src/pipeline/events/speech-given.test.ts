// A speech told by the verb of giving it, or by the gathering it was addressed to (own-corpus-9's miss, "attended the first session of the summit and
// delivered a speech", sentences written here in other words): its speaker's saying of that day, as a speech to a legislature is
// (speech-to-a-legislature.test.ts).
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a speech given, or a gathering addressed', () => {
  it.each([
    ['Putin delivered a speech at the university in Kazan on Tuesday.', '2058-03-12'],
    ['Zelenskyy attended the first session of the summit on Monday and delivered a speech.', '2058-03-11'],
    ['Putin will give the keynote speech at the forum on Friday.', '2058-03-15'],
    ['On Tuesday Zelenskyy delivered an address at the war memorial.', '2058-03-12'],
    ['On Monday Peskov addressed the assembly of the regional governors.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['statement', null, day]);
  });

  it('but not an address given as a place, nor a matter addressed', () => {
    expect(found('Peskov gave his address to the police on Tuesday.').map(([kind]) => kind)).not.toContain('statement');
    expect(found('On Tuesday Zelenskyy addressed the concerns of the farmers.').map(([kind]) => kind)).not.toContain('statement');
  });

  it("nor a gathering's own matter addressed, nor a storm only gathering", () => {
    const kinds = (body: string) => found(body).map(([kind]) => kind);
    expect(kinds("On Tuesday Peskov addressed the conference's concerns about funding.")).not.toContain('statement');
    expect(kinds('On Tuesday the government addressed the summit’s agenda.')).not.toContain('statement');
    expect(kinds('On Tuesday the ministers addressed a gathering storm of criticism.')).not.toContain('statement');
    expect(found('On Tuesday Peskov addressed a gathering of farmers in Kazan.')).toContainEqual(['statement', null, '2058-03-12']);
  });
});
