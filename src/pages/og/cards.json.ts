import type { APIRoute } from 'astro';
import { shareCards } from '../../exports/og-cards.ts';
import { getTimeline } from '../../site/timeline.ts';

/**
 * The list of share cards to draw, for the share-card integration (src/integrations/og-cards.ts),
 * which draws them after the pages and removes this file from the built site.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(shareCards((await getTimeline()).events)));
