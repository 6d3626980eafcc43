// Extraction on short articles of our own, in the styles of many outlets (wire datelines, live
// blogs, state media, passive voice, opinion columns, explainers, reported speech): every event
// each one reports on the day it happened or is planned for, and nothing else. The day of the
// news (an announcement, a leak, a statement), the day a plan was left and what a quotation
// plans are never taken for the event's day.
import { describe, expect, it } from 'vitest';
import { article, GAZETTEER } from '../../../tests/support/pipeline.ts';
import { extractArticle, extractionContext } from './article-extraction.ts';

const prepared = extractionContext(GAZETTEER);

/** The article's dated events as [kind, status, date], in the order found. */
function events(published: string, body: string): string[][] {
  const { found } = extractArticle(article('own', published, body), prepared);
  return found.candidates.map((c) => [c.noun ?? c.kind, c.status, c.date.value]);
}

function undated(published: string, body: string): string[][] {
  const { found } = extractArticle(article('own', published, body), prepared);
  return found.undated.map((u) => [u.kind, u.status]);
}

describe('extraction on articles of our own', () => {
  it('ends "wrapped up two days of talks on Friday" on the Friday, and begins "began" ones on their day', () => {
    expect(events('2026-04-10T16:00:00Z', 'ISTANBUL, April 10 (Reuters) - Ukrainian and Russian delegations wrapped up two days of talks in Istanbul on Friday, Turkish officials said.\n')).toEqual([
      ['talks', 'occurred', '2026-04-09/2026-04-10'],
    ]);
    expect(events('2026-04-12T09:00:00Z', 'Three days of negotiations between the two sides ended in Geneva on Saturday.\n')).toEqual([['talks', 'occurred', '2026-04-09/2026-04-11']]);
    // …also with the participle after the span ("ending", "concluding"): the day given is still the last.
    expect(events('2026-04-14T09:00:00Z', 'Two days of talks ending Saturday in Geneva brought the sides closer.\n')).toEqual([['talks', 'occurred', '2026-04-10/2026-04-11']]);
    expect(events('2026-04-14T09:00:00Z', 'Three days of negotiations concluding on Saturday in Vienna left the sides apart, officials said.\n')).toEqual([['talks', 'occurred', '2026-04-09/2026-04-11']]);
    expect(events('2026-04-12T09:00:00Z', 'Envoys began two days of talks in Geneva on Saturday.\n')).toEqual([['talks', 'occurred', '2026-04-11/2026-04-12']]);
  });

  it('spans talks held on two coordinated days', () => {
    expect(events('2026-04-11T09:00:00Z', 'KYIV, Ukraine (AP) — Ukrainian and Russian negotiators held talks in Istanbul on Thursday and Friday, the foreign ministry said on Saturday.\n')).toEqual([
      ['talks', 'occurred', '2026-04-09/2026-04-10'],
    ]);
  });

  it('dates a statement by its own verb, not by the plans its quotation speaks of', () => {
    expect(events('2026-03-10T09:00:00Z', '“We are ready to meet in any format,” Zelensky told reporters in Kyiv on Monday.\n')).toEqual([['statement', 'occurred', '2026-03-09']]);
  });

  it('keeps a statement whose speaker is no name: an institution, its voice, an outlet', () => {
    expect(events('2031-06-05T09:00:00Z', 'RIYADH (SPA) - The Saudi interior ministry said in a written statement on Wednesday that the border crossings would reopen.\n')).toEqual([['statement', 'occurred', '2031-06-04']]);
    expect(events('2031-06-05T09:00:00Z', 'A government spokeswoman told a news conference on Monday that the budget was balanced.\n')).toEqual([['statement', 'occurred', '2031-06-02']]);
    expect(events('2031-06-05T09:00:00Z', 'Senior officials in the presidency said on Tuesday that the reshuffle was over.\n')).toEqual([['statement', 'occurred', '2031-06-03']]);
    expect(events('2031-06-05T09:00:00Z', 'The Nile Courier reported on May 30 that the dam had begun its second filling.\n')).toEqual([['statement', 'occurred', '2031-05-30']]);
    expect(events('2031-06-05T09:00:00Z', 'The cabinet on Monday denied that the governor had resigned.\n')).toEqual([['statement', 'occurred', '2031-06-02']]);
  });

  it('makes no statement of an unnamed voice telling of another event, only that event', () => {
    expect(events('2031-06-05T09:00:00Z', 'Negotiators from both sides met in Accra last week, the foreign ministry said on Tuesday.\n')).toEqual([['meeting', 'occurred', '2031-W22']]);
    expect(events('2031-06-05T09:00:00Z', 'The spokesman said the weather was fine.\n')).toEqual([]);
  });

  it('gives a habit no event, and the day of this year’s event after "this year"', () => {
    expect(events('2031-06-05T09:00:00Z', 'The two navies traditionally hold talks in April on fishing rights. This year the talks opened in Hobart on Tuesday.\n')).toEqual([['talks', 'occurred', '2031-06-03']]);
    // A custom told in the present is no event at all, not even an undated one.
    expect(undated('2031-06-05T09:00:00Z', 'Central bankers of the region usually meet in the autumn.\n')).toEqual([]);
    expect(undated('2031-06-05T09:00:00Z', 'EU and British negotiators talk by phone every week and meet in person once a month.\n')).toEqual([]);
  });

  it('makes no event of a gathering a condition hangs on, nor of one a question asks about', () => {
    expect(events('2031-06-05T09:00:00Z', 'Talks might resume in Nairobi next week only if the shelling stops, a mediator said.\n')).toEqual([]);
    expect(events('2031-06-05T09:00:00Z', 'A meeting in Lima on Friday would follow if both cabinets approve the text.\n')).toEqual([]);
    expect(events('2031-06-05T09:00:00Z', 'Did the envoys meet in Muscat on Monday? Officials would not say.\n')).toEqual([]);
    expect(events('2031-06-05T09:00:00Z', 'The envoys will meet in Muscat on Friday if the weather allows flights, officials said.\n')).toEqual([['meeting', 'planned', '2031-06-06']]);
  });

  it('dates what a clause counted from the sentence’s day reports by counting from that day', () => {
    expect(events('2031-06-05T09:00:00Z', 'Mexico closed its consulate in Belize on Tuesday, three days after Belizean officials visited Guatemala City.\n')).toEqual([['Visit', 'occurred', '2031-05-31']]);
    expect(events('2031-06-05T09:00:00Z', 'The envoys met in Muscat on Monday. It came two days after Oman’s foreign ministry said that both sides had accepted the agenda.\n')).toEqual([
      ['meeting', 'occurred', '2031-06-02'],
      ['statement', 'occurred', '2031-05-31'],
    ]);
    expect(events('2031-06-05T09:00:00Z', 'Parliament sat on Monday, a day before the prime minister announced his cabinet.\n')).toEqual([]);
  });

  it('reads a vote taken as an event of its day, and one due as none yet', () => {
    expect(events('2031-06-05T09:00:00Z', 'The Senate in Canberra voted narrowly on Monday to approve the submarine deal.\n')).toEqual([['Vote', 'occurred', '2031-06-02']]);
    expect(events('2031-06-05T09:00:00Z', 'Deputies in Sofia voted on Monday against the new budget.\n')).toEqual([['Vote', 'occurred', '2031-06-02']]);
    expect(events('2031-06-05T09:00:00Z', 'Parliament will vote on the treaty next week.\n')).toEqual([]);
  });

  it('makes no statement of the saying that announces a plan before it, only the plan', () => {
    expect(events('2031-05-07T09:00:00Z', 'Treasury Secretary Ann Vale will meet Vice Premier He Lifeng in Geneva on May 10, the Treasury said on Tuesday.\n')).toEqual([['meeting', 'planned', '2031-05-10']]);
  });

  it('makes no statement of a leak, and no speaker of the people a leaked recording names', () => {
    expect(events('2026-05-12T12:00:00Z', 'A recording of a phone call between Witkoff and Ushakov, leaked on Tuesday, showed the envoy coaching the Kremlin aide.\n')).toEqual([]);
  });

  it('gives no date to an event named only as what another one comes after', () => {
    expect(events('2026-03-12T09:00:00Z', 'Trump is due to host Zelensky at the White House on Monday, a week after his call with Putin.\n')).toEqual([['meeting', 'planned', '2026-03-16']]);
  });

  it('keeps a readiness for talks a plan, with the statement on its day', () => {
    expect(events('2026-03-12T09:00:00Z', 'Peskov said on Thursday that Moscow was ready for a new round of talks with Ukraine but had received no proposals.\n')).toEqual([
      ['statement', 'occurred', '2026-03-12'],
    ]);
    expect(undated('2026-03-12T09:00:00Z', 'Peskov said on Thursday that Moscow was ready for a new round of talks with Ukraine but had received no proposals.\n')).toEqual([['talks', 'planned']]);
  });

  it('never takes the day a plan was left for the day it happened', () => {
    expect(events('2026-03-12T09:00:00Z', 'The talks, which had been scheduled for Sunday, were postponed until next week, the Ukrainian side said on Saturday.\n')).toEqual([['talks', 'planned', '2026-W12']]);
  });

  it('dates the start of the war by the month its invasion is written with, and only then', () => {
    const start = ['Start of the war', 'occurred', '2022-02'];
    expect(events('2026-02-24T09:00:00Z', 'Four years since Russia’s full-scale invasion in February 2022, Ukrainians gathered to mourn the dead.\n')).toEqual([start]);
    expect(events('2026-02-24T09:00:00Z', 'The talks unfold against the backdrop of the invasion’s fourth anniversary. Millions have been displaced since February 2022.\n')).toEqual([start]);
    expect(events('2026-02-24T09:00:00Z', 'The war, which began on February 24, 2022, has killed tens of thousands.\n')).toEqual([['Start of the war', 'occurred', '2022-02-24']]);
    // A state of affairs since a month, with no invasion spoken of, is no war's start; nor is the invasion's anniversary day.
    expect(events('2026-02-24T09:00:00Z', 'The war goes on. Direct talks have been stalled since March 2025.\n')).toEqual([]);
    expect(events('2026-02-25T09:00:00Z', 'Kyiv marked the fourth anniversary of the full-scale invasion on February 24.\n')).toEqual([['Anniversary', 'occurred', '2026-02-24']]);
  });

  it('makes an event of "the previous round" or "the previous one" on its own date, apart from the round reported', () => {
    expect(events('2026-04-10T16:00:00Z', 'Delegations wrapped up talks in Istanbul on Friday. The previous round was held in Geneva in February.\n')).toEqual([
      ['talks', 'occurred', '2026-04-10'],
      ['talks', 'occurred', '2026-02'],
    ]);
    expect(events('2026-03-03T10:00:00Z', 'MOSCOW, March 3 (Reuters) - A new round of talks with Ukraine is due to take place in Abu Dhabi in early March. The previous one was in February.\n')).toEqual([
      ['talks', 'planned', '2026-03'],
      ['talks', 'occurred', '2026-02'],
    ]);
    // "One" is the sort of event named before it, between the same people; a date in another clause is not its date.
    const { found } = extractArticle(article('own', '2025-08-07T09:00:00Z', 'It was Witkoff’s fifth encounter with Putin in 2025 — the previous one was in April — and no ceasefire was agreed.\n'), prepared);
    expect(found.candidates.map((c) => [c.kind, c.date.value, c.participants])).toEqual([['meeting', '2025-04', ['steve-witkoff', 'vladimir-putin']]]);
    // Earlier rounds in general are background, not events.
    expect(events('2026-04-10T16:00:00Z', 'Despite previous rounds of talks in Geneva and earlier meetings in Riyadh in 2025, no ceasefire has been agreed.\n')).toEqual([]);
  });

  it('makes no event of what is denied or only supposed', () => {
    expect(events('2026-03-12T09:00:00Z', 'Peskov denied that Putin and Witkoff had met on Friday.\n')).toEqual([]);
    expect(events('2026-03-12T09:00:00Z', 'If Putin and Zelensky were to meet next week, it would be their first meeting since 2019.\n')).toEqual([]);
    expect(events('2026-03-12T09:00:00Z', 'Trump said he would not meet Putin until a deal was close. “There will be no meeting on Thursday,” he said.\n')).toEqual([]);
  });

  it('reads a timeline of dated lines in the present tense, each line its own event and no duration of another thing', () => {
    const timeline = 'Timeline of the talks:\n\n- Feb. 12: Trump and Putin speak by phone.\n- Feb. 18: Witkoff and Putin meet in Geneva.\n- March 11: Ukraine agrees to a 30-day ceasefire at talks in Geneva.\n';
    expect(events('2026-03-12T09:00:00Z', timeline)).toEqual([
      ['call', 'occurred', '2026-02-12'],
      ['meeting', 'occurred', '2026-02-18'],
      ['talks', 'occurred', '2026-03-11'],
    ]);
  });

  it('dates a live update’s plan by its own words, not by the update’s timestamp', () => {
    expect(events('2026-03-12T09:00:00Z', 'Updated 14:05 GMT, March 12 — Zelensky and Trump will speak by phone later on Thursday, a Ukrainian official said.\n')).toEqual([['call', 'planned', '2026-03-12']]);
  });

  it('dates a moved plan by the day it has now, never the day it left', () => {
    expect(events('2026-03-09T09:00:00Z', 'The second round of talks, which was originally planned for February 1, took place on February 4-5 in Geneva.\n')).toEqual([
      ['talks', 'occurred', '2026-02-04/2026-02-05'],
    ]);
    // With no other day, the day it left is all the report gives: merging reads it as such ("originally").
    expect(events('2026-01-28T09:00:00Z', 'The talks, originally planned for February 1, will be moved, officials said.\n')).toEqual([['talks', 'planned', '2026-02-01']]);
  });

  it('gives no day to an event counted from another one’s day, neither the scene’s nor the publication’s', () => {
    const body = 'Zelensky is due to address the European Parliament on Wednesday. A day earlier, he will meet Witkoff in Brussels.\n';
    expect(events('2026-03-09T09:00:00Z', body)).toEqual([]);
    expect(undated('2026-03-09T09:00:00Z', body)).toEqual([['meeting', 'planned']]);
    expect(events('2026-03-09T09:00:00Z', 'The next day, Witkoff met Umerov in Geneva.\n')).toEqual([]);
  });

  it('pairs each date with its nearest event first, so a saying’s day does not date the plan it speaks of', () => {
    expect(events('2026-03-09T09:00:00Z', 'Ukrainian President Volodymyr Zelensky on Monday thanked partners for the support, saying the next round of talks could take place this week.\n')).toEqual([
      ['talks', 'planned', '2026-W11'],
    ]);
    expect(events('2026-03-09T09:00:00Z', 'KYIV. March 9 (Interfax-Ukraine) – The head of the Ukrainian delegation Rustem Umerov has arrived in Geneva, where a new round of talks will begin tomorrow.\n')).toEqual([
      ['talks', 'planned', '2026-03-10'],
    ]);
    expect(events('2026-03-12T09:00:00Z', 'On Monday, March 9, Witkoff met Umerov in Geneva.\n')).toEqual([['meeting', 'occurred', '2026-03-09']]);
    expect(events('2026-03-14T09:00:00Z', 'On Thursday and Friday, the two delegations held talks in Geneva.\n')).toEqual([['talks', 'occurred', '2026-03-12/2026-03-13']]);
  });

  it('keeps what others prepare for or weigh a plan, even when its day has passed', () => {
    expect(events('2026-03-09T09:00:00Z', 'The strikes came as delegations prepared for talks in Geneva on Tuesday.\n').map(([, status]) => status)).toEqual(['planned']);
    expect(undated('2026-03-09T09:00:00Z', 'Russia and the United States are discussing the possibility of holding a new meeting between the presidents.\n')).toEqual([['meeting', 'planned']]);
  });

  it('reads calls, video conferences and rounds of consultations however a wire words them', () => {
    expect(events('2026-03-13T09:00:00Z', 'Trump phoned Putin on Thursday to discuss the ceasefire proposal.\n')).toEqual([['call', 'occurred', '2026-03-12']]);
    expect(events('2026-03-13T09:00:00Z', 'Umerov and Witkoff held a videoconference on Thursday.\n')).toEqual([['meeting', 'occurred', '2026-03-12']]);
    expect(events('2026-03-13T09:00:00Z', 'A round of consultations between the Russian and American delegations took place in Geneva on Thursday.\n')).toEqual([['talks', 'occurred', '2026-03-12']]);
  });

  it('makes no strike of words aimed at a person', () => {
    expect(events('2025-02-20T09:00:00Z', 'US President Donald Trump kept up his attacks on Volodymyr Zelensky this week.\n')).toEqual([]);
    expect(events('2025-02-20T09:00:00Z', 'Russian attacks on Odesa this week killed five people.\n')).toEqual([['strike', 'occurred', '2025-W08']]);
  });

  it('dates talks under way by the day of the wire, and a trip’s week for the talks at its end', () => {
    expect(events('2026-03-13T09:00:00Z', 'GENEVA (AP) — Talks between Ukrainian and Russian delegations are under way in Geneva, officials said.\n')).toEqual([['talks', 'occurred', '2026-03-13']]);
    expect(events('2026-03-13T09:00:00Z', 'Putin is holding talks with Witkoff at the Kremlin, Peskov said.\n')).toEqual([['talks', 'occurred', '2026-03-13']]);
    expect(events('2026-03-13T09:00:00Z', 'Zelensky will travel to Geneva next week for talks with Witkoff, his office said on Thursday.\n')).toEqual([['talks', 'planned', '2026-W12']]);
    // A trip's day is the trip's, not the talks' at its end.
    expect(events('2026-03-13T09:00:00Z', 'Umerov leaves for Geneva on Sunday to meet Witkoff.\n')).toEqual([['Trip', 'planned', '2026-03-15']]);
  });

  it('gives a date in a relative clause to the noun it describes, and no exchange to a deal about one', () => {
    expect(events('2026-04-10T18:00:00Z', 'The two-day talks in Istanbul, which ended on Friday, produced a prisoner exchange deal.\n')).toEqual([['talks', 'occurred', '2026-04-09/2026-04-10']]);
    expect(events('2026-04-10T18:00:00Z', 'Two days of talks in Istanbul concluded on Friday with an agreement to exchange prisoners.\n')).toEqual([['talks', 'occurred', '2026-04-09/2026-04-10']]);
  });

  it('reads a live blog’s entries against the day heading above them, and no link to another story', () => {
    const blog = 'Live: Ukraine peace talks\n\nWednesday, March 4, 2026\n\n17:45 — Umerov met Witkoff in Geneva this afternoon.\n\nTuesday, March 3, 2026\n\n21:00 — Zelensky thanked Trump for their phone call earlier today.\n\nRelated: Witkoff and Kushner to meet Putin next week\n';
    expect(events('2026-03-04T18:00:00Z', blog)).toEqual([
      ['meeting', 'occurred', '2026-03-04'],
      ['call', 'occurred', '2026-03-03'],
    ]);
  });

  it('gives a date to the event of its own clause, not to the saying after the comma', () => {
    expect(events('2025-10-06T09:00:00Z', 'MOSCOW, Oct 4 (Reuters) - Putin received Witkoff and Kushner in Geneva on Friday, Peskov told reporters.\n')).toEqual([['meeting', 'occurred', '2025-10-03']]);
    expect(events('2025-10-06T09:00:00Z', 'Putin and the two American envoys talked for nearly five hours in Geneva late on Tuesday, but no compromise was found, Peskov told reporters.\n')).toEqual([
      ['talks', 'occurred', '2025-09-30'],
    ]);
    expect(events('2025-10-20T09:00:00Z', 'Earlier this month, Witkoff and Kushner spent five hours with Putin in Geneva without a breakthrough.\n')).toEqual([['meeting', 'occurred', '2025-10']]);
  });

  it('reads strikes told by their weapons, their force or their day', () => {
    const published = '2025-10-06T09:00:00Z';
    expect(events(published, 'Russia launched hundreds of drones and missiles at Kyiv overnight into Saturday, killing two people.\n')).toEqual([['strike', 'occurred', '2025-10-04']]);
    expect(events(published, 'A massive Russian attack hit the Ukrainian capital on Saturday.\n')).toEqual([['strike', 'occurred', '2025-10-04']]);
    expect(events(published, 'Ukrainian drones struck an oil refinery in the Rostov region on Saturday.\n')).toEqual([['strike', 'occurred', '2025-10-04']]);
    // The possessive day is the strike's, not the address's that mentions it.
    expect(events(published, 'Saturday’s strike on Kyiv left parts of the city without power, Zelensky said in his nightly address.\n')).toEqual([['strike', 'occurred', '2025-10-04']]);
    // Striking a deal is no strike.
    expect(events(published, 'Trump hopes to strike a deal with Putin on Saturday.\n')).toEqual([]);
  });

  it('counts "today" in a wire story from the day of its dateline, not the day it was published', () => {
    expect(events('2026-03-10T09:00:00Z', 'ABU DHABI, 9th March, 2026 (WAM) -- Zelensky received a phone call today from Trump, during which they discussed the talks.\n')).toEqual([
      ['call', 'occurred', '2026-03-09'],
    ]);
  });

  it('keeps two tables of one day apart when each has a side the other lacks, and gives a plan no evidence of days already past', () => {
    const body =
      "MIAMI (AP) - On Dec. 21, Ukraine's delegation held a further round of talks with U.S. representatives. The Russian delegation was due to see the U.S. side again on Dec. 21. Umerov said the past three days of meetings with U.S. partners had been productive.\n";
    const { found } = extractArticle(article('own', '2025-12-21T12:00:00Z', body), prepared);
    expect(found.candidates.map((c) => [c.kind, c.status, c.date.value, c.evidence.length])).toEqual([
      ['talks', 'occurred', '2025-12-21', 2],
      ['meeting', 'planned', '2025-12-21', 1],
    ]);
  });

  it('reads a definite description after an undated title line as the first report of its event', () => {
    const body = 'Live: NATO summit in Vilnius\n\n10:15 — Leaders have arrived at the summit venue, where the opening session has begun.\n';
    expect(events('2035-06-21T12:00:00Z', body)).toEqual([['summit', 'occurred', '2035-06-21']]);
  });

  it('reads calls, talks, swaps and strikes told other ways: by telephone in a readout, consulted, reconvened, a swap, weapons after the verb', () => {
    expect(events('2037-03-06T09:00:00Z', 'The two presidents conferred by telephone on Wednesday about the grain deal, the Kremlin said.\n')).toEqual([['call', 'occurred', '2037-03-04']]);
    expect(events('2037-03-06T09:00:00Z', 'Farmers agreed on Monday to discuss the matter by phone with the ministry next week.\n').filter(([kind]) => kind === 'call')).toEqual([]);
    expect(events('2037-03-06T09:00:00Z', 'Ali Haddad had a telephone exchange with Rania Saleh on Tuesday.\n')).toEqual([['call', 'occurred', '2037-03-03']]);
    // Told by telephone, a quote is no call.
    expect(events('2037-03-06T09:00:00Z', 'The mayor told Reuters by phone on Thursday that the bridge would reopen.\n').filter(([kind]) => kind === 'call')).toEqual([]);
    expect(events('2037-03-06T09:00:00Z', 'Deputy ministers of the two countries consulted with each other in Baku on Monday.\n')).toEqual([['talks', 'occurred', '2037-03-02']]);
    expect(events('2037-03-06T09:00:00Z', 'Delegations from both countries will reconvene in Vienna on Tuesday.\n')).toEqual([['talks', 'planned', '2037-03-10']]);
    // A legislature that reconvenes holds no talks: its return is a happening of its own (legislature-returns.test.ts).
    expect(events('2037-03-06T09:00:00Z', 'Parliament will reconvene on Tuesday.\n')).toEqual([['Return of parliament', 'planned', '2037-03-10']]);
    expect(events('2037-03-06T09:00:00Z', 'The sides completed another swap on Thursday, freeing 50 soldiers each.\n')).toEqual([['exchange', 'occurred', '2037-03-05']]);
    expect(events('2037-03-06T09:00:00Z', 'The two armies agreed on Thursday to swap prisoners, and an exchange of fire followed.\n').filter(([kind]) => kind === 'exchange')).toEqual([]);
    expect(events('2037-03-06T09:00:00Z', 'Russian forces hammered Kharkiv on Thursday with dozens of missiles.\n')).toEqual([['strike', 'occurred', '2037-03-05']]);
    // "visiting" before a name qualifies the person met.
    expect(events('2037-03-06T09:00:00Z', 'The chancellor met visiting Brazilian President Ana Lima on Thursday.\n')).toEqual([['meeting', 'occurred', '2037-03-05']]);
  });

  it('makes no event of an anniversary’s event, a denial, a rumour, a programme’s name or a habit', () => {
    expect(events('2037-03-06T09:00:00Z', 'Georgia on Thursday marked the tenth anniversary of the Tbilisi talks.\n')).toEqual([['Anniversary', 'occurred', '2037-03-05']]);
    // The denial is Ankara's statement of its day, as a cabinet's is; the meeting it denies is none.
    expect(events('2037-03-06T09:00:00Z', 'Ankara on Thursday denied reports that the U.S. envoy had met Syrian officials last week.\n')).toEqual([['statement', 'occurred', '2037-03-05']]);
    expect(events('2037-03-06T09:00:00Z', 'Officials dismissed as pure invention claims that the ministers met in Oman.\n')).toEqual([]);
    expect(events('2037-03-06T09:00:00Z', 'There were rumours that the two envoys met in Muscat on Tuesday.\n')).toEqual([]);
    expect(events('2037-03-06T09:00:00Z', 'She was interviewed on “Face the Nation” and “Meet the Press” on Sunday.\n')).toEqual([]);
    const habit = 'The two foreign ministers talk by phone every week. Their most recent call was on Monday.\n';
    const { found } = extractArticle(article('own', '2037-03-06T09:00:00Z', habit), prepared);
    expect(found.candidates.map((c) => [c.kind, c.date.value, c.evidence.length])).toEqual([['call', '2037-03-02', 1]]);
  });

  it('keeps many events of a sort, one more of them, and one whose day is not said, without a day', () => {
    expect(undated('2037-03-06T09:00:00Z', 'The neighbours have held several rounds of negotiations over the river.\n')).toEqual([['talks', 'occurred']]);
    expect(events('2037-03-06T09:00:00Z', 'The spokesman said by phone on Tuesday that the talks had not been scheduled.\n')).toEqual([]);
    const more = 'The envoy met President Okoro in Abuja on Tuesday. She also held talks with union leaders, her office said, but did not say when.\n';
    expect(events('2037-03-06T09:00:00Z', more)).toEqual([['meeting', 'occurred', '2037-03-03']]);
    expect(undated('2037-03-06T09:00:00Z', more)).toEqual([['talks', 'occurred']]);
  });

  it('dates a plan stated after its noun by its own day, not the day it was said', () => {
    // Published on a Wednesday: the weekday of a plan is the coming one, of a past event the one before.
    expect(events('2037-03-04T09:00:00Z', 'Talks between the two coalitions are due to open in Lome on Saturday.\n')).toEqual([['talks', 'planned', '2037-03-07']]);
    expect(events('2037-03-04T09:00:00Z', 'A meeting of the three foreign ministers has been set for Monday in Cairo.\n')).toEqual([['meeting', 'planned', '2037-03-09']]);
    expect(events('2037-03-04T09:00:00Z', 'Talks between the two coalitions were held in Lome on Saturday.\n')).toEqual([['talks', 'occurred', '2037-02-28']]);
  });

  it('reads a trip as an event of its own day, apart from what it is for, and nothing left to someone as a trip', () => {
    expect(events('2037-03-06T09:00:00Z', 'Kenya’s foreign minister left for Addis Ababa on Sunday, her office said.\n')).toEqual([['Trip', 'occurred', '2037-03-01']]);
    expect(events('2037-03-06T09:00:00Z', 'The prime minister departs for Canberra on Monday, where she will meet the governor-general on Wednesday.\n')).toEqual([
      ['Trip', 'planned', '2037-03-09'],
      ['meeting', 'planned', '2037-03-11'],
    ]);
    expect(events('2037-03-06T09:00:00Z', 'The final decision was left to the Senate on Thursday.\n')).toEqual([]);
  });

  // 2033-06-10 is a Friday.
  it('gives a date before a second verb to the first ("spoke on Thursday and agreed to meet"), leaving the agreed meeting undated', () => {
    const body = 'LIMA (Andina) - Presidents Rosa Quispe and Daniel Noboa talked by phone on Thursday and agreed to meet in Quito to reopen the border.\n';
    expect(events('2033-06-10T09:00:00Z', body)).toEqual([['call', 'occurred', '2033-06-09']]);
    expect(undated('2033-06-10T09:00:00Z', body)).toEqual([['meeting', 'planned']]);
    expect(events('2033-06-10T09:00:00Z', 'King Abdul Aziz received the Omani foreign minister in Riyadh on Tuesday and praised the truce.\n')).toEqual([['meeting', 'occurred', '2033-06-07']]);
  });

  it('reads a conversation between leaders as a call', () => {
    expect(events('2033-06-10T09:00:00Z', 'The conversation between the leaders of Chile and Peru on Wednesday lasted an hour, an aide said.\n')).toEqual([['call', 'occurred', '2033-06-08']]);
  });

  it('dates what a journey to a place is for by the journey ("will fly to Nairobi on Monday for talks"), not what one sets off for', () => {
    expect(events('2033-06-10T09:00:00Z', 'The envoy will fly to Nairobi on Monday for talks with the mediators.\n')).toEqual([['talks', 'planned', '2033-06-13']]);
    expect(events('2033-06-10T09:00:00Z', 'The premier will pay an official visit to Hanoi next month for the yearly summit with Vietnam.\n')).toEqual([['summit', 'planned', '2033-07']]);
    expect(events('2033-06-10T09:00:00Z', 'Umerov leaves for Oslo on Monday to meet the envoys.\n')).toEqual([['Trip', 'planned', '2033-06-13']]);
  });

  it('dates a trip or a visit put off by the day it was planned for', () => {
    expect(events('2033-06-07T09:00:00Z', 'The minister has cancelled her trip to Seoul, scheduled for Thursday, because of the strike.\n')).toEqual([['Visit', 'planned', '2033-06-09']]);
  });

  it('reads hosting a body of officials, and sitting beside someone, as a meeting', () => {
    expect(events('2033-06-10T09:00:00Z', 'Norway will host Arctic Council foreign ministers in Tromso on July 4 and 5, the government said.\n')).toEqual([['meeting', 'planned', '2033-07-04/2033-07-05']]);
    expect(events('2033-06-10T09:00:00Z', 'When the chancellor sat next to President Mwangi at the state banquet in March, the mood was warm.\n')).toEqual([['meeting', 'occurred', '2033-03']]);
  });

  it('keeps the days of talks that began with a meeting one span of talks, wherever they were', () => {
    expect(events('2033-06-10T09:00:00Z', 'The envoys began three days of talks in New York on Tuesday with a meeting at the UN.\n')).toEqual([['talks', 'occurred', '2033-06-07/2033-06-09']]);
  });

  it('dates the saying a counted clause names, not what it said would happen', () => {
    expect(events('2033-06-10T09:00:00Z', 'The envoy met the rebels in Goma on Wednesday, a day after saying that talks would resume.\n').filter(([kind]) => kind !== 'statement')).toEqual([['meeting', 'occurred', '2033-06-08']]);
  });

  it('reads "may" as a modal only where it is no month', () => {
    expect(events('2033-06-10T09:00:00Z', 'Foreign ministers of the two states sat down with each other in Baku in May.\n')).toEqual([['meeting', 'occurred', '2033-05']]);
  });

  it('dates a saying by the time that opens its clause or sets its scene ("this week X has already signalled", "At last month’s forum, X, who …, said")', () => {
    expect(events('2033-06-10T09:00:00Z', 'The deal looks fragile, and this week the prime minister has already hinted at new elections; last week Minister Sara Lind has already warned that the coalition could fall.\n')).toEqual([['statement', 'occurred', '2033-W22']]);
    expect(events('2033-06-10T09:00:00Z', 'LAGOS — Speaking at last week’s Sahel forum, Foreign Minister Bola Adeyemi, who chairs the regional bloc, said the juntas must free the detainees.\n')).toEqual([
      ['statement', 'occurred', '2033-W22'],
    ]);
    expect(events('2033-06-10T09:00:00Z', 'President Ana Rocha has warned this week that the bridge talks are over.\n')).toEqual([['statement', 'occurred', '2033-W23']]);
  });

  it('makes no event on the day plans were unveiled, and none of a plan that was given no date', () => {
    const body = 'ADDIS ABABA — The African Union on Monday outlined plans for a summit on the Nile dams, but gave no date.\n';
    // The outlining is the African Union's statement of its day; the summit has none.
    expect(events('2033-06-10T09:00:00Z', body)).toEqual([['statement', 'occurred', '2033-06-06']]);
    expect(undated('2033-06-10T09:00:00Z', body)).toEqual([['summit', 'planned']]);
    expect(events('2033-06-10T09:00:00Z', 'Canberra unveiled plans on Tuesday for a Pacific leaders’ summit in Suva next month.\n')).toEqual([['summit', 'planned', '2033-07']]);
  });

  it('dates a statement by a period set off at the head of its sentence, whatever the length of its unnamed subject', () => {
    expect(events('2033-06-10T09:00:00Z', 'This month, some forty countries in an alliance headed by Chile and Peru said they would fund the fisheries patrol.\n')).toEqual([['statement', 'occurred', '2033-06']]);
    expect(events('2033-06-10T09:00:00Z', 'DAKAR — Last week, nine relief agencies based in the northern towns warned that the wells were drying up.\n')).toEqual([['statement', 'occurred', '2033-W22']]);
    // The first verb of saying is the subject's; a name in the object of a preposition is not its speaker.
    expect(events('2033-06-10T09:00:00Z', 'On Monday, a senior adviser to President Ana Rocha said the president had warned her cabinet.\n')).toEqual([]);
    // "and" before a verb ends the subject: the saying is another clause's (the camps toured are a visit of the month, VISITED_SITE).
    expect(events('2033-06-10T09:00:00Z', 'This month, the envoys toured the camps and the ministry said nothing.\n')).toEqual([['Visit', 'occurred', '2033-06']]);
  });

  it('dates no gathering by the day someone made it known ("had been announced by both ministries on March 28")', () => {
    expect(events('2033-06-10T09:00:00Z', 'The two premiers met in Male on Tuesday. Their meeting had been announced by both governments on May 30.\n')).toEqual([['meeting', 'occurred', '2033-06-07']]);
  });

  it('reads an office with "of" as a title, and gives a gerund after "a day after" the main clause’s subject', () => {
    expect(events('2033-06-10T09:00:00Z', 'Minister of Defence Aiko Tanaka said on Tuesday that the drills would go ahead.\n')).toEqual([['statement', 'occurred', '2033-06-07']]);
    const { found } = extractArticle(article('own', '2033-06-10T09:00:00Z', 'Chancellor Jonas Brandt met Prime Minister Ines Corral in Porto on Wednesday, a day after saying that the dispute was settled.\n'), prepared);
    const statement = found.candidates.find((c) => c.kind === 'statement');
    expect([statement?.date.value, statement?.participants]).toEqual(['2033-06-07', ['jonas-brandt']]);
  });
  it('reads negotiators trading drafts or proposals as a round of talks, and no swap', () => {
    expect(events('2046-05-10T09:00:00Z', 'Negotiators for the two governments traded revised proposals in Oslo on Wednesday, Norwegian officials said.\n')).toEqual([['talks', 'occurred', '2046-05-09']]);
  });

  it('reads seeing someone again, or hosting the two sides, as a meeting', () => {
    expect(events('2046-05-10T09:00:00Z', 'Ortiz will see her again in Madrid on Friday, his office said.\n')).toEqual([['meeting', 'planned', '2046-05-11']]);
    expect(events('2046-05-10T09:00:00Z', 'Oman will host the two sides on Sunday, the foreign ministry said.\n')).toEqual([['meeting', 'planned', '2046-05-13']]);
  });

  it('keeps what happened twice or thrice as an undated mention, given no day', () => {
    for (const body of ['The two ministers have spoken by phone twice.\n', 'Ortiz has met the king thrice during his term.\n']) {
      expect(events('2046-05-10T09:00:00Z', body)).toEqual([]);
      expect(undated('2046-05-10T09:00:00Z', body)).toHaveLength(1);
    }
  });

  it('ends a gathering told by its length after the main clause on the main clause’s day', () => {
    expect(events('2046-03-30T09:00:00Z', 'Officials of the two countries signed a memorandum in Almaty on Thursday after two days of talks.\n')).toEqual([
      ['Memorandum', 'occurred', '2046-03-29'],
      ['talks', 'occurred', '2046-03-28/2046-03-29'],
    ]);
    expect(events('2046-03-30T09:00:00Z', 'The sides agreed on Friday to a truce following 12 hours of negotiations.\n')).toEqual([
      ['Agreement reached', 'occurred', '2046-03-30'],
      ['talks', 'occurred', '2046-03-30'],
    ]);
  });
  it('dates a named voice heard with no day of its own by the day of the news, but not one in a relative clause about its speaker', () => {
    expect(events('2046-03-20T09:00:00Z', 'Ukrainian President Volodymyr Zelenskyy, speaking in Kyiv, said the pause should now end.\n')).toEqual([['statement', 'occurred', '2046-03-20']]);
    expect(events('2046-03-20T09:00:00Z', 'Kremlin spokesman Dmitry Peskov, asked by reporters about the report, said the pause was situational.\n')).toEqual([['statement', 'occurred', '2046-03-20']]);
    expect(events('2046-03-20T09:00:00Z', 'The stance echoes Pete Hegseth, who told NATO allies there was no prospect of membership.\n')).toEqual([]);
  });
  it('dates a live entry by its own words before its time stamp, and by the stamp when it has none', () => {
    expect(events('2046-03-14T15:00:00Z', '14:05 GMT — Novak has put off his trip to Warsaw, which had been planned for Friday.\n')).toEqual([['Visit', 'planned', '2046-03-16']]);
    expect(events('2046-03-14T15:00:00Z', '09:10 — Talks have begun in Geneva.\n')).toEqual([['talks', 'occurred', '2046-03-14']]);
  });

  it('holds a gathering the next sentence places "there" on the day of the journey before it, in place of the journey', () => {
    expect(events('2046-03-14T15:00:00Z', 'Novak has put off his trip to Warsaw, which had been planned for Friday. He had been due to hold talks there with his Polish counterpart, officials said.\n')).toEqual([
      ['talks', 'planned', '2046-03-16'],
    ]);
    expect(events('2046-03-14T15:00:00Z', 'Novak will fly to Warsaw on Friday. He will meet his Polish counterpart there.\n')).toEqual([['meeting', 'planned', '2046-03-16']]);
  });
  it('reads a day in a relative clause that schedules in the present as ahead, before the day of the journey to it', () => {
    expect(events('2046-06-16T09:00:00Z', 'Leaders arrived in Banff for the summit of the seven, which opens on Monday.\n')).toEqual([['summit', 'planned', '2046-06-18']]);
    expect(events('2046-06-16T09:00:00Z', 'The premier flew to Banff on Saturday for the summit, which opens on Monday.\n')).toEqual([
      ['Trip', 'occurred', '2046-06-16'],
      ['summit', 'planned', '2046-06-18'],
    ]);
    // A weekday beside its day of the month is that day, however the plan is told.
    expect(events('2046-05-31T09:00:00Z', 'The minister said that Moscow had proposed holding talks with Kyiv in Istanbul on Monday, June 4.\n').filter(([kind]) => kind === 'talks')).toEqual([['talks', 'planned', '2046-06-04']]);
    // A round of talks is what a visit is for, as talks are ("for the sixth round of negotiations").
    expect(events('2046-06-04T09:00:00Z', 'A Danish trade team will visit New Delhi from June 25 to 27 for the sixth round of negotiations on a fisheries accord.\n')).toEqual([['talks', 'planned', '2046-06-25/2046-06-27']]);
    // The clause's day is the summit's, not the meeting's that a subordinate clause before it leaves its own day.
    expect(events('2046-06-18T09:00:00Z', 'The premier met his Dutch counterpart in Ottawa on Sunday before flying west to Banff for the summit, which opens on Tuesday.\n')).toEqual([
      ['meeting', 'occurred', '2046-06-17'],
      ['summit', 'planned', '2046-06-19'],
    ]);
  });
});

