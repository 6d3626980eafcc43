import { ELECTION_NOUN, SEAT_TAKEN_NOUN } from './kinds.ts';
import type { Mention } from './mention.ts';

/**
 * "Mark Carney's Liberals have won yesterday's federal election. … In a result few saw coming, Poilievre lost his own seat of Carleton to
 * Liberal newcomer Bruce Fanjoy.": a seat won from its holder, told as done with no day of its own in its sentence, after its article told
 * an election on one day, is a result of that election, of its day; not the story's day, nor none. An election only ahead decides nothing yet.
 */
export function resultsOfTheElectionBefore(found: Mention[], before: Mention[]): void {
  const election = before.findLast((b) => b.rule.noun === ELECTION_NOUN && b.date?.precision === 'day' && !b.future && !b.quoted);
  if (!election) return;
  for (const m of found) {
    if (m.rule.noun !== SEAT_TAKEN_NOUN || m.date || m.dateWithheld || m.future || m.quoted || m.series) continue;
    [m.date, m.dateAt] = [election.date, undefined];
  }
}
