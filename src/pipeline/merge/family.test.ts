import { describe, expect, it } from 'vitest';
import { report, said } from '../../../tests/support/reports.ts';
import { happeningFamily, toldByItsAct } from './family.ts';

describe('happeningFamily', () => {
  it('reads a visit as the gathering held on it', () => {
    expect(happeningFamily(report({ article: 'a', kind: 'other', noun: 'Visit', evidence: said('Kamau will pay a state visit to Accra on Monday') }))).toBe('gathering');
  });

  it('reads a trip postponed or called off as the gathering it was for', () => {
    expect(happeningFamily(report({ article: 'a', kind: 'other', noun: 'Trip', evidence: said('Akazawa has postponed his trip to Washington, planned for Thursday') }))).toBe('gathering');
    expect(happeningFamily(report({ article: 'a', kind: 'other', noun: 'Trip', evidence: said('Rezende has called off his trip to Lisbon') }))).toBe('gathering');
  });

  it('reads an agreement reached somewhere as the gathering that reached it, and one with no place as its own', () => {
    expect(happeningFamily(report({ article: 'a', kind: 'other', noun: 'Agreement reached', place: 'Istanbul', evidence: said('The sides agreed a prisoner swap in Istanbul on Friday') }))).toBe('gathering');
    expect(happeningFamily(report({ article: 'a', kind: 'other', noun: 'Agreement reached', place: null, evidence: said('The two presidents agreed a ceasefire on Friday') }))).toBe('other');
  });

  it('reads a text signed somewhere as the gathering that signed it, and one with no place as its own', () => {
    expect(happeningFamily(report({ article: 'a', kind: 'other', noun: 'Agreement signed', place: 'Lisbon', evidence: said('The minister signed today in Lisbon, with his counterpart, a treaty on prisoners') }))).toBe('gathering');
    expect(happeningFamily(report({ article: 'a', kind: 'other', noun: 'Memorandum', place: 'Trenčín', evidence: said('Vacek signed a memorandum with Speaker Hlinková in Trenčín today') }))).toBe('gathering');
    expect(happeningFamily(report({ article: 'a', kind: 'other', noun: 'Agreement signed', place: null, evidence: said('The two ministers signed an accord on Friday') }))).toBe('other');
  });

  it('keeps a trip on its way, and other happenings, in their own family', () => {
    expect(happeningFamily(report({ article: 'a', kind: 'other', noun: 'Trip', evidence: said('Umerov leaves for the US on December 4 to meet Witkoff') }))).toBe('other');
    expect(happeningFamily(report({ article: 'a', kind: 'other', noun: 'Funeral', evidence: said('the funeral was postponed') }))).toBe('other');
    expect(happeningFamily(report({ article: 'a', kind: 'call' }))).toBe('call');
    expect(happeningFamily({ kind: 'meeting', evidence: { sentence: 0, text: 'x', start: 0, end: 1 } })).toBe('gathering');
  });

  it('tells a signing or an agreement told with its place by its act, not a visit or one with no place', () => {
    expect(toldByItsAct(report({ article: 'a', kind: 'other', noun: 'Agreement signed', place: 'Vienna', evidence: said('Ruiz and Costa signed an accord in Vienna today') }))).toBe(true);
    expect(toldByItsAct(report({ article: 'a', kind: 'other', noun: 'Agreement reached', place: 'Istanbul', evidence: said('The sides agreed a prisoner swap in Istanbul on Friday') }))).toBe(true);
    expect(toldByItsAct(report({ article: 'a', kind: 'other', noun: 'Visit', place: 'Accra', evidence: said('Kamau will pay a state visit to Accra on Monday') }))).toBe(false);
    expect(toldByItsAct(report({ article: 'a', kind: 'other', noun: 'Agreement signed', place: null, evidence: said('The two ministers signed an accord on Friday') }))).toBe(false);
  });

  it.each([
    'On Friday the foreign ministers of Velmark and Estmark, Ana Tesk and Jon Halm, signed a peace accord at the Foreign Ministry, with the mediator looking on.',
    'Tesk and Halm put their names to the transit memorandum in the Mirror Hall of the old town hall late on Tuesday.',
    'The water-sharing protocol was sealed inside the Palace of Nations shortly after noon, the agency said.',
    // A building the article named before, written as the same one again.
    'The transit accord grew out of a framework signed in the same building on 3 March, with the mediator present.',
    'A year later the two premiers sealed the fisheries pact at the same palace.',
  ])('tells an act done in a building, with no town read, by its act as one told with its place: %s', (text) => {
    const signed = report({ article: 'a', kind: 'other', noun: 'Agreement signed', place: null, evidence: said(text) });
    expect(toldByItsAct(signed)).toBe(true);
    expect(happeningFamily(signed)).toBe('gathering');
  });

  it.each([
    'Speaking at the United Nations, Tesk said the two ministers had signed an accord on Friday.',
    'The two ministers signed the accord at the request of the mediators on Friday.',
    'Halm signed the decree on Friday; at the Foreign Ministry, officials were cautious.',
    'Tesk signed the accord on Friday and stayed in the same hotel as the mediators.',
  ])('keeps an act whose building is not where it was done, or that names none, its own happening: %s', (text) => {
    const signed = report({ article: 'a', kind: 'other', noun: 'Agreement signed', place: null, evidence: said(text) });
    expect(toldByItsAct(signed)).toBe(false);
    expect(happeningFamily(signed)).toBe('other');
  });

  it.each([
    'The negotiators signed a water-sharing memorandum in Lusk on Thursday after three days of talks.',
    'Following two rounds of negotiations, the ministers signed the transit accord in Velk on Friday, the agency said.',
    'At the end of a week of consultations the delegations signed a protocol in Orsk.',
  ])('keeps an act that closed a round of days of talks its own happening, not the round: %s', (text) => {
    const signed = report({ article: 'a', kind: 'other', noun: 'Agreement signed', place: 'lusk', evidence: said(text) });
    expect(toldByItsAct(signed)).toBe(false);
    expect(happeningFamily(signed)).toBe('other');
  });

  it('reads the signing told with the meeting of its day, or after an hour of talks, as that meeting', () => {
    for (const text of ['Hlinková met Vacek in Trenčín on Monday and signed with him a memorandum.', 'The two put their signatures to a memorandum in Trenčín after an hour of talks.']) {
      expect(happeningFamily(report({ article: 'a', kind: 'other', noun: 'Memorandum', place: 'trencin', evidence: said(text) }))).toBe('gathering');
    }
  });
});
