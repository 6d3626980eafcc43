// A live page of our own, headed by its day (Wednesday 14 March 2063) and read the morning after: each entry opens with its clock time.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each report as "day noun: its evidence", the entry's clock time left off. */
const page = (entries: string): string[] => {
  const { candidates } = extractOne('2063-03-15', `HARBOUR NEWS — LIVE\n\nWednesday, 14 March 2063\n\n${entries}\n`);
  const cited = (text: string): string => text.replace(/^\d\d:\d\d\n/, '').slice(0, 30);
  return candidates.map((c) => `${c.date.value} ${c.noun ?? c.kind}: ${c.evidence.map((e) => cited(e.text)).join(' | ')}`);
};

describe('a later sentence of a live page’s entry told in the news present', () => {
  it('is the entry’s happening, of the entry’s day', () => {
    expect(page('00:58\nThe strike is on. Cabin crew at Harbour Air and Harbour Air Express walk off the job, the first strike by the airline’s crews since 1985.')).toContain('2063-03-14 Strike: Cabin crew at Harbour Air and ');
    expect(page('18:05\nThe council sits late tonight. Mayor Ilse Varga signs an emergency decree on the old town.')).toContain('2063-03-14 Order signed: Mayor Ilse Varga signs an emer');
  });

  it('is not what the entry tells in the past or ahead', () => {
    expect(page('07:45\nA quick recap. The dockers walked off the job at another port last year.').filter((t) => t.startsWith('2063-03-14 Strike'))).toEqual([]);
    expect(page('18:05\nThe council sits late tonight. Mayor Ilse Varga will sign an emergency decree on the old town.').filter((t) => t.startsWith('2063-03-14 Order signed') && !t.includes('will'))).toEqual([]);
  });
});
