// Happenings told in plain sentences without the usual trigger nouns: a host receiving an office
// holder, a stay to see someone, a readout's "spoke to President …", sides that "negotiated"
// somewhere, a numbered attack set off by a comma, money pledged and a team appointed.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer, kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a visit or a reception told by its host is a meeting', () => {
  it.each([
    // A possessive country before a capitalised office ("Argentina's Foreign Minister …").
    ['Foreign Minister Ana Lind received Velsland\'s Foreign Minister Piet Maas at the ministry on Tuesday morning.', '2058-03-12'],
    ['The mayor welcomed Nordmark\'s Prime Minister Erik Lund at the town hall on Monday.', '2058-03-11'],
    // An office holder after "the" ("the Emir of Qatar", "the Prime Minister of Velsland").
    ['The king hosted the Emir of Qatar at the palace on Tuesday evening.', '2058-03-12'],
    ['President Osei received the Prime Minister of Velsland in Accra on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['meeting', null, day]]);
  });

  it.each([
    ['Motegi was in Jakarta yesterday to see his Indonesian counterpart.', '2058-03-12'],
    ['The envoy flew to Oslo on Monday to see Prime Minister Erik Lund.', '2058-03-11'],
  ])('and so is being somewhere to see someone: %s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'meeting')).toEqual([['meeting', null, day]]);
  });

  it.each([
    ['He was in Paris only on Monday seeing President Emile Marchand.', '2058-03-11'],
    ['The two envoys were in Nairobi on Tuesday visiting Foreign Minister Ruth Wanjiru.', '2058-03-12'],
  ])('and so is what one was doing while somewhere, told by a participle, a meeting on its day gone by: %s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'meeting')).toEqual([['meeting', null, day]]);
  });

  it('but not seeing the sights while somewhere', () => {
    expect(found('She was in Paris on Monday seeing the sights.')).toEqual([]);
  });

  it('but not hoping to see someone punished, nor receiving a proposal', () => {
    expect(found('The minister said she hoped to see Putin punished for the attack.')).toEqual([]);
    expect(found("The minister received Velsland's proposal on Monday.")).toEqual([]);
  });
});

describe('speaking to an office holder, as a readout tells it, is a call', () => {
  it.each([
    ['The Prime Minister spoke to President Zelenskyy this evening. He updated him on the planning.', '2058-03-13'],
    ['Chancellor Weber has spoken to Prime Minister Erik Lund on Monday about the corridor, his office said.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind !== 'statement')).toEqual([['call', null, day]]);
  });

  it('but not speaking to one somewhere, in person', () => {
    const kinds = found('The minister spoke to President Ana Ruiz in Lima on Monday.').map(([kind]) => kind);
    expect(kinds).not.toContain('call');
    expect(found('She spoke to reporters on Monday.').map(([kind]) => kind)).not.toContain('call');
  });
});

describe('sides that negotiated somewhere, with someone or on a day held talks', () => {
  it.each([
    ['Tehran and the three European powers negotiated in Switzerland on Monday for the first time since the sanctions, a diplomat said.', '2058-03-11'],
    ['Nordmark will negotiate with the Velsland side in Bergvik on Friday, the ministry said.', '2058-03-15'],
    ['The two delegations negotiated through the night at the Hofburg on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'talks')).toEqual([['talks', null, day]]);
  });

  it('but a negotiating team, a deal negotiated or a refusal to negotiate is no round', () => {
    for (const body of ['The negotiating team returned to Bergvik on Monday.', 'Akazawa, who negotiated the 2055 agreement, is a trade lawyer.', 'The army refused to negotiate with the militia on Monday.']) {
      expect(found(body).map(([kind]) => kind), body).not.toContain('talks');
    }
  });
});

describe('one attack named by what it hit, set off by a comma, is a strike', () => {
  it.each([
    ['A second attack, on the Syzran refinery in the Samara region early on Sunday, knocked out a unit, the governor said.', '2058-03-10'],
    ['Another raid, on a fuel depot near Kherson on Monday, started a fire.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'strike')).toEqual([['strike', null, day]]);
  });
});

describe('money pledged on a day is aid, whatever else the sentence names', () => {
  it.each([
    ['On January 30 the Gulf states and the European Union pledged $4bn for reconstruction, on condition that the fighting stop.', '2058-01-30'],
    ['Donors at the Bergvik conference promised another €500 million in aid on Tuesday.', '2058-03-12'],
    ['Japan committed 2 billion dollars to the fund on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Aid', day]]);
  });

  it('but a promise of anything else is only words', () => {
    expect(found('The minister promised a swift inquiry on Tuesday.').map(([kind]) => kind)).not.toContain('other');
  });
});

describe('a team or an envoy appointed on a day is an appointment', () => {
  it.each([
    ['On February 18 he appointed a new negotiating team headed by a civilian.', '2058-02-18'],
    ['The president named a new chief negotiator on Friday, her office said.', '2058-03-08'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'other')).toEqual([['other', 'Appointment', day]]);
  });
});

