import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, reportedIn } from '../../../tests/support/pipeline.ts';
import type { Timeline } from '../types.ts';

const gatheringsIn = (reports: Timeline, source: string) => reportedIn(reports, source, 'talks', 'meeting');

// Short reports of our own: a later sentence about the same gathering says who else was there.
const timeline = timelineWithoutGazetteer([
  article('also-attended', '2039-06-02', 'Moldovan and Romanian ministers held talks in Chisinau on Monday on the bridge. Romanian state secretary Dan Popa also attended the talks, the ministry said.\n'),
  article('joined-later', '2039-06-04', 'Uruguayan President Ana Ruiz hosted Paraguayan President Luis Benitez in Montevideo on Tuesday. Paraguayan Foreign Minister Rosa Gimenez joined the talks later in the day.\n'),
  article('said-after', '2039-06-06', 'Tunisian and Algerian negotiators met in Tunis on Wednesday. Algerian envoy Karim Haddad said after the meeting that both sides would meet again.\n'),
  article('commented', '2039-06-08', 'Tunisian and Algerian negotiators met in Algiers on Friday. Tunisian President Sami Ben Ali said on Saturday that the meeting had been useful.\n'),
]);

describe('people a later sentence puts at the gathering', () => {
  it('adds who "also attended" or "joined" it to the one gathering, not to another', () => {
    expect(gatheringsIn(timeline, 'also-attended')).toHaveLength(1);
    expect(idsOf(gatheringsIn(timeline, 'also-attended')[0]!.roles?.present)).toEqual(['dan-popa']);
    expect(gatheringsIn(timeline, 'joined-later')).toHaveLength(1);
    expect(idsOf(gatheringsIn(timeline, 'joined-later')[0]!.roles?.present)).toContain('rosa-gimenez');
  });

  it('adds who spoke right after it, but not who only commented on it', () => {
    expect(idsOf(gatheringsIn(timeline, 'said-after')[0]!.roles?.present)).toEqual(['karim-haddad']);
    expect(idsOf(gatheringsIn(timeline, 'commented')[0]!.roles?.present)).not.toContain('sami-ben-ali');
  });
});

const following = timelineWithoutGazetteer([
  article('led-own-delegation', '2039-07-02', 'Peruvian and Bolivian negotiators met in La Paz on Monday on the lake. Peruvian envoy Marta Quispe led her country’s delegation.\n'),
  article('and-counterpart', '2039-07-04', 'Estonian and Finnish foreign ministers met in Tallinn on Tuesday. Estonian Foreign Minister Kaarel Tamm and his Finnish counterpart Jussi Lehto discussed the ferry link.\n'),
  article('said-afterwards-while', '2039-07-06', 'The talks in Windhoek brought Namibian and Botswanan officials together on Wednesday. Botswana’s envoy, Kagiso Molefe, said afterwards that the sides had narrowed their differences, while Namibian opposition leader Petrus Shikongo denounced the deal.\n'),
  article('said-afterwards-talks-while', '2039-07-07', 'The talks in Gaborone brought Namibian and Botswanan officials together on Thursday. Namibia’s envoy, Hage Nujoma, said afterwards that the talks went well, while Botswanan opposition leader Duma Boko denounced them.\n'),
  article('chaired', '2039-07-09', 'Malian and Nigerien negotiators met in Lome on Friday. “We brought the two sides together,” said Togolese envoy Kossi Agbo, who chaired the session.\n'),
  article('with-him-at', '2039-07-10', 'Uruguayan President Tomas Ferrer met Paraguayan officials in Asuncion on Monday.\n\nThe presidency said Ferrer had an aide with him at the meeting, his trade adviser Lucia Bentancur.\n'),
  article('other-paragraph', '2039-07-08', 'Chilean and Argentine ministers met in Santiago on Thursday.\n\nIn Brasilia, Brazilian and Uruguayan envoys held talks on Friday. Brazilian envoy Paulo Costa led his country’s delegation.\n'),
]);

