/**
 * The day a line of an article is news of, when the article says so itself: a live blog's day
 * heading above its entries, a wire dateline before a story's first sentence, the day the story
 * last dated for "earlier in the day".
 */
import { findTemporalExpressions, type TemporalExpression } from '../dates/index.ts';
import { tenseAt } from '../dates/tense.ts';
import { datelineLength } from './dateline.ts';
import { COUNTED_FROM_A_DAY_TOLD, DAY_LINE, DAY_QUESTION_LINE, PART_OF_SOME_DAY, STORY_DAY_PART, STORY_WEEK_PART, TIME_OF_THAT_DAY, HEADLINE_LINE, WEEK_AHEAD, WEEKDAY_ALONE, WEEKDAY_LABEL, WEEKDAY_LINE } from './lexicon.ts';
import type { Sentence } from '../types.ts';
import type { Mention } from './mention.ts';
import { CONTEXT_CHARACTERS } from './paragraph-context.ts';
import { firstOnWeekdayOf, shiftDay } from './shift-day.ts';

/**
 * The day a day heading names, when it is one of the month up to the article's (a live blog runs backwards from it) or of the
 * week after it (a forward planner's "TUESDAY 8 JULY" heads the items of a day to come). A heading that is only a weekday
 * ("Thursday", above a diary's entry) names the last one up to the article's day: a diary tells days gone by, unless it is a
 * diary of the days to come (`underDiary`), whose entries weekAheadEntry reads. An explainer's question naming a day ("What happens on Friday?",
 * DAY_QUESTION_LINE) heads the answers of that day as a planner's day heading does.
 */
export function dayHeading(text: string, published: string, day: string, underDiary: boolean): string | undefined {
  const line = text.trim();
  if (diaryDayHeading(line)) return underDiary ? undefined : weekdayUpTo(line, published, day);
  return DAY_LINE.test(line) || DAY_QUESTION_LINE.test(line) ? recentDay(line, published, day, 31, PLANNER_DAYS) : undefined;
}

/**
 * A heading that is only a weekday ("Wednesday"): a diary's entry, told in the diarist's own voice. A dated heading may head a
 * sitting's record instead ("Tuesday 21 October 2025" above its speakers' questions and answers), whose lines are speakers' words.
 */
export function diaryDayHeading(text: string): boolean {
  return WEEKDAY_LINE.test(text.trim());
}

/**
 * A paper's own date line ("THE SOUTHERN GAZETTE / Thursday 3 April 2025" above its headline): its publication day in full, the first
 * day line of the article, above all the story tells (`storyTold`: nothing reported, and no other day read, before it). A day heading of a live page or a diary
 * is not one, though it name the paper's day: a weekday alone ("Thursday"), or a day line below what the story told already or below
 * another day's heading ("Wednesday 11 May … Thursday 12 May").
 */
export function paperDateLine(text: string, heading: string, published: string, storyTold: boolean): boolean {
  return heading === published && !storyTold && !diaryDayHeading(text);
}

/**
 * The last block of a paper's top matter, which may stand above its date line: the headline (a heading, or a short line of its own with no
 * full stop, HEADLINE_LINE) and the standfirst right below it. What they report sums the story up and tells none of it before the date line
 * (paperDateLine's `storyTold`); an article that opens with a paragraph of the story has none (-1).
 */
export function topMatterEnd(sentences: readonly Sentence[]): number {
  const headline = sentences[0];
  if (!headline || (headline.block !== 'heading' && (!HEADLINE_LINE.test(headline.text.trim()) || sentences[1]?.blockIndex === headline.blockIndex))) return -1;
  return sentences.find((s) => s.blockIndex > headline.blockIndex)?.blockIndex ?? headline.blockIndex;
}

/** How many days ahead of its publication a planner's day heading may stand: the week it plans. */
const PLANNER_DAYS = 7;

/** The last day up to `day` that falls on the weekday a line names. */
function weekdayUpTo(line: string, published: string, day: string): string | undefined {
  const named = findTemporalExpressions(line, published)[0]?.date;
  return named?.precision === 'day' ? firstOnWeekdayOf(named.start, day, -1) : undefined;
}

/**
 * "The diplomatic week ahead. Monday: … Thursday: Balkan interior ministers hold talks in
 * Sarajevo.": an entry a diary of the days to come labels by its weekday is a plan of the coming
 * one, whatever its tense (read on its own, a present-tense Thursday in a Sunday story is the one
 * gone by). A week in review labels its days too, so the paragraph, or a heading above its
 * entries (`underDiary`), must say the days are ahead.
 */
export function weekAheadEntry(text: string, paragraph: string, underDiary: boolean): boolean {
  return WEEKDAY_LABEL.test(text) && (underDiary || WEEK_AHEAD.test(paragraph));
}

