import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Wednesday 3 December 2059: Saturday the 29th of November, Monday the 1st.
describe('a house of prayer or a grave seen', () => {
  it('is a visit of its day, told by "visited" with any article or by going to it', () => {
    expect(kindsNounsAndDays('On Saturday Patriarch Ivo Brandt visited a famous mosque in Varnholm called the Green Mosque.', '2059-12-03')).toEqual([['other', 'Visit', '2059-11-29']]);
    expect(kindsNounsAndDays('On Monday Bishop Ana Duvik visited the grave of a famous monk, Saint Piet, high in the mountains.', '2059-12-03')).toEqual([['other', 'Visit', '2059-12-01']]);
    expect(kindsNounsAndDays('Yesterday morning Patriarch Ivo Brandt went to the Green Mosque.', '2059-11-30')).toEqual([['other', 'Visit', '2059-11-29']]);
  });

  it('is none for anywhere else gone to', () => {
    expect(kindsNounsAndDays('Yesterday morning Patriarch Ivo Brandt went to the bank.', '2059-11-30')).toEqual([]);
    expect(kindsNounsAndDays('Yesterday morning Patriarch Ivo Brandt went to a concert in Varnholm.', '2059-11-30')).toEqual([]);
  });

  it('joins the visit another report tells of that day', () => {
    const timeline = timelineWithoutGazetteer([
      article('blog', '2059-11-30', 'Yesterday morning Patriarch Ivo Brandt went to the Green Mosque in Varnholm.\n'),
      article('explainer', '2059-12-03', 'On Saturday Patriarch Ivo Brandt visited a famous mosque in Varnholm called the Green Mosque.\n'),
    ]);
    expect(timeline.events.map((e) => [e.kind, e.date.value, e.sources.map((s) => s.article).sort()])).toEqual([['other', '2059-11-29', ['blog', 'explainer']]]);
  });
});
