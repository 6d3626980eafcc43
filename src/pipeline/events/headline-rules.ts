import { oncePerObject } from '../memo.ts';
import { compareStrings } from '../order.ts';
import type { EntityType, EventStatus } from '../types.ts';
import type { Trigger } from './kinds.ts';
import { findCountry } from '../entities/places.ts';
import { shortName } from '../entities/person-names.ts';
import { WIRE_DATELINE } from './dateline.ts';
import { ANOTHER_CLAUSE, APPOSITION, ARMS_ATTACKER, ATTACKER_AND_VERB, AUDIENCE, BROKERED, CALLED_WITH, DANGLING, EMPTY_SAYING_VERB, FIRST_PERSON, HANGING_CONJUNCTION, OF_BEFORE_SUBJECT, PHRASE_OPENER, PHRASE_VENUE, PLURAL_NOUN, PREPOSITION, PRESENT_VERB, OF_THE_DAY, OWN_FIRST_PERSON, PRONOUN_SUBJECT, PROTOCOL_CALL, RECIPROCAL, REPORTING_VERB, SAID_AS_OBJECT, SAYING, SAYING_VERB, SERIES_PART, STRUCK_TARGET, TAKES_THE, TELEPHONE, TELLING_ENDS, TWO_SIDES_BEFORE, TOLD_WHERE, UNFINISHED, VENUE, VIDEO_CALL, WITH_WHOM } from './headline-lexicon.ts';
import { hasVerb, headNounAfter, inPresent, type InReportWords, inReportWords, wordsBeforeVerb } from './headline-form.ts';
import { actorClause } from './headline-clause.ts';
import { otherTitle } from './headline-other.ts';
import { fold, type NamedForTitle, onlyAide, principals } from './headline-people.ts';
import { nextWholeWord } from '../parse/whole-word.ts';
import { caseBlindIndexOf } from '../parse/case-blind.ts';
import { taggedPhrase } from '../parse/tagged-terms.ts';
import { FORM_PUT_OUT, JUDGED_IN_QUOTED_WORDS, NEWS_RELATIVE_DAY, SUBJECTLESS_VERB } from './lexicon.ts';
import { capitalise } from './phrase.ts';

export interface HeadlineInput {
  status: EventStatus;
  /** With the other names articles use for them, for the short one ("Xi" of "Xi Jinping"), and their office when known. */
  participants: NamedForTitle[];
  place: string | null;
  /** The noun phrase the best report used ("virtual meeting of allied nations"). */
  phrase: string;
  /** The best report's sentence: what a statement said is drawn from it. */
  sentence?: string;
  /** Every report's sentences, best first: the offices they give people, the body whose summit it was. */
  evidence?: readonly string[];
  /** Every name the site knows, by id: a word of one that opens a gist is a name, not a common word. */
  names?: ReadonlyMap<string, { name: string; type: EntityType; aliases: readonly string[] }>;
}

/**
 * How one kind of event is titled from what the pipeline knows (see kinds.ts): a title whose verb
 * the rule wrote ("X says …", "Russia strikes Kyiv") as it stands, one that opens with the
 * report's own words as `inReportWords`, to be put in the present (headline-form.ts). It is given
 * its kind's triggers, for what a trigger says of its noun's title (Trigger.title).
 */
export type HeadlineRule = (input: HeadlineInput, triggers: readonly Trigger[]) => string | InReportWords;

type Named = HeadlineInput['participants'][number];

/** Surnames read better in headlines: "Trump–Zelenskyy phone call" (entities/person-names.ts). */
const short = (person: Named): string => shortName(person);

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The people a title names, heads of state and government first, aides left out beside two others (headline-people.ts). */
const people = (input: HeadlineInput): Named[] => principals(input.participants.filter((p) => p.type === 'person'), (input.evidence ?? []).join(' '));
const parties = (input: HeadlineInput): string[] =>
  input.participants
    .filter((p) => p.type === 'country')
    .map((p) => p.name)
    .sort((a, b) => compareStrings(fold(a), fold(b)));
/**
 * Where, as a sentence says it: "at" a building ("at St. Peter's Basilica"), "in" a town or a
 * country, and "the" before a name that takes it ("in the United States"); `on` for a strike's target.
 */
function where(word: 'in' | 'at' | 'on', place: string): string {
  const own = place.split(', ')[0]!;
  const preposition = word === 'on' ? 'on' : VENUE.test(own) ? 'at' : 'in';
  return `${preposition} ${TAKES_THE.test(own) ? 'the ' : ''}${place}`;
}
/** The place a phrase already names after "in" or "at" ("Annual meeting in Switzerland"). */
const PHRASE_PLACE = /\s(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)$/u;
/**
 * A phrase with its place: none when the phrase names it ("Peace Palace, The Hague" by its own
 * name); a town in place of the country the phrase named ("Annual meeting in Switzerland" held in
 * Davos is "Annual meeting in Davos"), never both; the phrase alone when it names another place.
 */
