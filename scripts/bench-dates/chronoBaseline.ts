/**
 * chrono-node as it comes: chrono.parse(text, refDate), each result's value built from its
 * known components (day → YYYY-MM-DD, month → YYYY-MM, year → YYYY; a weekday or clock time
 * alone → the day chrono computed), type TIME when an hour is known (reduced to its date),
 * else DATE. The reference is noon UTC on the DCT day and the process runs in UTC.
 */
import * as chrono from 'chrono-node';
import type { Span } from './score.ts';

const pad = (n: number | null, width = 2) => String(n ?? 0).padStart(width, '0');

export function chronoAsItComes(text: string, reference: string): Span[] {
  return chrono.parse(text, new Date(`${reference}T12:00:00Z`)).map((result) => {
    const c = result.start;
    const [year, month, day] = [pad(c.get('year'), 4), pad(c.get('month')), pad(c.get('day'))];
    const known = (name: Parameters<typeof c.isCertain>[0]) => c.isCertain(name);
    const value =
      known('day') || known('weekday') || known('hour') ? `${year}-${month}-${day}` : known('month') ? `${year}-${month}` : known('year') ? year : `${year}-${month}-${day}`;
    return { start: result.index, end: result.index + result.text.length, text: result.text, type: known('hour') ? 'TIME' : 'DATE', value };
  });
}
