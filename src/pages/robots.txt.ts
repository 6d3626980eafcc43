import type { APIRoute } from 'astro';
import { SITEMAP_INDEX } from '../exports/sitemap.ts';
import { absolute } from '../site/href.ts';

// The sitemap integration (src/integrations/sitemap.ts) writes the index at the site root (under BASE_PATH).
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(SITEMAP_INDEX)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
