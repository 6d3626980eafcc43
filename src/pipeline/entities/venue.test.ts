import { describe, expect, it } from 'vitest';
import { venuesIn } from './named-venues.ts';
import { hostCountry, placeInReach } from './venue.ts';

const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const reaches = (text: string, place: string, trigger: string) => placeInReach(text, span(text, place), span(text, trigger), 70);

describe('how far an event reaches for its place', () => {
  it('reaches a place near it, and one that closes the event’s own clause', () => {
    expect(reaches('Envoys held talks in Bergen on Monday.', 'Bergen', 'talks')).toBe(true);
    const held = 'The first direct three-way talks between the Chilean, Peruvian and Bolivian delegations were held on January 23-24 in Bergen.';
    expect(reaches(held, 'Bergen', 'talks')).toBe(true);
  });

  it('reaches past the guests described on the way, not past another clause', () => {
    const guests = "The Danish envoy met Lars Berg, a senior adviser to Premier Ida Holm, and Eva Lind, who is Holm's chief of staff, in Bergen on Monday.";
    expect(reaches(guests, 'Bergen', 'met')).toBe(true);
    const flew = 'The Danish envoy met Lars Berg in Oslo on Monday, who later flew home to his constituency and spoke in Bergen.';
    expect(reaches(flew, 'Bergen', 'met')).toBe(false);
  });

  it('reaches past a "then" of sequence inside the event’s own verb, not past one that opens another act', () => {
    expect(reaches('The second round at the level of the heads of the two delegations will then be held next Friday, also in Bergen.', 'Bergen', 'round')).toBe(true);
    expect(reaches('The envoys held talks for most of the long and difficult morning and then drove north along the coast road and on to Bergen.', 'Bergen', 'talks')).toBe(false);
  });

  it('does not take the place where someone said what the event is in, right before the "that" of it', () => {
    const oval = 'Hale announced, sitting beside the Israeli leader in the Oval Office, that the United States was holding talks with Iran.';
    expect(reaches(oval, 'Oval Office', 'talks')).toBe(false);
    expect(reaches('The minister said in Bergen that talks with Sweden would resume next week.', 'Bergen', 'talks')).toBe(false);
    expect(reaches('The minister said talks with Sweden were held in Bergen on Monday.', 'Bergen', 'talks')).toBe(true);
    expect(reaches('Talks between Norway and Sweden in Bergen that ended on Monday were useful, the minister said.', 'Bergen', 'Talks')).toBe(true);
  });

  it('does not take the town of those who speak of it', () => {
    expect(reaches('Envoys spoke by phone on Monday, officials in Bergen said.', 'Bergen', 'spoke')).toBe(false);
    expect(reaches('Ministers held talks on Sunday, a government spokesman in Tartu told reporters.', 'Tartu', 'talks')).toBe(false);
    expect(reaches('The two leaders met on Friday, according to diplomats in Bergen.', 'Bergen', 'met')).toBe(false);
    expect(reaches('Officials met in Bergen on Friday, a spokesman said.', 'Bergen', 'met')).toBe(true);
    expect(reaches('EU officials in Bergen met Norwegian envoys.', 'Bergen', 'met')).toBe(true);
  });

  it('does not reach a place far off in another clause', () => {
    const other = 'The first direct three-way talks between the Chilean, Peruvian and Bolivian delegations ended, while protests grew in Bergen.';
    expect(reaches(other, 'Bergen', 'talks')).toBe(false);
  });
});

describe('a country as where a gathering is held', () => {
  const hosts = (text: string, country: string, trigger: string) => hostCountry(text, span(text, country), span(text, trigger));
  it('takes a country the gathering is held in', () => {
    expect(hosts('We expect a meeting on Saturday in the United States.', 'United States', 'meeting')).toBe(true);
    expect(hosts('Talks will take place in Belgium next week.', 'Belgium', 'Talks')).toBe(true);
  });

  it('takes one the clause names after the level the gathering is held at, its verb and its day', () => {
    expect(hosts('It was agreed that talks at the level of deputy ministers will begin on Thursday in Norway.', 'Norway', 'talks')).toBe(true);
    expect(hosts('Consultations between the two foreign ministries are expected to resume next Tuesday in Chile.', 'Chile', 'Consultations')).toBe(true);
    expect(hosts('It was agreed that talks at the level of deputy ministers will begin on Thursday, a week after the vote in Norway.', 'Norway', 'talks')).toBe(false);
  });

  it('not the country the talks are about, nor one in another clause', () => {
    expect(hosts('Envoys held talks on ending the war in Sudan.', 'Sudan', 'talks')).toBe(false);
    expect(hosts('The talks ended, and fighting went on in Sudan.', 'Sudan', 'talks')).toBe(false);
    expect(hosts('Belgium hosted the talks.', 'Belgium', 'talks')).toBe(false);
  });
});

describe('venues named in a sentence', () => {
  const names = (text: string) => venuesIn(text).map((v) => [v.name, text.slice(v.start, v.end), v.localityAt === undefined ? undefined : text.slice(v.localityAt)]);
  it('reads a name ending in a building word, or one before a building word in lower case, with its locality', () => {
    expect(names("They met inside St. Peter's Basilica before the funeral.")).toEqual([["St. Peter's Basilica", "St. Peter's Basilica", undefined]]);
    expect(names('He will receive her at his Quinta Serena estate in Sochi on Sunday.')).toEqual([['Quinta Serena', 'his Quinta Serena estate', 'Sochi on Sunday.']]);
    expect(names('Ministers met at the Peace Palace, The Hague, on Friday.')).toEqual([['Peace Palace', 'Peace Palace', 'Hague, on Friday.']]);
  });

  it('reads no venue where no building is named, or none is where', () => {
    expect(names('They met in Geneva on Monday.')).toEqual([]);
    expect(names('The Hofburg Palace was closed to visitors.')).toEqual([]);
    expect(names('The House passed the bill.')).toEqual([]);
  });

  it('marks a venue named by a nation\'s adjective or a sea alone: it says whose the place is or where it lies, not its name', () => {
    const described = (text: string) => venuesIn(text).map((v) => [v.name, v.described ?? false]);
    expect(described('More than twenty leaders met at the Egyptian resort for a peace summit.')).toEqual([['Egyptian', true]]);
    expect(described('The envoys were received at the Turkish palace on Monday.')).toEqual([['Turkish', true]]);
    expect(described('Ministers met in the Black Sea resort on Thursday.')).toEqual([['Black Sea', true]]);
    expect(described('He will receive her at his Quinta Serena estate on Sunday.')).toEqual([['Quinta Serena', false]]);
  });
});
