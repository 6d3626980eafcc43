/**
 * "The two ministers met in Lusk on Monday and signed an accord on river traffic", "received the envoy on Tuesday, and they signed
 * a twinning charter": a second predicate of the same subject, joined by "and" and told as done, or as planned, like the first, with no day of its own,
 * happened on the first's day, not on the day the story was published.
 */
import type { EntityMention } from '../entities/recognise.ts';
import type { Sentence } from '../types.ts';
import { reportVerbIn } from './clause.ts';
import { kindFamily } from './kinds.ts';
import { AUXILIARY_IN_TRIGGER, CLAUSE_END_AFTER, COORDINATED_SAYING_BEFORE, IN_RETURN_OPENING, LEAVING_OR_GOING_HOME, LEFT_A_PLACE, SAME_SUBJECT_AND, SAYING_AS_SEQUEL, SEQUEL_NAMED_SUBJECT, SEQUEL_PRONOUN_SUBJECT, TOLD_THE_GUESTS_OF_THEMSELVES } from './lexicon.ts';
import { addToMention, type Mention, toMention } from './mention.ts';
import { statementAt } from './report-day-statements.ts';
import { SAYING } from './triggers.ts';

/** Kinds of event one side holds with another: a caller's or a host's two of them are two, each with its own company. */
const HELD_WITH_SOMEONE = new Set(['call', 'gathering']);

/**
 * Each trigger with the one before it when "and" joins them as two predicates of one subject (SAME_SUBJECT_AND), or "then" or "before" joins
 * a saying to it (sequelJoin), the second told anew: not pointing back, no topic, not quoted.
 */
function secondPredicates(found: Mention[], text: string): [Mention, Mention][] {
  const inOrder = [...found].sort((a, b) => a.start - b.start);
  return inOrder.flatMap((m, i): [Mention, Mention][] => {
    const first = inOrder[i - 1];
    if (!first || first.end > m.start || m.reference || m.topic || m.quoted) return [];
    const between = text.slice(first.end, m.start);
    return SAME_SUBJECT_AND.test(between) || (m.rule.kind === 'statement' && sequelJoin(between) >= 0) ? [[first, m]] : [];
  });
}

/**
 * Where "then" or "before" joins a saying to the act before it (SAYING_AS_SEQUEL), the act's clause running up to it in one short stretch of its
 * sentence, as SAME_SUBJECT_AND asks of "and"; -1 when not so joined.
 */
function sequelJoin(between: string): number {
  const at = between.search(SAYING_AS_SEQUEL);
  return at >= 0 && at <= 80 && !/[.;:]/.test(between.slice(0, at)) && between.slice(0, at).search(CLAUSE_END_AFTER) < 0 ? at : -1;
}

/**
 * "President Mara Olsen rang Chancellor Felix Bauer on Thursday morning and then spoke to Prime Minister Ines Kovac", "Governor
 * Rell called the regional president on Monday and then met Mayor Ruzic in Pola": the subject of the first of two calls or
 * meetings joined by "and" is the second's too, with the one its own words name; its own object is no one of the first's. So told,
 * the caller's two calls have two different lines and stay two events (resolve-mentions, merging). Not when the second names a
 * subject of its own before its verb ("… and Kovac then called Bauer").
 */
export function subjectOfCoordinatedPredicate(found: Mention[], named: EntityMention[], text: string): void {
  for (const [first, m] of secondPredicates(found, text)) {
    if (!HELD_WITH_SOMEONE.has(kindFamily(first.rule.kind)) || !HELD_WITH_SOMEONE.has(kindFamily(m.rule.kind))) continue;
    const people = named.filter((e) => e.entity.type === 'person');
    const and = first.end + text.slice(first.end, m.start).lastIndexOf('and');
    const ownSubject = people.some((e) => e.start >= and && e.end <= m.start && m.persons.includes(e.entity.id));
    const subject = people.filter((e) => e.end <= first.start && first.persons.includes(e.entity.id)).map((e) => e.entity.id);
    if (ownSubject || subject.length === 0) continue;
    // The first's object, named before the "and", is the first's, however near the second's verb ("called the President of the Region, Dario Fontana, on Monday and then met …").
    const firstObject = people.filter((e) => e.start >= first.end && e.end <= and && m.persons.includes(e.entity.id)).map((e) => e.entity.id);
    m.persons = m.persons.filter((p) => !firstObject.includes(p));
    first.persons = [...new Set([...first.persons, ...firstObject])];
    if (m.persons.length === 0) continue;
    m.persons = [...new Set([...subject, ...m.persons])];
  }
}

