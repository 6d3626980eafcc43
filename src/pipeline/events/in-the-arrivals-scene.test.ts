// A call or a gathering with no day of its own, told right after a dated journey where the journey ended (the tarmac, "on
// arrival"), or "From there" after it or after a gathering, was that day's, in that scene. Wednesday 14 March 2063 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each report as "kind day: the opening words of each sentence it cites". */
const told = (...paragraphs: string[]): string[] => {
  const { candidates, undated } = extractOne('2063-03-14', `${paragraphs.join('\n\n')}\n`);
  const opening = (text: string): string => text.split(' ').slice(0, 3).join(' ');
  return [...candidates.map((c) => `${c.kind} ${c.date.value}: ${c.evidence.map((e) => opening(e.text)).join(' + ')}`), ...undated.map((u) => `undated ${u.kind}: ${opening(u.evidence.text)}`)];
};

const LANDED = 'The plane carrying King Alaric touched down at Lusk airport yesterday.';

describe('a happening told in the scene of a dated arrival', () => {
  it('takes the arrival’s day, in its paragraph or opening the next, and cites the arrival', () => {
    expect(told(LANDED, 'Premier Aldo Vance met the King on the tarmac.')).toContain('meeting 2063-03-13: Premier Aldo Vance + The plane carrying');
    expect(told(`${LANDED} Premier Aldo Vance met the King on the tarmac.`)).toContain('meeting 2063-03-13: Premier Aldo Vance + The plane carrying');
    expect(told('Chancellor Britta Holm flew to Kessel on Monday.', 'She held talks with Prime Minister Lars Vikan on arrival.')).toContain('talks 2063-03-12: She held talks + Chancellor Britta Holm');
  });

  it('dates what went on "From there" after a dated gathering that day, as another happening than it, which it does not cite', () => {
    expect(told('The envoys of Norland and Estmark met in Kessel on Monday. From there the delegation drove to Orsk, where it held talks with the premier.')).toEqual([
      'meeting 2063-03-12: The envoys of',
      'talks 2063-03-12: From there the',
    ]);
    // Nor the landing that dated that gathering: the sentences that tell the welcome are no evidence of the meeting after it.
    expect(told(LANDED, 'Premier Aldo Vance met the King on the tarmac. From there the motorcade went to Orsk, where the King met farmers at a market.')).toEqual([
      'other 2063-03-13: The plane carrying',
      'meeting 2063-03-13: Premier Aldo Vance + The plane carrying',
      'meeting 2063-03-13: From there the',
    ]);
  });

  it('leaves a plan, a quoted one, and a meeting told with no arrival before it as they were', () => {
    expect(told(LANDED, 'Premier Aldo Vance will meet him on Friday.')).toContain('meeting 2063-03-16: Premier Aldo Vance');
    expect(told('King Alaric flew to Lusk on Monday. "We will meet him at the airport," Vance said.')).toContain('undated meeting: "We will meet');
    expect(told('Premier Aldo Vance met the King on the tarmac.')).toEqual(['meeting 2063-03-14: Premier Aldo Vance']);
  });
});
