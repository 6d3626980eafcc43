import type { TemporalExpression } from '../dates/index.ts';
import type { EntityMention } from '../entities/recognise.ts';
import type { Sentence } from '../types.ts';
import { isQuoted } from '../parse/quotes.ts';
import { everyMatch, execPart, mayMatch } from '../gated-matches.ts';
import { agreeWithModality, reportVerbAt, reportVerbBeforeCount } from './clause.ts';
import { claimOf } from './event-dates.ts';
import { datelineLength } from './dateline.ts';
import { isBystander, isSpokesperson } from './event-entities.ts';
import { COORDINATED_SAYING_BEFORE, EARLIER_TELLING, ENTRY_STAMP, HEARSAY_BEFORE, JUDGING, LEADING_CLAUSE, NEGATED, OBJECT_OF_PREPOSITION, OFFICE_IN_AN_APPOSITION, PASSIVE_BEFORE, PRONOUN_SPEAKER, RELATIVE_BEFORE_VERB, RELATIVE_CLAUSE_VERB, REPORTING, SAID_BY_THE_HEAD, SPEAKER_AFTER_THE_WORDS, SPEAKER_CARRIED_ACROSS, STATE_SUBJECT_AFTER, STATE_SUBJECT_BEFORE, SUBJECT_AT_OPENING, SUPPOSED_EVENT, TOLD_AS_AHEAD, TOLD_BACK_BEFORE } from './lexicon.ts';
import { type Mention, toMention } from './mention.ts';
import { SAYING } from './triggers.ts';
import { unnamedSpeaker } from './unnamed-speaker.ts';

/** How far before its verb a speaker may stand ("Dmitry Peskov, the Kremlin spokesman, said on Friday"). */
const SPEAKER_REACH = 60;

/**
 * "Lavrov said earlier Sunday that …", "On Tuesday Lavrov made clear …": a date beside a verb of
 * saying is the day of a statement by whoever says it, when a person or an institution does,
 * named or not ("the foreign ministry said on Tuesday"). A verb of saying right before a count
 * from a day told before ("Netanyahu said the same day", "told reporters the next morning") makes
 * a statement too, left undated here for the count to date.
 */
export function statementsOnReportDays(sentence: Sentence, times: TemporalExpression[], named: EntityMention[], found: Mention[], day: string): Mention[] {
  const text = sentence.text;
  const statements: Mention[] = [];
  const dateline = datelineLength(text);
  const leadingEnd = dateline + (LEADING_CLAUSE.exec(text.slice(dateline))?.[0].length ?? 0);
  const said = times.flatMap((time) => {
    const claim = claimOf(time);
    const verb = claim && !isQuoted(text, time.start) ? reportVerbAt(text, time) : undefined;
    return claim && verb ? [{ time, verb, claim }] : [];
  });
  // "On Friday, fighting flared again, and the government said on Saturday that …": a verb two days claim is said on the nearer one.
  const distance = ({ time, verb }: (typeof said)[number]): number => Math.min(Math.abs(time.start - verb.end), Math.abs(verb.start - time.end));
  for (const { time, verb, claim } of said) {
    if (said.some((o) => o.verb.start === verb.start && distance(o) < distance({ time, verb, claim }))) continue;
    // "The Kremlin had said on Tuesday that Putin would receive the envoy": a telling further back than the story's news, of what was then to come, is the plan's announcement, no statement of its own.
    if (EARLIER_TELLING.test(text.slice(0, verb.start)) && TOLD_AS_AHEAD.test(text.slice(verb.end))) continue;
    const mention = statementOfVerb(sentence, verb, named, found, leadingEnd);
    if (!mention) continue;
    mention.date = agreeWithModality(claim, time, 'past', day);
    statements.push(mention);
  }
  const counted = reportVerbBeforeCount(text);
  const mention = counted && !isQuoted(text, counted.start) ? statementOfVerb(sentence, counted, named, found, leadingEnd) : undefined;
  if (mention) statements.push(mention);
  return statements;
}

