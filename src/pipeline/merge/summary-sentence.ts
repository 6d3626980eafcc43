/**
 * An event's one-sentence summary, drawn from its evidence and never beyond it, so a reader can
 * check every word against a source: of the sentences its reports were read from, the one
 * about this event, cut to the clause that reports it (no dateline, no framing phrase before
 * its subject, no background after it), its "he" or "she" given the name the article plainly
 * means and its "they" the plural subject of the sentence before, and said by whom: the sentence's own speaker ("…, the Kremlin said.") or its outlet.
 */

import { WIRE_DATELINE } from '../events/dateline.ts';
import { DANGLING } from '../events/headline-lexicon.ts';
import { kindFamily, type EventKind } from '../events/kinds.ts';
import { findTriggers } from '../events/triggers.ts';
import { oncePerObject } from '../memo.ts';
import { nextWholeWord } from '../parse/whole-word.ts';
import {
  ATTRIBUTED_WITHIN,
  ATTRIBUTION_OPENING,
  ATTRIBUTION_TAIL,
  CAPITALS_LEAD,
  GROUP_PRONOUN_OPENING,
  GROUP_SUBJECT,
  LEAD_IN,
  LONG_CLAUSE,
  OWN_VOICE_OPENING,
  PART_BREAK,
  PERSON_PRONOUN_AFTER_TIME,
  PERSON_PRONOUN_OPENING,
  PERSON_PRONOUN_SPEAKER,
  PRONOUN_OPENING,
  PRONOUN_TIMED,
  SPEAKER_AFTER_NAME,
  SUMMARY_MAX_WORDS,
  TOWN_DAY_DASH,
  TRAILING_BACKGROUND,
} from './summary-lexicon.ts';

/** One sentence a report of the event was read from, most direct report first. */
export interface SummarySource {
  sentence: string;
  /** The outlet of its article. */
  outlet: string;
  /** Whom a "he" or "she" opening it stands for, when its article makes that plain (pronounReferent). */
  referent?: string;
  /** Whom a "they" opening it stands for: the plural subject of the sentence before (groupReferent). */
  group?: string;
  /** A further sentence of a report, not the one it was read from: less direct, taken when those are worse. */
  further?: boolean;
  /** The kinds of other events' reports read from it too: it is theirs when it first tells of one of them. */
  shared?: EventKind[];
  /** Its first happening read for the event's kind (firstHappening; null: none), when read already: describing reads the lead report's on both threads, publishing runs on one. */
  first?: EventKind | null;
}

export interface SummaryRequest {
  kind: EventKind;
  /** The names of the event's people, sides and place: a summary should name one of them. */
  names: string[];
  /** Read in order, and only until one gives a summary without a flaw: none after it can be better. */
  sources: Iterable<SummarySource>;
}

export interface Summary {
  text: string;
  /** Which source it was drawn from. */
  source: number;
}

/** A sentence without what stands before its subject: a dateline, a framing phrase, "it came after". */
function withoutLead(sentence: string): string {
  const text = sentence.replace(WIRE_DATELINE, '').replace(CAPITALS_LEAD, '').replace(TOWN_DAY_DASH, '').replace(/\s+/g, ' ').trim();
  const timed = PRONOUN_TIMED.exec(text);
  if (timed) return text.slice(timed[0].length);
  const framed = LEAD_IN.exec(text);
  if (!framed) return text;
  const rest = text.slice(framed[0].length);
  // Only where a subject follows: "After talks, the envoys flew home", never "After Trump spoke, he said" left as "he said".
  return rest.split(' ').length >= 5 ? rest : text;
}

/**
 * Whether a sentence is about an event of this kind: the first trigger of its main part (after
 * any framing phrase) is of the event's family, or it has none. "Volodymyr Zelensky met Donald
 * Trump …, a day after Trump's long call with the Kremlin leader" is about the meeting, not the
 * call; a statement is about what it says, whatever that is.
 */
export function isAbout(sentence: string, kind: EventKind): boolean {
  return kindFamily(kind) === 'statement' || firstOfFamily(firstHappening(sentence, kind), kind);
}

/** Whether a sentence whose first happening is `first` tells first of one of `kind`'s family, or of none (see isAbout). */
function firstOfFamily(first: EventKind | undefined, kind: EventKind): boolean {
  return first === undefined || kindFamily(first) === kindFamily(kind);
}

