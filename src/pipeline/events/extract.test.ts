import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

describe('extractEvents', () => {
  it('dates a call by the weekday of its sentence, in the tense of the sentence', () => {
    const { candidates } = extractOne('2026-02-25', 'Zelenskyy confirmed that he held a 30-minute call with Trump on Wednesday.\n\nOn Thursday in Geneva, Umerov is scheduled to meet Witkoff.\n');
    const [call, meeting] = candidates;
    expect(call).toMatchObject({ kind: 'call', status: 'occurred', date: { value: '2026-02-25' }, participants: ['volodymyr-zelenskyy', 'donald-trump'], datedByPublication: false });
    expect(call?.duration).toBe('PT30M');
    expect(meeting).toMatchObject({ kind: 'meeting', status: 'planned', date: { value: '2026-02-26' }, place: 'geneva', participants: ['rustem-umerov', 'steve-witkoff'] });
  });

  it('puts the author of a quotation telling a call in the first person on the line, named where the quotation closes', () => {
    const { candidates } = extractOne('2025-10-18', '"I spoke with President Donald Trump on Friday. We discussed air defence," Zelensky wrote on Telegram.\n');
    expect(candidates[0]).toMatchObject({ kind: 'call', date: { value: '2025-10-17' } });
    expect(candidates[0]?.participants).toEqual(expect.arrayContaining(['donald-trump', 'volodymyr-zelenskyy']));
    // A quotation in the third person is the author's telling of others' call.
    const told = extractOne('2025-10-18', '"Putin spoke with Donald Trump on Friday. They discussed air defence," Zelensky wrote on Telegram.\n');
    expect(told.candidates[0]?.participants).not.toContain('volodymyr-zelenskyy');
  });

  it('gives an undated past-tense lead report the publication date, and says so', () => {
    const { candidates } = extractOne('2025-02-12', 'President Donald Trump announced a lengthy phone call with Vladimir Putin.\n');
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ kind: 'call', date: { value: '2025-02-12' }, datedByPublication: true, participants: ['donald-trump', 'vladimir-putin'] });
  });

  it('tells two calls in one sentence apart by the clause each is in', () => {
    const { candidates } = extractOne('2025-02-12', 'Trump announced a phone call with Putin. Following Trump’s conversation with Putin, Zelensky also spoke with the U.S. president.\n');
    expect(candidates.map((c) => c.participants)).toEqual([['donald-trump', 'vladimir-putin'], ['volodymyr-zelenskyy', 'donald-trump']]);
    expect(candidates[0]?.evidence.map((e) => e.sentence)).toEqual([0, 1]);
  });

  it('lets a definite reference add evidence, not people', () => {
    const { candidates } = extractOne('2025-02-12', 'Trump announced a phone call with Putin. Kremlin spokesman Dmitry Peskov confirmed the phone call lasted nearly 90 minutes.\n');
    expect(candidates).toHaveLength(1);
    expect(candidates[0]?.participants).toEqual(['donald-trump', 'vladimir-putin']);
    expect(candidates[0]?.evidence).toHaveLength(2);
  });

  it('makes no event of negations, generic plurals, demands or undated plans, and warns about the plans', () => {
    const { candidates, warnings } = extractOne(
      '2025-11-24',
      'The Kremlin confirmed there are no scheduled meetings this week. Despite multiple meetings this year, nothing moved. Moran joined the call for Tomahawks. Zelensky is expected to speak directly with Trump soon.\n',
    );
    expect(candidates).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(['undated-report']);
    expect(warnings[0]?.message).toContain('expected to speak directly with Trump');
  });

  it('does not take possessors or spokespeople for participants', () => {
    const { candidates } = extractOne('2026-02-25', 'On Thursday, Umerov will meet Trump’s special envoy Steve Witkoff and Trump adviser Jared Kushner.\n');
    expect(candidates[0]?.participants).toEqual(['rustem-umerov', 'steve-witkoff', 'jared-kushner']);
  });

  it('spans "two days of talks … on Tuesday" over both days', () => {
    const { candidates } = extractOne('2026-02-17', 'Negotiators from Ukraine and Russia began two days of peace talks in Geneva on Tuesday.\n');
    expect(candidates[0]).toMatchObject({ kind: 'talks', status: 'occurred', place: 'geneva', date: { value: '2026-02-17/2026-02-18', precision: 'span' } });
    expect(candidates[0]?.participants).toEqual(['ukraine', 'russia']);
  });

  it('carries a relative date into the next sentence that reports the event', () => {
    const { candidates } = extractOne('2026-02-25', 'The sentiment was echoed in the capital over the weekend. Several hundred demonstrators gathered at the memorial.\n');
    expect(candidates[0]).toMatchObject({ kind: 'other', noun: 'Rally', date: { start: '2026-02-21', end: '2026-02-22' } });
    // The sentence that gave the date is evidence too.
    expect(candidates[0]?.evidence.map((e) => e.sentence)).toEqual([1, 0]);
  });

  it('adds the people of "delegation led by" sentences to the article’s gathering', () => {
    const { candidates } = extractOne('2026-02-17', 'Talks opened in Geneva on Tuesday. Ukraine’s delegation is led by Rustem Umerov.\n');
    expect(candidates[0]?.participants).toContain('rustem-umerov');
    const listed = extractOne('2026-02-17', 'Talks opened in Geneva on Tuesday. Ukraine’s team included Rustem Umerov. The Americans were represented by Steve Witkoff and Jared Kushner.\n');
    expect(listed.candidates[0]?.participants).toEqual(expect.arrayContaining(['rustem-umerov', 'steve-witkoff', 'jared-kushner']));
  });

  it('keeps an undated report about no dated event, without a day', () => {
    const { candidates, undated } = extractOne('2026-02-25', 'Witkoff met Umerov on Monday. A summit of Trump and Putin is expected to follow.\n');
    expect(candidates.map((c) => c.kind)).toEqual(['meeting']);
    expect(undated).toEqual([expect.objectContaining({ kind: 'summit', status: 'planned', participants: ['donald-trump', 'vladimir-putin'], evidence: expect.objectContaining({ sentence: 1 }) })]);
  });

  it('reads a host receiving someone as a meeting, and a delegation seeing another side as one', () => {
    const received = extractOne('2025-08-06', 'Witkoff was received by Putin in Geneva on Wednesday, just before a deadline that Trump had set.\n').candidates;
    expect(received).toEqual([expect.objectContaining({ kind: 'meeting', status: 'occurred', date: expect.objectContaining({ value: '2025-08-06' }), place: 'geneva', participants: ['steve-witkoff', 'vladimir-putin'] })]);
    const hosted = extractOne('2025-12-26', 'Trump is to receive Zelensky at his estate on Sunday afternoon.\n').candidates;
    expect(hosted).toEqual([expect.objectContaining({ kind: 'meeting', status: 'planned', date: expect.objectContaining({ value: '2025-12-28' }) })]);
    const seen = extractOne('2025-12-21', 'The Russian delegation was due to see the American side again on Dec. 22.\n').candidates;
    expect(seen).toEqual([expect.objectContaining({ kind: 'meeting', status: 'planned', date: expect.objectContaining({ value: '2025-12-22' }) })]);
    // Things are not received, nor is a round of sanctions a round of talks.
    expect(extractOne('2025-12-21', 'Kyiv received Trump’s proposal on Monday. A new round of sanctions followed on Tuesday.\n').candidates).toEqual([]);
  });

  it('keeps one event for a host and the talks it hosts, whoever is named between them', () => {
    const { candidates } = extractOne('2025-12-04', 'Putin hosted Witkoff and Kushner in Geneva on December 2 for talks that lasted five hours.\n');
    expect(candidates).toEqual([expect.objectContaining({ date: expect.objectContaining({ value: '2025-12-02' }), participants: ['vladimir-putin', 'steve-witkoff', 'jared-kushner'] })]);
  });

  it('extends an event to the day a later clause carries it on to, instead of making a second one', () => {
    const { candidates } = extractOne('2025-12-15', 'Zelensky held talks with Witkoff in Geneva on December 14. The meeting lasted six hours, and officials said the two sides would reconvene on the morning of December 15.\n');
    expect(candidates).toEqual([expect.objectContaining({ date: expect.objectContaining({ value: '2025-12-14/2025-12-15', precision: 'span' }) })]);
    expect(candidates[0]?.evidence.map((e) => e.sentence)).toEqual([0, 1]);
    // A round that resumes in its own clause is news of its own.
    expect(extractOne('2025-12-05', 'Witkoff met Umerov on Thursday. Talks will resume on Saturday.\n').candidates.map((c) => c.date.value)).toEqual(['2025-12-04', '2025-12-06']);
  });

  it('gives no day to what happened before another event, nor to talks named in a leading clause', () => {
    const { candidates, undated } = extractOne('2025-12-28', 'Before the meeting, Zelensky stopped in Ottawa for talks, and spoke by phone with European leaders. After talks with European officials, the plan was cut to 20 points.\n');
    expect(candidates).toEqual([]);
    expect(undated.map((u) => u.evidence.sentence)).toEqual([0, 1]);
  });

  it('places a gathering where it is set for or hosted, and a strike in the country it hits', () => {
    const set = extractOne('2026-03-05', 'The meeting had been set for Geneva on March 9-10.\n').candidates;
    expect(set[0]?.place).toBe('geneva');
    const hosted = extractOne('2026-03-05', 'Geneva hosted the second round on February 4-5.\n').candidates;
    expect(hosted).toEqual([expect.objectContaining({ kind: 'talks', place: 'geneva', date: expect.objectContaining({ value: '2026-02-04/2026-02-05' }) })]);
    const strike = extractOne('2026-03-05', 'Forces started bombing Russia on March 1.\n').candidates;
    expect(strike).toEqual([expect.objectContaining({ kind: 'strike', place: 'russia' })]);
  });

  it('dates a statement by the day beside its verb of saying, and not the event it speaks of', () => {
    const said = extractOne('2025-09-12', 'Peskov said on Friday that the talks were on pause.\n').candidates;
    expect(said).toEqual([expect.objectContaining({ kind: 'statement', date: expect.objectContaining({ value: '2025-09-12' }), participants: ['dmitry-peskov'] })]);
    const frozen = extractOne('2026-03-05', 'Talks between Kyiv and Moscow are frozen, Zelensky said on March 4.\n').candidates;
    expect(frozen.map((c) => [c.kind, c.date.value])).toEqual([['statement', '2026-03-04']]);
    const leading = extractOne('2025-10-22', 'On Tuesday Putin made clear that Russia would keep fighting.\n').candidates;
    expect(leading.map((c) => [c.kind, c.date.value, c.participants])).toEqual([['statement', '2025-10-21', ['vladimir-putin']]]);
  });

  it('dates a plan told on a given day by the weekday after that day, not the one nearest the article', () => {
    const [plan] = extractOne('2026-11-14', 'Negotiators said on Friday that the next round would be held in Geneva on Wednesday.\n').candidates.filter((c) => c.kind === 'talks');
    expect(plan).toMatchObject({ status: 'planned', date: { value: '2026-11-18' } });
    const [after] = extractOne('2026-11-14', 'The next round would be held in Geneva on Thursday, the negotiators told reporters on Friday.\n').candidates.filter((c) => c.kind === 'talks');
    expect(after).toMatchObject({ status: 'planned', date: { value: '2026-11-19' } });
  });

  it('lets the day of a report date what it says has just happened, with no statement of its own', () => {
    const { candidates } = extractOne('2026-03-10', 'Putin and Trump have spoken by phone for an hour, Peskov said on Monday.\n');
    expect(candidates.map((c) => [c.kind, c.date.value])).toEqual([['call', '2026-03-09']]);
  });

  it('keeps undated and year-dated reports with no day, whether "that a further round" or a question of "whether"', () => {
    const { candidates, undated } = extractOne(
      '2025-09-12',
      'Peskov would not say whether the delegations, which have sat down together twice in Geneva this year, had agreed on a date for another round. Zelensky said that a further round was expected soon. Officials said both sides had agreed to swap 314 prisoners.\n',
    );
    expect(candidates).toEqual([]);
    expect(undated.map((u) => [u.kind, u.evidence.sentence])).toEqual([
      ['meeting', 0],
      ['talks', 1],
      ['exchange', 2],
    ]);
  });

  it('lets "the talks" point back at the event reported before it, not one reported later', () => {
    const { candidates } = extractOne('2025-12-06', 'Witkoff met Umerov on Thursday. It described the talks as constructive. Talks will resume on Saturday.\n');
    expect(candidates.map((c) => [c.date.value, c.evidence.map((e) => e.sentence)])).toEqual([
      ['2025-12-04', [0, 1]],
      ['2025-12-06', [2]],
    ]);
  });

  it('lets no reference naming other people point back at an event', () => {
    const { candidates } = extractOne('2025-12-06', 'Witkoff met Putin on Thursday. Separately, the meeting with Zelensky and Umerov was called off.\n');
    expect(candidates.map((c) => c.evidence.map((e) => e.sentence))).toEqual([[0]]);
  });

  it('never dates an event by its wire dateline, and reads days of meetings as one gathering', () => {
    const filed = extractOne('2025-12-06', 'GENEVA, Dec. 5 (TW) -- Envoys of Ukraine and Russia held two days of meetings, officials said on Friday.\n');
    expect(filed.candidates.filter((c) => c.kind === 'meeting')).toEqual([]);
    expect(filed.undated.map((u) => u.kind)).toEqual(['meeting']);
    const dated = extractOne('2025-12-06', 'GENEVA, Dec. 5 (TW) -- Envoys of Ukraine and Russia held two days of meetings on Wednesday and Thursday.\n');
    expect(dated.candidates.map((c) => [c.kind, c.date.value])).toEqual([['meeting', '2025-12-03/2025-12-04']]);
  });

  it('reads a leader’s evening address as a statement on its day', () => {
    const { candidates } = extractOne('2026-03-05', 'Zelensky said so in his evening video address on March 4.\n');
    expect(candidates.map((c) => [c.kind, c.date.value, c.participants])).toEqual([['statement', '2026-03-04', ['volodymyr-zelenskyy']]]);
  });

  it('never reads headings as reports', () => {
    expect(extractOne('2026-02-25', '## Talks in Geneva on Thursday\n\nNothing else.\n').candidates).toEqual([]);
  });
  it('dates a gathering by the day its traveller arrived or flew for it, and an arrival with no day by its news', () => {
    const flew = extractOne('2032-08-08', 'Witkoff flew to Baku on Friday for talks with Aliyev.\n');
    expect(flew.candidates.map((c) => [c.kind, c.date.value, c.status])).toEqual([['talks', '2032-08-06', 'occurred']]);
    const live = extractOne('2032-10-02', 'LIVE UPDATES: Witkoff and Kushner arrive at the Kremlin for their meeting with Putin\n\nMore soon.\n');
    expect(live.candidates.map((c) => [c.kind, c.date.value, c.datedByPublication])).toEqual([['meeting', '2032-10-02', true]]);
    // Leaving for a meeting is not being at it: its day stays the trip's.
    const leaves = extractOne('2025-12-04', 'Umerov leaves for the US on December 4 to meet Witkoff again.\n');
    expect(leaves.candidates.filter((c) => c.kind === 'meeting')).toEqual([]);
  });

  it('reads an offer to host talks as a plan with no day, not as evidence of the meeting before it', () => {
    const { candidates, undated } = extractOne('2032-02-20', 'Trump and Erdogan met in Ankara on Thursday. Erdogan has offered to host talks between Putin and Zelensky, officials said.\n');
    expect(candidates.map((c) => [c.kind, c.date.value, c.evidence.map((e) => e.sentence)])).toEqual([['meeting', '2032-02-19', [0]]]);
    expect(undated.map((u) => [u.kind, u.status])).toEqual([['talks', 'planned']]);
  });

  it('reads a phrase set off after the event (", to be held on September 18") as its plan, in the year ahead', () => {
    const { candidates } = extractOne('2031-09-03', 'The White House announced on Wednesday a meeting between Trump and Zelensky, to be held in Washington on September 18.\n');
    expect(candidates.map((c) => [c.kind, c.date.value, c.status])).toEqual([['meeting', '2031-09-18', 'planned']]);
  });

  it('reads a day of a month a past act governs as behind the news when no marker sets the mood', () => {
    const dateOf = (published: string, body: string) => extractOne(published, `${body}\n`).candidates.map((c) => [c.kind, c.date.value, c.status]);
    // Last year's, though this year's would be nearer the news.
    expect(dateOf('2061-03-10', 'ACCRA (Gold Coast Herald) — The new Ghanaian president was sworn in on July 9.')).toEqual([['other', '2060-07-09', 'occurred']]);
    expect(dateOf('2061-03-10', 'The Zambian president visited Lusaka’s twin city of Kitwe on August 30.')).toEqual([['other', '2060-08-30', 'occurred']]);
    // The present stays nearest the news: a dated line of a timeline is not a plan.
    expect(dateOf('2061-03-10', 'Timeline:\n\n- Nov. 28: Malawi’s and Zambia’s presidents meet in Lusaka.')).toEqual([['meeting', '2060-11-28', 'occurred']]);
    // A day a past verb sets, not acts on, stays nearest the news.
    expect(dateOf('2061-07-10', 'Harare has cut the summit with Zambian leaders to a single day, July 24, officials said.')).toEqual([['summit', '2061-07-24', 'planned']]);
  });

  it('puts the weekday of a plan reported from before nearest the news: a summit postponed on Thursday had been set for the next day', () => {
    const { candidates } = extractOne('2032-12-09', 'The European Union postponed a summit with Zelensky that had been scheduled for Friday, a spokesperson said on Thursday.\n');
    expect(candidates.filter((c) => c.kind === 'summit').map((c) => [c.date.value, c.status])).toEqual([['2032-12-10', 'planned']]);
  });
  it('names an event hosted for a summit a summit, and what talks are about no event of its own', () => {
    const summit = extractOne('2031-03-03', 'Erdogan will host Aliyev for a summit in Ankara on Friday.\n');
    expect(summit.candidates.map((c) => [c.kind, c.date.value])).toEqual([['summit', '2031-03-07']]);
    const topic = extractOne('2033-03-04', 'Thai and Cambodian officials held talks in Bangkok on Thursday on a new prisoner exchange, which both sides hope to carry out before the end of the month.\n');
    expect(topic.candidates.map((c) => [c.kind, c.date.value])).toEqual([['talks', '2033-03-03']]);
    // What talks are about is still an event when it has a date of its own.
    const dated = extractOne('2033-03-04', 'Officials held talks on Thursday about a summit in Geneva on March 20.\n');
    expect(dated.candidates.map((c) => [c.kind, c.date.value])).toEqual([['talks', '2033-03-03'], ['summit', '2033-03-20']]);
  });
  it('ends a clause at a verb after "and", so a plan there leaves the meeting before it past, and reads "is due" as a plan', () => {
    const { candidates } = extractOne('2026-03-12', 'Witkoff and Dmitriev last met in February and will meet again in Miami next week. A new round of talks is due in April.\n');
    expect(candidates.map((c) => [c.kind, c.date.value, c.status])).toEqual([
      ['meeting', '2026-02', 'occurred'],
      ['meeting', '2026-W12', 'planned'],
      ['talks', '2026-04', 'planned'],
    ]);
  });
  it('lets a spokesperson make a statement, and joins the day of one verb of saying to the speaker of another', () => {
    const told = extractOne('2034-01-25', 'Kremlin spokesman Dmitry Peskov told reporters on Wednesday that Moscow opposed any new sanctions.\n');
    expect(told.candidates.map((c) => [c.kind, c.date.value, c.participants])).toEqual([['statement', '2034-01-25', ['dmitry-peskov']]]);
    const speaking = extractOne('2034-11-14', 'Speaking in Kyiv on Monday, Zelensky called for an immediate ceasefire.\n');
    expect(speaking.candidates.map((c) => [c.kind, c.date.value, c.participants])).toEqual([['statement', '2034-11-13', ['volodymyr-zelenskyy']]]);
  });

  it('makes no event of a report rejected as baseless, and an exchange of captured soldiers is an exchange', () => {
    expect(extractOne('2034-05-16', 'Iran rejected as baseless a report that its envoy had held secret talks with Israeli officials in Cyprus on Sunday.\n').candidates.filter((c) => c.kind !== 'statement')).toEqual([]);
    const swap = extractOne('2034-03-03', 'Colombia and Venezuela released 18 detained soldiers each on Thursday in a swap arranged by Brazil.\n');
    expect(swap.candidates.map((c) => [c.kind, c.date.value])).toEqual([['exchange', '2034-03-02']]);
  });

  it('dates a statement opened by a month or the month of the news by that month, after a dateline too', () => {
    const said = (published: string, body: string) => extractOne(published, body).candidates.map((c) => [c.kind, c.date.value, c.participants]);
    expect(said('2026-04-19', 'KYIV - In March Zelensky said Ukraine would not join the mediation.\n')).toEqual([['statement', '2026-03', ['volodymyr-zelenskyy']]]);
    expect(said('2026-04-25', 'This month, Peskov said the Kremlin was ready to send observers.\n')).toEqual([['statement', '2026-04', ['dmitry-peskov']]]);
    // A leading phrase setting the time and place of the saying.
    expect(said('2026-09-12', 'While in China in early September, Putin said Russian troops would keep advancing.\n')).toEqual([['statement', '2026-09', ['vladimir-putin']]]);
    // A month inside the sentence is no statement's day: the saying is dated by nothing here.
    expect(said('2026-04-19', 'Zelensky said the mediation would start in March.\n')).toEqual([]);
  });

  it('ends what took place earlier this week on the day of the news', () => {
    const { candidates } = extractOne('2026-03-12', 'Washington lifted part of its oil sanctions against Russia earlier this week.\n');
    expect(candidates.map((c) => [c.noun, c.date.value, c.date.start, c.date.end])).toEqual([['Sanctions', '2026-W11', '2026-03-09', '2026-03-12']]);
  });

  it('makes no event of a condition, a day not set, a process of years or a habit, and gives a series no day', () => {
    const dated = (published: string, body: string) => extractOne(published, body).candidates.filter((c) => c.kind !== 'statement').map((c) => [c.kind, c.date.value]);
    expect(dated('2026-12-06', 'If Trump and Putin meet in Geneva next month, it would be their first encounter since the war began.\n')).toEqual([]);
    expect(dated('2026-12-06', 'Zelensky said that if talks resume on Monday, Kyiv will send Umerov.\n')).toEqual([]);
    expect(dated('2026-03-14', 'Kyiv said on Tuesday that no date has been set for a summit with Moscow, despite reports that one could take place in May.\n')).toEqual([]);
    expect(dated('2026-08-17', 'Peskov said on Monday that it was too early to name a date for the next round of talks.\n')).toEqual([]);
    expect(dated('2026-06-23', 'KYIV - The two sides signed a grain agreement on Monday, ending two years of negotiations.\n')).toEqual([['other', '2026-06-22']]);
    const series = extractOne('2026-07-18', 'Umerov and Witkoff have met several times to discuss the plan.\n');
    expect(series.candidates).toEqual([]);
    expect(series.undated.map((u) => u.kind)).toEqual(['meeting']);
    // A series still takes a day it is given.
    expect(dated('2026-07-18', 'Russia has shelled Kharkiv repeatedly, most recently on Sunday.\n')).toEqual([['strike', '2026-07-12']]);
  });

  it('leaves a date written as the modifier of another noun to that noun', () => {
    const datedOf = (published: string, body: string) => extractOne(published, `${body}\n`).candidates.filter((c) => c.kind !== 'statement').map((c) => [c.kind, c.date.value]);
    // A diary line's weekday, not the month of the summit the meeting prepares.
    expect(datedOf('2058-04-28', 'THE WEEK AHEAD (Meridian Wire) — Events to watch.\n\nMonday: Foreign ministers of the Nordic states meet in Tromso to prepare the June summit.')).toEqual([['meeting', '2058-04-29']]);
    expect(datedOf('2058-04-28', 'Coming up this week:\n\nTuesday — Ghana’s and Togo’s trade ministers hold talks in Lome to settle the August summit’s agenda.')).toEqual([['talks', '2058-04-30']]);
    // The noun it modifies takes it.
    expect(datedOf('2058-04-28', 'Leaders will attend the June 12 summit in Oslo.')).toEqual([['summit', '2058-06-12']]);
  });

  it('keeps the plan a conditional sentence tells as firm in its main clause, and leaves its condition unreal', () => {
    const planned = (body: string) => extractOne('2061-03-10', `${body}\n`).candidates.filter((c) => c.kind !== 'statement').map((c) => [c.kind, c.date.value, c.status]);
    expect(planned('If Malawi hopes to keep the deal alive, its president will meet Zambia’s leader in Lusaka on Friday.')).toEqual([['meeting', '2061-03-11', 'planned']]);
    expect(planned('Should the ceasefire hold, the two presidents are due to meet in Lusaka on Friday, a spokesman said.')).toEqual([['meeting', '2061-03-11', 'planned']]);
    // What the condition tells, and a main clause that only supposes, stay unreal.
    expect(planned('If the envoys meet in Lusaka on Friday, the AU hopes to sign the deal.').map(([kind]) => kind)).not.toContain('meeting');
    expect(planned('If the ceasefire holds, talks could resume on Friday.')).toEqual([]);
  });

  it('reads the day a report was published as the day of the news, not of the talks it tells of', () => {
    expect(extractOne('2034-02-07', 'A report by the Crisis Group, published on Monday, said talks between Kyiv and Moscow had stalled.\n').candidates.filter((c) => c.kind === 'talks')).toEqual([]);
  });

  it('reads a call on a day, a two-plus-two meeting and a strategic dialogue, and no meeting in meeting a demand or a call for talks', () => {
    const kinds = (published: string, body: string) => extractOne(published, body).candidates.filter((c) => c.kind !== 'statement').map((c) => [c.kind, c.date.value]);
    expect(kinds('2035-10-25', 'Trump and Putin discussed trade in a call on Tuesday, the Kremlin said.\n')).toEqual([['call', '2035-10-23']]);
    expect(kinds('2035-10-25', 'Zelensky repeated his call on Tuesday for a ceasefire.\n')).toEqual([]);
    expect(kinds('2035-03-01', 'Ukraine and Russia will hold a two-plus-two meeting in Geneva next week.\n')).toEqual([['meeting', '2035-W10']]);
    expect(kinds('2035-01-18', 'Ukraine and Russia held their first strategic dialogue in Geneva on Tuesday.\n')).toEqual([['talks', '2035-01-16']]);
    expect(kinds('2035-05-24', 'The budget failed to meet the demands of the unions, and the plan met with fierce criticism on Tuesday.\n')).toEqual([]);
    expect(kinds('2035-05-10', 'Opposition leaders called for talks with the government on Wednesday.\n')).toEqual([]);
    expect(kinds('2035-05-10', 'Zelensky urged Putin to meet him in Geneva on Friday.\n')).toEqual([]);
    // A courtesy call is a meeting; calling on someone to do something is a demand.
    expect(kinds('2035-11-08', 'Umerov called on President Zelensky in Kyiv on Wednesday and conveyed greetings from Washington.\n')).toEqual([['meeting', '2035-11-07']]);
    expect(kinds('2035-11-08', 'Zelensky called on Putin to stop the strikes on Wednesday.\n').filter(([kind]) => kind !== 'strike')).toEqual([]);
    // …paid to someone, in any preposition, it is no telephone call; told as made by telephone, it is one.
    expect(kinds('2035-11-08', 'On Wednesday the envoy paid a courtesy call to President Ana Ruiz at the palace.\n')).toEqual([['meeting', '2035-11-07']]);
    expect(kinds('2035-11-08', 'The outgoing ambassador, Mira Sen, paid a farewell call to Foreign Minister Tomas Kral in Lima on Wednesday.\n')).toEqual([['meeting', '2035-11-07']]);
    expect(kinds('2035-11-08', 'On Wednesday the Prime Minister had a courtesy call with President Ines Marr by telephone.\n')).toEqual([['call', '2035-11-07']]);
  });

  it('takes the day inside a week first named, and lists a meeting dated only by a decade without a day', () => {
    const { candidates, undated } = extractOne('2035-08-02', 'When Umerov and Witkoff met in Geneva a decade ago, hopes ran high. This week\'s meeting of Umerov and Witkoff in Astana, on Tuesday, produced little.\n');
    expect(candidates.map((c) => [c.kind, c.date.value])).toEqual([['meeting', '2035-07-31']]);
    expect(undated.map((u) => u.evidence.text.slice(0, 22))).toEqual(['When Umerov and Witkof']);
  });

  it('reads what is done "ahead of" a gathering as that clause\'s news: the gathering takes no date of it, its own date still dates it', () => {
    const { candidates } = extractOne('2041-06-01', 'Umerov spoke by phone with Witkoff on Saturday ahead of the NATO leaders\' meeting in The Hague. Zelensky and Trump held talks in Geneva on Friday ahead of the summit. Umerov and Witkoff spoke by phone on Saturday ahead of next week\'s summit in Busan.\n');
    expect(candidates.map((c) => [c.kind, c.date.value, c.status])).toEqual([
      ['call', '2041-06-01', 'occurred'],
      ['talks', '2041-05-31', 'occurred'],
      ['summit', '2041-W23', 'planned'],
    ]);
  });

  it('dates what a journey was for by the journey\'s planned day set off after it, with no journey beside it', () => {
    const { candidates } = extractOne('2041-05-29', 'Umerov has postponed his visit to Brussels, planned for Thursday, where he was to hold trade talks with Witkoff.\n');
    expect(candidates.map((c) => [c.kind, c.noun, c.date.value])).toEqual([['talks', undefined, '2041-05-30']]);
  });

  it('dates what is going on as it is reported by the report: under way on the day it was said, a live entry\'s "is now meeting" on its day', () => {
    expect(extractOne('2041-06-05', 'Talks between the Ukrainian side and the Russian delegation are under way in Geneva, a Swiss diplomat said on Wednesday.\n').candidates.map((c) => [c.kind, c.date.value, c.status])).toEqual([['talks', '2041-06-05', 'occurred']]);
    expect(extractOne('2041-06-05', '11:20 — Umerov is now meeting Witkoff in a separate hall.\n').candidates.map((c) => [c.kind, c.date.value, c.status])).toEqual([['meeting', '2041-06-05', 'occurred']]);
  });

  it('lists without a day the last of earlier occasions and what background tells of, and still dates the last occasion by its own date', () => {
    const { candidates, undated } = extractOne('2041-06-05', 'Umerov will receive Witkoff in Kyiv on Friday. The two last met on the sidelines of a summit in Geneva. Ukraine and Russia have held eleven rounds of talks since the format was set up. Umerov and Witkoff last met in January.\n');
    expect(candidates.map((c) => [c.kind, c.date.value])).toEqual([['meeting', '2041-06-07'], ['meeting', '2041-01']]);
    expect(undated.map((u) => u.evidence.text.slice(0, 20))).toEqual(['The two last met on ', 'Ukraine and Russia h']);
  });

  it('counts "one day after" from the day\'s news when the event "it" points back at was told without a day', () => {
    const { candidates } = extractOne('2041-04-26', 'Umerov and Witkoff met face to face in Geneva. It took place one day after Trump declared that a deal was close.\n');
    expect(candidates.map((c) => [c.kind, c.date.value])).toEqual([['statement', '2041-04-25'], ['meeting', '2041-04-26']]);
  });

  it('reads a plan or a draft made public as a happening of its own, on the day it became known', () => {
    const { candidates } = extractOne('2041-04-26', 'A 12-point draft of the peace plan was made public on Tuesday and drew criticism.\n');
    expect(candidates.map((c) => [c.kind, c.noun, c.date.value])).toEqual([['other', 'Plan made public', '2041-04-23']]);
  });

  it('reads a plan told by the outcry it caused as made public then, not remarks that caused one', () => {
    const told = (body: string) => extractOne('2041-04-26', body).candidates.map((c) => [c.noun, c.date.value]);
    expect(told('Last week the draft provoked outrage in European capitals.\n')).toEqual([['Plan made public', '2041-W16']]);
    expect(told('The 12-point plan sparked an international uproar on Tuesday.\n')).toEqual([['Plan made public', '2041-04-23']]);
    expect(told('His remarks sparked outrage on Tuesday.\n')).toEqual([]);
  });

  it('keeps "the third exchange in three days" undated: the earlier ones are a series, not one event on a span', () => {
    const { candidates, undated } = extractOne('2041-04-26', 'Russia and Ukraine exchanged 200 prisoners on Friday.\n\nThis is the third exchange in three days, and it brings the number of captives freed this week to 600.\n');
    expect(candidates.map((c) => [c.kind, c.date.value])).toEqual([['exchange', '2041-04-26']]);
    expect(undated.map((u) => [u.kind, u.evidence.sentence])).toEqual([['exchange', 1]]);
    const meetings = extractOne('2041-04-26', 'Polish and Lithuanian officials met in Vilnius on Thursday. The ministry called it the group\'s sixth meeting in two weeks.\n');
    expect(meetings.candidates.map((c) => c.date.value)).toEqual(['2041-04-25']);
    expect(meetings.undated.map((u) => u.evidence.sentence)).toEqual([1]);
  });

  it('gives an event in a clause of time after the main one no day of the news', () => {
    const { candidates, undated } = extractOne('2041-04-26', 'Witkoff met Putin in Moscow on Thursday, shortly before the truce took effect.\n');
    expect(candidates.map((c) => [c.kind, c.date.value])).toEqual([['meeting', '2041-04-25']]);
    expect(undated.map((u) => u.kind)).toEqual(['other']);
  });

  it('reports a gathering told only as the anchor a later one is counted from, a day before it', () => {
    const { candidates } = extractOne('2041-04-26', 'Witkoff met Dmitriev in Geneva on Thursday, a day after the Ukrainian team held talks with Witkoff.\n');
    expect(candidates.map((c) => [c.kind, c.date.value, c.status])).toEqual([['meeting', '2041-04-25', 'occurred'], ['talks', '2041-04-24', 'occurred']]);
    expect(candidates[1]?.participants).toEqual(['steve-witkoff']);
  });

  it('gives "their first meeting there" the later meeting\'s people and place, counted back from its day', () => {
    const { candidates } = extractOne('2041-04-26', 'Umerov and Witkoff met again in Geneva on Friday, two days after their first meeting there.\n');
    expect(candidates.map((c) => [c.date.value, c.place, c.participants])).toEqual([
      ['2041-04-26', 'geneva', ['rustem-umerov', 'steve-witkoff']],
      ['2041-04-24', 'geneva', ['rustem-umerov', 'steve-witkoff']],
    ]);
  });

  it('reads the anchor after a determiner by its clause\'s verb, whatever the verb ("a day after the talks opened"), not a bare noun phrase', () => {
    const dated = (body: string) => extractOne('2041-04-26', body).candidates.map((c) => [c.kind, c.date.value]);
    // A bare noun phrase names one the reader knows: no event of its own.
    expect(dated('Umerov met Witkoff in Geneva on Friday, two days after the summit in Montevideo.\n')).toEqual([['meeting', '2041-04-26']]);
    expect(dated('Umerov met Witkoff in Geneva on Friday, a day after the talks opened in Riyadh.\n')).toEqual([['meeting', '2041-04-26'], ['talks', '2041-04-25']]);
  });

  it('dates "earlier in the day" and "later in the day" by the day the story last dated, not the day of publication', () => {
    const dated = (body: string) => extractOne('2041-04-26', body).candidates.map((c) => [c.kind, c.date.value]);
    expect(dated('Umerov spoke by phone with Witkoff on Wednesday. Earlier in the day he had met Dmitriev in Geneva.\n')).toEqual([['call', '2041-04-24'], ['meeting', '2041-04-24']]);
    expect(dated('Umerov held talks with Witkoff in Geneva on Wednesday. Later in the day he spoke by phone with Dmitriev.\n')).toEqual([['talks', '2041-04-24'], ['call', '2041-04-24']]);
    // With no day told before it, it is the day of the news.
    expect(dated('Earlier in the day Umerov met Dmitriev in Geneva.\n')).toEqual([['meeting', '2041-04-26']]);
  });

  it('dates a plan by its own day, not by the day its fate or its move was told', () => {
    const dated = (body: string) => extractOne('2041-04-26', body).candidates.map((c) => [c.kind, c.date.value, c.status]);
    // Published on a Friday: "on Wednesday" ahead of the saying is the coming Wednesday; "moved from Sunday to Wednesday" leaves Sunday.
    expect(dated('The meeting of Umerov and Witkoff in Geneva will now take place on Wednesday, the ministry said on Friday.\n')).toEqual([['meeting', '2041-05-01', 'planned']]);
    expect(dated('The meeting of Umerov and Witkoff in Geneva has been moved to Wednesday, the ministry said on Friday.\n')).toEqual([['meeting', '2041-05-01', 'planned']]);
    expect(dated('The meeting of Umerov and Witkoff in Geneva has been moved from Sunday to Wednesday, the ministry said on Friday.\n')).toEqual([['meeting', '2041-05-01', 'planned']]);
    // The day a plan was called off is no day of it.
    expect(extractOne('2041-04-26', 'The meeting of Umerov and Witkoff in Geneva was called off on Friday.\n').candidates).toEqual([]);
  });

  it('makes no event of "a day after the talks had ended", which points back at one already told', () => {
    const { candidates } = extractOne('2041-04-26', 'Umerov and Witkoff held talks in Geneva on Thursday. Witkoff met Putin in Moscow on Friday, a day after the talks had ended.\n');
    expect(candidates.map((c) => c.date.value)).toEqual(['2041-04-25', '2041-04-26']);
  });

  it('gives what a gerund after "a day after" tells of the main clause\'s subject, not the names nearest it', () => {
    const { candidates } = extractOne('2041-04-26', 'Trump met Zelensky in Geneva on Thursday, with Umerov at the table, a day after announcing new sanctions on Russia.\n');
    const sanctions = candidates.find((c) => c.noun === 'Sanctions');
    expect([sanctions?.date.value, sanctions?.participants]).toEqual(['2041-04-24', ['donald-trump']]);
  });

  it('reads captives handed over in return for others as an exchange, a person called by name as a call, and a saying at a press conference as a statement', () => {
    const kinds = (body: string) => extractOne('2041-04-26', body).candidates.map((c) => [c.kind, c.date.value]);
    expect(kinds('Ukraine handed over 40 soldiers to Russia at the border on Thursday in return for 35 prisoners of war.\n')).toEqual([['exchange', '2041-04-25']]);
    expect(kinds('Ukraine returned the border village on Thursday in return for guarantees.\n')).toEqual([]);
    expect(kinds('On Thursday Zelensky called U.S. President Donald Trump, who briefed him on the talks.\n')).toEqual([['call', '2041-04-25']]);
    expect(kinds('On Thursday Zelensky called Putin a war criminal. A group called Hamas said nothing.\n')).toEqual([]);
    // A caller set off as an aside and a name with a lowercase particle, then the time of the call; a place so named after a comma is no call.
    expect(kinds("Oman's foreign minister, Badr Albusaidi, called Crown Prince Mohammed bin Salman last night to discuss the blockade.\n")).toEqual([['call', '2041-04-25']]);
    expect(kinds('The Iranian president, Ali Rezaei, phoned Emir Tamim bin Hamad on Thursday.\n')).toEqual([['call', '2041-04-25']]);
    expect(kinds('Troops entered a village near Kherson, called Posad, on Thursday.\n').filter(([kind]) => kind === 'call')).toEqual([]);
    expect(extractOne('2041-04-26', 'At a press conference in Geneva on Thursday, Umerov announced that the talks would go on.\n').candidates.map((c) => [c.kind, c.date.value, c.participants])).toEqual([['statement', '2041-04-25', ['rustem-umerov']]]);
  });

  it('counts "a week earlier" and "the next day" from the last day the article gives, and gives no day when it gives none', () => {
    const dates = (body: string) => extractOne('2041-04-26', body).candidates.map((c) => [c.kind, c.date.value]);
    expect(dates('Umerov met Witkoff in Geneva on Thursday. Witkoff had met Putin in Moscow a week earlier.\n')).toEqual([['meeting', '2041-04-25'], ['meeting', '2041-04-18']]);
    expect(dates('Umerov and Witkoff held talks in Geneva on Monday. Zelensky had spoken by phone with Trump the day before.\n')).toEqual([['talks', '2041-04-22'], ['call', '2041-04-21']]);
    expect(dates('Witkoff had met Putin in Moscow a week earlier.\n')).toEqual([]);
  });

  it('dates the last event "one year since" counts from by that time before the day given, and leaves an anniversary\'s event alone', () => {
    const dates = (body: string) => extractOne('2041-04-26', body).candidates.map((c) => [c.kind, c.date.value]);
    // The day marked is an anniversary of its own, as "Friday marks the first anniversary of …" is.
    expect(dates('Friday marks one year since the last phone call between Zelensky and Putin.\n')).toEqual([
      ['other', '2041-04-26'],
      ['call', '2040-04-26'],
    ]);
    expect(dates('It has been two weeks since their last meeting in Geneva.\n')).toEqual([['meeting', '2041-04-12']]);
    expect(dates('Friday marks the fifth anniversary of the Vienna summit.\n').filter(([kind]) => kind === 'summit')).toEqual([]);
  });

  it('reads a weekday that marks an anniversary forward: the coming one, or the day itself', () => {
    const dates = (published: string) => extractOne(published, 'Friday marks the 100th anniversary of the landings.\n').candidates.map((c) => [c.noun, c.date.value, c.status]);
    expect(dates('2041-04-22')).toEqual([['Anniversary', '2041-04-26', 'planned']]);
    expect(dates('2041-04-26')).toEqual([['Anniversary', '2041-04-26', 'occurred']]);
  });

  it('leaves the day of a state told in a relative aside to that aside when the main clause dates the event', () => {
    const dayOf = (body: string) => extractOne('2038-06-14', body).candidates.map((c) => [c.kind, c.date?.value]);
    expect(dayOf('The talks between the river authorities, which were in doubt on Sunday, went ahead on Monday in Linz, an official says.\n')).toEqual([['talks', '2038-06-14']]);
    // With no day of its own in the main clause, the aside still dates its noun.
    expect(dayOf('The talks between the river authorities, which ended on Sunday, produced no agreement, an official says.\n')).toEqual([['talks', '2038-06-13']]);
  });

  it('reads a gathering by its own verb past an aside of what it went through before (called off, delayed)', () => {
    // 2038-06-15 is a Tuesday.
    const told = (body: string) => extractOne('2038-06-15', body).candidates.map((c) => [c.kind, c.date.value, c.status]);
    expect(told('The regional summit on the river dam, called off last month, is back on for Friday, the ministry said.\n')).toEqual([['summit', '2038-06-18', 'planned']]);
    expect(told('The prisoner exchange, delayed last week, went ahead on Saturday.\n')).toEqual([['exchange', '2038-06-12', 'occurred']]);
    expect(told('The border talks are back on for Friday, the ministry said.\n')).toEqual([['talks', '2038-06-18', 'planned']]);
  });

  it('reads "visiting" before someone named by office as the visitor, not a visit', () => {
    const told = (body: string) => extractOne('2039-09-14', body).candidates.map((c) => [c.kind, c.noun ?? null, c.date.value]);
    expect(told('Peruvian President Luis Ortega and visiting Chilean President Ana Ruiz held talks in Lima on Tuesday on water rights.\n')).toEqual([['talks', null, '2039-09-13']]);
    expect(told('The two leaders met in Lima on Tuesday while Ruiz was visiting Peru.\n').map(([kind]) => kind)).toContain('other');
  });

  it('dates what a telling reports as just done by the day of the telling', () => {
    // 2038-06-18 is a Friday: the telling, and the suspension it reports, were on Thursday.
    const { candidates } = extractOne('2038-06-18', 'Ukraine has put its grain transit talks with the port operator on hold, Zelensky told parliament on Thursday.\n');
    expect(candidates.filter((c) => c.kind === 'other').map((c) => [c.noun, c.date.value, c.status])).toEqual([['Suspension', '2038-06-17', 'occurred']]);
  });

  it('dates what a record of a sitting tells with no day of its own by the sitting its heading names', () => {
    const told = (body: string) => extractOne('2056-04-14', body).candidates.map((c) => [c.noun ?? c.kind, c.date.value]);
    const record = 'Minutes of the sitting of 11 April 2056 — The minister answered questions.\n\nItem 4: The House approved the deployment of 200 troops.\n';
    expect(told(record)).toEqual([['Vote', '2056-04-11']]);
    // A plan the record tells is not the sitting's; nor does an ordinary dateline-free report take a date in its first line.
    expect(told('Minutes of the sitting of 11 April 2056 — The committee will vote on the bill.\n')).not.toContainEqual(['Vote', '2056-04-11']);
    expect(told('The talks of 11 April 2056 — a retrospective.\n\nThe House approved the deployment of 200 troops.\n')).not.toContainEqual(['Vote', '2056-04-11']);
  });
  it('reads a plan past a place in apposition, and dates talks a "where" clause holds at the end of a dated journey by the journey', () => {
    // 2054-02-14 is a Saturday.
    const told = (body: string) => extractOne('2054-02-14', body).candidates.map((c) => [c.kind, c.date.value, c.status]);
    expect(told('Explainer: the new president.\n\nHer first foreign trip, to Bucharest, is expected later this month.\n')).toEqual([['other', '2054-02', 'planned']]);
    expect(told('Greek Foreign Minister Eleni Mavrou travelled to Ankara on Thursday, where she and Selim Aydın held four hours of talks.\n')).toContainEqual(['talks', '2054-02-12', 'occurred']);
    // With no "where", talks told after a journey's day are not its.
    expect(told('Eleni Mavrou travelled to Ankara on Thursday. Talks are expected to follow in May.\n')).not.toContainEqual(['talks', '2054-02-12', 'occurred']);
  });

});

