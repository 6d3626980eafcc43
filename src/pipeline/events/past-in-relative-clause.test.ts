import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** The status of each meeting reported, dated or not. */
const meetings = (published: string, text: string): string[] => {
  const { candidates, undated } = extractOne(published, `${text}\n`);
  return [...candidates, ...undated].filter((e) => e.kind === 'meeting').map((e) => e.status);
};

// Thursday 16 March 2062.
describe('a past verb in a relative clause of its own', () => {
  it('took place, whatever plan the main clause before it tells', () => {
    expect(meetings('2062-03-16', 'The ministry agreed to lift the ban on the same morning that Envoy Ana Rell sat down with President Lev Orlov in Lusk.')).toEqual(['occurred']);
    expect(meetings('2062-03-16', 'The ministry agreed to lift the ban on the day when Envoy Ana Rell met President Lev Orlov in Lusk.')).toEqual(['occurred']);
  });

  it('keeps the day of the main clause it is told by, unknown: not the publication day', () => {
    const { candidates, undated } = extractOne('2062-03-16', 'The ministry agreed to lift the ban on the same morning that Envoy Ana Rell sat down with President Lev Orlov in Lusk.\n');
    expect(candidates.filter((c) => c.kind === 'meeting')).toEqual([]);
    expect(undated.filter((u) => u.kind === 'meeting').map((u) => u.status)).toEqual(['occurred']);
  });

  it('is still a plan when its own clause plans it', () => {
    expect(meetings('2062-03-16', 'The ministry will lift the ban on the day when Envoy Ana Rell will have sat down with President Lev Orlov in Lusk.')).toEqual(['planned']);
    expect(meetings('2062-03-16', 'The ministry said Envoy Ana Rell is to sit down with President Lev Orlov in Lusk.')).toEqual(['planned']);
  });
});
