import { findTemporalExpressions, type TemporalExpression } from '../dates/index.ts';
import { tenseAt } from '../dates/tense.ts';
import { NOT_TAKING_PART, JUDGED_PRONOUN } from '../entities/lexicon.ts';
import { demonymsIn } from '../entities/national-sides.ts';
import type { EntityMention } from '../entities/recognise.ts';
import { officeWritten } from '../entities/offices.ts';
import { rolesFor } from '../entities/roles.ts';
import { calendarDay } from '../parse/iso-date.ts';
import { testPart } from '../gated-matches.ts';
import type { Article, CalendarDate, Sentence } from '../types.ts';
import type { ArticleEvents } from './candidate.ts';
import { actsAtTheGatheringBefore } from './act-at-the-gathering.ts';
import { resultsOfTheElectionBefore } from './result-of-the-election.ts';
import { isNextInTurnOfTheSentenceBefore, nextInTurnInItsSentence, nextInTurnOfTheSentenceBefore } from './acts-in-turn.ts';
import { actsOfEachDoer } from './acts-of-each-doer.ts';
import { actOfANamedDoer, actsOfEachClause, actsWithNoDay, doersOfLaterClauses } from './acts-of-named-doers.ts';
import { isCountedFromAnother, mayDateAReport, reportVerbIn } from './clause.ts';
import { clauseBefore } from './clause-text.ts';
import type { ExtractionContext } from './context.ts';
import { earlierInPeriod, lastBeforeElapsed } from './count-in-period.ts';
import { anchorsCountedBack, dateAnchorsCountedBack, datedByCountingOn, datedByDayOfAStay, datedAtTheStartOfAStay, datedByItsDayToday, datedFromEventNamed, datedFromPlaceNamed, datedWithinAStay, datesCountedFromAnother, lastDayNamed, doneAfterHappeningNamed, subjectOfASequence, weekdayCountedFromEventNamed } from './counted-from.ts';
import { assignDates, assignDurations, claimOf, leadersDays } from './event-dates.ts';
import { counterpartsOfTheSentenceBefore, datedByCoordinatedPredicate, journeysOfCoordinatedVisits, sayingsOfCoordinatedPredicate, sequelsOfTheSentenceBefore, sequelsToldLater, sidesOfCoordinatedPredicate, speakerOfCoordinatedPredicate, subjectOfCoordinatedPredicate } from './coordinated-predicate.ts';
import { elidedSecondEvents, sideAtEachStage, stagesOfACount } from './elided-second.ts';
import { aimedAtPerson, asideJourneysOfNoOne, assignEntities, persons, receptionsOfAnUnnamedTraveller, subjectsOfAJourneyAside } from './event-entities.ts';
import { withoutRecordScopes, withoutUnsetTimes } from './unset-time.ts';
import { AFTER_ANOTHER, AT_PLACE_OPENING, AT_THE_ARRIVAL, FROM_THERE_OPENING, DAY_AS_SUBJECT, BEFORE_LEAVING, type CarriedSpeaker, DECLINED_TO_SPEAK, ENTRY_STAMP, INDEFINITE_VOICE, FIRST_PERSON_QUOTE, LINK_LINE, OFFICE_BEFORE_ITS_HOLDER, OFFICE_HOLDER, SAYING_AT_ANOTHER_TIME, SAYING_TOLD_AS_DONE, NOTICES_HEADING, NOUN_AFTER_DETERMINER, OFFICE_WORD, OPENS_WITH_ANOTHER_TIME_OF_THAT_DAY, RECORD_HEADING, othersClauseAt, PARTICIPATION, PLAN_AS_OF_THE_SCENE, PRESENT_PERFECT, PRESS_VIEW_BEFORE, PRONOUN_BEFORE_THE_NAME, POINTED_CEREMONY, POINTED_GATHERINGS, QUOTE_AUTHOR_AFTER, RELATIVE_BEFORE_VERB, SAID_IN_THE_STORYS_SCENE, SCENE_SPEAKER_UNNAMED, SEQUEL_OPENING, SESSION_TOLD_AS_NEXT, SPEAKER_CARRIED_ACROSS, TOLD_TO_THE_WRITER, STAY_NAMED, THERE_AFTER, UNTIL_BEFORE, VAGUE_HORIZON, WEEKDAY_WORD, RELATIVE_BEFORE, OFFICE_HELD_THEN, OFFICE_IN_THE_APPOSITION, SUBJECT_TOLD_BY_ITS_ARTICLE } from './lexicon.ts';
import { kindFamily } from './kinds.ts';
import { isPlenary, sameSort } from './match-mention.ts';
import { addToMention, earlierOnes, endedRounds, gatheringsOfMinutes, gatheringsTeamsAreNamedFor, votesOfABallotTold, happeningsOfAReport, nextOfNoneToldBefore, outsideTheirStory, settingsOfActs, joinStatements, journeysWithGoals, markTopics, type Mention, phraseOf, purposesOfGatherings, readoutsOfOthers, sameEventInOneClause, timeAnchorsOfLeadingClause, toMention } from './mention.ts';
import { wrongVersionClause } from './earlier-version.ts';
import { datelineDay, dayHeading, diaryDayHeading, lastStoryDay, paperDateLine, onTheStoryDay, restOfItsParagraph, storyDayContext, topMatterEnd, weekAheadEntry, weekAheadHeading, weekdaysOfAPlan, type PlanRun } from './news-day.ts';
import { ParagraphContext } from './paragraph-context.ts';
import { sayingWithNoDay, statementAt, statementsOfAnEntry, statementsOnReportDays } from './report-day-statements.ts';
import { withoutSecondClocks } from './second-clock.ts';
import { stampMinute } from './entry-clock.ts';
import { datedByTheStorysDay, timesOfTheStorysDay } from './story-day.ts';
import { resolveMentions } from './resolve-mentions.ts';
import { withPlansPutOff } from './plans-put-off.ts';
import { findTriggers, SAYING } from './triggers.ts';
import { unnamedSpeaker } from './unnamed-speaker.ts';

