import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer, reportedIn } from '../../../tests/support/pipeline.ts';

// A wire dateline opens the story, and the story may come after a masthead, a byline or an editor's note.
const timeline = timelineWithoutGazetteer([
  article('masthead', '2035-03-20', '## The Coastal Courier | World\n\n## By Ama Boateng\n\nNAIROBI, March 20 (Rift Wire) - Ministers of the two countries met at the Kasarani sports complex on Friday.\n'),
  article('note', '2035-03-21', 'Developing story - this report will be updated.\n\n(Adds minister quote in paragraph 2)\n\nLIMA, March 21 (Andes Post) - The two presidents opened the summit at the Quipu convention centre on Saturday.\n'),
  article('first', '2035-03-22', 'DAKAR, March 22 (Sahel Wire) - Malian and Guinean ministers met at the Teranga pavilion on Sunday.\n'),
  article('distance', '2035-03-23', '## Alpine Desk\n\nLUCERNE, March 23 (Lake Wire) - Austrian and Swiss ministers met at Seeblickalp, about an hour south of Lucerne, on Monday.\n'),
  article('distance-km', '2035-03-24', 'GENEVA, March 24 (Leman Wire) - Danish and Swedish ministers met at the Chalet Vertbois, 40 km north of Geneva, on Tuesday.\n'),
]);

const placeOf = (source: string) => reportedIn(timeline, source, 'meeting', 'summit', 'talks')[0]?.place?.id;

describe('the town a wire dateline files from', () => {
  it('is read after a masthead, a byline or an editor’s note, not only in the first sentence', () => {
    expect(placeOf('masthead')).toBe('nairobi');
    expect(placeOf('note')).toBe('lima');
    expect(placeOf('first')).toBe('dakar');
  });

  it('is not the town of a venue written at a distance from a town', () => {
    expect(placeOf('distance')).toBe('seeblickalp');
    expect(placeOf('distance-km')).not.toBe('geneva');
  });
});
