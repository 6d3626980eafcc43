// An unnamed voice quoted after a named one (own-conventions.md, "Sayings with no date", 4): someone the writer leaves indefinite
// ("One engineer who worked on the camera told …") makes no statement, nor adds to the named speaker's told before.
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

const statements = (body: string) =>
  readOne('2058-03-15', `${body}\n`).candidates.filter((c) => c.kind === 'statement').map((c) => [c.date.value, c.participants, c.evidence.map((e) => e.sentence)]);
const NAMED = 'Kremlin spokesman Dmitry Peskov told journalists today that the exchange was complete.';

describe('an unnamed voice quoted', () => {
  it('is no part of the named statement told before it', () => {
    expect(statements(`${NAMED} The prisoners crossed at dawn. One guard who worked at the crossing told Interfax it was "the quietest night in months".`)).toEqual([['2058-03-15', ['dmitry-peskov'], [0]]]);
    expect(statements(`${NAMED} A driver who brought the men told the Post they were tired.`)).toEqual([['2058-03-15', ['dmitry-peskov'], [0]]]);
    expect(statements(`${NAMED} "It was calm," another guard told the Kyiv Independent.`)).toEqual([['2058-03-15', ['dmitry-peskov'], [0]]]);
  });

  it('leaves a named speaker or an office that speaks as they were', () => {
    expect(statements(`${NAMED} The prisoners crossed at dawn. Peskov told Interfax the next round was ready.`)).toEqual([['2058-03-15', ['dmitry-peskov'], [0, 2]]]);
    expect(statements('A Kremlin spokesman told reporters on Friday that the exchange was complete.').map(([day]) => day)).toEqual(['2058-03-15']);
  });
});
