import { NEWS_WEEK, dayNumber } from '../dates/calendar.ts';
import { findTemporalExpressions } from '../dates/index.ts';
import type { Article, CalendarDate, EventKind, Sentence, Warning } from '../types.ts';
import { tellsPersonUnnamed } from '../entities/anaphora.ts';
import { noRoles } from '../entities/roles.ts';
import { SIDELINES } from '../entities/lexicon.ts';
import type { ArticleEvents, CandidateEvent, EvidenceRef, Sitting, UndatedCandidate } from './candidate.ts';
import { isCaption } from './clause.ts';
import type { ExtractionContext } from './context.ts';
import { bothSigned, comesByCalendar, datedByLead, kindFamily } from './kinds.ts';
import { datelineLength } from './dateline.ts';
import { sittingOf, twoSittings } from './entry-clock.ts';
import { ACCOUNT_OF_THE_HAPPENING, BACKGROUND_PIECE, JOINT_OCCASION, TOLD_THE_WRITER, BESIDE_A_SESSION, CLOSING_SESSION, DIARIST_BEFORE, OPENING_SESSION, OPENS_WITH_QUOTATION, PART_OF_DAY_WITHOUT_DAY, PLAN_MOVED_AFTER, PRESS_VOICE, RELATIVE_BEFORE, ROUND_OF_THE_SERIES, SAME_DOER_BEFORE, SAID_AS_AN_ASIDE, SAID_IN_PUBLIC, SAID_RIGHT_AFTER, SAID_RIGHT_AFTER_ITS_VERB, SAID_TO_GATHERING, SAID_TO_THE_PRESS, VAGUE_HORIZON } from './lexicon.ts';
import { attends, besideTheGathering, bestMatch, differentPeople, isPlenary, otherSigners, otherTable, planWithNoDayYet, sameSort, tellsWhoTookPart } from './match-mention.ts';
import type { Mention } from './mention.ts';
import { shiftDay } from './shift-day.ts';
import { SAYING } from './triggers.ts';

/**
 * News writing puts the day's news in its lead. An undated past-tense report there is
 * that day's event; later undated sentences are usually background and only become
 * evidence for events already dated.
 */
const LEAD_SENTENCES = 8;

/** How many paragraphs back a saying with no day may find the happening it was said at: an interview's answer after the question after the one that told it. */
const SCENE_PARAGRAPHS = 2;

