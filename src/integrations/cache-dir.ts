import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the build's caches (share cards, pipeline results, search index, Astro's
 * pages): `DATELINE_CACHE_DIR`, by default `.cache/` at the project root. A host that keeps
 * it between builds gets incremental builds (README, "What a host keeps between builds").
 */
export function buildCacheDir(root: URL): string {
  return process.env.DATELINE_CACHE_DIR ?? join(fileURLToPath(root), '.cache');
}

/**
 * A hard link to `from` at `to` (a copy where they are on different file systems). A file
 * already at `to` is replaced, never written through: it may be a link to another cached file.
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      rmSync(to, { force: true });
      linkOrCopy(from, to);
    } else copyFileSync(from, to);
  }
}

/** Links every file under `from` into the same place under `to`. */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else linkOrCopy(join(from, entry.name), join(to, entry.name));
  }
}
