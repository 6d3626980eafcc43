import { isNode, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ContentError } from '../content-error.ts';
import { EVENT_YEARS } from '../parse/limits.ts';
import { yamlContentError } from '../parse/yaml-error.ts';
import type { EventKind, EventStatus, Tier } from '../types.ts';
import { isEventKind, KINDS } from '../events/kinds.ts';
import { parseEdtf } from './edtf.ts';

const STATUSES: EventStatus[] = ['occurred', 'planned'];
const TIERS: Tier[] = ['key', 'context'];

/** Fields an editor may set on an event (also the fields of an event added by hand). */
export interface EventFields {
  title?: string;
  /** EDTF date value: 2026-02-25, 2026-03, 2026-W09, 1994, 2026-02-17/2026-02-18, 2026-03~ */
  date?: string;
  kind?: EventKind;
  status?: EventStatus;
  tier?: Tier;
  /** Gazetteer ids. */
  participants?: string[];
  place?: string | null;
}

export type Correction =
  | { line: number; action: 'fix'; event: string; set: EventFields; reason?: string }
  | { line: number; action: 'hide'; event: string; reason?: string }
  | { line: number; action: 'merge'; events: string[] }
  | { line: number; action: 'split'; event: string; article: string }
  | { line: number; action: 'add'; event: EventFields & { title: string; date: string; kind: EventKind }; sources: { article: string; quote: string }[] };

export interface Corrections {
  file: string;
  items: Correction[];
}

const HELP = 'See the comment at the top of content/corrections.yaml for the forms a correction can take.';

/** Reads content/corrections.yaml: a list of fixes, each naming the event it applies to. */
export function parseCorrections(source: string, file: string): Corrections {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, schema: 'core' });
  if (doc.errors.length > 0) throw yamlContentError(doc.errors[0]!, source, lines, file);
  if (doc.contents === null) return { file, items: [] };
  if (!isSeq(doc.contents)) throw new ContentError({ file, line: 1 }, 'must be a list of corrections.', `Start each correction with "- ". ${HELP}`);
  const items = doc.contents.items.map((node) => {
    const lineAt = (at: unknown) => (isNode(at) && at.range ? lines.linePos(at.range[0]).line : undefined);
    const line = lineAt(node) ?? 1;
    const fieldLine: FieldLine = (path) => lineAt((node as YamlNode & { getIn?: (p: string[], keep: true) => unknown }).getIn?.(path, true)) ?? line;
    return parseOne((node as { toJSON(): unknown }).toJSON() as Record<string, unknown>, { file, line }, fieldLine);
  });
  return { file, items };
}

/** The line of a field of the correction, e.g. ['set', 'date']; the correction's own line when absent. */
type FieldLine = (path: string[]) => number;

function parseOne(raw: Record<string, unknown>, where: { file: string; line: number }, fieldLine: FieldLine): Correction {
  const { line } = where;
  const fail = (problem: string): never => {
    throw new ContentError(where, problem, HELP);
  };
  const failDate = (key: string, value: unknown): never => {
    throw new ContentError(
      { file: where.file, line: fieldLine([key, 'date']), field: 'date' },
      `has the value ${JSON.stringify(value)}, which is not a date the site can read${typeof value === 'string' && parseEdtf(value) ? ` (a year between ${EVENT_YEARS.from} and ${EVENT_YEARS.to})` : ''}.`,
      'Write a real day, month, week, year or span in quotes: date: "2026-02-25", "2026-03", "2026-W09", "1994" or "2026-02-17/2026-02-18" (add ~ for "around").',
    );
  };
  if (typeof raw !== 'object' || raw === null) return fail('is not a correction.');
  if (raw.merge !== undefined) {
    if (!Array.isArray(raw.merge) || raw.merge.length < 2 || raw.merge.some((id) => typeof id !== 'string')) return fail('merge needs a list of two or more event ids.');
    return { line, action: 'merge', events: raw.merge as string[] };
  }
  if (raw.add !== undefined) {
    const add = raw.add as Record<string, unknown>;
    const fields = eventFields(add, fail, (value) => failDate('add', value));
    if (!fields.title || !fields.date || !fields.kind) return fail('an added event needs title, date and kind.');
    const sources = add.sources ?? [];
    if (!Array.isArray(sources) || sources.some((s) => typeof s?.article !== 'string' || typeof s?.quote !== 'string')) {
      return fail('sources of an added event must be a list of { article: <article id>, quote: "<exact sentence>" }.');
    }
    return { line, action: 'add', event: { ...fields, title: fields.title, date: fields.date, kind: fields.kind }, sources };
  }
  if (typeof raw.event !== 'string') return fail('needs event: <event id> (or merge:, or add:).');
  const reason = reasonOf(raw.reason, { file: where.file, line: fieldLine(['reason']), field: 'reason' });
  if (raw.hide === true) return { line, action: 'hide', event: raw.event, ...reason };
  if (typeof raw.split === 'string') return { line, action: 'split', event: raw.event, article: raw.split };
  if (typeof raw.set === 'object' && raw.set !== null) return { line, action: 'fix', event: raw.event, set: eventFields(raw.set as Record<string, unknown>, fail, (value) => failDate('set', value)), ...reason };
  return fail(`says neither set:, hide: true nor split: for event ${raw.event}.`);
}

/** The editors' reason for a fix or a hide, shown to readers beside what it changed. */
function reasonOf(value: unknown, where: { file: string; line: number; field: string }): { reason?: string } {
  if (value === undefined) return {};
  if (typeof value === 'string' && value.trim() !== '') return { reason: value.trim() };
  throw new ContentError(where, `has the value ${JSON.stringify(value)}; a reason must be text.`, 'Write the reason in quotes: reason: "the report of 24 November says only that the talks have ended".');
}

function eventFields(raw: Record<string, unknown>, fail: (problem: string) => never, failDate: (value: unknown) => never): EventFields {
  const fields: EventFields = {};
  if (raw.title !== undefined) fields.title = typeof raw.title === 'string' && raw.title.trim() ? raw.title : fail('title must be text.');
  if (raw.date !== undefined) fields.date = typeof raw.date === 'string' && isReadableDate(raw.date) ? raw.date : failDate(raw.date);
  if (raw.kind !== undefined) fields.kind = isEventKind(raw.kind) ? raw.kind : fail(`kind must be one of ${KINDS.join(', ')}.`);
  if (raw.status !== undefined) fields.status = STATUSES.includes(raw.status as EventStatus) ? (raw.status as EventStatus) : fail(`status must be one of ${STATUSES.join(', ')}.`);
  if (raw.tier !== undefined) fields.tier = TIERS.includes(raw.tier as Tier) ? (raw.tier as Tier) : fail(`tier must be one of ${TIERS.join(', ')}.`);
  if (raw.participants !== undefined) {
    fields.participants = Array.isArray(raw.participants) && raw.participants.every((p) => typeof p === 'string') ? (raw.participants as string[]) : fail('participants must be a list of gazetteer ids.');
  }
  if (raw.place !== undefined) fields.place = raw.place === null || typeof raw.place === 'string' ? (raw.place as string | null) : fail('place must be a gazetteer id or null.');
  return fields;
}

/** An EDTF value the site reads, in years an event of the timeline can have. */
function isReadableDate(value: string): boolean {
  const date = parseEdtf(value);
  if (date === undefined) return false;
  const years = [date.start, date.end].map((day) => Number(day.slice(0, 4)));
  return years.every((year) => year >= EVENT_YEARS.from && year <= EVENT_YEARS.to);
}
