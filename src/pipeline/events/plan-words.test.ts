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

/** Each report, dated or not, as "kind day-or-undated status". */
const told = (published: string, body: string): string[] => {
  const { candidates, undated } = extractOne(published, `${body}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`), ...undated.map((u) => `${u.kind} undated ${u.status}`)];
};

describe('a gathering told as the next step', () => {
  it('is a plan, not a report of one held', () => {
    expect(told('2052-09-29', 'Officials said the ceasefire had held. The next step is a summit of President Wilk and Prime Minister Sorrel in Prague.')).toEqual(['summit undated planned']);
    expect(told('2052-09-29', 'Diplomats said the next stage would be talks between the two foreign ministers in Riga.')).toEqual(['talks undated planned']);
  });

  it('leaves a step already taken to its own tense', () => {
    expect(told('2052-09-29', 'The next step was taken on Friday, when Wilk and Sorrel met in Prague.')).toEqual(['meeting 2052-09-27 occurred']);
  });
});

describe('leaders who spoke by video', () => {
  it('held a call, told by video link or video call', () => {
    expect(told('2052-09-29', 'President Marek Wilk and Mayor Ana Horvat spoke by video link on Friday about the flood defences.')).toEqual(['call 2052-09-27 occurred']);
    expect(told('2052-09-29', 'Wilk and Sorrel talked via video call on Friday.')).toEqual(['call 2052-09-27 occurred']);
  });
});

describe('the month May told day-first', () => {
  // Friday 20 May 2058: the 18th is gone by.
  it('is no modal "may": what it dates took place by its verb', () => {
    // A wire's day-first date before a past verb; a paper's date before its subject.
    expect(dated('2058-05-20', 'Talks in Geneva on 18 May ended without a text.')).toEqual(['talks 2058-05-18 occurred']);
    expect(dated('2058-05-20', 'Wilk and Sorrel held talks in Prague on 18 May that produced no text.')).toEqual(['talks 2058-05-18 occurred']);
  });

  it('still reads the modal "may" as a plan', () => {
    // The near miss: the modal after a noun, whose talks are not yet held.
    expect(dated('2058-05-20', 'Talks in Geneva may resume on 25 May.')).toEqual([]);
  });
});
