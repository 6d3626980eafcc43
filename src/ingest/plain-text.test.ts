import { describe, expect, it } from 'vitest';
import { classifyLine, readPlainText } from './plain-text.ts';

describe('classifyLine', () => {
  it.each([
    ['Stakes for Ukraine, Russia, and the US', 'heading'],
    ['The Language Of \'Pressure\'', 'heading'],
    ['Deep Look: Ukraine and Russia Open Geneva Talks as Trump Pushes for Faster Deal', 'heading'],
    ['While both sides publicly signal willingness to negotiate, they remain far apart on core issues.', 'paragraph'],
    ['“We are working constructively,” Umerov posted, adding that the goal remains a “sustainable and lasting peace.”', 'paragraph'],
    ['Officials listed three items for the day:', 'paragraph'],
    ['a sentence fragment without a full stop', 'paragraph'],
  ])('%j is a %s', (line, kind) => {
    expect(classifyLine(line).kind).toBe(kind);
  });

  it('reads "•", "-" and "*" lines as list items, without the bullet', () => {
    expect(classifyLine('• The meeting is part of a broader track.')).toEqual({ kind: 'list-item', text: 'The meeting is part of a broader track.' });
    expect(classifyLine('- Land remains the core sticking point')).toEqual({ kind: 'list-item', text: 'Land remains the core sticking point' });
    expect(classifyLine('— a dash opens dialogue, not a list.').kind).toBe('paragraph');
  });
});

describe('readPlainText', () => {
  it('makes each non-empty line a block, trimmed', () => {
    const { blocks } = readPlainText('First paragraph.\nSecond paragraph.\n\n\n  Third paragraph.  \r\n');
    expect(blocks.map((block) => block.text)).toEqual(['First paragraph.', 'Second paragraph.', 'Third paragraph.']);
  });

  it('reads a slash-separated header into metadata and keeps its lead as the first paragraph', () => {
    const reading = readPlainText('Talks Open in Geneva/ Daily Wire Service/ NEW YORK/ A. Writer/ Evening Brief/ The talks opened on Monday.\nMore text.');
    expect(reading.meta).toEqual({ title: 'Talks Open in Geneva', outlet: 'Daily Wire Service', dateline: 'New York', byline: 'A. Writer' });
    expect(reading.blocks.map((block) => block.text)).toEqual(['The talks opened on Monday.', 'More text.']);
    expect(reading.removed.map((removal) => removal.rule)).toEqual(['header (title, outlet, dateline, byline → frontmatter)', 'section label']);
  });

  it('does not mistake prose with slashes for a header', () => {
    const line = 'He said/ she said/ they said/ we said/ nobody agreed on anything at all.';
    expect(readPlainText(line).blocks.map((block) => block.text)).toEqual([line]);
  });

  it('strips a leading "date YYYY-MM-DD" metadata prefix and keeps the rest', () => {
    const reading = readPlainText(' date 2026-02-25 WASHINGTON -- The leaders spoke.');
    expect(reading.meta.published).toBe('2026-02-25');
    expect(reading.blocks[0]?.text).toBe('WASHINGTON -- The leaders spoke.');
  });
});
