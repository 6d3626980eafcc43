/**
 * npm run dates -- --ref YYYY-MM-DD  < text
 * Prints one JSON object per temporal expression found in stdin, one per line.
 */
import { parseArgs } from 'node:util';
import { text } from 'node:stream/consumers';
import { findTemporalExpressions } from '../src/pipeline/dates/index.ts';
import { parseReferenceDay } from '../src/pipeline/dates/calendar.ts';

function fail(message: string): never {
  process.stderr.write(`dates: ${message}\nusage: npm run dates -- --ref YYYY-MM-DD < article.txt\n`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({ options: { ref: { type: 'string' } } });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

if (!values.ref) fail('missing --ref (the publication date, YYYY-MM-DD or an ISO date-time)');
try {
  parseReferenceDay(values.ref);
} catch (error) {
  fail((error as Error).message);
}

const input = await text(process.stdin);
for (const { start, end, text: span, type, value, mod } of findTemporalExpressions(input, values.ref)) {
  process.stdout.write(`${JSON.stringify({ start, end, text: span, type, value, ...(mod ? { mod } : {}) })}\n`);
}
