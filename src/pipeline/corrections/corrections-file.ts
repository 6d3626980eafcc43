import { isSeq, LineCounter, parseDocument } from 'yaml';
import { ContentError } from '../content-error.ts';
import type { EventKind, EventStatus, Tier } from '../types.ts';
import { isEventKind, KINDS } from '../events/kinds.ts';

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
  | { line: number; action: 'fix'; event: string; set: EventFields }
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
  if (doc.errors.length > 0) {
    throw new ContentError({ file, line: lines.linePos(doc.errors[0]!.pos[0]).line }, 'is not valid YAML.', 'Check quotes and indentation.');
  }
  if (doc.contents === null) return { file, items: [] };
  if (!isSeq(doc.contents)) throw new ContentError({ file, line: 1 }, 'must be a list of corrections.', `Start each correction with "- ". ${HELP}`);
  const items = doc.contents.items.map((node) => {
    const line = lines.linePos((node as unknown as { range?: [number] }).range?.[0] ?? 0).line;
    return parseOne((node as { toJSON(): unknown }).toJSON() as Record<string, unknown>, { file, line });
  });
  return { file, items };
}

function parseOne(raw: Record<string, unknown>, where: { file: string; line: number }): Correction {
  const { line } = where;
  const fail = (problem: string): never => {
    throw new ContentError(where, problem, HELP);
  };
  if (typeof raw !== 'object' || raw === null) return fail('is not a correction.');
  if (raw.merge !== undefined) {
    if (!Array.isArray(raw.merge) || raw.merge.length < 2 || raw.merge.some((id) => typeof id !== 'string')) return fail('merge needs a list of two or more event ids.');
    return { line, action: 'merge', events: raw.merge as string[] };
  }
  if (raw.add !== undefined) {
    const add = raw.add as Record<string, unknown>;
    const fields = eventFields(add, fail);
    if (!fields.title || !fields.date || !fields.kind) return fail('an added event needs title, date and kind.');
    const sources = add.sources ?? [];
    if (!Array.isArray(sources) || sources.some((s) => typeof s?.article !== 'string' || typeof s?.quote !== 'string')) {
      return fail('sources of an added event must be a list of { article: <article id>, quote: "<exact sentence>" }.');
    }
    return { line, action: 'add', event: { ...fields, title: fields.title, date: fields.date, kind: fields.kind }, sources };
  }
  if (typeof raw.event !== 'string') return fail('needs event: <event id> (or merge:, or add:).');
  if (raw.hide === true) return { line, action: 'hide', event: raw.event, ...(typeof raw.reason === 'string' ? { reason: raw.reason } : {}) };
  if (typeof raw.split === 'string') return { line, action: 'split', event: raw.event, article: raw.split };
  if (typeof raw.set === 'object' && raw.set !== null) return { line, action: 'fix', event: raw.event, set: eventFields(raw.set as Record<string, unknown>, fail) };
  return fail(`says neither set:, hide: true nor split: for event ${raw.event}.`);
}

function eventFields(raw: Record<string, unknown>, fail: (problem: string) => never): EventFields {
  const fields: EventFields = {};
  if (raw.title !== undefined) fields.title = typeof raw.title === 'string' && raw.title.trim() ? raw.title : fail('title must be text.');
  if (raw.date !== undefined) fields.date = typeof raw.date === 'string' ? raw.date : fail('date must be a quoted EDTF date such as "2026-02-25", "2026-03" or "2026-02-17/2026-02-18".');
  if (raw.kind !== undefined) fields.kind = isEventKind(raw.kind) ? raw.kind : fail(`kind must be one of ${KINDS.join(', ')}.`);
  if (raw.status !== undefined) fields.status = STATUSES.includes(raw.status as EventStatus) ? (raw.status as EventStatus) : fail(`status must be one of ${STATUSES.join(', ')}.`);
  if (raw.tier !== undefined) fields.tier = TIERS.includes(raw.tier as Tier) ? (raw.tier as Tier) : fail(`tier must be one of ${TIERS.join(', ')}.`);
  if (raw.participants !== undefined) {
    fields.participants = Array.isArray(raw.participants) && raw.participants.every((p) => typeof p === 'string') ? (raw.participants as string[]) : fail('participants must be a list of gazetteer ids.');
  }
  if (raw.place !== undefined) fields.place = raw.place === null || typeof raw.place === 'string' ? (raw.place as string | null) : fail('place must be a gazetteer id or null.');
  return fields;
}
