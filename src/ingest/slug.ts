/** Article ids: `<published day>-<first significant words of the title>`, stable and readable. */

export const MAX_SLUG_LENGTH = 60;
const TITLE_WORDS = 4;

/** Words too common to tell articles apart. "with" and verbs stay: they keep the slug readable. */
const INSIGNIFICANT = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'as']);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/gu, '')
    .split(/[^a-z0-9]+/u)
    .filter((word) => word.length > 0);
}

export function articleSlug(published: string, title: string): string {
  const words = asciiWords(title).filter((word) => !INSIGNIFICANT.has(word));
  let slug = published.slice(0, 10);
  for (const word of words.slice(0, TITLE_WORDS)) {
    if (slug.length + 1 + word.length > MAX_SLUG_LENGTH) break;
    slug += `-${word}`;
  }
  return slug;
}
