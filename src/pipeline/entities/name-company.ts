// What an untyped name is by its company in a sentence: a person listed with people or met by
// someone, an institution after "the", or no venue at all (article-names.ts reads the sentence).
import type { NameSpan } from './discover.ts';
import { ACTS_AS_PERSON, BODYS_COMPANION_BEFORE, HELD_UNTIL_TRIAL_AFTER, INSTITUTION_NOUN, JUDGED_BEFORE, JUDGED_SENTENCE_AFTER, MOVEMENT_WORD, NOT_A_NAME, OFFICE_APPOSED_BEFORE, OFFICE_APPOSITION, OFFICE_OF_BEFORE, ORDER_GIVEN_BEFORE, POSSESSOR_BEFORE, REGION_OF_STATES, SENTENCE_HANDED_BEFORE, SPEAKS_AFTER, SPEAKS_BEFORE, TITLE_WORDS, WHEN_OR_HOW_BETWEEN } from './lexicon.ts';
import { nationalWord } from './national-sides.ts';
import { englishWord } from '../parse/tagged-terms.ts';
import { writtenSurnameFirst } from './person-names.ts';
import { findCountry, findPlace } from './places.ts';
import type { EntityMention } from './recognise.ts';

/** What stands between two items of one list of names: ", ", " and ", ", and ". */
const LIST_BETWEEN = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;
/** A verb whose object, named, is someone met or someone leading: "met Hnatov", "received Gruenbaum", "led by Medinsky". */
const MET_BEFORE = new RegExp(String.raw`\b(?:(?:met|meets)(?:\s+${WHEN_OR_HOW_BETWEEN}with)?|meeting\s+with|received|receives|hosted|hosts|(?:spoke|talked)\s+${WHEN_OR_HOW_BETWEEN}(?:with|to)|(?:led|headed|chaired|accompanied)\s+by)\s+$`, 'i');
/** How far before a name MET_BEFORE looks: room for a verb, a day and a manner ("talked by phone late on Monday with "). */
const MET_REACH = 60;

/** Between the names of two people who meet: "met", "held talks with", "spoke by phone with", "will speak on Friday with", "spoke this evening with". */
const MEETS = new RegExp(String.raw`^\s+(?:(?:will|would|has|have|had|is\s+to|are\s+to)\s+)?(?:(?:met|meets|meet)(?:\s+${WHEN_OR_HOW_BETWEEN}with)?|received|hosted|(?:held|holds|hold)\s+talks\s+${WHEN_OR_HOW_BETWEEN}with|(?:spoke|spoken|speak|speaks|talked|talk)\s+${WHEN_OR_HOW_BETWEEN}(?:with|to))\s+$`, 'i');
/**
 * Between a winner's name and the person they beat ("Iga Świątek beat Amanda Anisimova", "Ivo Brandt has defeated Marek Sol"): a player
 * who beats someone is someone, as one who meets someone is. Only the winner before a person is read so: a person "beat Reform UK" at a poll.
 */
const BEAT_PERSON = /^\s+(?:(?:has|had|have)\s+)?(?:beat|beats|beaten|defeated|defeats|overcame|overcomes|overcome|outlasted|outplayed|edged\s+past|swept\s+past)\s+$/i;
/** A signing told by the signers' gesture, not its verb: "put their names to", "put pen to paper", "initialled", "inked", "shook hands". */
const SIGNING_GESTURE = String.raw`put\s+(?:their\s+)?(?:names|signatures|pen)\s+to|initial(?:l)?ed|initial|inked|ink|sh(?:ook|ake)\s+hands`;
/** Before the verb of an act planned or told in a tense of its own: "will", "have", "are to", "are scheduled to", "were due to". */
const TENSE_OR_PLAN = String.raw`(?:will|would|have|had|(?:are|were)\s+(?:(?:scheduled|due|set|expected|slated)\s+)?to)`;
/**
 * After a list of people, the act they share: "… held their annual summit", "… met in Hanoi", what they settled at the table
 * ("… agreed to restart flights", "… discussed water sharing"), planned or not yet done ("… are scheduled to meet", "… will sign"),
 * a signing told by its gesture ("… put their names to the accord", "… initialled the text", "… shook hands on it").
 */
