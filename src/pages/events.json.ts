import type { APIRoute } from 'astro';
import { eventsDocumentParts } from '../exports/events-json.ts';
import { streamedResponse } from '../exports/streamed-files.ts';
import { root } from '../site/href.ts';
import { getTimeline } from '../site/timeline.ts';

/**
 * The public contract (issue 3, "Outputs"); shape in src/exports/events-schema.ts (/events.schema.json).
 * Written an event at a time: the document is tens of megabytes on a large corpus (src/exports/streamed-files.ts).
 */
export const GET: APIRoute = async () => {
  const timeline = await getTimeline();
  return streamedResponse({ path: 'events.json', parts: () => eventsDocumentParts(timeline, root) }, 'application/json; charset=utf-8');
};
