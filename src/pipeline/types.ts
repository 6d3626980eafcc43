/**
 * The shapes that flow through the pipeline:
 * articles → sentences → temporal/entity mentions → candidate events → merged timeline.
 * Nothing here imports Astro; pages and exports read a finished `Timeline`.
 */

/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

export interface ArticleMeta {
  /** File name without extension; the article's URL slug. */
  id: string;
  title: string;
  /** `editor` when the article had no headline and an editor wrote one. */
  titleSource: 'article' | 'editor';
  /** Outlet name, or `unknown`. */
  outlet: string;
  /** ISO date or date-time with offset, as written in the frontmatter. */
  published: string;
  byline?: string;
  dateline?: string;
  url?: string;
  language: string;
}

export interface Article extends ArticleMeta {
  /** The Markdown body, without frontmatter. Offsets in the pipeline index into this. */
  body: string;
  /** Path of the source file, for error messages. */
  file: string;
}

export type BlockKind = 'paragraph' | 'heading' | 'list' | 'quote';

export interface Sentence {
  /** 0-based position of the sentence in the article. */
  index: number;
  /** The sentence as a reader sees it (Markdown syntax removed). */
  text: string;
  /** Offsets into `Article.body` (JavaScript string indices, end exclusive). */
  start: number;
  end: number;
  block: BlockKind;
  /** 0-based index of the block (paragraph, heading, list item, quote paragraph). */
  blockIndex: number;
}

export type Precision = 'day' | 'week' | 'month' | 'year' | 'span';

/**
 * The one date type: what a text says about when, as calendar days. The date resolver makes
 * it, candidate events carry it, merging chooses among them, pages show it (as EventDate).
 */
export interface CalendarDate {
  /** ISO 8601 / EDTF: 2026-02-25, 2026-03, 2026-W09, 1994, 2026-02-17/2026-02-18, 2026-03~ */
  value: string;
  /** First and last day covered, inclusive. */
  start: IsoDay;
  end: IsoDay;
  precision: Precision;
  /** How the text qualifies it: early, mid, late, around, as early as, since, by … */
  qualifier?: string;
}

/** A timeline event's date: the calendar date with its wording for readers. */
export interface EventDate extends CalendarDate {
  /** As a reader should see it, e.g. "early March 2026". Filled by the timeline step. */
  text: string;
}

export type EntityType = 'person' | 'place' | 'organization' | 'country';

export interface EntityRef {
  id: string;
  name: string;
}

/** What each named actor did in an event, as its sentences say (see entities/roles.ts). */
export interface EventRoles {
  /** The sides: states, governments, delegations ("trilateral talks between A, B and C" gives three). */
  parties: EntityRef[];
  /** Who brokered, mediated or hosted it ("U.S.-brokered", "hosted by Saudi Arabia"). */
  mediators: EntityRef[];
  /** People who took part in person or on the line. */
  present: EntityRef[];
  /** People named about it but not in it: quoted on it, or its subject ("talks about Putin"). */
  mentioned: EntityRef[];
}

/** The kinds are the keys of the one table of event kinds, events/kinds.ts. */
export type { EventKind } from './events/kinds.ts';
import type { EventKind } from './events/kinds.ts';
import type { LIFECYCLE_STAGES } from './merge/lifecycle.ts';
export type EventStatus = 'occurred' | 'planned';
export type Tier = 'key' | 'context';

export interface Quote {
  /** The exact sentence as in the article body. */
  text: string;
  /** Offsets into the article body. */
  start: number;
  end: number;
  /** Index of the sentence in the article (anchor `#s-<index>` on the article page). */
  sentence: number;
}

export interface Source {
  article: string;
  title: string;
  outlet: string;
  published: string;
  url: string | null;
  quotes: Quote[];
}

export interface Disagreement {
  /** Which field the sources disagree on. */
  field: 'date' | 'participants' | 'duration' | 'place' | 'status';
  claims: { article: string; value: string }[];
}

