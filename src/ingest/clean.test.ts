import { describe, expect, it } from 'vitest';
import type { IngestBlock } from './blocks.ts';
import { removeFurniture } from './clean.ts';
import { classifyLine } from './plain-text.ts';

const lines = (...texts: string[]): IngestBlock[] => texts.map(classifyLine);
const keptTexts = (blocks: IngestBlock[], title?: string) => removeFurniture(blocks, { title }).blocks.map((block) => block.text);

const PARAGRAPH = 'The two delegations met in Geneva on Thursday, officials said.';
const LATER = 'Talks resumed on Friday after a short break, according to a statement.';

describe('furniture lines', () => {
  it.each([
    ['Share', 'share button'],
    ['Post a comment', 'comment form'],
    ['Your email address will not be published. Required fields are marked *', 'comment form'],
    ['You must Register or Login to post a comment.', 'comment form'],
    ['Clip Title by RFE/RL No media source currently available 0:00 0:01:07 0:00', 'video player'],
    ['#Geneva #PeaceTalks', 'hashtag line'],
    ['Advertisement', 'advertisement label'],
    ['We use cookies to improve your experience.', 'cookie banner'],
    ['Updated February 26, 2026 at 3:45 PM', 'time stamp'],
  ])('removes %j as %s', (text, rule) => {
    const result = removeFurniture(lines(PARAGRAPH, text, LATER), { title: 'Title' });
    expect(result.blocks.map((block) => block.text)).toEqual([PARAGRAPH, LATER]);
    expect(result.removed).toEqual([{ rule, text }]);
  });

  it('leaves sentences that only mention furniture words, and flags them', () => {
    const mention = 'Readers can subscribe to the ministry’s daily briefings, the spokesman said.';
    const result = removeFurniture(lines(PARAGRAPH, mention, 'He declined to share details of the meeting.'), { title: 'T' });
    expect(result.blocks).toHaveLength(3);
    expect(result.doubts).toEqual([{ reason: 'mentions site furniture', text: mention }]);
  });
});

describe('the tail of a page', () => {
  it('cuts "Related Articles" and everything after it', () => {
    const blocks = lines(PARAGRAPH, 'Related Articles', 'Other Story About Something Else', 'Its teaser goes here and stops...');
    expect(keptTexts(blocks, 'T')).toEqual([PARAGRAPH]);
  });

  it('cuts a comment section', () => {
    expect(keptTexts(lines(PARAGRAPH, 'Leave a Reply', 'Great article, thanks.'), 'T')).toEqual([PARAGRAPH]);
  });

  it('removes only the marker when it stands above the article', () => {
    expect(keptTexts(lines('Leave a comment', PARAGRAPH, LATER), 'T')).toEqual([PARAGRAPH, LATER]);
  });
});

describe('the top of an article', () => {
  const headline = 'Envoys Meet in Geneva as Talks Resume';

  it('takes the headline from the text and drops the section label above it', () => {
    const result = removeFurniture(lines('World', headline, PARAGRAPH), {});
    expect(result.title).toBe(headline);
    expect(result.blocks.map((block) => block.text)).toEqual([PARAGRAPH]);
    expect(result.removed.map((removal) => removal.rule)).toEqual(['section label', 'headline']);
  });

  it('keeps a diary’s first day heading above its first entry: no kicker, the day the entry tells of', () => {
    expect(keptTexts(lines('Tuesday', PARAGRAPH, 'Wednesday', LATER), 'Three days in Geneva')).toEqual(['Tuesday', PARAGRAPH, 'Wednesday', LATER]);
    expect(keptTexts(lines('World', 'Tuesday', PARAGRAPH), 'Three days in Geneva')).toEqual(['Tuesday', PARAGRAPH]);
  });

  it('drops the headline repeated in the body, and a truncated repeat of it', () => {
    expect(keptTexts(lines('Envoys Meet in Geneva', PARAGRAPH, headline), headline)).toEqual([PARAGRAPH]);
  });

  it('drops a teaser that is the start of a later paragraph, but not a sentence that merely starts alike', () => {
    const teaser = 'The two delegations met in Geneva';
    expect(keptTexts(lines(teaser, 'Share', PARAGRAPH), 'T')).toEqual([PARAGRAPH]);
    expect(keptTexts(lines('The two delegations met in Gen…', PARAGRAPH), 'T')).toEqual([PARAGRAPH]);
    const alike = 'The two delegations met in Genevan style, he joked.';
    expect(keptTexts(lines(PARAGRAPH.replace(' on Thursday, officials said.', '.'), alike), 'T')).toHaveLength(2);
  });

  it('keeps a headline-like line under an editor title, and flags it', () => {
    const result = removeFurniture(lines('Something That Looks Like a Headline', PARAGRAPH), { title: 'Editor title' });
    expect(result.blocks).toHaveLength(2);
    expect(result.doubts[0]?.reason).toBe('a headline-like line above the first paragraph');
  });
});

describe('photo galleries', () => {
  it.each(['What Is At Stake For Kyiv', 'What the Talks Could Mean for Kyiv'])('drops the gallery title %j and keeps the caption, flagging the guessed boundary', (title) => {
    const caption = 'Ukrainian President Volodymyr Zelenskyy said on Monday that the talks would go on.';
    const result = removeFurniture(lines(PARAGRAPH, `Photo Gallery: ${title} ${caption}`), { title: 'T' });
    expect(result.blocks.map((block) => block.text)).toEqual([PARAGRAPH, caption]);
    expect(result.removed).toEqual([{ rule: 'photo gallery title', text: `Photo Gallery: ${title}` }]);
    expect(result.doubts.map((doubt) => doubt.text)).toEqual([caption]);
  });

  it('removes a gallery title that has no caption', () => {
    expect(keptTexts(lines(PARAGRAPH, 'Photo Gallery: Life In Kyiv'), 'T')).toEqual([PARAGRAPH]);
  });
});
