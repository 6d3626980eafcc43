import { describe, expect, it } from 'vitest';
import { article, GAZETTEER } from '../../../tests/support/pipeline.ts';
import { buildTimeline } from '../timeline.ts';
import { keepPublishedIds, parsePublishedIds, recordPublishedIds } from './published-ids.ts';
import { testEvent } from '../../../tests/support/events.ts';

const extras = { gazetteer: GAZETTEER, corrections: { file: 'corrections.yaml', items: [] } };
const first = article('2026-02-26-envoys-meet', '2026-02-26', 'Witkoff held talks in Geneva on Thursday.\n');
// An older article, ingested later, that names more people.
const second = article('2026-02-25-envoys-to-meet', '2026-02-25', 'Witkoff and Umerov will hold talks in Geneva on Thursday.\n');

describe('published ids', () => {
  it('keep working as redirects when a later report changes the event’s id', () => {
    const before = buildTimeline([first], extras);
    const [event] = before.events;
    const published = parsePublishedIds(recordPublishedIds(before.events, undefined), 'published-ids.yaml');
    const withoutLedger = buildTimeline([first, second], extras);
    const changed = withoutLedger.events.find((e) => e.sources.length === 2);
    expect(changed?.id, 'the earlier report names Umerov too, so the id says more').not.toBe(event!.id);
    const after = buildTimeline([first, second], { ...extras, publishedIds: published });
    expect(after.redirects).toContainEqual({ from: event!.id, to: changed!.id });
  });

  it('sends an old id to the event citing its sentence whose id is most like it, when several cite it', () => {
    const quoted = (article: string) => [{ article, title: article, outlet: 'Test Wire', published: '2026-02-25', url: null, quotes: [{ text: 'Umerov meets Witkoff in Geneva on Thursday ahead of the March round.', start: 0, end: 10, sentence: 9 }] }];
    const meeting = testEvent('2026-02-26-umerov-witkoff-meeting', '2026-02-26', { sources: quoted('plan') });
    const round = testEvent('2026-03-russia-ukraine-talks', '2026-03', { sources: quoted('plan') });
    keepPublishedIds([meeting, round], parsePublishedIds('2026-03-russia-talks: plan#9\n', 'published-ids.yaml'));
    expect([meeting.aliases, round.aliases]).toEqual([[], ['2026-03-russia-talks']]);
  });

  it('refuses a line that names no sentence, saying what to write', () => {
    expect(() => parsePublishedIds('2026-02-26-witkoff-talks: somewhere\n', 'content/published-ids.yaml')).toThrow(/published-ids\.yaml.*article id>#<sentence index/s);
  });
});
