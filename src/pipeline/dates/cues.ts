/**
 * Tense cues, one ordered table. A year-less date ("October 6", "March") or a bare weekday
 * ("Thursday") takes its year or week from the tense around it; these cues say what that
 * tense is. Two kinds, read in this order:
 *
 * 1. Signals: a word right before (or after) the expression decides, whatever the verb:
 *    "since March" looks back, "effective Feb. 1" forward, "until Tuesday" is unmarked (a
 *    limit is not dated by the act that sets it). The first signal that matches wins. A day a
 *    signal reads as past is behind the reference however close, as a past act's day is.
 * 2. Markers: verb forms in the expression's clause (else its sentence). The nearest marker
 *    decides (see tense.ts). A marker is ignored where it starts inside a match of an earlier
 *    cue: "will be held" is future, not the past "held"; a mask (tense none) says no tense of
 *    its own and only hides what follows it in the table ("is heard in May" is no past).
 *    A simple past (or past perfect) marker is an act: the day it governs ("met on March 3",
 *    "were killed on", "met Tuesday") is when it happened, so that day is behind the reference
 *    however close, where a past clause's deadline ("extended the offer to Nov. 20", "payable
 *    Dec. 1") may lie a little ahead (see tense.ts pastActAt, yearChoice.ts).
 *
 * Each cue carries examples; cues.test.ts runs them through the whole resolver.
 */
import type { Tense } from './tense.ts';

import { anyCase } from '../any-case.ts';
import { BOUNDED_PERIODS, MONTH_PATTERN, WEEKDAY_NAME } from './lexicon/calendar.ts';
import { INCIDENTS } from './lexicon/incidents.ts';
import { BEFORE_THE_NOUN, IRREGULAR_PAST, OBJECT_OPENERS, PARTICIPLE, PASTS_BEFORE_A_STATE, PHRASAL_BACK_PASTS, PRESENT_SPELLED_TRANSITIVE_PASTS, CHANGE_FROM_VERBS, DIRECTIVE_VERBS, HEARING_HELD_PASTS, HEARING_SETTERS, READYING_VERBS, REFUSED_SPEECH, SCHEDULING_VERBS, TELLING_VERBS, WARNING_VERBS, WISH_VERBS, WORD_END, alternation } from './lexicon/verbs.ts';
import type { Example } from './model.ts';

/** "deadline": past when the clause is past, else ahead ("pay down the loan by February"). */
export type SignalReading = Tense | 'unmarked' | 'deadline';

export interface Signal {
  name: string;
  side: 'before' | 'after';
  /** How many characters beside the expression the pattern reads. */
  reach: number;
  pattern: RegExp;
  /** What must follow the expression too, for a signal read on both sides ("has the summer to rebuild"). */
  then?: RegExp;
  reads: SignalReading;
  examples: Example[];
}

export interface Marker {
  name: string;
  /** Global: every match in the sentence counts. */
  pattern: RegExp;
  tense: Tense | 'none';
  /** Firm markers move a bare weekday; infirm ones ("could", "planned") only beside a firm future. */
  firm: boolean;
  /** The tense it gives a date written before it, when that differs ("on Monday agreed to resign"). */
  before?: Tense;
  /** A verb of a simple past or past perfect: the day it governs is the day of the act, never ahead. */
  act?: boolean;
  examples: Example[];
}

// A part of the period before it: "until late May", "through the end of June".
const PARTS = String.raw`(?:(?:early|mid|late)[\s-]+|the\s+(?:end|start|beginning|middle|close)\s+of\s+)?`;
// The verb of an infinitive: "agreed to resign", not "agreed to a settlement" (a past act and its object).
const VERB_AFTER_TO = String.raw`(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|some|any|all|\d+)\b)[a-z]+\b`;

// Verbs of a past resolve, whose infinitive's time is still to come: "agreed to meet on Monday".
const PAST_RESOLVES = 'promised|pledged|vowed|threatened|agreed|decided';
// The determiners that open a noun object after "to", a happening a resolve with a day of its own takes: "agreed on Monday to
// a prisoner exchange on Friday" (the exchange's Friday is after the Monday); with no day between, a day after the noun is the
// agreeing's ("agreed to a truce on Thursday"). Only those of a happening not yet told: events' AGREED_DETERMINER (kinds.ts)
// is wider ("the", ordinals), and a definite noun may name one already told ("agreed on Monday to the truce of March 3").
const NOUN_DETERMINER_AFTER_TO = String.raw`(?:a|an|another|new|further)\s+`;
// When the resolve was made, between its verb and the infinitive: "agreed on Tuesday to",
// "decided last week to", "agreed late on March 3 to".
const WHEN_OPENERS = String.raw`(?:(?:on|in|at|late|early|last|this|earlier)\s+){0,3}`;
const WHEN_BETWEEN = String.raw`${WHEN_OPENERS}[A-Za-z]+\.?(?:\s+\d{1,2})?,?`;
// …told by a word of the calendar, as a noun object needs: "agreed again to a truce on Monday", "pledged support to a new
// government on Friday" put an adverb or an object there, and the day after the noun is then the agreeing's own.
const DAY_BETWEEN = String.raw`${WHEN_OPENERS}(?:${WEEKDAY_NAME}|${MONTH_PATTERN}|week(?:end)?|month|year|yesterday)(?:\s+\d{1,2})?,?`;

// What may not be a word of an order's object before its infinitive: "to" itself, or a clause's
// subject or verb ("told reporters he had returned to …" tells a deed, not an order).
const ORDER_OBJECT_STOP = String.raw`(?:to|that|he|she|they|it|we|i|you|had|has|have|was|were|is|are|would|will|could|did)\b`;
// The words of an order's clause up to its limit: no sentence's or clause's end, a number's comma
// aside ("told to leave, and crews had the fire out by Friday" ends the order at its comma).
const ORDER_CLAUSE_CHAR = String.raw`(?:[^.;,]|,(?=\d))`;

// What may not open a word of a verb's object before its day: a conjunction or a clause's opener, "last"/"this" (a day's own), an adverb.
const OBJECT_WORD_STOP = String.raw`(?:and|or|but|as|after|before|since|until|that|which|who|last|this)\b|\w+ly\b`;

// The hearing a bail or an order set, told held later in its sentence ("…, where he pleaded not guilty", "but failed to turn
// up"); not in a clause of what came before the setting ("was bailed to appear on Friday after he pleaded not guilty").
const HEARING_HELD_LATER = String.raw`(?:(?!\b(?:after|since|because)\b)[^.;:])*?\b(?:${alternation(HEARING_HELD_PASTS.map((v) => v.replaceAll(' ', String.raw`\s+`)))})\b`;

// Getting ready for, or waiting on, a happening to come: "preparing for", "braces for", "awaits".
const READYING = alternation(READYING_VERBS.map((v) => v.replaceAll(' ', String.raw`\s+`)));

// The turn a told story took: "shelved the scheme, only to revive it".
const PAST_TURN = new RegExp(String.raw`(?<=,\s+)only\s+to\s+${VERB_AFTER_TO}`, 'gi');

// A past act joined to what its subject could not do after it: "was flooded in January and could not reopen until the spring"
// tells that it reopened then, a past ability, not a prospect; not when someone tells it ("officials said the line was shut
// and could not reopen until the autumn"), where it is still to come.
const TELLING = alternation(TELLING_VERBS);
const PAST_ACT_THEN = String.raw`(?<!\b(?:${TELLING})\b[^.;:]*)\b(?!(?:${TELLING})\b)(?:was|were|had|${IRREGULAR_PAST}|[a-z]\w{2,}ed)\s[^.;:]{0,60}?\b(?:and|so)\s+(?:(?:it|they|he|she|we|still)\s+)?`;

/**
 * "did not meet face to face until Friday" tells that they met on Friday: the day of a past
 * act, behind however close, not a limit's (narrative.ts: a scene, not a bound). Not a plan or
 * a duty told in the past ("was not expected until Friday", "did not have to answer until
 * Friday"), nor a future ("will not meet until Friday").
 */
export const NOT_UNTIL_OF_A_PAST_ACT = new RegExp(
  String.raw`\b(?:did|was|were|had)(?:\s+not|n['’]t)\s(?![^.;:]*\b(?:expect\w*|due|schedul\w*|plann\w*|set\s+to|want\w*|intend\w*|hop\w*|likely|going|would|will|could|able|ha(?:ve|s|d)\s+to|need\w*|must|required)\b)[^.;:]{0,60}?\b(?:until|till)\s+${PARTS}$`,
  'i',
);

