// A saying after a leading day whose subject is set off by an apposition, perhaps with a relative clause after it ("On Wednesday the SMART
// Transportation Division, the largest rail operating union, said …", own-corpus-15 c2; "On Friday, Eduardo Bolsonaro, the former
// president's son, who has lived in Texas since March, told a podcast …", own-corpus-14 c2), or by the name of the office it is ("On Wednesday
// the prosecutor, …, said both had … been charged", own-corpus-17 a2): the day is the saying's, as without the aside.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

describe('a leading day, then a subject with an aside, then its verb of saying', () => {
  it.each([
    ['On Wednesday the SMART Transportation Division, the largest rail operating union, said it would fight any deal that did not protect crews.', '2058-03-13'],
    ['On Tuesday, Eduardo Bolsonaro, a former judge, said the levy would go.', '2058-03-12'],
    ["On Friday, Eduardo Bolsonaro, the former president's son, who has lived in Texas since March, told a podcast that Brazil was now a dictatorship.", '2058-03-08'],
    ['At a rally in Lima on Monday, Finance Minister Ana Ruiz, the architect of the levy, said it would go.', '2058-03-11'],
    ['On Tuesday the prosecutor, Ilse Marr, said both men had been charged.', '2058-03-12'],
    ['On Monday evening the interior minister, Aram Tesk, said nobody had been hurt.', '2058-03-11'],
    ['On Tuesday the mayor, Ilse Marr, who chairs the council, said the bridge would reopen in May.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['statement', null, day]);
  });

  it('but not a verb of saying after a clause of its own, with no aside', () => {
    expect(found('On Monday the talks ended, said the ministry.')).not.toContainEqual(['statement', null, '2058-03-11']);
  });

  it('nor a list of speakers that names no one', () => {
    expect(found('On Tuesday the ministers, the police and the mayor said nothing.').filter(([kind]) => kind === 'statement')).toEqual([]);
  });
});