/** Turns an article's mentions into its candidate events: dated reports first, then the undated ones that point back at them or stand alone. */
export function resolveMentions(
  article: Article,
  day: string,
  mentions: Mention[],
  participation: { sentence: Sentence; persons: string[] }[],
  context: ExtractionContext,
): ArticleEvents {
  const candidates: CandidateEvent[] = [];
  const phrases = new Map<CandidateEvent, string>();
  // The sittings each candidate was told at by a live page's entries: a later entry's clock may tell another (twoSittings).
  const sittings = new Map<CandidateEvent, Sitting[]>();
  const warnings: Warning[] = [];
  const undated: UndatedCandidate[] = [];
  const cited = (s: Sentence): EvidenceRef => ({ sentence: s.index, text: s.text, start: s.start, end: s.end });
  const evidence = (m: Mention): EvidenceRef => cited(m.sentence);
  const create = (m: Mention, date: CalendarDate, byPublication: boolean): void => {
    const sitting = sittingOf(m);
    const status = date.start > day || m.future ? 'planned' : 'occurred';
    const candidate: CandidateEvent = {
      article: article.id,
      published: article.published,
      kind: m.rule.kind,
      ...(m.rule.noun ? { noun: m.rule.noun } : {}),
      status,
      date,
      datedByPublication: byPublication,
      participants: [...m.persons, ...m.parties],
      named: [...m.persons, ...m.parties],
      place: m.place,
      ...(m.roles ? { roles: m.roles } : {}),
      mentions: m.mentions ?? [],
      ...(m.duration ? { duration: m.duration.value } : {}),
      ...(m.wasDue ? { wasDue: m.wasDue } : {}),
      ...(m.beforeASession ? { beforeASession: true as const } : {}),
      ...(m.entry && byPublication && date.start === day ? { stamped: true as const } : {}),
      ...(sitting ? { sitting } : {}),
      ...(m.rule.issued ? { issued: true as const } : {}),
      ...(m.rule.joint ? { joint: true as const } : {}),
      ...(m.rule.noDoer ? { noDoer: true as const } : {}),
      ...(m.rule.runs ? { runs: true as const } : {}),
      ...(m.rule.launch ? { launch: true as const } : {}),
      ...(tellsPersonUnnamed((m.quotation ?? m.sentence).text) ? { toldUnnamed: true as const } : {}),
      // What a statement said, when the next sentence quotes it, comes first: its title and summary draw on it.
      evidence: [...(m.quotation ? [cited(m.quotation)] : []), evidence(m), ...(m.nextInTurn ? [cited(m.nextInTurn)] : []), ...(m.scene ? [cited(m.scene)] : []), ...(m.speakerFrom ? [cited(m.speakerFrom)] : [])],
    };
    candidates.push(candidate);
    phrases.set(candidate, m.phrase);
    if (sitting) sittings.set(candidate, [sitting]);
  };

  const newsDayOf = (m: Mention): CalendarDate => {
    const news = m.newsDay ?? day;
    return { value: news, start: news, end: news, precision: 'day' };
  };

  /** Lists a report with no day on the article's page (once per sentence); false when its sentence is listed already. */
  const keepUndated = (m: Mention): boolean => {
    if (undated.some((u) => u.evidence.sentence === m.sentence.index)) return false;
    undated.push({ article: article.id, kind: m.rule.kind, status: m.future ? 'planned' : 'occurred', participants: [...m.persons, ...m.parties], place: m.place, mentions: m.mentions ?? [], ...(m.ofATimeClause ? { ofATimeClause: true as const } : {}), evidence: evidence(m) });
    return true;
  };

  // Dated reports first: they anchor the undated ones that refer back to them. What a sentence tells in passing comes after
  // what its article tells in sentences of its own, to which it adds nothing (Mention.inPassing).
  const fileAge = shiftDay(day, -365);
  const dated = mentions.filter((x): x is Mention & { date: CalendarDate } => x.date !== undefined);
  for (const m of dated.sort((a, b) => Number(a.inPassing) - Number(b.inPassing))) {
    // A caption dated long before the article shows a file photo, not the news.
    if (isCaption(m.sentence.text) && m.date.end < fileAge) continue;
    // "A private Lusk daily wrote on Friday that …": a paper's view of the news is no happening; the editor is told, in case it is news.
    if (m.rule.kind === 'statement' && m.speaker !== undefined && PRESS_VOICE.test(m.speaker)) {
      warnings.push({ code: 'low-confidence', file: article.id, message: `${article.id}, sentence ${m.sentence.index + 1}: what a paper or commentator (“${m.speaker}”) wrote on ${m.date.value} was not taken as a statement; if it is news, add it in content/corrections.yaml: “${m.sentence.text}”` });
      continue;
    }
    if (m.rule.kind === 'statement' && m.persons.length === 0 && m.parties.length === 0 && !m.speaker && !m.rule.issued) {
      warnings.push({ code: 'low-confidence', file: article.id, message: `${article.id}, sentence ${m.sentence.index + 1}: a statement on ${m.date.value} by someone not in the gazetteer was left off the timeline (add them to content/gazetteer.yaml): “${m.sentence.text}”` });
    } else if (m.continuation && extendContinued(candidates, m, context)) {
      continue;
    } else if (movedPlanOfEarlier(candidates, m)) {
      continue;
    } else if (precise(m.rule.kind, m.rule.noun, m.date, m.future) || (m.rule === SAYING && m.date.precision === 'month')) {
      // Two statements of one day are one only when one speaker makes both.
      const sitting = sittingOf(m);
      const sameSpeaker = (c: CandidateEvent): boolean => m.rule.kind !== 'statement' || [...m.persons, ...m.parties].some((p) => c.participants.includes(p));
      const same = candidates.find((c) => (sameSort(c.kind, m.rule.kind, c.noun, m.rule.noun) || (c.kind === m.rule.kind && bothSigned(c.noun, m.rule.noun))) && !(bothSigned(c.noun, m.rule.noun) && otherSigners(m, c, context.isPerson)) && c.date.value === m.date!.value && !(m.place && c.place && !context.samePlace(m.place, c.place)) && (!differentPeople(m, c, context.isPerson) || attends(m)) && !otherTable(m.roles, c.roles) && !besideTheGathering(m, c) && sameSpeaker(c) && !followsIt(m, c) && !(sitting && sittings.get(c)?.some((s) => twoSittings(s, sitting))));
      // One article reporting one event twice on one date ("expects talks this weekend" … "travelling for talks at the weekend").
      if (same) {
        if (m.inPassing) continue;
        addEvidence(same, evidence(m));
        if (sitting) sittings.set(same, [...(sittings.get(same) ?? []), sitting]);
        // People first, then countries and organisations, as in every candidate.
        const peopleFirst = (ids: string[]): string[] => {
          const unique = ids.filter((p, i) => ids.indexOf(p) === i);
          return [...unique.filter(context.isPerson), ...unique.filter((p) => !context.isPerson(p))];
        };
        same.participants = peopleFirst([...same.participants, ...m.persons, ...m.parties]);
        same.named = peopleFirst([...same.named, ...m.persons, ...m.parties]);
        same.place = closerPlace(same.place, m.place, context);
        same.mentions = [...new Set([...(same.mentions ?? []), ...(m.mentions ?? [])])];
      } else create(m, m.date, false);
    } else {
      warnings.push({ code: 'low-confidence', file: article.id, message: `${article.id}, sentence ${m.sentence.index + 1}: a ${m.rule.kind} dated only “${m.date.value}” was left off the timeline: “${m.sentence.text}”` });
      // Still a report, of no day: listed with the article's undated mentions ("have sat down together twice this year").
      if (datedByLead(m.rule)) keepUndated(m);
    }
  }

  // An explainer or an analysis ("Explainer: why Dublin and London keep talking") tells background, not the day's news;
  // so does a paragraph whose news is a saying told with its day ("The minister said on Wednesday that the truce has held. The truce was agreed at talks …"):
  // what follows is what the saying is about. After a dated gathering an undated one may be that day's ("… met on the sidelines"); a live blog's next entry is news again.
  const background = BACKGROUND_PIECE.test(article.body.slice(datelineLength(article.body)));
  const paragraphOf = new Map(mentions.map((m) => [m.sentence.index, m.sentence.blockIndex]));
  const newsToldWithDay = (m: Mention): boolean =>
    candidates.some((c) => c.kind === 'statement' && !c.datedByPublication && c.evidence[0]!.sentence < m.sentence.index && paragraphOf.get(c.evidence[0]!.sentence) === m.sentence.blockIndex);
  /**
   * "On the flight over, Trump told reporters that …" in a newsletter's first section, "The ceasefire that Trump announced on Monday night …"
   * in its second: a saying told anew with no day of its own is another saying than one of its speaker the article dates only after it,
   * in another paragraph; it can carry on one told before it ("Speaking to reporters on March 9, Trump said …" … "Mr Trump told a news
   * conference …": the same press conference quoted on), and a back-reference ("the statement") points where it will.
   */
  const laterSaying = (m: Mention, c: CandidateEvent): boolean =>
    m.rule.kind === 'statement' && c.kind === 'statement' && !m.reference && !c.datedByPublication && c.evidence.every((e) => e.sentence > m.sentence.index && paragraphOf.get(e.sentence) !== m.sentence.blockIndex);
  /**
   * "2. Israel and Iran" … "Trump told reporters on the White House lawn that …" after "1. NATO" … "On the flight over, Trump told reporters …":
   * a briefing's sections are stories of their own, and a saying told anew with no day of its own carries on none told under another heading.
   */
  const sectionOf = new Map(mentions.map((x) => [x.sentence.index, x.section]));
  const sayingOfAnotherSection = (m: Mention, c: CandidateEvent): boolean =>
    m.rule.kind === 'statement' && c.kind === 'statement' && !m.reference && c.evidence.every((e) => sectionOf.has(e.sentence) && sectionOf.get(e.sentence) !== m.section);
  /**
   * "09:30 Downing Street — Mr Macron holds talks with Prime Minister Keir Starmer" under a planner's "WEDNESDAY 9 JULY", "15:05 — … killed
   * in the Damascus strikes" in a thread of the day: what a stamped entry tells with no day of its own is of its entry's day, no more evidence
   * of an event the article dates on another day ("last met in person in Tirana on 16 May") than of none; nor is what a diary's day entry tells
   * ("Thursday": "Northwood, … for the thirty-seventh summit" is no evidence of Tuesday's banquet at Windsor).
   */
  const ofTheEntrysDay = (m: Mention, c: CandidateEvent): boolean => !toldUnderItsDay(m) || (c.date.start <= newsDayOf(m).start && newsDayOf(m).start <= c.date.end);
  for (const m of mentions.filter((x) => !x.date)) {
    // "Tusk said openly that …" (own-conventions.md, "Sayings with no date"): a saying whose sentence gives no day carries on its speaker's
    // statement told before; else, said before the public in words of its own at a happening its speaker took part in, told just before,
    // it is a statement of that happening's day; else, a voice of the news its lead tells of its day (Mention.voiceOfTheNews), it is a statement of that
    // day; else it is nothing, and no day is given to it.
    if (m.noDayOfItsOwn) {
      const ofTheNewsDay = m.voiceOfTheNews && !background ? () => create(m, newsDayOf(m), true) : undefined;
      if (!m.background) sayingOfItsScene(m, candidates, paragraphOf, newsDayOf(m).start, (day) => create(m, day, false), ofTheNewsDay);
      continue;
    }
    // Background ("have held eleven rounds of talks since …", "earlier sessions") is neither news nor evidence; what it reports with no day is still listed.
    if (m.background) {
      if (!m.reference && !m.quoted && datedByLead(m.rule)) keepUndated(m);
      continue;
    }
    // "Premier Li then chaired the summit session in the afternoon. The two sides issued their climate statement in the evening": a statement told by a part of
    // the day alone is of the day of the gathering its paragraph tells before it, not more of some other dated statement of the article.
    // Naming no one ("The two sides issued …"), it is the gathering's sides'.
    const gathering = m.rule.kind === 'statement' && !m.future && !m.quoted && PART_OF_DAY_WITHOUT_DAY.test(m.sentence.text) ? gatheringOfParagraph(m, candidates, paragraphOf) : undefined;
    if (gathering) {
      if (m.persons.length === 0 && m.parties.length === 0) m.parties = gathering.participants.filter((p) => !context.isPerson(p));
      create(m, gathering.date, false);
      continue;
    }
    // "took office on Tuesday after both houses of the Diet chose her": the act of the clause of time came before the main act, and is none of it.
    const ownSentencesAct = (c: CandidateEvent): boolean => m.ofATimeClause === true && c.evidence.some((e) => e.sentence === m.sentence.index);
    const match = m.series ? undefined : bestMatch(candidates.filter((c) => !laterSaying(m, c) && !sayingOfAnotherSection(m, c) && ofTheEntrysDay(m, c) && !ownSentencesAct(c)), m, context);
    // Nor is it the news of the day it is reported: the article dates its speaker's saying and gives this one no day.
    if (!match && candidates.some((c) => laterSaying(m, c) && [...m.persons, ...m.parties].some((p) => c.participants.includes(p)))) {
      keepUndated(m);
      continue;
    }
    if (match) {
      addEvidence(match, evidence(m));
      // Only a report of the event's kind that shares someone with the event (or fills an empty one) may add to who took part, unless its
      // sentence says who did; so may one of its sort that shares someone, a side the event was told by included: "US and Ukrainian
      // negotiators said talks on Sunday had been productive" … "Umerov, who leads Ukraine's delegation, met Rubio and Witkoff" names the talks' people.
      const named = [...m.persons, ...m.parties];
      const tookPart = tellsWhoTookPart(m);
      const shares = named.some((p) => match.participants.includes(p) || match.roles?.sides.includes(p));
      const ofItsKind = match.kind === m.rule.kind && (match.participants.length === 0 || shares);
      if ((!m.reference || tookPart) && (ofItsKind || (shares && sameSort(match.kind, m.rule.kind, match.noun, m.rule.noun)) || m.continues || tookPart)) {
        for (const p of named) if (!match.participants.includes(p)) match.participants.push(p);
        match.place ??= m.place;
      }
      // Whoever it names, a town it places the event in inside the event's region or country says more closely where it was.
      if (match.place !== null) match.place = closerPlace(match.place, m.place, context);
      continue;
    }
    // "The meeting with the Russian side has started": a definite description with nothing of its sort dated before it is the article's first report of it
    // (a title line "Live: NATO summit in Vilnius" gives "the summit venue, where the opening session has begun" nothing to point back at).
    const pointsBack = m.reference && mentions.some((x) => x.sentence.index < m.sentence.index && x.date !== undefined && sameSort(x.rule.kind, m.rule.kind, x.rule.noun, m.rule.noun));
    if (pointsBack && !planWithNoDayYet(m)) continue;
    // "Zelenskiy, speaking in Kyiv, said …", "told reporters": a named voice heard with no other day is the news of the day it is reported,
    // unless it only attributes a dated event of its sentence ("Putin received Witkoff on Friday, Peskov told reporters"), or tells a plan of its
    // sentence put off to a horizon too vague to place ("Ishiba told reporters that he hopes to visit Korea at an early date", VAGUE_HORIZON): the
    // plan's undated report, whose telling has no more a day than the plan.
    if (m.rule.kind === 'statement') {
      const attribution = mentions.some((o) => o.sentence === m.sentence && o.date !== undefined && o.rule.kind !== 'statement');
      const vaguePlan = VAGUE_HORIZON.test(m.sentence.text) && mentions.some((o) => o.sentence === m.sentence && o.date === undefined && o.future && o.rule.kind !== 'statement');
      if (!attribution && !vaguePlan && !m.future && !m.quoted && !m.dateWithheld && !m.beforeAnother && !m.reference && m.rule !== SAYING && (m.persons.length > 0 || m.parties.length > 0) && !RELATIVE_BEFORE.test(m.sentence.text.slice(0, m.start))) {
        const session = dayOfTheSessionSaidTo(m, candidates) ?? toldToThePressRightAfter(m, candidates, paragraphOf, newsDayOf(m).start)?.date;
        create(m, session ?? newsDayOf(m), session === undefined);
      }
      continue;
    }
    if (m.rule.kind === 'other' && !datedByLead(m.rule)) continue;
    // The lead's events told as done are its day's news; a stamped entry's are its day's wherever it stands, told in the present too, and so
    // are those a diary's day entry tells of someone or somewhere it names ("Wednesday": "The two governments also signed a declaration …",
    // "Tuesday": "The state banquet at Windsor that evening ran late"; not the diarist's own "whom I met again at Northwood", DIARIST_BEFORE).
    // An entry's day is one its article gives under a heading, not the paper's: the event is dated by it as by a day its sentence names.
    const toldOfItsDay = m.tookPlace || m.mood === 'unmarked';
    const ofTheDiarysDay = m.inDiaryEntry === true && toldOfItsDay && (m.persons.length + m.parties.length > 0 || (m.place !== null && !DIARIST_BEFORE.test(m.sentence.text.slice(0, m.start))));
    const news = m.entry ? toldOfItsDay : (m.tookPlace && m.sentence.index < LEAD_SENTENCES) || ofTheDiarysDay;
    if (!m.future && !m.quoted && !m.dateWithheld && !m.beforeAnother && news && datedByLead(m.rule) && !background && !newsToldWithDay(m)) {
      const carried = m.entry || m.inDiaryEntry ? undefined : dayOfTheDeedJustBefore(m, newsDayOf(m).start, mentions);
      if (carried) create(m, carried, false);
      else create(m, newsDayOf(m), !toldUnderItsDay(m) || newsDayOf(m).start === day);
      continue;
    }
    if (datedByLead(m.rule) && keepUndated(m)) {
      if (m.future) warnings.push({ code: 'undated-report', file: article.id, message: `${article.id}, sentence ${m.sentence.index + 1}: a report (${m.rule.kind}) with no date is listed on the article's page, not on the timeline; to date it, add it in content/corrections.yaml: “${m.sentence.text}”` });
    }
  }

  // "Ukraine’s delegation is led by Rustem Umerov": people of the gathering told before it in its paragraph
  // ("… met in Tashkent. Abenov and his Uzbek counterpart Karimov discussed water sharing."), else of the article's main gathering.
  const main = candidates
    .filter((c) => hasCompany(c.kind) && c.date.start <= day)
    .sort((a, b) => b.evidence.length - a.evidence.length)[0];
  for (const p of participation) {
    if (p.persons.length === 0) continue;
    const toldBefore = candidates.findLast((c) => hasCompany(c.kind) && c.evidence.some((e) => e.sentence < p.sentence.index && paragraphOf.get(e.sentence) === p.sentence.blockIndex));
    const gathering = toldBefore ?? main;
    if (!gathering) continue;
    for (const person of p.persons) if (!gathering.participants.includes(person)) gathering.participants.push(person);
    addEvidence(gathering, { sentence: p.sentence.index, text: p.sentence.text, start: p.sentence.start, end: p.sentence.end });
  }
  guestsBeforeTheSession(candidates, context.isPerson);
  placeSideMeetings(candidates);
  sidesOfTheSeries(candidates, context.isPerson);
  return { candidates, phrases, undated, warnings };
}