/**
 * "The ceasefire between Nordmark and Velsland was announced in Lisse on 4 March and entered into force on 9 March", "Nordmark's army
 * shelled the port on Monday and struck the depot on Tuesday": the sides named as the subject of the first of two happenings joined by
 * "and" are the second's too, when it names none of its own, so each report of it is tied to its sides (merging). Calls and gatherings
 * carry their own company (subjectOfCoordinatedPredicate); a statement is its speaker's alone.
 */
export function sidesOfCoordinatedPredicate(found: Mention[], named: EntityMention[], text: string): void {
  for (const [first, m] of secondPredicates(found, text)) {
    if (m.parties.length > 0 || m.persons.length > 0 || first.parties.length === 0) continue;
    if ([first, m].some((o) => HELD_WITH_SOMEONE.has(kindFamily(o.rule.kind)) || o.rule.kind === 'statement')) continue;
    m.parties = named.filter((e) => e.end <= first.start && first.parties.includes(e.entity.id)).map((e) => e.entity.id).filter((id, k, all) => all.indexOf(id) === k);
  }
}

/**
 * "President Ana Rell was welcomed to Lusk by the King on Tuesday and addressed both Houses the same afternoon": a saying a trigger reads
 * as the second predicate of the first's subject, joined by "and" with no speaker of its own, is that subject's (subjectsSaying), not
 * the King's who welcomed her. Left without one, it would be no one's saying and no statement (resolve-mentions).
 */
export function speakerOfCoordinatedPredicate(found: Mention[], named: EntityMention[], sentence: Sentence): void {
  for (const [first, m] of secondPredicates(found, sentence.text)) {
    if (m.rule.kind !== 'statement' || m.persons.length > 0 || m.parties.length > 0) continue;
    const saying = subjectsSaying(sentence, m, named, first);
    if (saying) [m.persons, m.parties] = [saying.persons, saying.parties];
  }
}

/**
 * "Prime Minister Carney met President Zelensky in the morning and announced C$2 billion in new military aid", "Rell hosted the envoy on
 * Tuesday and then said the talks had gone well": a verb of saying no trigger reads (REPORTING), the second predicate of an act told as
 * done, with no subject of its own, is a statement of the act's subject (subjectsSaying) on the act's day; so is one told as its sequel with no
 * "and" ("received the envoy on Tuesday, then told reporters …", "met Lund on Monday before announcing a joint statement", SAYING_AS_SEQUEL),
 * a second act of the sentence that the act would otherwise leave unread. A saying with a day of its own is
 * already one (statementsOnReportDays); one that tells of an event as done ("and said the two sides had signed an accord") is that event's report.
 * "pledged four more air defence systems" is no verb of saying: a pledge is read by what was pledged (kinds.ts), or not at all.
 */
export function sayingsOfCoordinatedPredicate(found: Mention[], named: EntityMention[], sentence: Sentence): Mention[] {
  const text = sentence.text;
  const verbs: Mention[] = [];
  for (let verb = reportVerbIn(text, 0, text.length); verb; verb = reportVerbIn(text, verb.end, text.length)) {
    const { start, end } = verb;
    // Read as a mention only where "and", "then" or "before" opens it: most verbs of saying are no second predicate.
    const opening = text.slice(Math.max(0, start - 30), start);
    if ((COORDINATED_SAYING_BEFORE.test(opening) || SAYING_AS_SEQUEL.test(opening)) && !found.some((m) => m.start < end && start < m.end)) verbs.push(toMention({ rule: SAYING, start, end }, sentence));
  }
  const sayings: Mention[] = [];
  for (const [act, verb] of secondPredicates([...found, ...verbs], text)) {
    if (!verbs.includes(verb) || !act.date || act.rule.kind === 'statement' || act.future || act.mood === 'plan' || act.series) continue;
    // The verb right after "and" ("and then said", not "and Peskov said" nor "and played a video that he said"), or after "then" or "before", the act's
    // clause running up to it ("met Putin on Tuesday, who smiled and said" and "the ceasefire that took effect on Friday and said" are others' clauses).
    const between = text.slice(act.end, verb.start);
    if (sequelJoin(between) < 0 && (!COORDINATED_SAYING_BEFORE.test(between) || between.slice(0, between.lastIndexOf('and')).search(CLAUSE_END_AFTER) >= 0)) continue;
    if (reportsAnEventAfter(found, verb)) continue;
    // A gathering's host telling its guests of themselves ("received the squad … and told them they had made history") is the gathering's evidence.
    if (kindFamily(act.rule.kind) === 'gathering' && TOLD_THE_GUESTS_OF_THEMSELVES.test(text.slice(verb.start))) continue;
    const saying = subjectsSaying(sentence, verb, named, act);
    if (!saying) continue;
    [saying.date, saying.mentions] = [act.date, act.mentions];
    sayings.push(saying);
  }
  return sayings;
}