const SAID_ANYWHERE = new RegExp(String.raw`\b(${REPORTING})\b`, 'g');
/**
 * A verb of judging ("called the decision irresponsible"), asked only of a sentence with no verb of saying outside its quotations or
 * one coordinated after it: a judgement another reports ("Ana Ruiz called the decision "shameful", Lund said") is the reporter's saying, not its judge's.
 */
const JUDGED_ANYWHERE = new RegExp(String.raw`\b(${JUDGING})`, 'g');

/**
 * "Tusk said openly that Poland would not accept migrants": a verb of saying, outside a quotation, in a sentence that gives no day
 * (`givesADay`, asked only once a verb of saying and its speaker are found: it reads the sentence's dates, the dearest step here, and
 * most sayings with no trigger have no speaker the rules name: "Analysts cautioned against expecting a breakthrough"), by a
 * speaker its clause names ("he" or "she" opening the sentence is left for the caller to name from the sentence before). Not one told
 * back in the perfect ("Takaichi has said she will not …", "had denied at first"): words from before the story, of no scene of it; nor
 * a name in what was said before ", his sister said" (SPEAKER_AFTER_THE_WORDS).
 */
export function sayingWithNoDay(sentence: Sentence, recognised: () => EntityMention[], givesADay: () => boolean): Mention | undefined {
  const text = sentence.text;
  const unquoted = (pattern: RegExp) => (mayMatch(pattern, text) ? everyMatch(pattern, text).find((m) => !isQuoted(text, m.index)) : undefined);
  const reported = unquoted(SAID_ANYWHERE);
  // A saying coordinated after a judgement ("rejected suggestions that … and said …") shares its subject: the judgement, told first, is the judge's saying.
  const judgedFirst = !reported || COORDINATED_SAYING_BEFORE.test(text.slice(0, reported.index)) ? unquoted(JUDGED_ANYWHERE) : undefined;
  const judged = judgedFirst && (!reported || judgedFirst.index < reported.index) ? judgedFirst : undefined;
  const said = judged ?? reported;
  if (!said || TOLD_BACK_BEFORE.test(text.slice(0, said.index))) return undefined;
  // A judgement denied ("never called the plan reckless") or heard from another ("reportedly called", "According to Lund, …") was not said that day by its judge.
  if (judged && (NEGATED.test(text.slice(0, said.index)) || HEARSAY_BEFORE.test(text.slice(0, said.index)))) return undefined;
  const verb = { start: said.index, end: said.index + said[1]!.length };
  const mention = SPEAKER_AFTER_THE_WORDS.test(text.slice(0, verb.start)) ? undefined : (statementAt(sentence, verb, recognised(), false) ?? (PRONOUN_SPEAKER.test(text.slice(0, verb.start)) ? toMention({ rule: SAYING, ...verb }, sentence) : undefined));
  if (!mention || givesADay()) return undefined;
  mention.noDayOfItsOwn = true;
  if (judged) mention.judgement = true;
  return mention;
}

/** The first verb of saying after an entry's clock time, in its first clause, outside a quotation ("16:30 — In Washington, Marco Rubio says …"). */
const SAID_IN_ITS_ENTRY = new RegExp(String.raw`^[^;:“"]{0,160}?\b(${REPORTING})\b`);

/**
 * "7/ 16:30 — In Washington, Secretary of State Marco Rubio says the US is very worried": a saying in the sentence that opens a
 * stamped entry (ENTRY_STAMP: a live blog's entry, a thread's post), with no day beside it, is a statement of the entry's day,
 * told in the present as in the past, as any news the entry opens with is; one that only gives the news of an event its sentence
 * tells ("18:10 — Ines Marr says Umerov and Witkoff met in Lusk this afternoon") is no statement of its own.
 */
export function statementsOfAnEntry(sentence: Sentence, named: EntityMention[], found: Mention[], day: string): Mention[] {
  const text = sentence.text;
  const stamp = ENTRY_STAMP.exec(text);
  const said = stamp ? execPart(SAID_IN_ITS_ENTRY, text.slice(stamp[0].length), text) : null;
  if (!stamp || !said) return [];
  const start = stamp[0].length + said.index + said[0].length - said[1]!.length;
  const mention = statementOfVerb(sentence, { start, end: start + said[1]!.length }, named, found, stamp[0].length);
  if (!mention) return [];
  [mention.date, mention.entry] = [{ value: day, start: day, end: day, precision: 'day' }, true];
  return [mention];
}

