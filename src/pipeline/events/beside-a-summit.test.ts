import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: an article places and dates a summit over days, then tells a meeting of
// one of them held beside a sitting of it, naming no place of its own.
const articles = [
  article(
    'margins',
    '2051-08-31',
    'President Ana Ruiz hosts the Andean summit in Cusco from Monday, September 4 to Wednesday, September 6. Chancellor Ruth Albers is expected to meet President Ana Ruiz on the margins on Tuesday morning.\n',
  ),
  article(
    'sidelines-later',
    '2051-08-31',
    'The Andean summit is held in Cusco from Monday, September 4 to Wednesday, September 6. Twelve leaders have said they will attend. Roads near the old town will be closed for three days. Prime Minister Jonas Medved will meet Chancellor Ruth Albers on the sidelines on Tuesday.\n',
  ),
];

/** Each article built alone: two outlets' reports of one day would share their places by merging. */
const gathering = (source: string) => reportedIn(timelineWithoutGazetteer(articles.filter((a) => a.id === source)), source, 'meeting', 'talks').find((e) => e.kind !== 'summit');

describe('a meeting held beside a summit its article places over its days', () => {
  it('is where the summit is: "on the margins", "on the sidelines" sentences after it', () => {
    expect(gathering('margins')?.place?.id).toBe('cusco');
    expect(gathering('sidelines-later')?.place?.id).toBe('cusco');
  });
});
