import { describe, expect, it } from 'vitest';
import { article, KINDS_BUT_STATEMENT, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import type { Timeline } from '../types.ts';

// Short reports of our own: background told without a day beside the day's news.
const timeline = timelineWithoutGazetteer([
  article('told-with-day', '2061-03-10', 'LUSAKA (Copper Courier) — Zambia’s mines minister said on Tuesday that the so-called border truce has held. The truce was agreed by Zambian and Congolese officials at talks mediated by Angola.\n'),
  article('next-entry', '2061-03-12', 'Live — 08:10: Zambia’s mines minister said on Thursday that exports would resume.\n\n09:40: The Angolan envoy, Rui Neto, met the Zambian president in Lusaka.\n'),
  article('explainer', '2061-03-14', 'MAPUTO (Indian Ocean Review) — Explainer: why Maputo and Harare keep talking about the railway. Mozambican and Zimbabwean ministers have held talks on the line dozens of times. The two presidents met at Beira to launch the latest plan.\n'),
  article('announced-in-month', '2061-03-16', 'KIGALI (Great Lakes Wire) — The summit of Rwandan and Burundian leaders, first announced in January, will take place in Rubavu on April 20, the presidency said on Tuesday.\n'),
]);
const undatedOf = (reports: Timeline, source: string) => reports.undated.filter((u) => u.article === source).map((u) => u.quote.text);

describe('background told without a day', () => {
  it('lists what a paragraph tells after its dated news, and gives it no day', () => {
    expect(reportedIn(timeline, 'told-with-day', ...KINDS_BUT_STATEMENT)).toEqual([]);
    expect(undatedOf(timeline, 'told-with-day')).toEqual(['The truce was agreed by Zambian and Congolese officials at talks mediated by Angola.']);
  });

  it('still dates a live blog’s next entry by its day', () => {
    expect(reportedIn(timeline, 'next-entry', ...KINDS_BUT_STATEMENT).map((e) => [e.kind, e.date.value])).toEqual([['meeting', '2061-03-12']]);
  });

  it('gives an explainer’s reports no day, and keeps them', () => {
    expect(reportedIn(timeline, 'explainer', ...KINDS_BUT_STATEMENT)).toEqual([]);
    expect(undatedOf(timeline, 'explainer')).toEqual(['Mozambican and Zimbabwean ministers have held talks on the line dozens of times.', 'The two presidents met at Beira to launch the latest plan.']);
  });

  it('does not date a plan by the month it was first announced in', () => {
    expect(reportedIn(timeline, 'announced-in-month', ...KINDS_BUT_STATEMENT).map((e) => [e.kind, e.date.value, e.status])).toEqual([['summit', '2061-04-20', 'planned']]);
  });
});

describe('a plan told at one remove', () => {
  it('keeps a day of a month the telling named in the year nearest the telling, though it has passed', () => {
    const told = timelineWithoutGazetteer([
      article('interview-published-later', '2061-05-07', 'In an interview given on April 25 and published on Friday, Malawi’s president said she would meet the Tanzanian president in Mbeya on May 2.\n'),
      article('told-in-december', '2061-12-22', 'The ministry said on Monday that Malawian and Zambian negotiators would hold talks in Chipata on January 9.\n'),
    ]);
    expect(told.events.filter((e) => e.kind !== 'statement').map((e) => [e.kind, e.date.value, e.status])).toEqual([
      ['meeting', '2061-05-02', 'planned'],
      ['talks', '2062-01-09', 'planned'],
    ]);
  });
});

// Series gone by, in words the triggers once passed over: kept on the page, given no day.
const series = timelineWithoutGazetteer([
  article('previous-meetings', '2061-04-20', 'HARARE (Zambezi Post) — Zimbabwe’s foreign minister held talks with her Zambian counterpart in Harare on Monday. Previous meetings between the two were tense.\n'),
  article('previous-rounds', '2061-04-21', 'MAPUTO (Indian Ocean Review) — Mozambican and Malawian negotiators opened a third round of talks in Maputo on Monday. The two previous rounds ended without a statement.\n'),
  article('met-regularly', '2061-04-22', 'KIGALI (Great Lakes Wire) — Rwanda’s president will meet Uganda’s president in Kigali on May 9. The two have met regularly since the border reopened.\n'),
  article('last-time-the-two-met', '2061-04-23', 'LUANDA (Atlantic Wire) — Angolan and Namibian ministers held talks in Luanda on Wednesday. The last time the two met, they agreed to patrol the river jointly.\n'),
]);

describe('series gone by', () => {
  it('keeps earlier meetings and rounds, none in particular, with no day', () => {
    expect(undatedOf(series, 'previous-meetings')).toEqual(['Previous meetings between the two were tense.']);
    expect(undatedOf(series, 'previous-rounds')).toEqual(['The two previous rounds ended without a statement.']);
    expect(reportedIn(series, 'previous-rounds', ...KINDS_BUT_STATEMENT).map((e) => e.date.value)).toEqual(['2061-04-18']);
  });

  it('reads "have met regularly" as a series gone by, not a custom, and "the two met" as no count', () => {
    expect(undatedOf(series, 'met-regularly')).toEqual(['The two have met regularly since the border reopened.']);
    const told = [...undatedOf(series, 'last-time-the-two-met'), ...reportedIn(series, 'last-time-the-two-met', ...KINDS_BUT_STATEMENT).flatMap((e) => e.sources.flatMap((s) => s.quotes.map((q) => q.text)))];
    expect(told).toContain('The last time the two met, they agreed to patrol the river jointly.');
    expect(reportedIn(series, 'last-time-the-two-met', ...KINDS_BUT_STATEMENT).map((e) => e.date.value)).toEqual(['2061-04-20']);
  });
});

// A report whose telling says it gives no day for the event (Tuesday 12 July 2061; the Monday is the 11th).
const dayNotGiven = timelineWithoutGazetteer([
  article('without-saying-when', '2061-07-12', 'WINDHOEK (Atlantic Wire) — Delegations of Namibia and Botswana have held a first round of talks on water sharing in Gobabis, Namibia’s foreign ministry announced on Monday, without saying when the meeting took place.\n'),
  article('did-not-say-when', '2061-07-12', 'GABORONE (Kalahari Post) — The foreign ministers of Botswana and Zambia have met in Kasane, the ministry said on Monday, but it did not say when they met.\n'),
  article('giving-no-date', '2061-07-12', 'LUSAKA (Copper Courier) — Zambian and Malawian officials have held talks in Chipata, a spokesman said on Monday, giving no date for the meeting.\n'),
  article('without-saying-what', '2061-07-12', 'HARARE (Zambezi Post) — The foreign ministers of Zimbabwe and Zambia have met in Livingstone, the ministry said on Monday, without saying what was agreed.\n'),
]);

describe('a report that says it gives no day for its event', () => {
  it('keeps the event with no day, not the day it was announced nor the day of the story', () => {
    for (const source of ['without-saying-when', 'did-not-say-when', 'giving-no-date']) {
      expect(reportedIn(dayNotGiven, source, ...KINDS_BUT_STATEMENT)).toEqual([]);
      expect(undatedOf(dayNotGiven, source)).toHaveLength(1);
    }
  });

  it('still dates by its announcement a report that leaves out something else ("without saying what was agreed")', () => {
    expect(reportedIn(dayNotGiven, 'without-saying-what', ...KINDS_BUT_STATEMENT).map((e) => e.date.value)).toEqual(['2061-07-11']);
  });
});

// Gatherings held on a trip the subject is back from: some day of the trip, not the return's nor the news's.
const tripsBack = timelineWithoutGazetteer([
  article('returned-from-visit', '2061-03-10', 'LUSAKA (Copper Courier) — Zambia’s foreign minister returned on Sunday from a visit to Lilongwe, where she met the Malawian president.\n'),
  article('flew-home-from-tour', '2061-03-11', 'Kenya’s trade envoy flew home on Wednesday from a week-long tour of the Gulf during which he held talks with three ministers.\n'),
  article('back-from-trip', '2061-03-12', 'NAIROBI (East Africa Post) — Back from a three-day trip to Kampala, in the course of which he met Uganda’s president, the minister said the border would reopen.\n'),
  article('own-day-in-clause', '2061-03-13', 'Zambia’s foreign minister returned on Sunday from a visit to Lilongwe, where she had met the Malawian president on March 2.\n'),
  article('went-there', '2061-03-14', 'Zambia’s foreign minister flew to Lilongwe on Wednesday, where she met the Malawian president.\n'),
  // Arrivals from the place the gathering was held at (Thursday 10, Friday 11, Saturday 12 March 2061).
  article('arrived-from-place', '2061-03-10', 'Zambia’s foreign minister arrived in Lusaka on Wednesday evening from Lilongwe, where she met the Malawian president on Monday.\n'),
  article('flew-in-from-place', '2061-03-11', 'Kenya’s trade envoy flew into Nairobi on Thursday from Dubai, where he had held talks with three Gulf ministers on Tuesday.\n'),
  article('landed-from-place', '2061-03-12', 'The Zimbabwean minister landed in Harare on Friday from Maputo, where she held talks with the Mozambican president.\n'),
]);

describe('gatherings held on a trip the subject is back from', () => {
  it('gives them no day, neither the return’s nor the news’s, and keeps them', () => {
    for (const source of ['returned-from-visit', 'flew-home-from-tour', 'back-from-trip']) {
      expect(reportedIn(tripsBack, source, 'meeting', 'talks')).toEqual([]);
      expect(undatedOf(tripsBack, source)).toHaveLength(1);
    }
  });

  it('keeps a day the gathering’s own clause gives, and a trip there still dates what is held there', () => {
    expect(reportedIn(tripsBack, 'own-day-in-clause', 'meeting').map((e) => e.date.value)).toEqual(['2061-03-02']);
    expect(reportedIn(tripsBack, 'went-there', 'meeting').map((e) => e.date.value)).toEqual(['2061-03-09']);
  });

  it('dates a gathering at the place an arrival came from by its own clause’s day, not the arrival’s, and by none when it gives none', () => {
    expect(reportedIn(tripsBack, 'arrived-from-place', 'meeting').map((e) => e.date.value)).toEqual(['2061-03-07']);
    expect(reportedIn(tripsBack, 'flew-in-from-place', 'talks').map((e) => e.date.value)).toEqual(['2061-03-08']);
    expect(reportedIn(tripsBack, 'landed-from-place', 'talks')).toEqual([]);
    expect(undatedOf(tripsBack, 'landed-from-place')).toHaveLength(1);
  });
});

// What has been done over a period up to now, in the present perfect: a series gone by, kept with no day.
const upToNow = timelineWithoutGazetteer([
  article('during-his-term', '2061-05-06', 'LUSAKA (Copper Courier) — Zambia’s president received the Malawian ambassador on Thursday. The ambassador has also met the ministers of trade and of mines during his posting.\n'),
  article('in-recent-weeks', '2061-05-07', 'Zambian and Malawian delegations opened talks in Chipata on Friday. In recent weeks, Angolan mediators have held talks with both sides in Luanda.\n'),
  article('past-month-then-a-day', '2061-05-08', 'Over the past month, the two sides have exchanged drafts, and on Friday their negotiators met in Chipata.\n'),
]);

describe('a series up to now', () => {
  it('keeps what has been done over a period up to now with no day, and still dates what the sentence dates', () => {
    expect(undatedOf(upToNow, 'during-his-term')).toEqual(['The ambassador has also met the ministers of trade and of mines during his posting.']);
    expect(undatedOf(upToNow, 'in-recent-weeks')).toEqual(['In recent weeks, Angolan mediators have held talks with both sides in Luanda.']);
    expect(reportedIn(upToNow, 'in-recent-weeks', ...KINDS_BUT_STATEMENT).map((e) => e.date.value)).toEqual(['2061-05-06']);
    expect(reportedIn(upToNow, 'past-month-then-a-day', ...KINDS_BUT_STATEMENT).map((e) => e.date.value)).toEqual(['2061-05-06']);
  });
});