/** As a dated saying's (statementOfVerb): a saying that tells an event after it as done or planned ("and said the two sides had signed an accord") is that event's report. */
function reportsAnEventAfter(found: Mention[], saying: { end: number }): boolean {
  return found.some((m) => m.start >= saying.end && (m.rule.kind === 'statement' || (!m.reference && (m.tookPlace || m.presentPlan))));
}

/**
 * Gives each undated second predicate the day of the dated event its "and" joins it to (in order, so a third takes the second's). A saying a
 * trigger reads is one too ("flew back to Kessel on Monday evening and told reporters at the airport that …": that evening's statement, not
 * an attribution of the journey), and so joined by "then" or "before" as well ("…, then told reporters", SAYING_AS_SEQUEL), unless it is
 * the report of an event told after it.
 */
export function datedByCoordinatedPredicate(found: Mention[], text: string): void {
  const inOrder = [...found].sort((a, b) => a.start - b.start);
  for (const [i, m] of inOrder.entries()) {
    if (m.date || m.dateWithheld || m.dayless || m.series || m.reference || m.topic || m.quoted || (m.rule.kind === 'statement' && reportsAnEventAfter(found, m))) continue;
    const first = inOrder[i - 1];
    if (!first?.date || first.rule.kind === 'statement' || first.end > m.start || first.future !== m.future || (first.mood === 'plan') !== (m.mood === 'plan')) continue;
    const between = text.slice(first.end, m.start);
    if (!SAME_SUBJECT_AND.test(between) && !(m.rule.kind === 'statement' && sequelJoin(between) >= 0)) continue;
    [m.date, m.dateAt] = [first.date, undefined];
  }
}

/**
 * "Ivo Marek arrived in Kessel on Tuesday and toured the harbour in the evening", "will land in Orsk on Monday and visit the new
 * port": a visit told as the second predicate of a journey to a place, on its day, is the stay that journey began, one visit
 * (tests/fixtures/own-conventions.md, Arrivals): the traveller's, where the journey went. The journey is no event beside it, as one
 * told with its goal is not (journeysWithGoals). A gathering so told ("arrived … and met Milo Brandt") keeps its own company, the
 * journey its stay (trip-stay.ts markStays); a journey told by its leaving or its way home went elsewhere than the stay.
 * Returns the journeys the visits took up.
 */
export function journeysOfCoordinatedVisits(found: Mention[], text: string): Mention[] {
  return secondPredicates(found, text).flatMap(([journey, visit]) => {
    if (!toAPlace(journey, text.slice(journey.start, visit.start)) || visit.rule.occasion !== 'always' || visit.rule.travel !== true) return [];
    if (journey.future !== visit.future || journey.date?.value !== visit.date?.value) return [];
    if (visit.persons.length === 0 && visit.parties.length === 0) {
      addToMention(visit, 'persons', journey.persons);
      addToMention(visit, 'parties', journey.parties);
    }
    visit.place ??= journey.place;
    return [journey];
  });
}

/** A journey told by where it went, not by its leaving or its way home: the words from its trigger up to the next predicate. */
function toAPlace(journey: Mention, words: string): boolean {
  return journey.rule.occasion === 'whenToldForItsFate' && journey.rule.travel === true && journey.place !== null && !LEAVING_OR_GOING_HOME.test(words) && !LEFT_A_PLACE.test(words);
}

/** The saying of a verb told as the second predicate of `act`, by the act's subject: the speaker statementAt reads before the act's verb, one who does the act. */
function subjectsSaying(sentence: Sentence, verb: { start: number; end: number }, named: EntityMention[], act: Mention): Mention | undefined {
  const saying = statementAt(sentence, verb, named, false, act.start);
  return saying && [...saying.persons, ...saying.parties].every((id) => act.persons.includes(id) || act.parties.includes(id)) ? saying : undefined;
}

