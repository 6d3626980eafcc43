import type { EntityType } from '../types.ts';
import { CHOICE_AFTER_PERSON, CHOICE_BEFORE_PERSON, CHOICE_WITH_NO_OFFICE, GROUP_ANAPHOR, GROUP_ANAPHOR_BARE_NEXT, GROUP_COUNTRY_NOUN, GROUP_SIZE, NAMED_BEFORE_AS_GONE, OFFICE_ANAPHOR, OFFICE_BEFORE_NAME, OPENING_WHEN_WHERE, OFFICE_OF_LISTED_SIDES, PARTICIPLE_OPENING, OFFICES_OF_SIDES, SIDE_OFFICES, SIDES_OFFICE_GROUP, OFFICE_WORD, PERSON_TOLD_UNNAMED, PLACE_ANAPHOR, PRONOUN_SUBJECT, SENTENCE_ADVERB, TOLD_AS_GONE, TOWN_ANAPHOR } from './lexicon.ts';
import { matchesIn } from '../gated-matches.ts';
import { ENTRY_STAMP } from '../parse/lexicon.ts';
import { englishWord } from '../parse/tagged-terms.ts';
import { type Gender, genderOfPronoun, gendersTold } from './genders.ts';
import { officeWritten } from './offices.ts';
import { countryOfDemonym, findCountry } from './places.ts';
import type { EntityMention } from './recognise.ts';

/** A phrase that points back to names given before: "the three", "the two presidents", "there". */
export interface Anaphor {
  start: number;
  end: number;
  type: EntityType;
  count: number;
  /**
   * For one person named by office ("the foreign minister"): the office, the side written before it ("US", "Norwegian"),
   * and whether it is told as just taken ("the new chancellor"): its holder is the one the article tells as chosen (chosenFor).
   */
  office?: { words: string; side?: string; fresh?: true };
  /**
   * "Latvian and Lithuanian energy ministers met …": people of the sides (ids) by office, read
   * only from the sentence after, where that office is given with one of the sides ("Latvia's
   * minister, Ilze Kalnina, said …"); a side's holder may go unnamed.
   */
  sides?: { ids: string[]; office: string };
  /** "He met …": the person the nearest sentence before that names people is about, its first named; "They met …" (count 2): the people it opens with. */
  pronoun?: true;
  /** "she" or "he": the gender the pronoun tells. */
  gender?: Gender;
  /** "the city", "the town": a place that is a town (one with coordinates), not a region or a building. */
  town?: true;
}