/** "The week ahead.", "Coming up this week:": a line of its own that heads a diary of the days to come. */
export function weekAheadHeading(text: string): boolean {
  return text.length <= DIARY_HEADING_LENGTH && WEEK_AHEAD.test(text) && !WEEKDAY_LABEL.test(text);
}

/** A heading is a few words; a sentence of news that looks ahead ("talks are expected in the coming week") is longer. */
const DIARY_HEADING_LENGTH = 60;

/** The day a story's wire dateline gives ("ABU DHABI, 9th March, 2026 (WAM) --"), when it is one of the week up to its publication. */
export function datelineDay(text: string, published: string, day: string): string | undefined {
  const length = datelineLength(text);
  return length === 0 ? undefined : recentDay(text.slice(0, length), published, day, 7);
}

/** The day the text's first date names, when it is one of the `days` up to `day` (or of the `ahead` after it): a day further off is no day the story is news of. */
function recentDay(text: string, published: string, day: string, days: number, ahead = 0): string | undefined {
  const date = findTemporalExpressions(text, published)[0]?.date;
  return date?.precision === 'day' && date.start <= shiftDay(day, ahead) && date.start >= shiftDay(day, -days) ? date.start : undefined;
}

/**
 * "Japan's foreign minister spoke with her counterpart on Thursday. Earlier in the day she had met
 * the ambassador": a part of the day told from the story is of the day the story last dated (a day
 * before it in its sentence, else the last event or saying told as done and dated by its day), not
 * of the day the article was published. The resolver reads it on the reference day, which is right
 * only when nothing was dated before it.
 */
export function onTheStoryDay(times: TemporalExpression[], earlier: Mention[]): TemporalExpression[] {
  return times.map((t) => {
    const part = !t.date ? undefined : STORY_DAY_PART.test(t.text) ? 'day' : STORY_WEEK_PART.exec(t.text)?.[1]?.toLowerCase();
    if (!t.date || !part) return t;
    const inSentence = times.filter((o) => o.end <= t.start && o.date?.precision === 'day').at(-1)?.date;
    // A plan told before it is not the day in focus ("a pivotal February 26 meeting … Speaking earlier in the day, Zelenskyy …").
    const day = (inSentence ?? lastDoneByDay(earlier)?.date)?.start;
    if (!day) return t;
    if (part === 'day') return { ...t, date: { ...t.date, value: day, start: day, end: day } };
    // "held talks on Tuesday, March 1. Later that week he flew to Marrow": the days of that week after the story's day (before it, for "earlier that week");
    // the week stays its value and precision, only its first or last day moves.
    if (day < t.date.start || day > t.date.end) return t;
    const [start, end] = part === 'later' ? [shiftDay(day, 1), t.date.end] : [t.date.start, shiftDay(day, -1)];
    return start <= end ? { ...t, date: { ...t.date, start, end } } : t;
  });
}

/**
 * "The breakthrough came in a phone call between the two ministers the previous Friday", "… straight from Tokyo, where
 * they had held their own summit the previous day", opening a paragraph after paragraphs of background: a weekday or a day
 * counted from a day, with nothing before it in its paragraph to count from, counts from the day of the story's news (the
 * first event the article dates by its day), not from the background told between (nor from the day of writing). Returns
 * the text the sentence's dates are read after: its paragraph's, else the sentence of that news.
 */
export function storyDayContext(text: string, before: string, earlier: Mention[], opensParagraph: boolean, today: string, keptBefore = '', toldAfter: (s: Sentence) => string = () => ''): string {
  if (opensParagraph && (TIME_OF_THAT_DAY.test(text) || (PART_OF_SOME_DAY.test(text) && ofTheNewsDays(lastDoneByDay(earlier), today)))) return afterTheLastDay(before, earlier, keptBefore, toldAfter);
  if (before !== '' || !COUNTED_FROM_A_DAY_TOLD.test(text)) return before;
  return earlier.find((m) => m.date?.precision === 'day' && m.rule.kind !== 'statement')?.sentence.text ?? before;
}

/**
 * "… signed a joint declaration on Sunday. \"We did something …,\" Trump said." then "Earlier in the morning, the leaders admitted
 * Timor-Leste": a time of that day opening a paragraph is of the day of the happening told before it, even when the paragraph
 * before names no day (the resolver would read it on none, and the report would go undated). That happening's sentence is
 * read first, so a day the paragraph names after it still comes nearer. Inside a paragraph the sentences before it are its
 * context already, and the last happening told may be another day's (own8-tune lost a key event and a merge when they were not).
 */
