import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate of one report as "kind day". */
const kindsAndDays = (published: string, body: string) => extractOne(published, body).candidates.map((c) => `${c.kind} ${c.date.value}`);

describe('statements on the days they were made', () => {
  it('keeps a statement whose leading clause tells of an earlier event', () => {
    // Friday 18 April 2053: the Wednesday is the 16th, the Thursday the 17th.
    expect(kindsAndDays('2053-04-18', 'MOSCOW — After talks with Umerov on Wednesday, the Kremlin said on Thursday that a deal was close.\n')).toEqual(['talks 2053-04-16', 'statement 2053-04-17']);
  });

  it('makes no statement of a saying that reports an event of its main clause', () => {
    expect(kindsAndDays('2053-04-18', 'Umerov met Medinsky in Istanbul on Wednesday, the Kremlin said on Thursday.\n')).toEqual(['meeting 2053-04-16']);
  });
});
