import { createHash } from 'node:crypto';
import { editorCorrections, type TrackedCluster } from './corrections/apply.ts';
import { parseEdtf } from './corrections/edtf.ts';
import type { Entity } from './entities/gazetteer.ts';
import { withRoles } from './entities/event-roles.ts';
import type { CandidateEvent } from './events/candidate.ts';
import { writeHeadline } from './events/headline.ts';
import { comesByCalendar } from './events/kinds.ts';
import { eventId, nameFromId } from './ids/event-id.ts';
import { type LeadHappening, leadHappening, rankReports } from './merge/best-report.ts';
import { type EventEvidence, eventEvidence, type LeadSentences } from './merge/cited-evidence.ts';
import { describeDate } from './merge/describe-date.ts';
import { lifecycle, statusAsOf } from './merge/lifecycle.ts';
import type { SentDescription } from './merge-in-parts.ts';
import { summarise, type EventDraft } from './merge/summarise.ts';
import { settleIdClashes } from './unique-ids.ts';
import type { Article, Sentence, Source, TimelineEvent } from './types.ts';
import { compareStrings } from './order.ts';

// From a merged cluster of reports to the event the timeline publishes: described (title, roles,
// date, lifecycle), given an id, then written out with its sources. timeline.ts decides what is
// merged where and when; this is what it does to each event, on whichever thread.

/** An event described and given its id: what toTimelineEvent writes out. */
export interface Finished {
  tracked: TrackedCluster;
  draft: EventDraft;
  title: string;
  /** The event's principal participants as the gazetteer names them: its id is made from them. */
  principals: { name: string; type: Entity['type'] }[];
  /** The id its date, kind and principals make, before events sharing one say more about themselves. */
  baseId: string;
  id: string;
  /** Its reports, most direct first, and who took part in what role: the title reads them, then the event. */
  ranked: CandidateEvent[];
  taking: ReturnType<typeof withRoles>;
  /** Its date as the timeline writes it, and what became of it as the reports tell, as of the site's present. */
  date: TimelineEvent['date'];
  lifecycle: TimelineEvent['lifecycle'];
  standing: TimelineEvent['statusAsOf'];
  /** The first happening of its lead report's sentence, which its summary reads first: read here, on whichever thread describes it. */
  lead: LeadHappening | undefined;
}

/** An event described, before it has an id. */
export type Described = Omit<Finished, 'id'>;

/** A description made on another thread, its reports this thread's again. */
export function received(tracked: TrackedCluster, sent: SentDescription, reports: CandidateEvent[]): Described {
  const { draft, drafted, ranked, ...rest } = sent;
  return { ...rest, tracked, draft: { ...draft, members: drafted.map((i) => reports[i]!) }, ranked: ranked.map((i) => reports[i]!) };
}

/**
 * One event as the timeline tells it, short of its id: the machine's summary of its reports (or
 * an editor's event), with the editor's fixes over it, its title, roles and lifecycle. The same
 * function runs on both threads, so an event is described the same wherever it was merged.
 */
export function describeEvent(tracked: TrackedCluster, depth: (p: string) => number, entities: Map<string, Entity>, phrases: Map<object, string>, sides: Map<string, string>, now: string): Described {
  const base = tracked.manual ? { ...tracked.manual, principals: tracked.manual.participants, members: tracked.cluster.members } : summarise(tracked.cluster, depth, (id) => entities.get(id)?.type === 'person');
  const fixes = tracked.fixes;
  const fixedDate = fixes.date ? parseEdtf(fixes.date) : undefined;
  const draft: EventDraft = {
    ...base,
    ...(fixes.kind ? { kind: fixes.kind } : {}),
    ...(fixes.status ? { status: fixes.status } : {}),
    ...(fixes.tier ? { tier: fixes.tier } : {}),
    ...(fixedDate ? { date: fixedDate, datedByPublication: false } : {}),
    ...(fixes.participants ? { participants: fixes.participants, principals: fixes.participants } : {}),
    ...(fixes.place !== undefined ? { place: fixes.place } : {}),
  };
  const known = (ids: string[]) => ids.map((id) => entities.get(id)).filter((e): e is Entity => e !== undefined);
  // A title names who took part: the people present and the sides at the table, brokers aside.
  const taking = withRoles(draft.members, draft.participants, entities, sides, (id) => ({ id, name: entities.get(id)?.name ?? id }));
  const { roles } = taking;
  const named = known([...roles.present, ...roles.parties].map((r) => r.id));
  const ranked = rankReports(draft.members, draft.date, draft.status);
  const phrase = ranked.map((m) => phrases.get(m)).find((p) => p !== undefined && p !== '') ?? '';
  const title =
    fixes.title ??
    tracked.manual?.title ??
    writeHeadline({
      kind: draft.kind,
      status: draft.status,
      participants: named,
      place: draft.place ? (entities.get(draft.place)?.name ?? draft.place) : null,
      phrase,
      sentence: ranked[0]?.evidence[0]?.text,
      evidence: ranked.flatMap((m) => m.evidence.map((e) => e.text)),
      names: entities,
    });
  // An id never waits for the gazetteer: a name it lacks is still a name, read from its id.
  const principals = draft.principals.map((id) => entities.get(id) ?? nameFromId(id));
  const date = { ...draft.date, text: describeDate(draft.date) };
  const steps = lifecycle(draft.members);
  const standing = steps.length > 0 ? statusAsOf(steps, date.end, now, comesByCalendar(draft.kind, draft.noun)) : manualStatus(draft.status, date.end);
  return { tracked, draft, title, principals, baseId: eventId({ ...draft, participants: principals, phrase }), ranked, taking, date, lifecycle: steps, standing, lead: leadHappening(ranked, draft.kind) };
}

