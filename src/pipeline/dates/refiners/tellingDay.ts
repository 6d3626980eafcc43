/**
 * Days of telling: "witnesses said Thursday", "told reporters Monday evening".
 */
import type { ParsingResult } from 'chrono-node';
import { TELLING_VERBS, alternation } from '../lexicon/verbs.ts';

/**
 * The day a telling is dated by, right after its verb and the told ("witnesses said Thursday",
 * "told reporters Monday evening", "said on Friday"): the day of the saying, not of the story
 * told. It lends no day to the story's clock times ("fought Wednesday night, witnesses said
 * Thursday. The shooting started at about 9 p.m." is Wednesday's 21:00; clockDay.ts), nor
 * takes the place of the story's date its sentence named ("Exports fell in January, the
 * ministry said on Tuesday. Imports also fell that month." is January; anaphora.ts).
 */
const TELLING = String.raw`\b(?:(?:${alternation(TELLING_VERBS)})|told(?:\s+(?!(?:on|to|that|would|will|he|she|it|they|we)\b)[\w.'’-]+){1,3})`;
const TELLING_BEFORE = new RegExp(String.raw`${TELLING}\s+(?:on\s+)?(?:(?:late|early)\s+)?$`, 'i');

export function isTellingDay(text: string, result: ParsingResult): boolean {
  return TELLING_BEFORE.test(text.slice(Math.max(0, result.index - 60), result.index));
}

/**
 * A clock that times a telling, right after its verb and the told: "the premier told reporters
 * at midday", "a spokesman said at about 10:30 a.m.". With no day written it is the telling's
 * clock, not the story's (clockDay.ts).
 */
const TELLING_CLOCK_BEFORE = new RegExp(String.raw`${TELLING}\s+(?:at|around|shortly\s+(?:before|after)|just\s+(?:before|after))\s+(?:about\s+|around\s+)?$`, 'i');

/** How far before a clock its telling is read: "told" with up to three words of the told and "shortly after about " fit, the clause's earlier words do not. */
const TELLING_CLOCK_REACH = 60;

export function isTellingClock(text: string, result: ParsingResult): boolean {
  return TELLING_CLOCK_BEFORE.test(text.slice(Math.max(0, result.index - TELLING_CLOCK_REACH), result.index));
}

/** The day a telling was made public: "recorded on Wednesday and broadcast on Sunday", "in an interview that aired on Sunday", "published by the agency on Friday". */
const MADE_PUBLIC_BEFORE = /\b(?:broadcast|aired|published|released|posted|printed|screened)\b[^,.;]{0,40}?\s(?:on\s+)?$/i;

/** Whether a day is the day a telling was made public, which, like the day of a saying, is not the story's. */
/** How far before a day its making public is read: the verb and the 40 characters MADE_PUBLIC_BEFORE lets follow it. */
const MADE_PUBLIC_REACH = 50;

export function isMadePublicDay(text: string, result: ParsingResult): boolean {
  return MADE_PUBLIC_BEFORE.test(text.slice(Math.max(0, result.index - MADE_PUBLIC_REACH), result.index));
}
