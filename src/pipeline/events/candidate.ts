import type { Roles } from '../entities/roles.ts';
import type { CalendarDate, EventKind, EventStatus, Warning } from '../types.ts';

/**
 * A sitting (a call, a meeting) as a live page's entry tells it: at the entry's minute of the day (`at`), told as over by then or as
 * going on then, and how many minutes it is told to last, if it is.
 */
export interface Sitting {
  at: number;
  over: boolean;
  going: boolean;
  minutes?: number;
}

export interface EvidenceRef {
  sentence: number;
  text: string;
  start: number;
  end: number;
}

/** A report's evidence as one text, for the word tests merging asks of it. */
export function evidenceText(report: Pick<CandidateEvent, 'evidence'>): string {
  return report.evidence.map((e) => e.text).join(' ');
}

/** One article's report of one event, before reports from other articles are merged. */
export interface CandidateEvent {
  article: string;
  published: string;
  kind: EventKind;
  /** For kind `other`: what it is ("Anniversary", "Rally"), for headlines and merging. */
  noun?: string;
  status: EventStatus;
  date: CalendarDate;
  datedByPublication: boolean;
  /** Dated by a live page's clock-stamped entry under its day heading, that day the paper's (merge/cluster-index.ts stampedDays). */
  stamped?: true;
  /** A call or a meeting as its live entry's clock tells it (entry-clock.ts): its article's other sitting at another clock may be another happening. */
  sitting?: Sitting;
  /** Gazetteer ids in order of first mention: people, then countries and organisations. */
  participants: string[];
  /** Who its own sentence names (participants may grow as later sentences add people). */
  named: string[];
  place: string | null;
  /** The town its story was filed from, where it was done when no report of it says where (entities/dateline-place.ts); merging never reads it. */
  filedFrom?: string;
  /** The capital the body that did it sits in, where it was done when no report of it says where (entities/doer-capital.ts); merging never reads it. */
  doersCapital?: string;
  /** Who took which part, as its own sentence says (entities/roles.ts). */
  roles?: Roles;
  /** Every entity its sentences name, whatever part they took ("Zelensky said …", the country struck): merging ties reports by them. */
  mentions?: string[];
  /** For a call or a gathering with no one taking part: the people its article names around it, if only by surname (merge/article-people.ts), given as reports meet merging. */
  peopleArticleNames?: string[];
  /** ISO 8601 duration when the report gives one ("30-minute call" → PT30M). */
  duration?: string;
  /** A plan its sentence moves: the day it had been due on before (the earlier date a rescheduling keeps). */
  wasDue?: CalendarDate;
  /** A journey told done with where it went, in an article that tells no gathering of its days, one of its day there with its people, or one told at its end: the gathering held there (trip-stay.ts). */
  toldForItsStay?: true;
  /** Told as followed by a sitting of a summit (Mention.beforeASession): a meeting beside that summit, as one on its sidelines is. */
  beforeASession?: true;
  /** A publication of an office, figures or minutes (Trigger.issued): a statement of no speaker named; two articles' of one day are one release. */
  issued?: true;
  /** A joint statement named by its noun and its day (Trigger.joint): another article's statement of that day by two or more makers is the same one (compatible.ts). */
  joint?: true;
  /** Of a happening its sentence names no doer of (Trigger.noDoer): the people it names watched or tell of it, and merging asks them nothing (compatible.ts peopleTold). */
  noDoer?: true;
  /** Told by the span it runs (Trigger.runs: a ban "from 9 February to 4 May"): two reports of that very span are one happening (merge/ties.ts oneSpanTold). */
  runs?: true;
  /** A step of a launch, of goods or of a craft (Trigger.launch): two nameless reports of its noun and day are one launch's step (merge/ties.ts oneLaunchStep). */
  launch?: true;
  /** Its first evidence sentence tells a person by pronoun or office alone, resolved or not (entities/anaphora.ts tellsPersonUnnamed). */
  toldUnnamed?: true;
  evidence: EvidenceRef[];
}

/** A report the article gives no date for and that is about no dated event of it: kept, never given a day. */
export interface UndatedCandidate {
  article: string;
  kind: EventKind;
  /** `planned` when the sentence speaks of a plan, a hope or an expectation. */
  status: EventStatus;
  participants: string[];
  place: string | null;
  /** Every entity its sentence names, whatever part they took. */
  mentions?: string[];
  /** Told in a clause of time after its sentence's main act (Mention.ofATimeClause): no evidence of the event that sentence leads. */
  ofATimeClause?: true;
  evidence: EvidenceRef;
}

/** What extraction finds in one article. */
export interface ArticleEvents {
  candidates: CandidateEvent[];
  /** Descriptive phrases for headlines, by candidate. */
  phrases: Map<CandidateEvent, string>;
  /** Reports with no date that are about none of the article's dated events. */
  undated: UndatedCandidate[];
  warnings: Warning[];
}
