import type { Timeline } from '../pipeline/types.ts';
import { getTimeline } from './timeline.ts';
import { timelinePages, type TimelinePages } from './timeline-pages.ts';

const pages = new WeakMap<Timeline, TimelinePages>();

/** The list pages of the one timeline, computed once per timeline (once per build). */
export async function getTimelinePages(): Promise<TimelinePages> {
  const timeline = await getTimeline();
  let listed = pages.get(timeline);
  if (!listed) {
    listed = timelinePages(timeline);
    pages.set(timeline, listed);
  }
  return listed;
}