/** Finds the events one article reports, each with its date, people, place and evidence. */
export function extractEvents(article: Article, sentences: Sentence[], context: ExtractionContext): ArticleEvents {
  const { recognise } = context;
  const day = calendarDay(article.published);
  const mentions: Mention[] = [];
  const participation: { sentence: Sentence; persons: string[] }[] = [];
  // Dates are the costly part: a sentence is read for them only when it reports something,
  // or when a sentence after it does and may take its scene-setting date. These are the sentences
  // that reported nothing since the last that did, nearest last.
  let unreported: Sentence[] = [];
  // The sentence before, whatever it reports: a pronoun's speaker is named there.
  let prior: Sentence | undefined;
  const paragraph = new ParagraphContext();
  // A live blog's day heading ("Tuesday, March 3, 2026") is the day its entries below are news of.
  let reference = article.published;
  let today = day;
  // Below a diary's weekday heading ("Wednesday"), what the diarist tells of someone is that day's news.
  let inDiaryEntry = false;
  // Below a day heading of a live page or a diary, even one of the paper's own day, the clock times are of the day they stand under; the
  // paper's own date line ("Thursday 3 April 2025" below its masthead) is no such heading (paperDateLine).
  let underDayHeading = false;
  // A headline and its standfirst may stand above the paper's date line: what they report is not the story told before it.
  const topMatter = topMatterEnd(sentences);
  // A record's heading gives the day of the sitting it records.
  let sitting: CalendarDate | undefined;
  // Below a heading of the week ahead ("The week ahead."), a weekday's entry is a plan.
  let underDiary = false;
  // The last sentence that named a stay ("arrived in Dorvia on Monday for a four-day trip"): a day told by its place in the stay counts from it, in whatever paragraph.
  let stayTold: Sentence | undefined;
  // The sentence opening the stamped entry ("18:05 Thai Prime Minister …") whose paragraph the sentence stands in, if any, and the minute its stamp gives.
  let entryOpening: Sentence | undefined;
  let entryClock: number | undefined;
  // The paragraph of a correction telling what an earlier version of the article said: its "It also said …" is a wrong clause too.
  let correctionBlock: number | undefined;
  // The last day a programme told forward by weekdays has reached ("will be received on Thursday … On Friday he travels …"): its next weekday is after it.
  let plan: PlanRun | undefined;
  // Under a heading of the outlet's own notices, up to the next heading: nothing there is news.
  let notices = false;
  // The paragraph of the last heading: the section of a briefing a sentence stands in.
  let section = -1;
  // Sayings whose sentences give no day and report nothing else ("Tusk said openly that …").
  const sayings: Mention[] = [];
  // The story's lead, its first paragraph, as it was read: whether it tells the news of its day (leadOfItsDay), asked only once a saying needs it.
  let lead: { sentence: Sentence; reference: string; today: string; before: string } | undefined;
  let leadOfItsDay: boolean | undefined;

  for (const sentence of sentences) {
    const text = sentence.text;
    if (sentence.block === 'heading') [notices, section] = [NOTICES_HEADING.test(text), sentence.blockIndex];
    if (notices) continue;
    const before = paragraph.next(sentence.blockIndex, text);
    const stayBefore = stayTold;
    if (testPart(STAY_NAMED, text, text)) stayTold = sentence;
    const heading = dayHeading(text, article.published, day, underDiary);
    if (heading) {
      underDayHeading ||= !paperDateLine(text, heading, article.published, mentions.some((m) => m.sentence.blockIndex > topMatter) || reference !== article.published);
      [reference, today] = [heading, heading];
      inDiaryEntry = diaryDayHeading(text);
      continue;
    }
    underDiary ||= weekAheadHeading(text);
    // A wire dateline's day is the day the story was filed: "today" and "on Monday" below count from it.
    const filed = sentence.index === 0 ? datelineDay(text, article.published, day) : undefined;
    if (filed) [reference, today] = [filed, filed];
    // Headings label what the paragraphs below report, and a link names another story: they are not reports themselves.
    const label = sentence.block === 'heading' || LINK_LINE.test(text);
    if (!lead && !label && sentence.block === 'paragraph') lead = { sentence, reference, today, before };
    if (label) plan = undefined;
    // "In the morning the president received the two leaders. The premier then chaired the summit session": the reception came before the session, beside it
    // (a summit told so, "The summit opened in the morning. Vera then chaired the plenary", is that summit still).
    if (!label && prior?.blockIndex === sentence.blockIndex && SESSION_TOLD_AS_NEXT.test(text)) {
      for (const m of mentions) if (m.sentence === prior && kindFamily(m.rule.kind) === 'gathering' && !isPlenary(m.rule.kind, [prior.text])) m.beforeASession = true;
    }
    const triggered = label ? [] : findTriggers(text, before).map((hit) => toMention(hit, sentence));
    // What follows an entry's clock time is its item; the sentences after it in the entry comment on it ("No press conference.", "The first summit since 2023."),
    // but what they tell as just done ("She has declared the capital an emergency zone") or in the news present ("The strike is on. Flight attendants
    // … walk off the job") is the entry's news as its item is; told in the past or ahead ("began cancelling flights on Thursday", "will lock
    // them out") it is background or a plan, not the entry's happening.
    const stamp = ENTRY_STAMP.exec(text);
    if (stamp) [entryOpening, entryClock] = [sentence, stampMinute(stamp[0])];
    else if (entryOpening?.blockIndex !== sentence.blockIndex) entryOpening = undefined;
    for (const m of entryOpening ? triggered : []) {
      m.entryOpening = entryOpening!.index;
      if (entryClock !== undefined) m.clock = entryClock;
      // Read at the trigger's end, so that its own verb counts: "began cancelling" is past, "walk off the job" unmarked, the news present.
      // A noun after its determiner tells no act ("The first summit … since 2051." comments on the item).
      const newsPresent = !NOUN_AFTER_DETERMINER.test(clauseBefore(text, m.start)) && tenseAt(text, m.end, m.end, 'clause') === undefined;
      if (entryOpening === sentence || newsPresent || testPart(PRESENT_PERFECT, clauseBefore(text, m.start), text)) m.entry = true;
    }
    markTopics(triggered, text);
    dropMentions(triggered, (f) => purposesOfGatherings(f, text), (f) => gatheringsTeamsAreNamedFor(f, text), (f) => gatheringsOfMinutes(f, text), (f) => votesOfABallotTold(f, text), (f) => happeningsOfAReport(f, text), (f) => nextOfNoneToldBefore(f, mentions), (f) => outsideTheirStory(f, article), (f) => settingsOfActs(f, text));
    const found = sameEventInOneClause(triggered, text);
    // "a day after the U.S. team held talks": the anchor is an event of its own, not the main one's second name.
    if (!label) found.push(...anchorsCountedBack(text, triggered, found));
    if (!label) found.push(...earlierOnes(sentence, found, before ? mentions.at(-1) : undefined));
    if (!label) found.push(...endedRounds(sentence, found));
    // "An earlier version of this article said the memorandum was signed on 18 April": the wrong clause reports nothing.
    const wrong = wrongVersionClause(text, sentence.blockIndex === correctionBlock);
    if (wrong?.opens) correctionBlock = sentence.blockIndex;
    const wrongEnd = wrong?.end;
    if (wrongEnd !== undefined) dropMentions(found, (f) => f.filter((m) => m.start < wrongEnd));
    // A record's heading is read for its sitting's day whether or not it reports anything itself; its own events take the same reading.
    const headingTimes = sentence.index === 0 && RECORD_HEADING.test(text) ? findTemporalExpressions(text, reference, { before }) : undefined;
    if (headingTimes) sitting = sittingDay(text, headingTimes);
    // '"Ukraine better come to the table fast," he said': what the statement before said, not a statement of its own.
    const quoting = quotedStatement(sentence, prior, mentions);
    if (quoting) {
      quoting.quotation = sentence;
      dropMentions(found, (f) => f.filter((m) => m.rule.kind === 'statement'));
    }
    // A stamped entry's saying takes the entry's day (statementsOfAnEntry).
    const saying = !label && !quoting && (mayDateAReport(text) || stamp !== null);
    // "It came two days after the ministry said …": a saying counted from the event before.
    const counted = !label && isCountedFromAnother(text);
    // An act no trigger has words for, told by its named doer's clause, is asked of a sentence that reports nothing else.
    // A sentence that may date a saying is asked too ("On Tuesday, Vell dissolved the council"): the act stands only if no saying is read in it (below).
    // Not a next signer's sentence ("Brandt signed first. Marek followed a minute later."): the in-turn reading below needs it for the act before.
    const nextInTurn = (): boolean => prior?.blockIndex === sentence.blockIndex && isNextInTurnOfTheSentenceBefore(sentence, mentions.filter((m) => m.sentence === prior));
    const act = !label && !quoting && !counted && found.length === 0 && !nextInTurn() ? actOfANamedDoer(text, article.outlet) : undefined;
    if (act) found.push(toMention(act, sentence));
    // "Ana Ruiz met Lund on Monday and will unveil the statue on Friday": a clause's act no row reads, beside the rows' or the first clause's.
    if (!label && !quoting && !counted) found.push(...actsOfEachClause(text, article.outlet, found).map((hit) => toMention(hit, sentence)));
    // What the sentence tells the sentences after it, were it to report nothing: kept for an act left with no day (below).
    const [unreportedBefore, planBefore] = [unreported, plan];
    // What a sentence that reports nothing still tells the sentences around it.
    const carryUnreported = (): void => {
      // A programme's day that reports nothing the rules know ("On Friday he travels to İznik") still carries its run on.
      if (!label && WEEKDAY_WORD.test(text)) plan = weekdaysOfAPlan(findTemporalExpressions(text, reference, { before }), text, plan, today).run;
      // "Brandt signed first. Marek followed a minute later.": the next signer of the act the sentence before told in turn.
      if (prior?.blockIndex === sentence.blockIndex) nextInTurnOfTheSentenceBefore(sentence, mentions.filter((m) => m.sentence === prior), () => recognise(text, day));
      // "… and a third this morning. … Russia received the same number of its own servicemen each time.": a side of every stage.
      sideAtEachStage(sentence, mentions, () => recognise(text, day));
      const undatedSaying = !label && !quoting ? sayingWithNoDay(sentence, () => recognise(text, day), () => findTemporalExpressions(text, reference, { before }).some((t) => t.date)) : undefined;
      if (undatedSaying) {
        if (undatedSaying.persons.length === 0) speakerNamedBefore(undatedSaying, prior, day, context, mentions);
        Object.assign(undatedSaying, { newsDay: today, section, phrase: '', mentions: [] }, inDiaryEntry ? { inDiaryEntry: true } : {});
        if (undatedSaying.persons.length + undatedSaying.parties.length > 0) {
          // Nothing told since the lead may have moved the story off its day ("It was held back on Monday …", "opened its inquiry in 2021").
          const lastDated = lead && mentions.findLast((o) => o.date !== undefined && o.sentence.index >= lead!.sentence.index);
          // A judgement reacts to the lead's news: a plan told since ("will go ahead with its primary on Sunday") looks ahead from its day and leaves it there.
          const moved = lastDated?.date !== undefined && (lastDated.date.start !== today || lastDated.date.end !== today) && !(undatedSaying.judgement && lastDated.date.start > today);
          // A voice of the news is one the headline or the lead names, or whose office's body or place they name ("Iness Kallberg, the Harbour Board's
          // director, said" below "The Harbour Board fined …", "Orsk's governor said"); another is a bystander's ("The Dock Workers Guild said the fine came too late").
          // Only the speaker and its own office are asked: a name in a clause before the subject is none of them ("Unlike Vell Corp, Ines Marr said").
          const ofTheNews = (): boolean => {
            const speakers = new Set([...undatedSaying.persons, ...undatedSaying.parties]);
            const speaker = recognise(text, day).findLast((e) => e.end <= undatedSaying.start && speakers.has(e.entity.id));
            if (!speaker) return false;
            // A judgement of what the story tells by one who holds an office ("Justice Minister Yilmaz Tunc rejected suggestions …", "Ozgur Ozel, leader
            // of the CHP, called the detention …") reacts to its news, named in the lead or not; a judge without one is a bystander, as a speaker is.
            // Not one in a relative clause on its judge ("Ana Ruiz, who called the fine a disgrace, left …"), nor one of an office held then ("As mayor, …").
            if (undatedSaying.judgement && speaker.entity.type === 'person') {
              if (RELATIVE_BEFORE.test(text.slice(0, undatedSaying.start)) || OFFICE_HELD_THEN.test(text.slice(0, undatedSaying.start))) return false;
              if (officeWritten(text, speaker) !== undefined || OFFICE_IN_THE_APPOSITION.test(text.slice(speaker.end, undatedSaying.start))) return true;
            }
            const office = OFFICE_BEFORE_ITS_HOLDER.exec(text.slice(0, speaker.start))?.[1];
            const names = [text.slice(speaker.start, speaker.end), ...(office ? [office] : []), ...[...text.slice(speaker.start, undatedSaying.start).matchAll(OFFICE_HOLDER)].map((m) => m[1]!)];
            return names.some((name) => namedIn(name, `${article.title}\n${lead!.sentence.text}`));
          };
          const atAnotherTime = (): boolean => SAYING_AT_ANOTHER_TIME.before.test(text.slice(0, undatedSaying.start)) || SAYING_AT_ANOTHER_TIME.after.test(text.slice(undatedSaying.end));
          if (lead && sentence.blockIndex > lead.sentence.blockIndex && lead.today === today && !moved && SAYING_TOLD_AS_DONE.test(text.slice(undatedSaying.start, undatedSaying.end)) && !atAnotherTime() && ofTheNews()) {
            leadOfItsDay ??= toldOfItsDay(lead);
            if (leadOfItsDay) undatedSaying.voiceOfTheNews = true;
          }
          sayings.push(undatedSaying);
        }
      }
      if (PARTICIPATION.test(text) && !NOT_TAKING_PART.test(text)) participation.push({ sentence, persons: persons(recognise(text, day).filter((e) => e.start < participationClauseEnd(text)), text) });
      unreported.push(sentence);
      prior = sentence;
    };
    if (found.length === 0 && !saying && !counted) {
      carryUnreported();
      continue;
    }
    // The wrong clause's day is no one's: only what the correction says is so is read.
    const read = withoutUnsetTimes(withoutRecordScopes(withoutSecondClocks(onTheStoryDay(headingTimes ?? findTemporalExpressions(text, reference, { before: storyDayContext(text, before, mentions, prior?.blockIndex !== sentence.blockIndex, today, paragraph.keptBefore, (s) => restOfItsParagraph(sentences, s, sentence)) }), mentions), text), text), text, found).filter((t) => wrongEnd === undefined || t.start >= wrongEnd);
    const { times, run } = weekdaysOfAPlan(read, text, plan, today);
    plan = run;
    if (weekAheadEntry(text, before, underDiary)) for (const m of found) [m.future, m.mood, m.presentPlan] = [true, 'plan', true];
    assignDates(found, times, text, today, lastStoryDay(mentions, today));
    datedByItsUntil(found, times, text);
    weekdayCountedFromEventNamed(found, times, text, mentions);
    dropMentions(found, undatedTopics, (f) => journeysWithGoals(f, true));
    for (const m of found) {
      // "the second exchange within two days", "one year since the last call": the event is an earlier one, its date counted back, whatever date its sentence gives.
      const countedBack = earlierInPeriod(m, [...mentions, ...found.filter((o) => o.end <= m.start)], today) ?? lastBeforeElapsed(m, times, today);
      if (countedBack) [m.date, m.dateWithheld] = [countedBack, false];
    }
    assignDurations(found, times, text, today);
    datedAfterEarlier(found, mentions, text, times);
    saidInTheStorysScene(found, mentions, text);
    datedBeforeLeaving(found, times, text);
    if (sitting) datedBySitting(found, sitting);
    dropMentions(found, (f) => timeAnchorsOfLeadingClause(f, text), (f) => viewsOfThePress(f, text));
    const named = recognise(text, day);
    dropMentions(found, (f) => doersNotNamed(f, named, text));
    named.push(...assignEntities(found, named, text));
    doersOfLaterClauses(found, named);
    subjectsOfAJourneyAside(found, text);
    dropMentions(found, (f) => asideJourneysOfNoOne(f, named, text));
    dropMentions(found, (f) => receptionsOfAnUnnamedTraveller(f, text));
    subjectOfCoordinatedPredicate(found, named, text);
    sidesOfCoordinatedPredicate(found, named, text);
    speakerOfCoordinatedPredicate(found, named, sentence);
    found.push(...elidedSecondEvents(found, times, named, text, today));
    stagesOfACount(found, times, text, today);
    goalsOfJourneyBefore(found, mentions, sentence);
    doneAtTheJourneysEnd(found, mentions, sentence);
    if (OPENS_WITH_ANOTHER_TIME_OF_THAT_DAY.test(text)) for (const m of found) if (m.rule.kind === 'call' || kindFamily(m.rule.kind) === 'gathering') m.atAnotherTimeOfTheDay = true;
    joinStatements(found);
    dropMentions(found, (f) => attacksInWords(f, named, text), (f) => readoutsOfOthers(f, today));
    for (const m of found) {
      if (m.antecedent && m.persons.length === 0 && m.parties.length === 0) {
        m.persons = [...m.antecedent.persons];
        m.parties = [...m.antecedent.parties];
      }
    }
    // A saying is read as if the act were not there: where one is, the act goes (a telling is a statement).
    const rowsRead = act ? found.filter((m) => !m.rule.clause) : found;
    if (saying) found.push(...statementsOnReportDays(sentence, times, named, rowsRead, today).filter((said) => spokenBySomeone(said, prior, day, context, mentions)));
    if (saying) found.push(...statementsOfAnEntry(sentence, named, rowsRead, today));
    // A plan the saying tells after its verb, with a day of its own after the plan's verb ("said yesterday that it will switch the service off on 5 May"),
    // is no telling: both stand, each of its day. One dated by the saying alone ("said on Wednesday it would fight any deal") is the saying's; so is one
    // whose doer is neither the sayer (told by its pronoun, it stands before the saying) nor a name or a body ("that Hamas would free three hostages on Thursday"),
    // but a thing told by its article: "that the hospital will run out of beds on Friday" tells a state to come, no act.
    const told = found.filter((m) => m.rule.kind === 'statement');
    const actors = (m: Mention, s: Mention): boolean => m.doerAt !== undefined && (m.doerAt[1] <= s.start || !SUBJECT_TOLD_BY_ITS_ARTICLE.test(text.slice(...m.doerAt)));
    const ownDay = (m: Mention): boolean => m.future && m.dateAt !== undefined && m.dateAt > m.start && told.some((s) => s.end <= m.start && actors(m, s));
    if (act && told.length > 0) dropMentions(found, (f) => f.filter((m) => m.rule.clause && !ownDay(m)));
    // The sayer is no doer of another's plan it tells ("Mayor Ivo Dann said on Monday that Vela Mining will close its pit on Friday"): names were handed
    // out before the saying was found, and the plan took the sayer's.
    if (act && told.length > 0) {
      for (const m of found) {
        const saying = m.rule.clause && m.doerAt ? told.find((s) => s.end <= m.doerAt![0]) : undefined;
        if (!saying) continue;
        const sayers = new Set(named.filter((e) => e.end <= saying.start).map((e) => e.entity.id));
        for (const e of named) if (e.start >= saying.end) sayers.delete(e.entity.id);
        m.persons = m.persons.filter((id) => !sayers.has(id));
        m.parties = m.parties.filter((id) => !sayers.has(id));
      }
    }
    // Everyone and everywhere the sentence names: a country by its adjective too ("the American plan" names the United States as "a U.S. plan" does).
    const sentenceNames = [...new Set([...named.map((e) => e.entity.id), ...demonymsIn(text).map((d) => d.word.country.id)])];
    for (const m of found) {
      m.mentions = sentenceNames;
      if (m.rule === SAYING) continue;
      // The round a relative clause ends is its gathering's, with its name, people and place ("Talks between Ethiopia and Eritrea …, which ended on Wednesday,"):
      // the clause's own words ("which ended") name nothing.
      if (m.asideEnd !== undefined && m.antecedent) {
        m.phrase = phraseOf(m.antecedent, times);
        if (m.antecedent.roles) {
          [m.roles, m.persons, m.parties] = [m.antecedent.roles, [...m.antecedent.persons], [...m.antecedent.parties]];
          m.place ??= m.antecedent.place;
          continue;
        }
      }
      // Of the people and sides near it, who took part, who brokered it, who only spoke of it.
      m.roles = rolesFor(text, m, named, [...m.persons, ...m.parties], { statement: m.rule.kind === 'statement', triggers: found });
      m.persons = m.persons.filter((id) => m.roles!.present.includes(id));
      m.parties = [...m.roles.parties, ...m.roles.mediators];
      // "convicted Jair Bolsonaro on Thursday … Hours later, the same panel sentenced him": the next verdict falls on the one the last did.
      if (m.sequelTo && m.persons.length === 0 && JUDGED_PRONOUN.test(text)) m.persons = [...m.sequelTo.persons];
      // "Halloran, who returned on Sunday from Warsaw, told reporters": the speaker stands before the aside, whose events took the names near the verb.
      if (m.rule.kind === 'statement' && m.persons.length === 0 && m.parties.length === 0 && RELATIVE_BEFORE_VERB.test(text.slice(0, m.start))) {
        const said = statementAt(sentence, m, named, false);
        if (said) [m.persons, m.parties, m.roles] = [said.persons, said.parties, said.roles!];
      }
      // "A Kremlin spokesman told reporters": a statement whose speaker is no name still has one.
      if (m.rule.kind === 'statement' && m.persons.length === 0 && m.parties.length === 0) m.speaker = unnamedSpeaker(text, m.start);
      if (m.rule.kind === 'statement' && m.persons.length === 0 && m.parties.length === 0 && !m.speaker) speakerNamedBefore(m, prior, day, context, mentions);
      if (m.rule.kind === 'statement' && m.persons.length === 0 && m.parties.length === 0 && !m.speaker) speakerOfTheScene(m, mentions);
    }
    // "One engineer who worked on the camera told Starfield it felt …": a voice left unnamed and indefinite says nothing of its own, nor more of another's statement (own-conventions.md, "Sayings with no date", 4).
    dropMentions(found, (f) => f.filter((m) => m.rule.kind === 'statement' && m.persons.length === 0 && m.parties.length === 0 && !m.speaker && INDEFINITE_VOICE.test(text.slice(0, m.start))));
    // "He told me in Halle last month that …": what the writer alone heard is the column's anecdote, no news of its day.
    dropMentions(found, (f) => f.filter((m) => m.rule.kind === 'statement' && TOLD_TO_THE_WRITER.test(text.slice(m.start, m.end + 80))));
    nextInTurnInItsSentence(found, named, text);
    dateAnchorsCountedBack(text, found);
    // "Eleven days after the Oval Office, …": counted from the happening told there, before a count on from the last day told ("the next day") could take it.
    const byPlace = datedFromPlaceNamed(found, times, named, text, mentions, () => sentences.slice(0, sentence.index).map((s) => ({ sentence: s, day: () => lastDayNamed(s.text, reference, today) })));
    if (counted) found.push(...datesCountedFromAnother(sentence, times, named, found, mentions, today));
    // "A day earlier, he will meet …": counted from a day the article gives elsewhere, neither the scene's day nor the publication day; from the last it dates by day when there is one.
    const dayNamedBefore = (): string | undefined => (prior?.blockIndex === sentence.blockIndex ? lastDayNamed(prior.text, reference, today) : undefined);
    // The subject of "followed talks … a week earlier" is the happening told before, not one counted back from it.
    if (counted) for (const m of found) if (!m.date && !byPlace.has(m) && !subjectOfASequence(m, found) && !datedByCountingOn(m, times, mentions, dayNamedBefore, found)) m.dateWithheld = true;
    const sentenceBefore = prior?.blockIndex === sentence.blockIndex ? { text: prior.text, day: dayNamedBefore } : undefined;
    datedByDayOfAStay(found, times, text, mentions, stayBefore ? { text: stayBefore.text, day: () => lastDayNamed(stayBefore.text, reference, today) } : undefined);
    datedWithinAStay(found, text, mentions);
    datedAtTheStartOfAStay(found, text);
    datedByItsDayToday(found, times, text, today);
    datedFromEventNamed(found, times, text, mentions, sentenceBefore);
    doneAfterHappeningNamed(found, text, mentions, sentenceBefore);
    datedByCoordinatedPredicate(found, text);
    datedByTheStorysDay(found, text, prior?.blockIndex === sentence.blockIndex ? mentions.filter((m) => m.sentence === prior) : [], mentions);
    timesOfTheStorysDay(found, times, text, mentions, underDayHeading || reference !== article.published);
    dropMentions(found, (f) => journeysOfCoordinatedVisits(f, text));
    if (prior?.blockIndex === sentence.blockIndex) sequelsOfTheSentenceBefore(found, mentions.filter((m) => m.sentence === prior), (m) => subjectNamedBefore(m, context, day));
    if (prior?.blockIndex === sentence.blockIndex) counterpartsOfTheSentenceBefore(found, mentions.filter((m) => m.sentence === prior));
    if (prior?.blockIndex === sentence.blockIndex) actsAtTheGatheringBefore(found, mentions.filter((m) => m.sentence === prior));
    resultsOfTheElectionBefore(found, mentions);
    sequelsToldLater(found, mentions, (m) => subjectNamedBefore(m, context, day));
    const undated = found.find((m) => !m.date && !m.reference && !m.dateWithheld);
    // A plan told as it stood then looks ahead from the sentence before whatever that sentence reports ("The minister met Lund in Kessel on Monday.
    // Her delegation was then due to fly on to Orsk for talks."); any other event takes the scene only of sentences that report nothing:
    // the nearest of its paragraph's since the last report that sets one ("Friday was the day I came for. We set off at six and reached
    // İznik by late morning. The Pope prayed with the Patriarch by the lake").
    // What is told with a horizon too vague to place ("expected in the coming weeks") keeps it: no scene gives it a day.
    if (undated && !VAGUE_HORIZON.test(text)) {
      const settings = unreported.length > 0 ? [...unreported.slice(0, -1).filter((s) => DAY_AS_SUBJECT.test(s.text)), unreported.at(-1)!] : undated.future && PLAN_AS_OF_THE_SCENE.test(text) && prior ? [prior] : [];
      for (const setting of settings.filter((s) => s.blockIndex === sentence.blockIndex).reverse()) {
        // Only a relative date ("last week", "over the weekend") sets the scene for what follows.
        const scene = findTemporalExpressions(setting.text, reference).find((t) => t.date && t.relative);
        if (!scene) continue;
        const date = claimOf(scene);
        // A plan is set in no scene already gone by ("The accord was initialled on Monday. The next stage would be talks in Oslo."),
        // unless it is told as it stood then ("… on Monday. Her delegation was then due to fly on to Orsk for talks.").
        const goneBy = undated.future && date && date.end < today && !PLAN_AS_OF_THE_SCENE.test(text);
        if (!goneBy) {
          undated.date = date;
          // The sentence that gave the date tells of the event too ("European nations scrambled to respond last week").
          if (date) undated.scene = setting;
        }
        break;
      }
    }
    unreported = [];
    found.push(...sayingsOfCoordinatedPredicate(found, named, sentence));
    // An act left with no day, its sentence's or its scene's, reports nothing: its sentence is read as one that tells none.
    dropMentions(found, (f) => actsWithNoDay(f, today));
    if (act && !saying && found.length === 0) {
      [unreported, plan] = [unreportedBefore, planBefore];
      carryUnreported();
      continue;
    }
    found.push(...actsOfEachDoer(found, named, text));
    for (const m of found) {
      m.phrase ||= phraseOf(m, times);
      m.newsDay = today;
      if (inDiaryEntry) m.inDiaryEntry = true;
      m.section = section;
    }
    mentions.push(...found);
    prior = sentence;
  }
  // Read after every report of the article, which they neither date nor name: each is dated by the scene it was said in, if any (resolve-mentions).
  mentions.push(...sayings);
  quoteAuthorsTakePart(mentions, sentences, context, day);
  for (const m of mentions) if (m.date) m.date = leadersDays(m, m.date);
  return withPlansPutOff(article, sentences, resolveMentions(article, day, mentions, participation, context));
}

