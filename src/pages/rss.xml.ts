import type { APIRoute } from 'astro';
import { eventsFeed } from '../exports/rss.ts';
import { root } from '../site/href.ts';
import { getTimeline } from '../site/timeline.ts';

export const GET: APIRoute = async () =>
  new Response(await eventsFeed(await getTimeline(), root, 'Dateline'), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
