// Merging on short articles of our own in several outlets' styles (an AP-style plan, a Reuters-
// style wire, a capital's statement the day after, a month-later retrospective): one happening,
// reported four ways, is one event, whatever order the reports are met in; two calls of one day
// with different people stay two. A round whose sides are named four ways (adjectives in a
// wire, delegations in state media, a live blog's team leader, a capital's word the day after)
// is one round. Two tables in one city on following days (American–Ukrainian, then
// American–Russian) stay two, each with the plan and the reports that speak of it. A round
// expected, set, postponed "this week" and said to have been "originally set for" its days
// is one planned round, rescheduled to an unknown day; a visit announced a week ahead, held,
// and recalled a month later is one meeting whose lifecycle starts with the plan.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCorrections } from '../../src/pipeline/corrections/corrections-file.ts';
import { buildTimeline } from '../../src/pipeline/timeline.ts';
import type { Article, Timeline } from '../../src/pipeline/types.ts';
import { GAZETTEER, article } from '../support/pipeline.ts';

const articles = [
  article('a-plan', '2026-04-06T08:00:00Z', 'KYIV, Ukraine (AP) — Ukrainian and Russian negotiators are due to meet in Istanbul on Thursday for talks brokered by Turkey, Rustem Umerov said on Monday.\n\nThe meeting would be the first in two months.'),
  article('b-held', '2026-04-09T18:00:00Z', 'ISTANBUL (Reuters) - Ukrainian and Russian delegations began two days of talks in Istanbul on Thursday, Turkish officials said.\n\nThe talks were led by Rustem Umerov for Kyiv and Vladimir Medinsky for Moscow.'),
  article('c-later', '2026-04-11T09:00:00Z', 'The negotiations in Istanbul have ended, Kyiv said.\n\nUmerov and Medinsky met for the second day on Friday.'),
  article('d-month', '2026-05-03T09:00:00Z', "Last month's talks in Istanbul between Umerov and Medinsky produced little, diplomats say.\n\nOn Saturday, Trump spoke by phone with Putin. Later that day Trump also spoke with Zelenskyy by phone."),
];
const timelineOf = (given: Article[]) => buildTimeline(given, { gazetteer: GAZETTEER, corrections: parseCorrections('', 'content/corrections.yaml') });
const gatherings = (built: Timeline) => built.events.filter((e) => e.kind === 'talks' || e.kind === 'meeting');
const timeline = timelineOf(articles);

describe('merging articles of our own', () => {
  it('makes the plan, the wire, the statement and the retrospective one round of talks, dated by the reports that it happened', () => {
    const talks = gatherings(timeline);
    expect(talks).toHaveLength(1);
    const [round] = talks;
    expect(round!.sources.map((s) => s.article).sort()).toEqual(['a-plan', 'b-held', 'c-later', 'd-month']);
    expect(round!.date).toMatchObject({ start: '2026-04-09', end: '2026-04-10' });
    expect(round!.status).toBe('occurred');
    expect(round!.lifecycle[0]).toEqual({ stage: 'planned', reported: '2026-04-06', article: 'a-plan', date: '2026-04-09' });
  });

  it('keeps the two calls of one day apart, each with its own people', () => {
    const calls = timeline.events.filter((e) => e.kind === 'call');
    expect(calls.map((c) => c.participants.map((p) => p.id).filter((id) => id !== 'united-states').sort())).toEqual([
      ['donald-trump', 'vladimir-putin'],
      ['donald-trump', 'volodymyr-zelenskyy'],
    ]);
  });
});

// Each story in tests/fixtures/own/merging-stories.yaml: the articles several outlets gave it.
const { stories } = parse(readFileSync('tests/fixtures/own/merging-stories.yaml', 'utf8')) as { stories: Record<string, { id: string; published: string; text: string }[]> };
const told = (story: string) => timelineOf(stories[story]!.map((a) => article(a.id, a.published, a.text)));
const [abuDhabi, riyadh, postponed, visit] = [told('abuDhabi'), told('riyadh'), told('postponed'), told('visit')];

describe('merging a round whose sides each report names its own way', () => {
  it('makes the wire, the state agency, the live blog and the capital\'s word one round over both days', () => {
    const talks = gatherings(abuDhabi);
    expect(talks).toHaveLength(1);
    expect(talks[0]!.sources.map((s) => s.article).sort()).toEqual(['w-blog', 'w-kyiv', 'w-state', 'w-wire']);
    expect(talks[0]!.date).toMatchObject({ start: '2026-01-23', end: '2026-01-24' });
  });
});