function afterTheLastDay(before: string, earlier: Mention[], keptBefore: string, toldAfter: (s: Sentence) => string): string {
  const happening = lastDoneByDay(earlier);
  // A happening dated by its scene ("Premier Vance met the King on the tarmac", after the landing) is read on the sentence that gave it its day.
  // With none ("A tsunami warning went out at about 2:45 p.m. Tuesday. … \n\n Gov. Josh Green, speaking … late in the afternoon, called …"), the paragraph before tells the day.
  const told = happening?.scene ?? happening?.dayFrom ?? happening?.sentence;
  // Its paragraph read on after it: a day named there that no rule took for a happening is the story's later day ("On Friday he prayed at
  // İznik. The next day he toured the mosque, and on Sunday morning he joined the Patriarch." then "He flew to Beirut that afternoon": Sunday's).
  const last = told ? `${told.text} ${toldAfter(told)}`.trimEnd() : before === '' ? keptBefore : undefined;
  return last === undefined || before.includes(last) ? before : `${last} ${before}`.trimEnd();
}

/** Whether a happening (if any) is of the news day or the day before it. */
function ofTheNewsDays(happening: Mention | undefined, today: string): boolean {
  return happening?.date === undefined || happening.date.start >= shiftDay(today, -1);
}

/** The last event or saying told as done and dated by its day. */
function lastDoneByDay(earlier: Mention[]): Mention | undefined {
  return earlier.findLast((m) => m.date?.precision === 'day' && !m.future);
}


/**
 * The last day gone by that the story has told an event or a saying on, up to the news day: a plan told after it with no day
 * of its own telling lies after it (assignDates).
 */
export function lastStoryDay(earlier: Mention[], today: string): string | undefined {
  let last: string | undefined;
  for (const m of earlier) if (m.date?.precision === 'day' && !m.future && m.date.start <= today && (last === undefined || m.date.start > last)) last = m.date.start;
  return last;
}

/** How far a programme told forward by weekdays has gone: the last day it reached, and whether it has carried a weekday past the one the dates read. */
export interface PlanRun {
  reached: string;
  carried: boolean;
}

/**
 * A programme told forward by weekdays: a Sunday newsletter's journey that starts on Thursday ("The Pope will be received by President
 * Erdoğan on Thursday afternoon … On Friday he travels to İznik … On Sunday he joins the Patriarch … On Monday he goes to pray …"), an
 * advisory's meetings to come ("expected to meet Mr. Carney on Monday morning. A meeting … is possible on Tuesday"). A run starts at a
 * weekday of a plan told in the future ahead of the news day. A weekday alone not told in the past that the dates read before the day the
 * run reached is the first such day after it, when the dates read it on the news day or before (no plan ahead is gone by), or when the
 * run has already carried one so; the dates of its sentence read on its day after it move with it ("and in the afternoon he flies to
 * Beirut"). A weekday told in the future and read ahead is the coming one already, whatever order a plan is told in ("The leaders meet on
 * Friday; their ministers will prepare the text on Thursday"); one told in the past ends the run (the story has turned back). Returns
 * the times and the run after them.
 */
export function weekdaysOfAPlan(times: TemporalExpression[], text: string, run: PlanRun | undefined, today: string): { times: TemporalExpression[]; run: PlanRun | undefined } {
  let moved: { from: string; to: string } | undefined;
  const read = times.map((t) => {
    const day = t.date?.precision === 'day' ? t.date.start : undefined;
    if (!day) return t;
    if (!WEEKDAY_ALONE.test(t.text)) return moved && day === moved.from ? readOn(t, moved.to) : t;
    if (tenseAt(text, t.start, t.end) === 'past') {
      [run, moved] = [undefined, undefined];
      return t;
    }
    const ahead = day > today && tenseAt(text, t.start, t.end, 'clause', true) === 'future';
    if (ahead || !run || day >= run.reached || (day > today && !run.carried)) {
      if (ahead && (!run || day > run.reached)) run = { reached: day, carried: run?.carried ?? false };
      return t;
    }
    const to = firstOnWeekdayOf(day, shiftDay(run.reached, 1));
    [run, moved] = [{ reached: to, carried: true }, { from: day, to }];
    return readOn(t, to);
  });
  return { times: read, run };
}

/** The expression read on another day than the dates read it. */
function readOn(t: TemporalExpression, day: string): TemporalExpression {
  return { ...t, value: t.value.replace(/^\d{4}-\d{2}-\d{2}/, day), date: { ...t.date!, value: day, start: day, end: day } };
}

/**
 * The sentences told after `told` in its paragraph and before `reading`, as one text: where a time of the story's day is read on
 * from the happening told there. Only up to about ten sentences, as any context (ParagraphContext): a longer rest is not read.
 */
export function restOfItsParagraph(sentences: readonly Sentence[], told: Sentence, reading: Sentence): string {
  const rest = sentences.slice(told.index + 1, reading.index).filter((s) => s.blockIndex === told.blockIndex);
  const text = rest.map((s) => s.text).join(' ');
  return text.length <= CONTEXT_CHARACTERS ? text : '';
}
