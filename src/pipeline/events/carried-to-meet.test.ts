// People carried somewhere by others to meet someone ("were being taken to a hospital to meet their mothers") have not met:
// the meeting is what they were moved for. Wednesday 14 March 2063 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each report as "kind day", then its undated ones. */
const told = (body: string): string[] => {
  const { candidates, undated } = extractOne('2063-03-14', `${body}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value}`), ...undated.map((u) => `undated ${u.kind}`)];
};

describe('a meeting people were carried to', () => {
  it('is no meeting held', () => {
    expect(told('On Tuesday afternoon the two freed sailors were being taken to a clinic near Kessel to meet their families.')).not.toContain('meeting 2063-03-13');
    expect(told('The released crew were flown to Lusk on Tuesday to see their relatives.')).not.toContain('meeting 2063-03-13');
  });

  it('is one when the traveller goes to meet someone', () => {
    expect(told('Foreign Minister Arlov flew to Kessel on Tuesday to meet Prime Minister Lund.')).toContain('meeting 2063-03-13');
  });
});