describe('what a gathering was for', () => {
  const kindsAndDays = (published: string, text: string): string[] =>
    extractOne(published, `${text}\n`).candidates.map((c) => `${c.kind}${c.noun ? ` ${c.noun}` : ''} ${c.date?.value ?? '-'}`);

  it('makes no event of a "to <verb>" purpose after a gathering, which keeps its own day', () => {
    expect(kindsAndDays('2026-03-04', "Kyiv's delegation and the Kremlin's envoys met in the Saudi capital on Monday to agree a new exchange of prisoners.")).toEqual(['meeting 2026-03-02']);
    expect(kindsAndDays('2026-03-07', 'Umerov and Witkoff held talks in Geneva on Tuesday to sign a ceasefire agreement.')).toEqual(['talks 2026-03-03']);
    expect(kindsAndDays('2026-03-07', 'Umerov met Witkoff in Geneva on Tuesday in order to prepare a summit between Trump and Putin.')).toEqual(['meeting 2026-03-03']);
  });

  it('keeps what the gathering did, and a journey made to meet someone', () => {
    // The signing, joined to the meeting by "and" with no day of its own, was on the meeting's Tuesday (coordinated-predicate.ts), not the publication day.
    expect(kindsAndDays('2026-03-07', 'Umerov met Witkoff in Geneva on Tuesday and signed a ceasefire agreement.')).toEqual(['meeting 2026-03-03', 'other Agreement signed 2026-03-03']);
    expect(kindsAndDays('2026-03-07', 'Umerov flew to Geneva on Tuesday to meet Witkoff.')).toEqual(['meeting 2026-03-03']);
  });
});
