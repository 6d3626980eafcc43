/**
 * The form every title takes, whatever rule wrote it: a headline in the present ("Russia launches
 * airstrikes on Ukraine", not the report's "Russia launched …"), and a side the report lists
 * whole ("Counter-proposal from the UK, France and Germany", not the first of the three).
 */
import nlp from 'compromise';
import { CALENDAR_NAME } from '../dates/lexicon/calendar.ts';
import { caseBlindIndexOf } from '../parse/case-blind.ts';
import { taggedPhrase } from '../parse/tagged-terms.ts';
import { wholeWordsAt } from '../parse/whole-word.ts';
import { ENDS_NOUN_PHRASE, OF_NAME_END, ORDINAL } from './headline-lexicon.ts';

/** A name, "the" before it allowed ("the UK", "Germany", "South Korea"). */
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*`;
/**
 * The rest of a list of names after its first: ", France, and Germany", " and Japan". A comma before "and" belongs to a list of three or more:
 * after the first name alone it opens another clause ("fined Vela Mining, and the Kessel Council suspended …").
 */
const REST_OF_LIST = new RegExp(String.raw`^(?:(?:,\s+${NAME})+,?)?\s+and\s+${NAME}`, 'u');

/**
 * A phrase that ends on the first name of a list the sentence goes on with takes the whole list
 * ("from the UK" of "from the UK, France, and Germany"): a side of several is never one of them.
 */
export function withListedNames(phrase: string, sentence: string | undefined): string {
  const last = phrase.trim().split(/\s+/).at(-1) ?? '';
  if (!sentence || !/^\p{Lu}/u.test(last)) return phrase;
  const at = caseBlindIndexOf(sentence, phrase.trim());
  if (at < 0) return phrase;
  const rest = REST_OF_LIST.exec(sentence.slice(at + phrase.trim().length))?.[0];
  return rest ? `${phrase.trim()}${rest.replace(/,\s+and\s+/, ' and ')}` : phrase;
}

/** The run of capitalised words a title ends on ("at the Belem", "in Palazzo"), a name or the start of one. */
const NAME_AT_END = /(?<![\p{L}.’'-])\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*$/u;
/** The capitalised words a name goes on with in its sentence ("Belem | Palace", "Palazzo | Civico"), no day or month, no possessive. */
const NAME_GOES_ON = new RegExp(String.raw`^(?:\s+(?!(?:${CALENDAR_NAME})(?![\p{L}]))\p{Lu}[\p{L}’'-]*(?<![’']s)(?![\p{L}’'-]))+`, 'u');

/**
 * A title that ends on a name cut short takes the rest of it from its sentence ("… at the Belem" of
 * "at the Belem Palace", "Working dinner in Palazzo" of "at the Palazzo Civico"): a place or a
 * venue is never the first word of its name.
 */
export function withWholeName(title: string, sentence: string | undefined): string {
  const end = NAME_AT_END.exec(title)?.[0];
  if (!sentence || !end) return title;
  for (const at of wholeWordsAt(sentence, end)) {
    const rest = NAME_GOES_ON.exec(sentence.slice(at + end.length))?.[0];
    if (rest) return `${title}${rest.replace(/\s+/g, ' ')}`;
  }
  return title;
}

/** The word after a phrase in its sentence, and whether a mark ends the phrase there ("leaders," ends it). */
const NEXT_WORD = /^\s+(\p{Ll}[\p{Ll}-]*)([,;:.!?]?)(?=\s|$)/u;
/** How many words a phrase is carried on by to reach its head noun. */
const HEAD_NOUN_WORDS = 2;

/**
 * A phrase cut before its head noun is carried on to it from its sentence: one with an ordinal
 * ("22nd sanctions" of "its 22nd sanctions package on Wednesday") or ending on a name after "of"
 * ("summit of Alpine" of "summit of Alpine leaders"), by the nouns that follow it, up to a
 * preposition, a time, a verb or a mark. Without an ordinal or such a name a phrase is whole: "talks resume" is a clause.
 */
export function withWholeNoun(phrase: string, sentence: string | undefined): string {
  const trimmed = phrase.trim();
  if (!sentence || trimmed === '' || !(OF_NAME_END.test(trimmed) || trimmed.split(/\s+/).some((w) => ORDINAL.test(w.toLowerCase())))) return phrase;
  const at = caseBlindIndexOf(sentence, trimmed);
  if (at < 0) return phrase;
  const added = headNounAfter(sentence.slice(at + trimmed.length));
  return added !== '' ? `${trimmed} ${added}` : phrase;
}

/**
 * The nouns a sentence goes on by after a name that modifies them ("the Halden | oil terminal",
 * "the Lake Varn | peace accord"), up to a preposition, a time, a verb or a mark; "" when none.
 */
export function headNounAfter(rest: string): string {
  const added: string[] = [];
  for (let m = NEXT_WORD.exec(rest); m && added.length < HEAD_NOUN_WORDS && !ENDS_NOUN_PHRASE.test(m[1]!) && !isVerb(m[1]!); m = NEXT_WORD.exec(rest)) {
    added.push(m[1]!);
    if (m[2]) break;
    rest = rest.slice(m[0].length);
  }
  return added.join(' ');
}

/**
 * A title that opens with the report's own words, verb and all ("Russia launched airstrikes on
 * Ukraine", "Trump called for …"): only such a title is put in the present (inPresent). A rule's
 * title as a plain string has the verb the rule wrote ("X says …", "Russia strikes Kyiv"), a
 * headline's already; tagging it again would cost a tagging per title and could put
 * a speaker's own past participle into the present ("Officials briefed on the talks say" became "Officials brief …").
 */
export interface InReportWords {
  readonly reportWords: string;
}
export const inReportWords = (reportWords: string): InReportWords => ({ reportWords });

/**
 * A title whose opening verb is in the past ("Russia launched airstrikes on Ukraine") takes the
 * present, as headlines do; only the verb that follows the title's opening words, with an object
 * after it: "Talks postponed" and what a statement's speaker "says" he did are left as written.
 * Given the report's `sentence`, a subject and verb it does not write together ("Agreement signed
 * in Riga" of "an agreement was signed in Riga", or of "the ministers signed an agreement") are a
 * headline's passive, kept passive: the agreement signs nothing.
 */
export function inPresent(title: string, sentence?: string, names: readonly string[] = []): string {
  if (!mayHoldPastTense(title)) return title;
  const terms = taggedPhrase(title)[0];
  if (!terms) return title;
  const verbAt = terms.findIndex((t) => t.tags.has('Verb'));
  const verb = terms[verbAt];
  // The verb of the title's subject: after a noun, with no preposition before it ("Virtual meeting of allied nations" has none).
  const subject = terms.slice(0, verbAt);
  if (!verb || subject.length === 0 || verbAt === terms.length - 1 || !verb.tags.has('PastTense')) return title;
  if (subject.some((t) => t.tags.has('Preposition')) || !subject.at(-1)!.tags.has('Noun')) return title;
  if (sentence !== undefined && !sentence.replace(/\s+/g, ' ').toLowerCase().includes(`${subject.at(-1)!.text} ${verb.text}`.toLowerCase())) return title;
  // "Plan made public": a participle before an adjective is no verb of the title's.
  if (['Adjective', 'Adverb'].some((tag) => terms[verbAt + 1]!.tags.has(tag))) return title;
  // The subject decides the form: "Russia launches", "Azerbaijani forces shell".
  const clause = nlp(terms.slice(0, verbAt + 1).map((t) => t.text).join(' ')).verbs().last() as unknown as Conjugated;
  const done = clause.text();
  const present = oneDoer(subject, names) ? (singularPresent(done) ?? clause.toPresentTense().text()) : clause.toPresentTense().text();
  if (!present || present === done || /\s/.test(present)) return title;
  return title.replace(new RegExp(`(?<![\\p{L}])${RegExp.escape(done)}(?![\\p{L}])`, 'u'), present);
}

/** compromise's own knowledge of past forms: its lexicon's and its ambiguous words' ("read", "set"), and the endings it tags past. */
const COMPROMISE = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string> }; two: { switches: Record<string, string>; suffixPatterns: (Record<string, string> | undefined)[] } } }).model;
const PAST_FORMS = new Set(
  [...Object.entries(COMPROMISE.one.lexicon), ...Object.entries(COMPROMISE.two.switches)].filter(([, tags]) => tags.includes('PastTense')).map(([word]) => word),
);
const PAST_ENDINGS = new RegExp(
  `(?:ed|${COMPROMISE.two.suffixPatterns.flatMap((patterns) => Object.entries(patterns ?? {}).filter(([, tag]) => tag === 'PastTense').map(([ending]) => ending)).join('|')})$`,
);