describe('agreements, stoppages, series, customs and days marked', () => {
  const published = '2052-09-08T09:00:00Z'; // a Sunday

  it('makes an agreement reached an event of its day, and the talks it plans a plan of their own', () => {
    expect(events(published, 'Chile and Bolivia reached an agreement on water rights on Friday, the two governments said.\n')).toEqual([['Agreement reached', 'occurred', '2052-09-06']]);
    expect(events(published, 'Ghana and Togo agreed on Thursday to resume their border talks in Lomé next week.\n')).toEqual([
      ['Agreement reached', 'occurred', '2052-09-05'],
      ['talks', 'planned', '2052-W37'],
    ]);
    // Hoped for or missed: no agreement.
    expect(events(published, 'The sides failed to reach an agreement on Friday.\n')).toEqual([]);
  });

  it('makes stopping talks or deliveries an event, and the talks stopped no gathering on that day', () => {
    expect(events(published, 'Hungary suspended its energy talks with Slovakia on Saturday.\n')).toEqual([['Suspension', 'occurred', '2052-09-07']]);
    expect(events(published, 'The operator halted gas deliveries to the port on Friday.\n')).toEqual([['Suspension', 'occurred', '2052-09-06']]);
    expect(events(published, 'The ministry put the trade negotiations with Lima on hold on Friday.\n')).toEqual([['Suspension', 'occurred', '2052-09-06']]);
  });

  it('keeps a series of calls undated, and gives it no day', () => {
    expect(events(published, 'The two foreign ministers have spoken three times since the crisis began, officials said on Sunday.\n')).toEqual([]);
    expect(undated(published, 'The two foreign ministers have spoken three times since the crisis began, officials said on Sunday.\n')).toEqual([['call', 'occurred']]);
    expect(undated(published, 'The premiers spoke several times by phone during the floods.\n')).toEqual([['call', 'occurred']]);
  });

  it('makes nothing of a gathering refused, ruled out, only possible, off the agenda or in doubt', () => {
    for (const body of [
      'The governor refused on Friday to meet the protest leaders.\n',
      'The cabinet has ruled out talks with the rebels.\n',
      'The two leaders could meet at the UN in October, a diplomat said.\n',
      'A summit of the two presidents is not on the agenda, the spokesman said on Friday.\n',
      'It is unclear whether the envoys will meet in Doha next week.\n',
    ]) {
      expect([...events(published, body), ...undated(published, body)].filter(([kind]) => kind !== 'statement')).toEqual([]);
    }
  });

  it('makes nothing of a question after a transcript speaker, a "may meet", a gathering that only "could take place", or a quoted condition', () => {
    for (const body of [
      'HOST: Did you speak to the Danish premier?\n',
      'Officials said the two ministers may meet in Oslo on Friday.\n',
      'Diplomats say a summit could take place in Lima before the winter.\n',
    ]) {
      expect([...events(published, body), ...undated(published, body)]).toEqual([]);
    }
    // The attribution after a quoted condition is a statement of its own: the condition ends with the quotation.
    expect(events(published, '“If the talks resume, we will be there,” the minister told reporters on Friday.\n')).toEqual([['statement', 'occurred', '2052-09-06']]);
  });

  it('makes no statement of a readout: a telling of the press whose quotation reports the day’s event, which the event cites instead', () => {
    const body = 'The Czech and Slovak premiers spoke by phone on Friday, an aide said. “This afternoon the premiers spoke on the phone about gas,” aide Tomas Hruby told reporters.\n';
    expect(events(published, body)).toEqual([['call', 'occurred', '2052-09-06']]);
    // A quotation recalling the past is news of its own.
    expect(events(published, '“When our leaders met in Skopje in 2040, they agreed on the border,” the minister told parliament on Friday.\n')).toEqual([['statement', 'occurred', '2052-09-06']]);
  });

  it('reads swaps told in the passive or by a return from captivity, strikes by aircraft, and unannounced visits', () => {
    expect(events(published, 'On Friday, 40 soldiers were exchanged at the border.\n')).toEqual([['exchange', 'occurred', '2052-09-06']]);
    expect(events(published, 'Another 30 sailors came home from captivity on Friday, the navy said.\n')).toEqual([['exchange', 'occurred', '2052-09-06']]);
    expect(events(published, 'Government warplanes hit a rebel depot near Goma on Friday.\n')).toEqual([['strike', 'occurred', '2052-09-06']]);
    expect(events(published, 'The Belgian premier arrived in Chisinau on Friday on a surprise visit.\n')).toEqual([['Visit', 'occurred', '2052-09-06']]);
  });

  it('reads a swap told by its verb with no count, and not one agreed to or lists exchanged', () => {
    expect(events(published, 'Armenia and Azerbaijan exchanged detainees at the border on Friday, with the Red Cross in the middle.\n')).toEqual([['exchange', 'occurred', '2052-09-06']]);
    expect(events(published, 'On Friday Kyiv and Moscow swapped prisoners of war for the first time since June.\n')).toEqual([['exchange', 'occurred', '2052-09-06']]);
    expect(events(published, 'The rebels and the army swapped captured soldiers near Goma on Friday.\n')).toEqual([['exchange', 'occurred', '2052-09-06']]);
    expect(events(published, 'On Friday the two sides exchanged lists of prisoners they hold.\n')).toEqual([]);
    expect(events(published, 'The two sides agreed on Friday to exchange prisoners next month.\n').map(([kind]) => kind)).not.toContain('exchange');
  });

  it('reads a day marked by the years since an event as an anniversary of it, not as a plan once it has come', () => {
    expect(events(published, 'Estonia on Saturday marked 60 years since the end of the occupation with a concert in Tallinn.\n')).toEqual([['Anniversary', 'occurred', '2052-09-07']]);
  });

  it('dates what was agreed after meetings the sentence before dated by those meetings', () => {
    expect(events(published, 'Nairobi was the venue last month for talks between the two sides. After those meetings, the two armies agreed to restore their military contacts, which had been cut off in 2049.\n')).toEqual([
      ['talks', 'occurred', '2052-08'],
      ['Agreement reached', 'occurred', '2052-08'],
      ['Suspension', 'occurred', '2049'],
    ]);
  });
});
