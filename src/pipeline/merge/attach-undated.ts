import type { CandidateEvent, UndatedCandidate } from '../events/candidate.ts';
import { kindFamily } from '../events/kinds.ts';
import { happeningFamily, toldByItsAct } from './family.ts';
import { dayNumber } from '../dates/calendar.ts';
import type { EventCluster } from './cluster-index.ts';
import { PUBLICATION_LOOKBACK_DAYS } from './date-fit.ts';
import { townElsewhere, type Within } from '../entities/place-chain.ts';

/**
 * Ties reports an article gives no date for to the event of another article they speak of:
 * "Trump said his 'very good call' with Putin had covered Ukraine", published the day after
 * the Trump–Putin call; "Witkoff will travel to Moscow to meet Putin", published days before
 * they met. A report joins when the event is of its sort, at least two of the event's people
 * (or its place and one of its people, or its place and a country at its table, named or the side of a person named) are named in its sentence, and either it says the event took place and the event ended in
 * the few days before its article (a fortnight when its place is named: "the first round in Baku had shown both sides were serious", five days on), or it speaks of a plan and the event began in the two weeks
 * after; of several such events, only one that ties best. It becomes evidence of the event,
 * never a date: the event keeps the days its dated reports give, and who took part stays as
 * they say. A report from a sentence that leads a dated report of its sort is that report's
 * event's, whatever other event its names would tie it to. Returns the reports that stay undated.
 */
/** How far ahead an undated plan may look for the event it announced: "will travel to Moscow" in the coming fortnight. */
const PLAN_HORIZON_DAYS = 14;
/**
 * How far back a report of a gathering it names by its place may look ("the first round in Baku", "the
 * energy-truce talks in the Saudi capital"): a place and a side pin a gathering down as people alone do
 * not pin down a call, which the same two hold again and again.
 */
const PLACED_LOOKBACK_DAYS = 14;

export function attachUndated(
  clusters: EventCluster[],
  undated: UndatedCandidate[],
  publishedOf: (article: string) => string,
  isPerson: (id: string) => boolean,
  sideOf: (person: string) => string | undefined = () => undefined,
  within: Within = () => undefined,
): UndatedCandidate[] {
  // Events by the day their dated reports end and the day they begin, so a report meets only the few of its days.
  const byEnd = new Map<number, Facts[]>();
  const byStart = new Map<number, Facts[]>();
  const file = (index: Map<number, Facts[]>, day: number, facts: Facts): void => {
    const bucket = index.get(day);
    if (bucket) bucket.push(facts);
    else index.set(day, [facts]);
  };
  for (const cluster of clusters) {
    const stated = cluster.members.filter((m) => !m.datedByPublication);
    if (stated.length === 0) continue;
    const facts: Facts = {
      cluster,
      family: happeningFamily(cluster.members[0]!),
      articles: new Set(cluster.members.map((m) => m.article)),
      persons: new Set(cluster.members.flatMap((m) => m.participants).filter(isPerson)),
      places: new Set(cluster.members.flatMap((m) => (m.place === null ? [] : [m.place]))),
      table: new Set(cluster.members.flatMap((m) => [...m.participants.filter((p) => !isPerson(p)), ...(m.roles?.sides ?? [])])),
      byItsAct: cluster.members.every(toldByItsAct),
    };
    file(byEnd, Math.max(...stated.map((m) => dayNumber(m.date.end))), facts);
    file(byStart, Math.min(...stated.map((m) => dayNumber(m.date.start))), facts);
  }
  // A sentence that leads a dated report ("Xi met Takaichi … on Friday, their first talks since
  // she took office") is about that report's event, whatever else its undated words name.
  const ledBy = new Map<string, EventCluster>();
  for (const cluster of clusters) for (const m of cluster.members) if (m.evidence[0] && !m.datedByPublication) ledBy.set(`${m.article}#${m.evidence[0].sentence}#${kindFamily(m.kind)}`, cluster);
  const left: UndatedCandidate[] = [];
  for (const report of undated) {
    const published = publishedOf(report.article);
    // …but not what a clause of time tells came before it ("took office on Tuesday after both houses of the Diet chose her").
    const own = report.ofATimeClause ? undefined : ledBy.get(`${report.article}#${report.evidence.sentence}#${kindFamily(report.kind)}`);
    if (own) {
      own.members.push(asEvidence(report, published));
      continue;
    }
    const day = dayNumber(published.slice(0, 10));
    const names = new Set([...(report.mentions ?? []), ...report.participants, ...(report.place === null ? [] : [report.place])]);
    const named = new Set([...names].filter(isPerson));
    const countries = new Set([...names].flatMap((n) => (isPerson(n) ? (sideOf(n) ?? []) : [n])));
    const near: { f: Facts; recent: boolean }[] = [];
    const lookback = report.place === null ? PUBLICATION_LOOKBACK_DAYS : PLACED_LOOKBACK_DAYS;
    if (report.status === 'occurred') for (let end = day - lookback; end <= day; end += 1) near.push(...(byEnd.get(end) ?? []).map((f) => ({ f, recent: end >= day - PUBLICATION_LOOKBACK_DAYS })));
    else for (let start = day; start <= day + PLAN_HORIZON_DAYS; start += 1) near.push(...(byStart.get(start) ?? []).map((f) => ({ f, recent: true })));
    const fits = near
      .filter(({ f }) => f.family === kindFamily(report.kind) && !f.articles.has(report.article))
      .map(({ f, recent }) => ({ f, shared: tie(f, named, names, countries, recent && !townElsewhere([...f.places], names, within, isPerson)) }))
      .filter((x) => x.shared > 0)
      .sort((a, b) => b.shared - a.shared);
    const best = fits[0];
    if (!best || fits[1]?.shared === best.shared) {
      left.push(report);
      continue;
    }
    best.f.cluster.members.push(asEvidence(report, published));
    best.f.articles.add(report.article);
  }
  return left;
}