/**
 * "\u201cI spoke with President Erdoğan on Friday. We discussed …,\u201d Zelensky wrote": a call or
 * gathering a quotation tells in the first person has its author on the line or at the table, named
 * where the quotation closes in its paragraph (the speaker of a quote is its subject).
 */
function quoteAuthorsTakePart(mentions: Mention[], sentences: Sentence[], context: ExtractionContext, day: string): void {
  for (const m of mentions) {
    const family = kindFamily(m.rule.kind);
    if ((family !== 'call' && family !== 'gathering') || !FIRST_PERSON_QUOTE.test(m.sentence.text)) continue;
    const words = quoteAuthorWords(m.sentence, sentences);
    const author = words === undefined ? undefined : persons(context.recognise(words, day), words)[0];
    if (author) addToMention(m, 'persons', [author]);
  }
}

/**
 * The words naming whom a quotation is put to where it closes ("Zelensky" in "…,” Zelensky wrote"), in the first sentence from `sentence` on in its paragraph that closes one.
 * `sentences` are the article's, in order: a sentence's index is its place among them.
 */
function quoteAuthorWords(sentence: Sentence, sentences: Sentence[]): string | undefined {
  for (let i = sentence.index; i < sentences.length && sentences[i]!.blockIndex === sentence.blockIndex; i += 1) {
    const closing = QUOTE_AUTHOR_AFTER.exec(sentences[i]!.text);
    if (closing) return closing[1];
  }
  return undefined;
}

