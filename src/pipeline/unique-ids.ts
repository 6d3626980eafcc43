import type { TrackedCluster } from './corrections/apply.ts';
import { ContentError } from './content-error.ts';

interface Identified {
  id: string;
  /** The id before events sharing one said more about themselves: the one the timeline shows alone. */
  baseId: string;
  title: string;
  tracked: TrackedCluster;
}

/**
 * Makes every id unique, in place, so no event's page, feed item or calendar UID overwrites
 * another's. Events the machine found that still share an id take -2, -3 … in their order.
 * An event added by hand that is identical to another is an editor's mistake: an error
 * naming the correction's line and the other event.
 */
export function settleIdClashes(items: Identified[]): void {
  const groups = new Map<string, Identified[]>();
  for (const item of items) groups.set(item.id, [...(groups.get(item.id) ?? []), item]);
  const taken = new Set(groups.keys());
  for (const [id, group] of groups) {
    if (group.length < 2) continue;
    const added = group.find((item) => item.tracked.addedAt !== undefined);
    if (added) throw identicalAddition(added, group.find((item) => item !== added)!);
    let n = 2;
    for (const item of group.slice(1)) {
      while (taken.has(`${id}-${n}`)) n += 1;
      item.id = `${id}-${n}`;
      taken.add(item.id);
    }
  }
}

function identicalAddition(added: Identified, other: Identified): ContentError {
  const where = added.tracked.addedAt!;
  const otherAt = other.tracked.addedAt;
  const articles = [...new Set(other.tracked.cluster.members.map((m) => m.article))];
  const described = otherAt
    ? `the event added at line ${otherAt.line}`
    : `the event ${other.baseId} (“${other.title}”)${articles.length > 0 ? `, reported in ${articles.join(', ')}` : ''}`;
  return new ContentError(
    where,
    `adds an event identical to ${described}: both would have one id, and one page would overwrite the other.`,
    'Delete this correction if the event is already on the timeline, or make it differ (its date, kind, participants or quote); to change the existing event, use "- event: <id>" with "set:".',
  );
}