/** An undated report as a member of its event: dated, like any report its article does not date, by the publication day. */
function asEvidence(report: UndatedCandidate, published: string): CandidateEvent {
  const day = published.slice(0, 10);
  return {
    article: report.article,
    published,
    kind: report.kind,
    status: report.status,
    date: { value: day, start: day, end: day, precision: 'day' },
    datedByPublication: true,
    participants: [],
    named: [],
    place: null,
    ...(report.mentions ? { mentions: report.mentions } : {}),
    evidence: [report.evidence],
  };
}

interface Facts {
  cluster: EventCluster;
  family: string;
  articles: Set<string>;
  persons: Set<string>;
  places: Set<string>;
  /** The countries at its table, named or as sides. */
  table: Set<string>;
  /** Every report of it is an act told with its place (a signing in Washington): a gathering there only of its own people. */
  byItsAct: boolean;
}

/**
 * How strongly a report's names tie it to an event: two of its people or more (their count),
 * when the event ended in the few days before the report and the report names no town of another
 * country than the event's (`peopleSuffice`: "… laid a wreath before he and Queen Camilla left for London"
 * is not their arrival in Ottawa the day before), else its place and one of its people ("Araghchi said after the meeting with European
 * ministers in Geneva") or countries at its table, named or the sides of people named ("the
 * energy-truce talks in the Saudi capital ended without a text, Ukraine's foreign ministry said",
 * "Syrian Foreign Minister al-Shaibani said the first round in Baku had shown …"), the more the
 * stronger ("the Russian and American delegations in Riyadh" tie to the US–Russia table, not the
 * US–Ukraine one of the day before), else nothing.
 */
function tie(f: Facts, people: Set<string>, names: Set<string>, countries: Set<string>, peopleSuffice: boolean): number {
  const sharedPeople = [...f.persons].filter((p) => people.has(p)).length;
  if (sharedPeople >= 2 && peopleSuffice) return sharedPeople;
  if (![...f.places].some((p) => names.has(p))) return 0;
  // A signing told with its place is that town's gathering of its signers only, as merging reads it
  // (compatible.ts otherPeople, family.ts toldByItsAct): the countries that signed, with the town, do
  // not make "the next step is a summit of the two presidents at the White House" the ministers' signing.
  if (f.byItsAct && sharedPeople === 0 && people.size > 0) return 0;
  return sharedPeople + [...f.table].filter((c) => countries.has(c)).length;
}
