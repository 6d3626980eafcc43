/**
 * Words that tell an event's fate in the sentence reporting it. Read beside the rules of
 * lifecycle.ts; the tense of the report (planned or occurred) comes from extraction.
 */
import { WEEKDAY_NAME } from '../dates/lexicon/calendar.ts';

/** "called off", "shelved", "scrapped": the plan will not happen. */
export const CANCELLED = /\b(?:cancel(?:l?ed|s)?|call(?:ed|s)?\s+off|shelved|scrapped|scrap|abandoned|off\s+the\s+table|will\s+not\s+(?:take\s+place|go\s+ahead)|won['’]t\s+(?:take\s+place|go\s+ahead))\b/i;

/**
 * A visit told as ended by its visitor's departure ("the state visit ended on Thursday afternoon, when Air Force One left Stansted",
 * "his tour came to an end as he flew home on Sunday"): the departure that closes it, a journey of its day, no gathering held on it.
 */
export const ENDED_BY_DEPARTURE = /\b(?:visit|trip|tour|stay)\b[^.;]{0,60}?\b(?:ended|ends|came\s+to\s+an\s+end|comes\s+to\s+an\s+end|closed)\b[^.;]{0,50}?\b(?:when|as)\b[^.;]{0,60}?\b(?:left|leaves|departed|departs|took\s+off|takes\s+off|flew\s+(?:out|home|back)|flies\s+(?:out|home|back))\b/i;

/** "postponed", "moved to", "slipped", "a week later than first planned", "will go next week instead", "cut to a single day": the plan stands on other days. */
export const RESCHEDULED = /\b(?:postpone(?:[ds]|ment)?|delay(?:ed|s)?|reschedul(?:ed|es?)|deferr?(?:ed|s)?|(?:moved|shifted|switched)\s+(?:to|from|back)|pushed\s+(?:back|to)|put\s+(?:off|back)|slip(?:ped|s)?\s+by|brought\s+forward|(?:later|earlier)\s+than\s+(?:first\s+|originally\s+)?(?:planned|scheduled|expected|intended)|(?:next|the\s+following)\s+(?:week|month)\s+instead|(?:cut|shortened|trimmed|reduced|extended|lengthened)\s+(?:[\w'’-]+\s+){0,8}?(?:to|by)\s+(?:a\s+(?:single|second|third)|one|two|three|four|an\s+extra|another)\s+days?)\b/i;

/**
 * "began", "opened", "ended on Tuesday", "wrapped up", "a two-day conference", "the final day":
 * the report tells of a gathering going on for days, or of one of its ends. Reports of two
 * following days make one span only when one of them says so; "met in Vilnius on Monday" against
 * "met … on Tuesday" is one meeting whose day the reports dispute.
 */
export const GOES_ON = /\b(?:beg[au]n|begins|opened|opens|started|kicked\s+off|ended|ends|closed|concluded|wrapped\s+up|wound\s+up|resumed|continued|adjourned|(?:two|three|four|five|six|seven|[2-7])-day|(?:two|three|four|five|six|seven)\s+days|(?:first|second|third|fourth|fifth|final|last|closing|opening)\s+day)\b/i;

/**
 * The days a visit or a trip is counted by ("a three-day state visit", "on a two-day official visit"): they tell how long the
 * occasion lasts, not that a gathering held on it goes on for days ("was welcomed to Windsor by the King on Tuesday" in "a
 * three-day state visit in which …" is one day's reception).
 */
export const DAYS_OF_A_VISIT = /\b(?:(?:two|three|four|five|six|seven|[2-7])-day|(?:two|three|four|five|six|seven)\s+days')\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay)\b/gi;

/**
 * "Correction: A report … said it took place on Monday", "an earlier version of this story said",
 * "incorrectly reported": the sentence tells what a report got wrong, and the day it gives is the
 * wrong one, whoever else gave it.
 */
export const CORRECTED_CLAIM = /\b(?:correction\s*:|(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+(?:this|the|our)\s+(?:story|article|report))[^.]*?\b(?:said|stated|reported|gave)\b|\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|dated)\b/i;

/** "announced", "confirmed", "agreed to hold": the report makes a plan known. */
export const ANNOUNCED = /\b(?:announc(?:ed|es|ing)|confirm(?:ed|s)|agreed\s+to|unveil(?:ed|s))\b/i;

/** "had originally been set for March 5-6": the date the report gives is the one the plan has left. */
export const ORIGINALLY = /\boriginally\s+(?:been\s+)?(?:set|scheduled|planned|due|slated|expected)\b/i;

/**
 * "met again in Vienna on Tuesday", "spoke once more by phone", "again held talks": a session after
 * an earlier one, never that one's next day. A plan says it with its own verb ("will meet again
 * on Friday"); a report of what happened with a verb in the past, so that a plan named beside it
 * ("ended on Tuesday, and they agreed to meet again in June") leaves it alone.
 */
const MEETING_AGAIN = String.raw`(?:once\s+more|again|for\s+(?:a|the)\s+(?:second|third|fourth|fifth|another)\s+time)`;
const WORDS_BETWEEN = String.raw`(?:[\w.’'-]+\s+){0,4}?`;
export const HELD_AGAIN = new RegExp(String.raw`\b(?:(?:met|saw|talked|spoke|conferred|convened|sat\s+down|held\s+${WORDS_BETWEEN}(?:talks|a\s+(?:meeting|call)|(?:phone\s+)?calls?))\s+${WORDS_BETWEEN}${MEETING_AGAIN}|(?:again|once\s+more)\s+(?:met|talked|spoke|held)\b)`, 'i');
export const PLANNED_AGAIN = new RegExp(String.raw`\b(?:meet|see|talk|speak|confer|convene|sit\s+down|hold\s+${WORDS_BETWEEN}(?:talks|a\s+(?:meeting|call)))\s+${WORDS_BETWEEN}${MEETING_AGAIN}`, 'i');

/**
 * "the next round", "their next session", "the following meeting": a plan of the session after
 * one its writer already knows of; never that one, however its day was read.
 */
export const NEXT_SESSION = /\b(?:the|their|its|a)\s+(?:next|following)\s+(?:round|session|sitting|meeting)\b/i;

/**
 * "the third day of talks", "talks … entered their second day", "on the fourth and final day of
 * negotiations": a day of a gathering counted from its first, which lies that many days less one
 * before it. Only a gathering's days: "as fighting went into a fourth day" counts another thing's.
 * The ordinal is the first or the second group, read by countedDay (date-fit.ts).
 */
const GATHERING_NOUN = String.raw`(?:talks|negotiations|consultations|meetings?|discussions|summit|round|session|conference|forum)\b`;
const ORDINAL_DAY = String.raw`(?:the|a|its|their)\s+(second|third|fourth|fifth)\s+(?:(?:and\s+(?:final|last)|straight|consecutive)\s+)?day\b`;
export const DAY_COUNT = new RegExp(
  String.raw`\b${ORDINAL_DAY}\s+of\s+(?:(?:the|their|its|[\w-]+)\s+){0,2}${GATHERING_NOUN}|\b${GATHERING_NOUN}[^.;,]{0,60}?\b(?:entered|went\s+into|going\s+into)\s+${ORDINAL_DAY}`,
  'i',
);
export const DAY_ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5 };

/**
 * A call told at the edge of its day ("late on Sunday night", "overnight", "on Monday morning",
 * "early on Monday"): the two ends of a line are often in time zones a day apart, and each outlet
 * gives the day of its own end. LATE_IN_THE_DAY may be the next day at the other end; EARLY_IN_THE_DAY the day before.
 * A night is the evening's day to one outlet and the morning's to another ("on Saturday night",
 * "last night"; "before dawn on Sunday"): TimeML's night (TNI) and dawn read so.
 */
export const LATE_IN_THE_DAY = /\b(?:(?:[Ll]ate\s+(?:on\s+)?)?[A-Z]\w+day\s+night|[Ll]ate\s+(?:on\s+)?night|[Ll]ast\s+night|[Ll]ate\s+at\s+night|[Oo]vernight|(?:around|near|just\s+(?:before|after))\s+midnight)\b/;
export const EARLY_IN_THE_DAY = /\b(?:[Ee]arly\s+on\s+[A-Z]\w+day|(?:[Ee]arly\s+(?:on\s+)?)?[A-Z]\w+day\s+morning|[Ee]arly\s+(?:in\s+the\s+)?morning|in\s+the\s+early\s+hours|(?:at|before)\s+dawn|pre-?dawn)\b/;

/**
 * A call's hour at one end of the line, which outlets at the other end, a time zone or two away,
 * may give the next day (an evening: "spoke this evening with", "on Monday evening", "at 9 p.m.",
 * "at 21:30") or the day before (a morning: "this morning", "commencing at 8:00 a.m.", "at 07:30"):
 * Ottawa's evening is Tokyo's next morning. Only for calls: a strike's evening and morning are one
 * place's, and a night's alone (LATE_IN_THE_DAY, EARLY_IN_THE_DAY) reaches across midnight.
 */
export const EVENING_ON_THE_LINE = /\b(?:(?:this|in\s+the|late\s+in\s+the|on\s+the|[A-Z]\w*day)\s+evening|tonight|at\s+(?:[6-9]|1[01])(?:[:.][0-5]\d)?\s*p\.?\s?m\b|at\s+(?:1[89]|2[0-3])[:.][0-5]\d\b)/;
export const MORNING_ON_THE_LINE = /\b(?:(?:this|in\s+the|on\s+the)\s+morning|at\s+(?:[5-9]|1[01])(?:[:.][0-5]\d)?\s*a\.?\s?m\b|at\s+0?[5-9][:.][0-5]\d\b)/;

/**
 * "attacks on two Russian energy sites", "both strikes", "three drone raids", "two nights in a row",
 * "a series of strikes", "two calls this week": the sentence counts several happenings of its sort,
 * and so tells none of them. Only strikes and calls, which never go on for days: a gathering's
 * "two sessions" or "three rounds" may be the parts of one gathering. A count of what struck ("two
 * drones hit the terminal") counts no happenings.
 */
const HAPPENINGS_COUNTED = String.raw`(?:attacks|strikes|raids|bombardments|barrages|calls|phone\s+calls|conversations)\b`;
const SEVERAL = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|both|several|multiple|successive|consecutive|a\s+(?:series|string|spate)\s+of)`;
export const SEVERAL_HAPPENINGS = new RegExp(
  String.raw`\b${SEVERAL}\s+(?:[\w-]+\s+){0,2}?${HAPPENINGS_COUNTED}|\b${HAPPENINGS_COUNTED}\s+on\s+(?:two|three|four|five|several|multiple)\b|\b(?:two|three|four|five|several)\s+(?:nights|days)\s+(?:in\s+a\s+row|running|in\s+succession)|\bon\s+(?:two|three|four|five)\s+(?:consecutive|successive|straight)\s+(?:nights|days)\b`,
  'i',
);

/**
 * The house of a legislature an election filled, as its sentence names it: the upper ("the upper-house election of 12 May",
 * "lost their majority in the upper house", "the Senate election") or the lower ("the lower-house election", "the House of
 * Representatives election"). A country elects each of its houses once on a polling day, so the house is the election's table
 * (ties.ts `house`); "both houses", "the Diet" or "parliament" name no one house. Read in the clauses that tell the election
 * (ELECTION_CLAUSE): "lost their majority in the upper house in the election of 12 May, months after losing control of the lower
 * house" filled the upper.
 */
export const HOUSE_ELECTED: ReadonlyMap<'upper' | 'lower', RegExp> = new Map([
  ['upper', /\b(?:upper[\s-]+(?:house|chamber)|senate|House\s+of\s+(?:Lords|Councillors)|Bundesrat|Federation\s+Council)\b/i],
  ['lower', /\b(?:lower[\s-]+(?:house|chamber)|House\s+of\s+(?:Representatives|Commons)|Bundestag|State\s+Duma)\b/i],
]);
/** A clause of a sentence (between commas, semicolons and colons) that tells an election ("the election of 12 May", "went to the polls"). */
export const ELECTION_CLAUSE = /[^,;:]*\b(?:elections?|polls)\b[^,;:]*/gi;

/**
 * "two days before the Berlin meeting", "a day after the consultations", "on the eve of the talks",
 * "three weeks before that call", "Recorded Friday morning, before the Oval Office meeting", "the currency
 * strengthened after the news of the talks" (a reaction to it, NEWS_OF): a sentence that
 * dates something by a happening of this sort tells of another happening, before or after it; so does one whose
 * clause gives a day or a part of a day of its own and then sets itself before or after the happening
 * (TIMED_OF_ITS_OWN: "Before the talks, the two leaders posed for photographs" gives none, and tells of the talks).
 * Its nouns by kind family: the offset must point at one of the event's own sort ("two days after the budget vote"
 * dates the talks by something else).
 */
const TIMED_OF_ITS_OWN = String.raw`\b(?:${WEEKDAY_NAME}|morning|afternoon|evening|night),\s+(?:shortly\s+|just\s+)?(?:before|after|ahead\s+of)`;
const NEWS_OF = String.raw`\b(?:after|on|at)\s+(?:the\s+)?news\s+of`;
const OFFSET = String.raw`(?:(?:(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:hours?|days?|weeks?|months?)|the\s+(?:day|night|morning|evening|week))\s+(?:before|after|ahead\s+of|prior\s+to)|${TIMED_OF_ITS_OWN}|${NEWS_OF}|(?:on\s+)?the\s+eve\s+of)`;
const NOUNS_OF_FAMILY: Record<string, string> = {
  gathering: String.raw`(?:meeting|talks|consultations|negotiations|summit|round|session|conference|visit)`,
  call: String.raw`(?:call|conversation)`,
  strike: String.raw`(?:strikes?|attacks?|raids?|bombardment)`,
};
export const DATED_BY_ONE_OF: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(NOUNS_OF_FAMILY).map(([family, nouns]) => [family, new RegExp(String.raw`\b${OFFSET}\s+(?:the|this|that|their|its|his|her)\s+(?:[\w'’.-]+\s+){0,3}?${nouns}\b`, 'i')]),
);

/**
 * "Later in the day", "earlier that day", "later in the afternoon", "afterwards", "later on Thursday": the sentence tells a
 * happening after or before another its article tells of that day; so does one that opens with
 * "Later," or "Subsequently," (a daily's "Later, the deputy prime minister called on President …"),
 * with a short lapse ("Hours later he posted a message …")
 * or with the day itself ("On the same day, the guest was received by the President", an agency's
 * protocol; "That same day, …"), the opening only: inside a clause "the same day" dates by another.
 */
export const NEXT_OF_ITS_DAY =
  /\b(?:(?:later|earlier)\s+(?:(?:in\s+the|that)\s+(?:day|morning|afternoon|evening)|on\s+the\s+same\s+day|on\s+\w+day)|afterwards)\b|^\W*(?:(?:later|subsequently|thereafter)\s*,|(?:hours|minutes|moments)\s+later\b|(?:on\s+)?(?:the|that)\s+same\s+day\b)/i;

/**
 * "Separately, Foreign Minister Fidan received …", "In a separate meeting, the two trade ministers
 * …", "At separate talks on Wednesday, …", "Meanwhile, the defence ministers met …": the sentence
 * opens by setting its happening apart from the one its article has just told.
 */
export const SET_APART = /^\W*(?:separately|meanwhile|(?:in|at|during)\s+(?:a\s+)?separate\s+\w+)\b/i;

/**
 * "Before, Quirno had maintained a meeting with Fidan", "Earlier, the ministers had held talks",
 * "the minister had previously met his counterpart": a sentence that tells, in the past perfect, of
 * a happening before the one its article reports. A day or a happening named after the marker
 * ("Earlier on Wednesday, …", "Before the talks, …") keeps the sentence on this event's side.
 */
export const EARLIER_HAPPENING =
  /^\W*(?:before|earlier|previously|beforehand|before\s+that|prior\s+to\s+(?:that|this))\s*,[^.;]*?\bhad\s+(?:(?:also|already|just)\s+)?(?!been\b|to\b)[a-z]+\b|\bhad\s+(?:previously|earlier)\s+(?!been\b)[a-z]+\b/i;

/**
 * "signed a memorandum … in Almaty on Thursday after two days of talks", "initialled the text in
 * Geneva following three rounds of negotiations", "at the end of a week of consultations": an act
 * told as what closed a round of days, weeks or rounds of talks, a happening of its own day, not
 * the round's gathering (family.ts closesARound). An hour of talks is no round: "put their
 * signatures to it after an hour of talks" is the meeting's signing.
 */
export const CLOSES_A_ROUND =
  /\b(?:after|following|at\s+the\s+(?:end|close)\s+of|concluding|closing)\s+(?:(?:a|an|the|their|its|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+|long|tense|marathon|intensive|gruelling|grueling|further|more)\s+){0,3}(?:days?|weeks?|months?|rounds?)\s+of\s+(?:talks|negotiations|consultations|meetings|bargaining)\b/i;

/** Buildings whose name ends with the word: "the Lancaster House", "in the East Room", "at Hofburg Palace". */
const ROOM_OR_BUILDING = 'Room|Hall|Office|Palace|Building|House|Castle|Villa|Residence|Chancellery|Ministry|Embassy|Mission|Headquarters';
/** …or a building the article named before, written as the same one again: "signed in the same building", "at the same palace". */
const THE_SAME_BUILDING = String.raw`(?:at|inside|in)\s+the\s+same\s+(?:room|hall|building|palace|house|castle|villa|residence|chancellery|ministry|embassy|venue)\b`;

/**
 * "signed a peace agreement at the State Department", "put their names to the accord in the East
 * Room", "the protocol was initialled at Lancaster House": a signing or an agreement told with the
 * building it was done in, where the sides sat together ("signed in the same building" too), as much as one told with its town
 * (family.ts toldByItsAct). Only after the act's word in its clause: "Speaking at the UN, she said
 * the accord signed last year …" names where she spoke, and "signed at the request of" no building.
 */
export const ACT_AT_A_VENUE = new RegExp(
  String.raw`\b(?:sign(?:s|ed|ing)?|initial(?:l)?(?:s|ed|ing)|(?:put|puts|putting)\s+(?:their|his|her|its)\s+(?:names?|signatures?)\s+to|reached|struck|sealed|agreed)\b[^.;:!?]{0,100}?\b(?:(?:at|inside)\s+the\s+\p{Lu}|(?:at|inside|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,4}(?:${ROOM_OR_BUILDING})\b|${THE_SAME_BUILDING})`,
  'u',
);
