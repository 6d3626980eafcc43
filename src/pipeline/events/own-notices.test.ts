import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// A community newsletter of our own, Sunday 16 March 2053: the Tuesday gone by is the 11th, the Friday ahead the 21st.
const told = (body: string) => extractOne('2053-03-16', `${body}\n`).candidates.map((c) => `${c.kind}${c.noun ? `/${c.noun}` : ''} ${c.date.value} ${c.status}`);

describe("the outlet's own notices", () => {
  it('tell no news, up to the next heading', () => {
    const body = [
      '## Club notices',
      '- The chess group met on Tuesday and thanks everyone who came.',
      '- The committee meets on Friday at 7 p.m. in the hall.',
      '## From the region',
      'The mayor held talks with the Velsland envoy on Tuesday.',
    ].join('\n\n');
    expect(told(body)).toEqual(['talks 2053-03-11 occurred']);
  });

  it('leave a list under any other heading as news', () => {
    expect(told(['## This week', '- The chess group met on Tuesday and thanks everyone who came.'].join('\n\n'))).toEqual(['meeting 2053-03-11 occurred']);
  });
});
