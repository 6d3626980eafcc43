import { describe, expect, it } from 'vitest';
import { discoverNames } from './discover.ts';

const kinds = (sentence: string) => discoverNames(sentence).map((s) => [s.kind, s.text]);

describe('a compass word before a demonym', () => {
  it('reads a compass word with the demonym after it as a country’s people, not a name', () => {
    expect(kinds('South Korean President Lee Jae-myung met Japanese Prime Minister Sanae Takaichi.')).toEqual([['person', 'Lee Jae-myung'], ['person', 'Sanae Takaichi']]);
    expect(kinds('South Sudanese President Salva Kiir arrived in Juba on Monday.')).toEqual([['person', 'Salva Kiir'], ['place', 'Juba']]);
    expect(kinds('East Timorese Prime Minister Xanana Gusmao met envoys.')).toEqual([['person', 'Xanana Gusmao']]);
  });

  it('keeps a compass word that names a country or a person', () => {
    expect(kinds('Talks in South Africa ended.')).toEqual([['place', 'South Africa']]);
    expect(kinds('North Korea fired a missile on Sunday.')).toEqual([['place', 'North Korea']]);
    expect(kinds('The talks were led by Jennifer West, a British diplomat.')).toEqual([['person', 'Jennifer West']]);
    expect(kinds('Mr. South told the committee the deal was done.')).toEqual([['person', 'South']]);
  });
});

describe('names that are no one', () => {
  it('reads the country an office is of as the office\'s, and the name after it as the person', () => {
    expect(kinds('Vladimir Putin held a telephone conversation with President of Turkey Recep Tayyip Erdogan on Friday.')).toEqual([['person', 'Vladimir Putin'], ['place', 'Turkey'], ['person', 'Recep Tayyip Erdogan']]);
    expect(kinds('She met Prime Minister of the United Kingdom Keir Starmer in Rome.')).toEqual([['place', 'United Kingdom'], ['person', 'Keir Starmer'], ['place', 'Rome']]);
    expect(kinds('Putin held talks with the President of the United States.')).toEqual([['person', 'Putin'], ['place', 'United States']]);
  });

  it('reads a portfolio of two fields between an office and its holder as the office\'s, not as people', () => {
    const names = (sentence: string) => discoverNames(sentence).map((s) => s.text);
    expect(names("The ministers met Botswana's Minister of Youth and Sport, Kagiso Mmolotsi, in Gaborone.")).not.toContain('Youth');
    expect(names("The ministers met Botswana's Minister of Youth and Sport, Kagiso Mmolotsi, in Gaborone.")).not.toContain('Sport');
    expect(names('The Cabinet Secretary for Health and Social Care, Fiona Drummond, flew to Dublin.')).not.toContain('Health');
    expect(names('The Minister of Trade and Industry, Lerato Motsamai, received her.')).toEqual(expect.arrayContaining(['Lerato Motsamai']));
    expect(names('The Minister of Trade and Industry, Lerato Motsamai, received her.')).not.toContain('Trade');
    expect(kinds('The Minister of Labour and Skills, Thandi Banda, met them.')).toContainEqual(['person', 'Thandi Banda']);
    // Two people after a plain "and" are no portfolio: no office before "of".
    expect(names('Talks of Tom Brown and Ann Lee, both envoys, ended.')).toEqual(expect.arrayContaining(['Tom Brown']));
  });

  it('reads a town of several words after "in" as a place, though the tagger takes it for a name', () => {
    expect(kinds('Philippine and Bruneian energy ministers met in Bandar Seri Begawan on Monday.')).toContainEqual(['place', 'Bandar Seri Begawan']);
    expect(kinds('Customs officials met in San Cristobal, Venezuela, on Wednesday.')).toContainEqual(['place', 'San Cristobal']);
    // Not after "in": the person stays one.
    expect(kinds('Talks with Bandar Seri ended.')).not.toContainEqual(['place', 'Bandar Seri']);
  });

  it('reads a party-and-state tag after a name as a description of that person, not a person', () => {
    expect(kinds('Representative Wade Lorimer (Republican-Idaho), speaking in Boise, backed the bill.')).toEqual([['person', 'Wade Lorimer'], ['place', 'Boise']]);
    expect(kinds('Rep. Nia Trent (D-Mich.) met the envoy.')).toEqual([['person', 'Nia Trent']]);
  });

  it('reads the craft or ship someone is aboard as no one, and keeps the people beside it', () => {
    expect(kinds('Speaking aboard Marine One, Dana Ruiz said the deal was near.')).toEqual([['person', 'Dana Ruiz']]);
    expect(kinds('Speaking to reporters aboard Air Force One, Trump emphasized urgency.')).toEqual([['name', 'Trump']]);
    expect(kinds('The two presidents met on board the HMS Albion in Lagos.')).toEqual([['place', 'Lagos']]);
  });

  it('reads office words joined by "and" to a body as that body’s name, not a name of their own', () => {
    expect(kinds('The delegation, headed by National Security and Defense Council Secretary Arno Veld, will meet on Tuesday.')).toEqual([
      ['organization', 'National Security and Defense Council'],
      ['person', 'Arno Veld'],
    ]);
  });

  it('reads a body’s first words joined by "and" to its institution’s noun as that body, a state’s initials before it as the state', () => {
    expect(kinds('The U.S. Fish and Wildlife Service listed the owl on Monday.')).toEqual([['place', 'U.S.'], ['organization', 'Fish and Wildlife Service']]);
    expect(kinds('The U.S. Seed and Grain Administration approved the crop on Monday.')).toEqual([['place', 'U.S.'], ['organization', 'Seed and Grain Administration']]);
    expect(kinds('Talks between Russia and Defence Ministry officials went on.')).toEqual([['place', 'Russia'], ['organization', 'Defence Ministry']]);
  });

  it('joins only a body’s one opening word after "the" or a state’s initials, not two bodies told side by side', () => {
    expect(kinds('Veltrix Corp and Transport Ministry officials met on Monday.')).toEqual([['organization', 'Veltrix Corp'], ['organization', 'Transport Ministry']]);
    expect(kinds('Lawyers for Korvane Airways and Federal Aviation Administration staff met.')).toEqual([['organization', 'Korvane Airways'], ['organization', 'Federal Aviation Administration']]);
  });
});

