import type { APIRoute } from 'astro';
import { eventsCalendar } from '../exports/ics.ts';
import { root } from '../site/href.ts';
import { getTimeline } from '../site/timeline.ts';

/** All-day events; which events are left out and why: CALENDAR_MAX_DAYS in exports/ics.ts. */
export const GET: APIRoute = async () =>
  new Response(eventsCalendar(await getTimeline(), root, 'Dateline'), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
