import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const onThe3rd = (body: string): [string, string | null, string][] => kindsNounsAndDays(body, '2061-03-20').filter(([, , day]) => day === '2061-03-03');

describe('someone spoken to by name, after a phone call named in the paragraph', () => {
  it('is that call, of its day', () => {
    expect(onThe3rd('The thaw began with a phone call. Premier Ana Duvik spoke to Ivo Brandt on 3 March and later praised him in public.')).toEqual([['call', null, '2061-03-03']]);
  });

  it('is no call with no phone call named, nor when spoken to somewhere in person', () => {
    expect(onThe3rd('The thaw began with a long walk. Premier Ana Duvik spoke to Ivo Brandt on 3 March and later praised him in public.')).toEqual([]);
    expect(onThe3rd('The thaw began with a phone call. Premier Ana Duvik spoke to Ivo Brandt in Varnholm on 3 March.')).toEqual([]);
  });

  it('joins the call another report tells of that day', () => {
    const timeline = timelineWithoutGazetteer([
      article('op-ed', '2061-03-20', 'The thaw began with a phone call. Premier Ana Duvik spoke to Ivo Brandt on 3 March and later praised him in public.\n'),
      article('newsletter', '2061-03-21', 'On 3 March, Premier Ana Duvik telephoned Ivo Brandt.\n'),
    ]);
    const calls = timeline.events.filter((e) => e.kind === 'call' && e.date.value === '2061-03-03');
    expect(calls.map((e) => e.sources.map((s) => s.article).sort())).toEqual([['newsletter', 'op-ed']]);
  });
});
