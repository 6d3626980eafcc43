// Workers' strikes (issue #8, a labour strike read as an attack): the workers' own happening of its day, kind other, not a strike of war.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a labour strike is a happening of kind other, no attack', () => {
  it.each([
    ['The Velsian unions have set a day of strikes for 21 March.', '2058-03-21'],
    ['Teachers in Orsk went on strike on Monday over pay.', '2058-03-11'],
    ['The dockers’ unions will hold a general strike on Friday.', '2058-03-15'],
    ['A 24-hour rail strike is planned for Thursday across Lusk.', '2058-03-14'],
    ['Nurses at three Korvin hospitals began strike action on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Strike', day]]);
  });

  it('nor are strikes by workers or striking drivers an attack', () => {
    expect(found('Strikes by drivers closed the Lusk depots on Monday.').map(([kind]) => kind)).not.toContain('strike');
    expect(found('Striking miners gathered outside the Orsk plant on Monday.').map(([kind]) => kind)).not.toContain('strike');
  });

  it('but one that is only the cause of another happening, or a threat, is no happening', () => {
    expect(found('The ministers’ meeting, moved from Monday to Thursday because of a transport strike, went ahead in Lusk.').map(([, noun]) => noun)).not.toContain('Strike');
    expect(found('The nurses said on Monday that a 48-hour strike remains on the table.').map(([, noun]) => noun)).not.toContain('Strike');
    expect(found('The unions repeated on Monday their threat of a general strike.').map(([, noun]) => noun)).not.toContain('Strike');
  });
});

describe('a labour strike told by the workers walking out', () => {
  it.each([
    ['Flight attendants at Velsair walked off the job on Monday.', '2058-03-11'],
    ['The airline’s 10,000 flight attendants walked out early on Tuesday.', '2058-03-12'],
    ['Teachers in Orsk walked out on Monday over pay.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Strike', day]]);
  });

  it('but walking out of a room or a pact is no strike', () => {
    expect(found('The army delegation walked out of the talks in Lusk on Monday.').map(([, noun]) => noun)).not.toContain('Strike');
    expect(found('The Greens walked out of the coalition on Monday.').map(([, noun]) => noun)).not.toContain('Strike');
    expect(found('The union leaders walked out of the meeting on Monday.').map(([, noun]) => noun)).not.toContain('Strike');
  });
});

describe('a strike of war stays a strike', () => {
  it.each([
    ['Velsian jets struck the Orsk compound on Monday.', '2058-03-11'],
    ['A drone strike on Tuesday hit a fuel depot near Lusk.', '2058-03-12'],
    ['A wave of strikes on Korvin killed three people on Monday.', '2058-03-11'],
    ['Meridia carried out strikes on Orsk on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'strike').map(([, , date]) => date)).toEqual([day]);
    expect(found(body).map(([, noun]) => noun)).not.toContain('Strike');
  });
});