function placed(phrase: string, place: string | null, word: 'in' | 'at' | 'on'): string {
  if (!place || fold(phrase).includes(fold(place.split(', ')[0]!))) return phrase;
  const named = PHRASE_PLACE.exec(phrase);
  if (!named) return `${phrase} ${where(word, place)}`;
  return findCountry(named[1]!) && !findCountry(place) ? `${phrase.slice(0, named.index)} ${where(word, place)}` : phrase;
}
/**
 * A phrase that is one actor's clause, cut at its verb or told in the first person ("Mayor Tom Reddy
 * welcomed", "sat down", "I visited"), as a title with what its verb takes (headline-clause.ts), the
 * event's one person its actor where the phrase names none: "Reddy welcomes a trade delegation from Gdynia".
 */
function actorTitle(input: HeadlineInput): string | undefined {
  const named = people(input);
  const title = actorClause(input.phrase, input.sentence, named.length === 1 ? short(named[0]!) : undefined, input.status === 'planned');
  return title === undefined ? undefined : placed(title, input.place, 'in');
}
/** "speak" or "to speak": a title says whether it happened. */
const verb = (input: HeadlineInput, done: string, plural: string): string => (input.status === 'planned' ? `to ${plural}` : done);

export const callHeadline: HeadlineRule = (input) => {
  const names = people(input);
  const { by, noun } = callMedium(input.sentence ?? '');
  if (names.length >= 2) return `${list(names.slice(0, 4).map(short))} ${verb(input, 'speak', 'speak')} ${by}`;
  // One person named: the other side as the sentence words it ("Trump's long call with the Kremlin leader"),
  // unless the one named is that other side ("with the Foreign Minister of Chile, Rosa Ibarra"): the call is with them, its caller unnamed.
  const called = names.length === 1 ? CALLED_WITH.exec(input.sentence ?? '') : null;
  if (called && isTheOneCalled(names[0]!, called)) return `${capitalise(noun)} with ${names[0]!.name}`;
  // A first-person readout's "my" or "our" is the writer's, not the title's ("with my Estrian counterpart" → "with Estrian counterpart").
  if (called) return `${short(names[0]!)} ${verb(input, 'speaks', 'speak')} ${by} with ${called[1]!.replace(OWN_FIRST_PERSON, '')}`;
  // An aide alone tells of the call: what he said is its title ("Yuri Ushakov says Vladimir Putin told Donald Trump during Monday's telephone conversation …").
  const told = names.length === 1 && onlyAide(names[0]!, [input.sentence ?? '', ...(input.evidence ?? [])].join(' ')) ? gist(input, names[0]!.name.length) : undefined;
  if (told) return `${names[0]!.name} ${told.verb} ${told.what}`;
  const clause = actorTitle(input);
  if (clause) return clause;
  if (names.length === 1) return `${names[0]!.name} ${verb(input, 'holds', 'hold')} a ${noun}`;
  // "The military operations chiefs of India and Pakistan spoke by phone": the sides, as for a meeting.
  const states = parties(input);
  if (states.length >= 2) return `${states.slice(0, 3).join('–')} ${noun}`;
  return inReportWords(capitalise(input.phrase || 'Phone call'));
};

/**
 * How a call was held, as its sentence tells it: by video where it says so and names no telephone
 * ("spoke by video link on Wednesday with …", "held a video call with …", "conferred by
 * videoconference"), else by phone, as most calls are.
 */
function callMedium(sentence: string): { by: string; noun: string } {
  return VIDEO_CALL.test(sentence) && !TELEPHONE.test(sentence) ? { by: 'by video link', noun: 'video call' } : { by: 'by phone', noun: 'phone call' };
}

/** Whether a person is the one a call was with: named in the words for them ("with Mayor Lars Fenne") or in an apposition after them ("with Harvik's mayor, Lars Fenne"). */
function isTheOneCalled(person: Named, called: RegExpExecArray): boolean {
  const after = APPOSITION.exec(called.input.slice(called.index + called[0].length))?.[0] ?? '';
  return nextWholeWord(`${called[1]} ${after}`, short(person)) >= 0;
}

/** How many people a gathering's title names before it names the sides instead. */
const MOST_NAMED = 3;

/**
 * A gathering with one party that the report words by its verb alone ("will host …" is "host"):
 * the kind’s title with that party ("Italy to hold a meeting in Verona"), else the kind's noun.
 */
function oneParty(input: HeadlineInput, object: string, at: string): string | undefined {
  if (!SUBJECTLESS_VERB.test(input.phrase.trim())) return undefined;
  const party = people(input)[0] ?? input.participants[0];
  return party ? `${party.name} ${verb(input, 'holds', 'hold')} ${object}${at}` : `${capitalise(object.replace(/^an? /, ''))}${at}`;
}

/**
 * The body whose gathering it was, as its reports write it before the noun or after "of"
 * ("the NATO summit", "summit of the Shanghai Cooperation Organisation"), or the gathering's only
 * party: the shortest form.
 */
function owningBody(input: HeadlineInput, noun: string): string | undefined {
  // The one party a gathering has is a body: its gathering ("Leaders of the Nordic Council will open their annual summit"), unless the phrase names whom it is held with.
  const [only, ...others] = input.participants;
  if (only?.type === 'organization' && others.length === 0 && !/\b(?:with|between)\b/.test(input.phrase)) return shortest([only.name, ...(only.aliases ?? [])]);
  const evidence = (input.evidence ?? []).join(' ');
  const forms = input.participants
    .filter((p) => p.type === 'organization')
    .flatMap((p) => [p.name, ...(p.aliases ?? [])])
    .filter((form) => new RegExp(`(?<![\\p{L}])${RegExp.escape(form)}\\s+${noun}\\b|\\b${noun}\\s+of\\s+(?:the\\s+)?${RegExp.escape(form)}(?![\\p{L}])`, 'u').test(evidence));
  return shortest(forms);
}