/** The kind of the first happening a sentence's main part tells of, read for an event of `kind` (see isAbout). */
export function firstHappening(sentence: string, kind: EventKind): EventKind | undefined {
  // A verb of saying frames what was said ("Putin told Trump during Monday's telephone conversation that …"); a
  // journey, an anniversary or a funeral is the setting of a call or a meeting the sentence goes on to ("he flies
  // to South Korea, where he will meet …"), unless the event is one of those.
  const setting = (k: EventKind) => kindFamily(k) === 'statement' || (k === 'other' && kind !== 'other');
  return findTriggers(withoutLead(sentence), '').find((hit) => !hit.generic && !setting(hit.rule.kind))?.rule.kind;
}

/**
 * Whether a sentence that other events' reports were read from too first tells of one of theirs
 * instead of this event: "… gathered for a peace summit …, a week after indirect talks opened
 * there" is the summit's, though a summit and talks are of one family.
 */
function toldOfAnother(first: EventKind | undefined, kind: EventKind, others: readonly EventKind[]): boolean {
  return first !== undefined && first !== kind && others.includes(first);
}

interface Reduced {
  text: string;
  /** Flaws that make another sentence the better summary, worst first. */
  flaws: number;
}

export function summarySentence({ kind, names, sources }: SummaryRequest): Summary {
  const surnames = names.map((n) => n.split(/\s+/).at(-1)!).filter((n) => n.length > 1);
  // A surname whole (no letter either side), found by indexOf: no pattern made for each event and tried from every position of each text.
  const names_ = (text: string): boolean => surnames.some((surname) => nextWholeWord(text, surname) !== -1);
  const family = kindFamily(kind);
  const tellsKind = (text: string): boolean => family === 'statement' || findTriggers(text, '').some((hit) => kindFamily(hit.rule.kind) === family);
  let best: { summary: Summary; flaws: number } | undefined;
  let i = -1;
  for (const source of sources) {
    i += 1;
    const reduced = reduce(source, names_, tellsKind);
    // Its first happening, read once (findTriggers on the whole sentence): whether it is about this event and whether it tells of another's first.
    const first = source.first === undefined ? firstHappening(source.sentence, kind) : (source.first ?? undefined);
    const about = (family === 'statement' || firstOfFamily(first, kind)) && !toldOfAnother(first, kind, source.shared ?? []);
    const flaws = reduced.flaws + (source.further ? 3 : 0) + (about ? 0 : 8) + (names_(reduced.text) || tellsKind(reduced.text) ? 0 : 2);
    if (!best || flaws < best.flaws) best = { summary: { text: reduced.text, source: i }, flaws };
    // Only a source with fewer flaws replaces the best: none has fewer than none.
    if (best.flaws === 0) break;
  }
  return best!.summary;
}