describe('a meal of business with someone is a meeting', () => {
  it.each([
    ['The Foreign Secretary has held a working lunch with her Kenyan counterpart in London today.', '2058-03-13'],
    ['The two presidents had a working breakfast at the residence on Tuesday.', '2058-03-12'],
    ['The king gave an official dinner for the visiting premier on Monday evening.', '2058-03-11'],
    ['The grand duke hosted a state banquet for the Chilean president at the palace on Tuesday.', '2058-03-12'],
    ['On Monday evening the queen gave a state banquet in the Hall of Mirrors.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'meeting')).toEqual([['meeting', null, day]]);
  });
});

describe("a meal a host gives guests, with no word of business or state, is the evening's occasion of its own", () => {
  it.each([
    ['On Monday evening the grand duchess hosted the visiting ministers for dinner at the palace.', '2058-03-11'],
    ['Premier Ana Rell hosted a dinner for the Moldovan president on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Meal for guests', day]]);
  });

  it('but a working or state meal a host gives is a meeting', () => {
    expect(found('Premier Ana Rell hosted a working lunch for the Moldovan president on Tuesday.')).toEqual([['meeting', null, '2058-03-12']]);
  });
});

describe('a host receiving a delegation or a newly appointed ambassador is a meeting', () => {
  it.each([
    ['Mayor Tom Reddy welcomed a trade delegation from the Polish port of Gdynia at the town hall on Monday.', '2058-03-11'],
    ['On Tuesday, the Minister received the newly appointed Ambassador of Japan, Kenji Mori.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'meeting')).toEqual([['meeting', null, day]]);
  });
});

describe('conferring or speaking by video link is a call', () => {
  it.each([
    ['Deputy Foreign Minister Lena Varga conferred with her Austrian counterpart by video link on Tuesday.', '2058-03-12'],
    ['The chancellor spoke to the Velsland premier via video call on Monday about the corridor.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind !== 'statement')).toEqual([['call', null, day]]);
  });
});

describe('a strike named by what it hit after a comma is a strike', () => {
  it.each([
    ['A second strike, on a road bridge near Kupiansk on Monday, cut the main supply route.', '2058-03-11'],
    ['Tuesday saw another strike, against a barracks outside Tarnby, the army said.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'strike').map(([kind]) => kind)).toEqual(['strike']);
    expect(found(body).find(([kind]) => kind === 'strike')?.[2]).toBe(day);
  });
});

describe('a gathering that went on until a day was held that day', () => {
  it.each([
    ['Water ministers of the five states negotiated until late on Monday without agreeing.', 'talks', '2058-03-11'],
    ['The two delegations met in Kampala until early on Tuesday, a delegate said.', 'meeting', '2058-03-12'],
  ])('%s', (body, kind, day) => {
    expect(found(body).filter(([k]) => k === kind)).toEqual([[kind, null, day]]);
  });

  it.each([
    ['The talks will continue until Friday, a spokesman said.', '2058-03-15'],
    ['The summit is due to run until Sunday in the old town.', '2058-03-17'],
  ])('but not one told as going on ahead until a day: %s', (body, day) => {
    expect(found(body).map(([, , d]) => d)).not.toContain(day);
  });

  it('as one told as not held until a day still is', () => {
    expect(found('They did not meet face to face until Friday afternoon.')).toEqual([['meeting', null, '2058-03-08']]);
  });
});

describe('sitting down for a gathering tells it took place, as holding one does (TOOK_PLACE)', () => {
  it.each([
    ['09:12 — The two presidents have sat down for a working breakfast at the residence, according to the presidency.', 'meeting'],
    ['The two delegations sat down for talks at the Hofburg.', 'talks'],
  ])('%s', (body, kind) => {
    expect(found(body)).toEqual([[kind, null, '2058-03-13']]);
  });

  it('but talks only planned to sit down for are not', () => {
    expect(found('The two delegations are to sit down for talks at the Hofburg next week.').map(([, , day]) => day)).not.toContain('2058-03-13');
  });
});

describe('a gathering a team is named for is not held on the appointment\'s day', () => {
  it.each([
    'The government appointed a new delegation for the Jeddah talks on Sunday.',
    'Velsland named a new negotiating team for the Oslo talks on Tuesday, the ministry said.',
    "The cabinet has formed a five-member panel for next week's round of negotiations, officials said on Monday.",
  ])('%s', (body) => {
    expect(found(body).filter(([kind]) => kind === 'talks' || kind === 'meeting')).toEqual([]);
  });

  it('but a delegation for the talks that meets, or talks told after the appointment, are held', () => {
    expect(found('The delegation for the Oslo talks met on Monday.')).toEqual([['talks', null, '2058-03-11']]);
    expect(found('Velsland named its delegation on Monday. The talks in Oslo began on Tuesday.').filter(([kind]) => kind === 'talks')).toEqual([['talks', null, '2058-03-12']]);
  });
});

describe('talking for hours or until late is a session of talks', () => {
  it.each([
    ['The two foreign ministers talked until the early hours of Sunday.', '2058-03-10'],
    ['Negotiators talked until dawn on Monday in Doha.', '2058-03-11'],
    ['The presidents talked for hours at the palace on Tuesday.', '2058-03-12'],
    ['The two sides talked through the night at the Hofburg on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'talks')).toEqual([['talks', null, day]]);
  });

  it('but talking about something or of someone is not', () => {
    expect(found('The minister talked about the budget on Monday.')).toEqual([]);
    expect(found('Residents talked of fear on Monday.')).toEqual([]);
  });
});

describe('a levy or tariff put on goods is a happening, as sanctions are', () => {
  it.each([
    ['Chile imposed a 15% levy on Peruvian copper on Monday.', '2058-03-11'],
    ['Velsland slapped new tariffs of 25 percent on Nordmark steel on Tuesday, the ministry said.', '2058-03-12'],
    ['Velsland put a 20% tariff on Nordmark cars on Thursday.', '2058-03-07'],
    ['On Monday Chile put new levies on Peruvian copper.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Tariff', day]]);
  });

  it('but not one threatened, nor one named "output"', () => {
    expect(found('Velsland threatened tariffs on Nordmark steel on Tuesday.')).toEqual([]);
    expect(found('Velsland said on Monday its output tariffs on power would stay.').map(([kind]) => kind)).not.toContain('other');
  });
});

describe('a counterpart by another name, received, is met', () => {
  it.each([
    ["Foreign Minister Ana Lind today received her Velsland colleague Piet Maas, who is on an official visit.", '2058-03-13'],
    ['The Chancellor received his pair Jonas Berg at the ministry on Monday.', '2058-03-11'],
    ['The Home Secretary hosted her Nordmark opposite number in Dover on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'meeting' || kind === 'other')).toEqual([['meeting', null, day]]);
  });

  it("but not a colleague's letter", () => {
    expect(found("The minister received her colleague's letter on Monday.").map(([kind]) => kind)).not.toContain('meeting');
  });
});

describe('parleys are talks', () => {
  it.each([
    ['Foreign Minister Ana Lind on Tuesday held wide-ranging parleys with her Velsland counterpart Piet Maas.', '2058-03-12'],
    ['The two army chiefs held parleys at the border post on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['talks', null, day]]);
  });
});

describe('a light verb before a noun of talks, a call or a reception tells the happening', () => {
  it.each([
    ['Foreign Minister Ana Lind had an exchange of views with her Velsland counterpart in Kalsund on Tuesday.', 'talks', '2058-03-12'],
    ['The two envoys exchanged views on the border dispute in Geneva on Monday.', 'talks', '2058-03-11'],
    ['The two ministers exchanged views by telephone on Tuesday.', 'call', '2058-03-12'],
    ['The President of the Region had yesterday a telephonic colloquy with the Velsland interior minister.', 'call', '2058-03-12'],
    ['The prime minister held a telephonic conversation with Chancellor Karl Berg on Monday.', 'call', '2058-03-11'],
    ['Ambassador Clara Menzies paid a courtesy visit to the Governor of the Lakes Province on Tuesday.', 'meeting', '2058-03-12'],
    ['The outgoing envoy made a farewell call on the Prime Minister on Monday.', 'meeting', '2058-03-11'],
    ['The Pope granted an audience on Wednesday to President Aurelio Vance.', 'meeting', '2058-03-13'],
    ['On Monday the King received in audience the new Velsland ambassador.', 'meeting', '2058-03-11'],
    ['On Monday President Helena Duarte received the letters of credence of Ambassador Rui Almada.', 'meeting', '2058-03-11'],
    ['The new ambassador presented her credentials to the Governor-General on Tuesday.', 'meeting', '2058-03-12'],
  ])('%s', (body, kind, day) => {
    expect(found(body).filter(([k]) => k !== 'statement' && k !== 'other')).toEqual([[kind, null, day]]);
  });

  it('but not an audience of listeners', () => {
    expect(found('The king told an audience of students on Monday that he would stay.').map(([kind]) => kind)).not.toContain('meeting');
  });
});

describe('captives handed both ways are a prisoner exchange', () => {
  it.each([
    ['Velsland and Nordmark handed each other 52 prisoners of war at the bridge on Tuesday.', '2058-03-12'],
    ['The two armies returned to one another 30 detainees on Monday, officials said.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'exchange')).toEqual([['exchange', null, day]]);
  });
});

describe('an agreement denied is none reached', () => {
  it.each(['Branch secretaries should tell members that no agreement has been reached.', 'No final deal was struck in the talks on Monday, the mediator said.'])('%s', (body) => {
    expect(found(body).filter(([, noun]) => noun === 'Agreement reached')).toEqual([]);
  });
});

describe('a place taken by force is a capture', () => {
  it.each([
    ['The first was the fall of El Obeid, which the RSF captured on Monday after a four-month siege.', '2058-03-11'],
    ['Rebels captured the town of Mavo on Tuesday, residents said.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'other')).toEqual([['other', 'Capture', day]]);
  });

  it('but not people or goods seized', () => {
    expect(found('Russia captured Ukrainian soldiers near Kupiansk on Monday.').map(([, noun]) => noun)).not.toContain('Capture');
    expect(found('The coast guard seized an Iranian tanker on Monday.').map(([, noun]) => noun)).not.toContain('Capture');
  });
});

describe('a swap in stages, told by the group of captives, is a prisoner exchange', () => {
  it.each([
    // A wire's lead and a defence ministry's officialese.
    ['Velsland and Nordmark exchanged a first group of prisoners of war on Monday, both sides said.', '2058-03-11'],
    ['On 12 March, a second group of Velsland servicemen was returned from territory controlled by the Nordmark regime.', '2058-03-12'],
    ['Another batch of detainees were freed at the Kell crossing on Tuesday, the Red Cross said.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'exchange')).toEqual([['exchange', null, day]]);
  });

  it.each([
    ['A group of soldiers returned to their barracks on Monday.'],
    ['The first group of hostages\u2019 relatives met the prime minister on Monday.'],
    ['The two patrols exchanged 12 rounds with soldiers on Monday.'],
  ])('but not a group going elsewhere, or shots exchanged: %s', (body) => {
    expect(found(body).filter(([kind]) => kind === 'exchange')).toEqual([]);
  });

  it.each([
    ['On Monday, Israel freed 90 Palestinian prisoners from Ofer.', '2058-03-11'],
    ['Nordmark released 146 Velsland soldiers at the border on Tuesday.', '2058-03-12'],
  ])('and so is a count of captives named by whose they are: %s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'exchange')).toEqual([['exchange', null, day]]);
  });

  it('and an exchange of hostages, planned', () => {
    expect(found('Expect the next exchange, of four hostages, on Saturday if the truce holds.').filter(([kind]) => kind === 'exchange')).toEqual([['exchange', null, '2058-03-16']]);
  });
});

describe('an agreement named by its noun and participle is reached on its own day, not the day of what followed it', () => {
  it.each([
    // Officialese and a regional paper's wording.
    ['On 12 March, in accordance with the agreements reached in Kalsund on 2 March, a second group of Velsland servicemen was returned from territory controlled by Nordmark.', '2058-03-12'],
    ['On Tuesday, under the deal struck in Doha on 2 March, Nordmark freed 3 Velsland hostages and Velsland released 90 Nordmark prisoners.', '2058-03-12'],
  ])('%s', (body, exchangeDay) => {
    const events = found(body);
    expect(events.filter(([, noun]) => noun === 'Agreement reached')).toEqual([['other', 'Agreement reached', '2058-03-02']]);
    expect(events.filter(([kind]) => kind === 'exchange')).toEqual([['exchange', null, exchangeDay]]);
  });

  it.each([
    ['Residents began asking on Tuesday when they could go home, after a ceasefire agreed in Malaysia took effect at midnight.'],
    ['The sides hailed the understanding reached in principle in Rome on Friday.'],
    ['No agreement reached on Monday could survive the vote.'],
  ])('but not a truce told by its taking effect, one in principle or one denied: %s', (body) => {
    expect(found(body).filter(([, noun]) => noun === 'Agreement reached')).toEqual([]);
  });
});

describe('a place taken, named by its kind, is a capture', () => {
  it.each([
    // An NGO release and a wire's wording.
    ['Rebels captured the airport on Monday, residents said.', '2058-03-11'],
    ['The militia had taken control of the city on Tuesday evening, according to aid workers.', '2058-03-12'],
    ['Since the rebels took the town of Mavo on 3 March, thousands have fled.', '2058-03-03'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([, noun]) => noun === 'Capture')).toEqual([['other', 'Capture', day]]);
  });

  it.each([
    ['The mayor took the city\u2019s side in the dispute on Monday.'],
    ['The minister took control of the budget on Monday.'],
    ['The film captured the capital\u2019s mood on Monday.'],
  ])('but not a side taken, a thing controlled or a mood captured: %s', (body) => {
    expect(found(body).filter(([, noun]) => noun === 'Capture')).toEqual([]);
  });
});

describe('a capture its taker claims on a day is the capture of that day, and the claim is its report', () => {
  const reports = found;
  it.each([
    // An NGO's release, a consular notice, a wire's lead.
    ['On Monday morning the militia said it had taken control of the city.', '2058-03-11'],
    ['The armed group announced on 12 March that it had taken Kell.', '2058-03-12'],
    ['Rebel commanders claimed on Tuesday that their fighters had captured the airport.', '2058-03-12'],
    ['The Northern Front on Monday claimed full control of the port city of Lenna.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(reports(body)).toEqual([['other', 'Capture', day]]);
  });

  it.each([
    // Not a person taken somewhere, one's side or word taken, a claimed meeting (days after it, maybe), nor a capture denied.
    ['The police said on Monday they had taken Ruiz to hospital.'],
    ['The envoy said on Monday he had taken Kell\u2019s side in the dispute.'],
    ['The army denied on Tuesday that the rebels had taken the airport.'],
  ])('but not a person taken somewhere, a side taken or a capture denied: %s', (body) => {
    expect(reports(body).filter(([, noun]) => noun === 'Capture')).toEqual([]);
  });

  it.each([
    // Two reports of one fall, one naming the town taken, the other its kind only: one capture, where the town is (GeoNames' towns).
    ['Rebels said on Monday they had captured Pokrovsk.', 'On Monday morning the rebels said they had taken control of the city.'],
    ['The rebel army announced on 11 March that it had taken Kupiansk.', 'The rebels claimed control of the city on Monday.'],
  ])('held where the town taken is, so two outlets\' reports are one capture: %s', (first, second) => {
    const timeline = timelineWithoutGazetteer([article('wire', '2058-03-12', `${first}\n`), article('ngo', '2058-03-13', `${second}\n`)]);
    expect(timeline.events.map((e) => [e.kind, e.date.value, e.place?.name ?? null, e.sources.length])).toEqual([['other', '2058-03-11', first.includes('Pokrovsk') ? 'Pokrovsk' : 'Kupiansk', 2]]);
  });

  it('a meeting told in the past perfect under a dated saying keeps no day of the saying', () => {
    expect(reports('The ministry said on Tuesday that the envoys had met in Kell.').filter(([kind]) => kind === 'meeting').map(([, , day]) => day)).not.toContain('2058-03-12');
  });
});

describe('a strike told by what it did to a town, or by its shells falling', () => {
  it.each([
    // A regional daily, an NGO's quotation, a wire.
    ['In the early hours of Tuesday an attack on Lenna, 150 kilometres to the south, killed three people.', '2058-03-12'],
    ['Shells fell in the hospital compound on Monday afternoon.', '2058-03-11'],
    ['Rockets landed near the airport on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'strike')).toEqual([['strike', null, day]]);
  });

  it.each([
    ['The dockers\u2019 union launched a strike over pay.'],
    ['Shares fell in early trading on Monday.'],
    ['In total, the following have been destroyed: 663 aircraft and 60,542 unmanned aerial vehicles.'],
  ])('but not a union\u2019s strike, prices falling or a running total: %s', (body) => {
    expect(found(body).filter(([kind]) => kind === 'strike')).toEqual([]);
  });
});

describe('people taken out of danger are an evacuation', () => {
  it.each([
    // An NGO's release, a consular notice, a wire.
    ['Medicos Norte has relocated 14 international staff members to Kell by road on Monday.', '2058-03-11'],
    ['On Tuesday a convoy organised with partner embassies took 63 Canadians and family members from Lenna.', '2058-03-12'],
    ['The army evacuated 300 civilians from Lenna on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([, noun]) => noun === 'Evacuation')).toEqual([['other', 'Evacuation', day]]);
  });

  it('but not an office moved', () => {
    expect(found('The company relocated its headquarters to Dublin on Monday.').filter(([, noun]) => noun === 'Evacuation')).toEqual([]);
  });
});
