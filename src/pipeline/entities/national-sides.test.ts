import { describe, expect, it } from 'vitest';
import { findCountry } from './places.ts';
import { type CountryWord, demonymsIn, nationalWords, sideGroups } from './national-sides.ts';

/** The countries a sentence names as sides: its adjectives, and the names written in `names`. */
function sides(text: string, names: string[] = [], capitals: [string, string][] = []): string[] {
  const named: CountryWord[] = names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  const seats: CountryWord[] = capitals.map(([town, country]) => ({ start: text.indexOf(town), end: text.indexOf(town) + town.length, country: findCountry(country)!, capital: true }));
  const words = [...named, ...seats, ...nationalWords(text, () => false)].sort((a, b) => a.start - b.start);
  return sideGroups(text, words)
    .flat()
    .map((w) => w.country?.id ?? text.slice(w.start, w.end));
}

describe('countries named as sides', () => {
  it('reads a capital a group of people comes from as its government, and one anyone else is in or comes from as a place', () => {
    expect(sides('Officials from Beijing met their counterparts from Washington in Geneva.', [], [['Beijing', 'China'], ['Washington', 'United States']])).toEqual(['china', 'united-states']);
    expect(sides('A delegation from Kyiv held talks with negotiators from Warsaw.', [], [['Kyiv', 'Ukraine'], ['Warsaw', 'Poland']])).toEqual(['ukraine', 'poland']);
    expect(sides('The president flew in from Santiago on Thursday.', [], [['Santiago', 'Chile']])).toEqual([]);
    expect(sides('Diplomats in Moscow met on Friday.', [], [['Moscow', 'Russia']])).toEqual([]);
  });

  it('reads adjectives before a group of people or a joint undertaking', () => {
    expect(sides('He announced that American and Russian negotiators would open another round.')).toEqual(['united-states', 'russia']);
    expect(sides('Talks between the Ukrainian, Russian and American delegations were held.')).toEqual(['ukraine', 'russia', 'united-states']);
    expect(sides('Ukrainian and U.S. officials held talks in Geneva.', ['U.S.'])).toEqual(['ukraine', 'U.S.']);
    expect(sides('Chilean negotiating teams arrived.')).toEqual(['chile']);
    expect(sides('The presidents of Chile and Peru met in Arica.', ['Chile', 'Peru'])).toEqual(['Chile', 'Peru']);
    expect(sides('The Jordanian crown prince met the Omani sultan in Muscat.')).toEqual(['jordan', 'oman']);
    expect(sides('The Jordanian crown prince said the talks went well.')).toEqual([]);
    expect(sides('The first Peruvian peace talks ended.')).toEqual(['peru']);
    // A ruler by the title of the state: the state is a side.
    expect(sides('The Emir of Qatar received the visiting Kenyan president in Doha.', ['Qatar'])).toEqual(['Qatar', 'kenya']);
    expect(sides('His Majesty the King of Jordan held talks with Cypriot officials.', ['Jordan'])).toEqual(['Jordan', 'cyprus']);
    expect(sides('The visit of Moroccan officials to the palace of Jordan ended.', ['Jordan'])).toEqual(['morocco']);
  });

  it("reads a capital's or a country's ministry as its side, but not one that only speaks of the event", () => {
    expect(sides("Officials from Canberra's trade ministry met Fijian diplomats.", [], [['Canberra', 'Australia']])).toEqual(['australia', 'fiji']);
    expect(sides("Hanoi's industry ministry and Vientiane's energy ministry held talks.", [], [['Hanoi', 'Vietnam'], ['Vientiane', 'Laos']])).toEqual(['vietnam', 'laos']);
    expect(sides("Peru's foreign ministry said the talks were useful.", ['Peru'])).toEqual([]);
    expect(sides('Talks were held in Canberra on Monday.', [], [['Canberra', 'Australia']])).toEqual([]);
  });

  it('reads a head of state or government named by adjective and office alone, unless they only speak', () => {
    expect(sides('The Turkish leader met the American president in Washington on Wednesday.')).toEqual(['turkiye', 'united-states']);
    expect(sides('The Czech and Slovak presidents met in Brno.')).toEqual(['czechia', 'slovakia']);
    expect(sides("Vietnam's prime minister and the Thai premier met on Sunday.", ['Vietnam'])).toEqual(['Vietnam', 'thailand']);
    expect(sides('The Russian president said the talks had been useful.')).toEqual([]);
    expect(sides('The talks ended on Monday, the Russian president told reporters.')).toEqual([]);
  });

  it('reads a country written onto its broker as a mediator, not a side at the table', () => {
    const brokers = (text: string, names: string[] = []): string[] => {
      const named: CountryWord[] = names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
      const words = [...named, ...nationalWords(text, () => false)].sort((a, b) => a.start - b.start);
      return sideGroups(text, words).flat().filter((w) => w.mediator).map((w) => w.country?.id ?? text.slice(w.start, w.end));
    };
    expect(brokers('Armenia and Azerbaijan resumed Swiss-brokered talks in Geneva.', ['Armenia', 'Azerbaijan'])).toEqual(['switzerland']);
    expect(brokers("Negotiators met in Doha with Qatar's mediator, Hamad al-Kuwari.", ['Qatar'])).toEqual(['Qatar']);
    expect(brokers('Sudanese and Chadian officials held Kenyan-mediated talks.')).toEqual(['kenya']);
  });

  it('reads compounds, peoples and groups written before their country', () => {
    expect(sides('Russian–US talks in Miami ended.', ['US'])).toEqual(['russia', 'US']);
    expect(sides('A Russian team held its own talks with the Americans there.')).toEqual(['russia', 'united-states']);
    expect(sides('Delegations of Ukraine, the United States and Russia will meet.', ['Ukraine', 'United States', 'Russia'])).toEqual(['Ukraine', 'United States', 'Russia']);
  });

  it('reads capitals as their governments in a list of sides, before their people or a verb of their own', () => {
    const kyivMoscow: [string, string][] = [['Kyiv', 'Ukraine'], ['Moscow', 'Russia']];
    expect(sides('Talks between Kyiv and Moscow resumed.', [], kyivMoscow)).toEqual(['ukraine', 'russia']);
    expect(sides("Kyiv's delegation arrived late.", [], kyivMoscow)).toEqual(['ukraine']);
    expect(sides('Moscow rejected the plan.', [], kyivMoscow)).toEqual(['russia']);
    expect(sides('The Moscow talks ended.', [], kyivMoscow)).toEqual([]);
    expect(sides('Envoys flew to Kyiv and Moscow for talks.', [], kyivMoscow)).toEqual([]);
    expect(sides('Talks were held in Moscow.', [], kyivMoscow)).toEqual([]);
  });

  it('takes no side from what a country owns or what is about it', () => {
    expect(sides('The talks centred on a Ukrainian settlement.')).toEqual([]);
    expect(sides('Dmitriev said Russian energy matters to world markets.')).toEqual([]);
    expect(sides('Ukraine is ready for it.', ['Ukraine'])).toEqual([]);
    expect(sides('Russian President Vladimir Putin hosted them.')).toEqual([]);
  });
});

describe('the demonyms of a text asked again', () => {
  it('gives the list read for the text just read, and reads a new text afresh', () => {
    const text = 'Russian and South Korean negotiators met the Americans.';
    const first = demonymsIn(text);
    expect(first.map((d) => [text.slice(d.start, d.end), d.word.country.id, d.word.plural ?? false])).toEqual([
      ['Russian', 'russia', false],
      ['South Korean', 'south-korea', false],
      ['Americans', 'united-states', true],
    ]);
    // The same text again, even as another string, is not scanned again.
    expect(demonymsIn(text.slice(0))).toBe(first);
    expect(demonymsIn('Finnish President Aino Virtanen').map((d) => d.word.country.id)).toEqual(['finland']);
    expect(demonymsIn(text)).not.toBe(first);
    expect(demonymsIn(text)).toEqual(first);
  });
});
