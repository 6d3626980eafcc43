import { describe, expect, it } from 'vitest';
import { nounPhrase } from './phrase.ts';

/** The phrase a trigger word heads, the trigger found by its text. */
function phraseOf(sentence: string, trigger: string): string {
  const start = sentence.indexOf(trigger);
  return nounPhrase(sentence, start, start + trigger.length);
}

describe('nounPhrase', () => {
  it('keeps the words before the trigger that describe it', () => {
    expect(phraseOf('Allies held a virtual meeting of allied nations on Tuesday.', 'meeting')).toBe('virtual meeting of allied nations');
  });

  it('stops at the dash and bracket of a wire dateline the town of which is unknown', () => {
    expect(phraseOf('SHARM EL-SHEIKH, Oct 7 (Gulf Daily Mirror) - Indirect negotiations between Israel and Hamas that began on Monday went on.', 'negotiations')).toBe('Indirect negotiations between Israel and Hamas');
  });

  it('leaves out a verb of holding with no subject before it, and keeps one that has', () => {
    expect(phraseOf('Delegations will hold indirect talks in Doha on Monday.', 'talks')).toBe('indirect talks in Doha');
    expect(phraseOf('Prices rose as Israel began striking Iran.', 'striking')).toBe('Israel began striking');
  });
});