describe('people the next sentence of the paragraph puts at the gathering', () => {
  it('adds who led a side or sat with a counterpart', () => {
    expect(idsOf(gatheringsIn(following, 'led-own-delegation')[0]?.roles?.present)).toEqual(['marta-quispe']);
    expect(idsOf(gatheringsIn(following, 'and-counterpart')[0]?.roles?.present)).toEqual(['kaarel-tamm', 'jussi-lehto']);
  });

  it('adds who chaired it, and who was with a person at it', () => {
    expect(idsOf(gatheringsIn(following, 'chaired')[0]?.roles?.present)).toEqual(['kossi-agbo']);
    expect(idsOf(gatheringsIn(following, 'with-him-at')[0]?.roles?.present)).toContain('lucia-bentancur');
  });

  it('adds who spoke afterwards, not who is named in a clause about others after it', () => {
    expect(idsOf(gatheringsIn(following, 'said-afterwards-while')[0]?.roles?.present)).toEqual(['kagiso-molefe']);
    expect(idsOf(gatheringsIn(following, 'said-afterwards-talks-while')[0]?.roles?.present)).not.toContain('duma-boko');
  });

  it('adds them to the gathering told in their paragraph, not to the one before it', () => {
    const [santiago, brasilia] = ['santiago', 'brasilia'].map((place) => gatheringsIn(following, 'other-paragraph').find((e) => e.place?.id === place));
    expect(idsOf(brasilia?.roles?.present)).toEqual(['paulo-costa']);
    expect(idsOf(santiago?.roles?.present)).toEqual([]);
  });
});

const summits = timelineWithoutGazetteer([
  article('sidelines-after', '2039-06-10', 'Leaders gathered in Dakar on Sunday for the West African summit. Ghanaian President Kofi Mensah met Ivorian President Alassane Kone on the sidelines.\n'),
  article('sidelines-before', '2039-06-12', 'The water summit opened in Dushanbe on Monday. On the sidelines, Danish Minister Lars Berg held talks with Finnish Minister Anni Virta.\n'),
  article('no-sidelines', '2039-06-14', 'Leaders gathered in Dakar on Sunday for the West African summit. Ghanaian President Kofi Mensah met Ivorian President Alassane Kone on Tuesday.\n'),
]);

describe('a meeting on the sidelines', () => {
  it('is where the gathering told just before or beside it is', () => {
    expect(gatheringsIn(summits, 'sidelines-after')[0]!.place?.id).toBe('dakar');
    expect(gatheringsIn(summits, 'sidelines-before')[0]!.place?.id).toBe('dushanbe');
  });

  it('is not placed there without the sidelines', () => {
    expect(gatheringsIn(summits, 'no-sidelines')[0]!.place).toBeFalsy();
  });
});

// One article telling a summit's session of many leaders and a meeting of two on its sidelines, both dated: two reports, in any outlet's words.
const besideTheSession = timelineWithoutGazetteer([
  article('heads-then-sidelines', '2039-06-17', 'Heads of state and government of the 24 member states met in Accra on Thursday and adopted a declaration on grain reserves. Ghanaian President Kofi Mensah met Nigerian President Bola Adeyemi on the sidelines on Thursday for forty minutes.\n'),
  article('sidelines-then-leaders', '2039-06-20', 'Zambian President Peter Mwale will meet Angolan President Joao Neto on the sidelines in Lusaka on Sunday. Leaders of the 15 nations meet in Lusaka on Sunday for a single working session.\n'),
  article('sidelines-then-pair', '2039-06-22', 'Kenyan President Daniel Ruto met Ethiopian Prime Minister Abiy Tesfaye on the sidelines of the summit in Addis Ababa on Saturday. The two leaders met on Saturday for an hour, officials said.\n'),
]);

