/**
 * The sitemap: `sitemap-index.xml` (named in robots.txt) and `sitemap-0.xml`, `sitemap-1.xml`, …
 * of at most SITEMAP_LIMIT URLs each, written a URL at a time after the pages. The XML (the
 * namespaces, escaping, URL checks) comes from the `sitemap` package. @astrojs/sitemap, which
 * wrote it before, turned the 43,000 pages of a 10,000-article site into objects, sorted them
 * with a collator made anew for each of some 700,000 comparisons and piped them through a
 * chain of streams: the build process rose by 100-150 MB of native memory meanwhile, its peak
 * (README, "Memory at 10,000 articles").
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Transform } from 'node:stream';
import { finished } from 'node:stream/promises';
import { SitemapIndexStream, SitemapStream } from 'sitemap';
import { absoluteUrl } from './site-url.ts';

export const SITEMAP_INDEX = 'sitemap-index.xml';

/** URLs per sitemap file: the protocol allows 50,000; this is what @astrojs/sitemap kept to, so the files stay as they were. */
export const SITEMAP_LIMIT = 45_000;

/** Pages in the order the sitemap lists them: numbers by value (`page/2/` before `page/10/`). */
export function sitemapOrder(paths: readonly string[]): string[] {
  return [...paths].sort(new Intl.Collator('en', { numeric: true }).compare);
}

/**
 * Writes the sitemaps and their index into `dir`, from the site paths (relative to `root`,
 * the site's absolute root URL), in their order. Returns how many sitemaps and URLs it wrote.
 */
export async function writeSitemap(paths: Iterable<string>, dir: string, root: string, limit = SITEMAP_LIMIT): Promise<{ sitemaps: number; urls: number }> {
  const sitemaps: string[] = [];
  let current: OpenFile | undefined;
  let urls = 0;
  for (const path of paths) {
    if (urls % limit === 0) {
      await current?.close();
      const name = `sitemap-${sitemaps.length}.xml`;
      sitemaps.push(name);
      // The four namespaces are what the sitemaps declared before, so their bytes stay the same.
      current = open(new SitemapStream({ hostname: root, xmlns: { news: true, xhtml: true, image: true, video: true } }), join(dir, name));
    }
    await current!.put(absoluteUrl(root, path));
    urls += 1;
  }
  await current?.close();
  const index = open(new SitemapIndexStream(), join(dir, SITEMAP_INDEX));
  for (const name of sitemaps) await index.put(absoluteUrl(root, name));
  await index.close();
  return { sitemaps: sitemaps.length, urls };
}

interface OpenFile {
  /** Writes one URL, waiting while the file lags behind. */
  put(url: string): Promise<void>;
  /** Ends the XML; settles once the file is on disk. */
  close(): Promise<void>;
}

function open(stream: Transform, file: string): OpenFile {
  const written = finished(stream.pipe(createWriteStream(file)));
  return {
    put: async (url) => {
      if (!stream.write({ url })) await once(stream, 'drain');
    },
    close: () => {
      stream.end();
      return written;
    },
  };
}
