import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** Kind, title and day of each event one article (a Wednesday's) gives, read alone. */
const told = (body: string): [string, string, string][] => timelineWithoutGazetteer([article('a', '2058-03-13', `${body}\n`)]).events.map((e) => [e.kind, e.title, e.date.value]);

// Of our own: a meeting, talks held beside a gathering, the gathering's noun between them and their day, its place told with its country.
describe('a meeting on the sidelines of a gathering', () => {
  it('takes the day told after the gathering, with a comma or without', () => {
    expect(told('Foreign Minister Lena Haas is due to meet Foreign Minister Omar Rahimi in Antalya, Turkey, on the sidelines of a NATO meeting, later today.')).toEqual([['meeting', 'Haas and Rahimi to meet in Antalya', '2058-03-13']]);
    expect(told('President Ana Ruiz held talks with Prime Minister Jonas Medved in Rio, Brazil, on the margins of the G20 summit on Friday.')).toEqual([['talks', 'Medved and Ruiz hold talks', '2058-03-08']]);
    expect(told('Prime Minister Jonas Medved held talks with President Ana Ruiz in Brussels, Belgium, in the margins of a meeting of EU leaders, on Monday.')).toEqual([['talks', 'Medved and Ruiz hold talks in Brussels', '2058-03-11']]);
    expect(told('Norvik Steel chief executive Ivar Dahl will meet Baltic Ore chief Mia Lind in Davos, Switzerland, on the fringes of an energy summit on Thursday.').map(([kind, title, day]) => [kind, title.endsWith('to meet in Davos'), day])).toEqual([['meeting', true, '2058-03-14']]);
    expect(told('Sports Minister Piet Laan met IOC President Ola Berg in Paris, France, on the sidelines of the Olympic summit on Tuesday.')).toEqual([['meeting', 'Berg and Laan meet in Paris', '2058-03-12']]);
  });

  it('still takes a day told as the gathering\'s by a possessive', () => {
    expect(told('Chancellor Ruth Albers met President Ana Ruiz in Oslo, Norway, on the sidelines of Tuesday\'s conference.')).toEqual([['meeting', 'Albers and Ruiz meet in Oslo', '2058-03-12']]);
  });

  it('leaves the gathering its own day when a clause of its own tells it', () => {
    expect(told('The G20 summit opened in Rio on Thursday. On its sidelines on Friday, President Ana Ruiz met Prime Minister Jonas Medved.')).toEqual([
      ['summit', 'G20 summit in Río', '2058-03-07'],
      ['meeting', 'Medved and Ruiz meet', '2058-03-08'],
    ]);
    expect(told('President Ana Ruiz met Prime Minister Jonas Medved in Rio, Brazil, on the sidelines of the G20 summit, which opened on Thursday.')).toEqual([['meeting', 'G20 summit', '2058-03-07']]);
  });
});
