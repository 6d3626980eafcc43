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
