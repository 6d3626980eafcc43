/**
 * npm run bench:dates -- <dir> [--errors N]
 * Scores Dateline's date resolver and chrono-node as it comes on every TimeML (.tml) document
 * under <dir> (TempEval-3 Task A: strict and relaxed extraction, value, type), all types and
 * DATE alone, and prints a Markdown table. --errors N adds the N most common DATE value errors
 * of our resolver. The DCT of each document is the reference date.
 */
// Before any date is made: chrono-node as it comes reads dates in the machine's zone.
process.env.TZ = 'UTC';

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findTemporalExpressions } from '../src/pipeline/dates/index.ts';
import { chronoAsItComes } from './bench-dates/chronoBaseline.ts';
import { type System, commonErrors, evaluate } from './bench-dates/evaluate.ts';
import { type Row, markdownTable } from './bench-dates/table.ts';
import { type TimemlDocument, readTimeml } from './bench-dates/tml.ts';

const USAGE = 'usage: npm run bench:dates -- <dir with .tml files> [--errors N]';

function fail(message: string): never {
  process.stderr.write(`bench:dates: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function tmlFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.tml'))
      .sort()
      .map((name) => path.join(dir, name));
  } catch (error) {
    return fail(`cannot read ${dir}: ${(error as Error).message}`);
  }
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { errors: { type: 'string' } } });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

const [dir] = positionals;
if (!dir || positionals.length > 1) fail('give exactly one directory');
const errorCount = values.errors === undefined ? 0 : Number(values.errors);
if (!Number.isInteger(errorCount) || errorCount < 0) fail(`--errors wants a whole number, got "${values.errors}"`);

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
const rows: Row[] = [];
const results = new Map<string, ReturnType<typeof evaluate>>();
for (const [name, system] of systems) {
  const started = performance.now();
  const result = evaluate(documents, system);
  const ms = performance.now() - started;
  results.set(name, result);
  rows.push({ system: name, scope: 'all types', tally: result.all }, { system: name, scope: 'DATE only', tally: result.date });
  process.stderr.write(`${name}: ${documents.length} documents in ${Math.round(ms)} ms\n`);
}

process.stdout.write(`TempEval-3 Task A on ${documents.length} documents under ${dir} (TIME counted as the DATE of its day)\n\n`);
process.stdout.write(markdownTable(rows));

if (errorCount > 0) {
  process.stdout.write(`\nMost common DATE value errors of Dateline (gold text = value → ours; values relative to the DCT "ref"):\n\n`);
  for (const { key, count, example } of commonErrors(results.get('Dateline')!.errors, errorCount)) {
    const where = `${example.document}: "${(example.gold ?? example.system)!.text}" gold ${example.gold?.value ?? '-'}, ours ${example.system?.value ?? '-'}, DCT ${example.reference}`;
    process.stdout.write(`${String(count).padStart(4)}  ${key}    e.g. ${where}\n`);
  }
}