/** The shortest of the forms a body is written in ("NATO" of "North Atlantic Treaty Organization"). */
function shortest(forms: string[]): string | undefined {
  return forms.sort((a, b) => a.length - b.length || compareStrings(a, b))[0];
}

/**
 * Talks and summits: a body's summit by the body ("NATO summit in The Hague"); else the people
 * who held them ("Umerov and Witkoff hold talks in Geneva"), else the sides ("Russia–Ukraine talks in Geneva").
 */
export function gatheringHeadline(noun: string): HeadlineRule {
  return (input) => {
    const at = input.place ? ` ${where('in', input.place)}` : '';
    const body = owningBody(input, noun);
    if (body) return `${body} ${noun}${at}`;
    const states = parties(input);
    const names = people(input);
    const object = noun.endsWith('s') ? noun : `a ${noun}`;
    const held = `${list(names.slice(0, 4).map(short))} ${verb(input, 'hold', 'hold')} ${object}${at}`;
    // A delegation of four or more, aides counted, is better told by its sides.
    const present = input.participants.filter((p) => p.type === 'person').length;
    if (names.length >= 2 && (present <= MOST_NAMED || states.length < 2)) return held;
    if (states.length >= 2) return `${states.slice(0, 3).join('–')} ${noun}${at}`;
    // "The current round opened in Cairo": a part of a series is named with what it is of ("Round of talks in Cairo", "Second round of talks in Dodoma").
    if (SERIES_PART.test(input.phrase.trim())) return `${capitalise(input.phrase.trim().replace(OF_THE_DAY, ''))} of ${noun}${at}`;
    const withTheOne = noun === 'talks' ? heldWithTheOne(input, 'Talks') : undefined;
    return actorTitle(input) ?? oneParty(input, object, at) ?? withTheOne ?? inReportWords(placed(capitalise(withoutPronoun(input.phrase) || noun), input.place, 'in'));
  };
}

/** "Kushner, Umerov and Witkoff meet in Geneva"; with no two people named, the countries: "Russia–Ukraine–United States meeting in Geneva". */
export const meetingHeadline: HeadlineRule = (input) => {
  const names = people(input);
  const states = parties(input);
  const at = input.place ? ` ${where('in', input.place)}` : '';
  const paid = names.length >= 2 ? protocolCall(input, names, at) : undefined;
  if (paid) return paid;
  if (names.length >= 2) return `${list(names.slice(0, 4).map(short))} ${verb(input, 'meet', 'meet')}${at}`;
  if (states.length >= 2) return `${states.slice(0, 3).join('–')} meeting${at}`;
  const clause = actorTitle(input) ?? heldWithTheOne(input, 'Meeting');
  if (clause) return clause;
  // "They met in Kampala": the pronoun is no title's subject, and its verb alone says no more than the noun.
  const bare = BARE_MEETING.exec(withoutPronoun(input.phrase.trim()));
  if (bare) return `${bodyMeeting(input)}${bare[1] ?? at}`;
  return oneParty(input, 'a meeting', at) ?? inReportWords(placed(capitalise(input.phrase || 'meeting'), input.place, 'in'));
};

/**
 * A call of protocol is paid by one side to the other, not held by equals: those named before it
 * in its sentence pay it to those named after, in its own words ("Rao pays a courtesy call on
 * Mensah", "Sund pays a courtesy visit to Ito", "Obi pays a call on Adeyemi" for "called on").
 */
function protocolCall(input: HeadlineInput, names: readonly Named[], at: string): string | undefined {
  const sentence = input.sentence ?? '';
  const call = PROTOCOL_CALL.exec(sentence);
  if (!call) return undefined;
  const named = names.map((person) => ({ person, at: nextWholeWord(sentence, short(person)) })).filter((n) => n.at >= 0);
  const payers = named.filter((n) => n.at < call.index).map((n) => short(n.person));
  const hosts = named.filter((n) => n.at > call.index).map((n) => short(n.person));
  if (payers.length === 0 || hosts.length === 0) return undefined;
  const noun = call.groups?.noun ?? 'call';
  const pays = input.status === 'planned' ? 'to pay' : payers.length === 1 ? 'pays' : 'pay';
  return `${list(payers)} ${pays} ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun} ${noun.endsWith('visit') ? 'to' : 'on'} ${list(hosts)}${at}`;
}

/**
 * A gathering whose one named person is whom it was held with, not who held it: the sentence names
 * them after its first verb, in the clause that tells the gathering, its actor an office or no one
 * ("The Head of State granted an audience to the Ambassador of Tessaly, Rolf Binder": "Meeting with
 * Rolf Binder"; "The Head of Government received …, Nadia Rusk, … for an exchange of views":
 * "Exchange of views with Nadia Rusk"; "an audience with King Alaric": "Audience with Alaric"). The
 * report's noun phrase names it where it has no verb, else the kind's noun (`noun`). None where the
 * phrase has its own subject ("The Estmark delegation held talks with …"), names another side ("with
 * the Chinese ambassador", "between …"), is a round of a series, or the person brokered or chaired it.
 */
