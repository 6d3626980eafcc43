// A penalty told by the span it runs is one happening of those days, however far apart, and two reports of that very span are one event.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

describe('a ban or a suspension told by the span it runs', () => {
  it.each([
    ['The suspension runs from 9 February to 4 May, the federation said.', '2058-02-09/2058-05-04'],
    ['The ban runs from 1 March to 30 June.', '2058-03-01/2058-06-30'],
    // A day told after it for its agreeing is not the span's.
    ['A suspension from 2 March to 20 April, agreed on Monday, ends the case.', '2058-03-02/2058-04-20'],
    ['Her ban lasted from 3 January to 3 March.', '2058-01-03/2058-03-03'],
    ['His three-month ban runs from 1 April to 30 June.', '2058-04-01/2058-06-30'],
  ])('%s', (body, days) => {
    expect(found(body)).toEqual([['other', 'Ban', days]]);
  });

  it('but not a ban only sought, one on goods, nor one told by its length alone', () => {
    for (const body of ['The agency sought a ban of one to two years on Monday.', 'Orsk imposed a ban on exports from 1 March to 30 June.', 'He accepted a three-month ban on Monday.']) {
      expect(found(body).filter(([, noun]) => noun === 'Ban'), body).toEqual([]);
    }
  });

  it('but not a ban of a thing named before it, nor one goods face: a penalty is a person’s', () => {
    for (const body of ['A hosepipe ban from 1 July to 30 September was announced on Monday.', 'Imports face a ban from Jan. 1 to March 31.', 'The travel ban from Monday to Friday was lifted.']) {
      expect(found(body).filter(([, noun]) => noun === 'Ban'), body).toEqual([]);
    }
  });

  it('two articles telling the same span of a happening that does not run are not one event for that alone', () => {
    const timeline = timelineWithoutGazetteer([
      article('a1', '2058-03-13', 'Flights to Kessel were suspended from 3 March to 5 March.\n'),
      article('a2', '2058-03-13', 'Flights to Vell were suspended from 3 March to 5 March.\n'),
    ]);
    expect(timeline.events.filter((e) => e.date.value === '2058-03-03/2058-03-05').map((e) => e.sources.map((s) => s.article).join()).sort()).toEqual(['a1', 'a2']);
  });

  it('days further apart than a week stay two days for a happening that does not run', () => {
    expect(found('Ana Ruiz met the envoys on 1 March and 20 March.').map(([, , day]) => day)).not.toContain('2058-03-01/2058-03-20');
  });

  it('two articles telling the same span are one event, though neither names anyone', () => {
    const timeline = timelineWithoutGazetteer([
      article('a1', '2058-03-13', 'The suspension runs from 9 February to 4 May, the federation said.\n'),
      article('a2', '2058-03-15', 'The deal itself. A suspension from 9 February to 4 May, backdated by a few days.\n'),
    ]);
    const bans = timeline.events.filter((e) => e.title === 'Ban');
    expect(bans.map((e) => [e.date.value, e.sources.map((s) => s.article).sort()])).toEqual([['2058-02-09/2058-05-04', ['a1', 'a2']]]);
  });
});
