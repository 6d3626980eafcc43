/** Whether dist/ holds a build of the current sources. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What a build depends on, relative to the project root (those that exist are checked). */
export const BUILD_INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'];

/**
 * Newest modification time (ms) of a file, or of a folder and anything under it (a folder's
 * own time changes when a file in it is deleted); 0 when missing.
 */
function newestMtime(file: string): number {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(file).reduce((newest, name) => Math.max(newest, newestMtime(path.join(file, name))), stats.mtimeMs);
}

/**
 * True when dist/index.html is missing or older than any build input. Astro empties
 * dist/ when a build starts, so index.html's time is the time of the last build.
 */
export function isBuildStale(root: string): boolean {
  const built = newestMtime(path.join(root, 'dist', 'index.html'));
  if (built === 0) return true;
  return BUILD_INPUTS.some((input) => newestMtime(path.join(root, input)) > built);
}
