import { oncePerObject } from '../pipeline/memo.ts';
import { getTimeline } from './timeline.ts';
import { timelinePages, type TimelinePages } from './timeline-pages.ts';

const pagesOf = oncePerObject(timelinePages);

/** The list pages of the one timeline, computed once per timeline (once per build). */
export async function getTimelinePages(): Promise<TimelinePages> {
  return pagesOf(await getTimeline());
}