/** One sentence cut to its news and attributed, with what is still wrong with it. */
function reduce(source: SummarySource, names: (text: string) => boolean, tellsKind: (text: string) => boolean): Reduced {
  let flaws = 0;
  // A sentence that does not end is a fragment the splitter cut (or a headline): it says less than it seems to.
  const end = source.sentence.trim();
  if (!/[.!?]["”’)]?$/.test(end) || DANGLING.test(end.split(/\s+/).at(-1)!.replace(/[^\p{L}]+$/u, ''))) flaws += 4;
  let text = withoutLead(source.sentence);
  // Too long a sentence of two parts says the happening in one of them: that part, with who said it.
  if (words(text) > SUMMARY_MAX_WORDS) text = withoutLead(partTelling(text, names, tellsKind));
  if (PERSON_PRONOUN_OPENING.test(text) && source.referent) text = text.replace(PERSON_PRONOUN_OPENING, source.referent);
  else if (GROUP_PRONOUN_OPENING.test(text) && source.group) text = text.replace(GROUP_PRONOUN_OPENING, source.group);
  else if (PRONOUN_OPENING.test(text)) flaws += 4;
  else if (PERSON_PRONOUN_AFTER_TIME.test(text)) [text, flaws] = source.referent ? [text.replace(PERSON_PRONOUN_AFTER_TIME, `$1${source.referent}`), flaws] : [text, flaws + 4];
  const tail = ATTRIBUTION_TAIL.exec(text);
  let body = tail ? text.slice(0, tail.index) : text;
  let said = tail ? tail[0] : '';
  // "…, he said." says nothing of who said it unless its article makes that plain.
  if (PERSON_PRONOUN_SPEAKER.test(said)) [said, flaws] = source.referent ? [said.replace(PERSON_PRONOUN_SPEAKER, `$1${source.referent}`), flaws] : [said, flaws + 4];
  body = cutBackground(body, TRAILING_BACKGROUND, names, tellsKind);
  const credit = (text: string): string => (said !== '' || (!OWN_VOICE_OPENING.test(text) && (ATTRIBUTION_OPENING.test(text) || ATTRIBUTED_WITHIN.test(text))) ? said : byOutlet(source.outlet));
  if (words(body + credit(body)) > SUMMARY_MAX_WORDS) body = cutBackground(body, LONG_CLAUSE, names, tellsKind);
  // What a cut leaves may end on who said it ("… put on “pause,” the Kremlin said on Friday, a blow to …").
  const left = tail ? null : ATTRIBUTION_TAIL.exec(`${body}.`);
  if (left) [body, said] = [body.slice(0, left.index), left[0]];
  body = body.replace(/[.!?]+(["”’]?)$/, '$1');
  said = said.replace(/[.!?]+(["”’]?)$/, '$1');
  const whole = `${capitalise(body)}${credit(body)}`;
  const ended = /["”’]$/.test(whole) ? whole.replace(/(["”’])$/, (quote) => (/[.!?]["”’]$/.test(whole) ? quote : `.${quote}`)) : `${whole}.`;
  if (words(ended) > SUMMARY_MAX_WORDS) flaws += 2;
  return { text: ended, flaws };
}

/**
 * The sentence up to the first clause that gives background, as long as what is kept still
 * tells of the happening and names everyone the cut words named ("…, as Zelensky met Erdogan in
 * Ankara" stays when Zelensky and Erdogan are named nowhere else).
 */
function cutBackground(body: string, at: RegExp, names: (text: string) => boolean, tellsKind: (text: string) => boolean): string {
  for (const match of body.matchAll(at)) {
    const kept = body.slice(0, match.index);
    const cut = body.slice(match.index);
    if (words(kept) < 6 || !tellsKind(kept) || quoteOpen(kept)) continue;
    // An aside the sentence goes on after ("the two days of talks, which ended on Tuesday, had not settled …"), or who said it.
    if (RESUMES.test(cut) || ATTRIBUTED_WITHIN.test(cut)) continue;
    if (names(cut) && !names(kept)) continue;
    return kept;
  }
  return body;
}

/**
 * Of a sentence's parts, the last that tells of the event's kind and names one of its people,
 * running to the sentence's end (its attribution); else the first that tells of its kind.
 */
function partTelling(text: string, names: (text: string) => boolean, tellsKind: (text: string) => boolean): string {
  const breaks = [...text.matchAll(PART_BREAK)];
  const starts = [0, ...breaks.map((m) => m.index + m[0].length)];
  const parts = starts.map((start, i) => text.slice(start, breaks[i]?.index ?? text.length));
  const tells = (part: string) => tellsKind(part) && words(part) >= 6;
  const named = parts.findLastIndex((part) => names(part) && tells(part));
  // None names its people: the part that tells of the happening, which may end before the sentence does.
  const telling = named >= 0 ? named : parts.findIndex(tells);
  if (telling < 0) return text;
  return telling === parts.length - 1 ? parts[telling]! : `${parts[telling]!}.`;
}

/** After an aside, the sentence's own verb: ", which ended on Monday, was less about …". */
const RESUMES = /^,[^,]+,\s+(?!and\b|but\b|or\b|with\b|as\b|while\b|after\b|before\b|amid\b|ahead\b|in\b|on\b|at\b|for\b|to\b|from\b|the\b|a\b|an\b|\p{Lu})\p{Ll}/u;

/** The outlet as the source of a sentence that names none: "…, Meridian Wire reported." */
function byOutlet(outlet: string): string {
  if (outlet === 'unknown') return ', according to an outlet not named';
  // "Merlion Daily, carrying Meridian Wire" would read as two sentences' subjects before "reported".
  return outlet.includes(',') ? `, according to ${outlet}` : `, ${outlet} reported`;
}

/** An opening quotation mark not yet closed: a cut there would leave it open. */
function quoteOpen(text: string): boolean {
  return (text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0) || (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** How many words a text has: its runs of characters other than white space (`\s`), counted in place (a summary's words are counted several times for each event, and splitting made an array of them each time). */
function words(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

/** Made once: asked of every character beyond ASCII a summary counts. */
const WHITE_SPACE = /\s/;

/** Whether a UTF-16 unit is white space as `\s` reads it: tab to carriage return and the space in ASCII, the pattern's own answer beyond. */
const isWhiteSpace = (code: number): boolean => (code < 128 ? code === 32 || (code >= 9 && code <= 13) : WHITE_SPACE.test(String.fromCharCode(code)));

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Whom "he" or "she" opening a sentence (or after its phrase of time, or saying it: "…, he said") stands for: the one person of `people` (those the
 * article's reports name, and those the sentences before it name) that the nearest of the two sentences before it naming any of them names, as the reader of
 * the article takes it, or the first it names when they are its subject ("US President Donald
 * Trump kept up his attacks on Volodymyr Zelenskyy … He also announced …"). Otherwise nobody can say.
 */
export function pronounReferent(sentence: string, before: readonly string[], people: (texts: readonly string[]) => readonly string[]): string | undefined {
  if (!standsOnPersonPronoun(sentence)) return undefined;
  const nearest = [...before].reverse().slice(0, 2);
  const candidates = [...new Set(people(nearest))];
  for (const text of nearest) {
    const found = candidates
      .map((person) => ({ person, at: nextWholeWord(text, person.split(/\s+/).at(-1)!) }))
      .filter((f) => f.at >= 0)
      .sort((a, b) => a.at - b.at);
    if (found.length === 0) continue;
    // "…, he said" goes on with the one the sentence before had speaking ("…, President Volodymyr Zelenskyy said on Friday."), whoever else it names.
    const speakers = isSpeakerPronoun(sentence) ? found.filter((f) => SPEAKER_AFTER_NAME.test(text.slice(f.at))) : [];
    if (speakers.length === 1) return speakers[0]!.person;
    // The one person it names, or the first when only names and offices stand before them: the sentence's subject.
    // Two people of one surname there, and nobody can say which.
    const first = found[0]!;
    if (found[1]?.at === first.at) return undefined;
    const lead = withoutLead(text.slice(0, first.at)).match(/[\p{L}.'’]+/gu) ?? [];
    return found.length === 1 || lead.every((word) => /^\p{Lu}/u.test(word)) ? first.person : undefined;
  }
  return undefined;
}

/**
 * Whom "they" opening a sentence stands for: the plural subject the sentence just before opens
 * with ("The Kenyan and Ugandan energy ministers flew to Jinja on Monday. They met …"), lower-cased
 * where it opened its sentence; otherwise nobody can say.
 */
export function groupReferent(sentence: string, before: readonly string[]): string | undefined {
  const last = before.at(-1);
  // Most sentences hold no "they": a plain search rules them out before the lead is cut.
  if (last === undefined || !/\b[Tt]hey\b/.test(sentence) || !GROUP_PRONOUN_OPENING.test(withoutLead(sentence))) return undefined;
  const subject = GROUP_SUBJECT.exec(withoutLead(last))?.[1];
  return subject ? `${subject.charAt(0).toLowerCase()}${subject.slice(1)}` : undefined;
}

/** Whether a sentence's subject or its closing speaker is "he" or "she" (see pronounReferent). */
function standsOnPersonPronoun(sentence: string): boolean {
  const text = withoutLead(sentence);
  return PERSON_PRONOUN_OPENING.test(text) || PERSON_PRONOUN_AFTER_TIME.test(text) || isSpeakerPronoun(sentence);
}

/** Whether a sentence's closing speaker is "he" or "she" ("…, he said in his evening address."). */
function isSpeakerPronoun(sentence: string): boolean {
  const tail = ATTRIBUTION_TAIL.exec(withoutLead(sentence));
  return tail !== null && PERSON_PRONOUN_SPEAKER.test(tail[0]);
}

/** The people among a set of entities, by surname. */
const peopleBySurname = oncePerObject((entities: ReadonlyMap<string, { name: string; type: string }>) => {
  const index = new Map<string, string[]>();
  for (const { name, type } of entities.values()) {
    if (type !== 'person') continue;
    const surname = name.split(/\s+/).at(-1)!;
    index.set(surname, [...(index.get(surname) ?? []), name]);
  }
  return index;
});

/** The people among `entities` whose surname a text writes ("… said Nadiya Shaporynska, the group's president."), indexed once per set of entities. */
export function peopleNamedIn(texts: readonly string[], entities: ReadonlyMap<string, { name: string; type: string }>): string[] {
  const index = peopleBySurname(entities);
  return texts.flatMap((text) => (text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).flatMap((word) => index.get(word) ?? []));
}