const MEET_AFTER = new RegExp(String.raw`^\s+(?:(?:also|then|later)\s+)?(?:${TENSE_OR_PLAN}\s+)?(?:met|meet|held|hold|spoke|speak|talked|talk|signed|sign|agreed|agree|discussed|discuss|${SIGNING_GESTURE})\b`, 'i');
/** What follows a name that is someone's, not a word qualifying a noun ("met Ellison and …", "met Dawson in Jeddah", "spoke with Motegi about trade"; not "met Florence officials"). */
const NAME_ENDS = /^(?:\s*[,;.]|\s+(?:and|in|on|at|for|to|with|about|during|before|after|last|this|earlier|later)\b|\s*$)/;
/** A pronoun a sentence's subject takes: someone's ("… has called off his visit") or a body's ("… has closed its mine"). */
const SUBJECT_PRONOUN = /\b(?:he|she|his|her|him|hers|himself|herself|its|itself)\b/i;
/** A pronoun for one someone or something: which of them a name is ("Vosk said she …", "Vasko said it …"). */
const THIRD_PERSON = /\b(?:he|she|his|her|him|it|its)\b/i;
/** A full name: two words or more ("Sodnomyn Batbold"), as bodies of one word ("Hamas") are not. */
const FULL = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u;
/** After a surname written alone, what is said of a person: their age ("Vosk, 58,"), something of theirs ("Vosk's cabinet"), a verb that calls them "he" or "her" ("Vosk makes her first speech", "Vosk has said she …"). */
const PERSON_ALONE_AFTER = /^(?:['’]s\s+\p{Ll}|,\s+\d{1,3},|\s+(?:(?:has|had|have|will|would)\s+)?\p{Ll}+\s+(?:he|she|his|her|him)\b)/u;

/**
 * The untyped names of a sentence that are people by their company: listed with a person
 * ("Witkoff, Kushner and Dmitriev", "Kirill Dmitriev, Yuri Ushakov and Andrii Hnatov"), met
 * by someone ("Umerov met Hnatov"), meeting a person ("Ryosei Akazawa met Howard Lutnick",
 * "Nguyen Minh Chau held talks with Sodnomyn Batbold"), or two full names that meet each other
 * ("Narendra Modi and Shigeru Ishiba held their annual summit"), or a full name with an office
 * written after it ("Oleh Marchenko, head of the presidential office,"), or a full name that
 * opens the sentence, after its dateline if it has one (`opening`), and that the sentence then
 * calls "he" or "his" with no other name between ("Tiago Rezende has called off his visit"). A name GeoNames, CLDR's regions
 * or the country list knows stays a place, unless someone met it.
 */
export function peopleAmongNames(text: string, spans: NameSpan[], mentions: EntityMention[], opening = 0, writtenAlone: (surname: string) => boolean = () => false): Set<NameSpan> {
  const names = spans.filter((s) => s.kind === 'name' && !movement(s.text) && !findCountry(s.text));
  // Someone met is a person though a town has the name ("met Ellison and Dawson"): no one meets a town.
  const met = names.filter((s) => MET_BEFORE.test(text.slice(Math.max(0, s.start - MET_REACH), s.start)) && NAME_ENDS.test(text.slice(s.end)));
  const placeNamed = new Set(names.filter((s) => !met.includes(s) && findPlace(s.text)));
  // "the outgoing Ambassador of Tessaly, Rolf Binder", "the envoy of Marovia, Jana Kell": what an office is of, no one, though its holder is listed after it.
  const officeOf = new Set(names.filter((s) => OFFICE_OF_BEFORE.test(text.slice(Math.max(0, s.start - 60), s.start))));
  const untyped = names.filter((s) => !placeNamed.has(s) && !officeOf.has(s));
  const people = new Set(met);
  // Someone met is someone to meet: "Tsegaye Bekele met Abdirahman Warsame" makes both people.
  const persons = [...met, ...spans.filter((s) => s.kind === 'person'), ...mentions.filter((m) => m.entity.type === 'person')];
  for (const s of untyped) {
    const meetsPerson = persons.some((p) => (p.start >= s.end && (MEETS.test(text.slice(s.end, p.start)) || (BEAT_PERSON.test(text.slice(s.end, p.start)) && FULL.test(s.text)))) || (p.end <= s.start && MEETS.test(text.slice(p.end, s.start)) && FULL.test(s.text)));
    const pair = FULL.test(s.text) && untyped.some((o) => o !== s && FULL.test(o.text) && (o.start > s.end ? /^ and $/.test(text.slice(s.end, o.start)) && MEET_AFTER.test(text.slice(o.end)) : /^ and $/.test(text.slice(o.end, s.start)) && MEET_AFTER.test(text.slice(s.end))));
    // "Oleh Marchenko, head of the presidential office, arrived", "included the head of the customs service, Iryna Savchuk": a full name with its office beside it.
    const office = FULL.test(s.text) && (OFFICE_APPOSITION.test(text.slice(s.end, s.end + 80)) || OFFICE_APPOSED_BEFORE.test(text.slice(Math.max(0, s.start - 80), s.start)));
    const subject = s.start === opening && FULL.test(s.text) && pronounNext(text, s, spans, mentions);
    if (meetsPerson || pair || office || subject || actsAsPerson(text, s) || statesOwn(text, s) || surnameWrittenAlone(text, s, writtenAlone)) people.add(s);
  }
  // A town's name in a list with someone met is a person too ("met Ellison and Dawson").
  const items = [
    ...names.map((span) => ({ start: span.start, end: span.end, span, person: people.has(span), town: placeNamed.has(span) })),
    ...spans.filter((s) => s.kind === 'person').map((s) => ({ start: s.start, end: s.end, span: undefined, person: true, town: false })),
    ...mentions.filter((m) => m.entity.type === 'person').map((m) => ({ start: m.start, end: m.end, span: undefined, person: true, town: false })),
  ].sort((a, b) => a.start - b.start);
  // A list is people when one of its items is: spread along it both ways.
  for (const order of [items, [...items].reverse()]) {
    for (let i = 1; i < order.length; i += 1) {
      const [a, b] = [order[i - 1]!, order[i]!];
      const between = text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
      if (a.person && !b.person && b.span && !officeOf.has(b.span) && LIST_BETWEEN.test(between) && (!b.town || (!a.town && a.span !== undefined && met.includes(a.span)))) {
        b.person = true;
        people.add(b.span);
      }
    }
  }
  return people;
}

/** The sentence calls someone "he" or "his" after a name, not "its", before it names anyone else, who could be that someone ("… told Marta Gouveia her …"); places between do not count. */
function pronounNext(text: string, name: NameSpan, spans: NameSpan[], mentions: EntityMention[]): boolean {
  const pronoun = SUBJECT_PRONOUN.exec(text.slice(name.end));
  if (!pronoun || /^its/i.test(pronoun[0])) return false;
  const at = name.end + pronoun.index;
  const someone = [...spans.filter((s) => s.kind === 'person' || s.kind === 'name'), ...mentions.filter((m) => m.entity.type === 'person')];
  return !someone.some((other) => other.start >= name.end && other.start < at);
}

/**
 * A full name that speaks is someone's, not a body's ("Kwabena Owusu-Ansah said …", "…, Bheki
 * Ntshalintshali told reporters", "according to Aigerim Suleimenova"), and so is one that travels
 * or receives as people do ("Kofi Mensah flew to Accra", "Aroha Ngata later received the envoys").
 * Firms and bodies speak and travel too ("Pacifica Mining told …", "the Meridian Group said"): only a
 * name of no English word, no institution's and not after "the" is read so.
 */
function actsAsPerson(text: string, s: NameSpan): boolean {
  return personsForm(s.text) && !afterThe(text, s) && (SPEAKS_AFTER.test(text.slice(s.end, s.end + 80)) || SPEAKS_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start)) || ACTS_AS_PERSON.test(text.slice(s.end, s.end + 60)) || judged(text, s.start, s.end));
}

