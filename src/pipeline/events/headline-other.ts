/**
 * An event of kind `other` named by one noun ("Trip", "Visit", "Sanctions") is titled by what its
 * best sentence says the noun is of: "Akazawa's trip to Washington", "Lynch's visit to New Delhi",
 * "Lifting of sanctions on Syria"; a phrase of more words is its own title, but for an agreement
 * told by its result, which its sides and what they agreed to name ("Serbia and Kosovo agree to
 * reopen the Jarinje border crossing", not "Agreement reached").
 */
import { shortName } from '../entities/person-names.ts';
import { WIRE_DATELINE } from './dateline.ts';
import { inPresent, type InReportWords, inReportWords } from './headline-form.ts';
import type { HeadlineInput } from './headline-rules.ts';
import { caseBlindIndexOf } from '../parse/case-blind.ts';
import { AGREED_ENDS, AGREED_TO, ANTECEDENT_NAME, ARRIVES, CAPTURE_PHRASE, CONCERNS, DANGLING, DECIDED_BY_VOTE, ENDS_OBJECT, GOES_TO, LEAVES_FROM, NOT_A_MODIFIER, OPENING_NAME, OWN, PLURAL_NOUN, PLURAL_TAKER, PROPER_NAME, RELATIVE_OPENER, NAMES_BEFORE_VERB, SIGNED_ACTIVE, SIGNED_BETWEEN, SIGNED_WITH, SIGNING_NOUN, TAKEN_BY, TAKEN_PLACE_KIND, TAKER_OPENER, TIME_NAME, TOPIC_AFTER, UNNAMED_SUBJECT, VOTE, VOTE_ON } from './headline-lexicon.ts';
import { principals } from './headline-people.ts';
import type { Trigger } from './kinds.ts';
import { AGREEMENT_WORD } from './lexicon.ts';
import { MOST_CHARACTERS, withoutOpeners } from './noun-titles.ts';
import { capitalise } from './phrase.ts';

/** The name a text opens with, without the full stop of its sentence ("Syria." but "the U.S."). */
const named = (text: string): string | undefined => PROPER_NAME.exec(text)?.[0].replace(/(?<!\.\p{L})\.$/u, '');

/** Whom or where the noun concerns, named after it ("… to Washington"); `undefined` when no name follows, or a day ("vote on Thursday"). */
function concerns(after: string): string | undefined {
  const joined = CONCERNS.exec(after);
  const name = joined ? named(after.slice(joined[0].length)) : undefined;
  return joined && name && !TIME_NAME.test(name) ? `${joined[0].trim()} ${name}` : undefined;
}

/**
 * The noun with what it concerns, as the sentence has it, with a word before it whole ("three-day
 * visit", not "day visit"; "Mavrou's trip", never "s trip"): a name's possessive before it is kept
 * as whose it is, a relative pronoun ("whose", "which") never opens it. A journey written as a verb
 * ("leaves for the US") is a trip to its goal.
 */
function widened(noun: string, sentence: string): { phrase: string; at: number; possessor?: string } | undefined {
  const word = noun.toLowerCase();
  const pattern = `(?:\\b(?:the\\s+)?(\\p{Ll}+)\\s+of\\s+)?(?<![\\p{L}’'-])(?:([\\p{L}.-]+)['’]s\\s+)?(?<![\\p{L}’'-])((?:(?!(?:${NOT_A_MODIFIER})\\s)\\p{Ll}[\\p{Ll}-]*\\s+)?${RegExp.escape(word)})\\b`;
  for (const m of sentence.matchAll(new RegExp(pattern, 'giu'))) {
    const tail = concerns(sentence.slice(m.index + m[0].length));
    // "the lifting of sanctions on Syria": the act done to the noun leads; only a name's possessive says whose ("the minister's" says no more than the title).
    const possessor = m[2] && /^\p{Lu}/u.test(m[2]) ? m[2] : undefined;
    if (tail) return { phrase: `${m[1] ? `${m[1]} of ` : ''}${m[3]!.toLowerCase()} ${tail}`, at: m.index, possessor };
  }
  const going = GOES_TO.exec(sentence);
  const goal = going ? named(sentence.slice(going.index + going[0].length)) : undefined;
  if (going && goal && (word === 'trip' || word === 'visit')) return { phrase: `${word} to ${goal}`, at: going.index };
  return word === 'trip' ? tripByItsOtherEnd(sentence) : undefined;
}