describe('particles inside a name', () => {
  it('keeps a name whole across an elided particle and a chain of particles', () => {
    expect(kinds("Foreign Minister Marie-Claire d'Aubigny said on Thursday that France would send frigates.")).toEqual([['person', "Marie-Claire d'Aubigny"], ['place', 'France']]);
    expect(kinds('Minister Pierre d’Estaing, Macron said.')).toEqual([['person', 'Pierre d’Estaing'], ['person', 'Macron']]);
    expect(kinds('Ambassador Anne van der Berg and Carlos de la Fuente met on Monday.')).toEqual([['person', 'Anne van der Berg'], ['person', 'Carlos de la Fuente']]);
  });

  it('keeps a name whole across the particles of Spanish, Italian, Nordic and German surnames', () => {
    expect(kinds("Peru's vice-minister, Rodrigo Vásquez del Solar, met Giulia Bianchi della Rovere on Monday.")).toEqual([['place', 'Peru'], ['person', 'Rodrigo Vásquez del Solar'], ['person', 'Giulia Bianchi della Rovere']]);
    expect(kinds('Her counterpart, Jógvan á Lakjuni, spoke with Envoy Anna af Klercker and Minister Karl zu Steinfeld.')).toEqual([['person', 'Jógvan á Lakjuni'], ['person', 'Anna af Klercker'], ['person', 'Karl zu Steinfeld']]);
  });

  it('leaves an elided word with no name before it alone', () => {
    expect(kinds("He visited l'Aquila and d'Artagnan.")).toEqual([]);
  });
});

describe('regions and the places offices are of', () => {
  it("reads a word of a country's divisions alone as nothing: it refers back", () => {
    expect(kinds('The Region’s governor, Kossi Agbeyome, led the talks.')).toEqual([['person', 'Kossi Agbeyome']]);
    expect(kinds('Officials of the Province met on Monday.')).toEqual([]);
  });

  it('reads the town or region an office is of as a place, and the name after its comma as the holder', () => {
    expect(kinds('The governor of Kano, Abba Yusuf, met Nigerien officials on Monday.').slice(0, 2)).toEqual([['place', 'Kano'], ['person', 'Abba Yusuf']]);
    expect(kinds('The mayor of Tromsø, Kari Holm, met Finnish officials on Monday.').slice(0, 2)).toEqual([['place', 'Tromsø'], ['person', 'Kari Holm']]);
    expect(kinds('The governor of Lakes Province, Makur Kulang, met Ugandan officials.').slice(0, 2)).toEqual([['place', 'Lakes Province'], ['person', 'Makur Kulang']]);
    // Near miss: a portfolio is no place ("Minister of Justice").
    expect(kinds('The Minister of Justice, Ana Ruiz, met officials on Monday.')).toEqual([['person', 'Ana Ruiz']]);
  });
});

