import { foldLetter } from '../parse/fold.ts';
import type { Entity, Gazetteer } from './gazetteer.ts';
import { INSTITUTION_OF_PLACE_BEFORE, LOCATIVE_BEFORE, ROLE_HOLDERS_AIDE_AFTER } from './lexicon.ts';

export interface EntityMention {
  entity: Entity;
  text: string;
  start: number;
  end: number;
  /** Found through a role phrase ("the U.S. president") rather than a name. */
  byRole: boolean;
  /** A country named as a side that acts ("US negotiators", "delegations of Ukraine", "Russian–US talks"), not as whose something is. */
  asSide?: true;
  /** Named as a side that brokers ("Egyptian and Qatari mediators"). */
  asMediator?: true;
  /** Named by its adjective ("Ukrainian", "Americans"): only ever a side, never a place or a named party. */
  byAdjective?: true;
  /** A capital named by its state's adjective ("the Qatari capital"): the sentence writes its state too. */
  capitalByAdjective?: true;
  /** Found through a reference to names given before ("the three", "the two sides", "there"). */
  refersBack?: true;
  /** Written as the end of an institution's name ("the Bank of England"): a place so written is no place where anything was done (markInstitutionNames). */
  inInstitutionName?: true;
}

/** How far (characters) before a place an institution's name may open ("the Court of Appeal of Paris"). */
const INSTITUTION_NAME_REACH = 60;

/**
 * Marks the mentions that end an institution's name ("the Bank of England cut its rate", "the University of Tokyo announced"):
 * such a place names the institution, not where what it did was done (the Bank of England decides in London, and its name says
 * no more of where), and a country so written hosts nothing. Marked once, on all of a sentence's mentions as the article's
 * names hand them out (ArticleReader.recognise), so its readers test the mark, not the words before the mention.
 */
export function markInstitutionNames(text: string, mentions: EntityMention[]): EntityMention[] {
  for (const m of mentions) {
    if (INSTITUTION_OF_PLACE_BEFORE.test(text.slice(Math.max(0, m.start - INSTITUTION_NAME_REACH), m.start))) m.inInstitutionName = true;
    else delete m.inInstitutionName;
  }
  return mentions;
}

interface SurfaceForm {
  folded: string;
  entity: Entity;
  byRole: boolean;
  from?: string;
  to?: string;
  /** Names are matched with their capitals; role phrases in any case. */
  caseSensitive: boolean;
}

const ASCII = /^[\x00-\x7f]*$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.]*/gu;

/**
 * Folds a text for matching (diacritics, curly apostrophes, dashes) while keeping, for
 * every folded character, the offset it came from, so mentions point into the original.
 */
export function foldWithOffsets(text: string): { folded: string; source: (index: number) => number } {
  // Most news copy is plain ASCII, which folds to itself.
  if (ASCII.test(text)) return { folded: text, source: (index) => index };
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    const f = fold(c);
    for (let k = 0; k < f.length; k += 1) offsets.push(i);
    folded += f;
  }
  offsets.push(text.length);
  return { folded, source: (index) => offsets[index]! };
}

function fold(c: string): string {
  if (c.charCodeAt(0) < 0x80) return c;
  if (c === '’' || c === '‘' || c === 'ʼ') return "'";
  if (c === '‐' || c === '‑' || c === '–' || c === '—') return '-';
  return foldLetter(c);
}

/** Builds a recogniser for one gazetteer: the surface forms are prepared once. */
export function createRecogniser(gazetteer: Gazetteer): (text: string, day: string) => EntityMention[] {
  const forms: SurfaceForm[] = [];
  for (const entity of gazetteer.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      forms.push({ folded: foldWithOffsets(name).folded, entity, byRole: false, caseSensitive: true });
    }
    for (const role of entity.roles) {
      forms.push({ folded: foldWithOffsets(role.phrase).folded.toLowerCase(), entity, byRole: true, caseSensitive: false, ...role });
    }
  }
  // Longest first, so "Donald Trump" wins over "Trump" and "Kyiv" inside a longer name is not re-read.
  forms.sort((a, b) => b.folded.length - a.folded.length);
  // Forms by their first word: a text is scanned once, word by word, whatever the gazetteer's size.
  const byFirstWord = new Map<string, SurfaceForm[]>();
  for (const form of forms) {
    const first = firstWord(form.caseSensitive ? form.folded : form.folded.toLowerCase());
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), form]);
  }
  const byId = new Map(gazetteer.entities.map((e) => [e.id, e]));
  // The forms a word may begin, in the order they are tried: the same for every text.
  const startingWith = new Map<string, SurfaceForm[]>();
  const formsStartingWith = (token: string): SurfaceForm[] => {
    let options = startingWith.get(token);
    if (!options) {
      options = [...(byFirstWord.get(token) ?? []), ...(byFirstWord.get(token.toLowerCase()) ?? [])].sort((a, b) => b.folded.length - a.folded.length);
      startingWith.set(token, options);
    }
    return options;
  };

  return (text, day) => {
    const { folded, source } = foldWithOffsets(text);
    const lower = folded.toLowerCase();
    const mentions: EntityMention[] = [];
    let takenUntil = 0;
    // exec on the shared pattern: matchAll would copy it for every text.
    WORD.lastIndex = 0;
    for (let word = WORD.exec(folded); word !== null; word = WORD.exec(folded)) {
      const at = word.index;
      if (at < takenUntil) continue;
      // A word WORD finds is its own first word, less a final dot (firstWord, without its pattern).
      const first = word[0].endsWith('.') ? word[0].slice(0, -1) : word[0];
      for (const form of formsStartingWith(first)) {
        if ((form.from && day < form.from) || (form.to && day > form.to)) continue;
        const end = at + form.folded.length;
        if ((form.caseSensitive ? folded : lower).startsWith(form.folded, at) && isWordBoundary(folded, end)) {
          const start = source(at);
          const stop = source(end);
          if (form.byRole && ROLE_HOLDERS_AIDE_AFTER.test(text.slice(stop, stop + 60))) continue;
          const entity = form.entity.standsFor && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ? byId.get(form.entity.standsFor)! : form.entity;
          mentions.push({ entity, text: text.slice(start, stop), start, end: stop, byRole: form.byRole });
          takenUntil = end;
          break;
        }
      }
    }
    return mentions;
  };
}

/** The first word of a form or a text position; abbreviations keep their dots ("U.S."). */
function firstWord(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N}.]*/u.exec(text)?.[0].replace(/\.$/, '') ?? text;
}

/** Made once: asked at the end of every form found. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordBoundary(text: string, index: number): boolean {
  const c = text[index];
  return c === undefined || !LETTER_OR_DIGIT.test(c);
}
