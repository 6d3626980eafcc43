import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it('splits paragraphs into sentences whose offsets point back into the source', () => {
    const body = 'First sentence here. Second one follows.\n\nA new paragraph.\n';
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual(['First sentence here.', 'Second one follows.', 'A new paragraph.']);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.blockIndex)).toEqual([0, 0, 1]);
  });

  it('does not break after abbreviations such as U.S. or Sen.', () => {
    const body = 'He met senior U.S. Special Envoy Steve Witkoff. Sen. Graham spoke later.';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      'He met senior U.S. Special Envoy Steve Witkoff.',
      'Sen. Graham spoke later.',
    ]);
  });

  it('counts headings, list items and quotes, and strips Markdown syntax', () => {
    const body = '## What is planned\n\n- Talks held in *Geneva*\n- Land remains the issue\n\n> “We are working,” he said.\n';
    const sentences = splitSentences(body);
    expect(sentences.map((s) => [s.block, s.text])).toEqual([
      ['heading', 'What is planned'],
      ['list', 'Talks held in Geneva'],
      ['list', 'Land remains the issue'],
      ['quote', '“We are working,” he said.'],
    ]);
    const geneva = sentences[1]!;
    expect(body.slice(geneva.start, geneva.end)).toBe('Talks held in *Geneva');
  });

  it('keeps curly quotes and non-breaking hyphens verbatim', () => {
    const body = 'Zelenskyy confirmed that he held a 30‑minute call with Trump on Wednesday, focused on “peace.”';
    const [s] = splitSentences(body);
    expect(s?.text).toBe(body);
  });
});
