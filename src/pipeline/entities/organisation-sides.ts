// Organisations as sides of a sentence: a body named as the group whose people act ("Leaders of
// the Gulf Cooperation Council met …", "EU negotiators"), and a body written by its first word in a
// compound of sides ("a Gulf-US summit" after the article named the Gulf Cooperation Council).
import { matchesIn } from '../gated-matches.ts';
import { parseCount } from '../dates/lexicon/numbers.ts';
import type { Entity } from './gazetteer.ts';
import { INSTITUTION_NOUN, SIDE_GROUP, SIDE_GROUP_BEFORE } from './lexicon.ts';
import { nationalWord } from './national-sides.ts';
import { type Country, findCountry } from './places.ts';
import type { EntityMention } from './recognise.ts';

/** A run of capitalised words joined by hyphens: "Gulf-US", "EU-China", "ASEAN-Japan". */
const COMPOUND = /\p{Lu}[\p{L}.]*(?:[-‐‑–]\p{Lu}[\p{L}.]*)+/gu;

/** Whether a name the tagger called a place is a body: several words, the last an institution's noun ("Gulf Cooperation Council"). */
export function institutionNamed(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && INSTITUTION_NOUN.test(words.at(-1)!);
}

/**
 * Marks the organisations a sentence names as a group of people acting or before one as sides,
 * and adds, as sides, the organisations a compound names by their first word (`begun`: "Gulf" →
 * the Gulf Cooperation Council), where the compound's other parts are countries.
 */
export function markOrganisationSides(text: string, mentions: EntityMention[], begun: (word: string) => Entity | undefined, add: (entity: Entity | Country, start: number, end: number) => EntityMention): void {
  for (const m of mentions) {
    if (m.entity.type !== 'organization' || m.asSide) continue;
    if (SIDE_GROUP_BEFORE.test(text.slice(0, m.start)) || SIDE_GROUP.test(text.slice(m.end))) m.asSide = true;
  }
  const covered = (start: number, end: number): boolean => mentions.some((m) => m.start < end && start < m.end && !(m.start >= start && m.end <= end && m.entity.type === 'country'));
  for (const compound of matchesIn(COMPOUND, text)) {
    const parts = [...compound[0].matchAll(/[^-‐‑–]+/gu)].map((p) => ({ text: p[0], start: compound.index + p.index, end: compound.index + p.index + p[0].length }));
    const sides = parts.map((p) => findCountry(p.text) ?? nationalWord(p.text)?.country ?? begun(p.text));
    if (!sides.every((side) => side !== undefined) || !sides.some((side) => 'type' in side)) continue;
    for (const [i, side] of sides.entries()) {
      const part = parts[i]!;
      if (!covered(part.start, part.end)) add(side, part.start, part.end).asSide = true;
    }
  }
}

/** The one organisation of those known whose name begins with this word ("Gulf" → Gulf Cooperation Council), if only one does. */
export function organisationBegun(word: string, known: Iterable<Entity>): Entity | undefined {
  const begun = [...known].filter((e) => e.type === 'organization' && e.name.split(/\s+/).length > 1 && e.name.split(/\s+/)[0] === word);
  return new Set(begun.map((e) => e.id)).size === 1 ? begun[0] : undefined;
}

/** The one body an article's sentences name in full beginning with this word ("The Gulf Cooperation Council will mark …"), read or not. */
export function bodyNamedIn(sentences: string[], word: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined;
  const names = new Set<string>();
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(new RegExp(String.raw`\b${word}(?:\s+(?:of|and|for|\p{Lu}[\p{L}-]*))*\s+\p{Lu}\p{L}*`, 'gu'))) {
      const name = m[0].replace(/(?:\s+(?:of|and|for))+$/u, '');
      if (institutionNamed(name)) names.add(name);
    }
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/** "the Group of Seven", "the Group of 20", and their short forms "G7", "G20": one body each. */
const GROUP_OF = /\bGroup\s+of\s+(\d{1,2}|[A-Z][a-z]+(?:-[a-z]+)?)\b|\bG(\d{1,2})\b/gu;

/** The groups of so many countries a sentence names, each by its short name ("G7"), whichever way it is written. */
export function numberedGroups(text: string): { name: string; start: number; end: number }[] {
  return [...matchesIn(GROUP_OF, text)].flatMap((m) => {
    const count = m[2] ?? (m[1] ? parseCount(m[1]) : undefined);
    return count === undefined ? [] : [{ name: `G${count}`, start: m.index, end: m.index + m[0].length }];
  });
}