/**
 * A name a court's verdict falls on is someone's: "the panel sentenced Jair Bolsonaro", "handed Jair Bolsonaro a sentence of
 * 27 years" (JUDGED_BEFORE, SENTENCE_HANDED_BEFORE with JUDGED_SENTENCE_AFTER), "ordered Ekrem Imamoglu held in jail pending trial"
 * (ORDER_GIVEN_BEFORE with HELD_UNTIL_TRIAL_AFTER). A firm is fined or convicted too: the callers read so only a name in a person's form, or a
 * surname the article writes alone.
 */
function judged(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 40);
  return JUDGED_BEFORE.test(before) || (SENTENCE_HANDED_BEFORE.test(before) && JUDGED_SENTENCE_AFTER.test(after)) || (ORDER_GIVEN_BEFORE.test(before) && HELD_UNTIL_TRIAL_AFTER.test(after));
}

/**
 * A full name a state's possessive is written before is someone acting for it ("talks hosted by Latvia's Ilze Kalnite"), in a
 * person's form, as a firm's or a body's written so is not ("Uganda's Central Bank").
 */
function statesOwn(text: string, s: NameSpan): boolean {
  const possessor = POSSESSOR_BEFORE.exec(text.slice(Math.max(0, s.start - 40), s.start));
  return possessor !== null && findCountry(possessor[1]!) !== undefined && personsForm(s.text);
}

