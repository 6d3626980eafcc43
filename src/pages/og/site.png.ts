import type { APIRoute } from 'astro';
import { card, siteCardText } from '../../exports/og-card.ts';
import { cachedCard } from '../../exports/og-render.ts';

/** The share image of every page that has none of its own (Base.astro's default). */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await cachedCard(card(siteCardText))), { headers: { 'Content-Type': 'image/png' } });
