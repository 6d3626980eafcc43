import { CLOSING_ACT, MANY_LEADERS, SIDELINES } from '../entities/lexicon.ts';
import { countryById } from '../entities/places.ts';
import { oncePerObject } from '../memo.ts';
import { type CandidateEvent, evidenceText } from '../events/candidate.ts';
import { kindFamily } from '../events/kinds.ts';
import { cameForASummit } from '../events/trip-stay.ts';
import type { Indexed, World } from './cluster-index.ts';

/**
 * A summit and the meetings its leaders hold on its sidelines, in its city and on its days, are
 * different happenings however many people they share: Putin and Modi meeting in Tianjin is not
 * the SCO summit there, nor Xi and Takaichi the APEC summit in Gyeongju. Without telling them
 * apart, a summit's reports take in every bilateral of its days, and which ones they take
 * depends on which reports of other events a site happens to hold.
 */

/** Its sentence says it was held on the sidelines of something: a meeting, whatever summit its words name. */
export function onTheSidelines(report: CandidateEvent): boolean {
  return SIDELINES.test(evidenceText(report));
}

/** How a report stands to a summit: the gathering of a bloc itself, a meeting of named people beside one, its closing, or neither. */
export type SummitPart = 'plenary' | 'side' | 'closing' | undefined;

/**
 * A report saying it was held on the sidelines of something, or told as followed by a sitting of a summit
 * (CandidateEvent.beforeASession: "received the two leaders in the morning. The premier then chaired the summit
 * session"), naming two people or more, is a side meeting. A summit report not so held is the plenary when it seats a bloc or forum (an
 * organisation none of its people speaks for: "Leaders of the Group of 20 opened a two-day
 * summit", "The APEC summit in Gyeongju") or names three leaders or more ("The two-day SCO
 * summit …: Xi, Putin and Modi") or says leaders met ("Leaders of the Asia-Pacific Economic
 * Cooperation forum opened their two-day summit", whatever the forum's name was read as), or
 * names no one ("The summit's declaration will be adopted on Monday"). A gathering told by another noun is the
 * plenary when it says leaders met, whatever its verb ("Leaders of the 32 allies meet at 10 a.m. for a session",
 * "NATO heads of state and government meeting in The Hague adopted a declaration"). A meeting of two named people with no such words is neither:
 * a summit of two (Trump and Putin in Alaska, the EU and China in Beijing) is reported as both.
 * A summit report of one day telling its close as an act (CLOSING_ACT: "Ramaphosa bangs the gavel to close the summit on Sunday",
 * "the summit was closed by the Emir") is its closing, a happening of that day apart from the summit's days, as a text it adopts is.
 */
export function summitPart(report: CandidateEvent, world: World): SummitPart {
  return summitPartIn(world)(report);
}

/** Merging asks it of a report each time the report meets a cluster: answered once per report, within the world of people and sides it was asked in. */
const summitPartIn = oncePerObject((world: World) =>
  oncePerObject((report: CandidateEvent): SummitPart => {
    const people = report.participants.filter(world.isPerson);
    if (onTheSidelines(report) || report.beforeASession) return people.length >= 2 ? 'side' : undefined;
    if (closingOfTheSummit(report)) return 'closing';
    if (MANY_LEADERS.test(evidenceText(report)) && kindFamily(report.kind) === 'gathering') return 'plenary';
    if (report.kind === 'summit' && (bodiesOf(report, world).length > 0 || people.length === 0 || people.length >= 3)) return 'plenary';
    return undefined;
  }),
);

/** A summit report of one day whose sentences tell the summit closed by someone or with its ceremony: a report of its days is the summit still. */
function closingOfTheSummit(report: CandidateEvent): boolean {
  return report.kind === 'summit' && report.date.start === report.date.end && CLOSING_ACT.test(evidenceText(report));
}