/** A trip told by where it set off from is the departure from there ("Trump’s departure from Kananaskis"); one told by its end with no place, the arrival. */
function tripByItsOtherEnd(sentence: string): { phrase: string; at: number } | undefined {
  const leaving = LEAVES_FROM.exec(sentence);
  const left = leaving ? named(sentence.slice(leaving.index + leaving[0].length)) : undefined;
  if (leaving && left) return { phrase: `departure from ${left}`, at: leaving.index };
  const arriving = ARRIVES.exec(sentence);
  return arriving ? { phrase: 'arrival', at: arriving.index } : undefined;
}

/**
 * Whose it is: the one person the event names, else the name a relative pronoun points back to
 * ("Ana Petrescu, whose resignation …"), else the sentence's opening name when "his" or "her"
 * points to it, or when the sentence opens with the one who goes.
 */
function owner(input: HeadlineInput, sentence: string, at: number): string | undefined {
  const people = input.participants.filter((p) => p.type === 'person');
  if (people.length === 1) return shortName(people[0]!);
  const before = sentence.slice(0, at);
  const antecedent = ANTECEDENT_NAME.exec(before)?.[1];
  if (antecedent) return antecedent.split(/\s+/).at(-1);
  const opening = OPENING_NAME.exec(sentence)?.[1];
  return opening && (OWN.test(before) || GOES_TO.test(sentence.slice(at, at + 40))) ? (opening.split(/\s+/).at(-1) ?? opening) : undefined;
}

