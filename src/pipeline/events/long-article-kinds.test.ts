// Classes found on events-22 (full-length articles), each tested on paraphrases of our own (other
// words, order and outlets' styles) and a near miss that must not change.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

const read = (published: string, body: string) => extractOne(published, `${body}\n`).candidates.map((c) => [c.kind, c.date.value]);
const kinds = (published: string, body: string) => extractOne(published, `${body}\n`).candidates.map((c) => c.kind);

describe('a call told by who was spoken to, then "by phone"', () => {
  it.each([
    ['She spoke to the Commission president by phone on Wednesday to reassure Brussels.', '2058-03-20'],
    ['On Tuesday the chancellor talked to the Polish prime minister over the phone.', '2058-03-19'],
    ['Mr Haddad said he had spoken to Secretary Whitcomb on Wednesday by telephone.', '2058-03-20'],
  ])('"%s" is a call on %s', (sentence, day) => expect(read('2058-03-22', sentence)).toEqual([['call', day]]));

  it('dates it by the day after "by phone", not by a day of the clause before', () => {
    const { candidates } = extractOne('2058-03-22', 'Zelensky met the envoys twice last week, on Tuesday and again on Thursday, and spoke to Putin by phone on Wednesday.\n');
    const call = candidates.find((c) => c.kind === 'call');
    expect(call?.date.value).toBe('2058-03-20');
  });

  it('makes no call of someone speaking to the press by phone', () => {
    expect(kinds('2058-03-22', 'The minister spoke to reporters by phone on Monday.')).not.toContain('call');
  });
});

describe('a vote told by its outcome or its time', () => {
  it.each([
    ['The coalition government lost a vote of no confidence on Friday.', '2058-03-22'],
    ['The cabinet narrowly survived a no-confidence motion on Tuesday, by four votes.', '2058-03-19'],
    ['Parliament voted in December to keep two crossings open.', '2057-12'],
    ['Lawmakers voted last week against the budget.', '2058-W11'],
  ])('"%s" is a vote on %s', (sentence, day) => expect(read('2058-03-22', sentence)).toEqual([['other', day]]));

  it('makes no vote of one threatened', () => {
    expect(kinds('2058-03-22', 'The opposition has threatened a vote of no confidence.')).toEqual([]);
  });
});

describe('a strike told by one noun and what it hit or did', () => {
  it.each([
    ['The attack on the Burshtyn power plant on January 3 left half a million homes without heat.', '2058-01-03'],
    ['An Israeli strike killed one of its commanders in Beirut on 1 April.', '2058-04-01'],
    ['On Sunday an attack on a fuel depot near Lviv set tanks ablaze.', '2058-04-07'],
  ])('"%s" is a strike on %s', (sentence, day) => expect(read('2058-04-10', sentence)).toEqual([['strike', day]]));

  it('makes no strike of words attacking a budget', () => {
    expect(kinds('2058-04-10', "The opposition leader's attack on the budget on Monday drew applause.")).toEqual([]);
  });
});

describe('bodies exchanged', () => {
  it.each([
    ['Since then, the two sides have exchanged the bodies of eleven soldiers, on March 6 at the border.', '2058-03-06'],
    ['Russia and Ukraine swapped the remains of 500 fallen soldiers on Friday.', '2058-03-08'],
  ])('"%s" is an exchange on %s', (sentence, day) => expect(read('2058-03-14', sentence)).toEqual([['exchange', day]]));

  it('makes no exchange of accusations', () => {
    expect(kinds('2058-03-14', 'The two sides exchanged accusations on Friday.')).toEqual([]);
  });
});

describe('a statement to a body of listeners', () => {
  it.each([
    ['“We will not sign anything,” the defence minister told a rally in Port Sudan on Wednesday.', '2058-02-20'],
    ['The finance minister told a congressional committee on Monday that rates would stay on hold.', '2058-02-18'],
    ['On Tuesday the minister told a gathering of party activists that the coalition was over.', '2058-02-19'],
  ])('"%s" is a statement on %s', (sentence, day) => expect(read('2058-02-23', sentence).filter(([k]) => k === 'statement')).toEqual([['statement', day]]));

  it('makes no statement of a story told to a friend', () => {
    expect(kinds('2058-02-23', 'She told a friend the story on Monday.')).toEqual([]);
  });
});

describe('an election dated by its own noun phrase', () => {
  it.each([
    ['Her party came second in the October 2057 election.', '2057-10'],
    ['Since the January election, no government has had a majority.', '2058-01'],
  ])('"%s" is an election of %s', (sentence, day) => expect(read('2058-03-22', sentence)).toEqual([['other', day]]));

  it('makes no election of one that would come', () => {
    expect(kinds('2058-03-22', "An early election would be Bulgaria's eighth since 2021.")).toEqual([]);
  });
});

