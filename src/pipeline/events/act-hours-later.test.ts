// An act told "hours later" (own-corpus-14's miss, "Brazil's Supreme Court convicted former President Jair Bolsonaro on Thursday of plotting a coup to
// stay in power after he lost the 2022 election. Hours later, the same panel sentenced him to 27 years", written here in other words): it is of the day
// of the act told before it, not of a year named in passing, and another happening than that act. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found, readOne } from '../../../tests/support/pipeline.ts';

describe('an act told hours after another', () => {
  it('is of the day of the act before it, not of a year that act names', () => {
    const told = found('The Supreme Court convicted the former president Aram Tesk on Monday of plotting a coup after he lost the 2052 election.\n\nHours later, the same panel sentenced him to 27 years in prison.');
    expect(told.filter(([, noun]) => noun === 'Sentence')).toEqual([
      ['other', 'Sentence', '2058-03-11'],
      ['other', 'Sentence', '2058-03-11'],
    ]);
  });

  it('falls, told by pronoun, on the one the verdict before it fell on', () => {
    const verdicts = (text: string) => readOne('2058-03-13', text).candidates.filter((c) => c.kind === 'other').map((c) => c.participants);
    expect(verdicts('The Supreme Court convicted the former president Aram Tesk on Monday of plotting a coup.\n\nHours later, the same panel sentenced him to 27 years in prison.')).toEqual([['aram-tesk'], ['aram-tesk']]);
    expect(verdicts('A district court convicted the former mayor Ilse Marr of fraud on Monday.\n\nHours later, the judges jailed her for five years.')).toEqual([['ilse-marr'], ['ilse-marr']]);
  });

  it('is of the day of the meeting before it', () => {
    expect(found('The two leaders met in Kessel on Monday, a year after the 2057 election.\n\nHours later, the court sentenced the opposition leader Ilse Marr to five years.')).toContainEqual(['other', 'Sentence', '2058-03-11']);
  });
});
