import { describe, expect, it } from 'vitest';
import type { EntityType } from '../types.ts';
import type { EntityMention } from './recognise.ts';
import { readRoles, rolesFor } from './roles.ts';

/** The entities of a sentence, by the text that names them. */
function named(text: string, entries: [string, string, EntityType][]) {
  return entries.map(([words, id, type]) => ({ id, type, start: text.indexOf(words), end: text.indexOf(words) + words.length }));
}
const at = (text: string, trigger: string) => ({ start: text.indexOf(trigger), end: text.indexOf(trigger) + trigger.length });

describe('roles from the sentence', () => {
  it('names the principal of an official met, but does not put them there', () => {
    const text = 'Envoy Khalid Harthy met Paul Keane, a senior adviser to President Robert Hale, in Muscat.';
    expect(readRoles(text, at(text, 'met'), named(text, [['Khalid Harthy', 'khalid-harthy', 'person'], ['Paul Keane', 'paul-keane', 'person'], ['Robert Hale', 'robert-hale', 'person']]))).toMatchObject({ present: ['khalid-harthy', 'paul-keane'], mentioned: ['robert-hale'] });
  });

  it('does not put who sent an envoy, or for whom they act, at the envoy\'s meeting', () => {
    const sent = 'Envoy Dan Ortiz, sent by US President Mark Hale, met Premier Sigrid Lund in Oslo.';
    expect(readRoles(sent, at(sent, 'met'), named(sent, [['Dan Ortiz', 'dan-ortiz', 'person'], ['Mark Hale', 'mark-hale', 'person'], ['Sigrid Lund', 'sigrid-lund', 'person']]))).toMatchObject({ present: ['dan-ortiz', 'sigrid-lund'], mentioned: ['mark-hale'] });
    const behalf = 'Envoy Ana Ruiz met Premier Ole Berg in Oslo on behalf of President Louis Garnier.';
    expect(readRoles(behalf, at(behalf, 'met'), named(behalf, [['Ana Ruiz', 'ana-ruiz', 'person'], ['Ole Berg', 'ole-berg', 'person'], ['Louis Garnier', 'louis-garnier', 'person']]))).toMatchObject({ present: ['ana-ruiz', 'ole-berg'], mentioned: ['louis-garnier'] });
  });

  it('does not put one whose greetings, letter or message a guest brings at the meeting, nor one acted for named first', () => {
    const greetings = 'Prime Minister Ana Vale conveyed the greetings of Prime Minister Oskar Lind to President Tom Hale at their meeting in Riga.';
    expect(readRoles(greetings, at(greetings, 'meeting'), named(greetings, [['Ana Vale', 'ana-vale', 'person'], ['Oskar Lind', 'oskar-lind', 'person'], ['Tom Hale', 'tom-hale', 'person']]))).toMatchObject({ present: ['ana-vale', 'tom-hale'], mentioned: ['oskar-lind'] });
    const letter = 'Minister Li Tam handed over a letter from President Ada Kerr when she met Premier Sam Ford on Monday.';
    expect(readRoles(letter, at(letter, 'met'), named(letter, [['Li Tam', 'li-tam', 'person'], ['Ada Kerr', 'ada-kerr', 'person'], ['Sam Ford', 'sam-ford', 'person']]))).toMatchObject({ present: ['li-tam', 'sam-ford'], mentioned: ['ada-kerr'] });
    const opening = 'On behalf of President Ida Moss, Foreign Minister Ruth Keel met Premier Jon Bask in Oslo.';
    expect(readRoles(opening, at(opening, 'met'), named(opening, [['Ida Moss', 'ida-moss', 'person'], ['Ruth Keel', 'ruth-keel', 'person'], ['Jon Bask', 'jon-bask', 'person']]))).toMatchObject({ present: ['ruth-keel', 'jon-bask'], mentioned: ['ida-moss'] });
  });

  it('does not put the dead at their own funeral', () => {
    const text = 'Premier Anna Berg and President Ivo Kral attended the funeral of former King Oskar Lind in Oslo.';
    expect(readRoles(text, at(text, 'funeral'), named(text, [['Anna Berg', 'anna-berg', 'person'], ['Ivo Kral', 'ivo-kral', 'person'], ['Oskar Lind', 'oskar-lind', 'person']]))).toMatchObject({ present: ['anna-berg', 'ivo-kral'], mentioned: ['oskar-lind'] });
    const late = 'Leaders met in Lima for the funeral of the late President Rosa Vega.';
    expect(readRoles(late, at(late, 'funeral'), named(late, [['Rosa Vega', 'rosa-vega', 'person']]))).toMatchObject({ present: [], mentioned: ['rosa-vega'] });
  });

  it('reads the countries a meeting discussed as its agenda, not its sides', () => {
    const text = 'Canada and Chile met in Ottawa and discussed Iran, Cuba and Venezuela.';
    const roles = readRoles(text, at(text, 'met'), named(text, [['Canada', 'canada', 'country'], ['Chile', 'chile', 'country'], ['Iran', 'iran', 'country'], ['Cuba', 'cuba', 'country'], ['Venezuela', 'venezuela', 'country']]));
    expect(roles).toMatchObject({ parties: ['canada', 'chile'], mentioned: ['iran', 'cuba', 'venezuela'] });
    const war = 'Spain held talks with Morocco on the situation in Libya.';
    expect(readRoles(war, at(war, 'talks'), named(war, [['Spain', 'spain', 'country'], ['Morocco', 'morocco', 'country'], ['Libya', 'libya', 'country']])).parties).toEqual(['spain', 'morocco']);
  });

  it('tells a broker from the parties, and makes every side of a trilateral round a party', () => {
    const bilateral = 'Chile and Peru held Norway-brokered talks in Oslo.';
    expect(readRoles(bilateral, at(bilateral, 'talks'), named(bilateral, [['Chile', 'chile', 'country'], ['Peru', 'peru', 'country'], ['Norway', 'norway', 'country']]))).toMatchObject({ parties: ['chile', 'peru'], mediators: ['norway'] });
    const hosted = 'Chile and Peru met for talks hosted by Norway.';
    expect(readRoles(hosted, at(hosted, 'talks'), named(hosted, [['Chile', 'chile', 'country'], ['Peru', 'peru', 'country'], ['Norway', 'norway', 'country']])).mediators).toEqual(['norway']);
    const acting = 'Chile and Peru held talks in Oslo, with Norway acting as mediator.';
    expect(readRoles(acting, at(acting, 'talks'), named(acting, [['Chile', 'chile', 'country'], ['Peru', 'peru', 'country'], ['Norway', 'norway', 'country']]))).toMatchObject({ parties: ['chile', 'peru'], mediators: ['norway'] });
    const mediating = 'Chile and Peru held talks in Oslo, with Norway mediating.';
    expect(readRoles(mediating, at(mediating, 'talks'), named(mediating, [['Chile', 'chile', 'country'], ['Peru', 'peru', 'country'], ['Norway', 'norway', 'country']]))).toMatchObject({ parties: ['chile', 'peru'], mediators: ['norway'] });
    // Not every country after the trigger brokers: one named as where is not.
    const after = 'Chile and Peru held talks, with Norway as the venue.';
    expect(readRoles(after, at(after, 'talks'), named(after, [['Chile', 'chile', 'country'], ['Peru', 'peru', 'country'], ['Norway', 'norway', 'country']])).mediators).toEqual([]);
    const host = 'Chilean and Peruvian delegations met in Oslo, hosted by Norwegian Foreign Minister Ola Dahl.';
    expect(readRoles(host, at(host, 'met'), named(host, [['Ola Dahl', 'ola-dahl', 'person']]))).toMatchObject({ mediators: ['ola-dahl'], present: [] });
    const possessive = "Chilean and Peruvian negotiators met in Doha with Qatar's mediator at the table.";
    const qatar = { ...named(possessive, [["Qatar", 'qatar', 'country']])[0]!, broker: true };
    expect(readRoles(possessive, at(possessive, 'met'), [qatar])).toMatchObject({ parties: [], mediators: ['qatar'] });
    const trilateral = 'Chile, Peru and Norway held trilateral talks brokered by Norway.';
    expect(readRoles(trilateral, at(trilateral, 'talks'), named(trilateral, [['Chile', 'chile', 'country'], ['Peru', 'peru', 'country'], ['Norway', 'norway', 'country']]))).toMatchObject({ parties: ['chile', 'peru', 'norway'], mediators: [] });
  });

  it('reads a sole speaker as reporting when sides or a group are named at the table', () => {
    const sides = 'Chile and Peru held talks in Lima on Friday, Bolivian President Ana Quispe said.';
    expect(readRoles(sides, at(sides, 'talks'), named(sides, [['Chile', 'chile', 'country'], ['Peru', 'peru', 'country'], ['Ana Quispe', 'ana-quispe', 'person']]))).toMatchObject({ parties: ['chile', 'peru'], present: [], mentioned: ['ana-quispe'] });
    const group = 'Officials from both countries met in Lima on Friday, President Ana Quispe said.';
    expect(readRoles(group, at(group, 'met'), named(group, [['Ana Quispe', 'ana-quispe', 'person']]))).toMatchObject({ present: [], mentioned: ['ana-quispe'] });
    const alone = 'The talks in Lima were useful, Ana Quispe said.';
    expect(readRoles(alone, at(alone, 'talks'), named(alone, [['Ana Quispe', 'ana-quispe', 'person']]))).toMatchObject({ present: ['ana-quispe'] });
  });

  it('keeps who only reports or is talked about out of the people present', () => {
    const reported = 'Ana Ruiz met Ole Berg in Bergen on Friday, Lena Holm said.';
    expect(readRoles(reported, at(reported, 'met'), named(reported, [['Ana Ruiz', 'ana-ruiz', 'person'], ['Ole Berg', 'ole-berg', 'person'], ['Lena Holm', 'lena-holm', 'person']]))).toMatchObject({ present: ['ana-ruiz', 'ole-berg'], mentioned: ['lena-holm'] });
    const subject = 'Ana Ruiz and Ole Berg held talks about Lena Holm on Friday.';
    expect(readRoles(subject, at(subject, 'talks'), named(subject, [['Ana Ruiz', 'ana-ruiz', 'person'], ['Ole Berg', 'ole-berg', 'person'], ['Lena Holm', 'lena-holm', 'person']]))).toMatchObject({ present: ['ana-ruiz', 'ole-berg'], mentioned: ['lena-holm'] });
  });

  it('tells the speaker written after "said" from whom what was said is about', () => {
    const inverted = 'Ana Ruiz met Ole Berg in Bergen, said Lena Holm.';
    expect(readRoles(inverted, at(inverted, 'met'), named(inverted, [['Ana Ruiz', 'ana-ruiz', 'person'], ['Ole Berg', 'ole-berg', 'person'], ['Lena Holm', 'lena-holm', 'person']])).mentioned).toEqual(['lena-holm']);
    const about = 'An official said Ana Ruiz had no plans to see Ole Berg after their call on Thursday.';
    expect(readRoles(about, at(about, 'call'), named(about, [['Ana Ruiz', 'ana-ruiz', 'person'], ['Ole Berg', 'ole-berg', 'person']])).present).toEqual(['ana-ruiz', 'ole-berg']);
  });

  it('keeps the aide who gives the account of his principal\'s call, not a spokesman', () => {
    const aide = 'Ana Ruiz and Ole Berg spoke by telephone for an hour, Lena Holm, a presidential aide, said on Monday.';
    const people = (text: string) => named(text, [['Ana Ruiz', 'ana-ruiz', 'person'], ['Ole Berg', 'ole-berg', 'person'], ['Lena Holm', 'lena-holm', 'person']]);
    expect(readRoles(aide, at(aide, 'spoke'), people(aide)).present).toEqual(['ana-ruiz', 'ole-berg', 'lena-holm']);
    const titled = 'Ana Ruiz and Ole Berg spoke by telephone for an hour, presidential aide Lena Holm told reporters.';
    expect(readRoles(titled, at(titled, 'spoke'), people(titled)).present).toEqual(['ana-ruiz', 'ole-berg', 'lena-holm']);
    const spokesman = 'Ana Ruiz and Ole Berg spoke by telephone for an hour, Lena Holm, the presidential spokesman, said on Monday.';
    expect(readRoles(spokesman, at(spokesman, 'spoke'), people(spokesman)).mentioned).toEqual(['lena-holm']);
  });

  it('keeps a sole speaker of what happened, and the speaker of a statement', () => {
    const sole = 'Ana Ruiz said the talks had gone well.';
    expect(readRoles(sole, at(sole, 'talks'), named(sole, [['Ana Ruiz', 'ana-ruiz', 'person']])).present).toEqual(['ana-ruiz']);
    const self = 'Ana Ruiz said she had spoken with Ole Berg.';
    expect(readRoles(self, at(self, 'spoken'), named(self, [['Ana Ruiz', 'ana-ruiz', 'person'], ['Ole Berg', 'ole-berg', 'person']])).present).toEqual(['ana-ruiz', 'ole-berg']);
  });
});

