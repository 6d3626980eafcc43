import type { APIRoute, GetStaticPaths } from 'astro';
import { card, eventCardText } from '../../exports/og-card.ts';
import { cachedCard } from '../../exports/og-render.ts';
import type { TimelineEvent } from '../../pipeline/types.ts';
import { getTimeline } from '../../site/timeline.ts';

/** The share image of every event page (`og:image`), drawn at build time. */
export const getStaticPaths = (async () => {
  const { events } = await getTimeline();
  return events.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: TimelineEvent }> = async ({ props }) =>
  new Response(new Uint8Array(await cachedCard(card(eventCardText(props.event)))), {
    headers: { 'Content-Type': 'image/png' },
  });