/**
 * "President Mara Olsen phoned Chancellor Felix Bauer on Thursday. She then spoke with Prime Minister Ines Kovac.", "… met the
 * premier in Lusk on Tuesday. He later called the Estmark president.": a call or meeting told next in the paragraph with a pronoun
 * subject and an adverb of sequence (SEQUEL_PRONOUN_SUBJECT), with no day of its own, is the next one the subject held that day: on
 * the day of the call or meeting told in the sentence before, with that one's subject (the first person it names before its verb).
 * Naming someone that one lacks, it stays an event of its own (resolve-mentions); naming no one new, it is that one again.
 * `subjectOf` reads the sentence before for the person named before a trigger of it.
 */
export function sequelsOfTheSentenceBefore(found: Mention[], before: Mention[], subjectOf: (m: Mention) => string | undefined): void {
  for (const m of found) {
    if (m.date || m.dateWithheld || m.reference || m.future || m.quoted || m.series || !HELD_WITH_SOMEONE.has(kindFamily(m.rule.kind)) || m.persons.length === 0) continue;
    if (!SEQUEL_PRONOUN_SUBJECT.test(m.sentence.text.slice(0, m.start))) continue;
    const earlier = before.findLast((b) => b.date && !b.future && HELD_WITH_SOMEONE.has(kindFamily(b.rule.kind)) && b.persons.length > 0);
    const subject = earlier && subjectOf(earlier);
    if (!earlier || !subject || m.persons.every((p) => earlier.persons.includes(p))) continue;
    [m.date, m.dateAt] = [earlier.date, undefined];
    addToMention(m, 'persons', [subject], 'first');
  }
}

/** A determiner right before a trigger, one lowercase word between at most ("the meeting", "their first call"): the trigger's own noun phrase, pointing back; "the Republic was then received" names a subject. */
const OWN_DETERMINER = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?$/;

/**
 * "Later, the deputy prime minister called on President Mirziyoyev", "The President of the Republic was then received by His
 * Majesty at Windsor Castle", "Mr Macron later travelled on to Windsor for an audience with the King", "Before, Quirno had
 * maintained a meeting with his pair": a call or meeting told with an adverb of sequence and a subject named or described
 * (SEQUEL_NAMED_SUBJECT), with no day of its own, is one the story's scene led to (or came out of): on the day of the last
 * call or gathering the article told as done before it, in any paragraph. A subject only described ("the deputy prime
 * minister") is that one's subject. It is another happening than that one (`sequelTo`), so resolve-mentions never folds it in.
 * A determiner of the subject is no back-reference ("the deputy prime minister called on"); one of the trigger's own noun is.
 */
export function sequelsToldLater(found: Mention[], earlier: Mention[], subjectOf: (m: Mention) => string | undefined): void {
  for (const m of found) {
    if (m.date || m.dateWithheld || m.future || m.quoted || m.series || m.persons.length === 0 || !HELD_WITH_SOMEONE.has(kindFamily(m.rule.kind))) continue;
    const before = m.sentence.text.slice(0, m.start);
    const told = before + (AUXILIARY_IN_TRIGGER.exec(m.sentence.text.slice(m.start, m.end))?.[0] ?? '');
    if (!SEQUEL_NAMED_SUBJECT.test(told) || (m.reference && OWN_DETERMINER.test(before))) continue;
    const scene = earlier.findLast((b) => b.date && !b.future && b.sentence.index < m.sentence.index && HELD_WITH_SOMEONE.has(kindFamily(b.rule.kind)) && b.persons.length > 0);
    if (!scene) continue;
    [m.date, m.dateAt, m.reference, m.sequelTo] = [scene.date, undefined, false, scene];
    const subject = subjectOf(m) === undefined ? subjectOf(scene) : undefined;
    if (subject) addToMention(m, 'persons', [subject], 'first');
  }
}

/**
 * "All twenty hostages were released on Monday. In return Israel freed about 1,900 prisoners the same day.": what a sentence opening on a
 * return (IN_RETURN_OPENING) tells is the other side's act, another happening than the one of its kind the sentence before told (`sequelTo`),
 * so resolve-mentions never folds it in.
 */
export function counterpartsOfTheSentenceBefore(found: Mention[], before: Mention[]): void {
  for (const m of found) {
    if (!IN_RETURN_OPENING.test(m.sentence.text)) continue;
    const other = before.findLast((b) => b.rule.kind === m.rule.kind);
    if (other) m.sequelTo = other;
  }
}