/** The blocs and forums a report seats: organisations none of its people speaks for ("Leaders of the Group of Seven", "the G7 summit"). */
function bodiesOf(report: CandidateEvent, { isPerson, sideOf }: World): string[] {
  const spokenFor = new Set(report.participants.filter(isPerson).map(sideOf));
  return [...report.participants, ...(report.roles?.sides ?? [])].filter((id) => !isPerson(id) && countryById(id) === undefined && !spokenFor.has(id));
}

/**
 * How a report of one day stands to a gathering of the next or the day before. A summit's plenary
 * goes on only as the plenary: a meeting of two of its leaders on its eve in its city (Lee and
 * Takaichi in Gyeongju the day before APEC opened) is no first day of it, whoever sits at both;
 * and the plenary of one body on following days ("Leaders of the Group of Seven opened their
 * summit" on Monday, "the G7 summit … ended on Tuesday") is one summit, whoever else each names.
 */
export function summitGoesOn(entry: Indexed, report: CandidateEvent, world: World): 'apart' | 'same body' | undefined {
  const plenary = (m: CandidateEvent): boolean => summitPart(m, world) === 'plenary';
  const plenaries = entry.cluster.members.filter(plenary);
  if (plenary(report) !== plenaries.length > 0) {
    const meetings = plenary(report) ? entry.cluster.members : [report];
    return meetings.every((m) => m.kind !== 'summit' && !cameForASummit(m)) ? 'apart' : undefined;
  }
  if (!plenary(report)) return undefined;
  const bodies = new Set(plenaries.flatMap((m) => bodiesOf(m, world)));
  return bodiesOf(report, world).some((b) => bodies.has(b)) ? 'same body' : undefined;
}

/** A summit's plenary and a meeting beside it, one the report and the other all the event's reports that are either. */
export function besideTheSummit(entry: Indexed, report: CandidateEvent, world: World): boolean {
  const ours = summitPart(report, world);
  if (ours === undefined) return false;
  let theirs: SummitPart;
  for (const m of entry.cluster.members) {
    const part = summitPart(m, world);
    if (part === undefined) continue;
    if (part === ours) return false;
    theirs = part;
  }
  return theirs !== undefined;
}

/** The countries a report names, at its table or in its sentence ("between the American and Syrian presidents … Damascus greeted it"). */
function countriesNamed(report: CandidateEvent): string[] {
  return [...namedIn(report)].filter((p) => countryById(p) !== undefined);
}

/** Every name a report's sentences give, whatever part they took. */
function namedIn(report: CandidateEvent): Set<string> {
  return new Set([...report.participants, ...(report.roles?.sides ?? []), ...(report.mentions ?? [])]);
}

/** Its sentence tells of many leaders ("Leaders of the Gulf Cooperation Council met Donald Trump at a summit"). */
function saysManyLeaders(report: CandidateEvent): boolean {
  return !onTheSidelines(report) && MANY_LEADERS.test(evidenceText(report));
}

/**
 * A summit of many leaders and a meeting of few, of no summit, naming a country the summit's
 * reports never name: the Gulf–US summit in Riyadh and Trump's meeting there that day with
 * Syria's president, though Trump and the crown prince sat at both. ("Leaders of the Group of
 * 20 meet in Johannesburg" is that summit, whatever its verb.)
 */
export function anotherTableThanTheSummit(entry: Indexed, report: CandidateEvent, world: World): boolean {
  const members = entry.cluster.members;
  const summit = (m: CandidateEvent) => m.kind === 'summit' && (saysManyLeaders(m) || m.participants.filter(world.isPerson).length >= 3);
  const [summits, meetings] = summit(report) ? [[report], members] : [members, [report]];
  if (!summits.some(summit) || summits.some((m) => m.kind !== 'summit') || meetings.some((m) => m.kind === 'summit' || saysManyLeaders(m))) return false;
  const named = new Set(summits.flatMap((m) => [...namedIn(m)]));
  return meetings.some((m) => countriesNamed(m).some((c) => !named.has(c)));
}
