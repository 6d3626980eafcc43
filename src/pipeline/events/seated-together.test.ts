import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Sunday 8 June 2059: Friday the 6th, Saturday the 7th.
describe('people seated together by their office, or one seated in a room of state', () => {
  it('is a meeting of its day', () => {
    expect(kindsNounsAndDays('On the Friday President Ilse Brandt flew to Lusk. The next morning, before the parade, the two presidents sat down on two chairs in the Old Cathedral.', '2059-06-08')).toContainEqual([
      'meeting',
      null,
      '2059-06-07',
    ]);
    expect(kindsNounsAndDays('On Friday the three foreign ministers sat at one table in Varnholm.', '2059-06-08')).toEqual([['meeting', null, '2059-06-06']]);
    expect(kindsNounsAndDays('On 6 June Premier Ana Duvik sat in the Blue Palace expecting to sign the accord.', '2059-06-08')).toEqual([['meeting', null, '2059-06-06']]);
  });

  it('is none for anyone else seated somewhere, nor for leaders seated for what the sentence names', () => {
    expect(kindsNounsAndDays('On Friday the two farmers sat on a bench in Varnholm.', '2059-06-08')).toEqual([]);
    expect(kindsNounsAndDays('On Friday Premier Ana Duvik sat in the garden of her house.', '2059-06-08')).toEqual([]);
    expect(kindsNounsAndDays('At noon on Friday the two leaders sat side by side for a video call with the coalition.', '2059-06-08').map(([kind]) => kind)).not.toContain('meeting');
  });

  it('joins the meeting another report tells of that day', () => {
    const timeline = timelineWithoutGazetteer([
      article('wire', '2059-06-08', 'The accord came after a meeting between President Ilse Brandt and President Piet Varga in Lusk on Saturday.\n'),
      article('long-read', '2059-06-08', 'On the Friday President Ilse Brandt and President Piet Varga flew to Lusk for the funeral. The next morning, before the parade, the two presidents sat down on two chairs in the Old Cathedral.\n'),
    ]);
    const meetings = timeline.events.filter((e) => e.kind === 'meeting');
    expect(meetings.map((e) => [e.date.value, e.sources.map((s) => s.article).sort()])).toEqual([['2059-06-07', ['long-read', 'wire']]]);
  });
});
