import type { TimelineEvent } from '../pipeline/types.ts';

/** "1 source", "3 sources": how many articles report the event. */
export function sourcesText(count: number): string {
  return count === 1 ? '1 source' : `${count} sources`;
}

/** The participants' canonical names, "A, B and C"; empty when nobody is named. */
export function participantsText(event: TimelineEvent): string {
  const names = event.participants.map((participant) => participant.name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * One plain-text line that sums an event up for feeds and calendars:
 * "25 February 2026 · planned talks · Steve Witkoff and Abbas Araghchi · Geneva · 2 sources".
 */
export function eventSummaryLine(event: TimelineEvent): string {
  const kind = event.status === 'planned' ? `planned ${event.kind}` : event.kind;
  return [event.date.text, kind, participantsText(event), event.place?.name ?? '', sourcesText(event.sources.length)]
    .filter(Boolean)
    .join(' · ');
}
