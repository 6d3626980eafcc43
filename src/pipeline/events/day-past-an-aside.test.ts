// A day that opens a sentence governs its clause's act however long an aside stands between them, when a second predicate
// (opened by "then", "and" and a verb in the past, a semicolon …) goes on to a later day of its own ("On 2 April, which the White House called
// "Liberation Day", Trump put a 20% tariff on EU goods, then halved it a week later, on 9 April"): the later day is the second verb's, not the act's.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: 2 April and 4 March are those of 2057 and 2058 gone by; Monday the 11th.
describe('a day opening the sentence, an aside, the act, then a second predicate with a day of its own', () => {
  it.each([
    // A relative clause naming the day, a parenthesis, a pair of dashes, a description of the day in commas.
    ['On 2 April, which the White House called "Liberation Day", Trump imposed a 20% tariff on EU goods, then halved it a week later, on 9 April.'],
    ['On 2 April (the White House called it "Liberation Day") Trump imposed a 20% tariff on EU goods, then halved it on 9 April.'],
    ['On 2 April — "Liberation Day", as the White House called it — Trump imposed a 20% tariff on EU goods, then halved it on 9 April.'],
    ['On 2 April, the day the White House called "Liberation Day", Trump imposed a 20% tariff on EU goods, and then he halved it on 9 April.'],
    // "and"/"but" and a verb in the past taking a pronoun, an adverb of sequence other than "then", "only to", a semicolon.
    ['On 2 April, which the White House called "Liberation Day", Trump imposed a 20% tariff on EU goods, and halved it on 9 April.'],
    ['On 2 April, which the White House called "Liberation Day", Trump imposed a 20% tariff on EU goods, but lifted it on 9 April.'],
    ['On 2 April, which the White House called "Liberation Day", Trump imposed a 20% tariff on EU goods and later halved it, on 9 April.'],
    ['On 2 April, which the White House called "Liberation Day", Trump imposed a 20% tariff on EU goods, later halving it on 9 April.'],
    ['On 2 April, which the White House called "Liberation Day", Trump imposed a 20% tariff on EU goods, only to halve it on 9 April.'],
    ['On 2 April, which the White House called "Liberation Day", Trump imposed a 20% tariff on EU goods; on 9 April he halved it.'],
    // The second predicate's own day right after "and"/"but", before its verb.
    ['On 2 April, which the White House called "Liberation Day", Trump imposed a 20% tariff on EU goods, and on 9 April halved it.'],
    ['On 2 April, which the White House called "Liberation Day", Trump imposed a 20% tariff on EU goods, but on 9 April he cut it.'],
  ])('dates the act by the opening day, whatever the aside and whatever opens the second predicate: %s', (body) => {
    expect(found(body)).toEqual([['other', 'Tariff', '2057-04-02']]);
  });

  it.each([
    ['On 4 March, which the unions called a day of shame, the minister resigned, then left the country on 6 March.', [['other', 'Resignation', '2058-03-04']]],
    ['On Monday, which officials called a day of mourning, the premier met Erik Lund in Oslo, then went home on Wednesday.', [['meeting', null, '2058-03-11']]],
  ])('whatever the act: %s', (body, events) => {
    expect(found(body)).toEqual(events);
  });

  it('leaves the later day to an act of its own the second predicate tells', () => {
    expect(found('On 4 March, which the unions called a day of shame, the premier met Erik Lund in Oslo, then flew to Rome on 6 March.')).toEqual([
      ['meeting', null, '2058-03-04'],
      ['other', 'Trip', '2058-03-06'],
    ]);
    expect(found('On 4 March, which the unions called a day of shame, the premier met Erik Lund in Oslo, and on 6 March they signed a deal.')).toEqual([
      ['meeting', null, '2058-03-04'],
      ['other', 'Agreement signed', '2058-03-06'],
    ]);
  });

  it('but a day after "then a …" is no second predicate\'s: an office held then is an aside', () => {
    expect(found('In 2019 the premier met Erik Lund, then a senator, on 4 March.')).toEqual([['meeting', null, '2019-03-04']]);
  });
});