/**
 * "a Doha daily's editorial on Friday said the strikes on Damascus violated international law": what a paper says of a happening
 * it points back at is its view of the news (PRESS_VIEW_BEFORE), no report of the happening: the sentence is no evidence of it.
 */
function viewsOfThePress(found: Mention[], text: string): Mention[] {
  return found.filter((m) => m.reference && m.rule.kind !== 'statement' && testPart(PRESS_VIEW_BEFORE, text.slice(0, m.start), text));
}

/** Finds, among a sentence's mentions, those that are no event of their own (a topic, a journey, a readout …). */
type MentionFilter = (found: Mention[]) => Iterable<Mention>;

/**
 * Takes out of `found` what each filter finds, one filter after another, so that each sees the
 * mentions the ones before it left. The drops stand at three points of extractEvents because what
 * a filter finds depends on what the steps before it gave the mentions (a date, people, a
 * joined statement): a new filter joins the list of the point whose steps it needs.
 */
function dropMentions(found: Mention[], ...filters: MentionFilter[]): void {
  for (const filter of filters) for (const m of filter(found)) found.splice(found.indexOf(m), 1);
}

/** "they did not meet face to face until Friday afternoon": the day a negation lasted until, which dates no event of its own (NOT_WHEN), is the day the event it bounds was held; "negotiated until late on Monday": the day talks went on until is the day they were held (and ended). */
function datedByItsUntil(found: Mention[], times: TemporalExpression[], text: string): void {
  for (const m of found) {
    if (!m.heldFrom || m.date) continue;
    // The date reader marks a bare "until Friday"; "until late on Monday" is found by its words.
    const until = times.find((t) => t.start >= m.end && (t.date?.qualifier === 'until' || (t.date !== undefined && UNTIL_BEFORE.test(text.slice(m.end, t.start)))));
    if (!until?.date) continue;
    const { value, start, end, precision } = until.date;
    m.date = { value, start, end, precision };
  }
}