describe('a meeting on the sidelines and the session of many leaders it was held beside', () => {
  it('are two reports when one article dates both, whichever it tells first', () => {
    expect(gatheringsIn(besideTheSession, 'heads-then-sidelines')).toHaveLength(2);
    expect(gatheringsIn(besideTheSession, 'sidelines-then-leaders')).toHaveLength(2);
  });

  it('are one when the second sentence tells of the same two ("the two leaders met")', () => {
    expect(gatheringsIn(besideTheSession, 'sidelines-then-pair')).toHaveLength(1);
  });
});

// Speakers telling the press after a gathering of their own, the saying itself no event (the attribution of the dated gathering).
const afterTheirOwn = timelineWithoutGazetteer([
  article('told-after-their', '2039-08-06', 'President Milan Horvat and Prime Minister Ivo Kranjec told reporters after their meeting in Zagreb on Monday that the rail link would open in June.\n'),
  article('told-after-her-talks-with', '2039-08-08', 'Prime Minister Helen Ashworth told reporters after her talks with Chancellor Ruth Albers in Berlin on Thursday that the deal was close.\n'),
  article('after-someone-elses', '2039-08-10', 'Opposition leader Karl Brenner told reporters after the chancellor’s meeting in Vienna on Wednesday that nothing had changed.\n'),
  article('told-later-of-it', '2039-08-12', 'Chancellor Ruth Albers told reporters on Thursday that her meeting in Vienna on Tuesday had gone well.\n'),
]);

describe('who speak after a gathering of their own', () => {
  it('puts them at it: "told reporters after their meeting", "after her talks with …"', () => {
    expect(idsOf(gatheringsIn(afterTheirOwn, 'told-after-their')[0]?.roles?.present)).toEqual(['milan-horvat', 'ivo-kranjec']);
    expect(idsOf(gatheringsIn(afterTheirOwn, 'told-after-her-talks-with')[0]?.roles?.present).sort()).toEqual(['helen-ashworth', 'ruth-albers']);
    expect(gatheringsIn(afterTheirOwn, 'told-after-their')[0]?.title).toBe('Horvat and Kranjec meet in Zagreb');
  });

  it('not after a gathering of someone else\'s, nor when they tell of it later', () => {
    expect(idsOf(gatheringsIn(afterTheirOwn, 'after-someone-elses')[0]?.roles?.present)).toEqual([]);
    expect(idsOf(gatheringsIn(afterTheirOwn, 'told-later-of-it').find((e) => e.kind === 'meeting')?.roles?.present)).toEqual([]);
  });
});

// Company told after the event, in sentences of their own ("On the line were …", "Joining them were …"), in wire and readout styles.
const company = timelineWithoutGazetteer([
  article('on-the-line', '2039-08-04', 'Romanian and Moldovan leaders held a phone call on Tuesday. The call lasted an hour. On the line were Romanian Prime Minister Ion Marin and Moldovan President Elena Rusu.\n'),
  article('with-them-on-the-line', '2039-08-06', 'Velsland and Nordmark leaders spoke by telephone on Friday. With them on the line was trade envoy Piet Maas.\n'),
  article('taking-part-call', '2039-08-07', 'The two governments held a video call on Wednesday. It lasted two hours. Taking part were Deputy Minister Ana Lind and envoy Karl Berg.\n'),
  article('joining-them', '2039-08-08', 'Uruguay and Paraguay held talks in Asuncion on Monday. Joining them were Foreign Minister Rosa Gimenez and envoy Luis Benitez.\n'),
]);