/** The statement a verb of saying makes, unless the sentence already has it or the verb only gives the news of an event the sentence tells. */
function statementOfVerb(sentence: Sentence, verb: { start: number; end: number; clause?: number }, named: EntityMention[], found: Mention[], leadingEnd: number): Mention | undefined {
  const text = sentence.text;
  if (found.some((m) => m.rule.kind === 'statement' && m.start < verb.end + 20 && verb.start < m.end + 20)) return undefined;
  // "After a meeting with Hamas officials on Wednesday, the Qatari prime minister said on Thursday that …": a leading clause's event sets the scene for the saying; it is not what the saying reports.
  // "Halloran, who returned on Sunday from a visit to Warsaw, told reporters on Monday that …": the subject's aside tells of the speaker, not what the saying reports.
  const aside = RELATIVE_BEFORE_VERB.exec(text.slice(0, verb.start))?.index ?? verb.start;
  // "Oct 16 - Trump and Putin speak by phone; Trump announces a summit in Budapest": what a clause before a semicolon tells is not what the saying after it reports (SENTENCE_STOP).
  // "Trump met Putin on Tuesday, and on Thursday the Kremlin said …": nor is what a clause tells before the one the saying's day opens.
  const clauseStart = Math.max(text.lastIndexOf(';', verb.start) + 1, verb.clause ?? 0);
  // "issued a joint statement on the war, which began on 13 June": a relative clause's happening is background to what was said, not its news.
  const told = found.filter((m) => m.start >= clauseStart && (verb.start < leadingEnd || m.end > leadingEnd) && (m.start < aside || m.start >= verb.start) && !RELATIVE_CLAUSE_VERB.test(text.slice(Math.max(0, m.start - 20), m.end)));
  // Saying that something took place, or will before the saying ("… will meet He Lifeng on May 10, the Treasury said on Tuesday"), is the report of that event, not a statement of its own.
  if (told.some((m) => m.rule.kind !== 'statement' && !m.reference && (m.tookPlace || (m.presentPlan && m.end <= verb.start)))) return undefined;
  // A happening that is itself this telling ("the board told them to be back on the job": a back-to-work order) is what the verb did, no statement besides it.
  if (told.some((m) => m.rule.told === true && m.start <= verb.start && verb.end <= m.end)) return undefined;
  // A voice with no name that tells of an event ("the delegations … agreed on the largest prisoner exchange, the foreign ministry said on Tuesday", "the Kremlin had said on Tuesday that Putin would receive the envoy") gives the news of that event: its day is the news's.
  // An event it only supposes (SUPPOSED_EVENT) is no news the voice gives.
  const tellsOfEvent = told.some((m) => m.rule.kind !== 'statement' && m.rule !== SAYING && !SUPPOSED_EVENT.test(text.slice(m.end)));
  // "President Donald Trump had given Ukraine until Thursday …, but said on Saturday that …": a saying in a second predicate with no subject of its own is its clause's subject's, however far.
  const subject = COORDINATED_SAYING_BEFORE.test(text.slice(clauseStart, verb.start)) ? named.find((e) => e.start >= clauseStart && SUBJECT_AT_OPENING.test(text.slice(clauseStart, e.start))) : undefined;
  // "On 19 August he said in a statement …": a speaker only a pronoun is left unnamed for the caller to name from the sentence before (SPEAKER_CARRIED_ACROSS).
  return statementAt(sentence, verb, named, !tellsOfEvent, subject?.end, clauseStart) ?? (SPEAKER_CARRIED_ACROSS.pronounTeller.here.test(text.slice(0, verb.start)) ? sayingBy(sentence, verb) : undefined);
}

