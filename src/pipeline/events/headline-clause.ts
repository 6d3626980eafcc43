/**
 * A title told by the clause of one actor, where the report's phrase stops at its verb ("Mayor Tom
 * Reddy welcomed", "sat down", "speak") or is told in the first person, as a written answer or a
 * ministry's readout is ("I held discussions with my Velsland counterpart in Brussels"). The title
 * is the actor, the verb in a headline's tense, and what the verb takes as its sentence goes on:
 * "Mayor Tom Reddy welcomes a trade delegation from the Polish port of Gdynia", "Pell sits down
 * with fishermen", "Prime minister to speak with the Estmark president", "Roper holds discussions
 * with Velsland counterpart in Brussels".
 */
import nlp from 'compromise';
import { caseBlindIndexOf } from '../parse/case-blind.ts';
import { taggedPhrase } from '../parse/tagged-terms.ts';
import { WIRE_DATELINE } from './dateline.ts';
import { ADVERB, COUNT_OF, COUNTED_TIME_OPENS, DANGLING, ENDS_OBJECT, FIRST_PERSON_OPENING, OBJECT_PRONOUN, OF_BEFORE_SUBJECT, OWN_FIRST_PERSON, PLURAL_NOUN, PRONOUN_ACTOR, SUBJECT_BEFORE_PLAN } from './headline-lexicon.ts';
import { capitalise } from './phrase.ts';

/** Tags no word of a subject has: a verb, a negation or an adverb before the verb makes the phrase a clause of more than one actor's verb. */
const NOT_IN_SUBJECT = ['Verb', 'Auxiliary', 'Modal', 'Negative', 'Adverb'];
/** How many words a verb's object is carried on by at most: a title stays a line. */
const OBJECT_WORDS = 10;

/** A phrase cut as a clause: its subject as written ("" when it has none), its verb and the particle or preposition after it ("sat down", "spoke to"), what follows them, and whether the subject is the first person. */
interface Cut {
  subject: string;
  verb: string;
  after: string;
  rest: string;
  firstPerson: boolean;
}

/**
 * The clause a phrase holds when it is one actor's: told in the first person ("I visited", "We held
 * talks with …"), or ending on its verb, a particle or a preposition after it allowed ("Minister
 * received", "sat down", "spoke to"). Undefined for any other phrase ("talks in Geneva", "They met in Kampala").
 */
function cutOf(phrase: string): Cut | undefined {
  const opening = FIRST_PERSON_OPENING.exec(phrase);
  if (opening) {
    const [verb = '', ...rest] = phrase.slice(opening[0].length).split(/\s+/);
    return { subject: '', verb, after: '', rest: rest.join(' ').replace(OWN_FIRST_PERSON, ''), firstPerson: true };
  }
  const terms = taggedPhrase(phrase)[0] ?? [];
  const last = terms.at(-1);
  if (!last) return undefined;
  // "sat down", "spoke to": the verb is the word before its particle or preposition.
  const trailing = last.tags.has('Particle') || /^(?:to|with)$/i.test(last.text) ? 1 : 0;
  const verb = terms.at(-1 - trailing);
  if (!verb?.tags.has('Verb') || verb.tags.has('Auxiliary') || verb.tags.has('Copula') || verb.tags.has('Modal')) return undefined;
  // A subject is a noun phrase: "They did not meet" holds a verb before its own and is no one actor's clause.
  const subjectTerms = terms.slice(0, terms.length - 1 - trailing);
  if (subjectTerms.some((t) => NOT_IN_SUBJECT.some((tag) => t.tags.has(tag)))) return undefined;
  return { subject: phrase.slice(0, verb.at).trim(), verb: verb.text, after: trailing ? last.text : '', rest: '', firstPerson: false };
}

/**
 * What the verb takes, as its sentence goes on after the phrase ("welcomed | a trade delegation
 * from the Polish port of Gdynia | at the town hall on Monday"): the words up to a mark, a time, a
 * place's preposition or another clause, ten at most, never ending on a word that leaves it hanging.
 */
