/**
 * JSON-LD for a `<script type="application/ld+json">`: JSON in which no text can close the
 * script or open a comment (`<` becomes \u003c, also `>` and `&`), and in which U+2028 and
 * U+2029 are escaped so it stays valid JavaScript for older parsers too.
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
