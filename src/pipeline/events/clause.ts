/**
 * What the clause around a trigger says about the event's time: whether it is a plan or
 * a past happening, which of the sentence's dates are the event's and which are the news's
 * (the day something was said, announced or leaked), and when a date was said by someone
 * else at another time (a relative date inside a quotation).
 */
import { dayNumber, isoDay, parseReferenceDay, shift } from '../dates/calendar.ts';
import type { TemporalExpression } from '../dates/index.ts';
import { pastActAt } from '../dates/tense.ts';
import { execPart, testAlternatives, testPart } from '../gated-matches.ts';
import { isQuoted } from '../parse/quotes.ts';
import type { CalendarDate } from '../types.ts';
import { datelineLength } from './dateline.ts';
import { ATTRIBUTIVE_PLAN_AFTER, SAYING_OCCASION, CALLED_IN_QUOTED_WORDS, CLAUSE_END, CONTINUATION, CONTINUED_AFTER, COUNTED_FROM_ANOTHER, FORM_PUT_OUT, DAY_OR_ITS_PART, JUDGING_ITS_OBJECT, DAY_TOLD_BY_ASIDE, DEICTIC_DAY, DUE_DAY_ASIDE, ENDING, GOAL_WORDS, GOING_TO, GOING_TO_AHEAD, ISSUED_A_SAYING, SAYING_CHANNEL, JUDGED_IN_QUOTED_WORDS, LEARNING, LEFT_DAY, MADE_KNOWN, MONTH_STEM, NAMED_GOAL_WORDS, NEW_DAY, NEWS_RELATIVE_DAY, OWN_SUBJECT_AFTER_PLAN, OWN_VERB_BEFORE_PAST, PARTICIPLE_OF_PAST_MARKER, PAST_MARKER, PARTICIPLE_BEFORE_THE_DAY, PLAN_ASIDE, PLAN_MARKER, PLEDGING, POSSESSIVE_DATE, POSSESSIVE_OF_TRIGGER, POSSESSIVE_PERIOD_AHEAD, PRESENT_PLAN, PRESENT_PLAN_AFTER, REPORTING, SAID_IN_ITS_FORM, SAID_OF_ITS_OBJECT, TO_ATTEND, TO_HOLD, VERB_OF_THE_PARTICIPLES_NOUN, VISIT, WEEKDAY_AHEAD, WEEKDAY_NAME } from './lexicon.ts';
import { shiftDay } from './shift-day.ts';

/** The last match of a global pattern in a text, if any. */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  pattern.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) last = m;
  return last;
}

function firstMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  pattern.lastIndex = 0;
  return pattern.exec(text) ?? undefined;
}

export type Modality = 'plan' | 'past' | 'unmarked';

/**
 * Whether the clause presents the event as a plan or as past: the marker nearest before the
 * trigger governs it ("will hold talks", "Ukraine marked four years"), else the first one
 * after it ("talks are expected next week", "the meeting was held on Friday"). A plan word
 * further away belongs to another verb ("marked four years as talks could resume").
 */
export function modality(ownBefore: string, ownAfter: string): Modality {
  // "passed next year's budget", "agreed next season's quotas at talks": a coming period in the possessive tells what its noun is for, unless that
  // noun is the trigger ("next week's summit"); blanked to its length, so the markers keep their places.
  const blank = (words: string): string => ' '.repeat(words.length);
  const before = ownBefore.replace(POSSESSIVE_PERIOD_AHEAD, (words, at: number) => (POSSESSIVE_OF_TRIGGER.test(ownBefore.slice(at + words.length)) ? words : blank(words)));
  const after = ownAfter.replace(POSSESSIVE_PERIOD_AHEAD, blank).replace(ATTRIBUTIVE_PLAN_AFTER, blank);
  const plan = lastMatch(PLAN_MARKER, before);
  const past = lastMatch(PAST_MARKER, before);
  if (plan && (past?.index ?? -1) < plan.index && toldDoneAfterThePlan(before.slice(plan.index), after)) return 'past';
  if (plan || past) return (plan?.index ?? -1) > (past?.index ?? -1) ? 'plan' : 'past';
  const planAfter = firstMatch(PLAN_MARKER, after);
  const pastAfter = firstMatch(PAST_MARKER, after);
  if (planAfter || pastAfter) return (planAfter?.index ?? Infinity) < (pastAfter?.index ?? Infinity) ? 'plan' : 'past';
  return 'unmarked';
}

/** The trigger opens a clause of its own after the plan's and its own verb tells it done (OWN_SUBJECT_AFTER_PLAN): "agreed to a ceasefire and the talks ended on Tuesday". */
function toldDoneAfterThePlan(fromPlan: string, after: string): boolean {
  if (!OWN_SUBJECT_AFTER_PLAN.test(fromPlan)) return false;
  const verb = firstMatch(PAST_MARKER, after);
  const between = verb && OWN_VERB_BEFORE_PAST.exec(after.slice(0, verb.index));
  return !!between && (between.groups?.auxiliary !== undefined || !PARTICIPLE_OF_PAST_MARKER.test(verb[0]));
}

/**
 * "leaves for the US on December 4 to meet Witkoff", "was travelling to the US for talks at
 * the weekend": the trip is the news; the gathering at its end is still ahead, and a date
 * before the trigger is the trip's.
 */
const TRAVEL_FOR = new RegExp(
  String.raw`\b(?:leav(?:e|es|ing)|left|fl(?:y|ies|ew|ying)|travel(?:s|ed|led|ing|ling)?|head(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|set(?:s|ting)?\s+off|depart(?:s|ed|ing)?|on\s+(?:the|its|their|his|her)\s+way|stop(?:s|ped|ping)?\s+(?:over\s+)?in|sen(?:d|ds|t|ding))\b[^;]{0,80}?\b(?:to|for)\s+${GOAL_WORDS}$`,
  'i',
);

/**
 * "will travel to Washington on Thursday for talks", "will fly to Cairo on Sunday for the NATO summit":
 * a journey to a place for a gathering held there, so the journey's day is the gathering's, as
 * with an arrival; setting off ("leaves for Oslo on Monday to meet Witkoff") is not being there.
 */
