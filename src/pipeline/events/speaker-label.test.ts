import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// A speaker label heading a sentence, as a record of proceedings prints it, names who speaks, not who takes part in what is told.
const told = (body: string) => extractOne('2061-08-03', body).candidates.map((c) => [c.kind, c.date.value, c.participants]);

describe('a speaker label at the head of a sentence', () => {
  it('does not seat its speaker at the gathering or call the sentence tells', () => {
    expect(told('Mr Peskov: President Putin will meet President Trump in Geneva on Friday.\n')).toEqual([['meeting', '2061-08-05', ['vladimir-putin', 'donald-trump']]]);
    expect(told('The Press Secretary (Mr Dmitry Peskov) (Kremlin): Mr Witkoff spoke by telephone with Mr Umerov on Tuesday.\n')).toEqual([['call', '2061-08-02', ['steve-witkoff', 'rustem-umerov']]]);
  });

  it('is no label when a verb comes before the colon', () => {
    expect(told('Peskov said: President Putin will meet President Trump in Geneva on Friday.\n').map(([kind]) => kind)).toContain('meeting');
    expect(told('Zelensky met Umerov in Kyiv on Tuesday: they spoke for an hour.\n')).toEqual([['meeting', '2061-08-02', ['volodymyr-zelenskyy', 'rustem-umerov']]]);
  });
});