/**
 * The statement a verb of saying makes, with its speaker: the name nearest before the verb
 * ("Lavrov said on …"), or between a leading date and it ("On Tuesday Lavrov made clear"); else,
 * when `unnamed` allows, a voice that is no name ("the foreign ministry said") or a state that is the whole subject ("Qatar condemned"). A verb with no subject of
 * its own has the one before `subjectBefore` ("X met Y on Wednesday, a day after announcing …": X). The speaker stands in the
 * verb's own clause, from `clauseStart` ("Trump met Zelenskyy on Monday, and on Tuesday the White House said": not Zelenskyy). Undefined when no one says it.
 */
export function statementAt(sentence: Sentence, verb: { start: number; end: number }, named: EntityMention[], unnamed: boolean, subjectBefore?: number, clauseStart = 0): Mention | undefined {
  const text = sentence.text;
  // A passive verb has no speaker before it ("was leaked on Tuesday"); nor is the object of a preposition one ("a call between Witkoff and Ushakov, leaked …").
  if (PASSIVE_BEFORE.test(text.slice(0, verb.start))) return undefined;
  // The speaker stands before a relative clause between it and its verb ("Gargash, who advises President Mohamed, said").
  const until = subjectBefore ?? RELATIVE_BEFORE_VERB.exec(text.slice(0, verb.start))?.index ?? verb.start;
  const from = Math.max(until - SPEAKER_REACH, clauseStart);
  // A verb that opens a relative clause on a name is that name's, even after a preposition ("… of the Eston Building Society, which said").
  const head = SAID_BY_THE_HEAD.exec(text.slice(0, verb.start))?.index;
  const speaker = (head === undefined ? undefined : named.find((e) => e.end === head && e.entity.type !== 'place')) ?? named
    .filter((e) => e.end <= until && e.start >= from && (!isBystander(e, text) || isSpokesperson(e, text)) && !OBJECT_OF_PREPOSITION.test(text.slice(Math.max(0, e.start - 60), e.start)) && (e.entity.type === 'person' || e.entity.type === 'organization' || (unnamed && stateAsSubject(text, e, until))))
    .at(-1);
  const holder = speaker && speaker.entity.type !== 'person' && OFFICE_IN_AN_APPOSITION.rest.test(text.slice(speaker.end, verb.start)) ? named.find((e) => e.entity.type === 'person' && e.end < speaker.start && OFFICE_IN_AN_APPOSITION.opening.test(text.slice(e.end, speaker.start))) : undefined;
  const voice = speaker || !unnamed ? undefined : unnamedSpeaker(text, verb.start);
  return speaker || voice ? sayingBy(sentence, verb, holder ?? speaker, voice) : undefined;
}

/** The statement a verb of saying makes by its speaker, a name or a voice that is none; by no one yet when its speaker is a pronoun the caller names. */
function sayingBy(sentence: Sentence, verb: { start: number; end: number }, speaker?: EntityMention, voice?: string): Mention {
  const mention = toMention({ rule: SAYING, start: verb.start, end: verb.end }, sentence);
  const person = speaker?.entity.type === 'person';
  mention.persons = speaker && person ? [speaker.entity.id] : [];
  mention.parties = speaker && !person ? [speaker.entity.id] : [];
  mention.roles = { parties: [], mediators: [], present: speaker ? [speaker.entity.id] : [], mentioned: [], sides: [] };
  if (voice) mention.speaker = voice;
  mention.mood = 'past';
  mention.future = false;
  return mention;
}

/**
 * "Qatar condemned the attack on Tuesday", "In Jerusalem, Israel said on Tuesday": a state that is the whole subject of its clause speaks through its government,
 * when what it says is its own news; one telling of an event ("Ankara said on Tuesday that its intelligence chief had met …") is a side of that event instead.
 */
function stateAsSubject(text: string, e: EntityMention, verbStart: number): boolean {
  return e.entity.type === 'country' && STATE_SUBJECT_BEFORE.test(text.slice(Math.max(0, e.start - 30), e.start)) && STATE_SUBJECT_AFTER.test(text.slice(e.end, verbStart));
}
