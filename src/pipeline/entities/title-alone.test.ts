import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a pope named once in full, then by his title alone.
const timeline = timelineWithoutGazetteer([
  article(
    'pope-title',
    '2051-03-12',
    'Pope Gregory XVII left Rome on Monday for his first journey abroad. On Tuesday the Pope met President Ana Ruiz in Lima.\n',
  ),
]);

describe('a title alone after the full name', () => {
  it('is the person the article named with that title', () => {
    const [meeting] = reportedIn(timeline, 'pope-title', 'meeting');
    expect(meeting && idsOf(meeting.participants)).toContain('ana-ruiz');
    expect(meeting && meeting.participants.filter((p) => p.id !== 'ana-ruiz').map((p) => p.name)).toEqual(['Gregory XVII']);
  });
});
