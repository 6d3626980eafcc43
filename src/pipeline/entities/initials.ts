// Bodies named by their initials ("the EU", "the IAEA") and in full ("the European Union"):
// one organisation, whose name is the full one wherever an article spells it out.
import { everyMatch } from '../gated-matches.ts';

/** Words a body's initials skip: "Organization for Security and Co-operation in Europe" is OSCE. */
const SKIPPED = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', '&']);
/** Initials as news copy writes them: "EU", "IAEA", "U.N.", "OSCE". */
const INITIALS = /^(?:\p{Lu}\.?){2,6}$/u;
/** A full name: capitalised words, with the small words initials skip between them. */
const FULL_NAME = /\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for|and|the|on|in|to|&)\s+)*\p{Lu}[\p{L}-]*)+/gu;

export function isInitials(name: string): boolean {
  return INITIALS.test(name);
}

/** "International Atomic Energy Agency" → "IAEA"; "U.N." → "UN". */
export function initialsOf(name: string): string {
  if (isInitials(name)) return name.replace(/\./g, '');
  return name
    .split(/\s+/)
    .filter((w) => !SKIPPED.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** The full name the texts give for `initials` ("the European Union" for "EU"), when they give exactly one. */
export function spelledOut(initials: string, texts: readonly string[]): string | undefined {
  const wanted = initialsOf(initials);
  const names = new Set<string>();
  for (const text of texts) {
    if (!text.includes(wanted[0]!)) continue;
    for (const m of everyMatch(FULL_NAME, text)) {
      // "The European Union's": the article and the possessive are no part of the name.
      const name = m[0].replace(/^(?:The|A)\s+/, '');
      if (initialsOf(name) === wanted && name.split(/\s+/).length >= 2) names.add(name);
    }
  }
  return names.size === 1 ? [...names][0] : undefined;
}