const JOURNEY_TO_FOR = new RegExp(
  String.raw`(?:${GOING_TO_AHEAD}|\bleav(?:e|es|ing)\s+for|\b(?:${VISIT}))\s+(?:the\s+)?[A-Z][^;,]{0,60}?\bfor\s+${NAMED_GOAL_WORDS}$`,
);

export function isTravelPurpose(before: string): boolean {
  return TRAVEL_FOR.test(before);
}

/**
 * "will travel to Jerusalem on Thursday to meet Netanyahu", "travelled to Paris to see President
 * Macron", "flew back to Geneva on Monday to meet Umerov": a journey to a place told with what it is for, the gathering's verb after "to",
 * the gathering it goes to hold ("to hold talks with the premier", TO_HOLD) or the gathering it goes to attend ("flew to Ostby on Monday to attend the Arctic Council summit"), is that
 * gathering; setting off ("leaves for Oslo on Monday to meet Witkoff") still is not.
 */
const JOURNEY_TO_A_PLACE = String.raw`(?:${GOING_TO}|\b(?:${VISIT}|visited))\s+(?:the\s+)?[A-Z][^;,]{0,60}?\b`;
const JOURNEY_TO_DO = new RegExp(String.raw`${JOURNEY_TO_A_PLACE}(?:to\s+|${TO_ATTEND}${NAMED_GOAL_WORDS})$`);
/** "flew to Lusk on Monday to hold talks": only a gathering is held as a journey's goal; "to hold a rally", "to hold a vote" leave the trip its own news. */
const JOURNEY_TO_HOLD = new RegExp(String.raw`${JOURNEY_TO_A_PLACE}${TO_HOLD}${GOAL_WORDS}$`);

/** Whether the words before a trigger tell it as a journey's goal; "to hold" only of a gathering (JOURNEY_TO_HOLD). */
export function isJourneyGoal(before: string, gathering: boolean): boolean {
  return JOURNEY_TO_FOR.test(before) || JOURNEY_TO_DO.test(before) || (gathering && JOURNEY_TO_HOLD.test(before));
}

/** "to hold" right before the gathering a journey goes to hold ("flew to Lusk on Monday to hold talks"). */
const GOAL_HELD_BEFORE = new RegExp(String.raw`\b${TO_HOLD}${GOAL_WORDS}$`, 'i');

/**
 * The words before a journey's goal with its "to hold" blanked: that is what the journey went for, no plan of its own, so the
 * goal takes the journey's tense ("flew … to hold talks" were held; "will travel … to hold talks" are ahead).
 */
export function withoutGoalHeld(before: string): string {
  return before.replace(GOAL_HELD_BEFORE, (words) => ' '.repeat(words.length));
}

/**
 * "arrive at the Kremlin for their meeting", "landed in Muscat on Saturday for talks", "flew to
 * Baku on Friday for talks": the traveller is there, or set off that day, so the trip's day is
 * the gathering's, and an arrival without one is the news of its day; so is the first day of
 * a gathering told by its days ("arrived in Chisinau on Monday for two days of talks").
 */
const ARRIVED_FOR = new RegExp(
  String.raw`\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed)|reach(?:es|ed)|flew|left|travell?ed|headed|departed)\b[^;]{0,80}?\b(?:to|for)\s+${NAMED_GOAL_WORDS}$`,
  'i',
);

export function isArrivalFor(before: string): boolean {
  return ARRIVED_FOR.test(before);
}

export function isPlanAside(after: string): boolean {
  return PLAN_ASIDE.test(after) && !heldAfterDueDay(after);
}

/** The clause's verb after an aside of the day it had been due says it took place: "Talks …, scheduled for Monday, were held on Tuesday". */
function heldAfterDueDay(after: string): boolean {
  const aside = DUE_DAY_ASIDE.exec(after);
  if (!aside) return false;
  const rest = after.slice(aside[0].length);
  const [plan, past] = [firstMatch(PLAN_MARKER, rest), firstMatch(PAST_MARKER, rest)];
  return past !== undefined && (plan?.index ?? Infinity) > past.index;
}

/** The town a saying was made in, by its name ("told supporters in Burnaby last night", "said in Kessel on Monday"); a month is its time ("said in March"). */
const SAID_IN_A_TOWN = String.raw`in\s+(?!(?:${WEEKDAY_NAME}|${MONTH_STEM}[a-z]*)\b)(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}\s+`;
/**
 * The form the saying took, who made it known, or to whom and where it was said, between the verb and its day ("said in a statement on
 * Monday", "said in a statement issued on Monday": the participle puts out the saying, whose day it is, "had been announced by both ministries on March 28", "said at a news conference on Tuesday", "said to journalists on Sunday"),
 * the channel it went out on ("said on state television on Monday"), after what it took up if that was only "so" or a word for it ("said so on Sunday",
 * "repeated that on the radio this morning"; "said that on Monday …" opens what was said, whose day it is).
 */
