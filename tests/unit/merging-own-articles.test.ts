// Merging on short articles of our own in several outlets' styles (an AP-style plan, a Reuters-
// style wire, a capital's statement the day after, a month-later retrospective): one happening,
// reported four ways, is one event, whatever order the reports are met in; two calls of one day
// with different people stay two.
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../src/pipeline/corrections/corrections-file.ts';
import { buildTimeline } from '../../src/pipeline/timeline.ts';
import { GAZETTEER, article } from '../support/pipeline.ts';

const articles = [
  article('a-plan', '2026-04-06T08:00:00Z', 'KYIV, Ukraine (AP) — Ukrainian and Russian negotiators are due to meet in Istanbul on Thursday for talks brokered by Turkey, Rustem Umerov said on Monday.\n\nThe meeting would be the first in two months.'),
  article('b-held', '2026-04-09T18:00:00Z', 'ISTANBUL (Reuters) - Ukrainian and Russian delegations began two days of talks in Istanbul on Thursday, Turkish officials said.\n\nThe talks were led by Rustem Umerov for Kyiv and Vladimir Medinsky for Moscow.'),
  article('c-later', '2026-04-11T09:00:00Z', 'The negotiations in Istanbul have ended, Kyiv said.\n\nUmerov and Medinsky met for the second day on Friday.'),
  article('d-month', '2026-05-03T09:00:00Z', "Last month's talks in Istanbul between Umerov and Medinsky produced little, diplomats say.\n\nOn Saturday, Trump spoke by phone with Putin. Later that day Trump also spoke with Zelenskyy by phone."),
];
const timeline = buildTimeline(articles, { gazetteer: GAZETTEER, corrections: parseCorrections('', 'content/corrections.yaml') });

describe('merging articles of our own', () => {
  it('makes the plan, the wire, the statement and the retrospective one round of talks, dated by the reports that it happened', () => {
    const talks = timeline.events.filter((e) => e.kind === 'talks' || e.kind === 'meeting');
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
