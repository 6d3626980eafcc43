import type { APIRoute } from 'astro';
import { eventsSchema } from '../exports/events-schema.ts';

/** The shape of /events.json, with the event kinds of the kinds table. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(eventsSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
