import { tellsPersonUnnamed } from '../entities/anaphora.ts';
import type { CandidateEvent } from '../events/candidate.ts';
import type { EventCluster } from '../merge/cluster-index.ts';
import type { EventDraft } from '../merge/summarise.ts';
import type { Article, CalendarDate, EditorCorrection, Sentence, Warning } from '../types.ts';
import type { Correction, Corrections, EventFields } from './corrections-file.ts';
import { parseEdtf } from './edtf.ts';

/** A cluster together with every id it has been known by, so corrections keep matching. */
export interface TrackedCluster {
  cluster: EventCluster;
  knownAs: Set<string>;
  /** An editor's overrides, applied after the reports are summarised. */
  fixes: EventFields;
  /** The editors' reasons by field, for the fields `fixes` sets. */
  reasons?: Partial<Record<EditorCorrection['field'], string>>;
  /** Events added by hand have no reports to summarise from. */
  manual?: Omit<EventDraft, 'members' | 'principals'> & { title: string };
  /** Where an event added by hand was added: the correction's file and line. */
  addedAt?: { file: string; line: number };
}

/**
 * Merges and splits change which reports make an event; they run before fixes, which
 * then apply to the resulting event whichever of its ids they name.
 */
export function applyStructural(
  tracked: TrackedCluster[],
  corrections: Corrections,
  used: Set<Correction>,
  /** Records the ids the clusters have now, so later corrections can name what a split made. */
  remember: (clusters: TrackedCluster[]) => void,
): TrackedCluster[] {
  let result = [...tracked];
  const find = (id: string): TrackedCluster | undefined => result.find((t) => t.knownAs.has(id));
  for (const c of corrections.items) {
    if (c.action === 'merge') {
      const parts = c.events.map(find);
      if (parts.some((p) => p === undefined) || new Set(parts).size < 2) continue;
      const [into, ...rest] = parts as TrackedCluster[];
      for (const part of rest) {
        into!.cluster.members.push(...part.cluster.members);
        for (const id of part.knownAs) into!.knownAs.add(id);
      }
      result = result.filter((t) => !rest.includes(t));
      used.add(c);
    } else if (c.action === 'split') {
      const whole = find(c.event);
      if (!whole) continue;
      const moved = whole.cluster.members.filter((m) => m.article === c.article);
      if (moved.length === 0 || moved.length === whole.cluster.members.length) continue;
      whole.cluster.members = whole.cluster.members.filter((m) => m.article !== c.article);
      result.push({ cluster: { members: moved }, knownAs: new Set(), fixes: {} });
      remember(result);
      used.add(c);
    }
  }
  return result;
}

export function applyFixes(tracked: TrackedCluster[], corrections: Corrections, used: Set<Correction>): TrackedCluster[] {
  const hidden = new Set<TrackedCluster>();
  for (const c of corrections.items) {
    if (c.action !== 'fix' && c.action !== 'hide') continue;
    const target = tracked.find((t) => t.knownAs.has(c.event));
    if (!target) continue;
    used.add(c);
    if (c.action === 'hide') hidden.add(target);
    else {
      Object.assign(target.fixes, c.set);
      // A later fix of a field replaces the earlier one's value, and its reason with it.
      const reasons = (target.reasons ??= {});
      for (const field of Object.keys(c.set) as EditorCorrection['field'][]) {
        if (c.reason === undefined) delete reasons[field];
        else reasons[field] = c.reason;
      }
    }
  }
  return tracked.filter((t) => !hidden.has(t));
}

/** The fields the editors set on an event, each with its value and reason, for readers to see. */
export function editorCorrections(tracked: TrackedCluster): EditorCorrection[] {
  return (Object.entries(tracked.fixes) as [EditorCorrection['field'], EditorCorrection['value'] | undefined][])
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => {
      const reason = tracked.reasons?.[field];
      return { field, value: value!, ...(reason === undefined ? {} : { reason }) };
    });
}

/** Events an editor adds by hand, cited by the exact sentences of the articles that report them. */
export function addedEvents(
  corrections: Corrections,
  articles: Map<string, { article: Article; sentences: Sentence[] }>,
  used: Set<Correction>,
  warnings: Warning[],
): TrackedCluster[] {
  const added: TrackedCluster[] = [];
  for (const c of corrections.items) {
    if (c.action !== 'add') continue;
    // parseCorrections has refused a date it cannot read.
    const date = parseEdtf(c.event.date)!;
    const members: CandidateEvent[] = [];
    for (const source of c.sources) {
      const found = articles.get(source.article);
      const sentence = found?.sentences.find((s) => normalise(s.text).includes(normalise(source.quote)));
      if (!found || !sentence) {
        warnings.push({ code: 'invalid-correction', file: corrections.file, message: `${corrections.file}:${c.line}: no sentence “${source.quote}” in article "${source.article}"; copy the quote exactly from content/articles/${source.article}.md.` });
        continue;
      }
      members.push(manualMember(found.article, sentence, c.event, date));
    }
    used.add(c);
    added.push({
      cluster: { members },
      knownAs: new Set(),
      fixes: {},
      addedAt: { file: corrections.file, line: c.line },
      manual: {
        title: c.event.title,
        kind: c.event.kind,
        status: c.event.status ?? 'occurred',
        tier: c.event.tier ?? 'key',
        date,
        datedByPublication: false,
        participants: c.event.participants ?? [],
        place: c.event.place ?? null,
        disagreements: [],
      },
    });
  }
  return added;
}

function manualMember(article: Article, sentence: Sentence, fields: EventFields & { kind: CandidateEvent['kind'] }, date: CalendarDate): CandidateEvent {
  return {
    article: article.id,
    published: article.published,
    kind: fields.kind,
    status: fields.status ?? 'occurred',
    date,
    datedByPublication: false,
    participants: fields.participants ?? [],
    named: fields.participants ?? [],
    place: fields.place ?? null,
    ...(tellsPersonUnnamed(sentence.text) ? { toldUnnamed: true as const } : {}),
    evidence: [{ sentence: sentence.index, text: sentence.text, start: sentence.start, end: sentence.end }],
  };
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function unusedCorrectionWarnings(corrections: Corrections, used: Set<Correction>): Warning[] {
  return corrections.items
    .filter((c) => !used.has(c))
    .map((c) => ({
      code: 'unused-correction' as const,
      file: corrections.file,
      message: `${corrections.file}:${c.line}: this correction (${c.action} ${'event' in c && typeof c.event === 'string' ? c.event : 'events' in c ? c.events.join(', ') : ''}) no longer matches any event; update its id from \`npm run events\` or remove it.`,
    }));
}