/**
 * "The Pope arrived in Ankara on Thursday. After laying a wreath at the mausoleum, he was received by the President …": a deed of the
 * lead told as done with no day of its own by the doer before it (SAME_DOER_BEFORE), just after a deed its paragraph dates by a day gone
 * by before the news day, goes on with that day's story, not the news day's. A plan or a saying just before sets no day of a deed.
 */
function dayOfTheDeedJustBefore(m: Mention, newsDay: string, mentions: readonly Mention[]): CalendarDate | undefined {
  if (!SAME_DOER_BEFORE.test(m.sentence.text.slice(0, m.start))) return undefined;
  const before = mentions.filter((o) => o.sentence.index === m.sentence.index - 1 && o.sentence.blockIndex === m.sentence.blockIndex && o.rule.kind !== 'statement');
  const deed = before.findLast((o) => o.date !== undefined);
  return deed?.date?.precision === 'day' && deed.date.end < newsDay && before.every((o) => !o.future && o.mood !== 'plan') ? deed.date : undefined;
}

/**
 * "Leaders gathered in Velm on Tuesday … Obi told the opening session that …": a saying with no day of its own, told to a
 * gathering (SAID_TO_GATHERING), was said on the day of the gathering of that family told before it: its first day for
 * the opening session, its last for the closing one, and no day of a span for any other session (the news day then).
 */
