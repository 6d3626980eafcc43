// @ts-check
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind.ts';
import ogCards from './src/integrations/og-cards.ts';
import oldOutput from './src/integrations/old-output.ts';
import streamedFiles from './src/integrations/streamed-files.ts';
import sitemap from './src/integrations/sitemap.ts';

// The public URL and base path come from the environment so one build config serves
// local preview, CI and any static host. See README "Publishing".
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// Lets two builds run side by side (e.g. the budget check on a synthetic corpus).
const outDir = process.env.DATELINE_OUT_DIR ?? './dist';

// Build caches (pages of the last build, content store; see README "What a host keeps between builds").
const cacheDir = `${process.env.DATELINE_CACHE_DIR ?? './.cache'}/astro`;

export default defineConfig({
  site,
  cacheDir,
  // An event or article page whose data (its cacheKey) and template are unchanged is copied
  // from the last build instead of rendered (src/site/page-keys.ts).
  experimental: { incrementalBuild: true },
  // The dev server watches the project; build output, caches and benchmark corpora (tens of
  // thousands of files) would exhaust the system's file watchers and slow its start.
  vite: { server: { watch: { ignored: ['**/.bench/**', '**/.cache/**', '**/dist/**', '**/dist.old-*/**', '**/test-results/**'] } } },
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir,
  // Four pages in flight: each page waits on the disk (a folder, the page, Astro's cached copy)
  // and the main thread renders the next meanwhile; at 1,000 articles the pages took a
  // quarter less time than one at a time, for the same CPU (README, "Site build at scale").
  build: { format: 'directory', concurrency: 4 },
  server: { host: '127.0.0.1', port: 4321 },
  // sitemap-index.xml (named in robots.txt), a URL at a time; redirects and noindex pages stay out
  // (src/integrations/sitemap.ts).
  // pagefind/: the static search index over event and article pages (src/integrations/pagefind.ts).
  // og/: share cards drawn beside the pages and the steps after them, from a cache; last,
  // since its astro:build:done waits for the drawing (src/integrations/og-cards.ts).
  // The previous build's output is deleted while this one runs (src/integrations/old-output.ts).
  // events.json is written a megabyte at a time after the pages (src/integrations/streamed-files.ts).
  integrations: [oldOutput(), sitemap(), streamedFiles(), pagefindIndex(), ogCards()],
});
