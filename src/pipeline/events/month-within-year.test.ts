import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day status"; undated reports as "kind undated status". */
const told = (published: string, text: string): string[] => {
  const { candidates, undated } = extractOne(published, `${text}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`), ...undated.map((u) => `${u.kind} undated ${u.status}`)];
};

// Wednesday 18 March 2071.
describe('a month after the year a happening first takes', () => {
  it('is the more precise date of the two', () => {
    expect(told('2071-03-18', "Ostravia will host next year's summit in Lusk in June 2072.")).toEqual(['summit 2072-06 planned']);
    expect(told('2071-03-18', "Ostravia takes over the chair on 1 April and has said it will hold next year's summit in Lusk in September 2072.")).toEqual(['summit 2072-09 planned']);
  });

  it('leaves a month outside that year to the reading of two dates', () => {
    expect(told('2071-03-18', "Ostravia will host next year's summit in Lusk in June 2073.")).not.toContain('summit 2073-06 planned');
  });
});
