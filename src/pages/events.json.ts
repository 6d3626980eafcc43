import type { APIRoute } from 'astro';
import { eventsDocumentParts } from '../exports/events-json.ts';
import { root } from '../site/href.ts';
import { getTimeline } from '../site/timeline.ts';

/**
 * The public contract (issue 3, "Outputs"); shape in src/exports/events-schema.ts (/events.schema.json).
 * Streamed an event at a time: the document is tens of megabytes on a large corpus.
 */
export const GET: APIRoute = async () => {
  const parts = eventsDocumentParts(await getTimeline(), root);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const part = parts.next();
      if (part.done) controller.close();
      else controller.enqueue(encoder.encode(part.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
