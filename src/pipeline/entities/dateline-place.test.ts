import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Stories of our own filed from a town (a Thursday's and a Tuesday's), with an empty gazetteer: what they tell done that
// day with no place of its own was done where the story was filed; a saying in writing, another day's happening and a
// story with no dateline keep none. Each is read alone.
const stories = [
  article(
    'apia',
    '2041-09-19T09:00:00Z',
    'APIA, Sept 19 (Test Wire) — Fishing ministers of the region opened their yearly meeting on Thursday.\n\nThe fisheries ministry said in a statement on Thursday that catches had fallen. Their deputies had met on Monday.\n',
  ),
  article('oslo', '2041-06-04T09:00:00Z', 'OSLO, June 4 (Test Wire) — Queen Ingrid told parliament on Tuesday that the country faced hard choices.\n'),
  article('no-dateline', '2041-09-19T09:00:00Z', 'Fishing ministers of the region opened their yearly meeting on Thursday.\n'),
];
const placed = (source: string) => reportedIn(timelineWithoutGazetteer(stories.filter((a) => a.id === source)), source).map((e) => `${e.kind} ${e.date.value} ${e.place?.id ?? 'none'}`);

describe('what a story filed from a town tells done that day', () => {
  it('was done in that town: a gathering, and a speech to a chamber', () => {
    expect(placed('apia')).toContain('meeting 2041-09-19 apia');
    expect(placed('oslo')).toEqual(['statement 2041-06-04 oslo']);
  });

  it('keeps no place when it is a saying in writing, of another day, or in a story with no dateline', () => {
    expect(placed('apia')).toContain('statement 2041-09-19 none');
    expect(placed('apia')).toContain('meeting 2041-09-16 none');
    expect(placed('no-dateline')).toEqual(['meeting 2041-09-19 none']);
  });
});
