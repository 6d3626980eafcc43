import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// Wednesday 18 June 2025: last Monday was the 16th, the coming one the 23rd; the coming Friday the 20th.
const lines = (text: string): string[] => extractOne('2025-06-18', `${text}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);

describe('"agreed to" a happening named by a noun: the day beside it is the agreement\'s', () => {
  it('gives the agreement its day, before the verb or after the noun, and the agreed happening none', () => {
    // Before, the first gave no event and the second the exchange planned for the Monday after the agreement.
    for (const text of [
      'Russia and Ukraine on Monday agreed to a prisoner exchange.',
      'Russia and Ukraine agreed to a prisoner exchange on Monday.',
      'Russia and Ukraine on Monday agreed to a 30-day truce.',
      'The two armies agreed to a ceasefire on Monday.',
      'On Monday the two delegations agreed to another prisoner swap.',
    ]) {
      expect(lines(text), text).toEqual(['other 2025-06-16 occurred']);
    }
  });

  it('makes no agreement of one side accepting what is only offered', () => {
    expect(lines('Hamas said on Monday it had agreed to the ceasefire proposal.')).toEqual([]);
    expect(lines('Hamas has agreed to the ceasefire plan, officials said on Monday.')).toEqual(['statement 2025-06-16 occurred']);
  });

  it('reads a day after the noun as the happening\'s, still to come, when the agreeing has its own day before "to"', () => {
    // Before, the Friday was the one gone by (2025-06-13) and the exchange occurred.
    expect(lines('The militias agreed on Monday to a prisoner exchange on Friday.')).toEqual(['other 2025-06-16 occurred', 'exchange 2025-06-20 planned']);
    expect(lines('The hill clans agreed late on Monday to another prisoner swap on Friday.')).toEqual(['other 2025-06-16 occurred', 'exchange 2025-06-20 planned']);
  });

  it('makes no agreement of sides agreeing on a day only to weigh or to seek one', () => {
    // Before, each gave 'other 2025-06-16 occurred'.
    expect(lines('The hill clans agreed on Monday to consider a prisoner exchange.')).toEqual([]);
    expect(lines('The two councils agreed late on Monday to look into a truce.')).toEqual([]);
    expect(lines('The hill clans agreed on Monday to work towards a ceasefire.')).toEqual([]);
    // Agreeing on a day to do what ends a quarrel is still the day's agreement.
    expect(lines('The hill clans agreed on Monday to restore the grazing pact.')).toEqual(['other 2025-06-16 occurred']);
    // "Try" weighs only as "try to"; "to try the new grazing rules" is what they agreed (before, this gave no event).
    expect(lines('The hill clans agreed on Monday to try to reach a truce.')).toEqual([]);
    expect(lines('The hill clans agreed on Monday to try the new grazing rules.')).toEqual(['other 2025-06-16 occurred']);
  });

  it('makes no agreement of one told only as a claim or a supposition', () => {
    // Before, each gave 'other 2025-06-16 occurred' (the second 'other 2025-06-23 planned').
    expect(lines('The governor claimed on Monday that the hill clans had agreed to a truce.').filter((line) => line.startsWith('other'))).toEqual([]);
    expect(lines('The hill clans would have agreed to a truce, their elder said on Monday.')).toEqual([]);
    // A claim with no perfect after it is not the agreeing's: "claimed responsibility … and agreed".
    expect(lines('The militia claimed responsibility for the raid and agreed to a truce on Monday.')).toEqual(['other 2025-06-16 occurred']);
    // Nor is a claim in a relative clause of the subject, whose perfect is the main verb (before, these gave no event).
    expect(lines('The militia that claimed the ridge has agreed to a ceasefire on Monday.')).toEqual(['other 2025-06-16 occurred']);
    expect(lines('The clan which claims the valley has agreed to a truce on Monday.')).toEqual(['other 2025-06-16 occurred']);
    // "Said" tells it as news.
    expect(lines('The governor said on Monday that the hill clans had agreed to a truce.').filter((line) => line.startsWith('other'))).toEqual(['other 2025-06-16 occurred']);
  });

  it('leaves the agreed happening a day of its own when the sentence gives one', () => {
    expect(lines('Russia and Ukraine on Monday agreed to a prisoner exchange to take place on Friday.')).toEqual(['other 2025-06-16 occurred', 'exchange 2025-06-20 planned']);
    expect(lines('Russia and Ukraine on Monday agreed a prisoner swap to be held on Friday.')).toEqual(['other 2025-06-16 occurred', 'exchange 2025-06-20 planned']);
  });
});
