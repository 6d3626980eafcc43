// A date counted back to the story's own time ("in March of that year", "at the time") keeps a past
// story where it is for the year-less dates after it; a day counted from the story's ("the next day")
// leaves its year for a "that autumn" opening the next paragraph. Friday 18 June 2038 is the day of the news.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const valueOf = (text: string, fragment: string) => findTemporalExpressions(text, '2038-06-18').find((t) => t.text === fragment)?.value;

describe("an anaphor of the story's own time", () => {
  it('keeps the scene a past year set for the year-less dates after it', () => {
    const text = 'Pell Odrun was 20 when he left the Tamsk shipyard in 1991. He had joined it in March of that year, as a riveter. On Sept. 4 the yard cut the night shift; the next day, 60 men walked out.';
    expect(valueOf(text, 'Sept. 4')).toBe('1991-09-04');
    expect(valueOf(text, 'the next day')).toBe('1991-09-05');
  });

  it('and "at the time" too', () => {
    expect(valueOf('The ferry line closed in 1984. At the time, nobody objected. In May the quay was sold.', 'May')).toBe('1984-05');
  });

  // In the year's own sentence the anaphor says again what the year says: it keeps no scene for the news after it.
  it("but not from the year's own sentence", () => {
    expect(findTemporalExpressions('Ruiz was elected in 2019 and moved into the town hall at the time. On May 12 the council voted 7-2 to remove her.', '2058-05-20').find((t) => t.text === 'May 12')?.value).toBe('2058-05-12');
    expect(valueOf('The ferry line was sold in 1984, and nobody objected at the time. On June 2 the quay was sold too.', 'June 2')).toBe('2038-06-02');
  });

  it('lets "That autumn" opening the next paragraph point back to the year', () => {
    const text = 'The yard cut the night shift in 1991; the next day, 60 men walked out.\n\nThat autumn Odrun was elected to the council.';
    expect(valueOf(text, 'That autumn')).toBe('1991-FA');
  });

  it('but not past a paragraph that names no year', () => {
    expect(valueOf('The yard closed in 1991.\n\nIts cranes are still there.\n\nThat autumn the council meets again.', 'That autumn')).not.toBe('1991-FA');
  });
});
