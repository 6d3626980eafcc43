import type { CandidateEvent } from '../events/candidate.ts';
import { compareStrings } from '../order.ts';
import type { Entity } from './gazetteer.ts';
import { initialsOf, isInitials } from './initials.ts';
import { PATRONYMIC_PARTICLE } from './lexicon.ts';
import { nameSkeleton, personKey, surnameKey } from './person-names.ts';
import { countryById, slug } from './places.ts';
import { describedSides } from './sides.ts';

/** The people of one full name's key and given name, and how often each spelling of it was met. */
interface NameGroup {
  members: Entity[];
  spellings: Map<string, number>;
}

export interface UnifiedEntities {
  /** The gazetteer's entries and one entry per name the articles added, by id. */
  byId: Map<string, Entity>;
  /** Person id → the country they act for: what most articles say, else the gazetteer's description. */
  sides: Map<string, string>;
  /** The id an article-level id stands for across all articles ("yury-ushakov" → "yuri-ushakov"). */
  canonical: (id: string) => string;
}

/**
 * Joins what each article recognised on its own into one set of entities: spellings of
 * one person ("Yuri Ushakov", "Yury Ushakov") become one, so do a full name and a short form
 * of it no other name of its surname competes for ("Tayyip Erdogan", "Recep Tayyip Erdoğan"), a surname written alone joins
 * the one person of that surname named in full anywhere (or, written first, "Xi" of "Xi
 * Jinping", when no one has it last), and a name the gazetteer knows
 * under another spelling goes to its entry. A person's name and id are the spelling most
 * articles use (on a tie, the earliest article's), so they do not depend on reading order.
 */
