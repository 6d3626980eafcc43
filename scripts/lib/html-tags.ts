/**
 * A small start-tag scanner for the build checks (links, page weight). Built pages are
 * Astro's own well-formed output, so a tokenizer over tags and attributes is enough and
 * far faster than a DOM for thousands of pages.
 */

export interface Tag {
  name: string;
  attributes: Map<string, string>;
}

const TAG = /<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const SCRIPT_OR_STYLE = /(<(script|style)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi;

/** Start tags outside comments and outside script and style bodies (JSON-LD is not markup). */
export function* startTags(html: string): Generator<Tag> {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(SCRIPT_OR_STYLE, '$1');
  for (const [, name, rest] of markup.matchAll(TAG)) yield { name: name!.toLowerCase(), attributes: parseAttributes(rest ?? '') };
}

/** `<script>` elements with their attributes and body. */
export function* scripts(html: string): Generator<{ attributes: Map<string, string>; body: string }> {
  for (const [, rest, body] of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi)) {
    yield { attributes: parseAttributes(rest ?? ''), body: body ?? '' };
  }
}

/** Attributes of a start tag (names lower-cased, values entity-decoded; the first wins). */
function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, attribute, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    const key = attribute!.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decodeEntities(double ?? single ?? bare ?? ''));
  }
  return attributes;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}
