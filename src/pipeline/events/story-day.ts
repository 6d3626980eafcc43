import { clauseAfter, clauseBefore } from './clause-text.ts';
import type { TemporalExpression } from '../dates/index.ts';
import { tenseAt } from '../dates/tense.ts';
import { shiftDay } from './shift-day.ts';
import { CLOSES_WITH_TIME_OF_THE_STORYS_DAY, OPENS_WITH_TIME_OF_THE_STORYS_DAY, NIGHT_INTO_THE_DAY, PAST_VERB_OPENING, TIME_OF_DAY_ALONE, HOURS_OF_A_DAY } from './lexicon.ts';
import type { Mention } from './mention.ts';

/** Told as done, by its clause or its verb: "met", "flew"; not "meets", "flies" (a programme's present) nor "will fly". */
const toldAsDone = (m: Mention): boolean => m.mood === 'past' || PAST_VERB_OPENING.test(m.sentence.text.slice(m.start, m.end));

/** The act told last in its sentence. */
const lastTold = (told: readonly Mention[]): Mention | undefined => told.reduce<Mention | undefined>((last, m) => (last && last.start > m.start ? last : m), undefined);

/**
 * "On Sunday he meets the Patriarch at the Phanar, and in the afternoon he flies to Beirut", "… met the Pope on Monday, and hours
 * later the Pope flew to Rome": a clause told at a time of the day, with no day of its own, happens on the story's day, the day
 * of the act told just before it, in its sentence or else in the sentence before it in its paragraph (`before`). The resolver reads
 * such a time only in a past clause whose sentence names the day, so a plan's afternoon, or an act "hours later", went undated
 * whenever another act took the day before it. Only the act just before sets the day: one dated by a month or a year ("In 2019,
 * …") or by none gives none, a saying's day is its telling's, not the story's, and a plan's day is no day of a deed told as done.
 */
export function datedByTheStorysDay(found: Mention[], text: string, before: readonly Mention[], earlier: readonly Mention[] = []): void {
  const inOrder = [...found].sort((a, b) => a.start - b.start);
  for (const [i, m] of inOrder.entries()) {
    if (m.date || m.dateWithheld || m.dayless || m.series || m.topic || m.quoted || m.rule.kind === 'statement') continue;
    if (!OPENS_WITH_TIME_OF_THE_STORYS_DAY.test(clauseBefore(text, m.start)) && !CLOSES_WITH_TIME_OF_THE_STORYS_DAY.test(clauseAfter(text, m.end))) continue;
    const justBefore = inOrder.slice(0, i).findLast((o) => o.end <= m.start) ?? lastTold(before);
    // "The U.S. Geological Survey put the quake at magnitude 8.8. Waves swept into the port within the hour", "Ishiba told reporters
    // in the afternoon … The agency downgraded its warning early in the evening": a deed told as done with no deed just before
    // (none, or only a saying) is of the day of the last deed the story told. A plan's time of the day may be another of its days.
    const lastDeed = (): Mention | undefined => earlier.findLast((o) => o.rule.kind !== 'statement' && o.date !== undefined);
    const act = justBefore && justBefore.rule.kind !== 'statement' ? justBefore : toldAsDone(m) && !m.future ? lastDeed() : justBefore;
    if (!act?.date || act.date.precision !== 'day' || act.rule.kind === 'statement' || act.future !== m.future || toldAsDone(act) !== toldAsDone(m)) continue;
    [m.date, m.dateAt] = [act.date, undefined];
  }
}

/** How many days before the day a time was read on the story's deed may lie: a story told days on, not background. */
const STORY_DAYS = 7;

/**
 * "A strong earthquake struck the valley on Tuesday morning. … Shortly after noon the old bridge fell into the river", "…, and lava
 * reached the ring road by mid-afternoon", in a paper of Thursday: a deed told as done at a time of a day with no day of its own (TIME_OF_DAY_ALONE)
 * is of the day of the deed told before it, in its sentence or else the last the story dated by its day told by that day's clock ("at 9.44
 * on Tuesday", "on Tuesday morning"), when that day is before the one the resolver read the time on and of the week before it (a landslide
 * of a year before is background, not the story), and not a night that ran into the day the time was read on. A day told alone sets no
 * clock ("Parliament passed the budget on Tuesday. Shortly after noon, the prime minister resigned": the paper's noon), nor does a deed told in a quotation or a live entry. A live page's entry keeps its
 * day, and so does all that is read under a day of its own (`underItsOwnDay`: a live page's or a diary's day heading, even one of the paper's
 * day, a wire dateline's day), whose clock times are of the day they stand under; a date line of the paper's own day ("Thursday 3 April 2025"
 * below a masthead, news-day.ts paperDateLine) is the paper's, not a heading that stops it. A saying is of its telling, and a time beside a day
 * ("at noon on Tuesday", "14:20 today") is read with that day already.
 */
export function timesOfTheStorysDay(found: Mention[], times: readonly TemporalExpression[], text: string, earlier: readonly Mention[], underItsOwnDay: boolean): void {
  for (const m of found) if (m.dateAt !== undefined && times.some((t) => t.start === m.dateAt && HOURS_OF_A_DAY.test(t.text))) m.dayToldByItsHours = true;
  if (underItsOwnDay) return;
  // A date taken from no time of its own ("…, and lava reached two houses by mid-afternoon") is the day of the sentence's times when all are such times.
  const bare = (t: TemporalExpression): boolean => t.type === 'TIME' && TIME_OF_DAY_ALONE.test(t.text.trim());
  const onlyBare = times.length > 0 && times.every(bare);
  const done = (m: Mention): boolean => !m.future && m.mood !== 'plan' && (toldAsDone(m) || tenseAt(text, m.start, m.end) === 'past');
  const inOrder = [...found].sort((a, b) => a.start - b.start);
  for (const [i, m] of inOrder.entries()) {
    if (m.date?.precision !== 'day' || m.entryOpening !== undefined || m.quoted || m.rule.kind === 'statement' || !done(m)) continue;
    const time = m.dateAt === undefined ? (onlyBare ? times[0] : undefined) : times.find((t) => t.start === m.dateAt);
    if (!time || !bare(time) || time.date?.start !== m.date.start) continue;
    const deed = (o: Mention): boolean => o.rule.kind !== 'statement' && o.date?.precision === 'day' && !o.future && o.mood !== 'plan' && !o.quoted && o.entryOpening === undefined;
    // "Jets struck overnight, and rockets were fired at dawn": the night ran into the day the dawn is of.
    const ofANight = (o: Mention): boolean => o.dateAt !== undefined && NIGHT_INTO_THE_DAY.test(o.sentence.text.slice(o.dateAt));
    const lastDeed = earlier.findLast(deed);
    const act = inOrder.slice(0, i).findLast((o) => o.end <= m.start && deed(o)) ?? (lastDeed?.dayToldByItsHours ? lastDeed : undefined);
    if (act?.date && !ofANight(act) && act.date.start < m.date.start && act.date.start >= shiftDay(m.date.start, -STORY_DAYS)) [m.date, m.dayToldByItsHours] = [act.date, true];
  }
}