describe('merging two tables in one city on following days', () => {
  it('keeps the American–Ukrainian day and the American–Russian day apart, each with its own reports (the wire tells the first as the anchor of the second)', () => {
    const byDay = gatherings(riyadh).map((e) => [e.date.value, e.sources.map((s) => s.article).sort()]);
    expect(byDay).toEqual([
      ['2025-03-23', ['r-ap', 'r-kyiv', 'r-wire']],
      ['2025-03-24', ['r-ap', 'r-wire']],
    ]);
  });
});

describe('merging a plan through its fate', () => {
  it('makes a round expected, set, postponed and recalled one planned round, moved from its days to an unknown later one', () => {
    const [round, ...others] = gatherings(postponed);
    expect(others).toEqual([]);
    expect(round!.sources.map((s) => s.article).sort()).toEqual(['p-gulf', 'p-kyiv', 'p-tass', 'p-wire']);
    expect(round!.status).toBe('planned');
    expect(round!.statusAsOf.stage).toBe('rescheduled');
    expect(round!.lifecycle.at(-1)).toMatchObject({ stage: 'rescheduled', date: '2026-03-20/..', from: '2026-03-05/2026-03-06' });
  });

  it('makes a visit announced a week ahead, held and recalled one meeting whose lifecycle starts with the plan', () => {
    const [meeting, ...others] = gatherings(visit);
    expect(others).toEqual([]);
    expect(meeting!.sources.map((s) => s.article).sort()).toEqual(['v-held', 'v-month', 'v-plan']);
    expect(meeting!.date.value).toBe('2025-08-06');
    expect(meeting!.lifecycle.map((s) => s.stage)).toEqual(['planned', 'occurred', 'occurred']);
  });
});

// A signing told with its place is the sides' meeting there that day, told by its act: one outlet's
// "met … and signed", another's signing alone (active or passive) are one gathering.
describe('merging a signing told alone with the meeting that signed it', () => {
  const oneGathering = (given: Article[]) => gatherings(timelineOf(given)).map((e) => e.sources.map((s) => s.article).sort());
  it('joins a wire\'s signing to a release\'s "met … and signed" of the same day and town', () => {
    expect(
      oneGathering([
        article('s-release', '2026-06-02T12:00:00Z', 'VIENNA - Foreign Minister Pia Roth met her Slovak counterpart Ivan Kral in Vienna on Tuesday and signed with him a declaration on river shipping.'),
        article('s-radio', '2026-06-02T18:00:00Z', 'NEWSREADER: Slovak Foreign Minister Ivan Kral signed a memorandum with Austrian Foreign Minister Pia Roth in Vienna today.'),
      ]),
    ).toEqual([['s-radio', 's-release']]);
  });
  it('joins a passive signing told in passing to the day\'s reception in that town', () => {
    expect(
      oneGathering([
        article('t-agency', '2026-06-05T15:00:00Z', 'GENEVA - Prime Minister Lena Brandt received Prime Minister Tomas Vik in Geneva on Friday for talks on fisheries.'),
        article('t-court', '2026-06-08T10:00:00Z', 'Counsel told the court that the treaty, signed in Geneva on Friday by Lena Brandt and Tomas Vik, was not yet in force.'),
      ]),
    ).toEqual([['t-agency', 't-court']]);
  });
});

// One town hosts many tables a day: a signing or an agreement told with its place is the gathering
// of its own people there, never another pair's meeting in that town.
describe('merging a signing or an agreement of a town with another pair\'s meeting there', () => {
  const tables = (given: Article[]) => timelineOf(given).events.map((e) => e.sources.map((s) => s.article).sort()).sort();
  const meeting = article('u-wire', '2026-06-02T12:00:00Z', 'VIENNA - Foreign Minister Pia Roth of Austria met her Slovak counterpart Ivan Kral in Vienna on Tuesday.');
  it('keeps another pair\'s signing apart', () => {
    expect(tables([meeting, article('u-radio', '2026-06-02T18:00:00Z', 'NEWSREADER: Spanish Health Minister Ana Ruiz and Portuguese Health Minister João Costa signed an accord on vaccines in Vienna today.')])).toEqual([['u-radio'], ['u-wire']]);
  });
  it('keeps another pair\'s agreement apart', () => {
    expect(tables([meeting, article('u-agency', '2026-06-02T18:00:00Z', 'VIENNA - Spanish Health Minister Ana Ruiz and Portuguese Health Minister João Costa reached an agreement on vaccines in Vienna on Tuesday.')])).toEqual([['u-agency'], ['u-wire']]);
  });
});
