// `npm run score`: how the pipeline's chronology compares with the gold chronologies of the
// seeds, of the development corpus (tuning split, held-out split, all 30 articles) and of the
// sealed own corpus (tests/fixtures/own-corpus) and the split own corpora (own-corpus-2 … : own2-tune, own2-held, …; listed in
// scripts/lib/own-corpora.ts), and of the merging development sets (merge-tune, merge-held; merge4-tune … merge20-held).
// `--verbose` lists every miss; `--only tuning` (or seeds, held-out, all, own, own2-tune, own2-held …, merge-tune, merge-held, merge4-tune … merge20-held, merge) prints one build.
// `--only together` prints the tuning parts of every set built as one site (tuning+, merge+, merge4+ … merge12+), each on its own gold.
// See scripts/lib/corpus-score.ts for what each figure counts.
import { corpusBuilds, mergeDevBuilds, ownBuild, ownSplitBuilds, seedsBuild, togetherBuilds } from './lib/corpus-builds.ts';
import { formatScore } from './lib/corpus-score.ts';
import { OWN_SPLIT_CORPORA } from './lib/own-corpora.ts';
import { scriptArgs } from './lib/args.ts';

const { values, fail } = scriptArgs({
  name: 'score',
  usage: `usage: npm run score -- [--verbose] [--only seeds|tuning|held-out|all|own|${OWN_SPLIT_CORPORA.map(({ name }) => `${name}-tune|${name}-held`).join('|')}|merge…|together]`,
  config: { options: { verbose: { type: 'boolean', short: 'v', default: false }, only: { type: 'string' } } },
});
const wanted = (name: string): boolean => values.only === undefined || name.startsWith(values.only);
// The tuning parts built together are built only when one of their names is asked for.
const together = values.only === undefined || values.only === 'together' || /^(?:tuning|merge\d*)\+/.test(values.only) ? togetherBuilds().filter((b) => values.only === 'together' || wanted(b.name)) : [];
// Only the builds asked for are made: '--only own10-tune' reads and builds own-corpus-10's tuning half alone.
const builds = [...(wanted('seeds') ? [seedsBuild()] : []), ...corpusBuilds('.', wanted), ...(wanted('own') ? [ownBuild()] : []), ...ownSplitBuilds('.', wanted), ...mergeDevBuilds('.', wanted)].concat(together);
if (builds.length === 0) fail(`--only ${values.only} names no build; use seeds, tuning, held-out, all, own, merge or together`);
for (const build of builds) process.stdout.write(`${formatScore(build.name, build.score, values.verbose)}\n`);
