// A deed of the lead with no day of its own, told just after a deed its paragraph dates by a day gone by, is of that day, not of the
// news day: the paragraph has turned to that day's story. Friday 16 March 2063 is the agency's day; Thursday the 15th the day before.
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

/** Each report as "kind day". */
const told = (published: string, body: string): string[] => readOne(published, `${body}\n`).candidates.map((c) => `${c.kind} ${c.date.value}`);

describe('a deed of the lead told on from the day of the deed just before it', () => {
  it('takes the day of the arrival told in the sentence before, not the news day', () => {
    const arrival = 'The Pope arrived in Velm on Thursday on the first foreign journey of his pontificate.';
    expect(told('2063-03-16', `${arrival} After laying a wreath at the war memorial, he was received by President Okoro at the palace, where the two held talks for about an hour.`)).toContain('meeting 2063-03-15');
    expect(told('2063-03-16', `${arrival} He then met President Okoro at the palace.`)).toContain('meeting 2063-03-15');
  });

  it('keeps the news day after a plan, across a paragraph, and after a deed of the news day itself', () => {
    expect(told('2063-03-16', 'The Pope will arrive in Velm on Saturday on his first journey abroad. He met President Okoro in Rome.')).toContain('meeting 2063-03-16');
    expect(told('2063-03-16', 'The Pope arrived in Velm on Thursday on the first foreign journey of his pontificate.\n\nHe met President Okoro at the palace.')).toContain('meeting 2063-03-16');
    expect(told('2063-03-16', 'The Pope arrived in Velm on Friday on the first foreign journey of his pontificate. He met President Okoro at the palace.')).toContain('meeting 2063-03-16');
    // Another doer named ("Then-president …"): no telling on of the deed before.
    expect(told('2063-03-16', 'On Thursday the Cardinal stood in silence at the old quay. Then-president Halvorsen met the mayor at the cenotaph.')).not.toContain('meeting 2063-03-15');
  });
});
