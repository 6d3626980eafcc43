// A letter's date given a sentence of its own ("It is dated …"): the quotes its writer wrote, in the
// sentences after it, count their days from that date, not from the day of the news.
// Wednesday 10 January 2024 is the day of the news.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const valueOf = (text: string, fragment: string) => findTemporalExpressions(text, '2024-01-10').find((t) => t.text === fragment)?.value;

describe('a quoted letter dated in a sentence of its own', () => {
  const letter = 'The note reached the archive last month. It is dated May 9, 1950, and signed by a ferryman, Oren Dusk.\n\n"The river froze yesterday and will not open until Sunday," he wrote. "Next week we cross on foot."';

  it("reads the writer's quotes against the letter's date", () => {
    expect(valueOf(letter, 'yesterday')).toBe('1950-05-08');
    expect(valueOf(letter, 'Sunday')).toBe('1950-05-14');
    expect(valueOf(letter, 'Next week')).toBe('1950-W20');
  });

  it('also when the letter itself is the subject: "The note was dated …"', () => {
    expect(valueOf('The note was dated May 9, 1950. "The river froze yesterday," he wrote.', 'yesterday')).toBe('1950-05-08');
  });

  it('leaves a quote after narration, or by another speaker, to the day of the news', () => {
    expect(valueOf('It is dated May 9, 1950. The archive bought it. "We open it tomorrow," the keeper said.', 'tomorrow')).toBe('2024-01-11');
    expect(valueOf('It is dated May 9, 1950. "We open it tomorrow," the keeper said.', 'tomorrow')).toBe('2024-01-11');
  });

  it('follows only quotes closed by "wrote", by a pronoun or by the writer the sentence names', () => {
    expect(valueOf('It is dated May 9, 1950. "We open it tomorrow," he said.', 'tomorrow')).toBe('2024-01-11');
    expect(valueOf('It is dated May 9, 1950, and signed by Oren Dusk. "The river froze yesterday," Dusk wrote.', 'yesterday')).toBe('1950-05-08');
    expect(valueOf('It is dated May 9, 1950. "We open it tomorrow," Tamsin Vell wrote in her column.', 'tomorrow')).toBe('2024-01-11');
  });

  // A date that is no letter's own sentence ("bought a letter dated …", "It was sent on …") hands its day to no quote after it.
  it("leaves anyone's quotes after a message merely dated to the day of the news", () => {
    const on = (text: string, fragment: string) => findTemporalExpressions(text, '2058-03-13').find((t) => t.text === fragment)?.value;
    expect(on('The museum bought a letter dated June 3, 1961. "We will put it on show next week," she said.', 'next week')).toBe('2058-W12');
    expect(on('The parcel bomb arrived on Monday. It was sent on March 2, 2058, police said. "We will know more next week," he said.', 'next week')).toBe('2058-W12');
    expect(on('The court heard that the parcel was posted on March 2, 2058. "We will know more tomorrow," she said.', 'tomorrow')).toBe('2058-03-14');
  });
});
