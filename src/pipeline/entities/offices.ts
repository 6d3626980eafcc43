import { OFFICE_AFTER_NAME, OFFICE_BEFORE_NAME, OFFICE_WORD, STATE_OFFICE_NOUN } from './lexicon.ts';
import { countryOfDemonym, findCountry } from './places.ts';

/** A word before an office that says when it was held: "Former Colombian President". */
const FORMERLY = /^(?:former|outgoing|acting|interim|incoming)$/i;
/** Words an office may open with that are no part of it: an article, a form of address. */
const NOT_OFFICE_START = /^(?:the|a|an|of|mr\.?|mrs\.?|ms\.?|dr\.?)$/i;

/**
 * The office a sentence writes with a person's name, as written: before it ("French President
 * Emmanuel Macron" → "French President", "Former Colombian President …", "U.S. special envoy …")
 * or in an apposition after it ("Sergei Volkov, Russia's foreign minister," → "Russia's foreign
 * minister"). Titles rank people by it (heads of state and government first).
 */
export function officeWritten(text: string, name: { start: number; end: number }): string | undefined {
  const before = OFFICE_BEFORE_NAME.exec(text.slice(Math.max(0, name.start - 60), name.start))?.[1];
  const office = before ?? OFFICE_AFTER_NAME.exec(text.slice(name.end, name.end + 80))?.[1];
  if (!office) return undefined;
  const words = office.split(/\s+/);
  while (words.length > 1 && NOT_OFFICE_START.test(words[0]!)) words.shift();
  // Of two capitalised words before the office only a pair that names a side is its side ("South Korean", not "Monday Finnish"),
  // or a side and a portfolio ("Polish Climate Minister").
  const [first, second] = words;
  const sideAlone = countryOfDemonym(first!) ?? findCountry(first!.replace(/['’]s$/, ''));
  if (words.length > 2 && !FORMERLY.test(first!) && !sideAlone && /^\p{Lu}/u.test(second!) && !OFFICE_WORD.test(second!) && !countryOfDemonym(`${first} ${second}`) && !findCountry(`${first} ${second}`.replace(/['’]s$/, ''))) words.shift();
  return NOT_OFFICE_START.test(words[0]!) ? undefined : words.join(' ');
}

/** The office a sentence writes with a person's name (officeWritten) when it is a state's, every word of it an office's ("Prime Minister", "the prime minister"). */
export function stateOfficeWritten(text: string, name: { start: number; end: number }): string | undefined {
  const office = officeWritten(text, name);
  const words = office?.split(/\s+/) ?? [];
  return words.length > 0 && STATE_OFFICE_NOUN.test(words.at(-1)!) && words.every((w) => OFFICE_WORD.test(w)) ? office : undefined;
}