describe('an ambassador summoned', () => {
  it.each([
    ['The foreign ministry summoned the Iranian ambassador on Tuesday over the seizure of a tanker.', '2058-03-19'],
    ["Berlin summoned Russia's envoy on Thursday to protest against the hacking.", '2058-03-21'],
    ["Chile's chargé d'affaires was summoned to the ministry on Monday.", '2058-03-18'],
  ])('"%s" is a meeting on %s', (sentence, day) => expect(read('2058-03-22', sentence)).toEqual([['meeting', day]]));

  it('makes no meeting of a witness summoned or courage summoned', () => {
    expect(kinds('2058-03-22', 'The court summoned two witnesses on Monday.')).toEqual([]);
    expect(kinds('2058-03-22', 'She summoned the courage to speak on Monday.')).toEqual([]);
  });
});

describe('a statement made in a speech, an interview or an address', () => {
  it.each([
    ['The defence minister said in a televised speech on Tuesday that the army would not retreat.', '2058-03-19'],
    ['The foreign minister said in an interview with the radio on Thursday that the quota was unfair.', '2058-03-21'],
    ['On Wednesday the prime minister warned in a short address to the nation that prices would rise.', '2058-03-20'],
  ])('"%s" is a statement on %s', (sentence, day) => expect(read('2058-03-22', sentence).filter(([k]) => k === 'statement')).toEqual([['statement', day]]));

  it('makes none of a speech still to come', () => {
    expect(kinds('2058-03-22', 'The president is expected to set out his plans in a televised speech.').filter((k) => k === 'statement')).toEqual([]);
  });
});

describe('a ceasefire that took hold', () => {
  it.each([
    ['A truce brokered by Qatar took hold on Sunday night.', '2058-03-17'],
    ['The ceasefire, which took hold at midnight on Tuesday, has largely held.', '2058-03-19'],
    ['On Monday a fragile cease-fire took hold along the front.', '2058-03-18'],
  ])('"%s" is a ceasefire on %s', (sentence, day) => expect(read('2058-03-22', sentence)).toEqual([['other', day]]));

  it('makes none of panic taking hold, nor of a truce that never did', () => {
    expect(kinds('2058-03-22', 'Panic took hold on Monday as markets fell.')).toEqual([]);
    expect(kinds('2058-03-22', 'The truce never took hold.')).toEqual([]);
  });
});

describe('sides that sat down at a venue', () => {
  it.each([
    ['Negotiators from both sides sat down in Doha on Monday.', '2058-03-18'],
    ['The delegations sat down at the Hofburg on Tuesday morning.', '2058-03-19'],
    ['On Thursday the two teams sat down in Geneva.', '2058-03-21'],
  ])('"%s" is talks on %s', (sentence, day) => expect(read('2058-03-22', sentence)).toEqual([['talks', day]]));

  it('makes none of someone sitting down in a seat', () => {
    expect(kinds('2058-03-22', 'The minister sat down in the front row on Monday.')).toEqual([]);
    expect(kinds('2058-03-22', 'He sat down at his desk on Monday and wrote the letter.')).toEqual([]);
  });
});

describe('a sitting walked out of was held', () => {
  it.each([
    ['The army delegation walked out of a session in Jeddah on Monday.', '2058-03-18'],
    ['On Tuesday the Russian side walked out of the meeting in Tromsø.', '2058-03-19'],
    ["Both delegations walked out of Wednesday's session in protest.", '2058-03-20'],
  ])('"%s" is a meeting on %s', (sentence, day) => expect(read('2058-03-22', sentence)).toEqual([['meeting', day]]));

  it('keeps talks walked out of a suspension', () => {
    expect(read('2058-03-22', 'On Tuesday the opposition walked out of the talks in Geneva.')).toEqual([['other', '2058-03-19']]);
  });
});

describe('not held until a day: held that day', () => {
  it.each([
    ['They did not meet face to face until Friday afternoon.', 'meeting', '2058-03-22'],
    ['The two presidents did not speak by phone until Tuesday.', 'call', '2058-03-19'],
    ['The envoys did not sit down together until March 12.', 'meeting', '2058-03-12'],
  ])('"%s" is a %s on %s', (sentence, kind, day) => expect(read('2058-03-22', sentence)).toEqual([[kind, day]]));

  it('makes none of a meeting not held, or held only once something happens', () => {
    expect(kinds('2058-03-22', 'They did not meet on Friday.')).toEqual([]);
    expect(kinds('2058-03-22', 'They will not meet until the shelling stops.')).toEqual([]);
  });
});

describe('positions that came under fire', () => {
  it.each([
    ['Azerbaijan said its posts near Lachin had come under fire on Monday night.', '2058-03-18'],
    ['A convoy came under attack near Kherson on Tuesday.', '2058-03-19'],
    ['Armenian positions came under heavy artillery fire on Thursday.', '2058-03-21'],
  ])('"%s" is a strike on %s', (sentence, day) => expect(read('2058-03-22', sentence).filter(([k]) => k !== 'statement')).toEqual([['strike', day]]));

  it('makes none of a minister under fire from critics', () => {
    expect(kinds('2058-03-22', 'The minister came under fire from critics on Monday over the deal.')).toEqual([]);
    expect(kinds('2058-03-22', 'The plan has come under fire for its cost.')).toEqual([]);
  });
});

