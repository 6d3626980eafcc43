/**
 * Narrative anchoring (the document's temporal focus): a year-less date ("On March 18", "in
 * April") in a passage that narrates the past takes the year of the nearest dated context
 * before it in the same passage: "In February 2025 Trump called Putin. On March 18 they
 * spoke again" is 2025-03-18 whenever the article appeared. The publication day anchors only
 * the news itself: without such a context in its paragraph, or when its clause looks ahead,
 * a year-less date keeps the year chosen against the publication day (yearChoice.ts).
 *
 * A dated context sets the scene when it names its year and opens its sentence, as a story
 * fronts its time ("In February 2025, …", "On May 22, 1995, …", "In 1940 …"); a date inside
 * a clause ("a program approved in 1987", "the August 1988 cease-fire", "since 1980") does
 * not. The scene holds for its sentence and the two after it, in its paragraph, and ends at
 * a date read against the publication day or another date ("Friday", "the following year"):
 * the text has moved on. Only a past year narrates the past.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import { referenceDayOf } from '../document.ts';
import type { Example, Timex } from '../model.ts';
import { type Tense, sentenceAround } from '../tense.ts';

interface Yearless {
  /** The tense of the date's clause. */
  tense: Tense | undefined;
  /** The same reading in another year. */
  readIn(year: number): Timex;
}

const yearlessDates = new WeakMap<ParsingResult, Yearless>();

/** Marks a reading whose year was chosen against the publication day, so a scene may move it. */
export function yearless(result: ParsingResult, how: Yearless): void {
  yearlessDates.set(result, how);
}

const PASSAGE_BREAK = /\n\s*\n/g;
const SEASON_OF_YEAR = /^(\d{4})-(?:SP|SU|FA|WI)$/;
// Only a time preposition (and a conjunction) between the sentence's start and the date.
const FRONTED = /^[\s"“'‘(]*(?:(?:and|but|then|so|back)\s+)*(?:(?:in|on|during|throughout|early|mid|late)[\s-]+)*(?:the\s+(?:spring|summer|fall|autumn|winter|end|start|beginning|middle)\s+of\s+)?$/i;
const NOT_A_SCENE = new Set(['before', 'after']);
/** Sentences a scene holds for after its own. */
const SCENE_SENTENCES = 2;

interface Scene {
  year: number;
  passage: number;
  /** Where the scene's last sentence ends. */
  end: number;
}

/** Where each passage (paragraph) of `text` begins. */
function passageStarts(text: string): number[] {
  return [0, ...[...text.matchAll(PASSAGE_BREAK)].map((m) => m.index + m[0].length)];
}

/** The named year of a reading, if it names one. */
function namedYear(timex: Timex): number | undefined {
  if (timex.relative || (timex.type !== 'DATE' && timex.type !== 'TIME')) return undefined;
  const season = SEASON_OF_YEAR.exec(timex.value);
  if (season) return Number(season[1]);
  const date = timex.date;
  if (!date || date.precision === 'week' || date.precision === 'span' || (date.qualifier && NOT_A_SCENE.has(date.qualifier))) return undefined;
  return Number(date.start.slice(0, 4));
}

function sceneOf(text: string, result: ParsingResult, year: number, passage: number): Scene | undefined {
  const sentence = sentenceAround(text, result.index);
  if (!FRONTED.test(text.slice(sentence.start, result.index))) return undefined;
  let end = sentence.end;
  for (let i = 0; i < SCENE_SENTENCES && end < text.length; i++) end = sentenceAround(text, end).end;
  return { year, passage, end };
}

export const narrativeAnchoring: Refiner = {
  refine(context, results) {
    const referenceYear = referenceDayOf(context).getFullYear();
    const starts = passageStarts(context.text);
    let scene: Scene | undefined;
    for (const result of results) {
      const passage = starts.findLast((start) => start <= result.index) ?? 0;
      if (scene && (scene.passage !== passage || result.index >= scene.end)) scene = undefined;
      const open = yearlessDates.get(result);
      if (open) {
        if (scene && scene.year < referenceYear && open.tense !== 'future') annotate(result, open.readIn(scene.year));
        continue;
      }
      const timex = readingOf(result);
      if (!timex || (timex.type !== 'DATE' && timex.type !== 'TIME')) continue;
      if (timex.relative) {
        scene = undefined;
        continue;
      }
      const year = namedYear(timex);
      const next = year === undefined ? undefined : sceneOf(context.text, result, year, passage);
      if (next) scene = next;
    }
    return results;
  },
};

export const NARRATIVE_EXAMPLES: Example[] = [
  { text: 'In February 2025 Trump called Putin. On March 18 they spoke again.', ref: '2026-03-20', finds: 'March 18', value: '2025-03-18' },
  { text: 'In 1940 the city fell. In April, the government left.', ref: '1998-11-20', finds: 'April', value: '1940-04' },
  { text: 'In 1940 the city fell.\n\nOn March 18 the minister resigned.', ref: '1998-11-20', finds: 'March 18', value: '1998-03-18' },
  { text: 'The 1994 memorandum is cited often. On March 18 the minister resigned.', ref: '1998-11-20', finds: 'March 18', value: '1998-03-18' },
  { text: 'On May 22, 1995, he was promoted, and the following year he moved. In December he was sent home.', ref: '1998-04-18', finds: 'December', value: '1997-12' },
];
