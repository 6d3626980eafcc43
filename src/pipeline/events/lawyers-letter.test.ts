// A letter someone's lawyers wrote to the other side is a step of a case of that day, its client's, no saying of the client's (own-corpus-20's
// "Trump's lawyers wrote to the BBC late on Sunday demanding …", read as Trump's statement; written here in other words). A letter its writer
// wrote is still a saying.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

describe("a letter from someone's lawyers", () => {
  it.each([
    ["Marek's lawyers wrote to the Orsk Courier late on Sunday demanding a retraction and threatening to sue.", '2058-03-10'],
    ['Solicitors for Ana Vell sent a letter to the Kessel council on Monday.', '2058-03-11'],
    ['Attorneys acting for Mayor Ivo Lind wrote to the Lusk Herald on Tuesday.', '2058-03-12'],
    // …or to a body named by its noun.
    ["The minister's lawyers wrote to the paper late on Sunday demanding a retraction.", '2058-03-10'],
    ['Solicitors for the family sent a letter to the council on Monday.', '2058-03-11'],
    ["The mayor's attorneys wrote to the broadcaster on Tuesday.", '2058-03-12'],
  ])('%s', (body, day) => {
    const read = found(body);
    expect(read).toContainEqual(['other', 'Letter from lawyers', day]);
    expect(read.map(([kind]) => kind)).not.toContain('statement');
  });

  it('but a letter its writer wrote is a saying', () => {
    expect(found('Ana Vell wrote to the Orsk Courier on Monday demanding a retraction.')).toContainEqual(['statement', null, '2058-03-11']);
  });
});
