// Towns GeoNames' cities lack whose name says it is a town: an English, French or German compound
// of a town and its river, lake or sea ("Niagara-on-the-Lake", "Newcastle-under-Lyme",
// "Aix-en-Provence", "Frankfurt-am-Main").
import { type Country, findCountry } from './places.ts';
import { everyMatch } from '../gated-matches.ts';

/** A town's name joined to what it stands on by small words: "Niagara-on-the-Lake", "Bourton-on-the-Water". */
const TOWN_FORM = /^\p{Lu}\p{L}*(?:-(?:on|upon|under|in|by|the|en|sur|sous|le|la|les|aux|am|an|der|de|del|di|du)){1,3}-\p{Lu}\p{L}*$/u;
/** Where a gathering is: "in", "at", "near", "to". */
const LOCATIVE = /\b(?:in|at|near|to|outside)\s+$/i;
/** A country written right after a place: "Niagara-on-the-Lake, Canada". */
const COUNTRY_AFTER = /^,\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)/u;
const NAME = /\p{Lu}[\p{L}.]*(?:\s(?:of\s|the\s)?\p{Lu}[\p{L}.]*)*/gu;

/**
 * Whether a name GeoNames lacks is a town by its form, written where a gathering is, and the
 * country it lies in: the one written after it, else the one country the sentence names
 * ("Canada will host the G7 in Niagara-on-the-Lake"), else none.
 */
export function townByForm(name: string, text: string, at: { start: number; end: number }): { country?: Country } | undefined {
  if (!TOWN_FORM.test(name) || !LOCATIVE.test(text.slice(Math.max(0, at.start - 12), at.start))) return undefined;
  const after = COUNTRY_AFTER.exec(text.slice(at.end));
  const written = after ? findCountry(after[1]!) : undefined;
  if (written) return { country: written };
  const named = new Map<string, Country>();
  for (const m of everyMatch(NAME, text)) {
    const country = findCountry(m[0]);
    if (country) named.set(country.id, country);
  }
  return named.size === 1 ? { country: [...named.values()][0]! } : {};
}