/** Gives each event its id; when two events would share one, both say more about themselves. */
export function identify(items: Described[]): Finished[] {
  const withIds = items.map((item) => ({ ...item, id: item.baseId }));
  const counts = new Map<string, number>();
  for (const item of withIds) counts.set(item.id, (counts.get(item.id) ?? 0) + 1);
  for (const item of withIds) {
    if (counts.get(item.id)! > 1) {
      const first = item.draft.members[0]?.evidence[0]?.text ?? item.title;
      item.id = `${item.id}-${createHash('sha256').update(first).digest('hex').slice(0, 6)}`;
    }
  }
  settleIdClashes(withIds);
  return withIds;
}

/** An event's summary and its quotes by article (cited-evidence.ts eventEvidence), given what every event's reports lead with. */
export function evidenceOf(d: Described, byId: Map<string, { article: Article; sentences: Sentence[] }>, entities: Map<string, Entity>, leading: LeadSentences): EventEvidence {
  const { draft } = d;
  const nameOf = (id: string) => entities.get(id)?.name;
  const names = [...draft.participants, ...(draft.place ? [draft.place] : [])].map(nameOf).filter((n): n is string => n !== undefined);
  const read = (id: string) => byId.get(id)!;
  return eventEvidence(d.ranked, d.tracked.cluster.members, draft.kind, names, leading, entities, (id) => ({ outlet: read(id).article.outlet, sentences: read(id).sentences }), d.lead);
}

/**
 * A finished event as the timeline publishes it: the sources its reports cite, its status as of its lifecycle.
 * `evidence` is its evidence if worked out already (evidence-ahead.ts).
 */
export function toTimelineEvent(
  f: Finished,
  byId: Map<string, { article: Article; sentences: Sentence[] }>,
  entities: Map<string, Entity>,
  leading: LeadSentences,
  evidence = evidenceOf(f, byId, entities, leading),
): TimelineEvent {
  const { draft, date, lifecycle: steps, standing } = f;
  // The report the summary stands on leads: its article is the first source and its sentence the first quote.
  const articleOf = (id: string) => byId.get(id)!.article;
  const { summary, sources } = evidence;
  const cited: Source[] = sources.map(({ article, quotes }) => {
    const { id, title, outlet, published, url } = articleOf(article);
    return { article: id, title, outlet, published, url: url ?? null, quotes };
  });
  const ref = (id: string) => ({ id, name: entities.get(id)?.name ?? id });
  // Its day has come and gone: what was announced for it has occurred, unless an editor said otherwise.
  const status = draft.status === 'planned' && standing.stage === 'occurred' && !f.tracked.fixes.status ? 'occurred' : draft.status;
  const corrections = editorCorrections(f.tracked);
  return {
    id: f.id,
    title: f.title,
    summary: summary ?? f.title,
    kind: draft.kind,
    status,
    tier: draft.tier,
    date,
    ...f.taking,
    place: draft.place ? ref(draft.place) : null,
    sources: cited,
    disagreements: draft.disagreements,
    aliases: [...f.tracked.knownAs].filter((id) => id !== f.id).sort(compareStrings),
    ...(corrections.length > 0 ? { corrections } : {}),
    datedByPublication: draft.datedByPublication,
    lifecycle: steps,
    statusAsOf: standing,
  };
}

/** An event an editor added by hand stands on the editor's word, as of its own date. */
function manualStatus(status: TimelineEvent['status'], day: string): TimelineEvent['statusAsOf'] {
  return { stage: status, asOf: day, article: '', overdue: false, text: `${status} (editor's correction)` };
}
