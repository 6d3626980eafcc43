// A labour strike told by its length and its end ("a five-day strike … until 7am on Wednesday") is the span it runs, and two reports of that span are one strike.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

describe('a labour strike counted in days runs to the day its "until" names', () => {
  it.each([
    ['Bus drivers in Orsk began a three-day strike at 6am on Monday that runs until 6am on Thursday.', '2058-03-11/2058-03-14'],
    ['Nurses at Lusk General walked out at 8am today, at the start of a four-day strike that lasts until 8am on Sunday.', '2058-03-13/2058-03-17'],
    ['Teachers across Velsia began a five-day strike on Monday.', '2058-03-11/2058-03-15'],
  ])('%s', (body, span) => {
    expect(found(body)).toEqual([['other', 'Strike', span]]);
  });

  it('a happening told again after its length ends where it was first told', () => {
    expect(found('Ana Ruiz landed back in Lusk on Monday evening after a six-day journey to Orsk.').map(([, , day]) => day)).not.toContain('2058-03-11/2058-03-16');
  });

  it('an end further on than the day after the count is no correction of it', () => {
    expect(found('Dockers began a two-day strike on Monday, and talks will go on until Friday.').filter(([, noun]) => noun === 'Strike').map(([, , day]) => day)).toEqual(['2058-03-11/2058-03-12']);
  });

  it.each([
    ['Dockers began a two-day strike on Monday, and talks will go on until Wednesday.', '2058-03-11/2058-03-12'],
    ['Dockers began a two-day strike on Monday while the port stays shut until Wednesday.', '2058-03-11/2058-03-12'],
    ['Bus drivers began a three-day strike on Monday, the union said, with talks planned until Thursday.', '2058-03-11/2058-03-13'],
    ['Pilots at Orsk Air began a two-day strike on Monday; the airport stays shut until Wednesday.', '2058-03-11/2058-03-12'],
  ])('an "until" of another clause is not the count\'s own: %s', (body, span) => {
    expect(found(body).filter(([, noun]) => noun === 'Strike').map(([, , day]) => day)).toEqual([span]);
  });

  it('a strike counted in days that hits a target is an attack', () => {
    expect(found('Russian forces began a three-day strike on the port on Monday.').map(([, noun]) => noun)).not.toContain('Strike');
    expect(found('The air force began a two-day strike against rebel positions on Tuesday.').map(([, noun]) => noun)).not.toContain('Strike');
    expect(found('Nurses began a ten-day strike on Monday.')).toEqual([['other', 'Strike', '2058-03-11/2058-03-20']]);
  });
});

describe('a labour strike told by those who took part in it', () => {
  it.each([
    ['On Monday about 300 teachers who took part in the walkout gathered in Orsk.', '2058-03-11'],
    ['Bus drivers joined a 24-hour stoppage on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([, noun]) => noun === 'Strike').map(([, , d]) => d)).toEqual([day]);
  });

  it.each([
    ['Opposition deputies joined the walkout from the chamber on Monday.'],
    ['Opposition MPs joined a walkout during the president\'s speech on Monday.'],
    ['Several delegations took part in a walkout at the UN General Assembly on Tuesday.'],
    ['Two ministers joined the walkout at the budget debate on Wednesday.'],
  ])('but a walkout from a sitting is no strike: %s', (body) => {
    expect(found(body).map(([, noun]) => noun)).not.toContain('Strike');
  });

  it.each([
    ['Lusk City took the lead in stoppage time on Saturday.'],
    ['Hale took a penalty in stoppage time on Saturday and missed.'],
    ['Orsk joined the attack in stoppage time on Sunday and scored.'],
  ])('nor is a match\'s stoppage time, nor a lead taken: %s', (body) => {
    expect(found(body).map(([, noun]) => noun)).not.toContain('Strike');
  });
});

describe('two reports of one strike told by the span it ran', () => {
  it('are one event, though neither names anyone', () => {
    const timeline = timelineWithoutGazetteer([
      article('a1', '2058-03-11', 'Teachers walked out at 7am today, at the start of a three-day strike over pay that runs until 7am on Thursday.\n'),
      article('a2', '2058-03-14', 'Between Monday 11 March and this morning, head teachers covered the classes of 300 teachers who took part in the walkout.\n'),
    ]);
    const strikes = timeline.events.filter((e) => e.title.includes('Strike') || e.id.includes('strike'));
    expect(strikes.map((e) => [e.date.value, e.sources.map((s) => s.article).sort()])).toEqual([['2058-03-11/2058-03-14', ['a1', 'a2']]]);
  });

  it('but strikes of the same days by workers of two trades are two', () => {
    for (const [first, second] of [
      ['Nurses', 'Dock workers'],
      ['Teachers', 'Bus drivers'],
    ]) {
      const timeline = timelineWithoutGazetteer([
        article('c', '2058-03-14', `${first} went on strike from Monday 11 March to Wednesday 13 March.\n`),
        article('d', '2058-03-14', `${second} went on strike from Monday 11 March to Wednesday 13 March.\n`),
      ]);
      const strikes = timeline.events.filter((e) => e.title.includes('Strike') || e.id.includes('strike'));
      expect(strikes.map((e) => [e.date.value, e.sources.map((s) => s.article)])).toEqual([
        ['2058-03-11/2058-03-13', ['c']],
        ['2058-03-11/2058-03-13', ['d']],
      ]);
    }
  });
});