function heldWithTheOne(input: HeadlineInput, noun: string): string | undefined {
  const names = people(input);
  if (names.length !== 1 || !input.sentence) return undefined;
  const person = names[0]!;
  const sentence = input.sentence.replace(WIRE_DATELINE, '');
  const personAt = nextWholeWord(sentence, short(person));
  const phrase = withoutPronoun(input.phrase.trim());
  const phraseAt = caseBlindIndexOf(sentence, phrase);
  if (personAt < 0 || phraseAt < 0 || BROKERED.test(sentence) || /\bround\b/i.test(phrase)) return undefined;
  const beforePerson = sentence.slice(0, personAt).split(/\s+/);
  if (wordsBeforeVerb(beforePerson) === beforePerson.length) return undefined;
  // "Ambassador Leo Brandt, who said he had accompanied the minister to talks": another clause's gathering.
  const between = sentence.slice(Math.min(personAt, phraseAt), Math.max(personAt, phraseAt));
  if (ANOTHER_CLAUSE.test(between)) return undefined;
  const withWhom = WITH_WHOM.exec(phrase);
  if (withWhom && !fold(withWhom[2]!).includes(fold(short(person)))) return undefined;
  const head = withWhom ? withWhom[1]! : phrase;
  // "working dinner", "meeting": a gerund is a noun's word, not the phrase's verb.
  const verb = taggedPhrase(head).flat().find((t) => t.tags.has('Verb') && !t.tags.has('Gerund'));
  // A phrase with its own subject before its verb tells who held it, but a subject cut from "Head of | State" tells no one.
  if (verb && verb.at > 0 && !OF_BEFORE_SUBJECT.test(sentence.slice(0, phraseAt))) return undefined;
  const what = head !== '' && !verb ? capitalise(head.replace(PHRASE_VENUE, '')) : noun;
  // Where the phrase held it stays ("met at the Hotel Ivoire": "Meeting with Awa Kone at the Hotel Ivoire").
  const venue = PHRASE_VENUE.exec(head)?.[0] ?? '';
  return placed(`${what} with ${person.name}${venue}`, input.place, 'in');
}

/** A meeting's phrase that is its verb alone, with what is left of a length of time ("The G7 ministers, who met in Halifax", "they met for in Ankara"): no title but where. */
const BARE_MEETING = /^(?:met|meets?)(?:\s+for)?(\s+(?:in|at)\s+.+)?$/i;
/** A phrase without the pronoun that opens it ("They held talks in Doha" → "held talks in Doha"). */
const withoutPronoun = (phrase: string): string => phrase.replace(PRONOUN_SUBJECT, '');

/** A meeting no two people or sides are named for, of one body: "G7 meeting", else "Meeting". */
function bodyMeeting(input: HeadlineInput): string {
  const bodies = input.participants.filter((p) => p.type === 'organization');
  const body = bodies.length === 1 ? shortest([bodies[0]!.name, ...(bodies[0]!.aliases ?? [])]) : undefined;
  return body ? `${body} meeting` : 'Meeting';
}