const SAYING_FORM = String.raw`(?:so\s+|(?:that|this|it)\s+(?=${SAYING_CHANNEL}))?(?:${SAYING_CHANNEL}\s+|${SAID_IN_A_TOWN}|in\s+an?\s+(?:written\s+|joint\s+|brief\s+)?(?:statement|post|briefing|readout|communiqu[eé]|interview)\s+(?:${FORM_PUT_OUT}\s+)?|${SAYING_OCCASION}\s+|to\s+(?:reporters|journalists|the\s+(?:press|media))\s+|by\s+(?:the\s+|both\s+|its\s+|their\s+)?(?:[\w’'.-]+\s+){1,3}?)?`;
// "first announced in March": a month or a period after its verb is the saying's too.
// …and a verb of coming to know ("learned on Thursday that …", "heard tonight that …"), and the form of a saying with the participle that gave it its day ("in an interview given on Monday", "in a speech delivered on Tuesday", "remarks made on Friday").
const REPORTED_AFTER = new RegExp(String.raw`(?:\b${REPORTING}\s+${SAYING_FORM}|\b${SAID_IN_ITS_FORM}|\b${LEARNING}\s+|\b(?:interview|speech|address|remarks|statement|post)\s+(?:given|made|delivered|recorded|published|released|issued)\s+)(?:on\s+|in\s+)?$`, 'i');
/** Verbs of a clause's own, never a word of the subject before a verb of saying ("The talks were held …, officials said": "were" ends the subject). */
const OWN_VERB = String.raw`met|held|will|would|is|are|was|were|has|have|had`;
// The subject between a leading date and its verb: a few words, none of them a verb of its own.
const SUBJECT_AFTER_THE_DATE = String.raw`^\s*,?\s*(?:(?!(?:${OWN_VERB}|and)\b)[\w’'.-]+\s+){0,4}`;
const REPORTED_BEFORE = new RegExp(String.raw`${SUBJECT_AFTER_THE_DATE}${REPORTING}\b`, 'i');
/** A pledge's infinitive, a few words before the trigger it governs ("to meet ", "to hold a ", "to host "). */
const PLEDGED_ACT = String.raw`to\s+(?:[\w’'-]+\s+){0,3}$`;
/** A date after its verb of pledging, before the infinitive ("agreed in November to buy", "promised on Monday to visit"). */
const PLEDGED_ON = new RegExp(String.raw`\b${PLEDGING}\s+(?:(?:late|early)\s+)?(?:on\s+|in\s+)?$`, 'i');
const THEN_THE_PLEDGED_ACT = new RegExp(String.raw`^\s+${PLEDGED_ACT}`, 'i');
/** …or before it, after the subject ("Trump on Friday agreed to meet", "On Friday, Trump agreed to meet"). */
const THEN_PLEDGED = new RegExp(String.raw`${SUBJECT_AFTER_THE_DATE}${PLEDGING}\s+${PLEDGED_ACT}`, 'i');

/**
 * True when a date says when something was said or made known ("said on Wednesday",
 * "announced Monday", "On Tuesday, the Kremlin confirmed"), not when the event it reports
 * happens. A leading date qualifies only before the trigger: "talks began on Tuesday, Peskov said" dates the talks,
 * and "announced a call on Wednesday" the call.
 */
export function isReportDate(text: string, time: { start: number; end: number }, triggerStart: number): boolean {
  // Right after its verb a date is the saying's wherever the trigger is ("Talks are frozen, Zelensky said on March 4").
  if (testPart(REPORTED_AFTER, text.slice(Math.max(0, time.start - 40), time.start), text)) return true;
  if (time.end > triggerStart) return false;
  if (testPart(REPORTED_BEFORE, text.slice(time.end, Math.min(text.length, time.end + 60)), text)) return true;
  // "on Friday agreed to meet Putin", "agreed in November to meet Putin": the day the meeting was agreed, not the meeting's.
  const pledged = text.slice(time.end, triggerStart);
  if (THEN_PLEDGED.test(pledged) || (THEN_THE_PLEDGED_ACT.test(pledged) && PLEDGED_ON.test(text.slice(Math.max(0, time.start - 30), time.start)))) return true;
  // "Oct 22 - US Treasury sanctions Rosneft and Lukoil; Trump says he has cancelled the Budapest meeting": the line's day is the saying's for what it tells.
  const later = opensItsSentence(text, time) ? execPart(CLAUSE_THEN_SAID, text.slice(time.end, time.end + 240), text) : null;
  return later !== null && time.end + later.index + later[0].length <= triggerStart;
}

const SAYING_VERB = new RegExp(String.raw`\b${REPORTING}\b`, 'i');

/** The first verb of saying in a stretch of a sentence ("one day after Brandt declared that …"). */
export function reportVerbIn(text: string, from: number, to: number): { start: number; end: number } | undefined {
  const hit = execPart(SAYING_VERB, text.slice(from, to), text);
  return hit ? { start: from + hit.index, end: from + hit.index + hit[0].length } : undefined;
}

/** A perfect before a verb of saying ("Putin has already signalled"). */
const PERFECT = String.raw`(?:(?:has|have|had)\s+(?:already\s+|also\s+|just\s+)?)?`;
/** A verb of saying right before its date ("said on Friday", "said earlier Sunday", "announced on Jul. 29"). */
const SAID_ON = new RegExp(String.raw`\b(${REPORTING})\s+${SAYING_FORM}(?:on\s+|earlier\s+|late\s+|later\s+)?$`, 'i');
/** …or after the object the saying was about or took ("condemned the attack on Tuesday", "issued an advisory on Tuesday night"). */
const SAID_OF_OBJECT_ON = new RegExp(String.raw`\b${SAID_OF_ITS_OBJECT}(?:on\s+|earlier\s+|late\s+|later\s+)?$`, 'i');
/**
 * …or after the form its saying took ("welcomed the move in a statement on Thursday", "threatened in a letter on July 12"). Case counts, unlike
 * its siblings': SAID_IN_ITS_FORM's verb is any lower-case word in "-ed", and a name ending so ("thanked President Mohamed in a letter on Monday") is none.
 */
const SAID_IN_ITS_FORM_ON = new RegExp(String.raw`\b${SAID_IN_ITS_FORM}(?:on\s+|earlier\s+|late\s+|later\s+)?$`);
/**
 * …or after the meeting with the press it was said at ("Fanjoy said when the Weekly caught up with him at a Greely coffee shop on Monday", "she
 * told us when we reached her by phone on Tuesday"): the day the speaker was met is the saying's.
 */