/** A place and a colon that open a sentence the way some outlets file ("Brussels: EU finance ministers agreed …"). */
const PLACE_LEAD = /^\p{Lu}[\p{L}’' .-]{0,30}:\s+/u;
/** The noun of an agreement's event ("Agreement reached", "Deal signed"). */
const AGREEMENT_EVENT = new RegExp(String.raw`^${AGREEMENT_WORD}\b`, 'i');

/**
 * "Serbia and Kosovo agree to reopen the Jarinje border crossing": the subject of a sentence that
 * tells of an agreement reached, when it names someone, and what they agreed to, up to the clause
 * that follows; two of the event's people in it are named as every title names them (headline-people.ts).
 */
function agreedTitle(input: HeadlineInput, sentence: string): string | undefined {
  const found = input.status === 'occurred' && (AGREEMENT_EVENT.test(input.phrase) || VOTE.test(input.phrase)) ? AGREED_TO.exec(sentence.replace(PLACE_LEAD, '')) : null;
  if (!found || UNNAMED_SUBJECT.test(found.groups!.subject!)) return undefined;
  // A headline drops the article before a name ("The Latvian parliament" is "Latvian parliament"), and the words that only open the sentence ("On Tuesday | Union Pacific").
  const said = withoutOpeners(found.groups!.subject!);
  if (!said) return undefined;
  const people = input.participants.filter((p) => p.type === 'person' && said.includes(shortName(p)));
  const subject = people.length >= 2 ? principals(people, said).map((p) => shortName(p)).join(' and ') : said;
  // The head noun is the subject's before a phrase that follows it ("Lawmakers | in Bucharest"), a capital that only opens the sentence left out:
  // A word alone is a name ("Hamas agrees"), one a phrase follows a noun ("Lawmakers in Bucharest agree").
  const [before, ...after] = subject.split(/\s+(?:in|of|from|at|for)\s+/);
  const headWords = before!.split(/\s+/);
  const head = headWords.length === 1 && after.length > 0 ? headWords[0]!.toLowerCase() : headWords.at(-1)!;
  const verb = found.groups!.voted ? 'vote' : 'agree';
  const agree = /\sand\s/.test(subject) || PLURAL_NOUN.test(head) ? verb : `${verb}s`;
  const title = `${subject} ${agree} to ${found.groups!.what!.replace(AGREED_ENDS, '').trim()}`;
  return title.length <= MOST_CHARACTERS ? title : undefined;
}

/**
 * "Ruiz and Kral sign a trade agreement": a signing titled as other kinds' acts are, its signers,
 * its verb in the present and what they signed, when the sentence tells it in the active and names
 * its signers among the event's participants, before the verb or after "with" ("Ruiz signed a
 * trade agreement with Kral"). People are named as every title names them (headline-people.ts);
 * with none, the countries or bodies named. A passive names its signers after "between" ("A fisheries
 * agreement between Ruia and Kral was signed": SIGNED_BETWEEN); one with none, or signers the event does
 * not name ("The two ministers signed …"), keeps the noun's title ("Agreement signed in Riga").
 */
function signedTitle(input: HeadlineInput, sentence: string): string | undefined {
  if (input.status !== 'occurred') return undefined;
  const found = SIGNED_ACTIVE.exec(sentence);
  const between = found ? null : SIGNED_BETWEEN.exec(sentence);
  if (!found && !between) return undefined;
  const after = found ? sentence.slice(found.index + found[0].length) : '';
  const withWhom = SIGNED_WITH.exec(after)?.[0] ?? '';
  // A passive's sides after "between" are its signers, as the words before an active verb are ("… between Velmark and Estmark | was signed").
  const before = found ? sentence.slice(0, found.index) : `${between!.groups!.sides!} `;
  const text = found ? found.groups!.text! : between!.groups!.text!.replace(/^(?:An?|The)\b/, (article) => article.toLowerCase());
  const signers = `${before} ${withWhom}`;
  const people = input.participants.filter((p) => p.type === 'person' && signers.includes(shortName(p)));
  // With no person named, the sides as the sentence lists them before its verb ("Egypt and Ethiopia signed"), else those of the event it names.
  // A list cut short by a name that holds "and" ("Antigua and Barbuda, Saint Kitts and Nevis and …") leaves out a side the event names: the event's sides then.
  const sides = input.participants.filter((p) => signers.includes(p.name)).map((p) => p.name);
  const listed = NAMES_BEFORE_VERB.exec(before)?.[1];
  const whole = listed && !withWhom && sides.every((side) => listed.includes(side)) ? listed : undefined;
  const named = people.length > 0 ? principals(people, signers).map((p) => shortName(p)) : whole ? [whole] : sides;
  if (named.length === 0) return undefined;
  const several = named.length > 1 || /\sand\s/.test(named[0]!);
  const signed = `${named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`} ${several ? 'sign' : 'signs'} ${text}`;
  // What the document is about, when the line has room for it ("… sign a deal on the filling of the dam").
  const topic = topicAfter(after);
  const title = topic && signed.length + topic.length < MOST_CHARACTERS ? `${signed} ${topic}` : signed;
  return title.length <= MOST_CHARACTERS ? title : undefined;
}

/**
 * "M23 rebels take Goma": a capture titled as other kinds' acts are, its taker, "take" (or "retake"
 * for a place taken back) in the present and the place, when the sentence names the taker before
 * its verb ("The Varnian Army retook the port city of Lenna": "Varnian Army retakes Lenna").
 * A word for fighters alone is a taker too ("Rebels captured the town of Mavo": "Rebels take
 * Mavo", never "Rebels capture in Mavo"); a pronoun, a day ("On Monday") or a passive keeps the
 * capture's own title.
 */
function capturedTitle(input: HeadlineInput, sentence: string): string | undefined {
  const found = input.status === 'occurred' ? TAKEN_BY.exec(sentence) : null;
  if (!found) return undefined;
  // The words before the taker's name that only open the sentence ("On Monday | M23").
  const words = found.groups!.taker!.split(/\s+/);
  while (words.length > 1 && (TAKER_OPENER.test(words[0]!) || TIME_NAME.test(words[0]!))) words.shift();
  const taker = words.join(' ');
  if (UNNAMED_SUBJECT.test(taker) || TIME_NAME.test(taker)) return undefined;
  const what = found.groups!.what!;
  // The event's place where the object names it ("the port city of Lenna" is Lenna), else an object that is a place by its kind
  // ("the airport of Dorr"); a person or a thing seized ("Police seized Ivan Dorr") is no capture of a place.
  const place = input.place !== null && what.endsWith(input.place) ? input.place : TAKEN_PLACE_KIND.test(what) ? what : undefined;
  if (!place) return undefined;
  const back = /^(?:recaptured|retook)$/.test(found.groups!.verb!) ? 're' : '';
  const title = `${taker} ${back}${PLURAL_TAKER.test(taker) ? 'take' : 'takes'} ${place}`;
  return title.length <= MOST_CHARACTERS ? title : undefined;
}

/**
 * An agreement's title is written with its own verb; a noun's is the sentence's words ("Akazawa’s
 * planned visit to Washington"), or what its kind's trigger titles it by (Trigger.title: a rate
 * decision's bank and act, a quake as it struck). A phrase a relative clause gave ("whose resignation") is the noun it
 * owns: the pronoun is no title's subject.
 */
export function otherTitle(input: HeadlineInput, triggers: readonly Trigger[]): string | InReportWords | undefined {
  const sentence = input.sentence?.replace(WIRE_DATELINE, '') ?? '';
  const relative = RELATIVE_OPENER.exec(input.phrase.trim());
  const phrase = relative ? input.phrase.trim().slice(relative[0].length) : input.phrase;
  const signed = SIGNING_NOUN.test(phrase.trim()) ? signedTitle(input, sentence) : undefined;
  if (signed) return signed;
  const captured = CAPTURE_PHRASE.test(phrase.trim()) ? capturedTitle(input, sentence) : undefined;
  if (captured) return captured;
  if (VOTE.test(phrase)) return votedTitle(input, sentence);
  // The noun may come with the words the report put before it ("strong earthquake"): the noun is its last word.
  const nounTitle = triggers.find((trigger) => trigger.title && trigger.noun !== undefined && new RegExp(`(?:^|\\s)${RegExp.escape(trigger.noun)}$`, 'i').test(phrase.trim()))?.title;
  if (nounTitle) return nounTitle(sentence, input.participants);
  if (/\s/.test(phrase.trim())) return relative ? ownedPhrase(input, sentence, phrase.trim()) : agreedTitle(input, sentence);
  if (phrase === '') return undefined;
  const found = widened(phrase, sentence);
  if (!found) return relative ? ownedPhrase(input, sentence, phrase.trim()) : input.place ? undefined : topicTitle(phrase.trim(), sentence);
  const whose = found.possessor ?? owner(input, sentence, found.at);
  return inReportWords(whose ? `${whose}’s ${found.phrase}` : capitalise(found.phrase));
}

/** Most words of a topic a title carries: it stays a line. */
const TOPIC_WORDS = 8;

/**
 * A noun alone, with no name it concerns and no place, says nothing as a title ("Memorandum"): it is
 * titled by what its sentence says it is about, up to a place, a time or another clause ("Memorandum on
 * reopening their shared border crossings").
 */
function topicTitle(noun: string, sentence: string): InReportWords | undefined {
  const at = caseBlindIndexOf(sentence, noun);
  const topic = at < 0 ? undefined : topicAfter(sentence.slice(at + noun.length));
  return topic ? inReportWords(`${capitalise(noun)} ${topic}`) : undefined;
}

/** What the words after a noun say it is about ("on reopening their shared border crossings"), up to a place, a time or another clause; `undefined` when they say nothing. */
function topicAfter(rest: string): string | undefined {
  const topic = TOPIC_AFTER.exec(rest);
  const words: string[] = [];
  // The topic ends where a place, a time or another clause begins ("on water | in Tarsk", "trip | on Monday").
  for (const word of topic ? topic[2]!.trim().split(/\s+/) : []) {
    if (ENDS_OBJECT.test(word) || TIME_NAME.test(word) || words.length === TOPIC_WORDS) break;
    words.push(word);
  }
  while (words.length > 0 && DANGLING.test(words.at(-1)!)) words.pop();
  return words.length === 0 ? undefined : `${topic![1]} ${words.join(' ')}`;
}

/** A relative clause's noun phrase with whose it is, where the sentence says it ("Petrescu’s resignation"), else the noun phrase alone. */
function ownedPhrase(input: HeadlineInput, sentence: string, phrase: string): InReportWords {
  const at = caseBlindIndexOf(sentence, phrase);
  const whose = at >= 0 ? owner(input, sentence, at) : undefined;
  return inReportWords(whose ? `${whose}’s ${phrase}` : capitalise(phrase));
}

/**
 * A vote's title says what was voted: what its sides voted to do ("Latvian parliament votes to
 * extend the state of emergency …"), else what the vote was on ("Vote on the new language law"),
 * else what it decided ("Senate ratifies the extradition treaty with Mozambique" of "… after a
 * vote on Thursday afternoon"): never its day ("Vote on Thursday") or its count ("58 votes to").
 */
function votedTitle(input: HeadlineInput, sentence: string): string | undefined {
  const agreed = agreedTitle(input, sentence);
  if (agreed) return agreed;
  const on = VOTE_ON.exec(sentence)?.[1];
  if (on) return `Vote on ${on}`;
  const decided = DECIDED_BY_VOTE.exec(sentence)?.groups!.clause!;
  // The clause as a headline writes it: no article before its subject, no "also".
  return decided ? inPresent(decided.replace(/^The\s+/, '').replace(/\s+also\s+/, ' ')) : undefined;
}