export const SIGNALS: Signal[] = [
  {
    name: 'incident of the day',
    side: 'after',
    reach: 40,
    // "Monday's quake", "Saturday's shooting": an incident is named once it has happened.
    pattern: new RegExp(String.raw`^['’]s\s+(?:[\w-]+\s+)?(?:${alternation(INCIDENTS)})\b`, 'i'),
    reads: 'past',
    examples: [
      { text: "Rescuers will continue to search for survivors of Monday's quake.", ref: '1998-11-18', finds: 'Monday', value: '1998-11-16' },
      { text: "Police are investigating Saturday's shooting.", ref: '1998-11-18', finds: 'Saturday', value: '1998-11-14' },
    ],
  },
  {
    name: 'incident on the day',
    side: 'before',
    reach: 40,
    // "a shooting Saturday that left two dead", "the bombing on Friday".
    pattern: new RegExp(String.raw`\b(?:a|an|the|last)\s+(?:[\w-]+\s+)?(?:${alternation(INCIDENTS)})\s+(?:on\s+)?${PARTS}$`, 'i'),
    reads: 'past',
    examples: [
      { text: 'Police are investigating a shooting Saturday that left two dead.', ref: '1998-11-18', finds: 'Saturday', value: '1998-11-14' },
      { text: 'Investigators will study the explosion on Friday at the plant.', ref: '1998-11-18', finds: 'Friday', value: '1998-11-13' },
    ],
  },
  {
    name: 'incident named by its date',
    side: 'after',
    reach: 40,
    // "the Aug. 7 bombing", "since the October 7 attacks": a date used as an incident's name
    // is the day it happened, however far back (not the next Aug. 7, though it is nearer).
    pattern: new RegExp(String.raw`^\s+(?:[\w-]+\s+)?(?:${alternation(INCIDENTS)})\b`, 'i'),
    reads: 'past',
    examples: [
      { text: 'Survivors of the Aug. 7 bombing marched through Nairobi on Monday.', ref: '1999-03-15', finds: 'Aug. 7', value: '1998-08-07' },
      { text: 'Israel has been at war since the October 7 attacks.', ref: '2026-08-01', finds: 'October 7', value: '2025-10-07' },
    ],
  },
  {
    name: 'present perfect on its own day',
    side: 'before',
    reach: 40,
    // A day right after a present perfect is the act's, as Xinhua writes it ("China has announced
    // on Tuesday that …"); not a day the verb sets ("has scheduled March 20 for the vote").
    pattern: new RegExp(String.raw`\b(?:has|have)\s+(?:\w+ly\s+)?(?!(?:${alternation(SCHEDULING_VERBS)})\b)\w+ed\s+(?:on\s+)?$`, 'i'),
    reads: 'past',
    examples: [
      { text: 'BEIJING, Nov. 5 (Xinhua) -- China has announced on Tuesday that it will cut tariffs.', ref: '1999-11-05', finds: 'Tuesday', value: '1999-11-02' },
      { text: 'The union has warned on Monday of strikes next week.', ref: '2026-03-12', finds: 'Monday', value: '2026-03-09' },
    ],
  },
  {
    name: 'closing price',
    side: 'after',
    reach: 20,
    // A closing price is known once the day is over.
    pattern: /^['’]s\s+(?:close|closing)\b/i,
    reads: 'past',
    examples: [{ text: 'The offer is a premium over Thursday’s closing price.', ref: '1989-11-01', finds: 'Thursday', value: '1989-10-26' }],
  },
  {
    name: 'limit of an order',
    side: 'before',
    reach: 100,
    // The limit an order or advice sets is not dated by the telling of it, past as that is
    // ("Residents were told to boil their water until Thursday evening", "villagers were ordered
    // to leave by Friday"): the nearest one, as a limit granted is.
    pattern: new RegExp(String.raw`\b(?:${alternation(DIRECTIVE_VERBS)})\s+(?:(?!${ORDER_OBJECT_STOP})[\w'’.-]+\s+){0,4}?to\s+(?=(?-i:[a-z]))${VERB_AFTER_TO}${ORDER_CLAUSE_CHAR}{0,60}?\b(?:until|till|through|by)\s+${PARTS}$`, 'i'),
    reads: 'unmarked',
    examples: [
      { text: 'Residents were told to boil their water until Thursday evening.', ref: '1998-02-17', finds: 'Thursday evening', value: '1998-02-19TEV' },
      { text: 'Villagers were ordered to leave by Friday.', ref: '1998-02-17', finds: 'Friday', value: '1998-02-20' },
      { text: 'Shoppers were urged to stay indoors until Sunday.', ref: '2026-03-19', finds: 'Sunday', value: '2026-03-22' },
      { text: 'The judge ordered the firm to repay the loans by Friday.', ref: '2026-03-17', finds: 'Friday', value: '2026-03-20' },
      // The nearest: a limit further ahead than back is the one gone by.
      { text: 'Villagers were ordered to leave by Friday.', ref: '2026-03-16', finds: 'Friday', value: '2026-03-13' },
      { text: 'The judge ordered the firm to pay 2,500 crowns by Friday.', ref: '2026-03-17', finds: 'Friday', value: '2026-03-20' },
      // Not a deed told after the object ("he had returned"), a place after "to", or a clause after the order's comma: the past.
      { text: 'The minister told reporters he had returned to Velmora by Friday.', ref: '2026-03-18', finds: 'Friday', value: '2026-03-13' },
      { text: 'The mayor told reporters the crews went to Velmora by Friday.', ref: '2026-03-18', finds: 'Friday', value: '2026-03-13' },
      { text: 'Police told residents to leave, and crews had the fire under control by Friday.', ref: '2026-03-18', finds: 'Friday', value: '2026-03-13' },
    ],
  },
  {
    name: 'deadline by',
    side: 'before',
    reach: 32,
    pattern: new RegExp(String.raw`\b(by)\s+${PARTS}$`, 'i'),
    reads: 'deadline',
    examples: [
      { text: 'A program to pay down the loan by February.', ref: '1989-11-01', finds: 'February', value: '1990-02' },
      { text: 'The company had repaid the whole loan by February.', ref: '1989-10-30', finds: 'February', value: '1989-02' },
      // A number's comma is no clause's end: the past perfect before it still governs the day.
      { text: 'Police had arrested 1,200 people by Friday.', ref: '2025-08-16', finds: 'Friday', value: '2025-08-15' },
      { text: 'The wildfire had burned 1,200 hectares by Friday night.', ref: '2025-08-16', finds: 'Friday night', value: '2025-08-15TNI' },
    ],
  },
  {
    name: 'postponed until',
    side: 'before',
    reach: 60,
    // What is put off, or moved to another day, goes ahead.
    pattern: new RegExp(
      String.raw`\b(?:postpon|delay|adjourn|defer|put\s+off|recess|reschedul|mov(?:e|ed|es|ing)(?:\s+(?:up|back|forward))?|push(?:ed|es)?\s+back|brought\s+forward)\w*\b[^.;]{0,40}\b(?:until|till|to)\s+${PARTS}$`,
      'i',
    ),
    reads: 'future',
    examples: [
      { text: 'Officials postponed until Tuesday morning any action.', ref: '1998-11-19', finds: 'Tuesday morning', value: '1998-11-24TMO' },
      { text: 'The election, moved up to March 26, will test Putin.', ref: '2000-01-05', finds: 'March 26', value: '2000-03-26' },
      { text: 'The vote was postponed to March 20 after the floods.', ref: '2026-01-05', finds: 'March 20', value: '2026-03-20' },
      { text: 'The meeting, planned for Thursday, has been moved to Monday.', ref: '2026-11-03', finds: 'Monday', value: '2026-11-09' },
    ],
  },
  {
    name: 'could run into',
    side: 'before',
    // Wide enough to see a past act before "could" (PAST_ACT_THEN).
    reach: 160,
    // How far something still going may last: a modal or a present expectation whose verb reaches
    // into the day ("the talks could run into Tuesday") looks ahead, whatever the reporting verb
    // before it; "were expected to run into Tuesday" is told from a past day and is left to the clause.
    pattern: new RegExp(
      String.raw`\b(?:(?<!${PAST_ACT_THEN})could|might|will|(?:is|are)\s+(?:now\s+)?(?:expected|likely|set)\s+to|threatens?\s+to)\s+(?:\w+\s+){0,3}?(?:into|until|till|through|beyond|past)\s+${PARTS}$`,
      'i',
    ),
    reads: 'future',
    examples: [
      { text: 'Negotiators said the talks could run into Tuesday.', ref: '1998-11-20', finds: 'Tuesday', value: '1998-11-24' },
      { text: 'The strike, which began Wednesday, is expected to drag on into Tuesday.', ref: '1998-11-20', finds: 'Tuesday', value: '1998-11-24' },
      { text: 'The talks began Monday and were expected to run into Tuesday.', ref: '1998-11-20', finds: 'Tuesday', value: '1998-11-17' },
    ],
  },
  {
    name: 'expires on',
    side: 'before',
    reach: 40,
    // A deadline's present looks ahead, even for a bare weekday that 'scheduled present' leaves
    // the nearest: "the offer expires Monday" in a Wednesday paper is the coming Monday.
    pattern: new RegExp(String.raw`\b(?:expires|runs\s+out|lapses|takes\s+effect|(?:is|are|falls)\s+due)\s+(?:(?:on|at\s+(?:midnight|noon))\s+)?${PARTS}$`, 'i'),
    reads: 'future',
    examples: [
      { text: 'The two-week deadline expires Monday.', ref: '1998-08-12', finds: 'Monday', value: '1998-08-17' },
      { text: 'The new tariff takes effect on Monday, the ministry said.', ref: '1998-08-12', finds: 'Monday', value: '1998-08-17' },
      { text: 'The ultimatum expired Monday.', ref: '1998-08-12', finds: 'Monday', value: '1998-08-10' },
    ],
  },
  {
    name: 'month of a contract',
    side: 'after',
    reach: 20,
    // "crude for December delivery", "the November contract", "orders for November
    // transactions": a trading month, the one nearest the reference, whatever the trade's tense.
    pattern: /^\s+(?:delivery|contracts?|futures|options|transactions|settlement|expiration|expiry)\b/i,
    reads: 'unmarked',
    examples: [
      { text: 'Light sweet crude for December delivery rose 30 cents.', ref: '1999-11-10', finds: 'December', value: '1999-12' },
      { text: 'Dealers placed heavy buy orders for November transactions.', ref: '1989-10-30', finds: 'November', value: '1989-11' },
    ],
  },
  {
    name: 'month of a statistic',
    side: 'after',
    reach: 40,
    // "the February figures", "September's trade data", "the October jobs report": a month's
    // statistics are known once it has begun, so the month is this one or behind, whatever the
    // tense of their publishing ("will publish the February figures on April 8" in March).
    // So is a month's level or pace, a comparison's base ("remains above its December level",
    // "running at twice its September pace").
    pattern: /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:figures|data|statistics|numbers|readings?|index|levels?|pace|(?:jobs|employment|payrolls?|trade|inflation)\s+report)\b/i,
    reads: 'past',
    examples: [
      { text: 'Exports are expected to recover to their September level by spring.', ref: '1998-08-07', finds: 'September', value: '1997-09' },
      { text: 'Inflation in Kestrava is running at twice its November pace.', ref: '1998-08-07', finds: 'November', value: '1997-11' },
      { text: 'The ministry will publish the February figures on April 8.', ref: '1999-03-09', finds: 'February', value: '1999-02' },
      { text: "Analysts expect November's trade data to show a wider deficit.", ref: '2025-12-03', finds: 'November', value: '2025-11' },
      { text: 'The government will release the October jobs report next week.', ref: '2025-11-12', finds: 'October', value: '2025-10' },
    ],
  },
  {
    name: 'extreme of a month',
    side: 'after',
    reach: 30,
    // "below its October high", "off their July peak", "up from the March low": a market's or a
    // measure's peak or trough is named once it has been reached, whatever the tense of the
    // comparison ("Shares are trading below their October high" in August is last October).
    // Not "high-level", "high school", "low-income".
    pattern: /^(?:['’]s)?\s+(?:(?:record|all-time|[\w]+-(?:year|month|week))\s+)?(?:peaks?|highs?|lows?|troughs?)\b(?![-‐‑]|\s+(?:school|court|commission|commissioner|street|tide|season|water|point)\b)/,
    reads: 'past',
    examples: [
      { text: 'Shares of Dorvale Mining are trading 40 percent below their October high.', ref: '1998-08-07', finds: 'October', value: '1997-10' },
      { text: "The index is still 12 percent off September's record high, dealers said.", ref: '1998-08-07', finds: 'September', value: '1997-09' },
    ],
  },
  {
    name: 'extreme in a month',
    side: 'before',
    reach: 60,
    // "down from its peak in October", "above the low of March": the same past extreme, its month
    // after it, measured against ("will reach a peak in December" is still to come).
    pattern: new RegExp(String.raw`\b(?:from|below|above|off|under|beyond|near|since|than|of)\s+(?:its|their|the)\s+(?:(?:record|all-time|[\w]+-(?:year|month|week))\s+)?(?:peak|high|low|trough)\s+(?:of|in)\s+${PARTS}$`),
    reads: 'past',
    examples: [
      { text: 'Coffee prices are down a third from their peak in October, traders say.', ref: '1998-08-07', finds: 'October', value: '1997-10' },
      { text: 'The rupiah is well above its low of October, dealers say.', ref: '1998-08-07', finds: 'October', value: '1997-10' },
    ],
  },
  {
    name: 'level of a month',
    side: 'before',
    reach: 40,
    // The same base with its month after it: "back to its level of October", "their levels in September".
    pattern: new RegExp(String.raw`\b(?:its|their|the)\s+levels?\s+(?:of|in)\s+${PARTS}$`, 'i'),
    reads: 'past',
    examples: [{ text: 'Output at the Orvin mills is back to its level of October.', ref: '1998-08-07', finds: 'October', value: '1997-10' }],
  },
  {
    name: 'since',
    side: 'before',
    reach: 32,
    pattern: new RegExp(String.raw`\b(since)\s+${PARTS}$`, 'i'),
    reads: 'past',
    examples: [{ text: 'Prices will keep rising, as they have since October.', ref: '1989-09-15', finds: 'October', value: '1988-10' }],
  },
  {
    name: 'most recently',
    side: 'before',
    reach: 40,
    // The last of a series already past: "have met twice, most recently on March 20".
    pattern: new RegExp(String.raw`\b(?:most\s+recently|as\s+recently\s+as|previously)\s*,?\s+(?:(?:on|in)\s+)?${PARTS}$`, 'i'),
    reads: 'past',
    examples: [
      { text: 'The leaders have met twice, most recently on March 20.', ref: '2026-02-10', finds: 'March 20', value: '2025-03-20' },
      { text: 'Prisoners were swapped as recently as March 5.', ref: '2026-02-10', finds: 'March 5', value: '2025-03-05' },
    ],
  },
  {
    name: 'as soon as',
    side: 'before',
    reach: 16,
    pattern: new RegExp(String.raw`\b(as\s+soon\s+as)\s+${PARTS}$`, 'i'),
    reads: 'future',
    examples: [{ text: 'The plant said it could reopen as soon as January.', ref: '1989-11-01', finds: 'January', value: '1990-01' }],
  },
  {
    name: 'as early as, of what may come',
    side: 'before',
    reach: 90,
    // The earliest a thing may come, under a modal, is ahead: "could cut rates as early as June",
    // "may reopen as early as September". Without one it may look back ("had known of the plot as
    // early as October"), and the clause break at "as" hides the past verb: left to the sentence.
    pattern: new RegExp(String.raw`\b(?:could|may|might|will|would|can|should)\s+(?:not\s+)?[^.;:]{0,60}?\bas\s+early\s+as\s+(?:(?:on|in)\s+)?${PARTS}$`, 'i'),
    reads: 'future',
    examples: [
      { text: 'The central bank could cut rates as early as June, its governor said.', ref: '2026-02-17', finds: 'June', value: '2026-06' },
      { text: 'The plant may reopen as early as September.', ref: '2026-02-17', finds: 'September', value: '2026-09' },
      { text: 'Investigators had known of the plot as early as October.', ref: '2026-02-17', finds: 'October', value: '2025-10' },
    ],
  },
  {
    name: 'effective',
    side: 'before',
    reach: 16,
    // A change announced takes effect on a day to come.
    pattern: new RegExp(String.raw`\b(effective)\s+${PARTS}$`, 'i'),
    reads: 'future',
    examples: [{ text: 'It created an office of the chairman, effective Feb. 1.', ref: '1989-11-01', finds: 'Feb. 1', value: '1990-02-01' }],
  },
  {
    name: 'from on',
    side: 'before',
    reach: 24,
    // Where something starts: ahead unless told in the past ("the new rules apply from Monday",
    // "Beginning Monday, the store opens at 8"; "flights were cut starting Monday").
    pattern: new RegExp(String.raw`(?:^|[^\w\s]\s*|\b(?:apply|applies|run|runs|effective|valid|open|opens)\s+)\b(from|starting|beginning)\s+(?:on\s+)?${PARTS}$`, 'i'),
    reads: 'deadline',
    examples: [
      { text: 'The new rules apply from Monday.', ref: '1998-11-18', finds: 'Monday', value: '1998-11-23' },
      { text: 'Beginning Monday, the store opens at 8 a.m.', ref: '1998-11-18', finds: 'Monday', value: '1998-11-23' },
      { text: 'Flights were cut starting Monday.', ref: '1998-11-18', finds: 'Monday', value: '1998-11-16' },
    ],
  },
  {
    name: 'from, after a present verb of change',
    side: 'before',
    reach: 90,
    // A change told in the present with the time it starts from is to come, as a timetable is
    // ("pensioners get the increase from October", "fares rise 4 percent from January" in June:
    // this October, next January). Not a comparison's base ("rises to 3 percent from March",
    // "is up from October"), nor through a clause break; a past clause still reads it past.
    pattern: new RegExp(
      String.raw`\b(?:${alternation(CHANGE_FROM_VERBS.map((v) => v.replaceAll(' ', '\\s+')))})\s+(?:(?!\b(?:to|than|up|down|compared|versus|against|from)\b)[^.;:,()]){0,60}?\bfrom\s+${PARTS}$`,
      'i',
    ),
    reads: 'deadline',
    examples: [
      { text: 'Pensioners get the increase from October, the minister said.', ref: '2025-06-11', finds: 'October', value: '2025-10' },
      { text: 'Rail fares rise 4 percent from January.', ref: '2025-06-11', finds: 'January', value: '2026-01' },
      { text: 'Households on prepaid meters pay the lower tariff from September.', ref: '2026-03-10', finds: 'September', value: '2026-09' },
      { text: 'Inflation rises to 3 percent from October.', ref: '2025-06-11', finds: 'October', value: '2024-10' },
      { text: 'Pensioners got the increase from October.', ref: '2025-06-11', finds: 'October', value: '2024-10' },
    ],
  },
  {
    name: 'time of a thing wished for',
    side: 'before',
    reach: 90,
    // What a present verb of wanting or foreseeing asks for, and the time it is to start or
    // come by, lies ahead: "the union wants a 10 percent increase from July", "the committee
    // proposes a sugar levy in September" (in March, this year's). Unless the clause is past
    // ("did not want a deal in July"). Not after a comparison's base word ("expects sales to
    // beat last March"), nor through a clause break.
    pattern: new RegExp(
      String.raw`(?<!\b(?:the|a|an|his|her|its|their|our)\s+)\b(?:${alternation(WISH_VERBS.map((v) => v.replace(' ', '\\s+')))})\s+(?!to\b)[^.;:,()]{1,60}?\b(?:in|from|by|starting|beginning|before)\s+${PARTS}$`,
      'i',
    ),
    reads: 'deadline',
    examples: [
      { text: 'The union wants a 10 percent increase from July.', ref: '2026-03-10', finds: 'July', value: '2026-07' },
      { text: 'The committee proposes a levy on sugary drinks in September.', ref: '2026-03-10', finds: 'September', value: '2026-09' },
      { text: 'Opposition parties call for a snap election in November.', ref: '2026-03-10', finds: 'November', value: '2026-11' },
      { text: 'Health officials urge a booster in March for the over-75s.', ref: '2025-06-11', finds: 'March', value: '2026-03' },
      { text: 'He did not want a deal in July.', ref: '2026-03-10', finds: 'July', value: '2025-07' },
    ],
  },
  {
    name: 'time of a prospect',
    side: 'before',
    reach: 90,
    // What a prospect, hope or expectation is of lies ahead of its telling, whatever the tense
    // of the verb that weighs it: "traders weighed the prospect of more supply from April",
    // "the talks raised hopes of a ceasefire in May" (in March, this year's). Not through a clause break.
    pattern: new RegExp(String.raw`\b(?:prospects?|hopes?|expectations?)\s+(?:of|for)\s+[^.;:,()]{1,60}?\b(?:in|from|by|starting|beginning)\s+${PARTS}$`, 'i'),
    reads: 'future',
    examples: [
      { text: 'Oil slipped as traders weighed the prospect of more supply from April.', ref: '2026-03-06', finds: 'April', value: '2026-04' },
      { text: 'The talks raised hopes of a ceasefire in February, diplomats said.', ref: '2025-12-10', finds: 'February', value: '2026-02' },
    ],
  },
  {
    name: 'limit granted',
    side: 'before',
    reach: 80,
    // A limit is not dated by the act that grants or extends it: the nearest one.
    pattern: new RegExp(String.raw`\b(?:extend|gave|give|grant|allow|offer|renew|prolong)\w*\b[^.;]{0,60}\b(?:until|till|through)\s+${PARTS}$`, 'i'),
    reads: 'unmarked',
    examples: [
      { text: 'They extended the loans through January.', ref: '1989-11-01', finds: 'January', value: '1990-01' },
      { text: 'The agency gave the company until mid-November to submit more information.', ref: '1989-10-30', finds: 'mid-November', value: '1989-11' },
    ],
  },
  {
    name: 'limit held',
    side: 'before',
    reach: 30,
    // Time someone has left is ahead: "has until Friday to respond", "rebels have until midnight
    // Sunday to leave"; "had until Friday" is the limit above, read by its past.
    pattern: new RegExp(String.raw`\b(?:has|have|having)\s+(?:(?:only|just|now)\s+)?(?:until|till)\s+(?:midnight\s+(?:on\s+)?|noon\s+(?:on\s+)?)?${PARTS}$`, 'i'),
    reads: 'future',
    examples: [
      { text: 'The government has until Friday to respond.', ref: '2026-03-12', finds: 'Friday', value: '2026-03-13' },
      { text: 'Rebels have until Monday to leave the city.', ref: '2026-03-12', finds: 'Monday', value: '2026-03-16' },
    ],
  },
  {
    name: 'time held',
    side: 'before',
    reach: 30,
    // A day someone has to do a thing in is ahead, as a limit held is: "they have Friday to close
    // the gaps", whatever tense reports it.
    pattern: /\b(?:has|have|having)\s+(?:(?:only|just|now|still)\s+)?$/i,
    then: new RegExp(String.raw`^\s+(?:left\s+)?to\s+${VERB_AFTER_TO}`, 'i'),
    reads: 'future',
    examples: [
      { text: 'Negotiators said they have Friday to close the gaps.', ref: '2026-03-02', finds: 'Friday', value: '2026-03-06' },
      { text: 'The union said members have Monday to vote on the offer.', ref: '2026-03-12', finds: 'Monday', value: '2026-03-16' },
      { text: 'Bidders were told they have only Wednesday left to file.', ref: '2026-03-12', finds: 'Wednesday', value: '2026-03-18' },
    ],
  },
  {
    name: 'not until, of a past act',
    side: 'before',
    reach: 80,
    pattern: NOT_UNTIL_OF_A_PAST_ACT,
    reads: 'past',
    examples: [
      { text: 'The two leaders did not meet face to face until Friday.', ref: '2026-03-11', finds: 'Friday', value: '2026-03-06' },
      { text: "The talks didn't resume until Thursday.", ref: '2026-03-11', finds: 'Thursday', value: '2026-03-05' },
      { text: 'They did not sign the deal until March 14.', ref: '2026-03-10', finds: 'March 14', value: '2025-03-14' },
      { text: 'He was not released until Thursday.', ref: '2026-03-11', finds: 'Thursday', value: '2026-03-05' },
      { text: 'It was not until Thursday that the envoys met.', ref: '2026-03-11', finds: 'Thursday', value: '2026-03-05' },
      { text: 'He will not meet them until Thursday.', ref: '2026-03-11', finds: 'Thursday', value: '2026-03-12' },
      { text: 'The envoy was not expected until Thursday.', ref: '2026-03-11', finds: 'Thursday', value: '2026-03-12' },
      { text: 'The company did not have to answer until March 14.', ref: '2026-03-10', finds: 'March 14', value: '2026-03-14' },
    ],
  },
  {
    name: 'limit',
    side: 'before',
    reach: 32,
    // What lasted until a day ended then; what lasts until a day ends ahead.
    pattern: new RegExp(String.raw`\b(until|till|through)\s+${PARTS}$`, 'i'),
    reads: 'deadline',
    examples: [
      { text: 'He had been living in the flat until Friday, neighbors said.', ref: '1998-11-18', finds: 'Friday', value: '1998-11-13' },
      { text: 'The museum is closed until Monday.', ref: '1998-11-18', finds: 'Monday', value: '1998-11-23' },
      { text: 'The company had bought 481,000 shares through Sept. 29.', ref: '1989-10-30', finds: 'Sept. 29', value: '1989-09-29' },
      { text: 'The vaccine campaign runs through the end of June.', ref: '2026-02-25', finds: 'the end of June', value: '2026-06' },
    ],
  },
  {
    name: 'ahead of',
    side: 'before',
    reach: 40,
    // What a clause did before a day ("hiring was frozen ahead of the May 12 elections", "prices
    // rose in the run-up to the March 3 vote") is behind like its clause, the day itself just
    // after it (a deadline's slack); told in the present or future, the day is still to come.
    pattern: new RegExp(String.raw`\b(?:ahead\s+of|in\s+the\s+run[\s-]*up\s+to)\s+(?:the\s+)?${PARTS}$`, 'i'),
    reads: 'deadline',
    examples: [
      { text: 'Hiring was frozen ahead of the May 12 elections.', ref: '2025-09-04', finds: 'May 12', value: '2025-05-12' },
      { text: 'Prices rose in the run-up to the March 3 vote.', ref: '2026-09-10', finds: 'March 3', value: '2026-03-03' },
      { text: 'Leaders gather in Brussels ahead of the March 3 summit.', ref: '2026-02-25', finds: 'March 3', value: '2026-03-03' },
      { text: 'Troops are massing on the border ahead of Sunday.', ref: '1998-11-18', finds: 'Sunday', value: '1998-11-22' },
    ],
  },
  {
    name: 'expected on its day',
    side: 'before',
    reach: 24,
    // A present passive of expecting or timing right before its day says when it is to come:
    // "Results are expected Monday", "the verdict is expected on Friday", "The vote is scheduled
    // Sunday" (a past one says "were expected"; the present passive otherwise tells no tense).
    pattern: /\b(?:is|are)\s+(?:now\s+|also\s+)?(?:expected|scheduled|slated|planned)\s+(?:on\s+)?$/i,
    reads: 'future',
    examples: [
      { text: 'Results are expected Monday, officials said.', ref: '1998-10-07', finds: 'Monday', value: '1998-10-12' },
      { text: 'A verdict is expected on Monday in the bribery trial.', ref: '2000-03-08', finds: 'Monday', value: '2000-03-13' },
      { text: 'The final vote is now scheduled Sunday.', ref: '1999-06-10', finds: 'Sunday', value: '1999-06-13' },
    ],
  },
  {
    name: 'occasion is on its day',
    side: 'before',
    reach: 64,
    // A present copula right before its day dates an occasion by its timetable: "The primary is
    // Saturday", "the vote is on Sunday", "the deadline is Friday" are the coming days, however
    // near the last one was; had it passed, the wires would write "was". So with its venue
    // between, a name after "at" or "in": "The second leg is at Marsh Lane on Wednesday", "the
    // funeral is at St Anne's on Friday", and its town after it: "at Kell Park in Lusk on Sunday".
    // The venue's capital is read in its case; the copula and "on" in any, as a headline writes them.
    pattern: new RegExp(String.raw`\b(?:${anyCase('is|are')})\s+(?:(?:at|in)\s+(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},?\s+){0,2}(?:${anyCase('on')}\s+)?$`),
    reads: 'future',
    examples: [
      { text: 'The primary is Saturday.', ref: '2000-02-15', finds: 'Saturday', value: '2000-02-19' },
      { text: 'The second round of the vote is on Sunday.', ref: '1999-06-10', finds: 'Sunday', value: '1999-06-13' },
      // Told on a Saturday after last night's first leg, the return is the Wednesday to come.
      { text: 'Brenton won the first leg 2-1 last night. The return is at Kelvin Park on Wednesday.', ref: '2031-04-12', finds: 'Wednesday', value: '2031-04-16' },
      { text: 'She died on Monday. Her funeral is at St Barnabas on Friday.', ref: '2031-04-09', finds: 'Friday', value: '2031-04-11' },
      { text: 'The talks ended on Tuesday; the next round is in Geneva on Monday.', ref: '2031-04-09', finds: 'Monday', value: '2031-04-14' },
      { text: 'The final is at Kell Park in Lusk on Sunday.', ref: '2058-03-13', finds: 'Sunday', value: '2058-03-17' },
      { text: 'She died on Monday. The funeral is at St Anne’s, Orsk, on Friday.', ref: '2031-04-09', finds: 'Friday', value: '2031-04-11' },
      { text: 'Cup Final Is On Sunday After Replay Row', ref: '2058-03-13', finds: 'Sunday', value: '2058-03-17' },
      // A venue's own clause in the past keeps its day behind.
      { text: 'The final was at Kelvin Park on Wednesday.', ref: '2031-04-12', finds: 'Wednesday', value: '2031-04-09' },
    ],
  },
  {
    name: 'getting ready for the day',
    side: 'before',
    reach: 90,
    // A present verb of getting ready or waiting governs a happening still to come: "Senators are
    // preparing for a crucial vote on Monday", "Lawmakers prepare for their final vote Tuesday"
    // are the coming days, however near the last one was. Not a past progressive, an infinitive
    // or a negation ("were preparing", "had been bracing", "did not prepare"), nor through a
    // participle or a clause of the object's own ("awaits results released on Monday").
    pattern: new RegExp(String.raw`(?<!(?:\b(?:to|did|do|does|not|was|were|been|had)|n['’]t)\s+)\b(?:${READYING})(?:\s+(?!${OBJECT_WORD_STOP}|\w{2,}ed\b)[\w’'-]+){0,4}?\s+(?:on\s+)?$`, 'i'),
    reads: 'future',
    examples: [
      { text: 'Senators are preparing for a crucial vote on Monday.', ref: '2025-09-10', finds: 'Monday', value: '2025-09-15' },
      { text: 'Lawmakers prepare for their final vote Tuesday.', ref: '2025-09-10', finds: 'Tuesday', value: '2025-09-16' },
      { text: 'Fans are getting ready for the final on Sunday.', ref: '2025-09-10', finds: 'Sunday', value: '2025-09-14' },
      { text: 'The squad is gearing up for the derby on Monday.', ref: '2025-09-10', finds: 'Monday', value: '2025-09-15' },
      { text: 'Markets look ahead to the Fed decision on Tuesday.', ref: '2025-09-10', finds: 'Tuesday', value: '2025-09-16' },
      { text: 'Organisers are counting down to the launch on Monday.', ref: '2025-09-10', finds: 'Monday', value: '2025-09-15' },
      { text: 'Coastal towns are bracing for the storm on Sunday.', ref: '2025-09-10', finds: 'Sunday', value: '2025-09-14' },
      { text: 'The country awaits the verdict on Monday.', ref: '2025-09-10', finds: 'Monday', value: '2025-09-15' },
      // Told in the past, the readying and its day are behind.
      { text: 'Senators prepared for the vote on Monday.', ref: '2025-09-10', finds: 'Monday', value: '2025-09-08' },
      { text: 'Senators were preparing for the vote on Monday.', ref: '2025-09-10', finds: 'Monday', value: '2025-09-08' },
      { text: 'The country awaited the verdict on Monday.', ref: '2025-09-10', finds: 'Monday', value: '2025-09-08' },
    ],
  },
  {
    name: 'timetable present before the day',
    side: 'before',
    reach: 90,
    // A timetable verb in the simple present, right before its day with at most a short object
    // or place between, says when it is to be: "Voters go to the polls Tuesday", "the board meets
    // Tuesday", "Parliament votes on the budget Thursday" are the coming days, however near the
    // last one was (the 'scheduled present' marker is infirm: it cannot move a weekday further off).
    // Not a noun ("the votes Tuesday"), an infinitive, a negation or a participle ("starting at noon
    // Saturday"), nor a verb a comparison or an adverb parts from the day ("begin as previously planned Saturday").
    // The verbs of ending and of opening again, of going, visiting, signing and of a fixture are
    // timetables too: "Voting ends Sunday", "the offer expires Friday", "Schools reopen Monday",
    // "The premier flies to Tokyo Monday", "visits China Monday", "Ministers sign the accord
    // Monday", "United face Chelsea Saturday" (were they past, they would read "ended", "flew").
    // "visit", "sign", "host", "play" only with their "s": bare, they are mostly nouns ("Haddad's
    // state visit to Jakarta on Monday was the first"), but a side's fixture takes its plural name or
    // "they" right before a bare "play" or "host" ("Rovers play at Penmoor on Saturday", "They host
    // Ashby on Tuesday"), where "rain stopped play" and "the play" are nouns; not a possessive's play
    // ("Pinter's play on Saturday"), a host's name after the title ("Fox News host Ana Ruiz"), nor a
    // verb of the sentence's own past before the day ("Olympic host Paris staged a parade on Saturday"). A purpose after the object ("flies to Kuala
    // Lumpur for an ASEAN summit on Sunday") is the timetable's too: what the trip is for, no clause of its own.
    // A bare form after an article or possessive and one or two words not ending in "s" is a noun
    // with its modifiers ("lost a no-confidence vote on Monday", "ousted him in the confidence vote
    // Tuesday"): the tense is its governing verb's. A plural subject ends in "s" ("the lawmakers
    // vote Tuesday") and a singular one takes "votes" ("The Senate votes Monday"), so both stay verbs.
    pattern: new RegExp(
      String.raw`(?<!(?:\b(?:the|a|an|its|their|his|her|our|this|that|to|did|not|does|do|will|would|could|may|might)|n['’]t)\s+)(?<!\b(?:the|a|an|its|their|his|her|our)\s+(?:[\w’'-]*[^\Ws’']\s+){1,2}(?=\w*[^\Ws]\b))\b(?:go(?:es)?\s+to\s+the\s+polls|votes?|(?:(?:meet|convene|resume|reconvene|(?<!\b(?:${alternation(PASTS_BEFORE_A_STATE)})\s+)(?:(?:re)?open|close)|begin|(?:re)?start|return|leave|arrive|travel|head|end|expire|adjourn|gather|face)s?|(?:visit|sign|host|play)s|(?<=(?:\b(?-i:[A-Z])[\w’'-]*(?<!['’]s)|\b(?:they|we))\s+)(?:host|play)(?!\s+(?-i:[A-Z])[\w’'-]*\s+(?-i:[A-Z]))(?![\s\S]*?\b(?:(?-i:[a-z])[\w’'-]*ed|said|told|was|were|had)\b)|fl(?:y|ies)|go(?:es)?(?=\s+to\b)))(?:\s+(?!${OBJECT_WORD_STOP})[\w’'-]+){0,4}?(?:\s+for\s+(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?\s+(?:on\s+)?$`,
      'i',
    ),
    reads: 'future',
    examples: [
      { text: 'Voters go to the polls Tuesday in a race too close to call.', ref: '2000-11-03', finds: 'Tuesday', value: '2000-11-07' },
      { text: 'The central bank board meets Tuesday.', ref: '1999-08-13', finds: 'Tuesday', value: '1999-08-17' },
      { text: 'Parliament votes on the budget Monday.', ref: '2001-05-30', finds: 'Monday', value: '2001-06-04' },
      { text: 'Schools reopen Monday, the ministry said.', ref: '1998-10-07', finds: 'Monday', value: '1998-10-12' },
      { text: 'Voting ends Sunday, election officials said Wednesday.', ref: '1998-10-07', finds: 'Sunday', value: '1998-10-11' },
      { text: 'The tender offer expires Monday, the company said.', ref: '1989-10-25', finds: 'Monday', value: '1989-10-30' },
      { text: 'The premier flies to Tokyo Monday for talks, his office said.', ref: '1998-10-07', finds: 'Monday', value: '1998-10-12' },
      { text: 'Premier Halvorsen flies to Reykjavik for a Nordic summit on Sunday, aides said.', ref: '2031-03-11', finds: 'Sunday', value: '2031-03-16' },
      { text: 'The minister travels to Lagos for the trade fair on Monday.', ref: '2031-03-11', finds: 'Monday', value: '2031-03-17' },
      { text: 'The president visits China Monday, officials said.', ref: '1998-10-07', finds: 'Monday', value: '1998-10-12' },
      { text: 'The prime minister signs the accord Monday in Oslo.', ref: '1998-10-07', finds: 'Monday', value: '1998-10-12' },
      { text: "Mr. Haddad's state visit to Jakarta on Monday was the first by a Lebanese leader in two decades.", ref: '2038-08-18', finds: 'Monday', value: '2038-08-16' },
      { text: 'Kelvin United face Dunmore at home Sunday.', ref: '1998-10-07', finds: 'Sunday', value: '1998-10-11' },
      { text: 'Harlow Athletic play at Brenton on Saturday, their first away game.', ref: '2031-04-07', finds: 'Saturday', value: '2031-04-12' },
      { text: 'They host the league leaders at 7:45 p.m. on Friday.', ref: '2031-04-07', finds: '7:45 p.m. on Friday', value: '2031-04-11T19:45' },
      { text: 'Rain stopped play on Saturday with the visitors 120 for four.', ref: '2031-04-07', finds: 'Saturday', value: '2031-04-05' },
      { text: 'Kessel Radio host Ana Ruiz said on Monday that the count was fair.', ref: '2031-04-09', finds: 'Monday', value: '2031-04-07' },
      { text: 'Olympic host Lusk staged a parade on Saturday.', ref: '2031-04-09', finds: 'Saturday', value: '2031-04-05' },
      { text: "Brandt's play on Saturday drew boos from the stalls.", ref: '2031-04-09', finds: 'Saturday', value: '2031-04-05' },
      { text: 'Dunmore Wanderers play Kelvin United on Saturday.', ref: '2031-04-09', finds: 'Saturday', value: '2031-04-12' },
      // A fixture's object and place may run to four words, and a present perfect after it tells the record, not the day.
      { text: 'The Rovers, who open a series against Carlow on Friday, have won four of six games.', ref: '2000-04-11', finds: 'Friday', value: '2000-04-14' },
      { text: 'Shelling resumed overnight, starting at noon Saturday.', ref: '1991-02-25', finds: 'noon Saturday', value: '1991-02-23T12:00' },
      // "open" or "close" after a past verb is the state it came to, no timetable: the past verb tells the tense.
      { text: 'Two shops stayed open on Thursday.', ref: '1998-11-04', finds: 'Thursday', value: '1998-10-29' },
      // A noun after its article and modifiers is no timetable verb: the verb that governs it tells the tense.
      { text: 'The government lost a no-confidence vote on Monday.', ref: '2025-09-10', finds: 'Monday', value: '2025-09-08' },
      { text: 'It was brought down by a no-confidence vote on Monday.', ref: '2025-09-10', finds: 'Monday', value: '2025-09-08' },
      { text: 'Shareholders ousted the chief executive in a no-confidence vote on Tuesday.', ref: '2025-09-10', finds: 'Tuesday', value: '2025-09-09' },
      { text: 'The government will face a confidence vote on Monday.', ref: '2025-09-10', finds: 'Monday', value: '2025-09-15' },
      { text: 'The government is expected to lose a vote on Monday.', ref: '2025-09-10', finds: 'Monday', value: '2025-09-15' },
      { text: 'The Senate votes Monday on the budget.', ref: '2025-09-10', finds: 'Monday', value: '2025-09-15' },
      { text: 'The lawmakers vote Tuesday on the budget.', ref: '2025-09-10', finds: 'Tuesday', value: '2025-09-16' },
    ],
  },
];

export const MARKERS: Marker[] = [
  {
    name: 'refusal',
    // Asked that day, a spokesman "would not comment": past, however "would" looks.
    pattern: new RegExp(String.raw`\b(?:would|could)(?:\s+not|n['’]t|\s+n't)\s+(?:immediately\s+)?(?:${alternation(REFUSED_SPEECH)})\b`, 'gi'),
    tense: 'past',
    firm: true,
    act: true,
    examples: [
      { text: 'Annan would not comment Tuesday.', ref: '1998-11-18', finds: 'Tuesday', value: '1998-11-17' },
      { text: 'On Tuesday, Annan would not say when he would travel.', ref: '1998-11-18', finds: 'Tuesday', value: '1998-11-17' },
      { text: 'Officials could not confirm the report on March 3.', ref: '2026-02-10', finds: 'March 3', value: '2025-03-03' },
    ],
  },
  {
    name: 'modal will',
    // An adverb between the modal and its verb keeps the verb masked: "would still be held". A
    // quote may open on the verb: "would \"go for it\" in Wednesday's game" is still the modal's.
    pattern: /\b(?:will|won['’]t|shall|would|wo\s+n't)\s+["“‘]?(?:(?:\w+ly|not|still|also|then|now|soon|only|never|again|even|first)\s+)*(?:(?:be|have)\s+)?\w+|\w+['’]ll\b/gi,
    tense: 'future',
    firm: true,
    examples: [
      { text: 'A meeting will be held on Tuesday.', ref: '2025-11-24', finds: 'Tuesday', value: '2025-11-25' },
      { text: 'The coach said his side had lost twice and would "fight to the end" in Wednesday\'s replay.', ref: '2031-04-12', finds: 'Wednesday', value: '2031-04-16' },
      { text: 'She said the union had met and will “stand firm” at the talks on Monday.', ref: '2031-04-09', finds: 'Monday', value: '2031-04-14' },
    ],
  },
  {
    name: 'is to',
    // An arrangement still to be carried out: "is to resume trading Tuesday".
    pattern: /\b(?:is|are|am)\s+to\s+\w+/gi,
    tense: 'future',
    firm: true,
    examples: [{ text: 'The exchange is to resume trading Tuesday.', ref: '1998-11-19', finds: 'Tuesday', value: '1998-11-24' }],
  },
  {
    name: 'past plan',
    // A plan told in the past says neither way: "was scheduled to leave Tuesday but delayed
    // his trip" is behind, "was expected to arrive Friday" (in a Wednesday paper) ahead. The
    // nearest day, as unmarked: a mask.
    // "were to begin Saturday" is such a plan too.
    pattern: /\b(?:was|were|wasn['’]t|weren['’]t)\s+(?:\w+ly\s+|not\s+)?(?:(?:scheduled|slated|set|expected|due|going|planned|poised|likely|about|supposed)\s+(?:to|for)|to(?=\s+(?!have\b)[a-z]+\b))\s+(?:be\s+)?\w+/gi,
    tense: 'none',
    firm: true,
    examples: [
      { text: 'Annan was scheduled to leave Tuesday but delayed his trip.', ref: '1998-11-18', finds: 'Tuesday', value: '1998-11-17' },
      { text: 'Annan was expected to arrive in Baghdad on Friday.', ref: '1998-11-18', finds: 'Friday', value: '1998-11-20' },
      { text: 'Relief flights were to begin Saturday morning, the Red Cross said.', ref: '1998-10-30', finds: 'Saturday morning', value: '1998-10-31TMO' },
    ],
  },
  {
    name: 'scheduled to',
    // A plan set for a day, and a protest or a strike called or announced for one, in the present or the present perfect ("A demonstration has been announced for Tuesday afternoon").
    pattern:
      /\b(?:is|are|am|be|(?<!\bhad\s+)been|being)\s+(?:\w+ly\s+)?(?:scheduled|slated|set|expected|due|going|planned|poised|likely|about|supposed)\s+(?:to|for)\b|(?<!\bhad\s+(?:been\s+)?)\b(?:scheduled|slated|set|planned|due)\s+(?:to|for)\b|\b(?:is|are|(?<!\bhad\s+)been)\s+(?:\w+ly\s+)?(?:announced|called)\s+for\b/gi,
    tense: 'future',
    firm: true,
    examples: [
      { text: 'Umerov is scheduled to meet Witkoff on Thursday.', ref: '2026-02-25', finds: 'Thursday', value: '2026-02-26' },
      { text: 'A demonstration has been announced for Tuesday afternoon.', ref: '2025-06-23', finds: 'Tuesday afternoon', value: '2025-06-24TAF' },
      { text: 'The offer had been scheduled to expire at midnight Friday.', ref: '1998-11-18', finds: 'midnight Friday', value: '1998-11-13T24' },
    ],
  },
  {
    name: 'to take effect',
    // A change coming into force on a day is still to come, though a past verb made it: "signed
    // a deal to take effect on July 9" in March is this July. A plan told in the past ("was due
    // to take effect") is masked above; a past perfect one ("had been due to") stays past.
    // Not firm, as "takes effect" in 'scheduled present': a bare weekday stays the nearest.
    pattern: /(?<!\bhad\s+been\s+\w+\s+)\bto\s+(?:take|come\s+into|enter\s+into|go\s+into)\s+(?:effect|force)\b/gi,
    tense: 'future',
    firm: false,
    examples: [
      { text: 'The two sides signed a deal to take effect on July 9.', ref: '2026-03-14', finds: 'July 9', value: '2026-07-09' },
      { text: 'Parliament passed a law to come into force on January 1.', ref: '2026-03-14', finds: 'January 1', value: '2027-01-01' },
      { text: 'The ban had been due to take effect on March 1.', ref: '2026-03-14', finds: 'March 1', value: '2026-03-01' },
    ],
  },
  {
    name: 'due somewhere',
    // Expected at a place or a court, not yet there: "is due in court on Friday", "are due back
    // Monday". Firm, so that a participle told of the subject before it ("arrested on Sunday")
    // does not send the day into the past.
    pattern: /\b(?:is|are|am|be)\s+(?:\w+ly\s+)?due\s+(?:in|at|back|before|home|on|out|here|there)\b/gi,
    tense: 'future',
    firm: true,
    examples: [
      { text: 'The suspect, arrested on Sunday, is due in court on Friday.', ref: '2026-03-12', finds: 'Friday', value: '2026-03-13' },
      { text: 'The astronauts are due back on Earth on Tuesday.', ref: '2026-03-12', finds: 'Tuesday', value: '2026-03-17' },
    ],
  },
  {
    name: 'intends to',
    // Not under a past perfect: "had no plans to see him" looks back.
    pattern: new RegExp(String.raw`(?<!\bhad\s+(?:no\s+)?)\b(?:plans?|planning|prepares?|preparing|intends?|aims?|hopes?|seeks?|wants?|expects?|expecting|promise|vows?|threatens?|agrees?|decides?)\s+to\s+${VERB_AFTER_TO}`, 'gi'),
    tense: 'future',
    firm: true,
    examples: [
      { text: 'The company plans to close the plant in January.', ref: '1989-11-01', finds: 'January', value: '1990-01' },
      { text: 'He said he had no plans to see Putin, following their call on Thursday.', ref: '2026-03-20', finds: 'Thursday', value: '2026-03-19' },
    ],
  },
  {
    name: 'expects someone to',
    // A wish or a demand on someone else looks ahead as one's own plan does: "analysts expect
    // the Fed to cut rates in December", "investors want the board to sell the unit in May".
    // Present only: "had asked him to leave in June" tells of then.
    pattern: new RegExp(
      String.raw`\b(?:expects?|expecting|wants?|urges?|urging|asks?|asking|calls?\s+on|calling\s+on|invites?|needs?|requires?|forces?|allows?)\s+(?!to\b)(?:[\w'’.-]+\s+){1,4}?to\s+${VERB_AFTER_TO}`,
      'gi',
    ),
    tense: 'future',
    firm: true,
    examples: [
      { text: 'Analysts expect the Fed to cut rates at its December meeting.', ref: '2026-02-25', finds: 'December', value: '2026-12' },
      { text: 'Investors want the company to sell the unit in December.', ref: '2026-02-25', finds: 'December', value: '2026-12' },
    ],
  },
  {
    name: 'agreed to, bailed to appear, signalled',
    // A past verb governing an infinitive, or a past signal of a coming step: what follows is
    // still to come ("agreed to meet on Monday", "the ECB signalled a pause in July"), what
    // comes before dates the agreeing ("the minister on Monday agreed to resign").
    // So is a court date set by bail, remand or an order: "was remanded in custody to appear
    // again on Friday", "bailed on Tuesday to appear before magistrates on Monday"; unless the
    // sentence goes on to tell the hearing held ("…on Monday, where he pleaded not guilty").
    pattern: new RegExp(
      String.raw`\b(?:${PAST_RESOLVES})\s+to\s+${VERB_AFTER_TO}|(?<=\b(?:${PAST_RESOLVES})\s+${WHEN_BETWEEN}\s+)to\s+${VERB_AFTER_TO}|(?<=\b(?:${PAST_RESOLVES})\s+${DAY_BETWEEN}\s+)to\s+${NOUN_DETERMINER_AFTER_TO}|\b(?:signall?ed|flagged|pencill?ed\s+in|hinted\s+at)\b` +
        String.raw`|(?<=\b(?:${alternation(HEARING_SETTERS)})\b[^.;:]{0,40}?)\bto\s+(?:appear|attend\s+court|return\s+to\s+court|surrender|answer\s+bail)\b(?!${HEARING_HELD_LATER})`,
      'gi',
    ),
    tense: 'future',
    firm: true,
    before: 'past',
    examples: [
      { text: 'The two sides agreed to meet on Monday.', ref: '2026-02-25', finds: 'Monday', value: '2026-03-02' },
      { text: 'The minister on Monday agreed to resign.', ref: '2026-02-25', finds: 'Monday', value: '2026-02-23' },
      // A day between the verb and its infinitive dates the agreeing; what follows the infinitive is still to come.
      { text: 'Ecuador and Peru agreed on Tuesday to resume their border talks in May.', ref: '2026-04-08', finds: 'May', value: '2026-05' },
      { text: 'Ecuador and Peru agreed on Tuesday to resume their border talks in May.', ref: '2026-04-08', finds: 'Tuesday', value: '2026-04-07' },
      // …and so does a happening named by a noun after such a day ("agreed on Monday to a prisoner exchange on Friday").
      { text: 'The militias agreed on Monday to a prisoner exchange on Friday.', ref: '2025-06-18', finds: 'Friday', value: '2025-06-20' },
      { text: 'The militias agreed on Monday to a prisoner exchange on Friday.', ref: '2025-06-18', finds: 'Monday', value: '2025-06-16' },
      { text: 'The two clans pledged last week to a truce in August.', ref: '2025-06-18', finds: 'August', value: '2025-08' },
      // With no day between, an adverb or an object before "to" leaves a day after the noun the agreeing's.
      { text: 'The hill clans agreed again to a truce on Monday.', ref: '2059-01-22', finds: 'Monday', value: '2059-01-20' },
      { text: 'The two councils agreed quickly to a grazing pact on Monday.', ref: '2059-01-22', finds: 'Monday', value: '2059-01-20' },
      { text: 'The elders pledged support to a new council on Friday.', ref: '2059-01-22', finds: 'Friday', value: '2059-01-17' },
      { text: 'The board decided last week to close the plant in January.', ref: '2026-04-08', finds: 'January', value: '2027-01' },
      { text: 'The bank cut rates last week and signalled a pause in July.', ref: '2025-06-11', finds: 'July', value: '2025-07' },
      { text: 'The bank in March signalled a cut.', ref: '2025-06-11', finds: 'March', value: '2025-03' },
      { text: 'He was remanded in custody to appear again on Friday.', ref: '2026-03-04', finds: 'Friday', value: '2026-03-06' },
      { text: 'She was bailed on Tuesday to appear before magistrates on Monday.', ref: '2026-03-04', finds: 'Monday', value: '2026-03-09' },
      { text: 'She was bailed on Tuesday to appear before magistrates on Monday.', ref: '2026-03-04', finds: 'Tuesday', value: '2026-03-03' },
      { text: 'The two men were ordered to attend court on Monday.', ref: '2026-03-11', finds: 'Monday', value: '2026-03-16' },
      { text: 'He surrendered to police on Monday.', ref: '2026-03-11', finds: 'Monday', value: '2026-03-09' },
      // The hearing told held after it is past: a court report filed after the day.
      { text: 'Lund was bailed to appear before magistrates on Monday, where he pleaded not guilty.', ref: '2058-03-13', finds: 'Monday', value: '2058-03-11' },
      { text: 'Lund, who had been remanded in custody to appear on Monday, pleaded guilty when he appeared.', ref: '2058-03-13', finds: 'Monday', value: '2058-03-11' },
      { text: 'The haulier had been ordered to attend court on Tuesday but failed to turn up.', ref: '2041-09-26', finds: 'Tuesday', value: '2041-09-24' },
      { text: 'Both women were summonsed to appear on Friday and were fined £300 each.', ref: '2041-09-26', finds: 'Friday', value: '2041-09-20' },
      // What came before the bail is no hearing held after it.
      { text: 'Ferris was bailed to appear at the crown court on Friday after he pleaded not guilty.', ref: '2041-09-24', finds: 'Friday', value: '2041-09-27' },
      { text: 'He was remanded in custody to appear on Friday and his passport was seized.', ref: '2041-09-24', finds: 'Friday', value: '2041-09-27' },
    ],
  },
  {
    name: 'only to, of a past turn',
    // ", only to revive it in March 2019": the turn a told story took, as past as the clause it
    // follows, not an infinitive's time to come.
    pattern: PAST_TURN,
    tense: 'past',
    firm: true,
    act: true,
    examples: [{ text: 'The company shelved the scheme, only to revive it in March 2019. On March 18 the minister called it in.', ref: '2025-07-15', finds: 'March 18', value: '2019-03-18' }],
  },
  {
    name: 'past progressive',
    // What was going on that day, as a simple past is: "were holding talks on March 3 when".
    pattern: /\b(?:was|were|wasn['’]t|weren['’]t)\s+(?:(?:\w+ly|not|still|also|already)\s+)*\w+ing\b/gi,
    tense: 'past',
    firm: true,
    act: true,
    examples: [
      { text: 'The two sides were holding talks on March 3 when the shelling began.', ref: '2026-02-10', finds: 'March 3', value: '2025-03-03' },
      { text: 'The ministers were meeting in Brussels on Friday when the news broke.', ref: '1998-11-18', finds: 'Friday', value: '1998-11-13' },
    ],
  },
  {
    name: 'present progressive',
    // An arrangement ("are meeting again in March") or what goes on now; not firm: "police are
    // investigating a shooting Sunday" is no Sunday to come.
    pattern: /\b(?:is|are|am)\s+(?:(?:\w+ly|not|still|also|now)\s+)*\w+ing\b/gi,
    tense: 'future',
    firm: false,
    examples: [
      { text: 'The two leaders are meeting again in March.', ref: '2026-02-10', finds: 'March', value: '2026-03' },
      { text: 'The company is closing the plant in December.', ref: '1998-11-18', finds: 'December', value: '1998-12' },
    ],
  },
  {
    name: 'ahead words',
    // Not the preposition "ahead of": what comes before a day says nothing of the clause's time (signal 'ahead of').
    // Nor "next" of a possessive time, which dates the object, not the clause: "passed next year's
    // budget on Tuesday", "approved next month's schedule on Wednesday" are acts of the past days.
    pattern: /(?<!\bhad\s+(?:been\s+)?)\b(?:upcoming|forthcoming|next(?!\s+to\b)(?!\s+\w+['’]s\b)|ahead(?!\s+of\b)|tomorrow)\b/gi,
    tense: 'future',
    firm: true,
    examples: [
      { text: 'The upcoming talks on Friday matter.', ref: '1998-11-18', finds: 'Friday', value: '1998-11-20' },
      { text: "Hungary's parliament passed next year's budget on Tuesday.", ref: '2026-11-20', finds: 'Tuesday', value: '2026-11-17' },
      { text: "The cabinet approved next month's spending plan on Monday, officials said.", ref: '1999-03-12', finds: 'Monday', value: '1999-03-08' },
    ],
  },
  {
    name: 'could not, after a past act',
    // Ahead of 'modal may', which would read it as a prospect: see PAST_ACT_THEN.
    pattern: new RegExp(String.raw`(?<=${PAST_ACT_THEN})could(?:\s+not|n['’]t)\s+(?:be\s+)?\w+`, 'gi'),
    tense: 'past',
    firm: true,
    examples: [
      { text: 'The Vanta museum was flooded in January and could not reopen until the spring.', ref: '2025-06-03', finds: 'the spring', value: '2025-SP' },
      { text: 'The Vanta museum was flooded in January and couldn’t reopen until the spring.', ref: '2025-06-03', finds: 'the spring', value: '2025-SP' },
      { text: 'The Vanta museum was flooded in January and did not reopen until the spring.', ref: '2025-06-03', finds: 'the spring', value: '2025-SP' },
      { text: 'Storms closed the Esk line in the winter, and it could not reopen until April.', ref: '2025-06-03', finds: 'April', value: '2025-04' },
      { text: 'Officials said the Esk line was shut and could not reopen until the autumn.', ref: '2025-06-03', finds: 'the autumn', value: '2025-FA' },
      { text: 'The Vanta museum could not reopen until the spring, its director said.', ref: '2025-06-03', finds: 'the spring', value: '2026-SP' },
    ],
  },
  {
    name: 'modal may',
    // Looks forward unless it governs a perfect ("could have met"); "have to" is no perfect but a need still
    // to be met ("may have to wait until Monday"). Not firm: "could not be located Wednesday".
    // Not the month: "arrived on May 30", "the May elections", "in late May" (the cues are read
    // case-blind, so "May" is told by what stands beside it).
    // Nor the end of a month range: "in the January-May period", "March to May".
    // A present modal's negation in one word looks ahead as "can not" does ("cannot be held before the autumn", "can't reopen
    // before March"), not the past participle after it; "couldn't" is left out, a past as often as not (and after a past act, the marker above).
    pattern: new RegExp(
      String.raw`\b(?:(?:could|might|(?<!\b(?:the|in|on|of|by|since|until|till|from|to|through|early|mid|late|last|next|this|and|${MONTH_PATTERN})[\s-]+)may(?!\s+\d)|should|must|can)\s+(?:not\s+)?|(?:cannot|(?:ca|must|should)(?:n['’]t|\s+n't))\s+)(?!have\b(?!\s+to\b))(?:be\s+)?\w+`,
      'gi',
    ),
    tense: 'future',
    firm: false,
    examples: [
      { text: 'A roadmap that could lead to the next round in early March.', ref: '2026-02-25', finds: 'early March', value: '2026-03' },
      { text: 'The envoys met on May 30 in Geneva.', ref: '2025-05-20', finds: 'May 30', value: '2024-05-30' },
      { text: 'Imports during the January-May period fell 4 percent.', ref: '1999-06-05', finds: 'January', value: '1999-01' },
      { text: 'Exports in February-May rose 9 percent.', ref: '1999-06-05', finds: 'February', value: '1999-02' },
      // What cannot happen before a season or a month is still to come: the coming one, not the one gone by.
      { text: 'A new vote in Velmora cannot be held before the autumn, officials said.', ref: '2025-06-03', finds: 'the autumn', value: '2025-FA' },
      { text: "The Oskar bridge can't reopen before the autumn, engineers said.", ref: '2025-06-03', finds: 'the autumn', value: '2025-FA' },
      { text: 'The merger cannot be completed before March.', ref: '2025-06-03', finds: 'March', value: '2026-03' },
      { text: 'The new ferry cannot be launched before spring, the yard said.', ref: '2025-09-10', finds: 'spring', value: '2026-SP' },
      // A need still to be met looks ahead as the modal does; a perfect after it is the past.
      { text: 'Some villages may have to wait until Sunday for their water.', ref: '2031-04-09', finds: 'Sunday', value: '2031-04-13' },
      { text: 'Tenants could have to leave by Monday, the landlord warned.', ref: '2031-04-10', finds: 'Monday', value: '2031-04-14' },
      { text: 'The dealers might have to pay the fine in June.', ref: '2031-09-10', finds: 'June', value: '2032-06' },
      { text: 'The courier may have left the parcel on Monday.', ref: '2031-04-10', finds: 'Monday', value: '2031-04-07' },
    ],
  },
  {
    name: 'passive infinitive',
    // Still to happen: "guidelines to be published in early November", "is expected to be told
    // of its decision in January" (an irregular participle is no past tense here).
    pattern: new RegExp(
      String.raw`\bto\s+be\s+${PARTICIPLE}`,
      'gi',
    ),
    tense: 'future',
    firm: false,
    examples: [
      { text: 'Guidelines to be published in early November.', ref: '1998-12-01', finds: 'early November', value: '1999-11' },
      { text: 'The parole board is to be told of the ruling in January.', ref: '2024-11-20', finds: 'January', value: '2025-01' },
      { text: 'The contracts are due to be sent out in February.', ref: '2024-11-20', finds: 'February', value: '2025-02' },
      { text: 'Talks are to be held in March, officials said.', ref: '2024-11-20', finds: 'March', value: '2025-03' },
      { text: 'The firm is expected to be told of its decision in January.', ref: '2024-11-20', finds: 'January', value: '2025-01' },
      { text: 'The new wing is expected to be opened in March.', ref: '2024-11-20', finds: 'March', value: '2025-03' },
      { text: 'The board was told in January of the plan.', ref: '2024-11-20', finds: 'January', value: '2024-01' },
      { text: 'Prices turned out to be even higher in March.', ref: '2024-11-20', finds: 'March', value: '2024-03' },
    ],
  },
  {
    name: 'planned',
    // "forecast for": the weather's plan ("more rain is forecast for Tuesday").
    pattern: /(?<!\bhad\s+(?:been\s+)?)\b(?:planned|scheduled|expected|forecast(?=\s+for\b))\b/gi,
    tense: 'future',
    firm: false,
    examples: [
      { text: 'Talks are planned for early March.', ref: '2026-02-25', finds: 'early March', value: '2026-03' },
      { text: 'Searchers combed the river, and more rain is forecast for Tuesday.', ref: '2025-07-07', finds: 'Tuesday', value: '2025-07-08' },
    ],
  },
  {
    name: 'scheduled present',
    // The present of a timetable looks ahead: "flights start on August 6", "the offer expires
    // in June", "the third departing each Thursday from August 6". Not firm: a bare weekday
    // stays the nearest ("the market opens Monday"). Reported, it keeps a past verb of saying
    // from governing the day: "officials said the two sides meet on March 3".
    // Not a noun or an infinitive: "the start of the war", "to begin talks", "on hold", "took hold", "got hold of"
    // (the noun after a verb of taking: "the truce took hold on Sunday" is past; "takes hold on Sunday" is the present of "takes effect"); "meeting"
    // is mostly a noun ("after a closed-door meeting on Monday"): "are meeting" is a progressive.
    // Nor a participle that bounds a period ("Sales fell in the fiscal year ending in June", "the
    // period starting in May"): the period's verb dates it, as "the year ended June 30" does.
    // Nor the object of a past right before it: "counted returns across the holidays", "cancelled visits" (a lower-case past: "Ahmed leaves" keeps its present).
    pattern: new RegExp(
      String.raw`(?<!(?:\b(?:the|a|an|its|their|his|her|our|this|that|to|did|not|on)|n['’]t)\s+)(?<!\b(?-i:[a-z])[a-z]*ed\s+)(?!(?<=\b(?:${BOUNDED_PERIODS.join('|')})\s+)\w+ing\b)` +
        String.raw`\b(?:(?:start|begin|resume|expire|convene|depart|arrive)(?:s|ing)?|meets?|visits|travels|tours|leaves|returns|flies|heads|runs|lasts|falls(?=\s+on\b)|(?:(?:re)?open|close|end)(?:s|ing)|(?<!\b(?:tak(?:e|es|en|ing)|took|g[eo]t(?:s|ten|ting)?|caught|catch(?:es|ing)?)\s+)holds?|tak(?:es?|ing)\s+(?:effect|hold)|takes?\s+place|kick(?:s|ing)?\s+off)\b`,
      'gi',
    ),
    tense: 'future',
    firm: false,
    examples: [
      { text: 'Qantas flights to Bombay start on August 6.', ref: '1998-02-13', finds: 'August 6', value: '1998-08-06' },
      { text: 'Officials said the two sides meet on March 3 in Geneva.', ref: '2026-02-10', finds: 'March 3', value: '2026-03-03' },
      { text: 'The ministry said the next vote takes place on March 20.', ref: '2026-02-10', finds: 'March 20', value: '2026-03-20' },
      { text: 'Clinton visits China in June.', ref: '1998-02-13', finds: 'June', value: '1998-06' },
      // A name ending in "-ed" is no past before the present ("the object of a past right before it" is lower-case).
      { text: 'Officials said Ahmed leaves for Cairo on Friday.', ref: '2026-02-10', finds: 'Friday', value: '2026-02-13' },
      { text: 'The campaign runs to the end of June.', ref: '2026-02-25', finds: 'the end of June', value: '2026-06' },
      { text: 'The anniversary falls on 20 November.', ref: '2026-02-25', finds: '20 November', value: '2026-11-20' },
      // Infirm, it still keeps an earlier past from governing: "arrived Monday and leaves Friday".
      { text: 'Annan arrived Monday and leaves Friday.', ref: '1998-11-18', finds: 'Friday', value: '1998-11-20' },
      // A contracted negation is no present either: "didn't resume" is the past "did not resume".
      { text: "The talks didn't resume Thursday.", ref: '2026-03-11', finds: 'Thursday', value: '2026-03-05' },
      // "hold" after a verb of taking is a noun, and the taking's past governs the day; its present still looks ahead.
      { text: 'The ceasefire between the two armies took hold on Sunday.', ref: '2026-03-12', finds: 'Sunday', value: '2026-03-08' },
      { text: 'A shaky truce had finally taken hold by Monday, residents said.', ref: '2026-03-12', finds: 'Monday', value: '2026-03-09' },
      { text: 'The new tariff regime takes hold on January 6.', ref: '2026-03-12', finds: 'January 6', value: '2027-01-06' },
      // A participle bounding a period is no timetable: the clause's own verb dates the month.
      { text: 'Copper exports fell 4 percent in the fiscal year ending in June, the ministry said.', ref: '1998-08-07', finds: 'June', value: '1998-06' },
      { text: 'Bookings at Halvorsen Lines rose in the 12 months starting in May.', ref: '2000-03-20', finds: 'May', value: '1999-05' },
      { text: 'Growers expect prices to firm in the season beginning in October.', ref: '2000-03-20', finds: 'October', value: '2000-10' },
      { text: 'The firm counted returns across the Christmas and New Year holidays.', ref: '2026-01-05', finds: 'the Christmas and New Year holidays', value: '2025' },
    ],
  },
  {
    name: 'present passive',
    // No past: "when the case is heard in May", "the vote is held Tuesday".
    pattern: /\b(?:is|are|am)\s+(?:\w+ly\s+|not\s+)?\w+/gi,
    tense: 'none',
    firm: true,
    examples: [{ text: 'The vote is held Tuesday.', ref: '1998-11-18', finds: 'Tuesday', value: '1998-11-17' }],
  },
  {
    name: 'time held ahead',
    // "has until the spring" is time someone has left, no perfect: ahead, as the limit held
    // reads a day (SIGNALS 'limit held'), whatever reading a season or a month takes from a tense.
    pattern: /\b(?:has|have|having)\s+(?:(?:only|just|now|still)\s+)?(?:until|till)\b/gi,
    tense: 'future',
    firm: true,
    examples: [
      { text: 'The island has until the spring to respond.', ref: '2026-03-02', finds: 'the spring', value: '2026-SP' },
      { text: '"We have only until the summer," the minister said.', ref: '2025-10-14', finds: 'the summer', value: '2026-SU' },
      { text: 'Farmers have until the autumn to sell their quotas.', ref: '2025-09-03', finds: 'the autumn', value: '2025-FA' },
    ],
  },
  {
    name: 'present perfect warning',
    // What has been warned of, threatened or called is still to come: "officials have warned of
    // more protests on Friday", "unions have called a strike from Monday". A present perfect
    // takes no day of its own ("has warned on Monday" is not English), so the day is the event's.
    pattern: new RegExp(String.raw`\b(?:has|have)\s+(?:\w+ly\s+|now\s+|also\s+)?(?:${alternation(WARNING_VERBS)})\b`, 'gi'),
    tense: 'future',
    firm: true,
    examples: [
      { text: 'Kenyan officials have warned of more protests on Friday.', ref: '1999-03-15', finds: 'Friday', value: '1999-03-19' },
      { text: 'Rail unions have called a 48-hour strike from Monday.', ref: '2000-01-12', finds: 'Monday', value: '2000-01-17' },
      { text: 'Forecasters have warned of heavy snow on Friday night.', ref: '2026-03-12', finds: 'Friday night', value: '2026-03-13TNI' },
      { text: 'The union has threatened a walkout in March.', ref: '2026-02-10', finds: 'March', value: '2026-03' },
    ],
  },
  {
    name: 'present perfect',
    // Past, but no act on a day of its own ("has met on March 3" is not English): a day it
    // governs may be a deadline ahead ("has set March 20 as the deadline").
    pattern: /\b(?:has|have)\s+(?:\w+ly\s+|not\s+)?(?:been\s+)?\w+/gi,
    tense: 'past',
    firm: true,
    examples: [{ text: 'The board has set March 20 as the deadline for bids.', ref: '2026-02-10', finds: 'March 20', value: '2026-03-20' }],
  },
  {
    name: 'past adverbs',
    pattern: /\b(?:yesterday|ago|earlier)\b/gi,
    tense: 'past',
    firm: true,
    examples: [{ text: 'The results of the vote, two days ago on Friday.', ref: '1998-11-18', finds: 'Friday', value: '1998-11-13' }],
  },
  {
    name: 'past perfect and irregular past',
    pattern: new RegExp(
      // Not a participle after "to be" ("is to be held", "is expected to be told"): a cue that
      // ends at or before "to be" ("is to", "expected to") leaves it unmasked. Checked after the word.
      // Nor one after a hyphen, an adjective as in the regular past ("the rebel-held city", "a state-run plant").
      // Nor a base form after "to", a modal or "be", where "hit", "put", "beat" are no past: "is
      // expected to hit the coast Sunday", "will put the plan to a vote on Friday".
      // Nor a participle after a present "stay", "remain", "keep", a state still to last, as in the
      // regular past: "roads would stay shut until Tuesday" ("kept shut" is past by its own verb).
      String.raw`\bhad\s+(?:\w+ly\s+|not\s+)?(?:been\s+)?\w+|\b(?<![-\u2010\u2011])(?<!\b(?:to|will|would|shall|can|could|might|must|should|be|being)\s+(?:not\s+)?(?:\w+ly\s+)?)(?:${IRREGULAR_PAST})${WORD_END}(?!['’]s\b)(?<!\bto\s+be\s+\w+|\b(?:stays?|remains?|keeps?)\s+(?:\w+ly\s+)?\w+)`,
      'gi',
    ),
    tense: 'past',
    firm: true,
    act: true,
    examples: [
      { text: 'The bullet tore through his kitchen window Friday night.', ref: '1998-11-18', finds: 'Friday night', value: '1998-11-13TNI' },
      // Regular, but too short for the pattern below, which would also take "red" and "bed".
      { text: 'He died Sunday.', ref: '1998-02-12', finds: 'Sunday', value: '1998-02-08' },
      // An amount, a quoted name or an accented one in the object keeps the act's day behind, however close.
      { text: 'Ecuador sent 1,200 troops to the border on 2 April.', ref: '2058-03-13', finds: '2 April', value: '2057-04-02' },
      { text: 'Acme paid $2.5 billion for the mine on April 2.', ref: '2058-03-13', finds: 'April 2', value: '2057-04-02' },
      { text: 'The envoy met “Operation Condor” survivors on 2 April.', ref: '2058-03-13', finds: '2 April', value: '2057-04-02' },
      { text: 'The fisheries ministers met in Córdoba on 2 April.', ref: '2058-03-13', finds: '2 April', value: '2057-04-02' },
      { text: 'The storm hit Sunday.', ref: '1998-02-12', finds: 'Sunday', value: '1998-02-08' },
      { text: 'The storm is expected to hit the coast Sunday.', ref: '1998-10-07', finds: 'Sunday', value: '1998-10-11' },
      { text: 'The typhoon is due to hit Okinawa on Sunday, forecasters said.', ref: '1998-10-07', finds: 'Sunday', value: '1998-10-11' },
      // A past that is spelled as its present: "put", "beat", "shed", "split", told with a day gone by.
      { text: 'On Monday in Trencin, Hlinkova and Vacek put their signatures to a cooperation memorandum after an hour of talks.', ref: '2026-11-20', finds: 'Monday', value: '2026-11-16' },
      { text: 'Rovers beat Dunmore 3-1 on Sunday to go top.', ref: '1998-10-07', finds: 'Sunday', value: '1998-10-04' },
      // A past with a prefix is as past as its stem ("rebuilt", "overran", "overrode"); "resent" and "output" are no pasts.
      { text: 'Engineers rebuilt the footbridge over the canal on Friday.', ref: '2026-03-10', finds: 'Friday', value: '2026-03-06' },
      { text: 'Militia fighters overran an army outpost in the hills on Friday.', ref: '2026-03-10', finds: 'Friday', value: '2026-03-06' },
      { text: 'The council overrode the mayor in April.', ref: '2026-03-10', finds: 'April', value: '2025-04' },
      { text: 'The regulator withdrew the licence on Thursday.', ref: '2026-03-10', finds: 'Thursday', value: '2026-03-05' },
      { text: 'Farmers resent the levy, which starts on Friday.', ref: '2026-03-10', finds: 'Friday', value: '2026-03-13' },
      { text: 'Factory output on Friday will be watched closely.', ref: '2026-03-10', finds: 'Friday', value: '2026-03-13' },
      // "let": a month just gone that let something happen ("A dry September let farmers start"), not next year's.
      { text: 'A dry September let farmers start the harvest two weeks early.', ref: '2000-10-04', finds: 'September', value: '2000-09' },
      { text: 'The court ruling in August let the mill reopen, the union said.', ref: '1999-11-10', finds: 'August', value: '1999-08' },
      // An act's day is behind the reference however close: last March, not next month.
      { text: 'They met on March 3 in Geneva.', ref: '2026-02-10', finds: 'March 3', value: '2025-03-03' },
      { text: 'Talks took place on March 20.', ref: '2026-02-10', finds: 'March 20', value: '2025-03-20' },
      // One day ahead is the publication's time zone, not last year: a wire filed further east.
      { text: 'The envoys met in Tokyo on March 3.', ref: '2026-03-02', finds: 'March 3', value: '2026-03-03' },
      { text: 'The envoys met in Tokyo on March 4.', ref: '2026-03-02', finds: 'March 4', value: '2025-03-04' },
      { text: 'The summit was held on March 20 in Geneva.', ref: '2026-02-10', finds: 'March 20', value: '2025-03-20' },
      // A phrasal verb or a "to" of place keeps the act's day: "sworn in on", "laid to rest on".
      { text: 'He was sworn in on March 14.', ref: '2026-03-10', finds: 'March 14', value: '2025-03-14' },
      { text: 'She was laid to rest on March 14.', ref: '2026-03-10', finds: 'March 14', value: '2025-03-14' },
      { text: 'He will be sworn in on March 14.', ref: '2026-03-10', finds: 'March 14', value: '2026-03-14' },
      { text: 'Officials said the two men had met on March 3.', ref: '2026-02-10', finds: 'March 3', value: '2025-03-03' },
      { text: 'The envoys did not meet on March 3, the ministry said.', ref: '2026-02-10', finds: 'March 3', value: '2025-03-03' },
      { text: 'On March 20, the two leaders spoke by phone.', ref: '2026-02-10', finds: 'March 20', value: '2025-03-20' },
      // A deadline a past clause sets may lie ahead.
      { text: 'The company extended the offer to March 20.', ref: '2026-02-10', finds: 'March 20', value: '2026-03-20' },
      { text: 'It declared a dividend, payable March 20 to holders of record.', ref: '2026-02-10', finds: 'March 20', value: '2026-03-20' },
      { text: 'The first payment was due on March 20.', ref: '2026-02-10', finds: 'March 20', value: '2026-03-20' },
      // A past participle after a hyphen is an adjective, as in the regular past: the plan keeps its day ahead.
      { text: 'She is due to travel on to the rebel-held city of Sefid on Wednesday.', ref: '2058-05-13', finds: 'Wednesday', value: '2058-05-15' },
      { text: 'The convoy will reach the government-held port on Friday.', ref: '2058-05-13', finds: 'Friday', value: '2058-05-17' },
      { text: 'Talks in the Russian-held town of Kherson are expected on Thursday.', ref: '2058-05-13', finds: 'Thursday', value: '2058-05-16' },
      { text: 'The U.S.-led mission will arrive in Sefid on Thursday.', ref: '2058-05-13', finds: 'Thursday', value: '2058-05-16' },
      { text: 'The rebels held the city on Wednesday.', ref: '2058-05-13', finds: 'Wednesday', value: '2058-05-08' },
      { text: 'Engineers said the coast road would stay shut until Tuesday.', ref: '2025-01-25', finds: 'Tuesday', value: '2025-01-28' },
      { text: 'Police said the crossing would remain shut until Monday evening.', ref: '2026-03-12', finds: 'Monday evening', value: '2026-03-16TEV' },
      { text: 'The coast road was shut on Tuesday.', ref: '2025-01-25', finds: 'Tuesday', value: '2025-01-21' },
      { text: 'The coast road stayed shut until Tuesday.', ref: '2025-01-25', finds: 'Tuesday', value: '2025-01-21' },
    ],
  },
  {
    name: 'past spelled as present, with its object',
    // "cut", "cast", "upset" are also nouns and presents: past only with an object after them
    // ("Heavy rain in March cut the harvest") or a "back" after it ("A wet spring set planting
    // back"), not after a determiner or a noun they qualify ("a cut in rates", "the rate cut
    // the bank made"), nor after "to", a modal or "be" ("is expected to cut output in March").
    pattern: new RegExp(
      String.raw`(?<![-\u2010\u2011])(?<!\b(?:to|will|would|shall|can|could|might|must|should|be|being|does|do)\s+(?:not\s+)?(?:\w+ly\s+)?)(?<!\b(?:${alternation(BEFORE_THE_NOUN)})\s+)` +
        String.raw`\b(?:(?:${alternation(PRESENT_SPELLED_TRANSITIVE_PASTS)})(?=\s+(?:${alternation(OBJECT_OPENERS)}|\d|\$)\b)|(?:${alternation(PHRASAL_BACK_PASTS)})(?=(?:\s+[\w'’-]+){1,3}\s+back\b))`,
      'gi',
    ),
    tense: 'past',
    firm: true,
    act: true,
    examples: [
      { text: 'Heavy rain in March cut the harvest by a third.', ref: '2025-01-20', finds: 'March', value: '2024-03' },
      { text: 'A strike at the smelter in April cut output to a ten-year low, the company said.', ref: '1999-02-10', finds: 'April', value: '1998-04' },
      { text: 'Frost in May set the grape harvest back by weeks.', ref: '2025-02-03', finds: 'May', value: '2024-05' },
      // The noun, or the base form after a modal, tells nothing of the past.
      { text: 'Analysts expect a rate cut in March.', ref: '2025-01-20', finds: 'March', value: '2025-03' },
      { text: 'The cartel is expected to cut output in April.', ref: '1999-02-10', finds: 'April', value: '1999-04' },
    ],
  },
  {
    name: 'regular past',
    // Lower case only ("United" is not a verb). Not an adjective ("U.S.-brokered", "the proposed
    // round", "a still unspecified date") nor a passive participle ("talks mediated by the
    // United States"): none of them says when.
    // Nor a participle after "be" or a present "being": "the treaty is expected to be signed in
    // May", "the treaty is being signed in May" are ahead ("was being" is a past progressive).
    // Nor one after a present "stay", "remain", "keep": "schools will stay closed through Monday"
    // ("remained closed" is past by its own verb).
    // Nor the adjective before the object of a verb still to come: "will publish detailed figures
    // in January", "to release revised data on Monday" (the modal or "to" has the tense).
    // The lookahead first: the lookbehinds run at candidate words only, not at every position.
    pattern: /\b(?=[a-z]\w{2,}ed\b)(?<![-\u2010\u2011])(?<!\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+(?:(?:\w+ly|still|yet|as|not)\s+)?)(?<!\b(?:will|would|shall|to)\s+(?:not\s+)?[a-z]+\s+)(?<!\b(?:(?:is|are|am)\s+)?be(?:ing)?\s+(?:\w+ly\s+)?)(?<!\b(?:stay|stays|remain|remains|keep|keeps)\s+(?:\w+ly\s+)?)[a-z]\w{2,}ed\b(?!\s+by\b)/g,
    tense: 'past',
    firm: true,
    act: true,
    examples: [
      { text: 'Trump called reporters on October 6.', ref: '2026-02-25', finds: 'October 6', value: '2025-10-06' },
      { text: 'The treaty is expected to be signed in May.', ref: '2026-02-25', finds: 'May', value: '2026-05' },
      { text: 'The two sides signed the deal on March 20.', ref: '2026-02-10', finds: 'March 20', value: '2025-03-20' },
      { text: 'Three soldiers were killed on March 3 near the border.', ref: '2026-02-10', finds: 'March 3', value: '2025-03-03' },
      // An amount or a number in the object ("15%", "24/7") keeps the act's day behind, however close.
      { text: 'Chile imposed a 15% levy on Peruvian copper on 2 April.', ref: '2058-03-13', finds: '2 April', value: '2057-04-02' },
      { text: 'The ministry opened a 24/7 hotline for exporters on April 2.', ref: '2058-03-13', finds: 'April 2', value: '2057-04-02' },
      { text: 'Chile imposed a 15% levy on Peruvian copper on Sunday.', ref: '2058-03-13', finds: 'Sunday', value: '2058-03-10' },
      { text: 'Chile imposed a 15% levy on Peruvian copper in April.', ref: '2058-03-13', finds: 'April', value: '2057-04' },
      // What is still to come keeps its day ahead: a modal's, an infinitive's, a deadline's.
      { text: 'The minister said Chile would impose a 15% levy on 2 April.', ref: '2058-03-13', finds: '2 April', value: '2058-04-02' },
      { text: 'The firm signed a deal to buy 15% of Acme on 2 April.', ref: '2058-03-13', finds: '2 April', value: '2058-04-02' },
      { text: 'The board declared a 5% dividend payable on 2 April.', ref: '2058-03-13', finds: '2 April', value: '2058-04-02' },
      { text: 'The treaty is expected to be signed on March 20.', ref: '2026-02-10', finds: 'March 20', value: '2026-03-20' },
      { text: 'The treaty is being signed in May.', ref: '2026-02-10', finds: 'May', value: '2026-05' },
      { text: 'The treaty was being signed on March 3 when the shelling began.', ref: '2026-02-10', finds: 'March 3', value: '2025-03-03' },
      { text: 'Schools will stay closed through Monday.', ref: '1999-03-18', finds: 'Monday', value: '1999-03-22' },
      { text: 'The ministry will publish detailed figures in mid-January.', ref: '1998-12-30', finds: 'mid-January', value: '1999-01' },
      { text: 'The bureau plans to release revised data in February.', ref: '1998-12-30', finds: 'February', value: '1999-02' },
      // A fronted day with its part of the day before it is still the day of the act after it.
      { text: 'On the morning of March 3, troops entered the city.', ref: '1998-12-30', finds: 'the morning of March 3', value: '1998-03-03TMO' },
    ],
  },
];
