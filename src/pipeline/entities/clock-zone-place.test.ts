import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a state or town written after a clock names the zone the hour is told in
// ("at 15:00 Kenya time", "9am Peru Standard Time", "(Oslo time)"), not a side of what happens at that hour.
const timeline = timelineWithoutGazetteer([
  article('clock-state', '2061-05-02', 'President Ana Ruiz met President Tomas Vale in Dunmere on Monday at 15:00 Kenya time.\n'),
  article('clock-standard', '2061-05-09', 'On Tuesday at 9am Peru Standard Time, Foreign Minister Clara Soto held talks with Foreign Minister Jan Orlov.\n'),
  article('clock-town', '2061-05-16', 'Prime Minister Ilse Varga met Chancellor Oren Tallis on Wednesday evening (Oslo time) in Marlow.\n'),
]);

const meeting = (source: string) => reportedIn(timeline, source, 'meeting', 'talks')[0];

describe('a place written as the zone of a clock', () => {
  it('is no party to what happens at that hour ("at 15:00 Kenya time")', () => {
    expect(idsOf(meeting('clock-state')?.participants)).toEqual(['ana-ruiz', 'tomas-vale']);
  });

  it('is no party when its zone is named in full ("9am Peru Standard Time")', () => {
    expect(idsOf(meeting('clock-standard')?.participants)).toEqual(['clara-soto', 'jan-orlov']);
  });

  it('is no party nor the place when written in brackets after the part of the day ("evening (Oslo time)")', () => {
    const event = meeting('clock-town');
    expect(idsOf(event?.participants)).toEqual(['ilse-varga', 'oren-tallis']);
    expect(event?.place?.name).not.toBe('Oslo');
  });
});
