/**
 * npm run dates -- --ref YYYY-MM-DD  < text
 *   One JSON object per temporal expression found in stdin, one per line.
 * npm run dates -- --jsonl  < documents.jsonl
 *   Many documents at once: each input line {"id", "ref", "text"}; one output line per
 *   expression, with the document's id. A bad line stops with its line number.
 */
import { createInterface } from 'node:readline';
import { text } from 'node:stream/consumers';
import { parseReferenceDay } from '../src/pipeline/dates/calendar.ts';
import { type TemporalExpression, findTemporalExpressions } from '../src/pipeline/dates/index.ts';
import { scriptArgs } from './lib/args.ts';

const args = scriptArgs({
  name: 'dates',
  usage: 'usage: npm run dates -- --ref YYYY-MM-DD < article.txt\n       npm run dates -- --jsonl < documents.jsonl   (lines {"id","ref","text"})',
  config: { options: { ref: { type: 'string' }, jsonl: { type: 'boolean', default: false } } },
});
const { values } = args;
// Declared, so that what follows a call is known to be unreachable.
const fail: (message: string) => never = args.fail;

function line(expression: TemporalExpression, id?: string | number): string {
  const { start, end, text: span, type, value, mod } = expression;
  return `${JSON.stringify({ ...(id === undefined ? {} : { id }), start, end, text: span, type, value, ...(mod ? { mod } : {}) })}\n`;
}

function checkedReference(ref: unknown, where: string): string {
  if (typeof ref !== 'string') fail(`${where}: "ref" must be the publication date, YYYY-MM-DD or an ISO date-time`);
  try {
    parseReferenceDay(ref);
  } catch (error) {
    fail(`${where}: ${(error as Error).message}`);
  }
  return ref;
}

if (values.jsonl) {
  if (values.ref) fail('--ref goes with one text on stdin; with --jsonl each line gives its own "ref"');
  let number = 0;
  for await (const input of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    number++;
    if (!input.trim()) continue;
    const where = `stdin line ${number}`;
    let document: { id?: unknown; ref?: unknown; text?: unknown };
    try {
      document = JSON.parse(input);
    } catch (error) {
      fail(`${where} is not JSON (${(error as Error).message}); write one object {"id","ref","text"} per line`);
    }
    if (typeof document !== 'object' || document === null) fail(`${where}: expected an object {"id","ref","text"}`);
    if (typeof document.id !== 'string' && typeof document.id !== 'number') fail(`${where}: "id" must be a string or a number`);
    if (typeof document.text !== 'string') fail(`${where}: "text" must be a string`);
    const ref = checkedReference(document.ref, where);
    const id = document.id;
    for (const expression of findTemporalExpressions(document.text, ref)) process.stdout.write(line(expression, id));
  }
} else {
  if (!values.ref) fail('missing --ref (the publication date, YYYY-MM-DD or an ISO date-time), or --jsonl');
  const ref = checkedReference(values.ref, '--ref');
  const input = await text(process.stdin);
  for (const expression of findTemporalExpressions(input, ref)) process.stdout.write(line(expression));
}
