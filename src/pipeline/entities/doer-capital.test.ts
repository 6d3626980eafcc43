import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { buildTimeline } from '../timeline.ts';
import { article } from '../../../tests/support/pipeline.ts';
import { parseGazetteer } from './gazetteer.ts';

// Short reports of our own: a body that sits in its state's capital, opening its sentence as the doer of its act, acted in
// that capital (own-conventions.md, "Places": "in the National Assembly" is Paris); a chamber many states name alike only
// with its state written before it; a place the report writes still wins.
const timeline = buildTimeline(
  [
    article('fed', '2041-03-08', 'The Federal Reserve lowered its main interest rate by a quarter of a percentage point on Wednesday.\n'),
    article('assembly', '2041-05-16', "Kenya's National Assembly withdrew its confidence from Prime Minister Amos Otieno on Tuesday evening, by 201 votes to 94.\n"),
    article('sejm', '2041-06-20', 'The Sejm voted down the pension reform of Prime Minister Jan Nowicki on Monday, by 240 votes to 198.\n'),
    article('whose', '2041-07-11', 'The National Assembly withdrew its confidence from Prime Minister Rui Mendes on Thursday, by 130 votes to 80.\n'),
    article('written', '2041-08-26', 'The Federal Reserve cut its rate by half a point in New York on Sunday, at an emergency session.\n'),
  ],
  { gazetteer: parseGazetteer('', 'none.yaml'), corrections: parseCorrections('', 'none') },
);
const placesOf = (source: string) => timeline.events.filter((e) => e.sources.some((s) => s.article === source)).map((e) => e.place?.id);

describe('an act of a body that sits in its state’s capital', () => {
  it('is in that capital, by the body’s name or by the state written before it', () => {
    expect(placesOf('fed')).toEqual(['washington-dc']);
    expect(placesOf('assembly')).toEqual(['nairobi']);
    expect(placesOf('sejm')).toEqual(['warsaw']);
  });

  it('is in no capital when a chamber named alike has no state written, and where the report says when it says', () => {
    expect(placesOf('whose')).toEqual([undefined]);
    expect(placesOf('written')).toEqual(['new-york']);
  });
});