const SAID_WHEN_MET = String.raw`(${REPORTING})\s+when\s+(?:[\w’'.-]+\s+){1,3}?(?:caught\s+up\s+with|spoke\s+(?:to|with)|talked\s+to|reached|met|interviewed|visited)\s+(?:him|her|them)\s+(?:(?:at|in|outside|by|over)\s+(?:[^\s,;]+\s+){1,5}?)?(?:on\s+|earlier\s+|late\s+|later\s+)?`;
const SAID_WHEN_MET_ON = new RegExp(String.raw`\b${SAID_WHEN_MET}$`, 'i');
/** …or a verb of judging right before it whose object after the day is a quotation ("welcomed on Saturday "a historic step""). */
const JUDGED_ON = new RegExp(String.raw`\b${JUDGED_IN_QUOTED_WORDS}\s+(?:on\s+|late\s+|earlier\s+)?$`, 'i');
const QUOTATION_AFTER = /^\s*,?\s*["“]/;
/** …or after what it called its object in quoted words ("called the decision "reckless" on Tuesday"). */
const CALLED_ON = new RegExp(String.raw`\b${CALLED_IN_QUOTED_WORDS}(?:on\s+|earlier\s+|late\s+|later\s+)?$`, 'i');
/** …or right before it, after its subject ("The Kremlin on Monday denied", "The embassy on Friday issued an advisory"). */
const DAY_THEN_SAID = new RegExp(String.raw`^\s+(${REPORTING}|${ISSUED_A_SAYING}|${JUDGING_ITS_OBJECT})\b`, 'i');
/**
 * What may stand between a subject and its verb of saying, set off by commas: an apposition naming what the subject is, a relative clause,
 * a name (NAME_ASIDE), or both ("the SMART Transportation Division, the largest rail operating union, said"; "Eduardo Bolsonaro, the former president's son,
 * who has lived in Texas since March, told a podcast"; "Dr Anwar Gargash, who advises the president, said").
 */
const RELATIVE_ASIDE = String.raw`,\s+(?:who|which)\b[^,;]{0,100}`;
/** The name of the one an office names, set off after it ("the prosecutor, Laure Beccuau, said"); capitalised whatever flags the pattern has. */
const NAME_ASIDE = String.raw`,\s+(?-i:(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)`;
const SUBJECTS_ASIDE = String.raw`(?:,\s+(?:the|an?)\s+[^,;]{1,60}?(?:${RELATIVE_ASIDE})?|${NAME_ASIDE}(?:${RELATIVE_ASIDE})?|${RELATIVE_ASIDE}),`;
/** …or after a leading date and its subject, perhaps with an aside (SUBJECTS_ASIDE) ("On Tuesday Lavrov made clear", "On Monday evening the leaders issued a joint statement"). */
const ON_DAY_SAID = new RegExp(String.raw`^\s*,?\s*(?:(?!(?:${OWN_VERB}|and)\b)[\w’'.-]+\s+){0,4}(?!(?:${OWN_VERB}|and)\b)[\w’'.-]+(?:${SUBJECTS_ASIDE})?\s+${PERFECT}(${REPORTING}|${ISSUED_A_SAYING})\b`, 'i');
/** …or after the comma that ends a leading setting, its subject perhaps followed by an aside (SUBJECTS_ASIDE: "At last month's summit in Dubai, Dr Anwar Gargash, who advises the president, said"); "and" only between names ("led by Kenya and Ghana"). */
const SETTING_THEN_SAID = new RegExp(String.raw`^[^,;]{0,80},\s+(?:(?!(?:${OWN_VERB})\b|and\s+[a-z])[\w’'.-]+\s+){0,12}?[\w’'.-]+(?:${SUBJECTS_ASIDE})?\s+${PERFECT}(${REPORTING})\b`);
/** A question put to a speaker on a day, opening the sentence or what follows a label's colon ("Asked on 21 November whether the Premier would meet …,", "Note: Asked on Monday about the talks,"). */
const ASKED_ON = /(?:^\s*|[:—–]\s+)Asked\s+(?:on\s+|in\s+)?$/;
/**
 * …or put to the speaker in an aside between the speaker and the verb, its day closing the aside ("Eddie Howe, asked about his squad this
 * morning, said", "The minister, when asked about the budget on Tuesday, told reporters"): the day the question was put is the answer's.
 */
const ASKED_ASIDE = String.raw`,\s+(?:when\s+)?asked\s+(?:about|whether|if|what|how|why|for|over)\b[^,;]{0,80}?\s(?:on\s+|in\s+)?`;
const ASKED_IN_AN_ASIDE = new RegExp(String.raw`${ASKED_ASIDE}$`, 'i');
const SAID_AFTER_THE_ASIDE = new RegExp(String.raw`^,\s+${PERFECT}(${REPORTING})\b`, 'i');
/** …and its answer after the question's comma, however long the question (group 1 up to the answer's clause), by a subject of a few words (group 2: the verb of saying). */
const ASKED_THEN_SAID = new RegExp(String.raw`^([^;]{0,160}?,\s+)(?:(?!(?:${OWN_VERB})\b|and\s+[a-z])[\w’'.-]+\s+){0,6}?${PERFECT}(${REPORTING})\b`);
/**
 * …or opening a later clause, after a semicolon or ", and" with a subject of its own, of a sentence the date opens ("Oct 22 - US Treasury
 * sanctions Rosneft and Lukoil; Trump says he has cancelled the Budapest meeting", "On Friday, fighting flared again in Orsk, and the
 * government said it would send troops"): a chronology's line, or a day opening the sentence, dates each of its clauses, unless the clause
 * names a day of its own.
 */
const CLAUSE_THEN_SAID = new RegExp(String.raw`^[^;]{0,160}(?:;|,\s+and)\s+(?:(?!(?:${OWN_VERB}|and|on|in|at|since|after|before|when)\b)[\w’'.-]+\s+){1,5}${PERFECT}(${REPORTING})\b`, 'i');
/** What may stand before a date that opens its sentence ("On", "Earlier on", "Late in"). */
const SENTENCE_OPENING_DAY = /^\s*(?:(?:Earlier|Late|Early|Later)\s+)?(?:on\s+|in\s+)?$/i;
/**
 * "Over" opens a saying's day only with the weekend ("Over the weekend the party said …"): over any other period it tells the stretch of
 * what was done ("Over the past year the company said it had cut 2,000 jobs"), not the day of the saying.
 */
const OVER_THE_WEEKEND = { before: /^\s*over\s+$/i, day: /^the\s+weekend\b/i };
/** Whether a date opens its sentence, after the dateline if there is one. */
function opensItsSentence(text: string, time: { start: number; end: number }): boolean {
  const lead = text.slice(Math.min(time.start, datelineLength(text)), time.start);
  return SENTENCE_OPENING_DAY.test(lead) || (OVER_THE_WEEKEND.before.test(lead) && OVER_THE_WEEKEND.day.test(text.slice(time.start, time.end)));
}
/** A clause opening inside a sentence ("…, and this week Putin has already signalled …", "… — this week the ministry said …", "…, and on Thursday the White House said …"). */
const CLAUSE_OPENING = /(?:[,;]|\s[—–])\s+(?:(?:and|but)\s+)?(?:on\s+)?$/;
/**
 * A clause of its own joined after a comma, with its own subject before the verb of saying ("…, but it ended up on its side, and the company said on
 * Friday that …", "…, and Kessel Motors said on Monday …"): what the clauses before it tell is not what was said. A predicate with no subject of its
 * own ("…, and said on Friday") is its sentence's subject's, and its saying tells of the act before.
 */
const SUBJECT_CLAUSE_BEFORE_SAID = /,\s+(?:and|but)\s+(?=(?:(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+$)/;

/**
 * Where a date says when something was said, the verb of saying it belongs to; with `clause`, where the clause the date
 * opens begins ("Trump met Putin on Tuesday, and on Thursday the Kremlin said …"), or where the saying's own clause begins after an aside
 * naming the day ("On Tuesday, the day the President landed, Microsoft said …"): what is told before it is not what was said.
 */
export function reportVerbAt(text: string, time: { start: number; end: number }): { start: number; end: number; clause?: number } | undefined {
  const from = Math.max(0, time.start - 40);
  const judged = QUOTATION_AFTER.test(text.slice(time.end)) ? execPart(JUDGED_ON, text.slice(from, time.start), text) : null;
  const after = execPart(SAID_ON, text.slice(from, time.start), text) ?? execPart(SAID_OF_OBJECT_ON, text.slice(Math.max(0, time.start - 80), time.start), text) ?? execPart(SAID_IN_ITS_FORM_ON, text.slice(Math.max(0, time.start - 100), time.start), text) ?? execPart(CALLED_ON, text.slice(Math.max(0, time.start - 200), time.start), text) ?? execPart(SAID_WHEN_MET_ON, text.slice(Math.max(0, time.start - 120), time.start), text) ?? judged;
  if (after) {
    // "said Saturday's statement changed nothing", "said Tuesday's strike killed no one": a day in the possessive after the verb is its noun's,
    // what the saying is about, not the saying's (one opening the sentence sets its scene: "At last month's summit, Gargash said").
    if (POSSESSIVE_DATE.test(text.slice(time.end))) return undefined;
    // "Home Office figures published yesterday show …": a verb right after the day makes the participle before it its noun's, no saying.
    if (VERB_OF_THE_PARTICIPLES_NOUN.test(text.slice(time.end))) return undefined;
    const at = time.start - after.input.length + after.index;
    const clause = SUBJECT_CLAUSE_BEFORE_SAID.exec(text.slice(Math.max(0, at - 60), at));
    return { start: at, end: at + after[1]!.length, ...(clause ? { clause: Math.max(0, at - 60) + clause.index + clause[0].length } : {}) };
  }
  // "Asked on 21 November whether the Premier would meet Takaichi, a ministry spokesperson said …": the day the question was put is the answer's; the question is no clause of it.
  const answer = ASKED_ON.test(text.slice(0, time.start)) ? execPart(ASKED_THEN_SAID, text.slice(time.end, time.end + 240), text) : null;
  if (answer) {
    const end = time.end + answer[0].length;
    return { start: end - answer[2]!.length, end, clause: time.end + answer[1]!.length };
  }
  const answered = ASKED_IN_AN_ASIDE.test(text.slice(Math.max(0, time.start - 120), time.start)) ? execPart(SAID_AFTER_THE_ASIDE, text.slice(time.end, time.end + 40), text) : null;
  if (answered) {
    const end = time.end + answered[0].length;
    return { start: end - answered[1]!.length, end };
  }
  const next = PARTICIPLE_BEFORE_THE_DAY.test(text.slice(Math.max(0, time.start - 30), time.start)) ? null : execPart(DAY_THEN_SAID, text.slice(time.end, time.end + 30), text);
  if (next) return { start: time.end + next.index + next[0].length - next[1]!.length, end: time.end + next.index + next[0].length };
  // Only a date that opens the sentence or a clause, or its leading phrase ("While in China in early September,"): "… talks on Tuesday, Peskov said" dates the talks.
  const lead = text.slice(Math.min(time.start, datelineLength(text)), time.start);
  const setting = SETTING_BEFORE.test(lead);
  const opensSentence = opensItsSentence(text, time);
  const opening = CLAUSE_OPENING.exec(text.slice(0, time.start));
  if (!(opensSentence || setting || opening)) return undefined;
  // A setting, or a period set off by a comma at the head of the sentence ("This month, more than a dozen states in a bloc led by … said"), runs to its comma; its subject and verb follow.
  const setOff = setting || /^\s*,/.test(text.slice(time.end));
  // An aside that names the day by another happening ("On Tuesday, the day the President landed, Microsoft said") stands between the date and its subject;
  // the saying's clause begins after it (the President is not the speaker, nor his landing what was said).
  const aside = DAY_TOLD_BY_ASIDE.exec(text.slice(time.end, time.end + 100));
  const subjectFrom = time.end + (aside?.[0].length ?? 0);
  const onDay = execPart(ON_DAY_SAID, text.slice(subjectFrom, subjectFrom + 200), text) ?? (setOff ? execPart(SETTING_THEN_SAID, text.slice(subjectFrom, subjectFrom + 240), text) : null);
  const later = onDay || !opensSentence ? null : execPart(CLAUSE_THEN_SAID, text.slice(subjectFrom, subjectFrom + 240), text);
  const before = onDay ?? later;
  if (!before) return undefined;
  const end = subjectFrom + before.index + before[0].length;
  const start = end - before[1]!.length;
  // A later clause begins after its semicolon or its "and": the first clause's happening is not what was said (statementOfVerb).
  const clause = aside ? subjectFrom : opening && !opensSentence && !setting ? opening.index : later ? Math.max(text.lastIndexOf(';', start) + 1, text.lastIndexOf(' and ', start) + ' and '.length) : undefined;
  return { start, end, ...(clause === undefined ? {} : { clause }) };
}

/**
 * A verb of saying right before a count from a day told before ("said the same day", "said the same night", "told reporters the next morning", "announced two days later"),
 * a verb of making known with the happening as its one-word object between them ("announced the strike on Truth Social the same afternoon", "confirmed the closure the next
 * morning"); two words after "the" may be a clause of its own whose day the count is ("said the troops withdrew the next day"), and a count a verb follows is that clause's
 * subject or its day ("confirmed the meeting the next day would go ahead").
 */
const OBJECT_MADE_KNOWN = String.raw`(?:(?<=\b${MADE_KNOWN}\s+)(?:the|its|their|his|her)\s+[\w’'-]+\s+)?`;
const SAID_COUNTED_ON = new RegExp(String.raw`\b(${REPORTING})\s+${OBJECT_MADE_KNOWN}${SAYING_FORM}(?=(?:the\s+same\s+${DAY_OR_ITS_PART}\b|that(?:\s+same)?\s+day\b|the\s+(?:next|following)\s+${DAY_OR_ITS_PART}\b|(?:a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|weeks?)\s+later\b)(?!\s+(?:would|will|was|were|is|are|had|has|could|should|might|may|must)\b))`, 'i');

/** The verb of saying a count from a day told before dates ("Netanyahu said the same day that …"). */
export function reportVerbBeforeCount(text: string): { start: number; end: number } | undefined {
  const said = execPart(SAID_COUNTED_ON, text, text);
  return said ? { start: said.index, end: said.index + said[1]!.length } : undefined;
}

/** A period near the day of the news ("this week", "last month's"). */
const RECENT = String.raw`(?:this|last|earlier\s+this)\s+(?:week|month)`;
const DAY_WORD = String.raw`(?:${WEEKDAY_NAME}|${MONTH_STEM}[a-z]*\.?\s+\d|\d{1,2}\s+${MONTH_STEM})`;
const MONTH = String.raw`${MONTH_STEM}[a-z]*\b`;
/** A month or the current period opening a sentence ("In March the ministry said", "This month, the union said", "Over the weekend the party said"): the time of what follows. */
const LEADING_PERIOD = String.raw`(?:(?:Earlier|Early|Late|Later)\s+in\s+|In\s+(?:(?:early|late|mid-?)\s*)?)?${MONTH}|(?:Earlier\s+this|This|Last)\s+(?:month|week)\b|Over\s+the\s+weekend\b`;
/** A leading phrase that sets the time and place of what is said after it ("While in China in early September, Putin said", "At last month's summit, Gargash said", "At a press conference in Riyadh on Tuesday, the foreign minister announced"). */
const SETTING = String.raw`(?:(?:While|When|During|Speaking)\b[^,;]{0,50}?\b(?:on|in)\s+|(?:Speaking\s+)?[Aa]t\s+(?:[^,;]{0,50}?\b(?:on|in)\s+)?)`;
const SETTING_BEFORE = new RegExp(String.raw`^\s*${SETTING}(?:(?:early|late|mid-?)\s*)?$`);
/** A cheap look for a dateline before a leading period ("LAGOS - In March …"). */
const LEADING_PERIOD_AFTER_DATELINE = /^[A-Z][^a-z]{0,60}[-–—)]\s+(?:In|This|Last|Earlier|Early|Late|Later|Over|While|When|During|Speaking|At)\b/;
const REPORT_CUE = new RegExp(
  String.raw`\b${REPORTING}\s+${SAYING_FORM}(?:on\s+|earlier\s+|late\s+|later\s+)?(?:${DAY_WORD}|${RECENT}|${NEWS_RELATIVE_DAY})|(?:on|earlier|late)\s+${DAY_WORD}\w*\s+(?:${REPORTING}|${ISSUED_A_SAYING}|${JUDGING_ITS_OBJECT})\b|\b(?:yesterday|${NEWS_RELATIVE_DAY})\s+(?:${REPORTING}|${ISSUED_A_SAYING}|${JUDGING_ITS_OBJECT})\b|^(?:On|Earlier\s+on|Late\s+on)\s+${DAY_WORD}|^(?:${LEADING_PERIOD})|^${SETTING}(?:(?:early|late|mid-?)\s*)?(?:${MONTH}|${DAY_WORD}|${RECENT})|(?:[,;]|\s[—–])\s+(?:(?:and|but)\s+)?${RECENT}\b|(?:[,;]|\s[—–])\s+(?:and|but)\s+on\s+${DAY_WORD}|\b${SAID_OF_ITS_OBJECT}(?:on\s+|late\s+)?${DAY_WORD}|\b${SAID_IN_ITS_FORM}(?:on\s+|late\s+)?${DAY_WORD}|\b${JUDGED_IN_QUOTED_WORDS}\s+(?:on\s+|late\s+|earlier\s+)?${DAY_WORD}\w*\s*,?\s*["“]|\b${CALLED_IN_QUOTED_WORDS}(?:on\s+|late\s+|earlier\s+)?${DAY_WORD}|\b${SAID_WHEN_MET}${DAY_WORD}|${SAID_COUNTED_ON.source}|${ASKED_ON.source.slice(0, -1)}${DAY_WORD}|${ASKED_ASIDE}(?:${DAY_WORD}|${NEWS_RELATIVE_DAY})`,
);

/** A cheap first look: whether a sentence may date something said ("the Kremlin said on Friday"), before its dates are read. */
export function mayDateAReport(text: string): boolean {
  return testAlternatives(REPORT_CUE, text) || (LEADING_PERIOD_AFTER_DATELINE.test(text) && testAlternatives(REPORT_CUE, text.slice(datelineLength(text)), text));
}

/**
 * "will be landing tomorrow," she said: a relative day said at a time the article does not give.
 * A quotation standing alone as the article's own line ('Quote: "The team will leave for Moscow
 * today."') is the story's words of its day, and counts from it.
 */
export function isQuotedDeixis(text: string, time: { start: number; text: string }): boolean {
  return DEICTIC_DAY.test(time.text) && isQuoted(text, time.start) && !QUOTATION_ALONE.test(text);
}

/** A sentence that is only a quotation, perhaps under a one-word label ("Quote:", not "Umerov said:"), with no one's telling beside it. */
const QUOTATION_ALONE = /^(?:[A-Z][a-z]+:\s*)?["“][^"“”]+["”]?\s*$/;

export function isPresentPlan(before: string, after = ''): boolean {
  return PRESENT_PLAN.test(before) || PRESENT_PLAN_AFTER.test(after);
}

const EARLIER = /^earlier\b/i;

/** A weekday or weekend named relative to the publication day: its week is only the writer's guess of direction. */
const WEEKDAY = new RegExp(String.raw`\b${WEEKDAY_NAME}\b|\bweekend\b`, 'i');

/** A month named without its year ("on September 18", "in March"): the year is only the resolver's guess of direction. */
export const MONTH_NAME = new RegExp(String.raw`\b${MONTH}`);
/** A day of a month, written either way round ("June 2", "2 June"). */
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}`);

/**
 * A plan is never in the past and what took place never ahead: a relative weekday or weekend
 * read in the other direction is moved by a week ("expects talks this weekend" written on a
 * Friday is the coming weekend; "following the leaders' call on Thursday" the last Thursday),
 * a day of a month written without its year by a year ("announced a meeting, to be held on
 * September 18" on 3 September). A plan reported from before ("had been scheduled for Friday")
 * is on the weekday nearest the news, either way. Given the sentence's `text`, a clause the
 * event's markers leave unmarked is read as past when a past act governs the day.
 */
export function agreeWithModality(claim: CalendarDate, time: TemporalExpression, mood: Modality | 'reported plan', day: string, text?: string): CalendarDate {
  // What took place (earlier) this week took place by the news day ("lifted part of its oil sanctions earlier this week"):
  // still some day of that week, not a span of days, so the week stays its value and precision and only its last day moves.
  if (claim.precision === 'week' && claim.start <= day && day < claim.end && (mood === 'past' || EARLIER.test(time.text))) return { ...claim, end: day };
  if (!time.relative || (claim.precision !== 'day' && claim.precision !== 'span' && claim.precision !== 'week')) return claim;
  // A weekday beside its day of the month ("on Monday, June 2") names one day of one week, whatever the mood.
  if (WEEKDAY.test(time.text) && MONTH_DAY.test(time.text)) return claim;
  if (WEEKDAY.test(time.text)) {
    const by = mood === 'plan' && claim.end < day ? 7 : mood === 'past' && claim.start > day ? -7 : mood === 'reported plan' ? nearestWeek(claim, day) : 0;
    // A plan's "next Saturday" is ahead of the news even when the Saturday gone by is nearer ("the third round will be held next
    // Saturday" in a Sunday story, "said the talks would resume next Friday" on a Friday): a week on, never that day or one before.
    const told = text === undefined ? time.text : text.slice(Math.max(0, time.start - 15), time.end);
    const ahead = mood !== 'past' && WEEKDAY_AHEAD.test(told) && shiftDay(claim.start, by) <= day ? 7 : 0;
    return shiftClaim(claim, 'day', by + ahead);
  }
  if (claim.precision === 'week' || !MONTH_NAME.test(time.text)) return claim;
  const nearest = mood === 'unmarked' ? nearestYear(claim, day) : 0;
  const read = mood === 'unmarked' && !withinAWeek(shiftClaim(claim, 'year', nearest), day) ? moodOfItsTense(time, text) : mood;
  return shiftClaim(claim, 'year', read === 'plan' && claim.end < day ? 1 : read === 'past' && claim.start > day ? -1 : read === 'unmarked' ? nearest : 0);
}

/**
 * A day of a month whose nearest reading lies within a week of the news, on either side, is read so
 * whatever its verb's tense: a story's stamp may run a day or two behind the place it reports from
 * ("were freed on March 11" in a story stamped March 10), and a year away is the less likely reading.
 */
function withinAWeek(claim: CalendarDate, day: string): boolean {
  return Math.abs(dayNumber(claim.start) - dayNumber(day)) <= 7;
}

/**
 * A clause no event marker sets in a mood may still say by its verb that its day of a month is
 * behind: the day a past act governs ("was sworn in on July 9", "were freed on 28 June"), as the
 * resolver reads the date's own clause (dates/tense.ts pastActAt). A day a past verb sets rather
 * than acts on ("has cut the summit to a single day, July 24", "was announced on Monday for March
 * 20") is read nearest the news. The present is no sign of a plan: a dated timeline's lines and
 * headlines tell what happened in it ("Feb. 18: Witkoff and Putin meet in Geneva").
 */
function moodOfItsTense(time: TemporalExpression, text: string | undefined): Modality {
  return text !== undefined && pastActAt(text, time.start, time.end) ? 'past' : 'unmarked';
}

/** By how many days (-7, 0 or 7) a weekday's reading comes nearest to `day`. */
function nearestWeek(claim: CalendarDate, day: string): number {
  return nearestShift([0, -7, 7], (by) => dayNumber(shiftDay(claim.start, by)), dayNumber(day));
}

/** By how many years (-1, 0 or 1) a day of a month comes nearest to `day`. */
function nearestYear(claim: CalendarDate, day: string): number {
  const start = parseReferenceDay(claim.start);
  return nearestShift([0, -1, 1], (by) => dayNumber(isoDay(shift(start, 'year', by))), dayNumber(day));
}

/** The first of the shifts whose day (`dayShiftedBy`, a dayNumber) lies nearest `news`: each day worked out once, as a day's arithmetic is most of it. */
function nearestShift(shifts: number[], dayShiftedBy: (by: number) => number, news: number): number {
  const distances = shifts.map((by) => Math.abs(dayShiftedBy(by) - news));
  let best = 0;
  for (let i = 1; i < shifts.length; i += 1) if (distances[i]! < distances[best]!) best = i;
  return shifts[best]!;
}

function shiftClaim(claim: CalendarDate, unit: 'day' | 'year', by: number): CalendarDate {
  if (by === 0) return claim;
  const start = isoDay(shift(parseReferenceDay(claim.start), unit, by));
  const end = isoDay(shift(parseReferenceDay(claim.end), unit, by));
  const value = claim.precision === 'day' ? start : `${start}/${end}`;
  return { ...claim, value, start, end, precision: claim.precision === 'day' ? 'day' : 'span' };
}

const QUOTATION = /“[^”]*”?|"[^"]*"?/g;

/**
 * The text with every quotation blanked out except the one holding `keep`: what a speaker plans
 * or expects ("“We are ready to meet,” Zelensky told reporters") says nothing of the mood of
 * the clause that reports the saying. Offsets stay as they were.
 */
export function outsideQuotations(text: string, keep: number): string {
  return text.replace(QUOTATION, (quote, at: number) => (at <= keep && keep < at + quote.length ? quote : ' '.repeat(quote.length)));
}

/** A quotation opened in the sentence before and closed in this one: up to its first mark, when that mark closes (after a word or a stop, before a space or the end). */
const CARRIED_QUOTATION = /^[^“”"]*?(?:”|(?<=[\p{L}\p{N}.,!?…’'])")(?=\s|$)/u;

/**
 * Where a quotation carried over from the sentence before ends ('… I should have won. Today I found the answer." He means Paris.'), or 0:
 * the text before it is the speaker's words, as any quotation's are.
 */
export function carriedQuotationEnd(text: string): number {
  return CARRIED_QUOTATION.exec(text)?.[0].length ?? 0;
}

/** A photo caption names who stands where ("Trump, left, and Putin"). */
const CAPTION = /,\s*(?:left|right|centre|center|second\s+(?:left|right))\s*,|\((?:left|right|L|R)\)/;

export function isCaption(text: string): boolean {
  return CAPTION.test(text);
}

/** "February 17-18", "January 23 and 24": a day range the date expression gives only the first day of. */
const DAY_RANGE_INSIDE = /\b(\d{1,2})\s*[-–]\s*(\d{1,2})$/;
// A comma or full stop after the day ends the clause ("on February 17 and 18, Umerov said"), one before a digit is a number ("18,000").
const DAY_RANGE_AFTER = /^\s*(?:[-–]|and|to|through)\s*(\d{1,2})\b(?!\d|[,.]\d|\s*(?:%|per|points?|prisoners|people|captives|of)\b)/;
/** "on 5 and 6 March": the date expression gives only the last day; the first stands before it. */
const DAY_RANGE_BEFORE = /\b(?:on|from|between)\s+(\d{1,2})\s*(?:[-–]|and|to)\s*$/;
/** "on Friday and Saturday", "from Monday to Wednesday": two days joined into one span. */
const JOINED = /^\s*(?:and|to|through|until|[-–])\s*(?:on\s+)?$/;

/** Two days further apart than a week are two happenings' ("on 1 March and 20 March"), unless told as the span one runs (`longest`). */
function span(claim: CalendarDate, end: string, longest = 7): CalendarDate {
  const { qualifier: _dropped, ...rest } = claim;
  return end > claim.start && end <= shiftDay(claim.start, longest) ? { ...rest, value: `${claim.start}/${end}`, end, precision: 'span' } : claim;
}

/** A day claim widened to the range written with it ("17-18", "23 and 24", "5 and 6 March"), if any. */
export function withDayRange(claim: CalendarDate, time: { start: number; end: number; text: string }, text: string): CalendarDate {
  if (claim.precision !== 'day') return claim;
  const before = DAY_RANGE_BEFORE.exec(text.slice(Math.max(0, time.start - 24), time.start));
  const firstDay = Number(before?.[1]);
  const lastDay = Number(claim.start.slice(8));
  if (before && firstDay < lastDay && firstDay >= lastDay - 7) {
    const start = `${claim.start.slice(0, 8)}${String(firstDay).padStart(2, '0')}`;
    return { ...claim, value: `${start}/${claim.end}`, start, precision: 'span' };
  }
  const range = DAY_RANGE_INSIDE.exec(time.text) ?? DAY_RANGE_AFTER.exec(text.slice(time.end));
  if (!range) return claim;
  const last = Number(range[2] ?? range[1]);
  const first = Number(claim.start.slice(8));
  return last > first ? span(claim, `${claim.start.slice(0, 8)}${String(last).padStart(2, '0')}`) : claim;
}

/** A second day joined to the first ("on Friday and Saturday") extends it into a span. */
export function joinedDays(first: CalendarDate, firstEnd: number, second: { start: number; date?: CalendarDate }, text: string, longest = 7): CalendarDate | undefined {
  if (first.precision !== 'day' || second.date?.precision !== 'day' || !JOINED.test(text.slice(firstEnd, second.start))) return undefined;
  const joined = span(first, second.date.end, longest);
  return joined === first ? undefined : joined;
}

/** True when the clause around a trigger, or the clause of its date ("talks, which ended on Friday,"), says the event ended: its day is the last of its span. */
export function endsOnItsDay(...clauses: string[]): boolean {
  return clauses.some((clause) => ENDING.test(clause));
}

/** True when a date is the day a plan was moved to: it is the event's day, before any day the plan has left. */
export function isNewDay(text: string, time: { start: number }): boolean {
  return NEW_DAY.test(text.slice(Math.max(0, time.start - 40), time.start));
}

export function isLeftDay(text: string, time: { start: number }): boolean {
  return LEFT_DAY.test(text.slice(Math.max(0, time.start - 50), time.start));
}

export function isCountedFromAnother(text: string): boolean {
  return COUNTED_FROM_ANOTHER.test(text);
}

/**
 * "The meeting ran for five hours, and … the two sides would reconvene on the morning of
 * December 15": a date in a later clause whose verb carries the event on is another day of
 * the same event, not a new one. ("Talks will resume on Saturday", in the trigger's own
 * clause, is a new round.)
 */
/** A trigger that is itself such a verb ("negotiators are expected to reconvene on Tuesday") carries on the gathering before it when there is one. */
export function isContinuationVerb(words: string): boolean {
  return CONTINUATION.test(words);
}

/**
 * "… held talks in Tarn on Tuesday. The talks resume tomorrow morning": a definite description that points back, with a
 * verb carrying it on as its predicate (CONTINUED_AFTER), is the next day of the gathering it points at, not a new round;
 * an indefinite "Talks will resume on Saturday" names a round of its own.
 */
export function isContinuedByReference(text: string, trigger: { end: number; reference: boolean }): boolean {
  return trigger.reference && CONTINUED_AFTER.test(text.slice(trigger.end));
}

export function isContinuationDate(text: string, time: { start: number }, trigger: { end: number }): boolean {
  if (time.start < trigger.end) return false;
  const between = text.slice(trigger.end, time.start);
  CLAUSE_END.lastIndex = 0;
  let boundary = -1;
  for (let m = CLAUSE_END.exec(between); m !== null; m = CLAUSE_END.exec(between)) boundary = m.index;
  return boundary !== -1 && CONTINUATION.test(between.slice(boundary));
}
