// A live page of our own, headed by its day (Wednesday 14 March 2063) and read the morning after: each entry opens with its clock time.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each report as "day noun: its evidence", the entry's clock time left off; then the undated ones. */
const page = (entries: string): string[] => {
  const { candidates, undated } = extractOne('2063-03-15', `HARBOUR NEWS — LIVE\n\nWednesday, 14 March 2063\n\n${entries}\n`);
  const cited = (text: string): string => text.replace(/^\d\d:\d\d\n/, '').slice(0, 30);
  return [...candidates.map((c) => `${c.date.value} ${c.noun ?? c.kind}: ${c.evidence.map((e) => cited(e.text)).join(' | ')}`), ...undated.map((u) => `undated ${u.kind}: ${cited(u.evidence.text)}`)];
};

describe('a later sentence of a live page’s entry', () => {
  it('tells what it says was just done as the entry’s news, of the entry’s day', () => {
    expect(page('18:05\nMayor Ilse Varga cut short a visit to Kessel this afternoon. She has signed an emergency decree on the old town.')).toContain('2063-03-14 Order signed: She has signed an emergency de');
  });

  it('is no more of what another entry told, though its pronoun subject follows that entry', () => {
    const told = page('20:15\nThe council has signed an emergency decree in six districts.\n\n18:05\nMayor Ilse Varga cut short a visit to Kessel this afternoon. She has signed an emergency decree on the old town.');
    expect(told).toContain('2063-03-14 Order signed: The council has signed an emer');
    expect(told).toContain('2063-03-14 Order signed: She has signed an emergency de');
  });

  it('tells what it says was done with no tie to the moment as no news of the entry', () => {
    expect(page('18:05\nMayor Ilse Varga cut short a visit to Kessel this afternoon. She signed an emergency decree on the old town.').filter((t) => t.startsWith('2063-03-14 Order signed'))).toEqual([]);
  });
});