function dayOfTheSessionSaidTo(m: Mention, candidates: CandidateEvent[]): CalendarDate | undefined {
  const trigger = m.sentence.text.slice(m.start, m.end);
  if (!SAID_TO_GATHERING.test(trigger)) return undefined;
  const gathering = candidates.findLast((c) => kindFamily(c.kind) === 'gathering' && c.status === 'occurred' && !c.datedByPublication && c.evidence.some((e) => e.sentence < m.sentence.index));
  if (!gathering || (gathering.date.precision !== 'day' && gathering.date.precision !== 'span')) return undefined;
  const { start, end } = gathering.date;
  const on = OPENING_SESSION.test(trigger) ? start : CLOSING_SESSION.test(trigger) ? end : start === end ? start : undefined;
  return on === undefined ? undefined : { value: on, start: on, end: on, precision: 'day' };
}

/** The last gathering of one day its paragraph cites before the mention's sentence. */
function gatheringOfParagraph(m: Mention, candidates: CandidateEvent[], paragraphOf: Map<number, number>): CandidateEvent | undefined {
  const before = (c: CandidateEvent): number => Math.max(-1, ...c.evidence.filter((e) => e.sentence < m.sentence.index && paragraphOf.get(e.sentence) === m.sentence.blockIndex).map((e) => e.sentence));
  const told = candidates.filter((c) => hasCompany(c.kind) && c.date.precision === 'day' && c.date.start === c.date.end && before(c) >= 0);
  return told.sort((a, b) => before(a) - before(b)).at(-1);
}

