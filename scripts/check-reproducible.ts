// `npm run check:reproducible [-- --content DIR]`: builds the site twice from cold (no
// cache, no previous output; by default the project's content, or DATELINE_CONTENT=DIR),
// then once more warm on the second build's caches, and fails naming every file whose
// bytes differ from the first build's: the same content must always give the same site.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bin, PROJECT_ROOT, runLogged } from './lib/run.ts';
import { siteDifferences } from './lib/site-diff.ts';
import { scriptArgs } from './lib/args.ts';

const { values } = scriptArgs({ name: 'check:reproducible', usage: 'usage: npm run check:reproducible -- [--content DIR]', config: { options: { content: { type: 'string' } } } });
const work = path.join(PROJECT_ROOT, '.bench', 'reproducible');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

async function build(name: string, cache: string): Promise<string> {
  const out = path.join(work, name);
  const env = { DATELINE_CACHE_DIR: path.join(work, cache), DATELINE_OUT_DIR: out, ...(values.content ? { DATELINE_CONTENT: path.resolve(values.content) } : {}) };
  const log = path.join(work, `${name}.log`);
  process.stderr.write(`check:reproducible: build ${name} (log ${log})\n`);
  await runLogged(bin('astro'), ['build'], PROJECT_ROOT, env, log);
  return out;
}

const first = await build('cold-1', 'cache-1');
const second = await build('cold-2', 'cache-2');
const coldDifferences = siteDifferences(first, second);
// The warm build reuses the second build's caches (pages, cards, search index): it must give the same bytes too.
const warm = await build('warm-2', 'cache-2');
const warmDifferences = siteDifferences(first, warm);
let failed = false;
for (const [what, differences] of [['two cold builds', coldDifferences], ['a cold and a warm build', warmDifferences]] as const) {
  if (differences.length === 0) {
    process.stdout.write(`check:reproducible: ${what} give the same bytes\n`);
    continue;
  }
  failed = true;
  process.stdout.write(`check:reproducible: ${differences.length} files differ between ${what}:\n`);
  for (const { file, reason } of differences.slice(0, 50)) process.stdout.write(`  ${file}: ${reason}\n`);
}
if (!failed) rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
