/** Compares two built sites file by file, for the reproducibility check (scripts/check-reproducible.ts). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './dist-pages.ts';
import { compareStrings } from '../../src/pipeline/order.ts';

export interface SiteDifference {
  file: string;
  /** Where the file differs: only in one site, or the first differing line of each. */
  reason: string;
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every file that is in one site only or whose bytes differ, sorted by path. */
export function siteDifferences(first: string, second: string): SiteDifference[] {
  const a = new Set(listFiles(first));
  const b = new Set(listFiles(second));
  const differences: SiteDifference[] = [];
  for (const file of [...new Set([...a, ...b])].sort(compareStrings)) {
    if (!b.has(file)) differences.push({ file, reason: `only in ${first}` });
    else if (!a.has(file)) differences.push({ file, reason: `only in ${second}` });
    else if (digest(path.join(first, file)) !== digest(path.join(second, file))) differences.push({ file, reason: firstDifference(path.join(first, file), path.join(second, file)) });
  }
  return differences;
}

/** The first line that differs, cut to a readable length (binary files: the byte offset). */
function firstDifference(first: string, second: string): string {
  const [x, y] = [readFileSync(first), readFileSync(second)];
  let at = 0;
  while (at < x.length && at < y.length && x[at] === y[at]) at += 1;
  if (x.subarray(0, at + 1).includes(0) || !/\.(html|xml|json|txt|ics|css|js|svg)$/.test(first)) return `bytes differ from offset ${at}`;
  const line = (bytes: Buffer) => {
    const start = bytes.lastIndexOf(10, at - 1) + 1;
    const end = bytes.indexOf(10, at);
    return JSON.stringify(bytes.subarray(Math.max(start, at - 60), Math.min(end < 0 ? bytes.length : end, at + 60)).toString('utf8'));
  };
  return `first difference at offset ${at}: ${line(x)} vs ${line(y)}`;
}
