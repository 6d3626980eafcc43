import { clauseAfter, clauseBefore } from './clause-text.ts';
import { CLOSES_WITH_TIME_OF_THE_STORYS_DAY, OPENS_WITH_TIME_OF_THE_STORYS_DAY, PAST_VERB_OPENING } from './lexicon.ts';
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