export function unifyEntities(gazetteer: Entity[], articles: { published: string; entities: Entity[]; affiliations: [string, string][] }[]): UnifiedEntities {
  const byId = new Map(gazetteer.map((e) => [e.id, e]));
  const redirect = new Map<string, string>();
  const fullNames = new Map<string, Entity>();
  for (const e of gazetteer.filter((x) => x.type === 'person')) {
    for (const name of [e.name, ...e.aliases]) if (name.includes(' ') && !fullNames.has(personKey(name))) fullNames.set(personKey(name), e);
  }
  /** The entry of a full name's key, if its given name is a spelling of one of the entry's ("Sergei" of Sergey; not Lucia of Laura). */
  const entryOf = (name: string): Entity | undefined => {
    const entry = fullNames.get(personKey(name));
    return entry && [entry.name, ...entry.aliases].some((n) => n.includes(' ') && sameGivenName(n, name) && !otherForebears(n, name)) ? entry : undefined;
  };

  // People named in full: one group per key, in the order of the articles' days.
  const chronological = articles.map((a, i) => ({ ...a, i })).sort((a, b) => compareStrings(a.published, b.published) || a.i - b.i);
  // Keyed by the name's key and the first spelling of its given name met: two people of one surname and initial stay two.
  const groups = new Map<string, NameGroup>();
  /** Everyone the articles named in full, after joining. */
  const namedInFull = new Set<Entity>();
  const givenNames = new Map<string, string[]>();
  // An initial for a given name ("S Jaishankar", "S. Jaishankar") is the one person of its key with a given name in full, if the articles name only one.
  const fullGiven = new Map<string, string[]>();
  for (const article of articles) {
    for (const e of article.entities) {
      if (e.type !== 'person' || !e.name.includes(' ') || isInitialGiven(e.name)) continue;
      const key = personKey(e.name);
      const given = fullGiven.get(key) ?? [];
      if (!given.some((n) => sameGivenName(n, e.name))) fullGiven.set(key, [...given, e.name]);
    }
  }
  const groupKey = (name: string): string => {
    const key = personKey(name);
    const seen = givenNames.get(key) ?? [];
    const inFull = fullGiven.get(key) ?? [];
    const spelledOut = (n: string): boolean => inFull.length === 1 && (isInitialGiven(n) || isInitialGiven(name));
    const same = seen.find((n) => (sameGivenName(n, name) || spelledOut(n)) && !otherForebears(n, name));
    if (same) return `${key}|${same}`;
    givenNames.set(key, [...seen, name]);
    return `${key}|${name}`;
  };
  const others: Entity[] = [];
  const surnamesOnly: Entity[] = [];
  const inUsualOrder = usualOrderOf(gazetteer, articles);
  for (const article of chronological) {
    for (const e of article.entities) {
      if (e.type !== 'person') others.push(e);
      else if (!e.name.includes(' ')) surnamesOnly.push(e);
      else {
        const name = inUsualOrder(e.name);
        const key = groupKey(name);
        const group: NameGroup = groups.get(key) ?? { members: [], spellings: new Map<string, number>() };
        group.members.push(e);
        group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
        groups.set(key, group);
      }
    }
  }
  const shortForms = shortFormsOf([...groups.values()].filter((g) => !entryOf(g.members[0]!.name)));
  const targets = new Map<NameGroup, Entity>();
  for (const group of groups.values()) {
    if (shortForms.has(group)) continue;
    const first = group.members[0]!.name;
    const known = entryOf(first);
    let target: Entity;
    if (known) {
      target = known;
    } else {
      // Map order is first use, so on a tie the earliest article's spelling wins.
      const name = [...group.spellings].reduce((best, s) => (s[1] > best[1] ? s : best))[0];
      target = byId.get(slug(name)) ?? { id: slug(name), name, type: 'person', aliases: [], roles: [], discovered: true };
      byId.set(target.id, target);
      if (!fullNames.has(personKey(first))) fullNames.set(personKey(first), target);
    }
    namedInFull.add(target);
    targets.set(group, target);
    for (const m of group.members) join(target, m, redirect);
  }
  for (const [short, full] of shortForms) for (const m of short.members) join(targets.get(full)!, m, redirect);
  for (const e of surnamesOnly) {
    const key = surnameKey(e.name);
    const people = [...fullNames.values(), ...namedInFull];
    let matches = new Set(people.filter((v) => v.name.includes(' ') && surnameKey(v.name.split(/\s+/).at(-1)!) === key));
    // A name written surname first ("Xi Jinping", "Lee Jae-myung") is met alone by its first word ("Xi said").
    if (matches.size === 0) matches = new Set(people.filter((v) => v.name.includes(' ') && surnameKey(v.name.split(' ')[0]!) === key));
    const target = matches.size === 1 ? [...matches][0]! : (byId.get(e.id) ?? { ...e, aliases: [] });
    byId.set(target.id, target);
    join(target, e, redirect);
  }
  // A body met by its initials ("the IAEA") is the one body whose full name has them, if one article spelled it out.
  const spelled = new Map<string, Entity[]>();
  for (const e of others) {
    if (e.type !== 'organization' || isInitials(e.name) || !e.name.includes(' ')) continue;
    const same = spelled.get(initialsOf(e.name)) ?? [];
    if (!same.some((o) => o.id === e.id)) spelled.set(initialsOf(e.name), [...same, e]);
  }
  // A body the gazetteer lists by its initials ("NATO") is the one a full name with them means.
  const listed = new Map(gazetteer.filter((g) => g.type === 'organization').flatMap((g) => [g.name, ...g.aliases].filter(isInitials).map((n) => [initialsOf(n), g.id] as const)));
  for (const e of others) {
    const full = e.type === 'organization' && isInitials(e.name) ? spelled.get(initialsOf(e.name)) : undefined;
    const entry = e.type === 'organization' && e.discovered && !isInitials(e.name) && e.name.includes(' ') ? listed.get(initialsOf(e.name)) : undefined;
    const id = entry ?? (full?.length === 1 ? full[0]!.id : e.id);
    const target = byId.get(id) ?? { ...(full?.length === 1 ? full[0]! : e), aliases: [] };
    byId.set(target.id, target);
    join(target, e, redirect);
  }
  // A town's country is an entity too, though no article named it: a state gone to is a side of the talks there (event-entities.ts goalsOfTravel).
  for (const place of [...byId.values()]) {
    const country = place.type === 'place' && place.country && !byId.has(place.country) ? countryById(place.country) : undefined;
    if (country) byId.set(country.id, { id: country.id, name: country.name, type: 'country', aliases: [], roles: [], discovered: true });
  }
  const canonical = (id: string): string => redirect.get(id) ?? id;
  return { byId, canonical, sides: sidesOf(gazetteer, chronological, canonical) };
}