/** "held talks in Bangkok on Thursday on a new prisoner exchange": what talks are about is an event only when the sentence dates it. */
function undatedTopics(found: Mention[]): Mention[] {
  return found.filter((m) => m.topic && !m.date);
}

/**
 * "Officials took office on Monday", "Geneva was removed as the venue", "Ferries left Orsk on Monday": a trigger whose doer its pattern reads
 * in a capitalised word (`subjectAt`) is someone's act only when that word is of a person or a body the sentence's names recognise, or is an
 * office (OFFICE_WORD: "The President left Kessel"); the first word of a sentence, a place or a thing is capitalised too.
 */
function doersNotNamed(found: Mention[], named: EntityMention[], text: string): Mention[] {
  const doer = (e: EntityMention): boolean => e.entity.type === 'person' || e.entity.type === 'organization';
  return found.filter(({ subjectAt: at }) => at && !OFFICE_WORD.test(text.slice(at[0], at[1])) && !named.some((e) => doer(e) && e.start < at[1] && at[0] < e.end));
}

/** "kept up his attacks on Zelensky": words aimed at a person, not a strike. */
function attacksInWords(found: Mention[], named: EntityMention[], text: string): Mention[] {
  return found.filter((m) => m.rule.kind === 'strike' && aimedAtPerson(m, named, text));
}