describe('a statement to the press told as speaking to it', () => {
  it.each([
    ['Zelensky spoke to reporters in Kyiv on Wednesday.', '2058-03-20'],
    ['The minister spoke to journalists in Brussels on Monday.', '2058-03-18'],
    ['Talking to reporters outside parliament on Tuesday, Zelensky said he would stay.', '2058-03-19'],
  ])('"%s" is a statement on %s', (sentence, day) => expect(read('2058-03-22', sentence)).toEqual([['statement', day]]));

  it('makes no statement of speaking to a minister', () => {
    expect(kinds('2058-03-22', 'She spoke to the minister about the plan.')).toEqual([]);
    expect(kinds('2058-03-22', 'Zelensky met Putin in Geneva on Friday. Zelensky spoke to reporters after the meeting.').filter((k) => k === 'statement')).toEqual([]);
  });
});

describe('a denial ends where its subject goes on to say something else', () => {
  it.each([
    ["Azerbaijan's defence ministry denied firing first and said its posts had come under fire on Monday night.", 'strike', '2058-03-18'],
    ['Moscow denied the report and said Witkoff and Putin had met on Tuesday.', 'meeting', '2058-03-19'],
    ['Kyiv denied shelling the town and insisted that its own positions had been hit by Russian drones on Sunday.', 'strike', '2058-03-17'],
  ])('"%s" keeps a %s on %s', (sentence, kind, day) => expect(read('2058-03-22', sentence).filter(([k]) => k !== 'statement')).toEqual([[kind, day]]));

  it('still makes none of what is denied', () => {
    expect(kinds('2058-03-22', 'The Kremlin denied that Putin and Witkoff had met on Tuesday.').filter((k) => k !== 'statement')).toEqual([]);
    expect(kinds('2058-03-22', 'The ministry denied reports that the envoys had met and talked on Tuesday.').filter((k) => k !== 'statement')).toEqual([]);
  });
});

describe('a government sworn in', () => {
  it.each([
    ["Dimova's government was sworn in on March 9 after a three-month stalemate.", '2058-03-09'],
    ['The new cabinet was sworn in at the presidential palace on Monday.', '2058-03-18'],
    ['On Tuesday the ministers were sworn in before parliament.', '2058-03-19'],
  ])('"%s" is an appointment on %s', (sentence, day) => expect(read('2058-03-22', sentence)).toEqual([['other', day]]));

  it('makes none of a jury sworn in', () => {
    expect(kinds('2058-03-22', 'The jury was sworn in on Monday.')).toEqual([]);
  });
});

describe('a party that left the coalition', () => {
  it.each([
    ['His party, Renewal, quit the coalition on March 14.', '2058-03-14'],
    ['The Greens left the governing coalition on Tuesday over the budget.', '2058-03-19'],
    ['On Monday the Farmers Union pulled out of the ruling coalition.', '2058-03-18'],
  ])('"%s" is a coalition exit on %s', (sentence, day) => expect(read('2058-03-22', sentence)).toEqual([['other', day]]));

  it('makes none of a threat to leave it', () => {
    expect(kinds('2058-03-22', 'The Greens threatened on Tuesday to quit the coalition.')).toEqual([]);
  });
});

describe('a march or protest that people took part in', () => {
  it.each([
    ["Police said about 8,000 people took part in Thursday's march, the largest so far.", '2058-03-21'],
    ['Thousands joined a protest outside parliament on Tuesday.', '2058-03-19'],
    ['Some 20,000 people took part in the demonstration in Sofia on Sunday.', '2058-03-17'],
  ])('"%s" is a rally on %s', (sentence, day) => expect(read('2058-03-22', sentence).filter(([k]) => k !== 'statement')).toEqual([['other', day]]));

  it('makes none of a part taken in talks, or of the month of March', () => {
    expect(kinds('2058-03-22', 'Since March, few people have taken part in the debate.')).toEqual([]);
  });
});

describe('offices raided', () => {
  it.each([
    ['The crisis began on March 5, when prosecutors raided the offices of Bulgargaz.', '2058-03-05'],
    ["Police raided the party's headquarters on Monday.", '2058-03-18'],
    ["The ministry's offices were raided by anti-corruption investigators on Tuesday.", '2058-03-19'],
  ])('"%s" is a raid on %s', (sentence, day) => expect(read('2058-03-22', sentence)).toEqual([['other', day]]));

  it('makes none of a fridge raided', () => {
    expect(kinds('2058-03-22', 'The children raided the fridge on Monday.')).toEqual([]);
  });
});