/** A full name written surname first with the surname in capitals, as Japanese and Korean readouts write ("Mr. MOTEGI Toshimitsu", "Ms. TANAKA Yumiko"). */
const SURNAME_IN_CAPITALS = /^\p{Lu}[\p{Lu}'’-]+$/u;

/**
 * A name written surname first in capitals is the person another name of the same words names in
 * the usual order ("MOTEGI Toshimitsu" is "Toshimitsu Motegi"; "WANG Yi" is "Wang Yi"), when some
 * article or the gazetteer names them so; else it stays as written.
 */
function usualOrderOf(gazetteer: Entity[], articles: { entities: Entity[] }[]): (name: string) => string {
  const wordsKey = (name: string): string => name.trim().split(/\s+/).map(nameSkeleton).sort(compareStrings).join(' ');
  const capitalsFirst = (name: string): boolean => {
    const words = name.trim().split(/\s+/);
    return words.length >= 2 && SURNAME_IN_CAPITALS.test(words[0]!) && words.slice(1).some((w) => /\p{Ll}/u.test(w));
  };
  const usual = new Map<string, string>();
  const names = [...gazetteer.filter((g) => g.type === 'person').flatMap((g) => [g.name, ...g.aliases]), ...articles.flatMap((a) => a.entities.filter((e) => e.type === 'person').map((e) => e.name))];
  for (const name of names) if (name.includes(' ') && !capitalsFirst(name) && !usual.has(wordsKey(name))) usual.set(wordsKey(name), name);
  return (name) => (capitalsFirst(name) ? (usual.get(wordsKey(name)) ?? name) : name);
}

/**
 * The groups named by a short form of another's full name, each with the group it belongs to: "Tayyip
 * Erdogan" (or "Tayyip Erdoğan") of "Recep Tayyip Erdogan", its words the full name's last ones with a
 * given name left off. Only when nothing else of that surname competes: one full name it ends, and every
 * other group of the surname a short form of that name too ("Emine Erdogan" beside them keeps all apart).
 */
function shortFormsOf(groups: NameGroup[]): Map<NameGroup, NameGroup> {
  const bySurname = new Map<string, { group: NameGroup; words: string[] }[]>();
  for (const group of groups) {
    const words = group.members[0]!.name.trim().split(/\s+/).map(nameSkeleton);
    const same = bySurname.get(words.at(-1)!) ?? [];
    bySurname.set(words.at(-1)!, [...same, { group, words }]);
  }
  const shortForms = new Map<NameGroup, NameGroup>();
  for (const named of bySurname.values()) {
    if (named.length < 2) continue;
    const longest = named.reduce((best, n) => (n.words.length > best.words.length ? n : best));
    const ends = (short: string[]): boolean => short.length < longest.words.length && short.every((w, i) => w === longest.words[longest.words.length - short.length + i]);
    const rest = named.filter((n) => n !== longest);
    if (rest.every((n) => ends(n.words))) for (const n of rest) shortForms.set(n.group, longest.group);
  }
  return shortForms;
}

/**
 * Whether two names of one given and family name name different forebears: "Mohammed bin Salman Al Saud" and
 * "Mohammed bin Nayef Al Saud" are two people. Not when one only adds forebears to the other ("Khalid bin Nasser Al
 * Marri", "Khalid bin Nasser bin Fahad Al Marri", "Khalid Al Marri"): each word of the shorter in its order in the
 * longer, the words left out each a patronymic particle or the name it opens.
 */
function otherForebears(a: string, b: string): boolean {
  const [short, long] = [a, b].map((n) => n.trim().split(/\s+/)).sort((x, y) => x.length - y.length) as [string[], string[]];
  if (!long.some((w) => PATRONYMIC_PARTICLE.test(w))) return false;
  let j = 0;
  let afterParticle = false;
  for (const word of long) {
    if (j < short.length && !afterParticle && nameSkeleton(word) === nameSkeleton(short[j]!)) j += 1;
    else if (PATRONYMIC_PARTICLE.test(word)) {
      afterParticle = true;
      continue;
    } else if (!afterParticle) return true;
    afterParticle = false;
  }
  return j !== short.length;
}

function sidesOf(gazetteer: Entity[], articles: { affiliations: [string, string][] }[], canonical: (id: string) => string): Map<string, string> {
  const sides = describedSides(gazetteer);
  const votes = new Map<string, Map<string, number>>();
  for (const article of articles) {
    for (const [person, country] of article.affiliations) {
      const tally = votes.get(canonical(person)) ?? new Map<string, number>();
      tally.set(country, (tally.get(country) ?? 0) + 1);
      votes.set(canonical(person), tally);
    }
  }
  // On a tie the side said first (articles are in order of their days) wins.
  for (const [person, tally] of votes) sides.set(person, [...tally].reduce((best, t) => (t[1] > best[1] ? t : best))[0]);
  return sides;
}

function join(target: Entity, member: Entity, redirect: Map<string, string>): void {
  if (member.id !== target.id) redirect.set(member.id, target.id);
  if (!target.discovered) return; // the gazetteer's own entries are the editors' to extend
  // Members come in the order of their articles' days: the earliest office written stands.
  if (target.office === undefined && member.office !== undefined) target.office = member.office;
  for (const spelling of [member.name, ...member.aliases]) {
    if (spelling !== target.name && !target.aliases.includes(spelling)) target.aliases.push(spelling);
  }
}

/** Puts a report's article-level ids into their joined form, each id once. */
export function canonicalise(candidate: Pick<CandidateEvent, 'participants' | 'named' | 'place' | 'filedFrom' | 'doersCapital' | 'roles'>, canonical: (id: string) => string): void {
  const joined = (ids: string[]): string[] => [...new Set(ids.map(canonical))];
  candidate.participants = joined(candidate.participants);
  candidate.named = joined(candidate.named);
  if (candidate.place !== null) candidate.place = canonical(candidate.place);
  if (candidate.filedFrom !== undefined) candidate.filedFrom = canonical(candidate.filedFrom);
  if (candidate.doersCapital !== undefined) candidate.doersCapital = canonical(candidate.doersCapital);
  const roles = candidate.roles;
  if (roles) candidate.roles = { parties: joined(roles.parties), mediators: joined(roles.mediators), present: joined(roles.present), mentioned: joined(roles.mentioned), sides: joined(roles.sides), ...(roles.onlookers ? { onlookers: joined(roles.onlookers) } : {}) };
}

/**
 * Whether two full names give one given name in two spellings: Sergey and Sergei, Yuri and
 * Yury, Mohammed and Muhammad (their spelling-blind forms at most two letters apart), not
 * Laura and Lucia.
 */
function sameGivenName(a: string, b: string): boolean {
  const x = nameSkeleton(a.split(/\s+/)[0]!);
  const y = nameSkeleton(b.split(/\s+/)[0]!);
  return x === y || editDistance(x, y) <= 2;
}

/** "S Jaishankar", "S. Jaishankar": a given name written as its initial. */
function isInitialGiven(name: string): boolean {
  return /^\p{Lu}\.?$/u.test(name.split(/\s+/)[0]!);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}