/** The person a sentence names before a trigger of it, its subject ("President Mara Olsen phoned …"), when they took part in it. */
function subjectNamedBefore(m: Mention, context: ExtractionContext, day: string): string | undefined {
  const text = m.sentence.text;
  const [subject] = persons(context.recognise(text, day).filter((e) => e.end <= m.start), text);
  return subject !== undefined && m.persons.includes(subject) ? subject : undefined;
}

/**
 * "Prime Minister Jonas Erikstad visited fishermen in Tromso on Monday. He told reporters that …":
 * a telling whose subject is only "he" or "she" is a statement of the person the sentence before,
 * in its paragraph, names first; with no one named there it stays no one's, and no statement.
 * A sentence before that only declines to speak, telling nothing else ("Coach Ivo Rask would not be
 * drawn on his future. "I'll talk with the board," he told reporters") is where the saying begins:
 * its evidence too. One that tells a visit no rule reads is not: it is no part of what was said.
 */
function speakerNamedBefore(m: Mention, prior: Sentence | undefined, day: string, context: ExtractionContext, mentions: Mention[]): void {
  const from = speakerCarriedFrom(SPEAKER_CARRIED_ACROSS.pronounTeller, m.sentence.text.slice(0, m.start), m.sentence, prior);
  if (!from) return;
  const named = context.recognise(from.text, day);
  const speaker = persons(named, from.text)[0];
  if (!speaker || PRONOUN_BEFORE_THE_NAME.test(from.text.slice(0, named.find((e) => e.entity.id === speaker)!.start))) return;
  addToMention(m, 'persons', [speaker]);
  if (DECLINED_TO_SPEAK.test(from.text) && !mentions.some((told) => told.sentence === from)) m.speakerFrom = from;
}