/**
 * A saying with no day of its own ("Peskov called the exchange "a sign of goodwill"", "Tusk said openly that …"): more of its speaker's
 * statement the article told before (or of one told at the joint occasion it was said at), that statement's evidence; else a statement of the
 * day of the happening told just before it (in its paragraph or up to SCENE_PARAGRAPHS before) in which its speaker took part, when it was said
 * before the public at it (SAID_IN_PUBLIC) or right after it (SAID_RIGHT_AFTER, told so up to its verb or right after it, not in what was said;
 * or told to the press right after the sentence that tells it, toldToThePressRightAfter)
 * and is neither an account of that happening (ACCOUNT_OF_THE_HAPPENING), words opening its sentence (OPENS_WITH_QUOTATION) nor words told to
 * the writer (TOLD_THE_WRITER); else, by a voice of the day's news (`ofTheNewsDay`, given only then) who sat at no table the story told, a statement of that day.
 */
function sayingOfItsScene(m: Mention, candidates: CandidateEvent[], paragraphOf: Map<number, number>, newsDay: string, create: (day: CalendarDate) => void, ofTheNewsDay?: () => void): void {
  const speakers = [...m.persons, ...m.parties];
  const toldBefore = (c: CandidateEvent): boolean => speakers.some((p) => c.participants.includes(p)) && c.evidence.some((e) => e.sentence < m.sentence.index);
  const text = m.sentence.text;
  const near = (c: CandidateEvent): boolean => c.evidence.some((e) => e.sentence < m.sentence.index && m.sentence.blockIndex - (paragraphOf.get(e.sentence) ?? -Infinity) <= SCENE_PARAGRAPHS);
  const sceneOf = (): CandidateEvent | undefined => candidates.findLast((c) => c.status === 'occurred' && c.date.precision === 'day' && toldBefore(c) && near(c));
  // At an occasion two or more spoke at together, the statement told before at it is carried on whoever speaks now, and they spoke at it too: one
  // of the happening its speaker took part in just before, of that happening's day and by one who took part in it, not any told at a joint occasion.
  const joint = JOINT_OCCASION.exec(text)?.[0];
  const occasion = joint === undefined ? undefined : sceneOf();
  const atTheOccasion = (c: CandidateEvent): boolean =>
    joint !== undefined && occasion !== undefined && c.date.value === occasion.date.value && c.participants.some((p) => occasion.participants.includes(p)) && c.evidence.some((e) => e.sentence < m.sentence.index && e.text.includes(joint));
  const statement = candidates.findLast((c) => c.kind === 'statement' && (toldBefore(c) || atTheOccasion(c)));
  if (statement) {
    addEvidence(statement, { sentence: m.sentence.index, text: m.sentence.text, start: m.sentence.start, end: m.sentence.end });
    if (atTheOccasion(statement)) for (const p of speakers) if (!statement.participants.includes(p)) statement.participants.push(p);
    return;
  }
  if (ACCOUNT_OF_THE_HAPPENING.test(text) || OPENS_WITH_QUOTATION.test(text) || TOLD_THE_WRITER.test(text)) return;
  const [upToVerb, afterVerb] = [text.slice(0, m.end), text.slice(m.end)];
  // "Then as now, Rell said, the port …": before a saying told as an aside stands what was said.
  const aside = upToVerb.includes(',') && SAID_AS_AN_ASIDE.test(afterVerb);
  const saidRightAfter = (!aside && SAID_RIGHT_AFTER.test(upToVerb)) || SAID_RIGHT_AFTER_ITS_VERB.test(afterVerb);
  const scene = SAID_IN_PUBLIC.test(text) || saidRightAfter ? sceneOf() : toldToThePressRightAfter(m, candidates, paragraphOf, newsDay);
  if (scene) create(scene.date);
  // "Vell Corp said it would appeal", below a lead that tells the day's news: a voice of that news speaks on its day (own-conventions.md,
  // "Sayings with no date", 3), unless it sat at a table the story told, whose words it recounts (2).
  else if (ofTheNewsDay && !candidates.some((c) => hasCompany(c.kind) && toldBefore(c))) ofTheNewsDay();
}