describe('regnal numbers', () => {
  it('reads a given name before a regnal number as a person when a ruler or a pope is written just before it, with no title beside it', () => {
    expect(kinds('The pontiff, Leo XIV, received the Peruvian president on Tuesday.')).toEqual([['person', 'Leo XIV']]);
    expect(kinds('The king — Tupou VII — opened the new session of parliament.')).toEqual([['person', 'Tupou VII']]);
    // Near miss: a numbered thing with no ruler before it.
    expect(kinds('The treaty, Annex IV, was signed on Tuesday.').map(([kind]) => kind)).not.toContain('person');
  });

  it("reads a monarch's or a pope's number as part of the name, never a person of its own", () => {
    expect(kinds('Pope Leo XIV received the Peruvian president at the Vatican on Tuesday.')).toEqual([['person', 'Leo XIV'], ['place', 'Vatican']]);
    expect(kinds('King Carl XVI Gustaf met Vice President Tom Vane and Ines Larsen on Monday.')).toEqual([['person', 'Carl XVI Gustaf'], ['person', 'Tom Vane'], ['person', 'Ines Larsen']]);
    expect(kinds('The envoy was then received by King Charles III at Windsor Castle.')).toEqual([['person', 'Charles III'], ['place', 'Windsor Castle']]);
  });

  it('leaves the pronoun I and a lone capital after a name alone', () => {
    expect(kinds('“When Tom Vane called, I listened,” she said.')).toEqual([['person', 'Tom Vane']]);
  });
});

describe('a name an office is of, carried over "of" or "of the"', () => {
  it('reads the name after an office and "of" as what the office is of, never its holder', () => {
    expect(kinds('Leaders of the Northern Sea states met in Oslo on Monday.')).toEqual([['name', 'Northern Sea'], ['place', 'Oslo']]);
    expect(kinds('The foreign ministers of Korvia and Estmark met on Monday.')).toEqual([['name', 'Korvia'], ['name', 'Estmark']]);
    expect(kinds('Mr Holt then called on the Minister of Culture.')).toEqual([['person', 'Holt'], ['name', 'Culture']]);
  });

  it('reads a roman numeral after a common noun as part of no one ("Veterans of World War II", "Phase II")', () => {
    expect(kinds('Veterans of World War II laid wreaths in Minsk on Monday.')).toEqual([['name', 'World War II'], ['place', 'Minsk']]);
    expect(kinds('Delegates of Phase II of the talks arrived in Lome.')).toEqual([['name', 'Phase II'], ['place', 'Lome']]);
  });

  it('still reads the holder named after the office and its words', () => {
    expect(kinds('Secretary of State Marco Rubio met the head of the African Union Commission Moussa Faki.')).toEqual([['person', 'Marco Rubio'], ['organization', 'African Union Commission'], ['person', 'Moussa Faki']]);
    expect(kinds('Minister of Foreign Affairs of the Republic of Türkiye Hakan Fidan spoke.')).toEqual([['place', 'Republic of Türkiye'], ['person', 'Hakan Fidan']]);
  });
});