/** Whether a statement has its speaker, a pronoun's named from the sentence before (speakerNamedBefore): one no one is named for is no statement. */
function spokenBySomeone(said: Mention, prior: Sentence | undefined, day: string, context: ExtractionContext, mentions: Mention[]): boolean {
  if (said.persons.length + said.parties.length === 0 && !said.speaker) speakerNamedBefore(said, prior, day, context, mentions);
  return said.persons.length + said.parties.length > 0 || said.speaker !== undefined;
}

/**
 * "Trump emphasized urgency. "Ukraine better come to the table fast," he said.": a statement whose
 * own sentence says only how its speaker spoke and of what takes the quotation its speaker's pronoun
 * closes in the next sentence of its paragraph as what was said.
 */
function quotedStatement(sentence: Sentence, prior: Sentence | undefined, mentions: Mention[]): Mention | undefined {
  const from = speakerCarriedFrom(SPEAKER_CARRIED_ACROSS.quotationOfContentless, sentence.text, sentence, prior);
  return from && mentions.findLast((m) => m.sentence === from && m.rule.kind === 'statement' && !m.quotation);
}

/** The sentence before, in the same paragraph, when a row of SPEAKER_CARRIED_ACROSS carries its speaker over to `here` (this sentence's text from its start). */
function speakerCarriedFrom(row: CarriedSpeaker, here: string, sentence: Sentence, prior: Sentence | undefined): Sentence | undefined {
  return prior && prior.blockIndex === sentence.blockIndex && row.here.test(here) && (row.before?.test(prior.text) ?? true) ? prior : undefined;
}

/**
 * "… has put off his trip to Warsaw, which had been planned for Friday. He had been due to hold
 * talks there": a gathering the next sentence holds "there" is what the journey was for, on its
 * day and at its place, as a goal in the journey's own sentence is (journeysWithGoals); the
 * journey is no event beside it, and its sentence is the gathering's evidence too.
 */
function goalsOfJourneyBefore(found: Mention[], mentions: Mention[], sentence: Sentence): void {
  for (const goal of found) {
    if (goal.date || goal.dateWithheld || kindFamily(goal.rule.kind) !== 'gathering' || !THERE_AFTER.test(sentence.text.slice(goal.end))) continue;
    const journey = mentions.findLast((m) => m.sentence.index === sentence.index - 1 && m.sentence.blockIndex === sentence.blockIndex && m.rule.travel === true && m.date);
    if (!journey) return;
    [goal.date, goal.dateAt, goal.scene] = [journey.date, undefined, journey.sentence];
    goal.place ??= journey.place;
    if (journey.future) [goal.future, goal.mood] = [true, 'plan'];
    mentions.splice(mentions.indexOf(journey), 1);
  }
}

/**
 * "Four leaders arrived in Kyiv by train on Saturday morning. … From Kyiv they telephoned President
 * Trump", "The plane carrying King Alaric touched down at Lusk airport yesterday." then "Premier Aldo
 * Vance met the King on the tarmac.": a call or a gathering with no day of its own, told right after
 * a journey with a day, where the journey ended (a place its sentence names after it, the airport,
 * "on arrival", "after landing"), or "From there" after a journey or a gathering so dated, was on that
 * happening's day, in its scene: the sentence that gave the day is its evidence too (not of one gone on
 * "From there" after a gathering: the gathering's sentences tell the gathering), and a time of that
 * day opening a paragraph after it is read from there (afterTheLastDay). Right after it may be across
 * a paragraph's end: a report opens the welcome's paragraph after the landing's. The journey stays an
 * event of its own.
 */
function doneAtTheJourneysEnd(found: Mention[], mentions: Mention[], sentence: Sentence): void {
  const where = AT_PLACE_OPENING.exec(sentence.text)?.[1];
  const fromThere = FROM_THERE_OPENING.test(sentence.text);
  if (where === undefined && !fromThere && !AT_THE_ARRIVAL.test(sentence.text)) return;
  const endedThere = (m: Mention): boolean => (m.rule.travel === true ? where === undefined || m.sentence.text.slice(m.end).includes(where) : fromThere && kindFamily(m.rule.kind) === 'gathering');
  const scene = mentions.findLast((m) => m.sentence.index === sentence.index - 1 && m.date && !m.quoted && endedThere(m));
  if (!scene) return;
  for (const m of found) {
    if (m.date || m.dateWithheld || m.quoted || (m.future && !scene.future) || (m.rule.kind !== 'call' && kindFamily(m.rule.kind) !== 'gathering')) continue;
    const dayFrom = scene.scene ?? scene.sentence;
    // Gone on from a gathering, it is the next happening of the day, not that one: the sentences of that one are no evidence of it.
    if (fromThere && !scene.rule.travel) [m.date, m.dateAt, m.dayFrom, m.sequelTo] = [scene.date, undefined, dayFrom, scene];
    else [m.date, m.dateAt, m.scene] = [scene.date, undefined, dayFrom];
    if (scene.future) [m.future, m.mood] = [true, 'plan'];
  }
}

/**
 * "Abu Dhabi was the venue last month for talks … After those high-level meetings, Washington and
 * Moscow agreed to restore military dialogue": a main clause set after an event its leading
 * clause points back to, with no date of its own, happened in that event's time.
 */
