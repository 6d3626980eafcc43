import { describe, expect, it } from 'vitest';
import { leadHappening, rankReports, summaryAndLead } from './best-report.ts';
import { firstHappening } from './summary-sentence.ts';
import { day, report, said } from '../../../tests/support/reports.ts';

describe('rankReports', () => {
  const plan = report({ article: 'plan', kind: 'talks', status: 'planned', published: '2026-01-22', date: day('2026-01-23', '2026-01-24'), named: ['volodymyr-zelenskyy', 'ukraine', 'russia'], evidence: said('Zelensky says the delegations will meet on Friday and Saturday.') });
  const held = report({ article: 'held', kind: 'talks', published: '2026-03-05', date: day('2026-01-23', '2026-01-24'), named: ['ukraine'], evidence: said('The first three-way talks were held on January 23-24 in Abu Dhabi.', 4) });

  it('leads an event that happened with a report that it happened, not with the plan that named more people', () => {
    expect(rankReports([plan, held], held.date, 'occurred')[0]!.article).toBe('held');
  });

  it('leads an event still to come with its plan', () => {
    const later = { ...held, status: 'planned' as const, evidence: said('The delegations are to meet on January 23-24.', 4) };
    expect(rankReports([later, plan], plan.date, 'planned')[0]!.article).toBe('plan');
  });
});

describe('leadHappening', () => {
  const call = report({ article: 'call', kind: 'call', named: ['ilya-sorin', 'pavel-dromov'], evidence: said('Sorin and Dromov spoke by phone on Thursday, officials in Oslo said.') });
  const visit = report({ article: 'visit', kind: 'call', named: ['ilya-sorin'], evidence: said('Sorin flew to Oslo on Friday, a day after he held a call with Dromov.') });
  const articleOf = () => ({ outlet: 'Test Wire', sentences: [], people: () => [] });

  it("reads the first happening of the lead report's own sentence, as the summary would", () => {
    for (const ranked of [[call, visit], [visit, call]]) {
      const lead = leadHappening(ranked, 'call')!;
      expect(lead.sentence).toBe(ranked[0]!.evidence[0]!.text);
      expect(lead.first).toBe(firstHappening(lead.sentence, 'call') ?? null);
    }
    expect(leadHappening([], 'call')).toBeUndefined();
  });

  it('gives the summary read already the same summary and lead as reading it there', () => {
    for (const ranked of [[call, visit], [visit, call]]) {
      const read = summaryAndLead(ranked, 'call', ['Ilya Sorin', 'Pavel Dromov'], articleOf, () => false);
      const given = summaryAndLead(ranked, 'call', ['Ilya Sorin', 'Pavel Dromov'], articleOf, () => false, () => [], leadHappening(ranked, 'call'));
      expect(given).toEqual(read);
    }
  });

  it('is taken for the lead sentence only: given for another sentence, it is not used', () => {
    const wrong = { sentence: 'Another sentence entirely.', first: 'meeting' as const };
    const read = summaryAndLead([call, visit], 'call', ['Ilya Sorin'], articleOf, () => false);
    expect(summaryAndLead([call, visit], 'call', ['Ilya Sorin'], articleOf, () => false, () => [], wrong)).toEqual(read);
    // Given for the lead sentence, it is what the summary goes by: a meeting there leaves the call's summary to the next report.
    expect(summaryAndLead([call, visit], 'call', ['Ilya Sorin'], articleOf, () => false, () => [], { sentence: call.evidence[0]!.text, first: 'meeting' }).ranked[0]).toBe(visit);
  });
});

