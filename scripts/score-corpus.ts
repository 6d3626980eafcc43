// `npm run score`: how the pipeline's chronology compares with the gold chronologies of the
// seeds, of the development corpus (tuning split, held-out split, all 30 articles) and of the
// sealed own corpus (tests/fixtures/own-corpus), and of the merging development sets (merge-tune, merge-held; merge4-tune, merge4-held; merge5-tune, merge5-held; merge6-tune, merge6-held).
// `--verbose` lists every miss; `--only tuning` (or seeds, held-out, all, own, merge-tune, merge-held, merge4-tune, merge4-held, merge5-tune, merge5-held, merge6-tune, merge6-held, merge) prints one build.
// See scripts/lib/corpus-score.ts for what each figure counts.
import { parseArgs } from 'node:util';
import { corpusBuilds, mergeDevBuilds, ownBuild, seedsBuild } from './lib/corpus-builds.ts';
import { formatScore } from './lib/corpus-score.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v', default: false }, only: { type: 'string' } } });
const builds = [seedsBuild(), ...corpusBuilds(), ownBuild(), ...mergeDevBuilds()].filter((b) => values.only === undefined || b.name.startsWith(values.only));
if (builds.length === 0) {
  process.stderr.write(`error: --only ${values.only} names no build; use seeds, tuning, held-out, all, own or merge\n`);
  process.exit(1);
}
for (const build of builds) process.stdout.write(`${formatScore(build.name, build.score, values.verbose)}\n`);