function datedAfterEarlier(found: Mention[], mentions: Mention[], text: string, times: TemporalExpression[]): void {
  const leading = AFTER_ANOTHER.exec(text) ?? SEQUEL_OPENING.exec(text);
  if (!leading) return;
  const pointer = found.find((m) => m.reference && m.end <= leading[0].length);
  // "After the ceremony, the ministers were received …": the ceremony is the act just told (a signing), not a gathering;
  // "Hours later Trump had them in the Oval Office": whatever was last told as done.
  const sequel = SEQUEL_OPENING.test(leading[0]);
  const ceremony = !pointer && POINTED_CEREMONY.test(leading[0]);
  const pointsBack = (m: Mention): boolean => (pointer ? sameSort(m.rule.kind, pointer.rule.kind, m.rule.noun, pointer.rule.noun) : sequel || (ceremony ? m.rule.kind === 'other' : kindFamily(m.rule.kind) === 'gathering'));
  if (!pointer && !sequel && !ceremony && !POINTED_GATHERINGS.test(leading[0])) return;
  // A lapse of hours is counted from an act of a day, not from a year named in passing ("… after he lost the 2022 election. Hours later, …").
  const earlier = mentions.findLast((m) => m.date && !m.future && pointsBack(m) && (!sequel || m.date.precision === 'day'));
  if (!earlier) return;
  for (const m of found) {
    if (m.start < leading[0].length || m.date || m.dateWithheld || m.future || m.rule.kind === 'statement') continue;
    // "Then, at about 4:30 a.m. yesterday, after an all-night session with a mediator, the two sides announced …": past a day of the sentence's own, the next step is of that day, not the last one told.
    if (sequel && times.some((t) => t.date && t.start >= leading[0].length && t.end <= m.start)) continue;
    [m.date, m.dateAt] = [earlier.date, undefined];
    // …and what came hours after it is another happening than it, of whatever sort ("convicted him on Thursday … Hours later, the same panel sentenced him").
    if (sequel) m.sequelTo = earlier;
  }
}

/**
 * "On the flight over, Trump told reporters …", "Hours later he posted a message …": a saying opened by the scene of the story it
 * was said in, with no day of its own, is on the day of the last happening the article has told as done before it, not the day
 * the story was published (SAID_IN_THE_STORYS_SCENE), and another saying than one told there (`sequelTo`: "On the flight over, Trump
 * told reporters … Hours later he posted …" are two).
 */
function saidInTheStorysScene(found: Mention[], mentions: Mention[], text: string): void {
  const opening = SAID_IN_THE_STORYS_SCENE.exec(text);
  const earlier = opening ? mentions.findLast((m) => m.date?.precision === 'day' && !m.future) : undefined;
  if (!opening || !earlier) return;
  for (const m of found) {
    if (m.rule.kind !== 'statement' || m.start < opening[0].length || m.date || m.dateWithheld || m.future) continue;
    [m.date, m.dateAt, m.sequelTo] = [earlier.date, undefined, earlier];
  }
}

/**
 * "The Pope flew home on Tuesday. … On the plane home he answered questions from journalists": a saying told in the story's scene whose
 * subject is only a pronoun (SCENE_SPEAKER_UNNAMED), with no one named before it in its paragraph, is by the person the story is about:
 * the first of those who did the last happening it told as done with someone in it.
 */
function speakerOfTheScene(m: Mention, mentions: Mention[]): void {
  const opening = SAID_IN_THE_STORYS_SCENE.exec(m.sentence.text);
  if (!opening || !SCENE_SPEAKER_UNNAMED.test(m.sentence.text.slice(opening[0].length, m.start))) return;
  const doer = mentions.findLast((b) => b.date && !b.future && b.persons.length > 0)?.persons[0];
  if (doer) addToMention(m, 'persons', [doer]);
}

/**
 * "Before going to the airport on Sunday evening, the Vice President paid a visit to …", "Before flying home on Friday, Berg held
 * talks with the mayor": what the subject did before leaving on a day, with no day of its own, was done that day.
 */
function datedBeforeLeaving(found: Mention[], times: TemporalExpression[], text: string): void {
  const leading = BEFORE_LEAVING.exec(text);
  const time = leading ? times.find((t) => t.end <= leading[0].length && claimOf(t)?.precision === 'day') : undefined;
  if (!leading || !time) return;
  // "Before leaving Lima on Sunday, Tamm told reporters he hoped for talks with …": what a saying tells is not done then.
  for (const m of found) {
    if (m.start < leading[0].length || reportVerbIn(text, leading[0].length, m.start) || m.date || m.future || m.rule.kind === 'statement') continue;
    [m.date, m.dateAt, m.dateWithheld] = [claimOf(time)!, time.start, false];
  }
}

/** The day a record's heading gives ("Minutes of the sitting of 11 April 2056 — …"), when the sentence opens with one. */
function sittingDay(text: string, times: TemporalExpression[]): CalendarDate | undefined {
  const heading = RECORD_HEADING.exec(text)!;
  const time = times.find((t) => t.end <= heading[0].length && t.date?.precision === 'day');
  return time ? claimOf(time) : undefined;
}

/** "Item 4: The House approved the deployment": what a record tells as done, with no day of its own, was done at its sitting. */
function datedBySitting(found: Mention[], sitting: CalendarDate): void {
  for (const m of found) if (!m.date && !m.dateWithheld && !m.dayless && !m.series && !m.future && m.mood !== 'plan') m.date = { ...sitting };
}

/** Where the clause saying who took part ends: people named in a clause about others after it ("…, while the opposition leader criticised the deal") did not take part. */
function participationClauseEnd(text: string): number {
  const other = othersClauseAt(text, text.search(PARTICIPATION));
  return other < 0 ? text.length : other;
}

/**
 * "BRUSSELS — The Commission fined Vell Corp on Friday …" in a wire of that Friday: a lead that dates its news by the day it is news
 * of, and by no other day. One that tells the day before ("resigned on Sunday evening" in a paper of Monday) or no day at all does not.
 */
function toldOfItsDay(lead: { sentence: Sentence; reference: string; today: string; before: string }): boolean {
  const days = findTemporalExpressions(lead.sentence.text, lead.reference, { before: lead.before }).flatMap((t) => (t.date ? [t.date] : []));
  return days.length > 0 && days.every((d) => d.start === lead.today && d.end === lead.today);
}

/** Whether a text names a name, as a whole word. */
function namedIn(name: string, text: string): boolean {
  const at = text.indexOf(name);
  return at >= 0 && !/\w/.test(text[at - 1] ?? '') && !/\w/.test(text[at + name.length] ?? '');
}
