/**
 * The form every title takes, whatever rule wrote it: a headline in the present ("Russia launches
 * airstrikes on Ukraine", not the report's "Russia launched …"), and a side the report lists
 * whole ("Counter-proposal from the UK, France and Germany", not the first of the three).
 */
import nlp from 'compromise';

/** A name, "the" before it allowed ("the UK", "Germany", "South Korea"). */
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*`;
/** The rest of a list of names after its first: ", France, and Germany", " and Japan". */
const REST_OF_LIST = new RegExp(String.raw`^(?:,\s+${NAME})*,?\s+and\s+${NAME}`, 'u');

/**
 * A phrase that ends on the first name of a list the sentence goes on with takes the whole list
 * ("from the UK" of "from the UK, France, and Germany"): a side of several is never one of them.
 */
export function withListedNames(phrase: string, sentence: string | undefined): string {
  const last = phrase.trim().split(/\s+/).at(-1) ?? '';
  if (!sentence || !/^\p{Lu}/u.test(last)) return phrase;
  const at = sentence.toLowerCase().indexOf(phrase.trim().toLowerCase());
  if (at < 0) return phrase;
  const rest = REST_OF_LIST.exec(sentence.slice(at + phrase.trim().length))?.[0];
  return rest ? `${phrase.trim()}${rest.replace(/,\s+and\s+/, ' and ')}` : phrase;
}

/**
 * A title whose opening verb is in the past ("Russia launched airstrikes on Ukraine") takes the
 * present, as headlines do; only the verb that follows the title's opening words, with an object
 * after it: "Talks postponed" and what a statement's speaker "says" he did are left as written.
 */
export function inPresent(title: string): string {
  const terms = nlp(title).json({ terms: { tags: true } })[0]?.terms as { text: string; tags: string[] }[] | undefined;
  if (!terms) return title;
  const verbAt = terms.findIndex((t) => t.tags.includes('Verb'));
  const verb = terms[verbAt];
  // The verb of the title's subject: after a noun, with no preposition before it ("Virtual meeting of allied nations" has none).
  const subject = terms.slice(0, verbAt);
  if (!verb || subject.length === 0 || verbAt === terms.length - 1 || !verb.tags.includes('PastTense')) return title;
  if (subject.some((t) => t.tags.includes('Preposition')) || !subject.at(-1)!.tags.includes('Noun')) return title;
  // "Plan made public": a participle before an adjective is no verb of the title's.
  if (['Adjective', 'Adverb'].some((tag) => terms[verbAt + 1]!.tags.includes(tag))) return title;
  // The subject decides the form: "Russia launches", "Azerbaijani forces shell".
  const clause = nlp(terms.slice(0, verbAt + 1).map((t) => t.text).join(' ')).verbs().last() as unknown as Conjugated;
  const done = clause.text();
  const present = clause.toPresentTense().text();
  if (!present || present === done || /\s/.test(present)) return title;
  return title.replace(new RegExp(`(?<![\\p{L}])${RegExp.escape(done)}(?![\\p{L}])`, 'u'), present);
}

/** compromise's verb phrase, as its verbs plugin gives it (the package's types leave the plugin's methods out). */
interface Conjugated {
  text(): string;
  toPresentTense(): { text(): string };
}

/** Words that hold a verb, as compromise reads them ("the UAE was seen", not "the fourth round of talks"). */
export function hasVerb(text: string): boolean {
  return (nlp(text) as unknown as { verbs(): { length: number } }).verbs().length > 0;
}