/**
 * "Lund and Ferro met in Lusk on Monday. Lund told reporters that progress had been made.": a saying told as done to the press with no day
 * or marker of its own, right after the sentence of its paragraph that tells a happening its speaker took part in, was said right after it:
 * the happening, of a day gone by in the news's week (NEWS_WEEK: "first met … on 9 December 2019" is background, no scene of the saying). Not a
 * saying in the present of a standing view ("says"), nor told after another sentence or paragraph (another scene), nor words one side said to
 * the other across the table as a readout recounts them (told to no press), nor one whose sentence tells a day, though none was read for it
 * ("told reporters in Kyiv on Tuesday evening that the talks …": the day went to the talks told).
 */
function toldToThePressRightAfter(m: Mention, candidates: CandidateEvent[], paragraphOf: Map<number, number>, newsDay: string): CandidateEvent | undefined {
  const previous = m.sentence.index - 1;
  if (paragraphOf.get(previous) !== m.sentence.blockIndex || !SAID_TO_THE_PRESS.test(m.sentence.text.slice(m.start))) return undefined;
  const speakers = [...m.persons, ...m.parties];
  const happening = candidates.findLast(
    (c) => c.status === 'occurred' && c.date.precision === 'day' && !c.datedByPublication && dayNumber(newsDay) - dayNumber(c.date.end) <= NEWS_WEEK && speakers.some((p) => c.participants.includes(p)) && c.evidence.some((e) => e.sentence === previous),
  );
  return happening && !findTemporalExpressions(m.sentence.text, newsDay).some((t) => t.date) ? happening : undefined;
}