describe('people told as the company of a call or a gathering after it', () => {
  it('take part in a call: "On the line were …", "With them on the line was …", "Taking part were …"', () => {
    expect(idsOf(reportedIn(company, 'on-the-line', 'call')[0]?.roles?.present)).toEqual(['ion-marin', 'elena-rusu']);
    expect(idsOf(reportedIn(company, 'with-them-on-the-line', 'call')[0]?.roles?.present)).toEqual(['piet-maas']);
    expect(idsOf(reportedIn(company, 'taking-part-call', 'call')[0]?.roles?.present)).toEqual(['ana-lind', 'karl-berg']);
  });

  it('take part in talks: "Joining them were …"', () => {
    expect(idsOf(gatheringsIn(company, 'joining-them')[0]?.roles?.present)).toEqual(['rosa-gimenez', 'luis-benitez']);
  });

  it.each([
    ['briefed', 'Velsland and Nordmark leaders spoke by telephone on Friday. Finance Minister Piet Maas was briefed on the call.\n'],
    ['informed', 'The two governments held a video call on Wednesday. Economy Minister Karl Berg was kept informed on the call by aides.\n'],
  ])('but one only told about the call (%s on it) is no company', (id, body) => {
    const told = timelineWithoutGazetteer([article(`about-the-call-${id}`, '2039-08-10', body)]);
    expect(idsOf(reportedIn(told, `about-the-call-${id}`, 'call')[0]?.roles?.present)).toEqual([]);
  });

  it.each([
    ['also-on-the-call', 'Prime Minister Ana Lind spoke by phone with President Karl Osk on Tuesday. Also on the call were Finance Minister Per Holm and Defence Minister Eva Strand.\n', ['ana-lind', 'karl-osk', 'per-holm', 'eva-strand']],
    ['joining-them-on-the-call', 'The Taoiseach, Michael Breen, spoke with Chancellor Otto Kranz by telephone on Monday evening. Joining them on the call was Foreign Minister Siobhan Nolan.\n', ['michael-breen', 'otto-kranz', 'siobhan-nolan']],
  ])('join a call whose callers are named before them (%s)', (id, body, present) => {
    const told = timelineWithoutGazetteer([article(id, '2039-08-10', body)]);
    expect(reportedIn(told, id, 'call')[0]?.participants.map((p) => p.id)).toEqual(present);
  });

  // A participant told by how they took part, in a sentence of their own after the gathering: by telephone or video, or sitting in.
  it.each([
    ['by-telephone', 'Mayor Ana Lind met union leader Karl Osk in Kessel on Monday. The meeting lasted an hour. Port director Per Holm sat in, and Governor Eva Strand joined by telephone.\n', ['ana-lind', 'karl-osk', 'per-holm', 'eva-strand']],
    ['by-video', 'Coach Rosa Gimenez met club president Luis Benitez in Asuncion on Friday. Team captain Jorge Vidal joined by video from Lima.\n', ['rosa-gimenez', 'luis-benitez', 'jorge-vidal']],
    ['over-the-phone', 'Chief executive Ilse Brandt met Piet Maas in Orsk on Sunday. The banker Otto Kranz joined over the phone.\n', ['ilse-brandt', 'piet-maas', 'otto-kranz']],
  ])('take part in a meeting they sat in on or joined from afar (%s)', (id, body, present) => {
    const told = timelineWithoutGazetteer([article(id, '2039-08-10', body)]);
    expect(gatheringsIn(told, id)[0]?.participants.filter((p) => present.includes(p.id)).map((p) => p.id).sort()).toEqual([...present].sort());
  });

  it('but one who sat in a place is no company', () => {
    const told = timelineWithoutGazetteer([article('sat-in-the-hall', '2039-08-10', 'Mayor Ana Lind met union leader Karl Osk in Kessel on Monday. Governor Eva Strand sat in the front row of the hall.\n')]);
    expect(idsOf(gatheringsIn(told, 'sat-in-the-hall')[0]?.participants)).not.toContain('eva-strand');
  });

  it('but the line of a front or a call for calm is no company', () => {
    const other = timelineWithoutGazetteer([article('front-line', '2039-08-09', 'Uruguay and Paraguay held talks in Asuncion on Monday. On the front line, commander Jorge Vidal said the guns were silent.\n')]);
    expect(idsOf(gatheringsIn(other, 'front-line')[0]?.roles?.present)).toEqual([]);
  });
});
