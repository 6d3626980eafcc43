import { describe, expect, it } from 'vitest';
import { ParagraphContext } from './paragraph-context.ts';

describe('ParagraphContext', () => {
  it('gives each sentence the sentences of its paragraph before it', () => {
    const context = new ParagraphContext();
    expect(context.next(0, 'In February 2025 Trump called Putin.')).toBe('');
    expect(context.next(0, 'On March 18 they spoke again.')).toBe('In February 2025 Trump called Putin.');
    expect(context.next(0, 'They agreed to talk.')).toBe('In February 2025 Trump called Putin. On March 18 they spoke again.');
  });

  it('starts over with each paragraph', () => {
    const context = new ParagraphContext();
    context.next(0, 'In February 2025 Trump called Putin.');
    expect(context.next(1, 'On March 18 they spoke again.')).toBe('');
  });

  it('keeps the paragraph before for a paragraph that opens by pointing back to its day', () => {
    const longRead = new ParagraphContext();
    longRead.next(0, 'On 28 February the talks in the Oval Office collapsed.');
    longRead.next(0, 'The lunch was left on the table.');
    expect(longRead.next(1, 'That Sunday, European leaders gathered in London.')).toBe('On 28 February the talks in the Oval Office collapsed. The lunch was left on the table.');
    const courtReport = new ParagraphContext();
    courtReport.next(0, 'The envoy landed in Minsk on 21 June.');
    expect(courtReport.next(1, 'On the Monday, he was received by the president.')).toBe('The envoy landed in Minsk on 21 June.');
    const magazine = new ParagraphContext();
    magazine.next(0, 'The summit opened on 3 May.');
    expect(magazine.next(1, 'A fortnight later, the ministers met again.')).toBe('The summit opened on 3 May.');
  });

  it('keeps the question for its answer, and the paragraph before for a part of a day with no day of its own', () => {
    const interview = new ParagraphContext();
    interview.next(0, 'Q: On Tuesday you flew to Orsa.');
    interview.next(0, 'What happened there?');
    expect(interview.next(1, 'A: We sat down with the premier in the morning.')).toBe('Q: On Tuesday you flew to Orsa. What happened there?');
    expect(interview.next(2, 'Q: And the next step?')).toBe('');
    const report = new ParagraphContext();
    report.next(0, 'The ministers arrived in Tarnby on 4 May.');
    expect(report.next(1, 'In the evening they dined with the mayor.')).toBe('The ministers arrived in Tarnby on 4 May.');
  });

  it('starts over for an answer to no question', () => {
    const context = new ParagraphContext();
    context.next(0, 'The talks opened on Monday.');
    expect(context.next(1, 'A: Nobody expected that.')).toBe('');
  });

  it('starts over when the new paragraph names its own day or "that" is no day', () => {
    const context = new ParagraphContext();
    context.next(0, 'On 28 February the talks collapsed.');
    expect(context.next(1, 'On Sunday, leaders met in London.')).toBe('');
    expect(context.next(2, 'That is why the deal was delayed.')).toBe('');
    expect(context.next(3, 'The Monday meeting was cancelled.')).toBe('');
  });

  it('keeps only the last sentences within its length, and always the one just before', () => {
    const context = new ParagraphContext(30);
    context.next(0, 'A first sentence of some length.');
    context.next(0, 'Short one.');
    expect(context.next(0, 'Third.')).toBe('Short one.');
    const long = 'x'.repeat(100);
    context.next(0, long);
    expect(context.next(0, 'After it.')).toBe(long);
  });

  it('stays bounded over a paragraph of any length', () => {
    const context = new ParagraphContext();
    let longest = 0;
    for (let i = 0; i < 10_000; i += 1) longest = Math.max(longest, context.next(0, `Sentence number ${i} of the paragraph.`).length);
    expect(longest).toBeLessThanOrEqual(2_000);
    expect(longest).toBeGreaterThan(1_000);
  });
});
