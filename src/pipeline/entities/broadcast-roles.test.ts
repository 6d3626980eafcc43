import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a broadcast's host and guests discuss the events they name.
const timeline = timelineWithoutGazetteer([
  article('podcast', '2034-09-02', "On Tuesday's episode of the Foreign Desk podcast, host Clara Jensen and her guest, the analyst Tomas Berg, discussed Monday's meeting in Geneva between Finnish President Aino Virtanen and Estonian President Mart Kask.\n"),
  article('talk-show', '2034-09-05', 'On the radio programme Morning Line, presenter Ama Owusu asked guest Kofi Boateng about the talks in Doha between Sudanese and Chadian ministers on Thursday.\n'),
  article('summit-host', '2034-09-08', 'Summit host Kenyan President William Otieno met Ugandan President Grace Nakato in Nairobi on Friday.\n'),
]);
const present = (id: string) => idsOf(timeline.events.filter((e) => e.sources.some((s) => s.article === id)).flatMap((e) => e.roles?.present ?? []));

describe("a broadcast's host and guests", () => {
  it('take part in none of the events they discuss', () => {
    expect(present('podcast')).toEqual(['aino-virtanen', 'mart-kask']);
    expect(present('talk-show')).toEqual([]);
  });

  it('leave a gathering\'s own host at it', () => {
    expect(present('summit-host')).toEqual(['william-otieno', 'grace-nakato']);
  });
});
