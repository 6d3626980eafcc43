import { describe, expect, it } from 'vitest';
import { rankReports } from './best-report.ts';
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
