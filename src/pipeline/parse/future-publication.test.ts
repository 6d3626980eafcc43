import { describe, expect, it } from 'vitest';
import { buildDay, futurePublicationWarnings } from './future-publication.ts';

const article = (published: string) => ({ file: 'content/articles/talks.md', published });

describe('futurePublicationWarnings', () => {
  it('warns of an article dated more than a day after the build, naming its file, field, date and the fix', () => {
    const [warning, ...more] = futurePublicationWarnings([article('2027-03-01T09:00:00+01:00')], '2026-03-01');
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ code: 'future-publication', file: 'content/articles/talks.md' });
    expect(warning!.message).toMatch(/^content\/articles\/talks\.md field "published": 2027-03-01 is 365 days after the day of this build \(2026-03-01\).*Correct the date/);
    expect(futurePublicationWarnings([article('2026-03-03')], '2026-03-01')).toHaveLength(1);
  });

  it('takes today, the past and tomorrow, which is already today east of UTC', () => {
    expect(futurePublicationWarnings([article('2026-03-01'), article('2025-12-31'), article('2026-03-02'), article('2026-03-02T06:00:00+14:00')], '2026-03-01')).toEqual([]);
  });

  it('reads the build day as a UTC calendar day', () => {
    expect(buildDay()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
