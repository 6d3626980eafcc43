import type { Sitting } from './candidate.ts';
import { clauseAfter, clauseBefore } from './clause-text.ts';
import { endsOnItsDay } from './clause.ts';
import { heldInOneSitting } from './kinds.ts';
import type { Mention } from './mention.ts';

/** The clock of a live entry's stamp, after a thread's post number ("9/ 21:40 —"), with its "am" or "pm" ("9.15am:"). */
const STAMP_CLOCK = /^(?:\d{1,2}\/\s*)?(\d{1,2})[:.](\d{2})\s*(?:([ap])\.?m\b)?/i;

/** The minute of the day a live entry's stamp gives ("14:05 GMT —" is 845), if it gives one. */
export function stampMinute(stamp: string): number | undefined {
  const clock = STAMP_CLOCK.exec(stamp);
  if (!clock) return undefined;
  const hour = (Number(clock[1]) % (clock[3] ? 12 : 24)) + (clock[3]?.toLowerCase() === 'p' ? 12 : 0);
  return hour * 60 + Number(clock[2]);
}

/** A call or a meeting told in a stamped entry, as its clock tells it; none of a plan, nor of a kind that goes on all day (a summit, a strike). */
export function sittingOf(m: Mention): Sitting | undefined {
  if (m.clock === undefined || m.future || !heldInOneSitting(m.rule.kind)) return undefined;
  const over = m.mood === 'past' && endsOnItsDay(clauseBefore(m.sentence.text, m.start), clauseAfter(m.sentence.text, m.end));
  const minutes = lengthInMinutes(m);
  return { at: m.clock, over, going: m.mood === 'unmarked', ...(minutes ? { minutes } : {}) };
}

/** How long a happening is told to last, in minutes ("a one-hour meeting", "after three hours"), if its report says. */
function lengthInMinutes(m: Mention): number | undefined {
  const length = m.duration && /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(m.duration.value);
  return length ? Number(length[1] ?? 0) * 1440 + Number(length[2] ?? 0) * 60 + Number(length[3] ?? 0) : undefined;
}

/**
 * "15:10 — Arslan and Orlov have ended their talks" … "15:40 — Orlov is now meeting the Syrian president": a live page's two entries
 * tell two sittings where the later tells its own going on after the earlier told its one over, or where their clocks lie further
 * apart than either is told to last ("are holding a one-hour meeting" at 10:00, "are meeting" at 14:30). A sitting told going on, then
 * over, or over twice, may be one.
 */
export function twoSittings(a: Sitting, b: Sitting): boolean {
  if (a.at === b.at) return false;
  const [earlier, later] = a.at < b.at ? [a, b] : [b, a];
  const lasted = Math.max(earlier.minutes ?? 0, later.minutes ?? 0);
  return later.going && (earlier.over || (lasted > 0 && later.at - earlier.at > lasted));
}
