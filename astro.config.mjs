// @ts-check
import { defineConfig } from 'astro/config';

// The public URL and base path come from the environment so one build config serves
// local preview, CI and any static host. See README "Publishing".
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
});