describe('a state named for a saint, and a broker titled before a name', () => {
  it('reads "Saint Lucia" or "St Lucia" as the state, and its holder after the office', () => {
    expect(kinds("Saint Lucia's Prime Minister, Philip Pierre, met Tom Vane.")).toEqual([['place', 'Saint Lucia'], ['person', 'Philip Pierre'], ['person', 'Tom Vane']]);
    expect(kinds("St. Lucia's foreign minister Alva Baptiste flew to Bridgetown.")).toEqual([['place', 'St. Lucia'], ['person', 'Alva Baptiste'], ['place', 'Bridgetown']]);
  });

  it("still drops a saint's name that names a church", () => {
    expect(kinds("Tom Vane prayed at St. Peter's on Monday.")).toEqual([['person', 'Tom Vane']]);
  });

  it('leaves a mediator\'s title out of the name ("Mediator Joan Alder", "Facilitator Ana Ruiz")', () => {
    expect(kinds('Mediator Joan Alder met the two delegations in Oslo on Monday.')).toEqual([['person', 'Joan Alder'], ['place', 'Oslo']]);
    expect(kinds('Facilitator Ana Ruiz opened the talks.')).toEqual([['person', 'Ana Ruiz']]);
    expect(kinds('The mediator said talks would resume.')).toEqual([]);
  });
});

describe('a portfolio written straight before its holder, titles of other languages, states joined by "and"', () => {
  it('keeps a one- or two-field portfolio out of the name after it ("Minister of Culture Ana Ruiz")', () => {
    expect(kinds('Minister of Culture Ana Ruiz opened the festival.')).toEqual([['person', 'Ana Ruiz']]);
    expect(kinds('The Secretary for Youth and Sports Kofi Boateng met athletes in Accra.')).toEqual([['person', 'Kofi Boateng'], ['place', 'Accra']]);
    expect(kinds("Minister of Tourism Carmen Rosa Villalobos-Peña received Jamaica's tourism minister.")).toEqual([['person', 'Carmen Rosa Villalobos-Peña'], ['place', 'Jamaica']]);
  });

  it('leaves a portfolio no name follows as it was', () => {
    expect(kinds('The Minister of Culture said the festival would go on.')).toEqual([['name', 'Culture']]);
  });

  it('leaves a form of address of another language out of the name ("Madame", "Señora", "Herr", "Ratu")', () => {
    expect(kinds('Madame Claire Toure met Monsieur Paul Diop in Dakar.')).toEqual([['person', 'Claire Toure'], ['person', 'Paul Diop'], ['place', 'Dakar']]);
    expect(kinds('Señora Luisa Ortega Quiroga and Herr Jens Vogel arrived.')).toEqual([['person', 'Luisa Ortega Quiroga'], ['person', 'Jens Vogel']]);
    expect(kinds("Fiji's prime minister, Ratu Josefa Tuivanua, chaired the meeting.")).toEqual([['person', 'Josefa Tuivanua']]);
  });

  it('reads a state whose name joins two words with "and" whole, in a list or alone', () => {
    expect(kinds('Ministers of Trinidad and Tobago, Antigua and Barbuda and St Kitts and Nevis signed the accord.')).toEqual([['place', 'Trinidad and Tobago'], ['place', 'Antigua and Barbuda'], ['place', 'St Kitts and Nevis']]);
    expect(kinds('Envoys from Jamaica, Bosnia and Herzegovina and Barbados met.')).toEqual([['place', 'Jamaica'], ['place', 'Bosnia and Herzegovina'], ['place', 'Barbados']]);
    expect(kinds("Saint Vincent and the Grenadines' farm minister, Orville Sampson, spoke.")).toEqual([['place', 'Saint Vincent and the Grenadines'], ['person', 'Orville Sampson']]);
  });

  it('still splits two states a list joins with "and"', () => {
    expect(kinds('Envoys of Trinidad and Jamaica signed.')).toEqual([['name', 'Trinidad'], ['place', 'Jamaica']]);
  });
});

describe('"Jan" before a name with no title before it', () => {
  it('is the given name, at a sentence\'s start or inside it', () => {
    const people = (sentence: string) => kinds(sentence).filter(([kind]) => kind === 'person').map(([, text]) => text);
    expect(people('Jan Lipavsky, the Czech foreign minister, met envoys in Bratislava.')).toEqual(['Jan Lipavsky']);
    expect(people('The talks were opened by Jan Novak and Petra Sloboda in Brno.')).toEqual(['Jan Novak', 'Petra Sloboda']);
  });

  it('is still the month before a day, and the other months still need a title to be a given name', () => {
    expect(kinds('The envoy arrived in Brno on Jan 5.').map(([, text]) => text)).not.toContain('Jan');
    expect(kinds('In May Putin met envoys in Minsk.').map(([, text]) => text)).not.toContain('May Putin');
  });
});
