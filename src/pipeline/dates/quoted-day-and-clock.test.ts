// A bare clock time in narration after a quotation that names a day: the speaker's day is not the narration's (clockDay.ts isQuotedApart).
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

// Thursday 12 May 2061: Tuesday the 10th.
const REF = '2061-05-12';
const valueOf = (text: string, span: string, before?: string): string | undefined =>
  findTemporalExpressions(text, REF, before === undefined ? {} : { before }).find((t) => t.text === span)?.value;

describe('a clock time after a quotation naming a day', () => {
  it.each([
    ['"We lost the bridge on Tuesday," the mayor said. At 3.15 p.m. the finance minister resigned.', '3.15 p.m.'],
    ['“The army took the ridge on Tuesday,” the general said. Shortly after noon the finance minister resigned.', 'noon'],
  ])('keeps the paper\'s day: %s', (text, span) => {
    expect(valueOf(text, span)).toMatch(/^2061-05-12T/);
  });

  it('keeps it when the quotation stands in the paragraph before the sentence', () => {
    expect(valueOf('At 3.15 p.m. the finance minister resigned.', '3.15 p.m.', '"We lost the bridge on Tuesday," the mayor said.')).toMatch(/^2061-05-12T/);
  });

  it('but takes a day the narration names, and a time inside the quotation takes the speaker\'s', () => {
    expect(valueOf('The army took the bridge on Tuesday, the general said. At 3.15 p.m. the finance minister resigned.', '3.15 p.m.')).toMatch(/^2061-05-10T/);
    expect(valueOf('"We lost the bridge on Tuesday and the dam at 3.15 p.m.," the mayor said.', '3.15 p.m.')).toMatch(/^2061-05-10T/);
  });
});
