// Merging on short articles of our own in several outlets' styles (an AP-style plan, a Reuters-
// style wire, a capital's statement the day after, a month-later retrospective): one happening,
// reported four ways, is one event, whatever order the reports are met in; two calls of one day
// with different people stay two. A round whose sides are named four ways (adjectives in a
// wire, delegations in state media, a live blog's team leader, a capital's word the day after)
// is one round. Two tables in one city on following days (American–Ukrainian, then
// American–Russian) stay two, each with the plan and the reports that speak of it.
import { describe, expect, it } from 'vitest';
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

const abuDhabi = timelineOf([
  article('w-wire', '2026-01-24T16:00:00Z', 'ABU DHABI, Jan 24 (Reuters) - American, Russian and Ukrainian negotiators wrapped up talks in Abu Dhabi on Saturday, the United Arab Emirates said.'),
  article('w-state', '2026-01-25T08:00:00Z', 'MOSCOW, January 25 (TASS) - Talks between the delegations of Russia, Ukraine and the United States were held on January 23-24, the Kremlin press service said.'),
  article('w-blog', '2026-01-23T12:00:00Z', 'Talks began in the Emirati capital on Friday morning, with the Ukrainian team led by Rustem Umerov.'),
  article('w-kyiv', '2026-01-26T08:00:00Z', "Ukraine's delegation returned from the trilateral talks in Abu Dhabi, which ended on Saturday, Umerov said on Monday."),
]);

describe('merging a round whose sides each report names its own way', () => {
  it('makes the wire, the state agency, the live blog and the capital\'s word one round over both days', () => {
    const talks = gatherings(abuDhabi);
    expect(talks).toHaveLength(1);
    expect(talks[0]!.sources.map((s) => s.article).sort()).toEqual(['w-blog', 'w-kyiv', 'w-state', 'w-wire']);
    expect(talks[0]!.date).toMatchObject({ start: '2026-01-23', end: '2026-01-24' });
  });
});

const riyadh = timelineOf([
  article('r-ap', '2025-03-23T20:00:00Z', 'RIYADH, Saudi Arabia (AP) — American and Ukrainian officials met in Riyadh on Sunday to discuss a ceasefire on energy infrastructure. The American team will meet Russian negotiators on Monday.'),
  article('r-wire', '2025-03-24T19:00:00Z', 'RIYADH, March 24 (Reuters) - American and Russian officials held talks in Riyadh on Monday on a Black Sea ceasefire, a day after the American delegation met the Ukrainians.'),
  article('r-kyiv', '2025-03-24T09:00:00Z', 'Defence Minister Rustem Umerov said the talks with the American team in Riyadh on Sunday were productive and focused on energy.'),
]);

describe('merging two tables in one city on following days', () => {
  it('keeps the American–Ukrainian day and the American–Russian day apart, each with its own reports', () => {
    const byDay = gatherings(riyadh).map((e) => [e.date.value, e.sources.map((s) => s.article).sort()]);
    expect(byDay).toEqual([
      ['2025-03-23', ['r-ap', 'r-kyiv']],
      ['2025-03-24', ['r-ap', 'r-wire']],
    ]);
  });
});