/**
 * A full name of no English word and no institution's: more likely someone's than a firm's or a body's ("Pacifica Mining", "Human
 * Rights Watch"). A surname written first is no English word for this, whatever its spelling means ("Song Tao", "Ma Zhaoxu").
 */
function personsForm(name: string): boolean {
  return FULL.test(name) && !bodyName(name) && (writtenSurnameFirst(name) || !name.split(/[\s‐‑-]+/).some(englishWord));
}

/**
 * "Mirela Vosk was sworn in … Vosk said": a full name whose last word the article writes alone as someone's (`writtenAlone`,
 * aloneAsPerson) is that person's, though its given name is in no list ("Sanae Takaichi … Takaichi makes her first speech"). A
 * surname that is an English word, a place, a state or a people ("Kuala Lumpur … Lumpur", "Air France … France said") names no
 * one so, nor does a body's name.
 */
function surnameWrittenAlone(text: string, s: NameSpan, writtenAlone: (surname: string) => boolean): boolean {
  const surname = s.text.split(/\s+/).at(-1)!;
  if (!FULL.test(s.text) || bodyName(s.text) || afterThe(text, s)) return false;
  return !englishWord(surname) && !findPlace(surname) && !findCountry(surname) && !nationalWord(surname) && writtenAlone(surname);
}

/**
 * Whether a word written alone at start–end stands where only a person does: speaking or travelling (SPEAKS_AFTER,
 * ACTS_AS_PERSON), met or quoted ("met Vosk", "according to Vosk"), or as PERSON_ALONE_AFTER says; not where the words after
 * call it "it".
 */
export function aloneAsPerson(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  // "Vasko said it would hire 300 workers": a firm or a body speaks and travels too, and is called "it".
  if (/^its?$/i.test(THIRD_PERSON.exec(after)?.[0] ?? '')) return false;
  const before = text.slice(Math.max(0, start - MET_REACH), start);
  return PERSON_ALONE_AFTER.test(after) || SPEAKS_AFTER.test(after) || ACTS_AS_PERSON.test(after) || MET_BEFORE.test(before) || SPEAKS_BEFORE.test(before) || judged(text, start, end);
}

/** Whether "the" is written right before a name: people go without an article, bodies and places with one ("the Meridian Group"). */
function afterThe(text: string, name: { start: number }): boolean {
  return /\bthe\s+$/i.test(text.slice(Math.max(0, name.start - 4), name.start));
}

/** A name any word of which is an institution's or a movement's ("Crisis Group", "Hayat Tahrir"): a body's, never someone's. */
function bodyName(name: string): boolean {
  return name.split(/\s+/).some((word) => INSTITUTION_NOUN.test(word) || MOVEMENT_WORD.test(word));
}

/** A movement or an armed group by a word of its name ("Islamic Jihad", "Ansar Allah"): a body, whatever the tagger or its company says. */
export function movement(name: string): boolean {
  return name.split(/\s+/).some((word) => MOVEMENT_WORD.test(word));
}

/**
 * A name the tagger cannot type, after "the" and neither a place nor a people ("the Ukrainian delegation"), is an institution: "the
 * Treasury said". People go without an article. So is one written as a body's partner or rival ("its partner Velmora", BODYS_COMPANION_BEFORE).
 */
export function institution(text: string, span: NameSpan): boolean {
  // A region of several states ("the Western Balkans") is no body.
  return span.kind === 'name' && !nationalWord(span.text) && !REGION_OF_STATES.test(span.text) && (afterThe(text, span) || BODYS_COMPANION_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)));
}

/** A bare name after "at" that names no venue: a day, an office, a people, a town or a country ("at Monday's talks", "at Davos"). */
export function unnamed(name: string): boolean {
  const first = name.split(/\s/)[0]!.replace(/['’]s$/u, '');
  return NOT_A_NAME.has(first) || TITLE_WORDS.has(first.toLowerCase()) || nationalWord(first) !== undefined || findCountry(name) !== undefined || findPlace(name) !== undefined;
}
