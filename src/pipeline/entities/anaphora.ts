import type { EntityType } from '../types.ts';
import { GROUP_ANAPHOR, GROUP_ANAPHOR_BARE_NEXT, PLACE_ANAPHOR } from './lexicon.ts';
import type { EntityMention } from './recognise.ts';

/** A phrase that points back to names given before: "the three", "the two presidents", "there". */
export interface Anaphor {
  start: number;
  end: number;
  type: EntityType;
  count: number;
}

const COUNTS: Record<string, number> = { two: 2, pair: 2, both: 2, three: 3, four: 4 };
const COUNTRY_NOUNS = /^(?:countries|sides|nations|delegations|governments)$/i;

/** The group and place references of a sentence, in text order. */
export function anaphorsIn(text: string): Anaphor[] {
  const found: Anaphor[] = [];
  for (const m of text.matchAll(GROUP_ANAPHOR)) {
    const number = (m[1] ?? 'both').toLowerCase();
    const noun = m[2] ?? m[3];
    // "the three held talks" is a group; "the two days" and "the three-point plan" are not.
    if (noun === undefined && !GROUP_ANAPHOR_BARE_NEXT.test(text.slice(m.index + m[0].length))) continue;
    found.push({ start: m.index, end: m.index + m[0].length, type: noun && COUNTRY_NOUNS.test(noun) ? 'country' : 'person', count: COUNTS[number]! });
  }
  for (const m of text.matchAll(PLACE_ANAPHOR)) found.push({ start: m.index, end: m.index + m[0].length, type: 'place', count: 1 });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * What an anaphor stands for: the last `count` different entities of its type named before it,
 * nearest first among them; people named as possessors ("Putin's envoy") are not among the
 * candidates. `earlier` is in text order, each mention with the text it was found in.
 */
export function antecedents(anaphor: Anaphor, earlier: { mention: EntityMention; text: string }[]): EntityMention['entity'][] {
  const chosen: EntityMention['entity'][] = [];
  for (let i = earlier.length - 1; i >= 0 && chosen.length < anaphor.count; i -= 1) {
    const { mention, text } = earlier[i]!;
    if (mention.entity.type !== anaphor.type || mention.refersBack || chosen.some((e) => e.id === mention.entity.id)) continue;
    if (anaphor.type === 'person' && /^['’]s?\s/.test(text.slice(mention.end, mention.end + 3))) continue;
    chosen.push(mention.entity);
  }
  // Fewer names than the number says: the text has not named them all, and a guess would mislead.
  return chosen.length === anaphor.count ? chosen.reverse() : [];
}
