import { describe, expect, it } from 'vitest';
import type { CandidateEvent } from '../events/candidate.ts';
import { mergeReports } from './merge-reports.ts';
import { summarise } from './summarise.ts';
import { report } from './test-reports.ts';

const within = (p: string) => (p === 'geneva' ? 'switzerland' : undefined);
const isPerson = (id: string) => !['ukraine', 'russia', 'united-states'].includes(id);
const depth = (p: string) => (p === 'geneva' ? 1 : 0);

describe('mergeReports', () => {
  it('merges one call reported by two outlets in different words', () => {
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'call', participants: ['volodymyr-zelenskyy', 'donald-trump'], duration: 'PT30M' }),
        report({ article: 'b', kind: 'call', participants: ['donald-trump', 'volodymyr-zelenskyy'], duration: 'PT45M' }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    const draft = summarise(clusters[0]!, depth, isPerson);
    expect(draft.disagreements).toEqual([{ field: 'duration', claims: [{ article: 'a', value: 'PT30M' }, { article: 'b', value: 'PT45M' }] }]);
  });

  it('keeps two calls of one day apart when different people spoke', () => {
    const clusters = mergeReports(
      [report({ article: 'a', kind: 'call', participants: ['donald-trump', 'vladimir-putin'] }), report({ article: 'a', kind: 'call', participants: ['volodymyr-zelenskyy', 'donald-trump'] })],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(2);
  });

  it('merges a meeting "in Switzerland" with one "in Geneva", and keeps the more precise place', () => {
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'meeting', place: 'geneva', participants: ['rustem-umerov'] }),
        report({ article: 'b', kind: 'talks', place: 'switzerland', participants: ['rustem-umerov', 'steve-witkoff'] }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson)).toMatchObject({ kind: 'meeting', place: 'geneva', participants: ['rustem-umerov', 'steve-witkoff'] });
  });

  it('does not let a vague month swallow an unrelated event of that month', () => {
    const march = { value: '2026-03', start: '2026-03-01', end: '2026-03-31', precision: 'month' as const, qualifier: 'early' };
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'talks', date: march, participants: ['russia'] }),
        report({ article: 'b', kind: 'talks', date: { value: '2026-03-02', start: '2026-03-02', end: '2026-03-02', precision: 'day' }, participants: ['jane-doe'] }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(2);
  });

  it('takes the date most sources give, and the status of the latest report', () => {
    const march = { value: '2026-03', start: '2026-03-01', end: '2026-03-31', precision: 'month' as const };
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'talks', status: 'planned', date: { ...march, qualifier: 'early' }, participants: ['russia'] }),
        report({ article: 'b', kind: 'summit', status: 'planned', date: { ...march, qualifier: 'as early as' }, participants: ['russia'] }),
        report({ article: 'c', kind: 'talks', published: '2026-03-06', status: 'occurred', date: { value: '2026-03-05', start: '2026-03-05', end: '2026-03-05', precision: 'day' }, participants: ['russia'] }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    const draft = summarise(clusters[0]!, depth, isPerson);
    expect(draft.date).toMatchObject({ value: '2026-03', qualifier: 'early' });
    expect(draft.status).toBe('occurred');
    expect(draft.kind).toBe('talks');
  });

  it('records a date disagreement between sources that give different days', () => {
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'talks', place: 'geneva', date: { value: '2026-02-17/2026-02-18', start: '2026-02-17', end: '2026-02-18', precision: 'span' } }),
        report({ article: 'b', kind: 'talks', place: 'geneva', date: { value: '2026-02-18', start: '2026-02-18', end: '2026-02-18', precision: 'day' } }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson).disagreements[0]).toMatchObject({ field: 'date' });
  });
});