/** Whether people told after it can have taken part in it: a gathering, or a call ("On the line were …", "Taking part were …"). */
function hasCompany(kind: EventKind): boolean {
  return kindFamily(kind) === 'gathering' || kindFamily(kind) === 'call';
}

/**
 * "Leaders gathered in Addis Ababa for the summit. Mwangi met Tesfaye on the sidelines.": a meeting
 * held on the sidelines, with no place of its own, is where the gathering told in its sentence or
 * the one before it is, on that gathering's day (or on none of its own); and one held on the margins
 * of, before a session of, or at a summit its article places and dates over its day ("hosts the
 * summit at Kananaskis from Sunday to Tuesday" … "expected to meet Mr. Carney on the margins on Monday
 * morning", "sat down with him before the first session") is where that summit is, when it is the
 * article's one placed summit of that day.
 */
function placeSideMeetings(candidates: CandidateEvent[]): void {
  for (const side of candidates) {
    if (side.place !== null || kindFamily(side.kind) !== 'gathering') continue;
    const sidelines = side.evidence.some((e) => SIDELINES.test(e.text));
    if (!sidelines && !side.evidence.some((e) => BESIDE_A_SESSION.test(e.text))) continue;
    const at = side.evidence[0]!.sentence;
    const larger = sidelines ? candidates.find((c) => c !== side && c.place !== null && (side.datedByPublication || c.date.value === side.date.value) && c.evidence.some((e) => e.sentence === at || e.sentence === at - 1)) : undefined;
    const summits = side.datedByPublication ? [] : candidates.filter((c) => c !== side && c.kind === 'summit' && c.place !== null && c.date.start <= side.date.start && side.date.end <= c.date.end);
    const summit = new Set(summits.map((c) => c.place)).size === 1 ? summits[0] : undefined;
    const place = larger?.place ?? summit?.place;
    if (place) side.place = place;
  }
}

/**
 * "The second round of negotiations between Iran and the United States was held yesterday in Rome" … "The third round will then be
 * held next Saturday, also in Muscat": a round of talks that names no one is a round of the same series as the article's other rounds,
 * between their sides; not their people, as who leads a delegation may change from one round to the next.
 */
function sidesOfTheSeries(candidates: CandidateEvent[], isPerson: (id: string) => boolean): void {
  const rounds = candidates.filter((c) => c.kind === 'talks' && ROUND_OF_THE_SERIES.test(c.evidence[0]!.text));
  const sides = [...new Set(rounds.flatMap((c) => [...c.participants.filter((p) => !isPerson(p)), ...(c.roles?.sides ?? [])]))];
  // Sides it is given, not named: merging weighs them as it weighs "the two delegations".
  for (const round of rounds.filter((c) => c.participants.length === 0 && sides.length > 0)) round.roles = { ...(round.roles ?? noRoles()), sides };
}

/**
 * "In the morning the president received the two leaders. The premier then chaired the summit session": those received before a
 * sitting of the summit of that day are its guests, at the summit too, and a reception told with no place of its own is where the summit is.
 */
function guestsBeforeTheSession(candidates: CandidateEvent[], isPerson: (id: string) => boolean): void {
  for (const side of candidates.filter((c) => c.beforeASession)) {
    const summit = candidates.find((c) => c !== side && isPlenary(c.kind, c.evidence.map((e) => e.text)) && c.date.start <= side.date.start && side.date.end <= c.date.end);
    if (!summit) continue;
    side.place ??= summit.place;
    for (const p of side.participants.filter(isPerson)) if (!summit.participants.includes(p)) summit.participants.push(p);
  }
}

/**
 * A statement is news on a day (or, said in one, a month); a call or a meeting at least in a month. Coarser dates
 * ("talks … 2026") say when something was true, not when it happened. A plan told by its year alone ("her first state visit
 * abroad is expected in the new year", "the festival will open next year") is a horizon, no day: listed undated, as a plan
 * no trigger reads is (plans-put-off.ts).
 */