describe('sides named at a trigger', () => {
  const country = (id: string, text: string, words: string, extra: Partial<EntityMention> = {}): EntityMention => ({
    entity: { id, name: id, type: 'country', aliases: [], roles: [] },
    text: words,
    start: text.indexOf(words),
    end: text.indexOf(words) + words.length,
    byRole: false,
    ...extra,
  });

  it('gives each trigger the sides nearest it, apart from the sides it was given by name', () => {
    const text = 'Ukrainian and American negotiators first met in Miami on Dec. 19, and a Russian team held its own talks with the Americans there on Dec. 20.';
    const mentions = [
      country('ukraine', text, 'Ukrainian', { asSide: true, byAdjective: true }),
      country('united-states', text, 'American', { asSide: true, byAdjective: true }),
      country('russia', text, 'Russian', { asSide: true, byAdjective: true }),
      country('united-states', text, 'Americans', { asSide: true, byAdjective: true }),
    ];
    const triggers = [at(text, 'met'), at(text, 'talks')];
    expect(rolesFor(text, triggers[0]!, mentions, [], { statement: false, triggers }).sides).toEqual(['ukraine', 'united-states']);
    expect(rolesFor(text, triggers[1]!, mentions, [], { statement: false, triggers }).sides).toEqual(['russia', 'united-states']);
  });

  it('makes a broker whose own delegation sits at the table a party', () => {
    const text = 'Norway mediated the meeting of Chilean, Peruvian and Norwegian delegations.';
    const mentions = [country('norway', text, 'Norway'), country('chile', text, 'Chilean', { asSide: true }), country('peru', text, 'Peruvian', { asSide: true }), { ...country('norway', text, 'Norwegian', { asSide: true }) }];
    const roles = rolesFor(text, at(text, 'meeting'), mentions, ['norway'], { statement: false });
    expect(roles).toMatchObject({ parties: ['norway'], mediators: [], sides: ['chile', 'peru'] });
  });
});
