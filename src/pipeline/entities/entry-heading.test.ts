import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Planners of our own: each item opens with its clock time and the place it happens, as a story opens with its
// dateline ("15:30 Palace of Westminster — …"). The heading's place is where the item's venues are, and no one in the news.
const planner = (id: string, items: string[]) => article(id, '2041-03-04', `NEWS DESK PLANNER\n\nWEDNESDAY 5 MARCH\n\n${items.join('\n\n')}\n`);
const timeline = timelineWithoutGazetteer([
  planner('seat', ['15:30 Palace of Westminster — President Gabriel Rojas of Chile meets Lord Hale, the Lord Speaker, in the Long Gallery.']),
  planner('town', ['10:00 Tampere, Pirkanmaa — The Finnish and Estonian foreign ministers hold talks at the Council House.']),
  planner('venue', ['11:00 Perth — The Sultan of Brunei lays a wreath.', '19:30 Perth Castle — State banquet for the Sultan in the Great Hall.']),
  planner('subject', ['12:00 Lillehammer — Ms Ingrid Berg and Mr Kenji Sato hold talks on Arctic shipping.']),
]);
const eventOf = (source: string, kind: string) => timeline.events.find((e) => e.kind === kind && e.sources.some((s) => s.article === source));

describe('the place a planner’s item is written under', () => {
  it('is the capital a seat of government stands for, where the item’s room is', () => {
    expect(eventOf('seat', 'meeting')?.place?.id).toBe('london');
  });

  it('is the town it names, where the item’s venue is', () => {
    expect(eventOf('town', 'talks')?.place?.id).toBe('tampere');
  });

  it('is the town a venue’s name begins with, when another item is written under that town alone', () => {
    expect(eventOf('venue', 'meeting')?.place?.id).toBe('perth');
  });

  it('is no one taking part', () => {
    expect(eventOf('subject', 'talks')?.participants.map((p) => p.id)).not.toContain('lillehammer');
  });
});
