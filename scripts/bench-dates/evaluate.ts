/**
 * Runs systems over TimeML documents and scores them the TempEval-3 way (score.ts), for all
 * expression types and for DATE alone. As the benchmark's README asks, a TIME counts as the
 * DATE of its day, in gold and system alike: type DATE, value cut before its "T"
 * (1998-11-20T19:30 → 1998-11-20; the corpus also types some of those DATE). Week numbers are
 * compared in ISO form (2000-W7 as 2000-W07). The value errors on DATE expressions are kept, grouped so
 * that one mistake repeated across documents shows as one line (see errorKey).
 */
import { type Span, type Tally, emptyTally, pair, tally } from './score.ts';
import type { TimemlDocument } from './tml.ts';
import { compareStrings } from '../../src/pipeline/order.ts';

export type System = (text: string, reference: string) => Span[];

export interface SystemResult {
  all: Tally;
  date: Tally;
  /** All four types with their TimeML values as written (a TIME keeps its time): the TempEval-3 task's own value measure. */
  official: Tally;
  /** Value errors as the official measure counts them (all types, as written): wrong value, gold missed, or spurious. */
  errors: ValueError[];
  /** The official pairing broken down by type (see TypeTally): where the value measure is lost. */
  byType: Map<string, TypeTally>;
}

/**
 * One TimeML type's share of the official scoring: its gold expressions (how many were
 * found, how many of those with the gold value, how many with the gold type), and the
 * expressions we gave that type (how many were paired with no gold at all).
 */
export interface TypeTally {
  gold: number;
  found: number;
  value: number;
  type: number;
  system: number;
  spurious: number;
}

const emptyTypeTally = (): TypeTally => ({ gold: 0, found: 0, value: 0, type: 0, system: 0, spurious: 0 });

function typeTallyOf(byType: Map<string, TypeTally>, type: string): TypeTally {
  let t = byType.get(type);
  if (!t) byType.set(type, (t = emptyTypeTally()));
  return t;
}

export interface ValueError {
  document: string;
  reference: string;
  gold?: Span;
  system?: Span;
}

const TIME_OF_DAY = /^(\d{4}(?:-\d\d(?:-\d\d)?)?)T/;

// ISO 8601 weeks have two digits; part of the corpus writes "2000-W7".
const SHORT_WEEK = /^(\d{4}-W)(\d)(?!\d)/;

/** Week numbers in ISO form (2000-W7 → 2000-W07): a notation, the same value. */
function asWritten(span: Span): Span {
  return { ...span, value: span.value.replace(SHORT_WEEK, '$10$2') };
}

/**
 * A TIME as the DATE of its day (also a DATE written with a time of day, "2000-01-05TEV");
 * week numbers in ISO form (2000-W7 → 2000-W07); others unchanged.
 */
export function asDate(span: Span): Span {
  if (span.type !== 'TIME' && span.type !== 'DATE') return span;
  const day = TIME_OF_DAY.exec(span.value)?.[1] ?? span.value;
  return { ...span, type: 'DATE', value: day.replace(SHORT_WEEK, '$10$2') };
}

export function evaluate(documents: Iterable<TimemlDocument>, system: System): SystemResult {
  const result: SystemResult = { all: emptyTally(), date: emptyTally(), official: emptyTally(), errors: [], byType: new Map() };
  for (const document of documents) {
    const written = system(document.text, document.reference);
    const [goldWritten, foundWritten] = [document.timexes.map(asWritten), written.map(asWritten)];
    tally(goldWritten, foundWritten, result.official);
    const gold = document.timexes.map(asDate);
    const found = written.map(asDate);
    tally(gold, found, result.all);
    tally(
      gold.filter((s) => s.type === 'DATE'),
      found.filter((s) => s.type === 'DATE'),
      result.date,
    );
    const { pairs, missed, extra } = pair(goldWritten, foundWritten);
    const at = { document: document.id, reference: document.reference };
    for (const p of pairs) if (p.gold.value !== p.system.value) result.errors.push({ ...at, gold: p.gold, system: p.system });
    for (const g of missed) result.errors.push({ ...at, gold: g });
    for (const s of extra) result.errors.push({ ...at, system: s });
    for (const g of goldWritten) typeTallyOf(result.byType, g.type).gold++;
    for (const s of foundWritten) typeTallyOf(result.byType, s.type).system++;
    for (const p of pairs) {
      const t = typeTallyOf(result.byType, p.gold.type);
      t.found++;
      if (p.gold.value === p.system.value) t.value++;
      if (p.gold.type === p.system.type) t.type++;
    }
    for (const s of extra) typeTallyOf(result.byType, s.type).spurious++;
  }
  return result;
}

const DAY = 86_400_000;

/**
 * A value as it relates to the reference, so the same mistake in different documents groups:
 * 1998-11-13 read on 1998-11-20 is "ref-7d"; 1998-10 is "ref month-1"; 1997 is "ref year-1".
 */
export function relativeValue(value: string, reference: string): string {
  const refYear = Number(reference.slice(0, 4));
  const refMonth = refYear * 12 + Number(reference.slice(5, 7)) - 1;
  const signed = (n: number) => (n === 0 ? '' : n > 0 ? `+${n}` : String(n));
  let match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (match) return `ref${signed(Math.round((Date.parse(value) - Date.parse(reference.slice(0, 10))) / DAY))}d`;
  match = /^(\d{4})-(\d\d)$/.exec(value);
  if (match) return `ref month${signed(Number(match[1]) * 12 + Number(match[2]) - 1 - refMonth)}`;
  match = /^(\d{4})(.*)$/.exec(value);
  if (match && !/^\d/.test(match[2] ?? '')) return `ref year${signed(Number(match[1]) - refYear)}${match[2]}`;
  return value;
}

/** Texts group case-blind, with digits as "#": "Oct. 23" and "Oct. 25" are one kind of text. */
function textShape(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/\d/g, '#');
}

function errorKey(error: ValueError): string {
  const gold = error.gold ? `${textShape(error.gold.text)} = ${relativeValue(error.gold.value, error.reference)}` : '(no gold DATE)';
  const ours = error.system ? `${textShape(error.system.text)} = ${relativeValue(error.system.value, error.reference)}` : '(not found)';
  return `${gold} → ${ours}`;
}

export interface ErrorGroup {
  key: string;
  count: number;
  example: ValueError;
}

/** The most frequent kinds of error first (ties in key order, for a stable listing). */
export function commonErrors(errors: ValueError[], limit: number): ErrorGroup[] {
  const groups = new Map<string, ErrorGroup>();
  for (const error of errors) {
    const key = errorKey(error);
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { key, count: 1, example: error });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || compareStrings(a.key, b.key)).slice(0, limit);
}
