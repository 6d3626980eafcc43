/**
 * What one article may hold. Beyond these an article is refused with a clear error instead
 * of slowing the build to a crawl or overflowing the stack of the Markdown tools (remark,
 * rehype and their serialisers walk the tree recursively).
 */
export const LIMITS = {
  /** Bytes of one article file, frontmatter included: about 300 times a long news article. */
  articleBytes: 2 * 1024 * 1024,
  /** Blocks inside blocks: blockquotes and list items nested in one another. */
  nestingDepth: 32,
} as const;

/** Publication years an article may carry; outside them the date is a typo ("0026-02-25"). */
export const PUBLISHED_YEARS = { from: 1900, to: 2100 } as const;

/** Years an event's date may have in a correction: a typo ("0026") is refused, history (1994) is not. */
export const EVENT_YEARS = { from: 1000, to: 2200 } as const;
