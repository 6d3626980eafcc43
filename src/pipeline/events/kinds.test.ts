import { describe, expect, it } from 'vitest';
import { eventsSchema } from '../../exports/events-schema.ts';
import { KIND_NAMES } from '../../site/kinds.ts';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { article, extractOne, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { writeHeadline } from './headline.ts';
import { comesByCalendar, EVENT_KINDS, isEventKind, KINDS, occasionOf, peopleOnlyOf } from './kinds.ts';

const kindsOf = (published: string, body: string) => extractOne(published, body).candidates.map((c) => c.kind);

describe('the table of event kinds', () => {
  it('is what the export schema, the kind pages and corrections accept', () => {
    const schema = eventsSchema() as { definitions: { event: { properties: { kind: { enum: string[] } } } } };
    expect(schema.definitions.event.properties.kind.enum).toEqual(KINDS);
    expect(Object.keys(KIND_NAMES)).toEqual(KINDS);
    for (const kind of KINDS) expect(isEventKind(kind)).toBe(true);
    expect(isEventKind('toString')).toBe(false);
    const corrections = parseCorrections('- event: x\n  set: { kind: exchange }\n', 'c.yaml');
    expect(corrections.items).toHaveLength(1);
    expect(() => parseCorrections('- event: x\n  set: { kind: swap }\n', 'c.yaml')).toThrow(/kind must be one of call, talks, meeting, summit, exchange/);
  });

  it('decides per trigger whether its reports name people only (a funeral, a trip) or sides too (an agreement)', () => {
    expect(peopleOnlyOf('other', 'Funeral')).toBe(true);
    expect(peopleOnlyOf('other', 'Trip')).toBe(true);
    expect(peopleOnlyOf('other', 'Start of the war')).toBe(true);
    expect(peopleOnlyOf('other', 'Agreement signed')).toBe(false);
    expect(peopleOnlyOf('other', undefined)).toBe(false);
    expect(peopleOnlyOf('statement', undefined)).toBe(true);
    expect(peopleOnlyOf('talks', undefined)).toBe(false);
    // One noun, one answer: triggers sharing a noun must not disagree.
    const byNoun = new Map<string, boolean>();
    for (const t of EVENT_KINDS.other.triggers) {
      const value = 'peopleOnly' in t ? t.peopleOnly : undefined;
      if (byNoun.has(t.noun)) expect(value ?? false, t.noun).toBe(byNoun.get(t.noun));
      byNoun.set(t.noun, value ?? false);
    }
  });

  it('marks per trigger which reports are a gathering’s occasion (a visit always, a trip only told for its fate)', () => {
    expect(occasionOf('other', 'Visit')).toBe('always');
    expect(occasionOf('other', 'Trip')).toBe('whenToldForItsFate');
    expect(occasionOf('other', 'Agreement signed')).toBe('whenPlaced');
    expect(occasionOf('other', 'Memorandum')).toBe('whenPlaced');
    expect(occasionOf('other', 'Funeral')).toBeUndefined();
    expect(occasionOf('meeting', undefined)).toBeUndefined();
  });

  it('gives every kind triggers that can be walked and a headline rule', () => {
    for (const kind of KINDS) {
      expect(EVENT_KINDS[kind].triggers.length, kind).toBeGreaterThan(0);
      for (const t of EVENT_KINDS[kind].triggers) expect(t.pattern.global, `${kind} ${t.pattern}`).toBe(true);
      expect(writeHeadline({ kind, status: 'occurred', participants: [], place: null, phrase: 'something' })).not.toBe('');
    }
  });

  it('reads the start of a war as an event of its own, dated in its own clause', () => {
    const { candidates } = extractOne('2026-03-06', 'Since the war in Ukraine started in February 2022, thousands have died.\n');
    expect(candidates.map((c) => [c.kind, c.noun, c.date.value])).toEqual([['other', 'Start of the war', '2022-02']]);
  });

  it('reads a bombardment and a single drone attack as strikes, dated by their own words', () => {
    expect(kindsOf('2025-12-28', 'Over the weekend, Russia bombarded Kyiv with drones.\n')).toEqual(['strike']);
    expect(kindsOf('2025-11-26', 'A block burned after an overnight drone attack on Tuesday.\n')).toEqual(['strike']);
    expect(kindsOf('2025-11-26', 'Militants fired rockets at the town on Tuesday.\n')).toEqual(['strike']);
  });

  it('reads drones downed as a strike, the conversation a discussion was held in as a call, and the current round as talks', () => {
    expect(kindsOf('2026-03-06', 'Air defences shot down 30 drones over the capital on Thursday night.\n')).toEqual(['strike']);
    expect(kindsOf('2026-03-06', 'The two presidents reviewed the grain deal during a long conversation on Tuesday.\n')).toEqual(['call']);
    expect(kindsOf('2026-03-06', 'The current round began in Doha on Monday.\n')).toEqual(['talks']);
  });

  it('makes no event of talks that never materialised, that could begin, that someone is open to, or that a correction says were misreported', () => {
    expect(kindsOf('2026-03-06', 'A summit on the crisis, long promised, never materialised.\n')).toEqual([]);
    expect(kindsOf('2026-03-06', 'Markets are waiting for talks between the unions and the government, which might begin next week.\n')).toEqual([]);
    expect(kindsOf('2026-03-06', 'The rebels said on Friday that they were open to talks.\n').filter((k) => k === 'talks')).toEqual([]);
    expect(kindsOf('2026-03-06', 'A report on Monday misidentified the venue of the meeting.\n')).toEqual([]);
  });

  it('reads a prisoner exchange as an exchange, not as talks', () => {
    expect(kindsOf('2026-03-06', 'Russia and Ukraine carried out a prisoner swap on Thursday.\n')).toEqual(['exchange']);
    expect(kindsOf('2026-03-06', 'On Wednesday the two countries exchanged 200 prisoners, officials said.\n')).toEqual(['exchange']);
    expect(kindsOf('2026-03-06', 'An exchange of 150 captives took place on Tuesday.\n')).toEqual(['exchange']);
    // A swap agreed is the agreement, reached that day; the swap is still to come.
    expect(extractOne('2026-08-15', 'The sides agreed a prisoner swap of 1,200 for 1,200 in Istanbul on Friday.\n').candidates.map((c) => [c.kind, c.noun, c.date.value])).toEqual([['other', 'Agreement reached', '2026-08-14']]);
    // Named by its noun with the count freed; a release called for is no exchange.
    expect(kindsOf('2026-03-06', 'The agency welcomed the return of 120 prisoners of war to each side on Saturday.\n')).toEqual(['exchange']);
    expect(kindsOf('2026-03-06', 'The bishops called for the release of 40 detainees held since the war.\n').filter((k) => k === 'exchange')).toEqual([]);
    expect(writeHeadline({ kind: 'exchange', status: 'occurred', participants: [{ name: 'Russia', type: 'country' }, { name: 'Ukraine', type: 'country' }], place: null, phrase: 'prisoner swap' })).toBe('Russia–Ukraine prisoner exchange');
  });
});

describe('a call told with its time between the verb and the one spoken with', () => {
  // Monday 14 April 2053 (the Tuesday before is the 8th); no name known to any gazetteer, as in news of people nobody listed.
  const callsOf = (body: string) =>
    timelineWithoutGazetteer([article('a', '2053-04-14', `${body}\n`)]).events.filter((e) => e.kind === 'call').map((e) => [e.date.value, e.participants.map((p) => p.id)]);

  it('is a call of both, on the day the time phrase names', () => {
    // A foreign ministry's readout, an evening of its own day.
    expect(callsOf('Anita Anand spoke this evening with Toshimitsu Motegi about trade.')).toEqual([['2053-04-14', ['anita-anand', 'toshimitsu-motegi']]]);
    // A wire: a weekday, then an attribution.
    expect(callsOf('Ilse Brandvold talked late on Tuesday with Kaito Ren, her ministry said.')).toEqual([['2053-04-08', ['ilse-brandvold', 'kaito-ren']]]);
    // The word order without a time phrase between is read as before.
    expect(callsOf('Anita Anand spoke with Toshimitsu Motegi this evening about trade.')).toEqual([['2053-04-14', ['anita-anand', 'toshimitsu-motegi']]]);
  });
});

describe('kinds of the other table, each by its noun', () => {
  const nounsOf = (published: string, body: string) => extractOne(published, body).candidates.map((c) => [c.kind, c.noun, c.date.value]);
  const readAs = (published: string, sentence: string, noun: string, day: string) => expect(nounsOf(published, `${sentence}\n`)).toEqual([['other', noun, day]]);

  it.each([
    ['2033-05-10', 'Thousands attended the funeral of the former president in Nairobi on Saturday.', 'Funeral', '2033-05-07'],
    ['2033-05-24', 'The bloc imposed new sanctions on twelve officials on Monday.', 'Sanctions', '2033-05-23'],
    ['2033-06-07', 'Washington lifted part of its oil sanctions on Friday.', 'Sanctions', '2033-06-03'],
    ['2033-06-21', 'The two countries signed a border demarcation agreement on Monday.', 'Agreement signed', '2033-06-20'],
    ['2033-07-12', 'The army declared a 72-hour ceasefire on Sunday.', 'Ceasefire', '2033-07-10'],
    ['2033-08-02', 'A truce between the two sides took effect at dawn on Monday.', 'Ceasefire', '2033-08-01'],
    ['2033-10-04', 'The pope will visit Lebanon next month, the Vatican said.', 'Visit', '2033-11'],
    ['2033-10-18', 'Voters went to the polls on Sunday in a presidential election.', 'Election', '2033-10-16'],
    ['2033-11-08', 'The prime minister resigned on Monday after a week of protests.', 'Resignation', '2033-11-07'],
    // A vote told with its tally, someone appointed to an office.
    ['2033-11-08', 'The House voted 312 to 140 on Wednesday to approve the treaty.', 'Vote', '2033-11-02'],
    ['2033-11-08', 'The president appointed Laura Pinto as ambassador to Argentina on Friday.', 'Appointment', '2033-11-04'],
    // …the office written as a title, capitalised.
    ['2033-11-08', "The chamber's first sitting on Monday elected Ivo Marsh as Speaker of the House of Delegates.", 'Appointment', '2033-11-07'],
  ])('reads funerals, sanctions, signed agreements, ceasefires, visits, elections, resignations, votes and appointments on their days (%s: "%s" → %s %s)', readAs);

  it('reads a resignation announced ahead in its month, and no appointment in a venue confirmed', () => {
    expect(nounsOf('2033-11-08', 'The speaker said on Monday that he would resign at the end of the month.\n').filter(([kind]) => kind === 'other')).toEqual([['other', 'Resignation', '2033-11']]);
    expect(nounsOf('2033-11-08', 'The ministry named the talks a success and confirmed Geneva as the venue on Tuesday.\n').filter(([, noun]) => noun === 'Appointment')).toEqual([]);
  });

  it.each([
    ['2033-05-10', 'The state funeral of the former king ended only an hour ago.', 'Funeral', '2033-05-10'],
    ['2033-05-10', 'The minister announced his resignation in a televised address.', 'Resignation', '2033-05-10'],
  ])('dates an undated funeral or resignation in the lead by its news, as the table says (%s: "%s" → %s %s)', readAs);

  it('makes no event of an undated counter-proposal in the lead', () => {
    expect(nounsOf('2033-05-10', 'The three capitals announced a counter-proposal.\n')).toEqual([]);
  });

  it.each([
    ['2033-11-10', 'In a vote on Monday, the assembly rejected the budget.', 'Vote', '2033-11-07'],
    ['2033-11-10', "Tuesday's vote in the senate surprised no one.", 'Vote', '2033-11-08'],
    ['2033-11-10', 'The resignation of the defence minister took effect on Friday.', 'Resignation', '2033-11-04'],
    ['2033-11-10', 'An accord was reached in Lusaka on Sunday after a week of mediation.', 'Agreement reached', '2033-11-06'],
    ['2033-11-10', 'The parliament ratified the border treaty on Monday.', 'Ratification', '2033-11-07'],
    ['2033-11-10', 'The two envoys put their signatures to a trade pact on Monday.', 'Agreement signed', '2033-11-07'],
    ['2033-11-10', 'The bloc adopted new sanctions against the junta on Monday.', 'Sanctions', '2033-11-07'],
  ])('reads them told by their noun or in the passive: a vote after which, a resignation of someone, a deal reached, a treaty ratified (%s: "%s" → %s %s)', readAs);

  it('makes no resignation of one demanded', () => {
    expect(nounsOf('2033-11-10', 'Protesters demanded the resignation of the mayor on Friday.\n').filter(([, noun]) => noun === 'Resignation')).toEqual([]);
  });

  it.each([
    ['2056-04-12', 'The bill was adopted on Tuesday by 312 votes to 98.', 'Vote', '2056-04-11'],
    ['2056-04-12', 'The House approved the deployment of 200 troops on Tuesday.', 'Vote', '2056-04-11'],
    ['2056-02-27', 'On Tuesday the Slovak parliament votes on the new government.', 'Vote', '2056-02-29'],
    ['2056-03-10', "The court's ruling on Thursday was welcomed in Georgetown.", 'Ruling', '2056-03-09'],
    ['2056-03-22', 'A €2 billion aid package for Ukraine was approved by the budget committee on Tuesday.', 'Aid', '2056-03-21'],
    ['2056-04-26', 'A ceasefire between the army and the rebels came into force at midnight on Tuesday.', 'Ceasefire', '2056-04-25'],
    ['2056-03-03', 'The two ministers signed a demarcation protocol in Yerevan on Thursday.', 'Agreement signed', '2056-03-02'],
  ])('reads votes by their tally or by a chamber\'s act, court rulings, aid given, ceasefires in force and protocols signed (%s: "%s" → %s %s)', readAs);

  it.each([
    ['2056-04-26', 'A ceasefire began at 6 a.m. on Tuesday, the army said.', 'Ceasefire', '2056-04-25'],
    ['2056-04-26', 'The truce itself started at midnight on Sunday after a week of shelling.', 'Ceasefire', '2056-04-23'],
  ])('reads a ceasefire that began, its verb right after it (%s: "%s" → %s %s)', readAs);

  it('reads a ceasefire told by the pronoun opening the sentence after the one it is the subject of', () => {
    expect(nounsOf('2056-04-26', 'The ceasefire itself was agreed at a meeting in Lusk on Monday, where the mediator brought both premiers together. It began at midnight that night.\n')).toContainEqual(['other', 'Ceasefire', '2056-04-24']);
    // The passive announcing is an agreement announced of its own day (agreement-announced.test.ts); the truce takes effect on the day after.
    expect(nounsOf('2056-04-26', 'A truce brokered by the Norwegians was announced by both armies on Saturday. It took effect at dawn on Sunday.\n')).toEqual([['other', 'Agreement announced', '2056-04-22'], ['other', 'Ceasefire', '2056-04-23']]);
  });

  it('reads a ceasefire announced on one day and in force on another as the announcing and the truce, each on its own day', () => {
    expect(nounsOf('2056-04-26', 'The ceasefire between Varn and Eskia was announced in Lusk on 20 April and entered into force on 23 April at 06:00 local time.\n')).toEqual([['other', 'Agreement announced', '2056-04-20'], ['other', 'Ceasefire', '2056-04-23']]);
  });

  it.each([
    // A wire's participle phrase, an agency release's first coordinated verb, a weekly's relative clause, a ministry bulletin's passive.
    ['2056-04-26', 'The truce, brokered by Norway and Chile after weeks of shuttle talks in Lusk, entered into force at dawn on Monday.', 'Ceasefire', '2056-04-24'],
    ['2056-04-26', 'The ceasefire, which both commanders had rejected out of hand only a week earlier, finally took hold on Tuesday night.', 'Ceasefire', '2056-04-25'],
    ['2056-04-26', 'A truce was declared along the river front on Sunday.', 'Ceasefire', '2056-04-23'],
  ])('reads a ceasefire taking effect with its verb far from it, on the verb\'s day, or declared in the passive (%s: "%s" → %s %s)', readAs);

  it('makes no report of its own day of a ceasefire only possible, a known one in a clause of time hung on another happening, or one that took effect long before', () => {
    const ceasefires = (body: string) => nounsOf('2056-04-26', `${body}\n`).filter(([, noun]) => noun === 'Ceasefire');
    expect(ceasefires('A ceasefire could enter into force next week, the mediator said.')).toEqual([]);
    expect(ceasefires('Aid lorries crossed into the valley on Tuesday after the truce took effect.')).toEqual([]);
    expect(ceasefires('Shops in Pola reopened on Tuesday once the ceasefire began.')).toEqual([]);
    expect(ceasefires('The ceasefire that entered into force in January has been broken twice this week.')).toEqual([['other', 'Ceasefire', '2056-01']]);
    // A truce brought in as new in that clause is still told by it.
    expect(ceasefires('Residents began asking on Tuesday when they could go home, after a ceasefire agreed in Malaysia took effect at midnight.')).toEqual([['other', 'Ceasefire', '2056-04-25']]);
  });

  it('makes no ceasefire of talks about one, of a pronoun after another subject, or after a truce that only qualifies a noun', () => {
    const ceasefires = (body: string) => nounsOf('2056-04-26', `${body}\n`).filter(([, noun]) => noun === 'Ceasefire');
    expect(ceasefires('Talks on a ceasefire began in Doha on Monday.')).toEqual([]);
    expect(ceasefires('The envoys held talks in Lusk on Sunday. It began at noon.')).toEqual([]);
    expect(ceasefires('The ceasefire line was drawn by the commission in 2031. It began as a pencil mark on a map.')).toEqual([]);
    expect(ceasefires('The ceasefire was agreed in Lusk on Monday.\n\nIt began at midnight on the border, a commander said.')).toEqual([]);
  });

  it.each([
    ['2062-03-16', 'We call on all parties to respect the agreement on humanitarian corridors signed in Ardun last month.', 'Agreement signed', '2062-02'],
    ['2062-03-16', 'The accord, signed on Monday by both sides, ends the dispute over the dam.', 'Agreement signed', '2062-03-13'],
    ['2062-03-16', 'A signing ceremony is set for 30 March in Stavan.', 'Agreement signed', '2062-03-30'],
    ['2062-03-16', 'The signing ceremony took place in Lusk on Tuesday, with both premiers present.', 'Agreement signed', '2062-03-14'],
    // The accented noun as the unaccented one ("communiqué" ends in a letter a word boundary does not count).
    ['2062-03-16', 'The joint communiqué, signed on Monday by both foreign ministers, reopens the border.', 'Agreement signed', '2062-03-13'],
    ['2062-03-16', 'The communiqué signed in Lusk on Tuesday sets out a timetable for the vote.', 'Agreement signed', '2062-03-14'],
    // A text named by what it is of.
    ['2062-03-16', 'The border pact grew out of a Protocol of Cooperation signed in the same hall on 2 February.', 'Agreement signed', '2062-02-02'],
  ])('reads a text signed told by the participle after its noun or by its ceremony (%s: "%s" → %s %s)', readAs);

  it.each([
    ['2062-03-16', 'The Minister of Foreign Affairs, Mrs Ilse Varn, signed on Thursday 9 March 2062 in Lusk, on behalf of the Republic of Velmark, a trade agreement with Estmark.', 'Agreement signed', '2062-03-09'],
    ['2062-03-16', 'The two governments had signed in Stavan, on 2 February last, a Declaration of Principles on the border.', 'Agreement signed', '2062-02-02'],
    ['2062-03-16', 'El canciller Tomas Ibar signed on Monday in Orsk, for the Republic, the fisheries protocol with the Union.', 'Agreement signed', '2062-03-13'],
  ])('reads a text signed in translated word order, day and place before the text (%s: "%s" → %s %s)', readAs);

  it('makes no signing of a letter or a petition so told', () => {
    const nouns = (body: string) => extractOne('2062-03-16', `${body}\n`).candidates.map((c) => c.noun);
    expect(nouns('The mayor signed on Friday in Lusk, on behalf of the city, a letter to the ministry.')).not.toContain('Agreement signed');
    expect(nouns('Thousands signed in Orsk, on Sunday, a petition against the dam.')).not.toContain('Agreement signed');
  });

  it.each([
    ['2062-03-16', 'Our director returned on Tuesday from a five-day mission to the Orsk refugee settlements.', 'Visit', '2062-03-14'],
    ['2062-03-16', 'The envoy began a fact-finding tour of the border villages on Monday.', 'Visit', '2062-03-13'],
  ])('reads a mission or tour counted in days or seeking facts as a visit (%s: "%s" → %s %s)', readAs);

  it.each([
    ['2065-03-12', 'General Secretary Mara Voss toured the Delft Road depot on Monday.', 'Visit', '2065-03-09'],
    ['2065-03-12', 'The premier toured flood-hit villages near Kessel on Tuesday.', 'Visit', '2065-03-10'],
    ['2065-03-12', 'The envoy began a tour of the border camps on Wednesday.', 'Visit', '2065-03-11'],
    ['2065-03-12', 'Our director visited the Sava delta on Tuesday.', 'Visit', '2065-03-10'],
    ['2065-03-12', 'Protesters were arrested during last Friday\'s visit of Foreign Minister Raul Ortega.', 'Visit', '2065-03-06'],
    ['2065-03-12', 'The visit of President Ilse Marr to Sorn ended on Tuesday.', 'Visit', '2065-03-10'],
    ['2065-03-12', 'Deputy Prime Minister Vesna Dor was welcomed to Kessel on Monday by the mayor.', 'Visit', '2065-03-09'],
    ['2065-03-12', 'The Pope was warmly welcomed back to Arvo on Sunday by the president.', 'Visit', '2065-03-08'],
  ])('reads a place toured or visited, a visit of someone and an arrival told by its welcome as a visit (%s: "%s" → %s %s)', readAs);

  it('dates a site toured by its own day when talks follow in the sentence, and makes no visit of a tour of duty or of a person visited', () => {
    const dated = (body: string) => extractOne('2065-03-12', `${body}\n`).candidates.map((c) => [c.kind, c.date.value]);
    expect(dated('General Secretary Mara Voss toured the Delft Road depot on Monday and held talks with the transport director, Piet Aalders.')).toEqual([
      ['other', '2065-03-09'],
      ['talks', '2065-03-09'],
    ]);
    expect(dated('The minister visited the new port of Lisse on Tuesday and met its director, Jon Vries.')).toEqual([
      ['other', '2065-03-10'],
      ['meeting', '2065-03-10'],
    ]);
    expect(dated('He completed a tour of duty in Kell in 2050.')).toEqual([]);
    expect(dated('The minister, who is on a three-nation tour of Southeast Asia, spoke to reporters.').filter(([kind]) => kind !== 'statement')).toEqual([]);
    expect(dated('She began a five-country tour of Africa on Monday.')).toEqual([]);
    expect(nounsOf('2065-03-12', 'The minister visited the prime minister on Tuesday.\n').filter(([, noun]) => noun === 'Visit')).toEqual([]);
  });

  it('reads a letter written to someone as a statement of its day, and none of letters to no one named', () => {
    const said = (body: string) => timelineWithoutGazetteer([article('letter', '2065-03-12', `${body}\n`)]).events.map((e) => [e.kind, e.date.value]);
    expect(said('On Monday, Foreign Minister Karim Mansour wrote to the UN Security Council asking for an urgent meeting.')).toEqual([['statement', '2065-03-09']]);
    expect(said('Prime Minister Ada Rusk sent a letter to President Ilse Marr on Tuesday urging her to reopen the border.')).toEqual([['statement', '2065-03-10']]);
    expect(said('In a letter to the European Commission on Wednesday, Foreign Minister Petra Lund warned of retaliation.')).toEqual([['statement', '2065-03-11']]);
    expect(said('Readers wrote to us about the decision on Monday.')).toEqual([]);
  });

  it('makes no visit of a standing mission', () => {
    expect(nounsOf('2062-03-16', 'The UN peacekeeping mission to Mali ended its mandate on Monday.\n')).toEqual([]);
  });

  it('reads a briefing of officials or backers in person as a meeting, and none of reporters or by phone', () => {
    const dated = (body: string) => extractOne('2062-03-16', `${body}\n`).candidates.filter((c) => c.kind !== 'statement').map((c) => [c.kind, c.date.value, c.status]);
    expect(dated('Our director will brief donors in Geneva on 23 March.')).toEqual([['meeting', '2062-03-23', 'planned']]);
    expect(dated('The envoy briefed EU ambassadors in Brussels on Tuesday about the ceasefire.')).toEqual([['meeting', '2062-03-14', 'occurred']]);
    expect(dated('The spokesman briefed reporters on Tuesday.')).toEqual([]);
    expect(dated('The minister briefed the cabinet by phone on Tuesday.')).toEqual([]);
  });

  it('reads the present "meets" of previews and liveblogs as a meeting, and not a standard or a demand met', () => {
    const meetings = (body: string) => extractOne('2062-03-16', `${body}\n`).candidates.filter((c) => c.kind === 'meeting').map((c) => [c.date.value, c.status]);
    expect(meetings('The next test comes on 20 March, when the joint border commission meets in Lusk.')).toEqual([['2062-03-20', 'planned']]);
    expect(meetings('Foreign Minister Ilse Arlov meets her Estmark counterpart in Lusk on 20 March to discuss the fisheries row.')).toEqual([['2062-03-20', 'planned']]);
    expect(meetings('The new reactor meets every safety standard, the regulator said on Monday.')).toEqual([]);
    expect(meetings('The revised budget meets the demands of both coalition parties.')).toEqual([]);
  });

  it('makes no signing of a text only to be signed, nor a summit of a mountain\'s top', () => {
    expect(nounsOf('2062-03-16', 'The agreement to be signed in Ardun next month is still being drafted.\n').filter(([, noun]) => noun === 'Agreement signed')).toEqual([]);
    expect(kindsOf('2062-03-16', "Meanwhile the town's summit walk up Kestrel Pike raised £4,000 for the hospital on Sunday.\n")).toEqual([]);
    expect(kindsOf('2062-03-16', 'Two climbers from Varn reached the summit of Mount Arvel on Saturday.\n')).toEqual([]);
    expect(kindsOf('2062-03-16', 'Leaders of the lake states met at a summit in Port Ilsa on Monday.\n')).toEqual(['summit']);
    expect(kindsOf('2062-03-16', 'The summit of Gulf leaders opened in Doha on Monday.\n')).toEqual(['summit']);
  });

  it('reads an appointment told in the passive, and no such event of a panel appointed, the court as a place or a package still to be agreed', () => {
    expect(nounsOf('2056-03-31', 'Priya Nair, who was appointed on Friday morning, flew to Ottawa.\n').filter(([, noun]) => noun === 'Appointment')).toEqual([['other', 'Appointment', '2056-03-31']]);
    // A panel appointed to look into something, the court as a place, a package still to be agreed: no such event.
    expect(nounsOf('2056-03-31', 'She was appointed to lead the inquiry on Friday.\n').filter(([, noun]) => noun === 'Appointment')).toEqual([]);
    expect(nounsOf('2056-03-10', 'The lawyers met outside the court on Thursday.\n').filter(([, noun]) => noun === 'Ruling')).toEqual([]);
    expect(nounsOf('2056-03-22', 'Ministers hope to agree an aid package next month.\n').filter(([, noun]) => noun === 'Aid')).toEqual([]);
  });

  it('reads strikes told in the passive, by what they hit', () => {
    expect(kindsOf('2056-04-05', 'Two power substations were hit by Russian missiles on Tuesday.\n')).toEqual(['strike']);
    expect(kindsOf('2056-04-05', 'The striker was hit by a late tackle on Tuesday.\n')).toEqual([]);
  });

  it('makes no event of sanctions threatened, a deal sought or a ceasefire called for', () => {
    expect(nounsOf('2025-07-30', 'Russia would face sanctions on Friday unless a deal was reached.\n')).toEqual([]);
    expect(nounsOf('2025-04-26', 'Trump said on Friday that the two sides were very close to a deal.\n').filter(([kind]) => kind === 'other')).toEqual([]);
    expect(nounsOf('2025-03-12', 'Kyiv backed a 30-day ceasefire on Tuesday.\n').filter(([kind]) => kind === 'other')).toEqual([]);
  });
});

describe('comesByCalendar', () => {
  it('holds for an anniversary and for nothing that needs a report to have happened', () => {
    expect(comesByCalendar('other', 'Anniversary')).toBe(true);
    expect(comesByCalendar('other', 'Rally')).toBe(false);
    expect(comesByCalendar('talks', undefined)).toBe(false);
  });
});