/** The stages a happening goes through as reports tell of it (merge/lifecycle.ts). */
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** What one article said of the event's fate, on the day it was published. */
export interface LifecycleStep {
  stage: LifecycleStage;
  /** Publication day of the report that says so: the announcement is evidence, never the event's date. */
  reported: IsoDay;
  article: string;
  /** The event's date as this report gives it (EDTF value). */
  date: string;
  /** For `rescheduled`: the date it had been due on before (EDTF value), and as a reader should see it ("5–6 March 2026"). */
  from?: string;
  fromText?: string;
}

/** The event's status and the report it stands on. */
export interface StatusAsOf {
  stage: LifecycleStage;
  /** Publication day of the latest report on the event. */
  asOf: IsoDay;
  article: string;
  /** A plan whose day has passed (by the site's "now", the latest article) with no later report. */
  overdue: boolean;
  /** As a reader should see it: "occurred (reported 12 Mar 2026)", "planned; no report since 26 Feb 2026". */
  text: string;
}

export interface TimelineEvent {
  id: string;
  title: string;
  /** One sentence drawn from the evidence and attributed: "…, the Kremlin said." */
  summary: string;
  kind: EventKind;
  status: EventStatus;
  tier: Tier;
  date: EventDate;
  participants: EntityRef[];
  /** Who took which part; absent for an event an editor added by hand without saying. */
  roles?: EventRoles;
  place: EntityRef | null;
  sources: Source[];
  disagreements: Disagreement[];
  /** Earlier ids of this event; their URLs redirect here. */
  aliases: string[];
  /** What the editors set by hand (content/corrections.yaml), in place of what the sources gave. */
  corrections?: EditorCorrection[];
  /** True when no date was in the text and the publication date was used. */
  datedByPublication: boolean;
  /** Every report's stage, oldest report first. */
  lifecycle: LifecycleStep[];
  statusAsOf: StatusAsOf;
}

/** One field of an event set by the editors, the value they set and, when they gave one, why. */
export interface EditorCorrection {
  field: 'title' | 'date' | 'kind' | 'status' | 'tier' | 'participants' | 'place';
  value: string | string[] | null;
  reason?: string;
}

export interface Warning {
  code: 'undated-report' | 'low-confidence' | 'unused-correction' | 'invalid-correction' | 'future-publication';
  message: string;
  file?: string;
}

/** An article as the site shows it: its text, its sentences, and which events cite which sentence. */
export interface ArticleReport extends ArticleMeta {
  body: string;
  sentences: Sentence[];
  /** Sentence index → ids of the events that quote it. */
  citations: Record<number, string[]>;
  /** Ids of the events this article is a source of, in timeline order. */
  events: string[];
}

export interface EntityEntry {
  id: string;
  name: string;
  type: EntityType;
  /** Other spellings and names seen for it (aliases from the gazetteer). */
  aliases: string[];
  description?: string;
  /** People the gazetteer lacks: the office the articles write with the name ("French President", "Kremlin aide"). */
  office?: string;
  /** Places: where it is (WGS84 degrees), from GeoNames; absent when the place is not a town or city found there. */
  coordinates?: { lat: number; lon: number };
  /** Places: the country it lies in (a country entry's id and name); absent for countries and regions without one. */
  country?: EntityRef;
  /** True when the gazetteer does not list it: it was recognised in the articles' text. */
  discovered?: boolean;
  /** Ids of the events it takes part in (people) or hosts (places), in timeline order. */
  events: string[];
}

export interface Redirect {
  from: string;
  to: string;
}

/** A report an article gives no date for, about none of its dated events: listed with its article, never given a day. */
export interface UndatedMention {
  article: string;
  kind: EventKind;
  /** `planned` when the sentence speaks of a plan, a hope or an expectation. */
  status: EventStatus;
  participants: EntityRef[];
  place: EntityRef | null;
  quote: Quote;
}

export interface Timeline {
  /** In timeline order (see order.ts: start day, wider first, id). */
  events: TimelineEvent[];
  /** Undated reports, by article (in the pipeline's article order), then by sentence. */
  undated: UndatedMention[];
  articles: ArticleReport[];
  entities: EntityEntry[];
  /** Old event ids (after an editor's correction) and the ids they now live at. */
  redirects: Redirect[];
  warnings: Warning[];
}
