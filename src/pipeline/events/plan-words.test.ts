import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day status". */
const dated = (published: string, body: string): string[] => extractOne(published, `${body}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);

// Sunday 29 September 2052: the Friday is the 27th, the one ahead 4 October.
const TOLD_OF_SOMETHING_PUT_OFF: [string, string][] = [
  ['President Marek Wilk and Prime Minister Elena Sorrel spoke by phone on Friday about the delayed rail link.', 'call 2052-09-27 occurred'],
  ['Wilk and Sorrel met in Prague on Friday to discuss the long-delayed rail link.', 'meeting 2052-09-27 occurred'],
  ['Wilk spoke with Sorrel by telephone on Friday about a cancelled arms deal.', 'call 2052-09-27 occurred'],
];

describe('a word of a plan’s fate before another noun', () => {
  it.each(TOLD_OF_SOMETHING_PUT_OFF)('“%s” tells of something put off, not of the event', (text, event) => {
    expect(dated('2052-09-29', text)).toEqual([event]);
  });

  it('still makes a plan of the event it tells put off', () => {
    expect(dated('2052-09-29', 'The meeting of Wilk and Sorrel, set for Friday, was delayed.')).toEqual(['meeting 2052-10-04 planned']);
  });
});
