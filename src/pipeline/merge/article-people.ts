import type { CandidateEvent } from '../events/candidate.ts';
import { foldLetters } from '../parse/fold.ts';
import { happeningFamily } from './family.ts';

/**
 * A call or a gathering its sentences name no one at ("The first call was Monday night, Tokyo
 * time", "Yesterday, Friday, another call, shorter"; "The meeting ran past midnight", "Thursday's
 * session at the palace was the longer one"): a transcript, a commentary or a column names the
 * people around it, in the sentences before or after, often by surname only ("Takaichi asked for
 * it … Trump listened"), which names no one the name reader can be sure of. Merging may join such
 * a report to the one call or gathering of its day whose people its article names (ties.ts
 * `namedByItsArticle`). Only reports with no one taking part (a transcript's speaker tag may be
 * mentioned): the rest are tied by their own sentences. A happening told by its noun alone ("The
 * truce came into force at midnight", "a ceasefire agreed in Malaysia took effect at midnight")
 * keeps them too: two such reports of one day in two outlets are one happening when their articles
 * tell one story (`shareTheirStory`).
 */
function isNamelessReport(c: CandidateEvent): boolean {
  return c.participants.length === 0 && (c.kind === 'call' || c.kind === 'other' || happeningFamily(c) === 'gathering');
}

/**
 * Gives each nameless report of one article the people its article names by surname
 * (`namesIn`, from surnameReader), read once an article and only for an article that has one:
 * a report keeps these ids, never its article's text, which would cross to the other threads
 * with every report and stay until merging ends.
 */
export function keepPeopleArticleNames(candidates: CandidateEvent[], body: string, namesIn: (body: string) => string[]): void {
  let named: string[] | undefined;
  for (const c of candidates) if (isNamelessReport(c)) c.peopleArticleNames = named ??= namesIn(body);
}

/**
 * Which of `people` an article names by the last word of their id, the surname
 * ("sanae-takaichi": "Takaichi"; "donald-trump": "Trump"), as a whole word, letters folded as ids
 * fold them. Only as a name is written: a capitalised word ("Trump", "TRUMP"), for a surname that
 * is also a common word ("theresa-may", a "Young", "Rice", "White", "Long") is no name written
 * lower case ("talks may resume", "white smoke"); a word opening a sentence is capitalised
 * whatever it is ("Long talks ended", "White smoke rose"), so there it names the person only in an
 * article that never writes it lower case ("Takaichi asked for it … Trump listened").
 * A surname of word characters only (nearly all) is looked up among the article's words; any other
 * is matched as a pattern, as `\bSurname\b` reads it. `people` are every person a report names:
 * a cluster's people are among them.
 */
export function surnameReader(people: Iterable<string>): (body: string) => string[] {
  const bySurname = new Map<string, string[]>();
  const patterned: [person: string, pattern: RegExp][] = [];
  for (const person of people) {
    const surname = person.split('-').at(-1)!;
    if (/^\w+$/.test(surname)) {
      const key = surname.toLowerCase();
      const same = bySurname.get(key);
      if (same) same.push(person);
      else bySurname.set(key, [person]);
    } else patterned.push([person, new RegExp(String.raw`\b${RegExp.escape(surname)}\b`, 'gi')]);
  }
  return (body) => {
    const folded = foldLetters(body);
    const asAName = (word: string, at: number): boolean => isCapitalised(word) && (!opensASentence(folded, at) || !writtenLowerCase(folded, word));
    const named = new Set<string>();
    // Only a capitalised word can be a name (asAName): a body's other words are never looked up.
    for (const { 0: word, index } of folded.matchAll(CAPITALISED_WORD)) {
      const same = bySurname.get(word.toLowerCase());
      if (same && asAName(word, index)) for (const person of same) named.add(person);
    }
    for (const [person, pattern] of patterned) for (const { 0: word, index } of folded.matchAll(pattern)) if (asAName(word, index)) named.add(person);
    return [...named];
  };
}

/** A whole word (`\w+`, as `\b` reads words) whose first letter is a capital. */
const CAPITALISED_WORD = /\b[A-Z]\w*/g;

/** Whether `text` writes `word` lower case as a whole word ("young" for "Young"): found where it is written, not by a set of every word of the body. */
function writtenLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (let at = text.indexOf(lower); at !== -1; at = text.indexOf(lower, at + 1)) if (!isWordCharacter(text, at - 1) && !isWordCharacter(text, at + lower.length)) return true;
  return false;
}

/** Whether the character at `at` is one `\w` reads (ASCII letters, digits, "_"); none before the text or after it. */
const isWordCharacter = (text: string, at: number): boolean => at >= 0 && at < text.length && /\w/.test(text[at]!);

/** A word written with a capital first letter. */
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Whether the word at `at` opens the text, a line or a sentence (after ".", "?" or "!"; spaces, quotes and brackets aside). */
function opensASentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"'“‘(\[]/u.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i -= 1;
  }
  return i < 0 || (/[.!?]/.test(text[i]!) && i < at - 1);
}

/**
 * Whether two nameless reports' articles name two people or more in common, if only by surname:
 * whole articles tell a happening by its noun ("The truce came into force at midnight local
 * time.") once their other sentences have named who made it, and two outlets naming the same
 * people around one noun of one day tell one story; a president named in every story is one name,
 * not two, and another war's truce of that day is told among other people.
 */
export function shareTheirStory(a: CandidateEvent, b: CandidateEvent): boolean {
  const ours = a.peopleArticleNames;
  const theirs = b.peopleArticleNames;
  if (ours === undefined || theirs === undefined || a.article === b.article) return false;
  let common = 0;
  for (const person of ours) if (theirs.includes(person) && ++common >= 2) return true;
  return false;
}

/** Whether a nameless report's article names a person by surname (keepPeopleArticleNames). */
export function articleNamesSurname(report: CandidateEvent, person: string): boolean {
  return report.peopleArticleNames?.includes(person) ?? false;
}
