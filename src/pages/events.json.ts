import type { APIRoute } from 'astro';
import { eventsDocument } from '../exports/events-json.ts';
import { root } from '../site/href.ts';
import { getTimeline } from '../site/timeline.ts';

/** The public contract (issue 3, "Outputs"); shape in src/exports/events-schema.ts (/events.schema.json). */
export const GET: APIRoute = async () =>
  new Response(eventsDocument(await getTimeline(), root), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