export function objectAfter(phrase: string, sentence: string): string {
  const at = caseBlindIndexOf(sentence, phrase);
  if (at < 0) return '';
  const words = sentence.slice(at + phrase.length).trim().split(/\s+/);
  const kept: string[] = [];
  for (const [i, word] of words.entries()) {
    const bare = word.replace(/[,;:.!?)”"’]+$/u, '');
    // "met them privately" ends on the adverb; "the newly appointed ambassador" goes on through it.
    const adverbEnds = ADVERB.test(bare) && !DANGLING.test(kept.at(-1) ?? '');
    if (bare === '' || ENDS_OBJECT.test(bare) || adverbEnds || kept.length === OBJECT_WORDS || COUNTED_TIME_OPENS.test(words.slice(i, i + 4).join(' '))) break;
    kept.push(bare);
    if (bare !== word) break;
  }
  while (kept.length > 0 && DANGLING.test(kept.at(-1)!)) kept.pop();
  // "to see him", "met them": a pronoun says no more than the verb alone.
  return kept.length === 1 && OBJECT_PRONOUN.test(kept[0]!) ? '' : kept.join(' ');
}

/** A verb as a headline has it: "to speak" of a plan, else the present with its subject ("sits", "negotiate"). */
function verbNow(verb: string, plural: boolean, planned: boolean): string {
  const clause = nlp(`${plural ? 'They' : 'It'} ${verb.toLowerCase()} it`).verbs() as unknown as { toInfinitive(): { text(): string }; toPresentTense(): { text(): string } };
  const now = planned ? `to ${clause.toInfinitive().text()}` : clause.toPresentTense().text();
  return now === '' || /\s/.test(now.replace(/^to\s/, '')) ? verb : now;
}

/**
 * Whether the verb of a subject agrees with a plural: its head's, the noun before its "of" ("Brief meeting of coalition leaders
 * breaks up", "Leaders of the bloc meet"), but for a head that counts what follows ("A number of workers strike").
 */
function pluralHead(subject: string): boolean {
  const [before, ...after] = subject.split(/\s+of\s+/u);
  const head = after.length > 0 && !COUNT_OF.test(before!.split(/\s+/).at(-1)!) ? before! : subject;
  return / and /.test(head) || PLURAL_NOUN.test(head.split(/\s+/).at(-1)!);
}

/**
 * The title of a one-actor clause, or undefined when the phrase is none or no actor is known. The
 * actor is the phrase's own subject ("Mayor Tom Reddy"); for a first person or a phrase with no
 * subject or a pronoun for one, the event's one person (`person`) where the sentence names them before the verb, else the subject the sentence
 * gives a plan before the phrase ("The prime minister is expected to | speak"). A verb needs what
 * it takes, but for a subject of several that acts together ("Five riparian states negotiate").
 */
export function actorClause(phrase: string, sentence: string | undefined, person: string | undefined, planned: boolean): string | undefined {
  const trimmed = phrase.trim();
  const cut = trimmed === '' ? undefined : cutOf(trimmed);
  if (!cut || cut.verb === '') return undefined;
  const plain = sentence?.replace(WIRE_DATELINE, '') ?? '';
  // The event's person acts only when named before the verb: one named after it is whom the verb took ("received the Ambassador of Japan, Kenji Mori").
  const before = plain.slice(0, Math.max(0, caseBlindIndexOf(plain, trimmed)));
  // A name the sentence writes after "of" is the tail of a longer subject ("Head of | State granted",
  // "President Aurelio Vance of | Santa Ines met"): a country or a word of an office, never the actor
  // ("Water ministers of the | five riparian states negotiated" is theirs: no name).
  const tail = /^\p{Lu}/u.test(cut.subject) && OF_BEFORE_SUBJECT.test(before);
  const own = cut.subject !== '' && !PRONOUN_ACTOR.test(cut.subject) && !tail ? cut.subject.replace(/^the\s+/i, '') : undefined;
  const planSubject = cut.subject === '' ? SUBJECT_BEFORE_PLAN.exec(before)?.[1] : undefined;
  const actor = own ?? (person && before.includes(person) ? person : undefined) ?? (planSubject && !PRONOUN_ACTOR.test(planSubject) ? planSubject : undefined);
  if (!actor) return undefined;
  const object = cut.rest === '' ? objectAfter(trimmed, plain) : '';
  const plural = / and /.test(actor) || PLURAL_NOUN.test(actor.split(/\s+/).at(-1)!);
  if (object === '' && cut.rest === '' && !(own && plural)) return undefined;
  return [capitalise(actor), verbNow(cut.verb, pluralHead(actor), planned), cut.after, cut.rest, object].filter(Boolean).join(' ');
}
