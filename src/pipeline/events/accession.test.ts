// A bloc that takes in a state as a member is a happening of its day, titled by the bloc and the state.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer, kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const titleOf = (body: string) => timelineWithoutGazetteer([article('m1', '2058-03-13', body)]).events.map((e) => e.title);

describe('a state admitted to a bloc, or joining one, as a member is an accession', () => {
  it.each([
    ["On Sunday, the leaders of the Northern Sea Council admitted Kessia as the bloc's eleventh member.", '2058-03-10', 'Northern Sea Council admits Kessia as its eleventh member'],
    ['Kessia, admitted as the eleventh member of NSC yesterday, takes part in the meetings today.', '2058-03-12', 'NSC admits Kessia as its eleventh member'],
    ['Velsland joined the Alliance as its 33rd member on Tuesday.', '2058-03-12', 'Velsland joins the Alliance as its 33rd member'],
    ['Velsland became a full member of the Union on Monday.', '2058-03-11', 'Velsland joins the Union as a full member'],
  ])('%s', (body, day, title) => {
    expect(found(body)).toEqual([['other', 'Accession', day]]);
    expect(titleOf(body)).toEqual([title]);
  });

  it('but not a first of a family, nor a state that joined with no word of membership', () => {
    expect(found('On Tuesday she became the first member of her family to go to university.')).toEqual([]);
    expect(found('Velsland joined the talks on Tuesday.').filter(([, noun]) => noun === 'Accession')).toEqual([]);
  });
});