/** The group and place references of a sentence, in text order. */
export function anaphorsIn(text: string): Anaphor[] {
  const found: Anaphor[] = [];
  for (const m of matchesIn(GROUP_ANAPHOR, text)) {
    const number = (m[1] ?? 'both').toLowerCase();
    const noun = m[2] ?? m[3];
    // "the three held talks" is a group; "the two days" and "the three-point plan" are not.
    if (noun === undefined && !GROUP_ANAPHOR_BARE_NEXT.test(text.slice(m.index + m[0].length))) continue;
    found.push({ start: m.index, end: m.index + m[0].length, type: noun && GROUP_COUNTRY_NOUN.test(noun) ? 'country' : 'person', count: GROUP_SIZE[number]! });
  }
  for (const m of matchesIn(OFFICES_OF_SIDES, text)) found.push({ start: m.index, end: m.index + m[0].length, type: 'person', count: 2 });
  for (const m of matchesIn(SIDES_OFFICE_GROUP, text)) {
    const ids = [m[1]!, m[2]!].map((word) => countryOfDemonym(word)?.id);
    if (ids.every((id) => id !== undefined)) found.push({ start: m.index, end: m.index + m[0].length, type: 'person', count: 2, sides: { ids, office: m[3]! } });
  }
  for (const m of matchesIn(OFFICE_OF_LISTED_SIDES, text)) {
    const office = m[1]!.toLowerCase();
    const ids = m[2]!.split(/,\s+|\s+and\s+/).map((name) => findCountry(name)?.id);
    if (SIDE_OFFICES.has(office) && ids.every((id) => id !== undefined)) found.push({ start: m.index, end: m.index + m[0].length, type: 'person', count: ids.length, sides: { ids, office } });
  }
  for (const m of matchesIn(OFFICE_ANAPHOR, text)) {
    const { side, fresh } = m.groups!;
    found.push({ start: m.index, end: m.index + m[0].length, type: 'person', count: 1, office: { words: m.groups!.office!.toLowerCase(), ...(side ? { side } : {}), ...(fresh ? { fresh: true as const } : {}) } });
  }
  // "20:15 She met …": the clock stamp of a live page's entry opens the sentence the pronoun opens.
  const stamp = ENTRY_STAMP.exec(text)?.[0].length ?? 0;
  const [start, end] = (PRONOUN_SUBJECT.exec(text.slice(stamp))?.indices?.groups?.pronoun ?? []).map((at) => at + stamp);
  if (start !== undefined && end !== undefined) {
    const gender = genderOfPronoun(text.slice(start, end));
    found.push({ start, end, type: 'person', count: text.startsWith('They', start) ? 2 : 1, pronoun: true, ...(gender ? { gender } : {}) });
  }
  for (const m of matchesIn(PLACE_ANAPHOR, text)) found.push({ start: m.index, end: m.index + m[0].length, type: 'place', count: 1 });
  for (const m of matchesIn(TOWN_ANAPHOR, text)) found.push({ start: m.index, end: m.index + m[0].length, type: 'place', count: 1, town: true });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Whether a sentence tells a person by pronoun or by office alone ("he", "him", "the country's president", "the King"),
 * found whether or not it is resolved: anaphorsIn takes only the ones a name before can stand for.
 */
export function tellsPersonUnnamed(text: string): boolean {
  return PERSON_TOLD_UNNAMED.test(text);
}

/**
 * Given for a title alone ("The Prime Minister will hand over …") when the article has named a holder of it at home
 * (heldAtHome): `home` is the article's own country, the one its dateline files from, if it gives one.
 */
export interface AtHome {
  home: string | undefined;
}

/**
 * What an anaphor stands for: the last `count` different entities of its type named before it,
 * nearest first among them; people named as possessors ("Putin's envoy") are not among the
 * candidates. `earlier` is in text order, each mention with the text it was found in. With
 * `atHome`, a title alone passes over the holders whose office is written with another country
 * ("Japanese Prime Minister Sanae Takaichi" in a story from Kuala Lumpur that named Prime Minister
 * Anwar Ibrahim): news writes a visitor's title with their country and the home holder's bare.
 */
export function antecedents(anaphor: Anaphor, earlier: { mention: EntityMention; text: string }[], atHome?: AtHome): EntityMention['entity'][] {
  if (anaphor.pronoun) return subjectBefore(earlier, anaphor.count > 1, anaphor.gender);
  if (anaphor.sides) return [];
  const chosen: EntityMention['entity'][] = [];
  // "the Pope" again after "the Pope" read as the pope named before: the same holder.
  const titleWritten = anaphor.office && new RegExp(String.raw`\b${officeWords(anaphor.office.words)}\b`, 'i');
  for (let i = earlier.length - 1; i >= 0 && chosen.length < anaphor.count; i -= 1) {
    const { mention, text } = earlier[i]!;
    const sameTitle = titleWritten !== undefined && mention.refersBack === true && titleWritten.test(mention.text);
    if (mention.entity.type !== anaphor.type || (mention.refersBack && !sameTitle) || chosen.some((e) => e.id === mention.entity.id)) continue;
    if (anaphor.type === 'person' && /^['’]s?\s/.test(text.slice(mention.end, mention.end + 3))) continue;
    if (anaphor.town && mention.entity.coordinates === undefined) continue;
    if (anaphor.office && !sameTitle && (!chosenFor(anaphor.office, text, mention) || otherSide(anaphor, text, mention) || goneFromOffice(text, mention))) continue;
    if (anaphor.office && atHome && !sameTitle && awayFromHome(anaphor.office.words, mention, text, earlier, atHome.home)) continue;
    // A holder named before the one just chosen ("Chancellor Olaf Brandt resigned. … The new chancellor …") is their predecessor, no rival.
    if (anaphor.office && !anaphor.office.side && !anaphor.office.fresh && !sameTitle && anotherHolderBefore(anaphor.office.words, mention, earlier.slice(0, i), atHome)) return [];
    chosen.push(mention.entity);
  }
  // Fewer names than the number says: the text has not named them all, and a guess would mislead.
  return chosen.length === anaphor.count ? chosen.reverse() : [];
}

/**
 * A title alone, no side written with it, that a person named before the nearest holder holds too ("U.S. President Donald
 * Trump and European Commission President Ursula von der Leyen agreed …", then "The president landed at Prestwick"): either
 * may be meant, told apart by what the story says of them, which is not read here; neither is taken, as a guess would
 * mislead. The title written again (`sameTitle`) still names its holder; one told as gone, or away from home when a holder
 * at home is meant (`atHome`), is no rival.
 */
function anotherHolderBefore(office: string, nearest: EntityMention, before: { mention: EntityMention; text: string }[], atHome: AtHome | undefined): boolean {
  return before.some(
    ({ mention, text }) =>
      mention.entity.type === 'person' &&
      mention.entity.id !== nearest.entity.id &&
      !mention.refersBack &&
      holdsOffice(text, mention, office) &&
      !goneFromOffice(text, mention) &&
      !(atHome && awayFromHome(office, mention, text, before, atHome.home)),
  );
}

/**
 * Whether the people named before include a holder of the office at home: one whose office is written with no country
 * ("Prime Minister Anwar Ibrahim") or with the article's own ("Malaysia's prime minister, Anwar Ibrahim").
 */
export function heldAtHome(office: string, earlier: { mention: EntityMention; text: string }[], home: string | undefined): boolean {
  return earlier.some(({ mention, text }) => mention.entity.type === 'person' && !mention.refersBack && holdsOffice(text, mention, office) && !awayFromHome(office, mention, text, earlier, home));
}

/** A holder whose office is written with other countries than the article's own (heldAbroad), or with the body it is held in (heldForABody). */
function awayFromHome(office: string, person: EntityMention, text: string, named: { mention: EntityMention; text: string }[], home: string | undefined): boolean {
  return heldAbroad(text, person, office, home) || heldForABody(office, person, text, named);
}

/**
 * A person whose office is written right after a body's name ("European Commission President Ursula von der Leyen", "NATO
 * Secretary General Mark Rutte"): its holder for that body, not the holder at home a bare title stands for (heldAtHome).
 */
function heldForABody(office: string, person: EntityMention, text: string, named: { mention: EntityMention; text: string }[]): boolean {
  return named.some(({ mention, text: its }) => its === text && mention.entity.type === 'organization' && mention.end <= person.start && officeBefore(office, String.raw`^\s+`).test(text.slice(mention.end, person.start)));
}

/** Whether a sentence writes a person's office with countries, none of them the article's own ("Japanese Prime Minister Sanae Takaichi" in a story from Kuala Lumpur). */
function heldAbroad(text: string, person: { start: number; end: number }, office: string, home: string | undefined): boolean {
  const sides = sidesOfOffice(text, person, office);
  return sides.length > 0 && (home === undefined || !sides.includes(home));
}

/** A holder its sentence tells as no longer in office ("the late Pope Clement", "after his death"): a title alone later is another. */
function goneFromOffice(text: string, person: { start: number; end: number }): boolean {
  return NAMED_BEFORE_AS_GONE.test(text.slice(0, person.start)) || TOLD_AS_GONE.test(text);
}

/**
 * Whom a reference with no names before it stands for, when the next sentence names them (news
 * leads name by office or number first): an office, the one person the next sentence gives it
 * ("… spoke by phone with the German chancellor. Chancellor Friedrich Albrecht promised …", "met
 * the Norwegian envoy. Envoy Erik Holm said …"); a group of people, as many people as it counts
 * joined as the next sentence's subject ("The leaders of Ghana and Togo met in Lomé. Ghanaian
 * President Kwame Asante and Togolese President Koffi Agbeko agreed …"). None that the reference's
 * own sentence names, and none when the next sentence names another number or other offices.
 */
export function namedAfter(anaphor: Anaphor, later: { mentions: EntityMention[]; text: string }, named: EntityMention[], rank: OfficeRank = { index: 0, of: 1 }): NamedNext {
  const none = { holders: [], asSubject: false };
  if (anaphor.pronoun || anaphor.type !== 'person') return none;
  const people = later.mentions.filter((m) => m.entity.type === 'person' && !m.refersBack);
  const sides = anaphor.sides;
  if (sides) {
    // A holder the next sentence gives a side by its possessive alone, no office written ("… with Tonga's Sione Vaipulu"), is one too.
    const holders = people.filter((m) => (holdsOffice(later.text, m, sides.office) && sides.ids.some((id) => sidesOfOffice(later.text, m, sides.office).includes(id))) || sides.ids.includes(sideRightBefore(later.text, m) ?? ''));
    return { holders: distinctEntities(holders).filter((e) => !named.some((m) => m.entity.id === e.id)).slice(0, anaphor.count), asSubject: true };
  }
  const office = anaphor.office;
  const titled = office ? people.filter((m) => holdsOffice(later.text, m, office.words) && !otherSide(anaphor, later.text, m)) : [];
  const found = office ? distinctEntities(titled) : subjectBefore(people.map((mention) => ({ mention, text: later.text })), anaphor.count > 1);
  const holder = office && found.length === 0 && anaphor.count === 1 ? untitledSubjects(later.text, people, rank.of)[rank.index] : undefined;
  const taken = holder ? [holder] : found;
  if (taken.length !== anaphor.count || taken.some((e) => named.some((m) => m.entity.id === e.id))) return none;
  return { holders: taken, asSubject: !office || (!holder && titled.some((m) => opensWithItsOffice(later.text, m))) };
}

/**
 * Whom a reference is found to stand for in the next sentence (namedAfter), and whether as its subject named with the office
 * ("… with the German chancellor. Chancellor Friedrich Albrecht promised …"). One named otherwise, after a verb ("… will hand
 * over the chairmanship to President Ramon Soriano") or as a subject with no office ("Dahl added …"), yields to a holder of the
 * office the article named further back: that the next sentence names them says less than the title the article gave.
 */
export interface NamedNext {
  holders: EntityMention['entity'][];
  asSubject: boolean;
}

/** Whether a sentence opens with a person named after their office ("Chancellor Friedrich Albrecht promised", "Later, German Chancellor …"). */
function opensWithItsOffice(text: string, person: EntityMention): boolean {
  const lead = text.slice(0, person.start);
  const office = OFFICE_BEFORE_NAME.exec(lead);
  return office !== null && SUBJECT_OPENS.test(lead.slice(0, office.index));
}

/**
 * Whom an office written with its side stands for when no sentence near it names a holder: the first person a later sentence
 * of the article gives that side and that office, whole or by its last word ("… with the mediation of the Norwegian foreign
 * minister … . [two paragraphs] … The Norwegian minister, Mr Erik Holm, wrote …", "Norway's minister, Erik Holm"); news
 * may name a broker or a host by office where it tells the event and by name only where it quotes them. None the office's own
 * sentence names, and none of another side or of another office of that side ("Norwegian Defence Minister Ola Brekke").
 */
export function namedLater(anaphor: Anaphor, later: { mentions: EntityMention[]; text: string }, named: EntityMention[]): EntityMention['entity'] | undefined {
  const office = anaphor.office;
  const side = office?.side ? countryOfWord(office.side)?.id : undefined;
  if (!office || !side || anaphor.count !== 1) return undefined;
  const lastWord = office.words.split(/\s+/).at(-1)!;
  const holder = later.mentions.find(
    (m) =>
      m.entity.type === 'person' &&
      !m.refersBack &&
      ((holdsOffice(later.text, m, office.words) && sidesOfOffice(later.text, m, office.words).includes(side)) || sideRightBefore(later.text, m, lastWord) === side),
  );
  return holder && !named.some((m) => m.entity.id === holder.entity.id) ? holder.entity : undefined;
}

/** A side's one word, its possessive or its adjective, before an office or a name ("Norway's", "Norwegian"). */
const SIDE_WORD = String.raw`(?<![\p{L}'’-])(\p{L}+)(?:['’]s)?\s+`;
const SIDE_RIGHT_BEFORE_NAME = new RegExp(`${SIDE_WORD}$`, 'u');

/**
 * The country of the one word right before an office's last word written before a name ("The Norwegian minister, Mr Erik Holm",
 * "Norway's minister, Erik Holm"), or with no office (`lastWord` none) right before the name ("Tonga's Sione Vaipulu").
 */
function sideRightBefore(text: string, person: { start: number }, lastWord?: string): string | undefined {
  const before = lastWord === undefined ? SIDE_RIGHT_BEFORE_NAME : officeBefore(lastWord, SIDE_WORD);
  const word = before.exec(text.slice(Math.max(0, person.start - 60), person.start))?.[1];
  return word === undefined ? undefined : countryOfWord(word)?.id;
}

/**
 * Which of a sentence's offices with no name an office is, in text order ("The Malagasy president
 * hosted the Mauritian prime minister": the president 0 of 2): the next sentence names them in the
 * same order.
 */
export interface OfficeRank {
  index: number;
  of: number;
}

/**
 * The people a sentence opens with, no office written, when they are all it names and as many as
 * the offices of the sentence before that went unnamed: news names by office first and by name
 * next, so they are the offices' holders, in order. One ("The Gabonese foreign minister met … .
 * Ndong Obame-Mintsa told state radio …", "… the Jamaican foreign minister flew … . Later Odette
 * Brissett-Clarke told the Senate …"), or several joined as one subject ("The Malagasy president
 * hosted the Mauritian prime minister … . Hery Rakotomalala and Pravind Jhugroo-Bissessur agreed
 * …"). None when the sentence names anyone else, another number of people, or gives a name an office.
 */
function untitledSubjects(text: string, people: EntityMention[], count: number): EntityMention['entity'][] {
  const named = distinctEntities(people);
  if (named.length !== count) return [];
  const ordered = [...people].sort((a, b) => a.start - b.start);
  const first = ordered[0]!;
  if (!SUBJECT_OPENS.test(text.slice(0, first.start))) return [];
  const joined = [first];
  for (const mention of ordered.slice(1)) {
    if (mention.entity.id === joined.at(-1)!.entity.id) continue;
    if (!joinedAsOne(text.slice(joined.at(-1)!.end, mention.start))) return [];
    joined.push(mention);
  }
  return joined.some((m) => officeWritten(text, m) !== undefined || describedInName(m.text)) ? [] : joined.map((m) => m.entity);
}

/** "Analysts Rosa Quispe": a name read with a word before it that says what someone is, no part of a name; they are no office's holder. */
function describedInName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 2 && englishWord(words[0]!);
}

/**
 * Before a sentence's subject: nothing, a sentence adverb placing it in time or in the story ("Later", "Then, ",
 * "Afterwards that day"), or a participle phrase of the subject's own act ("Speaking at the airport, ", PARTICIPLE_OPENING).
 * Not any capitalised word: "Sources said", "Mr Ndong told" open with words of other kinds.
 */
const SUBJECT_OPENS = new RegExp(String.raw`^\s*(?:(?:${[...SENTENCE_ADVERB].join('|')})(?:\s+that\s+day)?,?\s+|${PARTICIPLE_OPENING})?$`, 'u');

/** The entities of mentions, each once, in the order first named. */
function distinctEntities(mentions: EntityMention[]): EntityMention['entity'][] {
  return [...new Map(mentions.map((m) => [m.entity.id, m.entity])).values()];
}

/**
 * The countries written with the office a sentence gives a person ("Latvia's minister, Ilze Kalnina", "Lithuanian Energy Minister Rasa Vaitkute", "Hristo Vasilev, Bulgaria's minister"):
 * among the five words right before the office ("Latvia's deputy energy minister", "held talks with Japanese Prime Minister Sanae Takaichi"), or up to four after the name.
 */
export function sidesOfOffice(text: string, person: { start: number; end: number }, office: string): string[] {
  const before = officeBefore(office, String.raw`((?:[\p{L}'’.-]+\s+){0,5})`).exec(text.slice(Math.max(0, person.start - 80), person.start));
  const after = officeAfter(office).exec(text.slice(person.end, person.end + 80));
  return `${before?.[1] ?? ''} ${after?.[1] ?? ''}`.split(/\s+/).flatMap((word) => {
    const bare = word.replace(/(?:['’]s)?[^\p{L}]*$/u, '');
    return bare === '' ? [] : (countryOfWord(bare)?.id ?? []);
  });
}

/** The country a word names or is the adjective of ("Latvia", "Latvian"). */
const countryOfWord = (word: string) => countryOfDemonym(word) ?? findCountry(word);

/** Whether an office written with a side ("the Lithuanian foreign minister") cannot be someone whose own office names another side ("Polish Foreign Minister Jan Nowak"). */
function otherSide(anaphor: Anaphor, text: string, person: { start: number; end: number }): boolean {
  const side = anaphor.office?.side;
  const id = side ? countryOfWord(side)?.id : undefined;
  const theirs = id ? sidesOfOffice(text, person, anaphor.office!.words) : [];
  return theirs.length > 0 && !theirs.includes(id!);
}

/** How far either side of a name its office is read: an office is written close by ("Norway's envoy Erik Holm", "Erik Holm, Norway's envoy"). */
const OFFICE_REACH = 60;
/**
 * How far after a name the choice of an office just taken is read: CHOICE_AFTER_PERSON finds the choosing verb up to sixty
 * characters on ("Friedrich Merz failed in the first round and was elected in the second"), and the words after the verb must
 * still be in reach for CHOICE_WITH_NO_OFFICE to tell a bare choice ("… in the second") from one of another office ("… speaker").
 */
const CHOICE_REACH = 80;

/** The text before a person's name, and after it up to `reach`. */
function around(text: string, person: { start: number; end: number }, reach: number): { before: string; after: string } {
  return { before: text.slice(Math.max(0, person.start - OFFICE_REACH), person.start), after: text.slice(person.end, person.end + reach) };
}

/** What follows a choice told after a name ("… was elected chancellor": " chancellor"), or undefined when `after` tells none. */
function afterChoice(after: string): string | undefined {
  const choice = CHOICE_AFTER_PERSON.exec(after);
  return choice ? after.slice(choice[0].length) : undefined;
}

/**
 * Whether a sentence gives a person the office: before the name ("Kazakhstan's foreign minister, Aliya Nurlanova"), after it
 * ("… named Laura Finch as its special envoy", "Erik Holm, Norway's envoy"), or as what they are chosen ("the Diet elects Sanae
 * Takaichi prime minister", "Ruth Albers was elected chancellor").
 */
function holdsOffice(text: string, person: { start: number; end: number }, office: string): boolean {
  const { before, after } = around(text, person, OFFICE_REACH);
  // "the President" is not "Vice President Gibran Raka", nor "the foreign minister" a deputy foreign minister.
  return officeBefore(office, String.raw`(?<!\b(?:vice|deputy)[\s-]+)\b`).test(before) || officeAfter(office).test(after) || chosenAs(office, before, after);
}

/** An office written as what a person is chosen: right after the name that a choosing verb precedes ("elects Sanae Takaichi prime minister"), or right after the choice told after the name ("was elected chancellor"). */
function chosenAs(office: string, before: string, after: string): boolean {
  const complement = new RegExp(String.raw`^\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?${officeWords(office)}\b`, 'i');
  const chosen = afterChoice(after);
  return (CHOICE_BEFORE_PERSON.test(before) && complement.test(after)) || (chosen !== undefined && complement.test(chosen));
}

/**
 * Whether a person may be the one an office alone stands for: its holder (holdsOffice); for an office told as just taken ("the
 * new chancellor"), the one the article tells as chosen, for that office ("the Diet elects Sanae Takaichi prime minister") or
 * with no office written ("Friedrich Merz failed in the first round and was elected in the second", "the Bundestag elected Ruth
 * Albers on Tuesday"): not a holder named before them, their predecessor, nor one chosen for another office ("elected Ilse Marbach speaker").
 */
function chosenFor(office: { words: string; fresh?: true }, text: string, person: { start: number; end: number }): boolean {
  if (!office.fresh) return holdsOffice(text, person, office.words);
  const { before, after } = around(text, person, CHOICE_REACH);
  const chosen = afterChoice(after);
  const chosenBare = chosen !== undefined ? CHOICE_WITH_NO_OFFICE.test(chosen) : CHOICE_BEFORE_PERSON.test(before) && CHOICE_WITH_NO_OFFICE.test(after);
  return chosenBare || chosenAs(office.words, before, after);
}

/** An office (its words, any space between them) written just before a name, up to three capitalised words between ("foreign minister, Aliya Nurlanova", "Energy Minister Rasa Vaitkute"); `lead`: what is read before the office. */
function officeBefore(office: string, lead: string): RegExp {
  return new RegExp(String.raw`${lead}${officeWords(office)}\s*,?\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$`, 'iu');
}

/** An office written just after a name, after a comma or "as" and up to four words, those words captured ("Erik Holm, Norway's envoy", "named Laura Finch as its special envoy"). */
function officeAfter(office: string): RegExp {
  return new RegExp(String.raw`^(?:,\s+|\s+as\s+)((?:[\p{L}'’.-]+\s+){0,4})${officeWords(office)}\b`, 'iu');
}

/** An office's words, any space or hyphen between them ("vice president" is "Vice-President"). */
const officeWords = (office: string): string => office.replace(/[\s-]+/g, String.raw`[\s-]+`);

/**
 * Whom "he" or "she" opening a sentence stands for: the subject of the nearest sentence before
 * that names a person, when a person is its subject (only names, offices and their articles
 * before it, after an opening phrase of when or where: "Ghana's foreign minister, Kwame Asante, arrived …", "On Saturday,
 * in Istanbul, the Pope visits …"), not a possessor ("Putin's envoy");
 * a pronoun read there counts ("He arrived on Sunday. He met …"). "The envoy met President
 * Kamau. He also …" stands for the envoy, whom it does not name: none. "They" (`plural`) stands
 * for the people joined as that subject ("Chancellor Ruth Albers and Prime Minister Jonas Medved
 * arrived …. They met …"), when there are two or more; else for none. A subject the sentences
 * read tell is of the other gender (gendersTold) is not "she" or "he": another person of that
 * sentence told as of the pronoun's is ("Greens leader Pavel Drach met Ilse Marbach and told her
 * his party was leaving. She turned to the Liberals …"), and a sentence whose people are all of the other
 * gender is passed over for the one before.
 */
function subjectBefore(earlier: { mention: EntityMention; text: string }[], plural = false, gender?: Gender): EntityMention['entity'][] {
  const isPerson = ({ mention }: { mention: EntityMention }): boolean => mention.entity.type === 'person';
  const told = gender === undefined || plural ? undefined : gendersTold(earlier);
  let last = earlier.findLastIndex(isPerson);
  while (last >= 0) {
    const sentence = earlier[last]!.text;
    let first = last;
    while (first > 0 && earlier[first - 1]!.text === sentence) first -= 1;
    const people = earlier.slice(first, last + 1).filter(isPerson).map(({ mention }) => mention);
    const subject = people[0]!;
    const lead = sentence.slice(0, subject.start).replace(OPENING_WHEN_WHERE, '').match(/[\p{L}.'’]+/gu) ?? [];
    const leads = lead.every((word) => /^\p{Lu}/u.test(word) || OFFICE_WORD.test(word)) && !possessor(sentence, subject);
    // "Pope Clement had hoped to go; after his death it fell to his successor. On Sunday he …": not the holder gone.
    if (!leads || goneFromOffice(sentence, subject)) return [];
    const subjectsGender = told?.get(subject.entity.id);
    if (told === undefined || subjectsGender === undefined || subjectsGender === gender) return plural ? joinedSubject(subject, people, sentence) : [subject.entity];
    const theirs = people.find((m) => told.get(m.entity.id) === gender && !possessor(sentence, m));
    if (theirs) return [theirs.entity];
    if (people.some((m) => told.get(m.entity.id) !== subjectsGender)) return [];
    last = earlier.slice(0, first).findLastIndex(isPerson);
  }
  return [];
}

/** "Putin's envoy": a person named as whose someone is. */
const possessor = (sentence: string, person: { end: number }): boolean => /^['’]s?\s/.test(sentence.slice(person.end, person.end + 3));

/** The people joined with a sentence's subject as one ("Chancellor Ruth Albers and Prime Minister Jonas Medved arrived …"), when two or more. */
function joinedSubject(subject: EntityMention, people: EntityMention[], sentence: string): EntityMention['entity'][] {
  const joined = [subject];
  for (const mention of [...people].sort((a, b) => a.start - b.start)) {
    const end = joined.at(-1)!.end;
    if (mention.start > end && joinedAsOne(sentence.slice(end, mention.start)) && !joined.some((j) => j.entity.id === mention.entity.id)) joined.push(mention);
  }
  return joined.length > 1 && !possessor(sentence, joined.at(-1)!) ? joined.map((j) => j.entity) : [];
}

/** Whether what stands between two people joins them as one subject: "and" or a comma, then only names and offices ("Chancellor Ruth Albers and Prime Minister Jonas Medved"). */
function joinedAsOne(between: string): boolean {
  const joint = /^(?:,\s+(?:and\s+)?|\s+and\s+)/.exec(between);
  return joint !== null && (between.slice(joint[0].length).match(/[\p{L}.'’]+/gu) ?? []).every((word) => /^\p{Lu}/u.test(word) || OFFICE_WORD.test(word));
}