/** Tags compromise's lexicon gives a word that is a verb or a function word, never a noun. */
const NOT_NOUN_TAGS = /Infinitive|PresentTense|PastTense|Copula|Modal|Adverb|Preposition|Determiner|Conjunction|Pronoun|Auxiliary/;
/** Whether compromise's lexicon knows a word only as a verb or a function word ("continue", "begins"), not also as a noun ("package", "accord"). */
function isVerb(word: string): boolean {
  const tags = COMPROMISE.one.lexicon[word];
  const switched = COMPROMISE.two.switches[word];
  return tags !== undefined && NOT_NOUN_TAGS.test(String(tags)) && !(switched ?? '').includes('Noun');
}

/**
 * Whether compromise could tag a word of the title as a past verb: a past form it knows, a word
 * with a past ending, or a lower-case word it does not know. Tagging a title is the costly step,
 * and most titles ("Talks in Geneva", "Meridia–Velm call") hold no such word; a name inside a
 * title (capitalised, after its first word) is no verb.
 */
function mayHoldPastTense(title: string): boolean {
  return title.split(/\s+/).some((word, at) => {
    const bare = word.toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '').replace(/['’]s$/, '');
    if (bare === '') return false;
    if (PAST_FORMS.has(bare) || PAST_ENDINGS.test(bare)) return true;
    const known = Object.hasOwn(COMPROMISE.one.lexicon, bare) || Object.hasOwn(COMPROMISE.two.switches, bare);
    return !known && (at === 0 || !/^\p{Lu}/u.test(word));
  });
}

/** compromise's verb phrase, as its verbs plugin gives it (the package's types leave the plugin's methods out). */
/**
 * Whether a title's subject is one doer, whatever compromise reads of its first word: a head noun it tags singular ("eOrbis 17 range
 * went on sale", where it read "eOrbis" as a plural and wrote "go"), or a name of one of the event's people ending in "s" ("Wilders
 * presented a plan", "Vandeurs"), never a list ("Kessel and Lind").
 */
function oneDoer(subject: readonly { text: string; tags: ReadonlySet<string> }[], names: readonly string[]): boolean {
  const head = subject.at(-1)!;
  if (subject.some((t) => t.tags.has('Conjunction'))) return false;
  return head.tags.has('Singular') || names.some((name) => name === head.text || name.endsWith(` ${head.text}`));
}

/** A verb's present for one doer ("went": "goes", "presented": "presents"); none for more than one word. */
function singularPresent(done: string): string | undefined {
  if (/\s/.test(done)) return undefined;
  return (nlp(done).verbs().conjugate() as { PresentTense?: string }[])[0]?.PresentTense;
}

interface Conjugated {
  text(): string;
  toPresentTense(): { text(): string };
}

/** Words that hold a verb, as compromise tags them ("the UAE was seen", not "the fourth round of talks"). */
export function hasVerb(text: string): boolean {
  return taggedPhrase(text).some((terms) => terms.some((t) => t.tags.has('Verb')));
}

/**
 * How many of `words` come before the first that compromise tags as a verb, the words tagged
 * whole (`words.length` when none is): the first n words hold a verb when n is more. One tagging
 * answers for every shorter run of them, where tagging each run would cost one per run.
 */
export function wordsBeforeVerb(words: readonly string[]): number {
  const verb = taggedPhrase(words.join(' '))
    .flat()
    .find((t) => t.tags.has('Verb'));
  if (!verb) return words.length;
  let end = 0;
  return words.findIndex((word) => (end += word.length + 1) > verb.at);
}
