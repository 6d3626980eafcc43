import type { TemporalExpression } from '../dates/index.ts';
import { SEASON_OF_YEAR } from '../dates/refiners/narrative.ts';
import { DEADLINE_BEFORE, GUESS_BEFORE, HOPED_FOR_BEFORE, RECORD_SCOPE_BEFORE } from './lexicon.ts';
import type { Mention } from './mention.ts';

/** How far before a time its hedge is read: the longest hedge ("possibly as early as in ") fits, a clause's earlier words do not. */
const GUESS_REACH = 30;
/** How far before a time a hope is read: the hope and the few words of what is hoped for ("would like to open a branch in the north "). */
const HOPE_REACH = 60;

/**
 * A time no one has set for a plan dates nothing, so the plan stays an undated mention rather than taking a day no one gave it:
 * one the writer only guesses at ("would like to visit Africa, perhaps next year", "will go to Kyiv …, perhaps at the weekend"),
 * a year or a season only hoped for ("hoped to go there next year") and a deadline, the latest it may come ("must take place by early August"). A guess at when a past act took place ("the envoy
 * arrived in Maun, perhaps on Monday") still places it, as does a bound on one ("By Monday the delegations had left"): it happened,
 * and that day is the best told. The act is the one told last before the time, else the first after it; its own clause's tense
 * decides, not the day the time resolves to ("will meet again, maybe in December" is a plan even when December reads as the one just gone).
 */
export function withoutUnsetTimes(times: TemporalExpression[], text: string, acts: readonly Mention[]): TemporalExpression[] {
  return times.filter((t) => !unset(t, text) || actOf(t, acts)?.mood === 'past');
}

/** A month a record is kept for ("Temperatures hit a record high for May on Monday") is no time of the record, which keeps the day told with it; whatever the tense. */
export function withoutRecordScopes(times: TemporalExpression[], text: string): TemporalExpression[] {
  return times.filter((t) => t.date?.precision !== 'month' || !RECORD_SCOPE_BEFORE.test(text.slice(Math.max(0, t.start - GUESS_REACH), t.start)));
}

/** Whether a time is only guessed at, hoped for or a deadline: it sets no day of what it is told with. */
export function unset(time: TemporalExpression, text: string): boolean {
  const before = text.slice(Math.max(0, time.start - GUESS_REACH), time.start);
  return GUESS_BEFORE.test(before) || DEADLINE_BEFORE.test(before) || (yearOrSeason(time) && HOPED_FOR_BEFORE.test(text.slice(Math.max(0, time.start - HOPE_REACH), time.start)));
}

function yearOrSeason(time: TemporalExpression): boolean {
  return time.date?.precision === 'year' || SEASON_OF_YEAR.test(time.value);
}

function actOf(time: TemporalExpression, acts: readonly Mention[]): Mention | undefined {
  const before = acts.filter((m) => m.end <= time.start).sort((a, b) => b.end - a.end)[0];
  return before ?? acts.filter((m) => m.start >= time.end).sort((a, b) => a.start - b.start)[0];
}
