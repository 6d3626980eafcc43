// `npm run score`: how the pipeline's chronology compares with the gold chronologies of the
// seeds, of the development corpus (tuning split, held-out split, all 30 articles) and of the
// sealed own corpus (tests/fixtures/own-corpus) and the second to twentieth own corpora (own-corpus-2: own2-tune, own2-held; own-corpus-3: own3-tune, own3-held; own-corpus-4: own4-tune, own4-held; own-corpus-5: own5-tune, own5-held; own-corpus-6: own6-tune, own6-held; own-corpus-7: own7-tune, own7-held; own-corpus-8: own8-tune, own8-held; own-corpus-9: own9-tune, own9-held; own-corpus-10: own10-tune, own10-held; own-corpus-11: own11-tune, own11-held; own-corpus-12: own12-tune, own12-held; own-corpus-13: own13-tune, own13-held; own-corpus-14: own14-tune, own14-held; own-corpus-15: own15-tune, own15-held; own-corpus-16: own16-tune, own16-held; own-corpus-17: own17-tune, own17-held; own-corpus-18: own18-tune, own18-held; own-corpus-19: own19-tune, own19-held; own-corpus-20: own20-tune, own20-held), and of the merging development sets (merge-tune, merge-held; merge4-tune … merge20-held).
// `--verbose` lists every miss; `--only tuning` (or seeds, held-out, all, own, own2-tune, own2-held, own3-tune, own3-held, own4-tune, own4-held, own5-tune, own5-held, own6-tune, own6-held, own7-tune, own7-held, own8-tune, own8-held, own9-tune, own9-held, own10-tune, own10-held, own11-tune, own11-held, own12-tune, own12-held, own13-tune, own13-held, own14-tune, own14-held, own15-tune, own15-held, own16-tune, own16-held, own17-tune, own17-held, own18-tune, own18-held, own19-tune, own19-held, own20-tune, own20-held, merge-tune, merge-held, merge4-tune … merge20-held, merge) prints one build.
// `--only together` prints the tuning parts of every set built as one site (tuning+, merge+, merge4+ … merge12+), each on its own gold.
// See scripts/lib/corpus-score.ts for what each figure counts.
import { corpusBuilds, mergeDevBuilds, ownBuild, ownSplitBuilds, seedsBuild, togetherBuilds } from './lib/corpus-builds.ts';
import { formatScore } from './lib/corpus-score.ts';
import { scriptArgs } from './lib/args.ts';

const { values, fail } = scriptArgs({
  name: 'score',
  usage: 'usage: npm run score -- [--verbose] [--only seeds|tuning|held-out|all|own|own2-tune|own2-held|own3-tune|own3-held|own4-tune|own4-held|own5-tune|own5-held|own6-tune|own6-held|own7-tune|own7-held|own8-tune|own8-held|own9-tune|own9-held|own10-tune|own10-held|own11-tune|own11-held|own12-tune|own12-held|own13-tune|own13-held|own14-tune|own14-held|own15-tune|own15-held|own16-tune|own16-held|own17-tune|own17-held|own18-tune|own18-held|own19-tune|own19-held|own20-tune|own20-held|merge…|together]',
  config: { options: { verbose: { type: 'boolean', short: 'v', default: false }, only: { type: 'string' } } },
});
const wanted = (name: string): boolean => values.only === undefined || name.startsWith(values.only);
// The tuning parts built together are built only when one of their names is asked for.
const together = values.only === undefined || values.only === 'together' || /^(?:tuning|merge\d*)\+/.test(values.only) ? togetherBuilds().filter((b) => values.only === 'together' || wanted(b.name)) : [];
// Only the builds asked for are made: '--only own10-tune' reads and builds own-corpus-10's tuning half alone.
const builds = [...(wanted('seeds') ? [seedsBuild()] : []), ...corpusBuilds('.', wanted), ...(wanted('own') ? [ownBuild()] : []), ...ownSplitBuilds('.', wanted), ...mergeDevBuilds('.', wanted)].concat(together);
if (builds.length === 0) fail(`--only ${values.only} names no build; use seeds, tuning, held-out, all, own, merge or together`);
for (const build of builds) process.stdout.write(`${formatScore(build.name, build.score, values.verbose)}\n`);
