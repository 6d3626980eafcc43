import { getTimeline } from './timeline.ts';
import { timelinePages, type TimelinePages } from './timeline-pages.ts';

let pages: Promise<TimelinePages> | undefined;

/** The list pages of the one timeline, computed once per build. */
export function getTimelinePages(): Promise<TimelinePages> {
  pages ??= getTimeline().then((timeline) => timelinePages(timeline));
  return pages;
}
