import type { APIRoute, GetStaticPaths } from 'astro';
import { drawCard } from '../../exports/og-draw.ts';
import { requestShareCards, shareCards } from '../../exports/og-cards.ts';
import type { CardText } from '../../exports/og-card.ts';
import { getTimeline } from '../../site/timeline.ts';

/**
 * Share cards. A build hands the list to the share-card integration
 * (src/integrations/og-cards.ts), which draws them in parallel with the pages and from its
 * cache, so this route has no pages then. Under `astro dev` (no integration listening),
 * each is drawn when asked for.
 */
export const getStaticPaths = (async () => {
  const cards = shareCards((await getTimeline()).events);
  if (requestShareCards(cards)) return [];
  return cards.map((card) => ({ params: { card: card.path.slice('og/'.length, -'.png'.length) }, props: { text: card.text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) =>
  new Response(new Uint8Array(await drawCard(props.text)), { headers: { 'Content-Type': 'image/png' } });
