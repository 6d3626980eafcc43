import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// Wednesday 18 June 2025: last Friday was the 13th, the coming one the 20th.
const lines = (text: string): string[] => extractOne('2025-06-18', `${text}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);

describe('a day beside a verb of pledging is the pledge\'s, not the day of the act it binds to', () => {
  it('gives the act no day of the agreeing, before the verb or after it', () => {
    // Read as the act's, "on Friday" was turned to the coming Friday, and "in November" made a past meeting.
    for (const text of ['Trump on Friday agreed to meet Putin.', 'On Friday, Trump agreed to meet Putin.', 'Trump and Putin on Friday agreed to hold a summit.', 'Trump on Monday offered to host talks between Putin and Zelensky.', 'Trump agreed in November to meet Putin.', 'Trump promised on Monday to visit Kyiv.']) {
      expect(lines(text).filter((l) => /^(?:meeting|summit|talks|visit|other) /.test(l)), text).toEqual([]);
    }
  });

  it('reads the act\'s own day after the day it was agreed', () => {
    expect(lines('Trump on Friday agreed to meet Putin on Monday.')).toEqual(['meeting 2025-06-16 planned']);
    // "pledged" as "vowed" and "promised": the Friday after the pledge, not the one before it (Wednesday 18 June: the 20th, not the 13th).
    expect(lines('Trump on Monday pledged to meet Putin on Friday.')).toEqual(['meeting 2025-06-20 planned']);
    expect(lines('Trump on Monday vowed to meet Putin on Friday.')).toEqual(['meeting 2025-06-20 planned']);
    expect(lines('The union on Monday pledged to strike on Friday.')).toEqual(['strike 2025-06-20 planned']);
  });

  it('leaves a day of a verb of its own to that verb', () => {
    expect(lines('Trump met Putin on Friday and agreed to meet him again.')).toContain('meeting 2025-06-13 occurred');
    expect(lines('Trump agreed on Friday to meet Putin next week.')).toContain('meeting 2025-W26 planned');
  });
});
