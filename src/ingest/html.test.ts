import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { markdownToBlocks, readHtml } from './html.ts';
import { ingestArticle } from './ingest.ts';

const page = readFileSync(new URL('../../tests/fixtures/html/geneva-talks.html', import.meta.url), 'utf8');

/** The story in the fixture, as a reader sees it: paragraphs, caption, heading, list items, quote. */
const STORY = [
  'GENEVA — Ukraine’s chief negotiator Rustem Umerov met U.S. envoys Steve Witkoff and Jared Kushner in Geneva on Thursday, in talks both sides described as a step toward a three‑way meeting with Russia in early March.',
  'The meeting, held at a hotel on the shore of Lake Geneva, lasted more than four hours, according to two officials familiar with the schedule. Neither delegation spoke to reporters on arrival.',
  'Delegations arrive for the talks in Geneva on Thursday.',
  'Umerov said the agenda covered a postwar recovery plan and a large‑scale prisoner exchange. “We are working constructively, focused and without excessive expectations,” he wrote afterwards.',
  'What is on the table',
  'Officials listed three items for the day:',
  'a recovery plan anchored by long‑term investment;',
  'an exchange of prisoners of war;',
  'the sequence of meetings leading to a leaders’ summit.',
  '“The problem is with the political will to stop this war and the question of territories,” Zelenskyy said on Wednesday.',
  'Russia was not represented in Geneva. The Kremlin said it would wait for the results before commenting on a date for the next round — a position it has held since talks in Abu Dhabi in January.',
  'Diplomats cautioned that the session was preparatory, and that the gap between Kyiv’s demand for security guarantees and Moscow’s demand for land remained wide.',
];

/** Navigation, cookie banner, ads, share tools, newsletter box, related stories, comments, footer. */
const FURNITURE = [
  'We use cookies',
  'Accept all cookies',
  'Cookie settings',
  'Politics',
  'Subscribe',
  'Advertisement',
  'Facebook',
  'Share this article',
  'Updated February 26, 2026',
  'Sign up',
  'Related stories',
  'Four years on, Kyiv marks the anniversary',
  '3 Comments',
  'Finally some movement',
  'Who is paying for the recovery plan',
  'Leave a Reply',
  'Your email address will not be published',
  'All rights reserved',
  'geneva-lakeshore.jpg',
  'ads.example',
];

describe('an HTML page', () => {
  const result = ingestArticle(page, { format: 'html' });
  const body = result.document.slice(result.document.indexOf('\n---\n') + 5);
  const tree = fromMarkdown(body);

  it('keeps the story verbatim, block by block', () => {
    const texts = tree.children.flatMap((node) => (node.type === 'list' ? node.children.map((item) => toString(item)) : [toString(node)]));
    expect(texts).toEqual(STORY);
    expect(tree.children.map((node) => node.type)).toEqual([
      'paragraph', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'list', 'blockquote', 'paragraph', 'paragraph',
    ]);
  });

  it('leaves out all page furniture, links and images', () => {
    for (const furniture of FURNITURE) expect(result.document, furniture).not.toContain(furniture);
    expect(body).not.toMatch(/\]\(|<[a-z]/u);
  });

  it('reads the metadata from the page', () => {
    expect(result.frontmatter).toMatchObject({
      title: 'Envoys Meet in Geneva as Ukraine Seeks Security Guarantees',
      titleSource: 'article',
      outlet: 'The Lakeside Ledger',
      published: '2026-02-26',
      byline: 'Maria Keller',
      dateline: 'Geneva',
      url: 'https://ledger.example/world/2026/02/26/envoys-meet-in-geneva',
      language: 'en',
    });
    expect(result.id).toBe('2026-02-26-envoys-meet-geneva-ukraine');
  });

  it('reports the furniture the furniture pass removed after Readability', () => {
    expect(result.removed.map((removal) => removal.rule)).toEqual(['advertisement label', 'time stamp', 'share button']);
  });

  it('says so when a page has no article', () => {
    const navigationOnly = '<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>';
    expect(() => ingestArticle(navigationOnly, { format: 'html', published: '2026-02-26', title: 'Home' })).toThrow(/no article text/u);
    expect(() => readHtml('<!doctype html><html><body></body></html>')).toThrow(/Readability found no article text/u);
  });
});

describe('markdownToBlocks', () => {
  it('splits lists into items and quotes into paragraphs, keeping turndown’s escaping', () => {
    const { blocks } = markdownToBlocks('## Sub\n\n1\\. Not a list, \\*not\\* emphasis\n\n-   one\n-   two\n\n> first\n>\n> second');
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Sub', markdown: 'Sub', depth: 2 },
      { kind: 'paragraph', text: '1. Not a list, *not* emphasis', markdown: '1\\. Not a list, \\*not\\* emphasis' },
      { kind: 'list-item', text: 'one', markdown: 'one' },
      { kind: 'list-item', text: 'two', markdown: 'two' },
      { kind: 'quote', text: 'first', markdown: 'first' },
      { kind: 'quote', text: 'second', markdown: 'second' },
    ]);
  });

  it('reports what is not article text', () => {
    const { blocks, removed } = markdownToBlocks('Text.\n\n```\ncode\n```');
    expect(blocks).toHaveLength(1);
    expect(removed).toEqual([{ rule: 'not article text (code)', text: '```\ncode\n```' }]);
  });
});
