/**
 * npm run bench:dates -- <dir> [--errors N] [--where REGEX]
 * Scores Dateline's date resolver and chrono-node as it comes on every TimeML (.tml) document
 * under <dir> (TempEval-3 Task A: strict and relaxed extraction, value, type, and the task's
 * official value measure), for the tuning split, the held-out split (see bench-dates/split.ts),
 * the tuning split's news wires alone (less its WSJ files) and the whole, and prints a Markdown
 * table, then our figures type by type on the tuning split. --errors N adds the N most common
 * value errors (all types, as written) of our resolver on the tuning split. --where REGEX lists
 * every occurrence of REGEX in the tuning split with the gold expression and ours over it, and how often
 * the gold marks it: what a class is judged by. The DCT of each document is
 * the reference date. The same command on tests/fixtures/dates/wire scores our own wire-style
 * articles, split by their folders (tuning/, held-out/).
 */
// Before any date is made: chrono-node as it comes reads dates in the machine's zone.
process.env.TZ = 'UTC';

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { findTemporalExpressions } from '../src/pipeline/dates/index.ts';
import { chronoAsItComes } from './bench-dates/chronoBaseline.ts';
import { occurrenceReport, occurrences } from './bench-dates/occurrences.ts';
import { type System, commonErrors, evaluate } from './bench-dates/evaluate.ts';
import { type Row, markdownTable, typeTable } from './bench-dates/table.ts';
import { SPLITS, corpusOf, isWallStreetJournal, splitOf } from './bench-dates/split.ts';
import { type TimemlDocument, readTimeml } from './bench-dates/tml.ts';
import { scriptArgs } from './lib/args.ts';
import { compareStrings } from '../src/pipeline/order.ts';

const { values, positionals, fail } = scriptArgs({
  name: 'bench:dates',
  usage: 'usage: npm run bench:dates -- <dir with .tml files> [--errors N] [--where REGEX]',
  config: { allowPositionals: true, options: { errors: { type: 'string' }, where: { type: 'string' } } },
});

function tmlFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.tml'))
      .sort(compareStrings)
      .map((name) => path.join(dir, name));
  } catch (error) {
    return fail(`cannot read ${dir}: ${(error as Error).message}`);
  }
}

const dir = positionals.length === 1 && positionals[0] ? positionals[0] : fail('give exactly one directory');
const errorCount = values.errors === undefined ? 0 : Number(values.errors);
if (!Number.isInteger(errorCount) || errorCount < 0) fail(`--errors wants a whole number, got "${values.errors}"`);
const where = (() => {
  try {
    return values.where === undefined ? undefined : new RegExp(values.where, 'i');
  } catch (error) {
    return fail(`--where wants a regular expression: ${(error as Error).message}`);
  }
})();

const files = tmlFiles(dir);
if (files.length === 0) fail(`no .tml file under ${dir}`);
const documents: TimemlDocument[] = files.map((file) => {
  try {
    return readTimeml(path.relative(dir, file), readFileSync(file, 'utf8'));
  } catch (error) {
    return fail(`${(error as Error).message} (in ${file}; fix or remove that file)`);
  }
});

const systems: [string, System][] = [
  ['Dateline', findTemporalExpressions],
  ['chrono-node', chronoAsItComes],
];
const partName = ({ split, corpus }: (typeof SPLITS)[number]): string => `${split} (${corpus})`;
const parts: [string, TimemlDocument[]][] = [
  ...SPLITS.map((s): [string, TimemlDocument[]] => [partName(s), documents.filter((d) => corpusOf(d.id) === s.corpus)]),
  // The tuning split's wire and broadcast news (APW, NYT, CNN, VOA …), the sources the held-out split shares.
  ['tuning, news wires (TimeBank less WSJ)', documents.filter((d) => corpusOf(d.id) === 'TimeBank' && !isWallStreetJournal(d.id))],
  [documents.some((d) => corpusOf(d.id) === 'TimeBank') ? 'all TBAQ' : 'all', documents],
];
// The tuning split of the directory given: TimeBank's in TBAQ, tuning/ in our own texts.
const TUNING = parts.find(([name, subset]) => subset.length > 0 && SPLITS.some((s) => s.split === 'tuning' && partName(s) === name))?.[0];
const rows: Row[] = [];
// The held-out split is read for its totals only: its errors, sentences and types are the tuning split's to show.
let tuningErrors: ReturnType<typeof evaluate>['errors'] = [];
const typeRows: Parameters<typeof typeTable>[0] = [];
for (const [name, system] of systems) {
  const started = performance.now();
  for (const [part, subset] of parts) {
    if (subset.length === 0) continue;
    const result = evaluate(subset, system);
    rows.push(
      { split: part, system: name, scope: 'all types (official)', tally: result.official },
      { split: part, system: name, scope: 'all types, TIME as day', tally: result.all },
      { split: part, system: name, scope: 'DATE only', tally: result.date },
    );
    if (name === 'Dateline' && part === TUNING) {
      tuningErrors = result.errors;
      typeRows.push({ split: part, byType: result.byType });
    }
  }
  process.stderr.write(`${name}: ${parts.length} scorings of ${documents.length} documents in ${Math.round(performance.now() - started)} ms\n`);
}
const unsplit = documents.filter((d) => !splitOf(d.id)).length;
if (unsplit) process.stderr.write(`bench:dates: ${unsplit} documents outside ${SPLITS.map((s) => s.corpus).join('/')}: counted in "all TBAQ" only\n`);

process.stdout.write(`TempEval-3 Task A on ${documents.length} documents under ${dir}\n`);
process.stdout.write(`"official": the four types with their TimeML values as written; "TE3 value" = value accuracy over relaxed matches × relaxed F1 (UzZaman et al. 2013)\n\n`);
process.stdout.write(markdownTable(rows));
process.stdout.write(`\nDateline by type on the tuning split (official pairing, values as written):\n\n`);
process.stdout.write(typeTable(typeRows));

if (errorCount > 0) {
  process.stdout.write(`\nMost common value errors of Dateline (all types, as written) on the tuning split (gold text = value → ours; values relative to the DCT "ref"):\n\n`);
  for (const { key, count, example } of commonErrors(tuningErrors, errorCount)) {
    const where = `${example.document}: "${(example.gold ?? example.system)!.text}" gold ${example.gold?.value ?? '-'}, ours ${example.system?.value ?? '-'}, DCT ${example.reference}`;
    process.stdout.write(`${String(count).padStart(4)}  ${key}    e.g. ${where}\n`);
  }
}

if (where) {
  process.stdout.write(`\nEvery "${where.source}" in the tuning split: G = the gold marks it, O = we find it:\n\n`);
  process.stdout.write(occurrenceReport(occurrences(documents.filter((d) => splitOf(d.id) === 'tuning'), findTemporalExpressions, where)));
}
