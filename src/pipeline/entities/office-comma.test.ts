import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a state's possessive before an office closed by a comma is the
// holder's side; a one-field portfolio before the comma is the office's, the name after it the holder's;
// "opposite number" is a counterpart.
const timeline = timelineWithoutGazetteer([
  article('portfolio-one-field', '2034-08-01', "Ghana's Minister of Trade, Kofi Mensah, met Aminata Ouédraogo in Accra on Tuesday.\n"),
  article('office-bare', '2034-08-03', "Namibia's President, Selma Nangolo, received Tomas Ibarra in Windhoek on Thursday.\n"),
  article('portfolio-for', '2034-08-05', 'Niger’s Minister for Energy, Abdou Garba, met Amadou Keita in Niamey on Saturday.\n'),
  article('opposite-number', '2034-08-07', "Ghana's foreign minister, Kwame Asante, met his Burkinabè opposite number, Aminata Ouédraogo, in Accra on Monday.\n"),
  article('opposite-number-bare', '2034-08-09', 'The Kenyan trade minister, Jane Wanjiru, met her Ugandan opposite number Grace Nakato in Nairobi on Wednesday.\n'),
  article('portfolio-alone', '2034-08-11', 'The Minister of Trade met Togolese officials in Lomé on Friday.\n'),
]);

describe("a state's possessive before an office closed by a comma", () => {
  it("is the holder's side, the office a portfolio or a title", () => {
    expect(idsOf(firstReportedIn(timeline, 'portfolio-one-field').roles?.present)).toEqual(['kofi-mensah', 'aminata-ouedraogo']);
    expect(idsOf(firstReportedIn(timeline, 'portfolio-one-field').roles?.parties)).toEqual(['ghana']);
    expect(idsOf(firstReportedIn(timeline, 'office-bare').roles?.parties)).toEqual(['namibia']);
    expect(idsOf(firstReportedIn(timeline, 'portfolio-for').roles?.present)).toEqual(['abdou-garba', 'amadou-keita']);
    expect(idsOf(firstReportedIn(timeline, 'portfolio-for').roles?.parties)).toEqual(['niger']);
  });

  it('names no one where no name follows the portfolio', () => {
    expect(idsOf(firstReportedIn(timeline, 'portfolio-alone').roles?.present)).toEqual([]);
  });
});

describe('an opposite number', () => {
  it('is a counterpart of the state its adjective names', () => {
    expect(idsOf(firstReportedIn(timeline, 'opposite-number').roles?.parties)).toEqual(['ghana', 'burkina-faso']);
    expect(idsOf(firstReportedIn(timeline, 'opposite-number-bare').roles?.parties)).toEqual(['kenya', 'uganda']);
  });
});

describe('a seat of government opening a sentence the tagger does not type', () => {
  const seats = timelineWithoutGazetteer([
    article('seat-offers', '2034-08-13', 'Mali and Senegal agreed on Sunday to resume border talks.\nNouakchott has offered to host the talks, which would open on 2 September.\n'),
    article('seat-signs', '2034-08-15', 'Ouagadougou signed a border accord with Niamey on Tuesday.\n'),
    article('no-seat', '2034-08-17', 'Officials said on Thursday that Ghanaian and Togolese ministers met in Lomé.\n'),
  ]);
  const sides = (id: string) => idsOf(seats.events.filter((e) => e.sources.some((s) => s.article === id)).flatMap((e) => [...(e.roles?.parties ?? []), ...(e.roles?.mediators ?? [])]));

  it('is its state', () => {
    expect(sides('seat-offers')).toContain('mauritania');
    expect(sides('seat-signs')).toContain('burkina-faso');
  });

  it('is nothing when the opening word is no seat', () => {
    expect(sides('no-seat').every((id) => id === 'ghana' || id === 'togo')).toBe(true);
  });
});