function precise(kind: EventKind, noun: string | undefined, date: CalendarDate, planned: boolean): boolean {
  // A span of more than a year ("a decade ago", "in the 1990s") says when, not which day or month.
  if (date.precision === 'span' && dayNumber(date.end) - dayNumber(date.start) > 366) return false;
  // What comes by the calendar told only by its year or its month ("this year is the 1,700th anniversary of the council", "The two countries mark the
  // 60th anniversary of their ties this year", "the anniversary was marked back in May") is that stretch of the calendar, no happening of it: its day is what would make it one.
  if (comesByCalendar(kind, noun) && (date.precision === 'year' || date.precision === 'month')) return false;
  if (kind === 'other') return !(planned && date.precision === 'year');
  if (kind === 'statement') return date.precision !== 'month' && date.precision !== 'year';
  return date.precision !== 'year';
}

/**
 * The place of an event another report of it in the article gives: its own where it has none, the report's where that lies
 * inside its own ("talks in Florida on Sunday" … "met … at a private club in Hallandale Beach": Hallandale Beach).
 */
function closerPlace(own: string | null, reported: string | null, context: ExtractionContext): string | null {
  return own === null || (reported !== null && context.liesWithin(reported, own)) ? reported : own;
}

function addEvidence(candidate: CandidateEvent, ref: EvidenceRef): void {
  if (!candidate.evidence.some((e) => e.sentence === ref.sentence)) candidate.evidence.push(ref);
}

/** How many days on a gathering may be carried ("would reconvene the next morning", "resume on Monday" after a Friday). */
const CONTINUED_WITHIN = 3;

/** Extends the event a continuation carries on ("… would reconvene on December 15") to that day; false when none fits. */
function extendContinued(candidates: CandidateEvent[], m: Mention, context: ExtractionContext): boolean {
  const next = m.date!;
  const continued = bestMatch(
    candidates.filter((c) => (c.date.precision === 'day' || c.date.precision === 'span') && c.date.end < next.start && next.start <= shiftDay(c.date.end, CONTINUED_WITHIN)),
    { ...m, mood: 'past' },
    context,
  );
  if (!continued) return false;
  const { start } = continued.date;
  continued.date = { value: `${start}/${next.end}`, start, end: next.end, precision: 'span' };
  addEvidence(continued, { sentence: m.sentence.index, text: m.sentence.text, start: m.sentence.start, end: m.sentence.end });
  return true;
}

/** Talks by phone are a call: "the talks" may point back at one. */
const MET_OR_CALLED = new Set(['call', 'gathering']);

/**
 * "… spoke by phone on Monday evening. The talks had been due at noon but were pushed back to the evening": a definite
 * description of a plan that was moved, naming no one and no place, on the day of an event the article reported before it,
 * tells how that event came about, not of another; it adds its sentence to that event's evidence.
 */
function movedPlanOfEarlier(candidates: CandidateEvent[], m: Mention): boolean {
  if (!m.reference || !m.future || m.persons.length > 0 || m.parties.length > 0 || m.place || !m.date) return false;
  if (!MET_OR_CALLED.has(kindFamily(m.rule.kind)) || !PLAN_MOVED_AFTER.test(m.sentence.text.slice(m.end))) return false;
  const day = m.date.start;
  const earlier = candidates.findLast((c) => MET_OR_CALLED.has(kindFamily(c.kind)) && c.date.start === day && c.evidence.some((e) => e.sentence < m.sentence.index));
  if (!earlier) return false;
  addEvidence(earlier, { sentence: m.sentence.index, text: m.sentence.text, start: m.sentence.start, end: m.sentence.end });
  return true;
}

/**
 * A call, meeting or saying told as the next after another ("Later, the minister called on …", "Hours later he posted …": `sequelTo`), or an act given in return for another ("In return Israel freed …"), is not the one it followed;
 * one told at another time of its day ("Later in the afternoon, …": `atAnotherTimeOfTheDay`) is none told before it.
 */
function followsIt(m: Mention, c: CandidateEvent): boolean {
  if (m.atAnotherTimeOfTheDay === true && c.evidence.every((e) => e.sentence < m.sentence.index)) return true;
  // "On Friday the Treasury issued a licence, and the State Department issued a waiver": a later clause's act with a doer of its own is another than its sentence's first.
  if (m.ownClause !== undefined && m.doerAt !== undefined && m.doerAt[0] >= m.ownClause[0] && c.evidence.some((e) => e.sentence === m.sentence.index)) return true;
  return m.sequelTo !== undefined && c.evidence.some((e) => e.sentence === m.sequelTo!.sentence.index);
}

/** Told under a day heading of its article: a planner's stamped entry ("09:30 Downing Street — …" under "WEDNESDAY 9 JULY") or a diary's day entry ("Wednesday"). */
function toldUnderItsDay(m: Mention): boolean {
  return m.entry === true || m.inDiaryEntry === true;
}
