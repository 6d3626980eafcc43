import type { APIRoute } from 'astro';
import { eventsCalendarParts } from '../exports/ics.ts';
import { streamedResponse } from '../exports/streamed-files.ts';
import { root } from '../site/href.ts';
import { getTimeline } from '../site/timeline.ts';

/**
 * All-day events; which events are left out and why: CALENDAR_MAX_DAYS in exports/ics.ts.
 * Written an event at a time, like events.json (src/exports/streamed-files.ts).
 */
export const GET: APIRoute = async () => {
  const timeline = await getTimeline();
  return streamedResponse({ path: 'events.ics', parts: () => eventsCalendarParts(timeline, root, 'Dateline') }, 'text/calendar; charset=utf-8');
};
