import { describe, expect, it } from 'vitest';
import type { IngestBlock } from './blocks.ts';
import { readBlocks, renderBlock, renderBody } from './markdown.ts';

describe('renderBlock', () => {
  it.each([
    ['# 1 priority, officials said.', '\\# 1 priority, officials said.'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['* not a list', '\\* not a list'],
    ['1994. That year Ukraine gave up its arsenal.', '1994\\. That year Ukraine gave up its arsenal.'],
    ['Prices rose 3 < 4 times', 'Prices rose 3 \\< 4 times'],
    ['a <b>tag</b> in text', 'a \\<b>tag\\</b> in text'],
    ['path C:\\Users', 'path C:\\\\Users'],
  ])('escapes what Markdown would misread: %j', (text, markdown) => {
    expect(renderBlock({ kind: 'paragraph', text })).toBe(markdown);
  });

  it.each([
    'He said *maybe* and _perhaps_ and `code`.',
    'See [the report](https://example.com) here.',
    'AT&amp;T &#8212; a name',
    'Score: #1 #',
    '***',
  ])('renders %j back to the same text', (text) => {
    for (const kind of ['paragraph', 'heading', 'list-item', 'quote'] as const) {
      const markdown = renderBlock({ kind, text });
      expect(readBlocks(markdown), markdown).toEqual([{ kind, text }]);
    }
  });

  it('leaves ordinary journalism untouched: curly quotes, dashes, brackets, non-breaking hyphens', () => {
    const text = '“I’m not sure that we will have tomorrow exactly [a] result… on the territories,” he said — 30‑minute call, U.S.–Ukraine.';
    expect(renderBlock({ kind: 'paragraph', text })).toBe(text);
  });

  it('writes headings, list items and quotes with their markers', () => {
    expect(renderBlock({ kind: 'heading', text: 'Stakes', depth: 2 })).toBe('## Stakes');
    expect(renderBlock({ kind: 'list-item', text: 'One' })).toBe('- One');
    expect(renderBlock({ kind: 'quote', text: 'Line one line two', markdown: 'Line one\nline two' })).toBe('> Line one\n> line two');
  });
});

describe('renderBody', () => {
  it('separates blocks by blank lines and keeps consecutive list items in one list', () => {
    const blocks: IngestBlock[] = [
      { kind: 'paragraph', text: 'Intro.' },
      { kind: 'list-item', text: 'a' },
      { kind: 'list-item', text: 'b' },
      { kind: 'heading', text: 'Next', depth: 2 },
    ];
    expect(renderBody(blocks)).toBe('Intro.\n\n- a\n- b\n\n## Next\n');
  });
});
