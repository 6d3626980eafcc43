import type { APIRoute } from 'astro';
import { absolute } from '../site/href.ts';

// The sitemap integration writes sitemap-index.xml at the site root (under BASE_PATH).
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
