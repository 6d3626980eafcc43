import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ingestArticle } from './ingest.ts';
import type { IngestOptions } from './ingest.ts';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/seeds/${name}`, import.meta.url), 'utf8');

interface SeedCase {
  file: string;
  options: IngestOptions;
  /** Raw lines (trimmed) that are page furniture and must be gone. */
  furniture: string[];
  /** Furniture at the start of a line whose rest is the article's text. */
  furniturePrefixes?: string[];
  /** The line from which everything to the end is furniture. */
  furnitureFrom?: string;
  /** Lines whose content went to the frontmatter instead of the body. */
  meta: Record<string, string>;
  id: string;
}

const SEEDS: SeedCase[] = [
  {
    file: '000_ce9b658ea9746fc9.txt',
    options: { format: 'text', published: '2026-02-25' },
    furniture: [
      'International',
      'Trump Speaks With Zelenskyy Ahead of High-Stakes Geneva Peace Talks Set for Thursday',
      'US President Donald Trump has spoken by phone with Ukrainian President Volodymyr Zelenskyy as senior U.S.',
      'Share',
      'Trump Speaks With Zelenskyy Ahead of High-Stakes',
      'Leave a comment',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
    ],
    furnitureFrom: 'Related Articles',
    meta: { title: 'Trump Speaks With Zelenskyy Ahead of High-Stakes Geneva Peace Talks Set for Thursday', outlet: 'unknown', published: '2026-02-25' },
    id: '2026-02-25-trump-speaks-with-zelenskyy',
  },
  {
    file: '001_e0c9b10f7d7bf78b.txt',
    options: { format: 'text', published: '2026-02-17' },
    furniture: ['You must Register or Login to post a comment.'],
    furniturePrefixes: ['Trump Presses Kyiv as Ukraine-Russia Geneva Peace Talks Begin/ Newslooks/ WASHINGTON/ J. Mansour/ Morning Edition/ '],
    meta: {
      title: 'Trump Presses Kyiv as Ukraine-Russia Geneva Peace Talks Begin',
      outlet: 'Newslooks',
      byline: 'J. Mansour',
      dateline: 'Washington',
      published: '2026-02-17',
    },
    id: '2026-02-17-trump-presses-kyiv-ukraine',
  },
  {
    file: '002_0be0ed610cf6a59c.txt',
    options: {
      format: 'text',
      published: '2026-02-25',
      outlet: 'RFE/RL',
      dateline: 'Washington',
      title: 'Trump and Zelenskyy speak by phone ahead of Geneva meeting',
      titleSource: 'editor',
    },
    furniture: [
      "Ukrainians Skeptical About Peace Talks On Anniversary Of Russia's Invasion by RFE/RL No media source currently available 0:00 0:00:52 0:00",
      "'We're Poorer': Russians Reflect On 4 Years Of War by RFE/RL No media source currently available 0:00 0:00:49 0:00",
    ],
    furniturePrefixes: ['date 2026-02-25 ', 'Photo Gallery: Here Is What Tomahawk Missiles Could Do For Ukraine '],
    meta: { title_source: 'editor', outlet: 'RFE/RL', dateline: 'Washington', published: '2026-02-25' },
    id: '2026-02-25-trump-zelenskyy-speak-phone',
  },
  {
    file: '003_7591712a9a130a1a.txt',
    options: { format: 'text', published: '2025-11-24', title: 'US–Ukraine peace talks in Geneva end with “progress”', titleSource: 'editor' },
    furniture: [
      '#UkraineWar #Zelensky #RussiaUkraine #PeaceTalks #GenevaTalks #GlobalPolitics #USUkraine #EasternEurope #InternationalRelations #WorldNews #BreakingNews #Diplomacy #UkraineSovereignty #NoTerritorialConcessions #Geopolitics',
    ],
    meta: { title: 'US–Ukraine peace talks in Geneva end with “progress”', title_source: 'editor', outlet: 'unknown', published: '2025-11-24' },
    id: '2025-11-24-us-ukraine-peace-talks',
  },
  {
    file: '004_dc1560fb2344031c.txt',
    options: {
      format: 'text',
      published: '2025-02-12',
      title: 'Trump and Putin speak by phone, agree to start negotiations on Ukraine',
      titleSource: 'editor',
    },
    furniture: [],
    meta: { outlet: 'unknown', published: '2025-02-12', title_source: 'editor' },
    id: '2025-02-12-trump-putin-speak-phone',
  },
];

function splitDocument(document: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(document);
  if (!match?.[1] || match[2] === undefined) throw new Error('no frontmatter');
  return { frontmatter: parseYaml(match[1]) as Record<string, unknown>, body: match[2] };
}

/** Each paragraph, heading, list item and quote of the body, as a reader sees it. */
function renderedTexts(body: string): string[] {
  return fromMarkdown(body).children.flatMap((node) =>
    node.type === 'list' ? node.children.map((item) => toString(item)) : [toString(node)],
  );
}

/** The article's lines, as the test case says they are: furniture out, list bullets off. */
function expectedArticleLines(raw: string, seed: SeedCase): { kept: string[]; gone: string[] } {
  const lines = raw.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  const end = seed.furnitureFrom === undefined ? lines.length : lines.indexOf(seed.furnitureFrom);
  expect(end, `${seed.furnitureFrom} is in the seed`).toBeGreaterThan(0);
  const kept: string[] = [];
  const gone = lines.slice(end);
  for (const line of lines.slice(0, end)) {
    if (seed.furniture.includes(line)) {
      gone.push(line);
      continue;
    }
    const prefix = seed.furniturePrefixes?.find((candidate) => line.startsWith(candidate));
    if (prefix !== undefined) gone.push(prefix.trim());
    kept.push(line.slice(prefix?.length ?? 0).replace(/^(?:•|-)\s+/u, ''));
  }
  return { kept, gone };
}

describe.each(SEEDS)('seed $file', (seed) => {
  const raw = fixture(seed.file);
  const result = ingestArticle(raw, seed.options);
  const { frontmatter, body } = splitDocument(result.document);
  const texts = renderedTexts(body);
  const { kept, gone } = expectedArticleLines(raw, seed);

  it('keeps every line of the article verbatim, in order, and nothing else', () => {
    expect(texts).toEqual(kept);
  });

  it('removes the furniture', () => {
    for (const line of gone) {
      expect(texts, line).not.toContain(line);
      if (line.split(' ').length > 2 && !kept.some((text) => text.includes(line))) expect(body, line).not.toContain(line);
    }
  });

  it('writes the metadata to the frontmatter', () => {
    expect(frontmatter).toMatchObject({ ...seed.meta, language: 'en' });
    expect(frontmatter).not.toHaveProperty('url');
    expect(result.id).toBe(seed.id);
  });

  it('matches the committed content file', () => {
    const committed = readFileSync(new URL(`../../content/articles/${result.id}.md`, import.meta.url), 'utf8');
    expect(committed).toBe(result.document);
  });
});

describe('ingestArticle', () => {
  const raw = 'Headline About Talks In Geneva\n\nThe talks began on Tuesday, officials said.';

  it('quotes the publication day so YAML keeps it a string', () => {
    expect(ingestArticle(raw, { format: 'text', published: '2026-02-25' }).document).toContain('published: "2026-02-25"');
  });

  it('refuses an impossible day, a missing date and an article without a headline', () => {
    expect(() => ingestArticle(raw, { format: 'text', published: '2026-02-30' })).toThrow(/2026-02-30.*not a real calendar day/u);
    expect(() => ingestArticle(raw, { format: 'text' })).toThrow(/--published/u);
    expect(() => ingestArticle('Only one sentence here.', { format: 'text', published: '2026-02-25' })).toThrow(/--title/u);
  });

  it('uses --id and rejects one that is not a slug', () => {
    expect(ingestArticle(raw, { format: 'text', published: '2026-02-25', id: 'geneva-talks' }).id).toBe('geneva-talks');
    expect(() => ingestArticle(raw, { format: 'text', published: '2026-02-25', id: 'Geneva Talks' })).toThrow(/not a slug/u);
  });

  it('takes a date printed in the text when none is passed, and says so', () => {
    const result = ingestArticle(' date 2026-02-25 WASHINGTON -- The two leaders spoke.', {
      format: 'text',
      title: 'Leaders speak',
      titleSource: 'editor',
    });
    expect(result.frontmatter.published).toBe('2026-02-25');
    expect(result.frontmatter.dateline).toBe('Washington');
    expect(result.notes).toContain('published: "2026-02-25" read from the text');
  });
});
