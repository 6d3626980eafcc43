// Official figures or minutes told by their coming out are their office's saying of that day, whether or not the office is named.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const events = (...bodies: [string, string][]) =>
  timelineWithoutGazetteer(bodies.map(([published, body], i) => article(`f${i + 1}`, published, `${body}\n`))).events.map((e) => [e.kind, e.date.value, e.status, e.title, e.sources.length]);

describe('figures or minutes that come out are a statement of their day, with no speaker named', () => {
  it.each([
    ['The Kessian payrolls figures came out on Monday, a week late because of the strike.', '2058-03-11'],
    ['The February inflation report was released on 8 March only because the courts asked for it.', '2058-03-08'],
    ['The minutes of the Bank of Estmark’s last meeting come out on 2 April.', '2058-04-02'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['statement', null, day]]);
  });

  it('titled by the figures and their coming out; minutes to come are planned, and the meeting they record is no report of its own', () => {
    expect(events(['2058-03-13', 'The minutes of this week’s meeting come out on 2 April.'])).toEqual([['statement', '2058-04-02', 'planned', 'The minutes of this week’s meeting come out', 1]]);
  });

  it('but not figures cited for what they show', () => {
    expect(found('Treasury figures published yesterday show that exports fell by a tenth.')).toEqual([]);
  });

  it('and a meeting told within minutes of something is a meeting still', () => {
    expect(found('Lund walked out within minutes of the meeting in Corvin on Monday.')).toEqual([['meeting', null, '2058-03-11']]);
  });

  it('two articles telling one day’s release are one event, however they name the figures', () => {
    expect(events(['2058-03-13', 'The February consumer price report came out last Friday, nine days late.'], ['2058-03-14', 'The February inflation report was released on 8 March.'])).toEqual([
      ['statement', '2058-03-08', 'occurred', expect.any(String), 2],
    ]);
  });
});
