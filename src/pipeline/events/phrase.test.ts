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

  it('goes on through the noun a name after a possessive or an article describes ("her Kenyan counterpart"), and still ends a name before a predicate', () => {
    expect(phraseOf('Foreign Minister Ana Pell held a working lunch with her Kenyan counterpart in London on Friday.', 'working lunch')).toBe('working lunch with her Kenyan counterpart in London');
    expect(phraseOf('The minister said she had discussions with her Velsland colleague, Jan Holm, on Monday.', 'discussions')).toBe('discussions with her Velsland colleague');
    expect(phraseOf('Talks with the Serbian delegation, the third round, ended.', 'Talks')).toBe('Talks with the Serbian delegation');
    expect(phraseOf('The funeral of Pope Francis ended the week.', 'funeral')).toBe('funeral of Pope Francis');
  });

  it('leaves out a verb of holding with no subject before it, and keeps one that has', () => {
    expect(phraseOf('Delegations will hold indirect talks in Doha on Monday.', 'talks')).toBe('indirect talks in Doha');
    expect(phraseOf('Prices rose as Israel began striking Iran.', 'striking')).toBe('Israel began striking');
  });

  // Our own sentences in several outlets' styles: a title is a whole phrase, never one cut mid-way.
  it('ends a name’s phrase where a predicate begins, and never cuts one at its length limit', () => {
    expect(phraseOf('The funeral of Pope Francis ended only a short while before the talks began.', 'funeral')).toBe('funeral of Pope Francis');
    expect(phraseOf('ROME (Tiber Wire) - A summit of EU leaders opened late after a dispute over seating.', 'summit')).toBe('summit of EU');
    expect(phraseOf('Ministers joined the talks in Geneva yesterday afternoon.', 'talks')).toBe('talks in Geneva');
    expect(phraseOf('A rally of thousands of striking dock workers and their families and friends filled the square.', 'rally')).toBe('rally');
    expect(phraseOf('Officials marked the fourth anniversary of Russia’s full-scale invasion of Ukraine.', 'anniversary')).toBe('fourth anniversary of Russia’s full-scale invasion of Ukraine');
  });

  it('starts no phrase with a subordinator or with a verb that has no subject', () => {
    expect(phraseOf('Since Israel began striking on Iran, oil has risen.', 'striking')).toBe('Israel began striking');
    expect(phraseOf('Oil fell when Tehran resumed talks with Washington.', 'talks')).toBe('Tehran resumed talks with Washington');
    expect(phraseOf('Akazawa, who expects fresh talks in Washington, left on Monday.', 'talks')).toBe('fresh talks in Washington');
    expect(phraseOf('Tokyo expects fresh talks in Washington next month.', 'talks')).toBe('Tokyo expects fresh talks in Washington');
    expect(phraseOf('Seoul, which wants new negotiations with Beijing, waited.', 'negotiations')).toBe('new negotiations with Beijing');
  });
});
