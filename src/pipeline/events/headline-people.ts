/**
 * Which people a title names, and in which order: heads of state and government before the
 * ministers, envoys and aides who sat in with them, each rank by surname. The rank comes from the
 * office the gazetteer or the articles give a person ("French President Emmanuel Macron",
 * "Yury Ushakov, a Kremlin aide,"), so a name the gazetteer lacks is ranked too.
 */
import { compareStrings } from '../order.ts';
import { foldLetters } from '../parse/fold.ts';
import { wholeWordsAt } from '../parse/whole-word.ts';
import type { EntityType } from '../types.ts';
import { shortName } from '../entities/person-names.ts';
import { FORMER, OFFICE_AFTER, OFFICE_BEFORE, OFFICE_TIERS, type OfficeTier } from './headline-lexicon.ts';

export interface NamedForTitle {
  name: string;
  type: EntityType;
  aliases?: readonly string[];
  /** The gazetteer's line on them ("President of Russia"; "Aide to Vladimir Putin; head of Russia's delegation"). */
  description?: string;
  /** The office the articles give a name the gazetteer lacks ("French President"). */
  office?: string;
}

/** A person's rank when nothing gives their office: below ministers, above aides, so they are never left out for it. */
type Rank = OfficeTier | 'unknown';
const RANK_ORDER: readonly Rank[] = ['head', 'official', 'envoy', 'unknown', 'aide'];
const HEAD = RANK_ORDER.indexOf('head');

export function fold(text: string): string {
  return foldLetters(text).toLowerCase();
}

/** The office words name ("aide to the Russian president" is an aide: the lower offices are tested first); one held no longer names none ("Former Colombian President"). */
function tierOf(office: string): OfficeTier | undefined {
  return FORMER.test(office) ? undefined : OFFICE_TIERS.find((t) => t.words.test(office))?.tier;
}

/** Words before a name are its office only when they end in one ("Russian President", not "President Putin hosted"). */
const ENDING_TIERS = OFFICE_TIERS.map(({ tier, words }) => ({ tier, words: new RegExp(`(?:${words.source})\\s*$`, words.flags) }));
const tierBefore = (words: string): OfficeTier | undefined => (FORMER.test(words) ? undefined : ENDING_TIERS.find((t) => t.words.test(words))?.tier);

/** The offices the gazetteer or discovery gives the person, whatever the event ("President of Russia", "French President"). */
function ownOffices(person: NamedForTitle): OfficeTier[] {
  return [person.office, ...(person.description?.split(';') ?? [])].flatMap((o) => (o ? (tierOf(o) ?? []) : []));
}

/**
 * A person's rank: the highest of the offices the gazetteer or discovery gives them and those the
 * evidence gives next to each mention of them, read only until one makes them a head of state or
 * government (none ranks higher: an event's evidence may name its leaders hundreds of times); an
 * aide is one whom nothing calls more, and one whom nothing gives an office is 'unknown'.
 */
function rankIn(person: NamedForTitle, evidence: string): number {
  let best: number | undefined;
  const given = (tier: OfficeTier | undefined): boolean => {
    if (tier !== undefined) best = Math.min(best ?? Infinity, RANK_ORDER.indexOf(tier));
    return best === HEAD;
  };
  if (ownOffices(person).some(given)) return HEAD;
  for (const form of new Set([person.name, shortName(person)])) {
    // Whole forms found by a plain search (parse/whole-word.ts): most evidence never names most forms.
    for (const at of wholeWordsAt(evidence, form)) {
      const before = OFFICE_BEFORE.exec(evidence.slice(Math.max(0, at - 60), at));
      const after = OFFICE_AFTER.exec(evidence.slice(at + form.length, at + form.length + 90))?.[1];
      // "Prime Minister Shehbaz Sharif" ends in its office; "Russian President Vladimir Putin" in a first name.
      const tierBeforeIt = before ? (tierBefore(before[0]) ?? tierBefore(before[1]!)) : undefined;
      if (given(tierBeforeIt) || given(after ? tierOf(after) : undefined)) return HEAD;
    }
  }
  return best ?? RANK_ORDER.indexOf('unknown');
}

/** The highest of the offices; an aide is one whom nothing calls more. */
const highest = (tiers: readonly OfficeTier[]): number => (tiers.length === 0 ? RANK_ORDER.indexOf('unknown') : Math.min(...tiers.map((t) => RANK_ORDER.indexOf(t))));

/** Only an aide by every office given them ("Kremlin aide Yuri Ushakov said"): one who tells of an event, not its principal. */
export const onlyAide = (person: NamedForTitle, evidence: string): boolean => RANK_ORDER[rankIn(person, evidence)] === 'aide';

const bySurname = (a: NamedForTitle, b: NamedForTitle): number => compareStrings(fold(shortName(a)), fold(shortName(b))) || compareStrings(fold(a.name), fold(b.name));

/**
 * The people a title names, in its order. Beside two heads of state or government or more, the
 * ministers and officials of their suites are left out ("Putin and Trump hold a summit in Alaska",
 * not Lavrov); an aide who sat in is left out while two others are named ("Putin, Kushner and
 * Witkoff meet in Moscow", not Ushakov); two people alone are both named, aide or not.
 */
export function principals<P extends NamedForTitle>(people: readonly P[], evidence: string): P[] {
  const ranked = people.map((person) => ({ person, rank: RANK_ORDER[rankIn(person, evidence)]! }));
  const heads = ranked.filter((r) => r.rank === 'head');
  // Beside two leaders their ministers and aides are their suite; an envoy came to be received, and one whose office nothing gives may be a leader.
  const kept = ranked.filter((r) => r.rank !== 'aide' && (heads.length < 2 || r.rank !== 'official'));
  // The order is the person's own, never an event's: by the office the gazetteer or discovery gives them, then by surname.
  const named = (kept.length >= 2 ? kept : ranked).map((r) => ({ person: r.person, own: highest(ownOffices(r.person)) }));
  return named.sort((a, b) => a.own - b.own || bySurname(a.person, b.person)).map((n) => n.person);
}
