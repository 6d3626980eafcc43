import { describe, expect, it } from 'vitest';
import { article, extractOne, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, of Wednesday 12 March 2053 (the Monday gone by is the 10th): captives freed, told by their arrival.
const told = (body: string) => extractOne('2053-03-12', `${body}\n`).candidates.map((c) => `${c.kind}${c.noun ? `/${c.noun}` : ''} ${c.date.value}`);

describe('freed captives arriving somewhere, carried or not', () => {
  it('is their release, an exchange, and no one’s trip', () => {
    expect(told('Buses carrying freed Varno prisoners began arriving in Lusk on Monday.')).toEqual(['exchange 2053-03-10']);
    expect(told('The released hostages arrived at Port Elm on Monday.')).toEqual(['exchange 2053-03-10']);
  });

  it('is a trip still when who arrives is no captive, nor the families of one', () => {
    expect(told('Premier Aldo Vance arrived in Lusk on Monday.')).toEqual(['other/Trip 2053-03-10']);
    expect(told('Relatives of the freed prisoners’ lawyers arrived in Lusk on Monday.')).toEqual(['other/Trip 2053-03-10']);
  });

  it('is one exchange with another article’s release of that day', () => {
    const timeline = timelineWithoutGazetteer([
      article('live', '2053-03-10', '12:55\nBuses carrying freed Chilean prisoners have begun arriving in Arica. Nearly 900 are being released under the deal.\n'),
      article('explainer', '2053-03-11', 'All six living Peruvian hostages were released on Monday. In return Peru freed about 900 Chilean prisoners the same day.\n'),
    ]);
    const exchanges = timeline.events.filter((e) => e.kind === 'exchange');
    expect(exchanges.map((e) => `${e.date.value} ${e.sources.map((s) => s.article).join('+')}`)).toContain('2053-03-10 explainer+live');
  });
});
