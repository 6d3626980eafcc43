import type { APIRoute, GetStaticPaths } from 'astro';
import { drawCard } from '../../exports/og-draw.ts';
import { shareCards } from '../../exports/og-cards.ts';
import type { CardText } from '../../exports/og-card.ts';
import { getTimeline } from '../../site/timeline.ts';

/**
 * Share cards under `astro dev`, drawn when asked for. A build draws them instead in the
 * share-card integration (src/integrations/og-cards.ts), in parallel and from its cache,
 * so this route has no pages then.
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const cards = shareCards((await getTimeline()).events);
  return cards.map((card) => ({ params: { card: card.path.slice('og/'.length, -'.png'.length) }, props: { text: card.text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) =>
  new Response(new Uint8Array(await drawCard(props.text)), { headers: { 'Content-Type': 'image/png' } });
