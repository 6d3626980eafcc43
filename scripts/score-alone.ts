// `npm run score:alone`: each tuning set scored alone (`npm run score -- --only <set>`, in a process
// of its own) prints the line the full `npm run score` prints for it. A build whose figures hang on
// what the same process built before it (a memo or cache kept across articles) shows as a
// difference. The full run's lines may be given (`--full`, a file `npm run score` wrote, as
// runscores.sh's -score.txt), else it is run; sets may be named, else every seeds and tuning line is
// checked (held-out sets are not: their lines are totals either way, and the sealed sets are no
// place to look for a cause). Exits 1 on a difference.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { scriptArgs } from './lib/args.ts';

const { values, positionals, fail } = scriptArgs({
  name: 'score:alone',
  usage: 'usage: npm run score:alone -- [--full score.txt] [set …]',
  config: { options: { full: { type: 'string' } }, allowPositionals: true },
});

const score = (...args: string[]): string[] => execFileSync(process.execPath, ['scripts/score-corpus.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }).split('\n');
const full = values.full === undefined ? score() : readFileSync(values.full, 'utf8').split('\n');
/** A line's set: its first word ("own10-tune key 4/6 …"). */
const setOf = (line: string): string => line.split(' ')[0]!;
const tuning = full.map(setOf).filter((set) => set === 'seeds' || set === 'tuning' || /^(?:own\d+|merge\d*)-tune$/.test(set));
const sets = positionals.length > 0 ? positionals : tuning;
const unknown = sets.filter((set) => !tuning.includes(set));
if (unknown.length > 0) fail(`no tuning line in the full run for ${unknown.join(', ')}`);

let differing = 0;
for (const set of sets) {
  const inFull = full.find((line) => setOf(line) === set)!;
  const alone = score('--only', set).find((line) => setOf(line) === set);
  if (alone === inFull) process.stdout.write(`same  ${set}\n`);
  else {
    differing += 1;
    process.stdout.write(`DIFFERS ${set}\n  full:  ${inFull}\n  alone: ${alone ?? '(no line)'}\n`);
  }
}
process.stdout.write(`${sets.length - differing}/${sets.length} sets print alone what they print in the full run\n`);
process.exitCode = differing > 0 ? 1 : 0;