/** A reporting verb alone ("tells reporters", "tells a news conference"), or with where or to whom ("speaks in Kyiv", "asked by reporters about …"), says nothing of what was said. */
const BARE_REPORTING = new RegExp(String.raw`^(?:tells?|told|telling|speaks?|spoke|speaking|asked\s+by)(?:\s+(?:to\s+|in\s+|at\s+)?(?:${AUDIENCE}|[\w/]+))?(?:\s+(?:about|on|at|in|aboard|after|before|following|during)\s+.+)?$`, 'i');
/** Words between a reporting verb and what was said: "in a statement", "in a statement issued", "on Friday", "on 10 February", "earlier Sunday", a count from a day told before ("the same day", "the next morning", "two days later"), "that". */
const SAID_WHEN = String.raw`(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|post|briefing|readout|interview)\s+(?:${FORM_PUT_OUT}\s+)?)?(?:${NEWS_RELATIVE_DAY},?\s+|(?:on|in|last|this|earlier|late|later)\s+[\w.]+(?:\s+(?:\d{1,2}(?:st|nd|rd|th)?|\p{Lu}\p{Ll}+))?,?\s+|(?:the\s+same|that)\s+day\s+|the\s+(?:next|following)\s+\w+\s+|\w+\s+(?:days?|weeks?)\s+later\s+)?`;
/** What follows "said" or "told reporters" in a sentence: the gist of a statement, after its verb. */
const SAID_THAT = new RegExp(
  String.raw`\b(${REPORTING_VERB.source}|(?:told|telling)\s+(?:[\w/]+\s+){0,2}?${AUDIENCE}|tells\s+[\w/]+):?\s+${SAID_WHEN}(?:that\s+)?(.{12,})$`,
  'u',
);
/** …or what comes before it: "Talks are frozen, Zelensky said on March 4", "… from 17:00, Foreign Secretary Vikram Misri told reporters", "“…,” she told a news conference in Lisbon on Tuesday". */
const THAT_SAID = new RegExp(
  String.raw`^(.{12,}?),[”"’]?\s+(?:[\w’'.-]+\s+){1,8}(said|says|told\s+${AUDIENCE}|wrote|added)(?:\s+(?:on|earlier|late|later)\s+[\w.]+(?:\s+\d{1,2})?|\s+(?:after|before|following|during|at|in|on)\s+(?:the\s+|a\s+|an\s+)?[\w’'-]+(?:\s+[\w’'-]+)?){0,3}(?:,\s.*)?$`,
  'u',
);
/** An aside between commas a sentence can do without, before its verb goes on ("…, headed by Rustem Umerov, will hold", "Vladimir Putin, Russia’s president, had"). */
const ASIDE = /,\s+(?:(?:who|which|whose)\s|\p{Ll}+ed\s+by\s|(?:the|an?)\s|\p{Lu}[\p{L}.-]*['’]s\s)[^,“”"]*,\s+(?=\p{Ll})/gu;
/**
 * The main clause a speaking scene sets ("Speaking to reporters aboard Air Force One, Trump
 * emphasized urgency", "Don Bacon, speaking at the council on February 25, framed the support as
 * …"): its verb and what follows are what was said, however short.
 */
const AFTER_SPEAKING = new RegExp(
  String.raw`(?:^(?:[Ss]peaking|[Tt]alking)\b[^,]*,\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}|^(?:[^,]*\s)?\p{Lu}[\p{L}.’'-]*(?:\s+\([^)]*\))?,\s+(?:speaking|talking)\b[^,]*,\s+)(\p{Ll}+ed)\s+(.+)$`,
  'u',
);
/** A judgement told in quoted words after its day ("welcomed on Saturday "a historic step", during …"): the verb and the words, nothing after them. */
const JUDGED_QUOTATION = new RegExp(String.raw`\b${JUDGED_IN_QUOTED_WORDS}\s+(?:on|late|earlier)\s+[\w.]+(?:\s+\d{1,2})?,?\s+(["“][^"“”]+["”]?)`, 'u');
const OPENING_TIME = /^(?:(?:this|that|on|last|earlier|later)\s+(?:morning|afternoon|evening|night|week|\p{Lu}\p{Ll}+)|today|yesterday),\s+/iu;
/** A title stays a line: the gist is cut to what is left of it after the speaker. */
const TITLE_CHARACTERS = 100;
/** Words that open a sentence and are never names: lower-cased when the sentence becomes a gist. */
const SENTENCE_OPENER = /^(?:The|A|An|This|That|These|Those|It|Its|There|Their|They|He|His|She|Her|We|Our|No)$/;
/** The phrase of a statement by a speaker who is no name (events/mention.ts phraseOf). */
const UNNAMED_SAYS = /\ssays$/;

/** The words of every person's or place's name the site knows ("Macron" of "Emmanuel Macron"), gathered once a site; a body's name holds common words ("Peace Council"). */
const wordsOfNames = oncePerObject(
  (names: NonNullable<HeadlineInput['names']>): ReadonlySet<string> => new Set([...names.values()].filter((e) => e.type !== 'organization').flatMap((e) => [e.name, ...e.aliases].flatMap((n) => n.split(/\s+/)))),
);

/**
 * A gist's capitalised first word is a name the article knows when a participant's name holds it,
 * or any name the site knows, when the next word is capitalised too ("Vladimir Putin"), or when the reports write it capitalised
 * inside a sentence; else it is a common word that only opened the sentence ("Peace efforts …").
 */
function knownName(words: readonly string[], input: HeadlineInput): boolean {
  const word = words[0]!.replace(/^[“"‘]+/, '').replace(/(?:['’]s)?[,:;”"’]*$/, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return true;
  if (/^\p{Lu}/u.test(words[1] ?? '')) return true;
  const names = input.participants.flatMap((p) => [p.name, ...(p.aliases ?? [])]);
  if (names.some((name) => name.split(/\s+/).includes(word))) return true;
  if (input.names && wordsOfNames(input.names).has(word)) return true;
  const inside = new RegExp(`[\\p{L}\\d,;:]\\s+[“"‘]?${RegExp.escape(word)}(?![\\p{L}])`, 'u');
  return [input.sentence ?? '', ...(input.evidence ?? [])].some((text) => inside.test(text));
}

/** What a statement said and its verb now ("says", "warns"), from the best sentence, its wire dateline left out; cut to fit beside a speaker of `room` characters. */
function gist(input: HeadlineInput, room: number): { verb: string; what: string } | undefined {
  const plain = input.sentence?.replace(WIRE_DATELINE, '').replace(/[.!?…"”’]+$/, '') ?? '';
  const before = THAT_SAID.exec(plain);
  const after = before ? undefined : SAID_THAT.exec(plain);
  const scene = before || after ? undefined : (AFTER_SPEAKING.exec(plain) ?? JUDGED_QUOTATION.exec(plain));
  const [told, all] = before ? [before[2]!, before[1]!] : after ? [after[1]!, after[2]!] : scene ? [scene[1]!, scene[2]!] : ['', ''];
  // "stressed the importance of air defence, saying the Baltic states would need …": a verb that says nothing and its noun; what was said follows the participle.
  const participle = EMPTY_SAYING_VERB.test(told) ? SAYING.exec(all) : null;
  const topicAlone = participle !== null && !/\bthat\b/.test(all.slice(0, participle.index)) && all.slice(0, participle.index).split(/\s+/).length <= 8;
  const [verb, said] = topicAlone ? [participle[1]!, all.slice(participle.index + participle[0].length)] : [told, all];
  // "This evening, the leaders … spoke": a time that opens the words is the report's, not the gist's.
  // A quotation in the speaker's own first person stays one ("says “Our stocks of shells will last until June”"), else "our" would be the title's.
  const ownWords = /^[“"‘]/.test(said) && FIRST_PERSON.test(said);
  const spoken = ownWords ? said : said.replace(/^[“"‘]|[”"’]$/g, '').replace(OPENING_TIME, '');
  // An aside between commas ("the delegation, headed by …, will hold"), and where a report within it was told ("had promised her in Vienna that"), go when the whole does not fit.
  const words = (spoken.length > TITLE_CHARACTERS - room ? spoken.replace(ASIDE, ' ').replace(TOLD_WHERE, '$1 ') : spoken).split(/\s+/).filter(Boolean);
  // Whether the first n words hold a verb, from one tagging of them all, made when first asked.
  let verbAt: number | undefined;
  const holdsVerb = (end: number): boolean => (verbAt ??= wordsBeforeVerb(words)) < end;
  if (scene && !topicAlone && words.length > 0) return { verb: presentOf(verb), what: wholePhrases(words, Math.max(40, TITLE_CHARACTERS - room), holdsVerb).kept.join(' ').replace(/[,;:–—-]+$/, '') };
  // "told reporters after the meeting": words with no verb say nothing of what was said, unless the verb's object is what was said ("announced 40 million crowns in new flood aid").
  if (words.length < 3 || !(holdsVerb(words.length) || SAID_AS_OBJECT.test(verb))) return undefined;
  // "says The fourth round …", "says Peace efforts …": a sentence's opening word is lower-cased after "says" unless it is a name.
  if (!ownWords && (SENTENCE_OPENER.test(words[0]!) || !knownName(words, input))) words[0] = words[0]!.toLowerCase();
  const { kept, whole } = wholePhrases(words, Math.max(40, TITLE_CHARACTERS - room), holdsVerb);
  const cut = kept.join(' ').replace(/[,;:–—-]+$/, '').replace(/[,;:]([”"’])$/, '$1');
  // A quotation the cut leaves open is closed ("put on “pause,” the Kremlin said" → "put on “pause”"),
  const curlyOpen = (cut.match(/“/g)?.length ?? 0) > (cut.match(/”/g)?.length ?? 0);
  // …and so is a straight one whose closing mark went with the sentence's full stop ("backed by "hard power."").
  const clause = curlyOpen ? `${cut}”` : (cut.match(/"/g)?.length ?? 0) % 2 === 1 ? `${cut}"` : cut;
  if (whole) return { verb: presentVerb(verb), what: clause };
  // No clause ends in reach: what the statement was on, its subject ("Badr Albusaidi on the fourth round of talks between …"), else the cut.
  const topic = subjectOf(kept, holdsVerb);
  return topic ? { verb: 'on', what: topic } : { verb: presentVerb(verb), what: `${clause} …` };
}

/**
 * The words of a gist that fit in `room` characters. A gist that is cut ends where a phrase ends,
 * before a preposition or a clause ("he had "sort of made a decision"", not "… about allowing
 * Ukraine access …"), so the title says a whole thing; only a gist with no such end in reach is
 * cut at a word, on one that carries meaning ("… access to" and "… will" say nothing yet).
 */
function wholePhrases(words: readonly string[], room: number, holdsVerb: (end: number) => boolean): { kept: string[]; whole: boolean } {
  const kept = [...words];
  while (kept.length > 3 && kept.join(' ').length > room) kept.pop();
  const bare = (word: string) => word.replace(/[^\p{L}]+$/u, '').replace(/^[“"‘]+/, '');
  // A sentence the article itself leaves unfinished ("… had covered Ukraine and") is cut like a long one;
  // one that hangs on a conjunction said a whole thing before it.
  if (kept.length === words.length && !UNFINISHED.test(bare(kept.at(-1)!))) return { kept, whole: true };
  if (kept.length === words.length && HANGING_CONJUNCTION.test(bare(kept.at(-1)!)) && saysSomething(words, kept.length - 1, holdsVerb)) return { kept: kept.slice(0, -1), whole: true };
  // A clause's end first ("… made a decision" | "about …", "… “has no cards” to play" | "and casting doubt …"), else a phrase's ("… salmon fisheries" | "along the coast").
  for (const opener of [PHRASE_OPENER, PREPOSITION]) {
    for (let end = Math.min(kept.length, words.length - 1); end > 3; end -= 1) {
      const next = words[end]!;
      const participleClause = /^(?:and|but)$/.test(next) && /\p{L}ing$/u.test(words[end + 1] ?? '');
      const phraseEnds = /[,;:]["”’]?$/.test(words[end - 1]!) || participleClause || (opener.test(bare(next)) && !/^[“"‘]/.test(next));
      // "… had told him" | "that the border would reopen": a telling cut from what it told says nothing.
      const toldCut = bare(next) === 'that' && TELLING_ENDS.test(words.slice(Math.max(0, end - 3), end).join(' '));
      if (phraseEnds && !toldCut && !DANGLING.test(bare(words[end - 1]!)) && saysSomething(words, end, holdsVerb)) return { kept: words.slice(0, end), whole: true };
    }
  }
  while (kept.length > 3 && DANGLING.test(bare(kept.at(-1)!))) kept.pop();
  return { kept, whole: false };
}

/**
 * A gist cut to its first `end` words says a whole thing: it leaves no quotation open, holds a verb
 * ("the fourth round of talks" is only a subject), and does not end on a word alone after a comma ("…, adding").
 */
function saysSomething(words: readonly string[], end: number, holdsVerb: (end: number) => boolean): boolean {
  const text = words.slice(0, end).join(' ');
  const quotesClosed = (text.match(/“/g)?.length ?? 0) === (text.match(/”/g)?.length ?? 0) && (text.match(/"/g)?.length ?? 0) % 2 === 0;
  return quotesClosed && !/,[”"’]?\s+\S+$/.test(text) && holdsVerb(end);
}

/** The words before a cut gist's first verb, when they make a subject of three words or more ("the fourth round of talks between Iran and the United States"); never a pronoun. */
function subjectOf(kept: readonly string[], holdsVerb: (end: number) => boolean): string | undefined {
  const bare = (word: string) => word.replace(/[^\p{L}]+$/u, '');
  let end = kept.length;
  while (end >= 3 && holdsVerb(end)) end -= 1;
  // A subject the line cut short ends before its last phrase ("… authorities of Meridia" | "and the northern").
  const cutShort = end === kept.length;
  while (cutShort && end > 3 && !/^(?:of|and|or|between|among|in|on|for|from|with|to|at)$/.test(bare(kept[end - 1]!))) end -= 1;
  while (end >= 3 && DANGLING.test(bare(kept[end - 1]!))) end -= 1;
  const subject = kept.slice(0, end).join(' ').replace(/[,;:]+$/, '');
  return end >= 3 && !/[“"]/.test(subject) ? subject : undefined;
}

/** A past verb in the present, as compromise conjugates it: "framed" → "frames", "emphasized" → "emphasizes". */
function presentOf(verb: string): string {
  return PRESENT_VERB.find(([past]) => past.test(verb))?.[1] ?? inPresent(`It ${verb} it`).split(' ')[1]!;
}

/** The verb a title gives what was "said", "told reporters", "warned" or told "saying": says, warns (headline-lexicon.ts). */
function presentVerb(verb: string): string {
  return SAYING_VERB[verb] ?? PRESENT_VERB.find(([past]) => past.test(verb))?.[1] ?? 'says';
}

/** What follows a speaker's head noun ("countries | in a coalition headed by …"). */
const AFTER_HEAD = /\s+(?:in|of|from|at|headed|led|with|who|which|that|says)\b/;

/** "More than two dozen countries … says" → "say": a speaker that is no name agrees with its head noun. */
function agreed(phrase: string): string {
  const head = phrase.split(AFTER_HEAD)[0]!.split(/\s+/).at(-1) ?? '';
  return PLURAL_NOUN.test(head) ? phrase.replace(/\bsays$/, 'say') : phrase;
}

/** A participle of telling ("…, telling reporters that …", "…, saying …") hangs from the sentence's subject: the first person it names speaks, not one named after ("Trump kept up his attacks on Zelenskyy, telling reporters …"). */
const TELLING = /,\s+(?:telling|saying)\b/;
function participleSpeaker(input: HeadlineInput): string | undefined {
  const sentence = input.sentence ?? '';
  const at = /^(?:telling|saying)\b/i.test(input.phrase.trim()) ? sentence.search(TELLING) : -1;
  if (at < 0 || !input.names) return undefined;
  const before = sentence.slice(0, at);
  let first: { at: number; name: string } | undefined;
  for (const entity of input.names.values()) {
    if (entity.type !== 'person') continue;
    for (const form of [entity.name, ...entity.aliases]) {
      const found = nextWholeWord(before, form);
      if (found >= 0 && (!first || found < first.at)) first = { at: found, name: entity.name };
    }
  }
  return first?.name;
}

/**
 * A speaker that is no name with what it said; when that would be cut, the speaker is shortened to
 * its head noun first ("More than two dozen countries in a coalition headed by France and Britain
 * say they stood ready to deploy …" → "More than two dozen countries say they stood ready to deploy a “reassurance force” to Ukraine").
 */
function unnamedSays(input: HeadlineInput, said: ReturnType<typeof gist>): string {
  const head = `${input.phrase.split(AFTER_HEAD)[0]!} says`;
  const shorter = said && said.verb !== 'on' && !said.what.endsWith('…') ? undefined : gist(input, head.length);
  const [phrase, what] = shorter && shorter.verb !== 'on' && !shorter.what.endsWith('…') ? [head, shorter] : [input.phrase, said];
  if (!what) return `${capitalise(agreed(phrase))} so`;
  return `${capitalise(what.verb === 'on' ? `${phrase.replace(UNNAMED_SAYS, '')} on` : agreed(phrase))} ${what.what}`;
}

export const statementHeadline: HeadlineRule = (input) => {
  // The speaker is the one the gist does not already name ("speaks alongside … Støre").
  // A person speaks for themselves; an institution ("the Kremlin") only when no person is named.
  const persons = input.participants.filter((p) => p.type === 'person');
  const names = persons.length > 0 ? persons : input.participants;
  const phrase = fold(input.phrase);
  const speaker = participleSpeaker(input) ?? (names.find((p) => !phrase.includes(fold(short(p)))) ?? names[0])?.name;
  // A speaker that is no name is in the phrase ("China's foreign ministry says").
  const unnamed = !speaker && UNNAMED_SAYS.test(input.phrase);
  const reporting = BARE_REPORTING.test(input.phrase.trim()) || input.phrase === '' || unnamed;
  // A phrase that is a noun alone after its speaker ("evening video address") names the occasion, not what was said ("calls for …" is a verb there);
  // a reporting verb's phrase ("told reporters") is none, and is not tagged to learn it.
  const occasion = !reporting && speaker !== undefined && !hasVerb(`${speaker} ${input.phrase}`);
  const said = reporting || occasion ? gist(input, (speaker ?? input.phrase).length) : undefined;
  if (speaker && said) return `${speaker} ${said.verb} ${said.what}`;
  if (unnamed) return unnamedSays(input, said);
  if (speaker && input.phrase === '') return `${speaker} makes a statement`;
  if (occasion) return inReportWords(`${speaker}’s ${input.phrase}`);
  return inReportWords(speaker ? `${speaker} ${input.phrase}` : capitalise(input.phrase));
};

/**
 * "Overnight Russian drone attack on Kyiv"; a phrase that is its attacker and verb alone ("Russia
 * bombarded", "Israel began striking") takes its target as the verb's: "Russia strikes Kyiv".
 */
export const strikeHeadline: HeadlineRule = (input) => {
  const attacker = ATTACKER_AND_VERB.exec(input.phrase)?.[1];
  // A state strikes; its aircraft or forces strike, and so do drones or rockets whoever's they are ("Drones struck", "Rockets hit").
  const strikes = attacker && ARMS_ATTACKER.test(attacker) ? verb(input, 'strike', 'strike') : verb(input, 'strikes', 'strike');
  // What the verb hit, as the sentence says it ("Israeli aircraft strike a residential building in Khan Younis").
  const sentence = (input.sentence ?? '').replace(WIRE_DATELINE, '');
  const at = attacker ? sentence.indexOf(input.phrase) : -1;
  const after = at >= 0 ? sentence.slice(at + input.phrase.length) : '';
  const target = STRUCK_TARGET.exec(after)?.[1];
  // The event's place where its sentence names it, or where it names nothing hit; a place from elsewhere (where the
  // report was filed) never stands for the target the sentence names ("ZELL - Artillery shelled the power station at Gorvik").
  const placeNamed = input.place !== null && fold(sentence).includes(fold(input.place.split(', ')[0]!));
  if (attacker && input.place && (placeNamed || !target)) return `${attacker} ${strikes} ${input.place}`;
  // A name that modifies what was hit goes on to it ("the Halden | oil terminal").
  const head = target ? headNounAfter(after.slice(after.indexOf(target) + target.length)) : '';
  if (target) return `${attacker} ${strikes} ${[target, head].filter(Boolean).join(' ')}`;
  return inReportWords(placed(capitalise(input.phrase || 'strikes'), input.place, 'on'));
};

/**
 * "Russia–Ukraine prisoner exchange": the two sides, whatever the report's wording; when the
 * gazetteer knows neither, the two the sentence names as the subject of its verb ("Velmora and
 * Tarvo handed each other 52 prisoners"). A verb of both sides ("handed each other") never takes
 * one of them alone for its subject: without both, the title is the exchange's.
 */
export const exchangeHeadline: HeadlineRule = (input) => {
  const states = parties(input);
  if (states.length >= 2) return `${states.slice(0, 2).join('–')} prisoner exchange`;
  const sentence = input.sentence?.replace(WIRE_DATELINE, '') ?? '';
  const at = input.phrase ? sentence.indexOf(input.phrase) : -1;
  // The subject ends where the phrase's verb begins: the phrase may open with the second side's name ("Tarvo handed …").
  const verbAt = at < 0 ? -1 : at + (/^(?:\p{Lu}[\p{L}’'-]*\s+)*/u.exec(input.phrase)?.[0].length ?? 0);
  const sides = verbAt >= 0 ? TWO_SIDES_BEFORE.exec(sentence.slice(0, verbAt)) : null;
  if (sides) return `${[sides[1]!, sides[2]!].sort((a, b) => compareStrings(fold(a), fold(b))).join('–')} prisoner exchange`;
  if (RECIPROCAL.test(input.phrase)) return 'Prisoner exchange';
  return inReportWords(capitalise(input.phrase || 'prisoner exchange'));
};

/** "Akazawa’s trip to Washington", "Lifting of sanctions on Syria" (headline-other.ts); else the phrase, with its place. */
export const otherHeadline: HeadlineRule = (input, triggers) => otherTitle(input, triggers) ?? inReportWords(placed(capitalise(input.phrase), input.place, 'at'));
