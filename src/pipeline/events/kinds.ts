/**
 * The one table of event kinds. Adding a kind here gives it its type (EventKind), its
 * trigger words, its headline rule, its place in the JSON Schema of /events.json, its
 * validation in corrections.yaml and its kind page (/kinds/<kind>/).
 */
import { HELD_PLACE, OFFICE_SECOND, TAKING_BY_FORCE_VERB, TIME_BEFORE_WITH } from '../entities/lexicon.ts';
import { CARDINAL_PATTERN } from '../dates/lexicon/numbers.ts';
import type { Tier } from '../types.ts';
import { callHeadline, exchangeHeadline, gatheringHeadline, type HeadlineRule, meetingHeadline, otherHeadline, statementHeadline, strikeHeadline } from './headline-rules.ts';
import { accessionTitle, disasterTitle, hearingTitle, finalTitle, processionTitle, seatTitle, rateTitle, ratingTitle, runOffTitle, shutdownTitle, actOfTheNamed, crashTitle, approvalTitle, recordCloseTitle, agreementInEffectTitle } from './noun-titles.ts';
import { ADMITTED_AS_MEMBER, FORCES_OF_A_STATE, ARRIVAL_ASIDE_OF_ITS_OWN_DAY, EXPELLED_ENVOY, FACILITY_OPENED, BUILDING, BUILDING_FELL, DISASTER_AT, QUAKE, QUAKE_STRUCK, COURT_HEARS_A_CASE, COURT_SENTENCED, FIGURES_PUBLISHED, NEXT_DECISION, GOVERNMENT_SHUT_DOWN, OWN_NEWS_CONFERENCE, RUN_OFF_ENDED, AFTER_A_HEAD_NOUN, APPOINTED_OFFICE, CENTRAL_BANK, POLICY_RATE, RATE_BROUGHT, RATE_MOVED, RATE_WAY, HOSTED_MEAL, MEAL, MEAL_OF_BUSINESS, AGREED_UPON_NOUN, AGREEMENT_NOUN, AGREEMENT_WORD, ARRIVAL_ASIDE_BEFORE, FREED_ARRIVING_BEFORE, FREED_CAPTIVES, HELD_PEOPLE, WHO_WAS_HELD, CABINET, CONFINED_PLACE_AFTER, CROWD_PROTESTED, ELECTED_BY_A_CHAMBER, MARCH_ROUTE, ROUND_OF_A_BALLOT, STAY_SPAN, ARRIVAL_FOR_AFTER, JOURNEY_DAY_AFTER, NEWS_DAY_AFTER, PLACE_LEFT, PLACE_LEFT_ENDS_CLAUSE, WRITERS_OWN_BEFORE, BRIEFED_BODY, DAY_NAMED, LEGISLATURE, MONTH_STEM, MOUNTAIN_SUMMIT_AFTER, MOUNTAIN_SUMMIT_BEFORE, SUMMIT_TEXT_AFTER, NOT_TOPIC_BEFORE, NOT_TRAVELLER, TRAVELLER_BEFORE, PLATFORM, POSTED_MESSAGE, PROTEST_NOUN, REMOVED_FROM_OFFICE, SUSPENDED_FROM_OFFICE, PUT_OUT_OF_OFFICE_AFTER, WRITTEN_SAYING, PROTESTERS_ACT, PROTESTING_CROWD, RECEIVED_ON_DAY, SPOKEN_TO_BEFORE, GOVERNMENT_TOPPLED, MILITARY_EXERCISE, SPEECH_GIVEN, BACKING_WITHDRAWN, GATHERING_ADDRESSED, SITTING_GATHERING, RECEIVED_WHERE, SECOND_PREDICATE_AND, ROOM_OF_STATE, SEATED_TOGETHER, SIGNED_IN_TURN, SIGNING_ON_ITS_DAY, SITTING_DAY_AFTER, STRUCK_TARGET, FORCE_TELLS_IT_STRUCK, LABOUR_STRIKE, LABOUR_STRIKE_HELD, STRIKING_WORKERS, WORKERS_LOCKED_OUT, ORDERED_BACK_TO_WORK, WORKERS_REJECTED_OFFER, WORKERS_ACCEPTED_OFFER, STRIKE_HELD_UNLAWFUL, BOARD_HEARS_THE_SIDES, SERVICES_CANCELLED, FLIGHTS_RESUMED, SUSPENDED_PARTICIPLE, SUSPENDED_THING, SUSPENDING, TALKED_LATE, TRUCE_BEGAN, TRUCE_SUBJECT_BEFORE, TRUCE_TOOK_EFFECT, TRUCE_IN_FORCE_NOW, KNOWN_TRUCE_IN_TIME_CLAUSE, VISITED_SITE, HOLY_SITE, PLACE_OF_MOURNING, RITE_TAKEN_PART_IN, MASS, SERVICE_OF_WORSHIP, PHONE_CALL_NAMED, WEEKDAY_NAME, NAMED_PERSON_DIED, CHOSEN_BY_A_CHAMBER, CHAMBER_CHOSE, DATED_RELATIVE, APPEAL_LODGED, INQUIRY_OPENED, EMERGENCY_DECLARED, SPACECRAFT_LIFTED_OFF, SPACECRAFT_DOCKED, LAUNCH_NAMED, SPACEFLIGHT_NAMED, LAUNCH_CALLED_OFF, LAUNCH_TOLD, APPOINTED_BY_THE_HEAD, CHOSEN_TO_LEAD, LEADERSHIP_WON, SEAT_TAKEN, CONTEST_WON, OFFICE_GONE_TO, FINAL_PLAYED, FINAL_ON_ITS_DAY, PROCESSION, RATING_DECIDED, SANCTIONED_BY_VERB, TEAM_RECEIVED, WORKERS_WALKED_OUT, HELD_BY_THEIR_NOUN, TRIAL_OPENED, JUDGE_VOTED, PUT_TO_A_VOTE, PUT_UNDER_ARREST, THE_LAW, HELD_PENDING_TRIAL, SEAT_STORMED, LOST_OR_WON, ABDICATED, OATH_TAKEN, THRONE_TAKEN, POWER_HANDED_OVER, DEAL_AGREED, DEAL_COMPLETED, DEAL_APPROVED_BY_A_BOARD, DEAL_CLEARED, MADE_TO_OFFICE, RESIGNED_TO_A_FATE, DOWN_FROM_A_PLACE, EMERGENCY_LIFTED, POWER_CUT, POWER_RESTORED, FACILITY_CLOSED, FACILITY_REOPENED, GROUND_SERVICE_RESUMED, PEOPLE_EVACUATED, AID_BROUGHT_IN, AID_NAMED, AID_SENT, CONVENED_BODY, QUAKE_MEASURED, QUAKE_FORESEEN, QUAKE_AFTER, QUAKE_AFTER_BEFORE, NOT_A_HAZARD_BEFORE, WEATHER_HAZARD, HAZARD_STRUCK, RIVER_FLOODED, VOLCANO_ERUPTED, HEAT_RECORD, WAVES_REACHED, WARNING_ISSUED, WARNING_DOWNGRADED, WARNING_LIFTED, EVACUATION_ORDERED, EVACUATION_ORDER_LIFTED, MOVED_TO_SAFETY, MOURNING_DECLARED, BOOSTER_LANDED, VEHICLE_CRASHED, SILENCE_KEPT, PARTY_PULLED_OUT, RESIGNATION_ANNOUNCED, PRODUCT_UNVEILED, PRE_ORDERS_OPENED, ON_SALE, RECORD_CLOSE, PRODUCTION_ENDED, AGREEMENT_IN_EFFECT, BRIEFING_CALL_BEFORE, CALLED_TO_TESTIFY, INVESTORS, INVESTOR_BRIEFING, OPEN_MEETING_HELD, STATEMENT_OF_ITS_DAY, HAZARD_NAME, HAZARD_STRUCK_WHERE, CROWD_AS_SUBJECT_BEFORE, GREETED_CROWD, BROKE_INTO_PREMISES, PLAYER_SIGNED, BID_TURNED_DOWN, BID_ACCEPTED, TRANSFER_WINDOW_SHUT, AGREEING_ONLY_CLAIMED, ONLY_TO_WEIGH, PLAYER_SIGNING_ANNOUNCED, EVACUATION_COMPLETE, FISSURE_OPENED, VOLCANOS_STORY, LAVA_REACHED, QUAKE_SWARM_BEGAN, ACQUITTED, APPROVAL_GRANTED, LAWYERS_LETTER, NOT_BY_LAWYERS, MEDICINE_RECOMMENDED, PENALTY_SPAN, OPINION_GIVEN, PLACE_OF_CARE_OR_LEARNING, RECEIVED_IN_A_PLACE_CLAUSE, WALKOUT_JOINED, BUSIEST_DAY, REQUEST_MADE, REQUEST_REJECTED, PRIMARY_HELD, PAPERS_PUBLISHED, BALLOT_RESULT_ANNOUNCED, ELECTION_RESULT_DECLARED, SCREENING_HELD, CONCERT_HELD, PUBLIC_TALK_HELD, CELEBRATION_HELD, INFORMATION_SESSION_HELD, WATCH_PARTY_HELD, WELCOMED_HOME, PROGRAMME_OPENED, LEGISLATURE_RETURNS, ADVANCE_POLLS, ONLY_POSSIBLE_AFTER, CRAFT_LANDED, CRAFT_LEFT_ON_ITS_ROCKET, CRAFT_STORY, CRAFT_ORBITED, FIRST_IMAGES, CLUB_GATHERING, CLUB_MEETING_BEFORE, STAR_PARTY, ECLIPSE, CRAFT_SPLASHED_DOWN, PRIZE_AWARDED, CONGRATULATED, SKY_BODY_PASSED, FOUND_BY_A_FINDER, GIVEN_ITS_NAME, SHOW_HELD, VOTES_COUNTED, LEFT_THE_RACE, ELECTION_STORY, NUMBERED_GOODS_RELEASED, HAPPENING_REPORTED, SHARES_MOVED, STAFF_MEETING, REPLY_RECEIVED, NEWS_RELATIVE_DAY, SAID_AT_ITS_OCCASION, SAID_BEFORE_ITS_SETTING, CRAFT_LAUNCHED_FROM, FORCES_HIT_TARGET } from './lexicon.ts';
import type { NamedForTitle } from './headline-people.ts';

export interface Trigger {
  /** Words that report an event of this kind in one sentence; needs the g flag. */
  pattern: RegExp;
  /** For kind `other`: what it is ("Anniversary", "Rally"), for headlines and merging; for a gathering whose words do not name it (a delegation's journey), what its headline calls it. */
  noun?: string;
  /** For a noun the sentence does not write: what it is of, as the sentence names it after the trigger (else before it), for its title ("suspended the talks" is a "Suspension of talks"). */
  of?: RegExp;
  /** For a noun that says nothing as a title alone: the title its best sentence gives the event ("The Bank of Estmark holds its rate at 4%"), else undefined and the noun's own (noun-titles.ts). */
  title?: (sentence: string, people: readonly NamedForTitle[]) => string | undefined;
  /** It comes with its day whatever anyone reports (an anniversary): once the day has passed, it has occurred. */
  byCalendar?: boolean;
  /** What its paragraph must have named before it, for words that point at the event only in its context ("since February 2022" where the invasion is spoken of). */
  topic?: RegExp;
  /** Its kind's `datedByLead`, for this trigger alone: a funeral or a resignation is the day's news, a counter-proposal need not be. */
  datedByLead?: boolean;
  /** Someone going somewhere (a trip, a visit): a gathering its sentence names after it is what the journey was for, dated by it. */
  travel?: boolean;
  /** A journey told as the gathering it goes to (a delegation's "due to fly on to Moscow"): a gathering its sentence names after it ("… for talks") is what it is for, and the event. */
  journey?: boolean;
  /** A telling of the press ("told reporters"): after a happening its sentence reports as done ("“… spoke on the phone,” Ushakov told reporters"), it is that happening's source, not a statement of its own. */
  readout?: boolean;
  /** A publication that is its office's saying (figures, minutes): a statement whether or not its issuer is named, as the words are the office's own. */
  issued?: boolean;
  /** A statement of more than one maker named by its noun and its day, its makers unnamed ("the joint statement of Monday", "the joint statement issued on Thursday"): the one of that day another article names them for. */
  joint?: boolean;
  /** Words that name the happening only as the next of its sort ("the next decision"): it stands only where its article told one of its noun before. */
  toldBefore?: boolean;
  /** Words that name the happening only in the story of its setting ("a second vent opened" is an eruption's step only where a volcano is told): what its article, headline or any sentence, must name. */
  story?: RegExp;
  /** Its kind's `peopleOnly`, for this trigger alone: a funeral, a trip or a resignation is someone's, though its kind's agreements and visits have sides. */
  peopleOnly?: boolean;
  /** An act one person does or undergoes alone (a resignation, an arrest, a death), never one that joins its people as a meeting does: told of several doers at once ("Vell and Ruiz both resigned on Sunday"), it is one act of each (acts-of-each-doer.ts), each merging with its own telling elsewhere. */
  personal?: boolean;
  /**
   * A gathering of the public (a concert, a lecture, a celebration): an act but a saying that its clause tells done at or during it ("Lund met Ruiz at the
   * celebration on Friday", "resigned at the concert on Friday"), or a meeting told after the sentence opens on it ("At the celebration on Friday Lund met
   * Ruiz"), is the happening, and the gathering its setting, no report of its own that would take the day (settingsOfActs); so is a saying's occasion of
   * any act of its clause ("At a press conference on Monday, the two leaders signed the treaty").
   */
  setting?: boolean;
  /** Merging reads its reports as the occasion of a gathering, not a happening of their own: `always` (a visit is held as talks or a meeting), or `whenToldForItsFate`, only when it is told as postponed or called off (a trip on its way is a journey of its own day), or `whenPlaced`, only when it is told with a place ("agreed a prisoner swap … in Istanbul on Friday": the sides met there that day; an agreement with no place may have been reached by phone). */
  occasion?: 'always' | 'whenToldForItsFate' | 'whenPlaced';
  /** An act its doer claims as soon as it is done (a place taken): told in the past perfect under a dated verb of saying ("said on Monday it had taken the city"), it is news of the telling's day (REPORTED_PERFECT, or CLAIM_TOLD when the trigger is the claim), and the claim is its report, no statement of its own. */
  claimed?: boolean;
  /** A happening that is itself a telling (an agreement announced, strikers told back to work): the day of its verb of saying is its own, not a report's of something else, and that verb makes no statement besides it (report-day-statements.ts). */
  told?: boolean;
  /** A happening told by the span it runs (a ban "from 9 February to 4 May"): its two days joined make one span however far apart, not only a week's. */
  runs?: boolean;
  /** An act told by its doer's clause, not by words of the table (acts-of-named-doers.ts): its phrase is the doer and the verb with what it takes ("Pope Leo celebrated Mass"), its noun the verb's stem, which joins only reports of that act. */
  clause?: boolean;
  /** A happening no one does (a blackout, power back): the people its sentence names tell of it or answer it ("…, grid operator REN said"), as those near a strike do, and take no part. */
  noDoer?: boolean;
  /** A step of a launch, of goods (unveiled, pre-orders open, on sale) or of a craft (its landing): its reports often name only the goods or a craft no reader knows by name ("The phones go on sale on Friday", "A privately built spacecraft touched down on the Moon"), so two such reports of its noun and day are one launch's step (merge/ties.ts oneLaunchStep). */
  launch?: boolean;
}

export interface KindSpec {
  /** As a list heading ("Calls") and as a label in a sentence ("call"). */
  plural: string;
  singular: string;
  /** Kinds of one family are the same sort of event for merging ("meeting" in one report, "talks" in another). */
  family: string;
  /** Key kinds make the main timeline; the rest give context. */
  tier: Tier;
  /** An undated past-tense report of it in an article's lead is that day's news. */
  datedByLead: boolean;
  /** Its reports name their people; countries near them are only background. */
  peopleOnly: boolean;
  /** Done where it is reported from: a gathering or an act told on a story's day, in the town it is filed from (entities/dateline-place.ts); a call, a strike or a swap is told by its own places, a saying may be made from anywhere. */
  doneWhereReported: boolean;
  /** Of two kinds of a family that one clause names for one event ("will host Aliyev for a summit"), the higher names it. */
  specificity: number;
  /** Held in one sitting of hours, as a call or a meeting is, not over a day or days as a summit or a strike: its clock tells one happening from another (entry-clock.ts). */
  oneSitting?: true;
  triggers: Trigger[];
  headline: HeadlineRule;
}

/** A country's diplomat, who is summoned to be told a protest. */
const DIPLOMAT = String.raw`(?:ambassador|envoy|charg[eé]\s+d['’]affaires|diplomats?)\b`;
/** Who is met: a delegation, a side, a team of envoys ("the U.S. side", "the Russian delegation"). */
const DELEGATION = String.raw`(?:sides?|delegation|delegates|team|negotiators|envoys?)\b`;
/**
 * Officials by their office ("the Omani foreign minister", "the G20 trade ministers", "the ASEAN defence chiefs", "her Egyptian counterpart"), not what is theirs ("the president's letter"): hosting them is a meeting.
 * A counterpart has other names: "his Pakistani colleague" (agencies), "his pair" (translated from Spanish "su par"), "her opposite number".
 */
/**
 * A coalition of states, whose leaders or ministers meet as one ("hosted the coalition of the willing", "convened a coalition of Gulf states"):
 * not its plan or its offer ("welcomed the coalition of the willing's plan"), nor a government's coalition agreement.
 */
const COALITION = String.raw`(?:(?:the|a)\s+)?coalitions?\s+of\b(?![^,.;]*?['’]s\b)`;
const OFFICIALS = String.raw`(?:the\s+)?(?:[\w.’'-]+\s+){0,3}(?:${OFFICE_SECOND})?(?:ministers?|leaders?|chiefs?|heads?\s+of\s+(?:state|government)|counterparts?|envoys?|ambassadors?|presidents?|premiers?)\b(?!['’])|${COALITION}|(?:his|her|their|its)\s+(?:[\w.’'-]+\s+){0,2}(?:counterparts?|colleagues?|pairs?|opposite\s+numbers?)\b(?!['’])`;
/** A place seen on a visit or a tour, with the town it is of or in ("the Delft Road depot", "flood-hit villages", "the new port of Lisse", "the camps near Kell"). */
const SITE_SEEN = String.raw`(?:(?:the|a|an|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?${VISITED_SITE}(?:\s+(?:of|at|in|near)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?`;
/** What makes a call or a visit one of protocol, paid in person to someone ("a courtesy call to the President", "a farewell visit to the Governor"): a meeting, not a phone call, nor a visit of its own. */
const PROTOCOL = String.raw`(?:courtesy|farewell|introductory|protocol)`;
/** Not said of what travels without being anyone's journey (NOT_TRAVELLER: "aid lorries arrived", "the convoy left Rafah on Monday"). */
const NOT_CARRIED = String.raw`(?<!\b${NOT_TRAVELLER}\s+(?:[\w-]+\s+){0,2})`;
// The journey's verbs below are written without the look-behinds that say who travels (NOT_CARRIED, TRAVELLER_BEFORE): the trip trigger
// writes those once before them all. Written before each verb, they made its pattern 20,090 characters, 1.16 MB of V8's bytecode and
// some 150 ms of each thread's compiling (6 December 2026); once, 9,479 characters, 0.6 MB and 50 ms.
/** Someone's arrival told by its verb ("arrived", "landing", "touched down"; the bare "arrive" and "land" only after "to" or a modal, as "the land in the south" is none), not what arrives without travelling (NOT_TRAVELLER), nor one told in an aside (ARRIVAL_ASIDE_BEFORE) or for a gathering or a visit (ARRIVAL_FOR_AFTER: that is the event). */
const ARRIVAL_VERB = String.raw`(?<!${ARRIVAL_ASIDE_BEFORE})(?<!${FREED_ARRIVING_BEFORE})(?:\b(?:arriv(?:es|ed|ing)|land(?:s|ed|ing)|touch(?:es|ed|ing)?\s+down)|(?<=\b(?:to|will|would|shall)\s+)(?:arrive|land|touch\s+down))\b(?!${ARRIVAL_FOR_AFTER})`;
/** Someone's departure from a place, done and told with its day after the place (JOURNEY_DAY_AFTER: "He left Kananaskis last night", "departed Rome on Thursday"); one told ahead ("leaves Kessel on Friday") is the end of the visit's plan. */
const DEPARTING = String.raw`(?:left|departed)`;
/**
 * A departure in the present perfect, its place closing the clause ("Air Force One has left Sharm el-Sheikh.", "The delegation has just departed Lusk
 * for Kessel"): done just now, so it needs no day after it; the day is its report's or its live entry's (a perfect told with no stamp stays undated).
 */
const HAS_DEPARTED = String.raw`${DEPARTING}(?<=\b(?:has|have)\s+(?:just\s+)?(?:left|departed))\s+${PLACE_LEFT_ENDS_CLAUSE}`;
/**
 * A departure done, told with where it was for after the place left ("The President left Kuala Lumpur for Tokyo at 9.40 am today", "departed Lusk for Kessel"):
 * the journey "left for Tokyo" is, with its start named, so it needs no day right after the place (a storm that "left Kessel for Lusk" is no traveller).
 */
const LEFT_PLACE_FOR = String.raw`${DEPARTING}\s+(?=${PLACE_LEFT}\s+for\s+(?:the\s+)?[A-Z])`;
/** Someone's departure on the news day, told in the present with the rest of the day after the place or "home" (NEWS_DAY_AFTER: "Mr Trump leaves Britain this afternoon", "the President flies home tonight"): the visit ends on the day the news is of. */
const LEAVING_TODAY = String.raw`(?:(?:leaves|departs|(?<=\bto\s+)(?:leave|depart))\s+(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}${NEWS_DAY_AFTER})|(?:flies|heads|travels)\s+(?:home|back)${NEWS_DAY_AFTER})`;
/** A return done ("flew back to Washington", "flew home to Rome", "returned to Kyiv"): a return told ahead ("is due back in Rome", "will fly home") is only the end of the plan. */
const RETURNED = String.raw`\b(?:(?:flew|travell?ed|headed)\s+(?:back|home)|returned(?:\s+home)?)\s+to`;
/**
 * …or one told by "home" or "back" alone, its day right after it ("Mr Macron flew home that evening", "the delegation headed back on Friday"): the traveller's
 * way home ends the stay, though no place is named; prices that "flew back" travel nowhere (TRAVELLER_BEFORE).
 */
const CAME_HOME_ON_A_DAY = String.raw`(?:flew|travell?ed|headed)\s+(?:back|home)${JOURNEY_DAY_AFTER}`;
/**
 * Someone going somewhere told by "go", its day right after the place ("Sarkozy will go to the financial prosecutor's office on 13 October", "Ruiz went
 * to Kessel on Friday"): a journey, to a place named or to an office (OFFICE_GONE_TO); without its day "went to war" or "goes to court" go nowhere.
 */
const GOING_ON_A_DAY = String.raw`(?:go|goes|went)\s+to\s+(?=(?:${OFFICE_GONE_TO}|${PLACE_LEFT})${JOURNEY_DAY_AFTER})`;
/**
 * Someone going to see a place named by its noun ("Prime Minister Hale went to the site on Friday evening", "the minister, who went to the museum on Monday"):
 * a visit to the site, as one toured is (SITE_SEEN); only a traveller's (TRAVELLER_BEFORE), so "the contract went to a shipyard" is none, nor "went to the same
 * school as"; a town told by its name ("went to a town called İznik") is a place named, whose journey is told for what it went there to do. A place of care
 * or of learning gone to is a patient's or a pupil's ("went to the hospital with chest pains", "who went to the university in 1990"), a visit only when told so
 * ("visited the hospital", "went to the clinic to see the wounded").
 */
const SITE_GONE_TO = String.raw`${NOT_CARRIED}${TRAVELLER_BEFORE}\b(?:go|goes|went)\s+to\s+(?=(?:the|a|an)\s+(?!same\b)${SITE_SEEN}(?!\s+(?:called|named)\b))(?!(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?${PLACE_OF_CARE_OR_LEARNING}(?![^.;]{0,40}?\bto\s+(?:visit|see|meet|tour|thank|comfort)\b))`;
/** What a vote ahead is told to be on or for, right after its verb ("vote on the treaty", "vote to ratify", "vote against the bill"). */
const VOTED_WAY = String.raw`(?:on|to|for|against|in\s+favou?r\s+of)\b`;
/** Someone named by office ("Chilean President Ana Ruiz", "Prime Minister Hale"): "visiting" before one describes the visitor, not a visit. */
const OFFICE_HOLDER = String.raw`(?:[A-Z][\w’'-]+\s+){0,3}(?:President|Prime\s+Minister|Minister|Chancellor|King|Queen|Prince|Emir|Premier|Secretary|Vice)\b`;

/** An office after whose it is, in either case ("Argentina's Foreign Minister", "Japan's prime minister", "Qatar's Emir"). */
const POSSESSED_OFFICE = String.raw`(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Ll]eader|[Mm]inister|[Cc]hancellor|[Ee]nvoys?|[Aa]mbassador|[Kk]ing|[Ee]mir|[Pp]remier)`;
/** An office holder new to it, or leaving it ("the newly appointed Ambassador", "the outgoing President"). */
const NEW_TO_OFFICE = String.raw`(?:newly[\s-]+)?(?:appointed|elected|accredited|new|outgoing|incoming)`;

/**
 * Whom a host receives: a name ("Volodymyr Zelensky", not "Trump's proposal"), someone's
 * office ("Ukraine's president"), a delegation, a body of officials or a team (TEAM_RECEIVED: "the squad"). Places and things are not received.
 */
const VISITOR = String.raw`(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*\b(?!['’]|\s+(?:talks|summit|meeting|forum|conference)\b)|[A-Z]\w+['’]s\s+(?:[A-Z][\w-]*\s+){0,2}?${POSSESSED_OFFICE}\b|the\s+(?:${NEW_TO_OFFICE}\s+)?(?:${OFFICE_HOLDER}|(?:[A-Z][\w’'-]+\s+){0,2}Ambassador\b)|(?:(?:the|a|an)\s+)?(?:[\w.’'-]+\s+)?${DELEGATION}|${OFFICIALS}|${TEAM_RECEIVED}`;

/** A host's reception told in the passive, with an adverb of sequence or manner before it ("was then received", "was warmly welcomed"). */
const RECEPTION_PARTICIPLE = String.raw`(?:(?:then|later|afterwards|subsequently|warmly|formally|officially)\s+)?(?:received|hosted|welcomed)`;
/** Who receives, after "by": a visitor-like person or office, or someone's counterpart or host ("by his Turkish counterpart"); not investors or markets. */
const RECEIVING_HOST = String.raw`\s+(?:${VISITOR}|(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:counterpart|host|pair)\b)`;

/** Someone called by name ("Israeli Prime Minister Avi Levin", "Crown Prince Mohammed bin Salman"), not a possessive ("called Putin's office"). */
const CALLED_NAME = String.raw`(?:(?:[A-Z][\w.’'-]*|bin|ibn|al|el|de|van|von|der|da|di|du)\s+){0,5}[A-Z][\w’'-]*(?<!['’]s)`;
/**
 * Not "called" after an object relative and its subject ("on what the White House called Liberation Day", "which Trump has called
 * Project Fear"): the relative is what was called, so the name after the verb is the name given, and no one was rung. The subject
 * holds no clause opening or verb of its own ("what Trump did when he called Putin on Monday" is a call).
 */
const NOT_NAMED_BY_A_RELATIVE = String.raw`(?<!\b(?:[Ww]hat|[Ww]hich)\s+(?:(?!(?:when|while|as|after|before|and|but|if|once|since|because|did|does|do|said|says)\b)[\w.’'-]+\s+){1,5})`;

/** A month with its year, perhaps a day ("February 2022", "Feb. 24, 2022", "24 February 2022"): a date long enough ago to be a war's start. */
const MONTH_YEAR = String.raw`(?:(?:early|late|mid-?)\s*)?(?:${MONTH_STEM}[a-z]*\.?\s+(?:\d{1,2},?\s+)?|\d{1,2}\s+${MONTH_STEM}[a-z]*\.?\s+)\d{4}\b`;

/** A document that sets out a plan: made public, it is news of its own. */
const PLAN_DOCUMENT = String.raw`(?:plan|draft|proposal|document|framework|blueprint|road\s*map|memo)`;

/** A place taken named alone, its clause ending or going on with when, how or from whom ("had taken Goma.", "has taken Kherson after a week of fighting"); not a person taken somewhere ("had taken Ruiz to hospital") nor one's side or word ("taken Kyiv's side", "taken Putin at his word"). */
const TAKEN_PLACE = String.raw`[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?!['’])(?=\s*(?:[.,;]|$)|\s+(?:on|in|after|from|last|this|earlier|yesterday|overnight|within|without)\b)`;
/** What air defence downs, as bulletins count it ("drones", "unmanned aerial vehicles", "UAVs"), not aircraft counted since a war began. */
const AERIAL_WEAPONS = String.raw`(?:drones|missiles|rockets|UAVs|(?:[\w-]+\s+)?(?:unmanned\s+)?aerial\s+vehicles)\b`;
/** Who is taken out of danger: people by their role or nationality ("staff members", "civilians", "Canadians"). */
const EVACUEES = String.raw`(?:staff(?:\s+members)?|employees|nationals|citizens|civilians|residents|families|people|personnel|diplomats|workers|patients|children|wounded|[A-Z][a-z]+(?:ans|ians|ese|ish|ers)\b)`;
/** What is captured or seized that is no place: people and goods ("captured Ukrainian soldiers", "seized Russian assets"). */
const SEIZED_NOT_PLACE = String.raw`(?:soldiers|troops|servicemen|fighters|prisoners|commanders?|leaders?|members|militants|operatives|suspects|assets|vessels?|ships?|tankers?|officials?|nationals|citizens|men|women|drones?|weapons|equipment|documents|funds|accounts|oil|cargo|trucks|vehicles|tanks|positions?)`;
/** A sum of money ("$4bn", "€ 500 million", "2 billion euros", "US$1.2 billion"). */
const MONEY = String.raw`(?:(?:US|A|C)?[$€£¥]\s?\d[\d.,]*(?:\s*(?:bn|m|billion|million|trillion)\b)?|\d[\d.,]*\s*(?:bn|m|billion|million|trillion)?\s+(?:dollars|euros|pounds|yen|francs|krone[rn]?|kronor)\b)`;
/** Armed men as a body that moves ("government forces", "army columns", "its troops"). */
const FORCES = String.raw`(?:forces|troops|soldiers|army|units|columns|battalions|brigades)\b`;
/** What one asks, plans or proposes before a noun of an act, which is then not yet done ("called for the withdrawal of", "the plan provides for a full withdrawal of"). */
const SOUGHT_BEFORE = String.raw`(?:for|demand(?:ed|s|ing)?|seek(?:s|ing)?|sought|urg(?:e|ed|es|ing)|requir(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|envisag(?:e|es|ed|ing)|includ(?:e|es|ed|ing))`;
/** What sides settle on, one thing: "reached an agreement", "struck a deal", "hammered out a compromise". */
const SETTLEMENT = String.raw`${AGREEMENT_WORD}\b`;
/** Saying an agreement aloud for the first time: "announced the deal", "announces an accord". */
const ANNOUNCING = String.raw`announc(?:e|es|ed|ing)`;
/** The press as who asks a speaker questions ("reporters", "the travelling press", "journalists"). */
const PRESS = String.raw`(?:reporters|journalists|correspondents|press|media)\b`;
/** A truce by any of its names. */
const TRUCE = String.raw`(?:ceasefire|cease-fire|truce)\b`;
/** The dead of a war as their return is told ("the bodies of 1,212 soldiers", "the remains of 49 servicemen", "909 bodies"). */
const WAR_DEAD = String.raw`bodies|remains`;
/** What sides agree to hold later, told as a noun ("agreed a prisoner swap", "agreed a 30-day ceasefire"): the agreement is the day's happening, this one is still to come. */
const AGREED_HAPPENING = String.raw`(?:(?:prisoner|prisoner-of-war|POW|captive)s?\s+(?:exchange|swap)|(?:[\w-]+\s+)?(?:ceasefire|cease-fire|truce))\b`;
/** The words before what is agreed ("agreed a first prisoner swap", "agreed to another truce"). */
const AGREED_DETERMINER = String.raw`(?:(?:a|an|the|another|new|further|first|second|third|large|major)\s+)`;
/** What one side agrees to that is only offered ("agreed to the ceasefire proposal", "agreed to a truce plan"): its acceptance, not an agreement reached. */
const OFFERED_TERMS = String.raw`(?:proposals?|plans?|offers?|drafts?|framework|talks|negotiations)\b`;
/** What gives a happening agreed to a day of its own ("agreed to a prisoner swap to take place on Friday"); without it, a day beside "agreed (to)" is the agreement's. */
const ITS_OWN_DAY_AFTER = String.raw`\s+to\s+(?:take\s+place|be\s+held)\b`;
/** A part or the wording of a deal that sides settle, told as its object ("the two sides agreed the first phase on 8 October", "agreed the terms late on Sunday"): agreeing it is the day's agreement. */
const AGREED_PART = String.raw`(?:phase|stage|part|terms|text|framework)\b`;
/** An office a state or a body holds in turn ("the rotating presidency", "the chairmanship"), not a noun's attribute ("the presidency suite"). */
const ROTATING_OFFICE = String.raw`(?:presidency|chairmanship)\b(?!\s+(?!${AFTER_A_HEAD_NOUN})[a-z])`;
/** …named as a body's ("the G20 presidency", "its rotating presidency", "the EU Council chairmanship"). */
const OFFICE_OF_A_BODY = String.raw`(?:the|its|their)\s+(?:rotating\s+)?(?:[A-Z][\w-]*\s+){0,2}${ROTATING_OFFICE}`;
/** …or handed by name to its next holder, with or without "over" ("hands the chairmanship to the Philippines", "passes the ASEAN chair to Estmark"): "the chair"
 * is a body's office only when it goes to a state or a person named ("handed the chair to his neighbour" is a seat). */
const OFFICE_HANDED_TO = String.raw`(?:the|its|their)\s+(?:rotating\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:chair|chairmanship)\s+to\s+(?:the\s+)?[A-Z]`;
/** What sides sign or ratify: "signed a joint declaration", "ratified the treaty", "signed a demarcation protocol". */
/**
 * What a participle after a signed text goes on with, to tell it was signed then or there: "signed in Ardun last month", "signed on Monday",
 * or its signers or its sides before the day or the place ("the Lusk treaty, signed by Premier Vance and Ms Oduya on Monday", "the accord signed by
 * Velmark and Estmark yesterday", "the Treaty of Good Neighbours signed between the two countries in Lusk on 9 April 2031"); not a verb of the
 * text's own after them ("the accord signed by Velmark and Estmark is in force").
 */
const WHEN_OR_WHERE = String.raw`in|at|on|last|earlier|this|yesterday|today`;
const SIGNED_WHEN_OR_WHERE = String.raw`${WHEN_OR_WHERE}|by\s+(?:both|the\s+two|all)|(?:by|between)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|remains?)\b)[^,.;\s]+\s+){1,8}?(?:${WHEN_OR_WHERE})`;
/** "communique" or "communiqué": the accented form ends in a letter that \b does not count (no u flag), so it takes none. */
const COMMUNIQUE = String.raw`communiqu(?:e\b|é)`;
const SIGNED_TEXT = String.raw`(?:(?:agreement|deal|accord|treaty|pact|partnership|declaration|protocol|convention|charter|text|document|joint\s+statement)\b|${COMMUNIQUE})`;
/**
 * A statement two sides sign ("the two governments are expected to sign a statement on licensing", "both ministries signed a short statement"): a text
 * between them, as a joint statement is. One many sign on their own behalf ("a statement signed by 40 MPs", "forty MPs signed a statement") is a petition, no signing.
 */
const SIGNED_BY_TWO_SIDES = String.raw`(?<=\b(?:the\s+two|both)\s+(?:[\w’'-]+\s+){1,6}?sign(?:s|ed|ing)?\s+(?:(?:a|an|the|their|its|new|[\w-]+)\s+){0,3})statement\b`;
/** What a gathering adopts as its own words ("adopted a joint declaration", "the final communique, adopted on Monday", "approved the outcome document"): the adopting is the day's act, apart from the gathering. */
const ADOPTED_TEXT = String.raw`(?:(?:declaration|(?:joint|final|closing|leaders['’]?)\s+statement|(?:final|outcome|closing)\s+document)\b|${COMMUNIQUE})`;
/** What stops a text told with a verb of adopting from being adopted ("did not adopt", "failed to adopt", "without adopting", "No declaration was adopted"). */
const NOT_ADOPTED = String.raw`(?<!\b(?:not|never|failed\s+to|refused\s+to|unable\s+to|without|no|nor)\s+(?:[\w-]+\s+)?)`;
/** A count of time gone by since a day ("40 years since", "a year since"): a day marked. */
const TIME_SINCE = String.raw`(?:(?:exactly|just|some|about|nearly|more\s+than)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:days?|weeks?|months?|years?|decades?)\s+since\b`;

/** What the time is counted since, up to its clause's end or a phrase of manner or place ("since the end of the war with ceremonies" is "the end of the war"). */
const SINCE_WHAT = /(?<=\bsince\s+)[\w’'-]+(?:\s+[\w’'-]+){0,7}?(?=\s+(?:with|at|in|on|as|which|that|when|after|before)\b|[,.;]|$)/;

/** Who comes home in a swap: "bringing home 84 soldiers", "returned from captivity", "the next exchange, of four hostages". */
const CAPTIVES = String.raw`(?:prisoners|POWs|captives|soldiers|servicemen|detainees|defenders|hostages|captivity)\b`;
/** Words that make a count of captives rough, whole or one more batch ("about 1,900", "more than 300", "All twenty", "another 95"). */
const ABOUT_A_COUNT = String.raw`(?:about|some|nearly|almost|around|roughly|approximately|more\s+than|over|at\s+least|up\s+to|another|a\s+further|all)`;
/** How many captives, in digits or words, perhaps roughly ("1,900", "about 1,900", "twenty", "all twenty"). */
const CAPTIVE_COUNT = String.raw`(?<![\d,.])(?:${ABOUT_A_COUNT}\s+)?(?:\d[\d,]*|${CARDINAL_PATTERN})\b`;
/** What is done to a count of captives told in the passive that frees them or swaps them ("were released", "have been handed to the Red Cross", "were swapped"); a release from a hospital or from service is none. */
const FREED_PASSIVE = String.raw`(?:released(?!\s+from\s+(?:(?:the|a)\s+)?(?:hospital|duty|service|treatment)\b)|freed|handed\s+(?:over|back|to)|returned|repatriated|swapped|exchanged)\b`;
/** A person's name of two or three words, as one freed is told by it ("Alexander Vinnik", "Marc Fogel"); not a thing's ("Apple's report") nor a longer title. */
const FREED_BY_NAME = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?){1,2}(?![\p{L}'’]|\s+[\p{Lu}\d])`;
/**
 * Captives counted by the group or stage they came home in, as swaps in stages are told ("a first group of prisoners of war",
 * "the second batch of Ukrainian servicemen", "another group of detainees"), with up to two words of who they are.
 */
const CAPTIVE_GROUP = String.raw`(?:(?:a|an|the|another|their|its)\s+)?(?:(?:first|second|third|fourth|fifth|sixth|next|new|further|final|last|latest|initial|large|larger|small)\s+)?(?:group|batch|contingent)\s+of\s+(?:[\w-]+\s+){0,2}?(?:prisoners|POWs|captives|detainees|hostages|servicemen|soldiers)\b`;
/** A levy put on goods crossing a border, by any of its names. */
const TRADE_LEVY = String.raw`(?:levy|levies|tariffs?|(?:import|export|customs)\s+dut(?:y|ies))`;
/** Right after putting a measure on trade or taking it off ("imposed", "put", "lifted", "slapped", "introduced", "scrapped", up to four words before the measure; "put" a word of its own, not "output"): the measure is then the day's act. */
const TRADE_MEASURE_PUT = String.raw`(?<=(?:impos(?:e|es|ed|ing)|\bput(?:s|ting)?|lift(?:s|ed|ing)?|slapp(?:ed|ing)|introduc(?:e|es|ed|ing)|scrapp(?:ed|ing))\s+(?:(?:a|an|new|fresh|further|additional|its|their|the|[\w%.,-]+)\s+){0,4})`;
/** Not an act denied ("did not pray", "never laid a wreath"). */
const NOT_DONE = String.raw`(?<!\b(?:not|never|didn['’]t|won['’]t|can['’]t|cannot)\s+)`;
/** Someone as the subject of a passive, by pronoun or by a name the sentence recognises (`subject`): whoever was put out of or made to an office. */
const PERSON_AS_PASSIVE_SUBJECT = String.raw`(?<=\b(?:[Hh]e|[Ss]he|(?<subject>[A-Z][\w’'-]+))\s+(?:was|had\s+been|has\s+been)\s+)`;
/** Not what the writer or their party did ("I prayed at the shrine", "we laid flowers"): a diarist's or a pilgrim's own day is no news. */
const NOT_WRITERS_OWN = String.raw`(?<!\b(?:I|[Ww]e)\s+(?:(?:all|also|then|later|too|both)\s+)?)`;
/** A tribute's verb, done by someone other than the writer and not denied, nor a journey's purpose ("to lay a wreath"). */
const LAID_IN_TRIBUTE = String.raw`${NOT_WRITERS_OWN}${NOT_DONE}(?<!\bto\s+)\b(?:lay|lays|laid|laying)\s+`;
/** A character of one clause: a comma may set off an aside, ", and" starts another clause. */
const IN_CLAUSE = String.raw`(?:[^.;,]|,(?!\s+(?:and|but)\b))`;
/**
 * Captives counted in groups that came home, their stages told after a colon ("Three groups of Ukrainian soldiers have now come home this
 * week: the first … on Monday; the second … on Tuesday"), or one such stage told by its ordinal ("The first group of servicemen returned
 * yesterday"): a stage of a swap; one that returned to a place, from one or fire is not. The count gives way to the stages told after its
 * colon (stagesOfACount in elided-second.ts).
 */
const CAPTIVE_STAGES = String.raw`\b(?:(?:two|three|four|five|six|several)\s+(?:groups|batches|contingents)\s+of\s+(?:[\w-]+\s+){0,2}?${CAPTIVES}(?=[^.]*?:\s+the\s+first\b)|(?:(?:a|the|another)\s+)?(?:first|second|third|fourth|fifth|sixth|final|last|latest)\s+(?:group|batch|contingent)\s+of\s+(?:[\w-]+\s+){0,2}?${CAPTIVES})(?=${IN_CLAUSE}{0,80}?\b(?:(?:have|has|had)\s+(?:now\s+)?)?(?:returned(?!\s+(?:to|from|fire)\b)|(?:came|come|comes)\s+home\b))`;

/** People a word of MET_THING may qualify, who are met ("the opposition leader", "protest organisers", "success stories" are not people, so none there). */
const PEOPLE_QUALIFIED = String.raw`(?:leaders?|leadership|figures?|politicians?|lawmakers|legislators|MPs|deputies|members|chiefs?|heads?|candidates?|parties|party|groups?|delegations?|representatives?|organi[sz]ers?|activists?|spokes(?:man|woman|person))\b`;
/**
 * The press met, not its officers ("the press secretary", "a media aide"), its owners or overseers ("media bosses", "press regulators"), nor journalists met
 * as people in a plight or their kin ("journalists held in Evin prison", "journalists' families"): those are people met, a meeting.
 */
const PRESS_MET = String.raw`(?:(?:reporters|journalists|correspondents)\b(?![’']|\s+(?:(?:who\s+(?:are|were|had\s+been|have\s+been)\s+)?(?:held|detained|jailed|imprisoned|arrested|kidnapped|abducted|freed|released|injured|wounded|attacked|threatened)|families)\b)|(?:press|media)\b(?!\s+(?:secretar(?:y|ies)|officers?|office|aides?|attach[eé]s?|team|chiefs?|spokes\w+|executives?|bosses|owners?|barons?|moguls?|tycoons?|magnates?|regulators?|freedom|unions?|companies|groups?|firms)))`;
/**
 * What one meets or is met with that is no gathering: a demand, a target, a reception; not when it only qualifies people ("will meet the opposition leader", "met protest organisers").
 * Nor the press met ("will meet the press in Berlin on Monday"): a press conference, its holder's saying (the statement's PRESS_MET).
 */
const MET_THING = String.raw`(?:${PRESS_MET}|demands?|expectations?|requirements?|targets?|criteria|needs|deadlines?|standards?|goals?|conditions|obligations|criticism|resistance|opposition|protests?|scepticism|skepticism|silence|approval|disapproval|condemnation|anger|derision|applause|success|failure)\b(?!\s+${PEOPLE_QUALIFIED})`;

/** Arrivals greeted by a body's staff, no one named ("where they were met by representatives of the Ministry", "was met at the airport by officials from the embassy"): a welcome at the door, no gathering. */
const GREETED_BY_STAFF = String.raw`(?<=\b(?:was|were|is|are|be|been|being)\s+)met\s+(?:at\s+[^.;,]{1,40}?\s+)?by\s+(?:(?:the|a|an|some|several|two|three|junior|senior|local|embassy|ministry|government)\s+)*(?:representatives|officials|staff|members|delegations?|officers|diplomats)\s+(?:of|from)\b`;

/** The noun of someone's journey, a trip of its own day (flew to, left, arrived): merging reads a visit told as ended by its visitor's departure by it too (merge/family.ts happeningNoun). */
export const JOURNEY_NOUN = 'Trip';
/** The noun of a polling day (a general election, "the upper-house election of 12 May"): merging ties two of one day by the house they fill (merge/ties.ts `house`). */
export const ELECTION_NOUN = 'Election';
/** A seat won from its holder (SEAT_TAKEN): a result of its election, whose day it takes when its sentence gives none (result-of-the-election.ts). */
export const SEAT_TAKEN_NOUN = 'Seat taken';
/** The noun of a ballot's result made known: the vote cast in that ballot, told in its sentence, is no report of its own (mention.ts votesOfABallotTold). */
export const BALLOT_RESULT_NOUN = 'Ballot result';
/** The noun of a body's papers made public: the gathering they are for is no report of its own (mention.ts gatheringsOfMinutes). */
export const PAPERS_NOUN = 'Papers published';
/** An outlet's report of a happening, whose day is the report's (HAPPENING_REPORTED). */
export const REPORT_NOUN = 'Report';
/** The nouns of a text signed (bothSigned reads them as one signing told twice). */
const AGREEMENT_SIGNED = 'Agreement signed';
const MEMORANDUM = 'Memorandum';
/** The noun of a central bank's decision on its rate, made or next (titled by rateTitle, noun-titles.ts). */
const RATE_DECISION = 'Rate decision';
/** The noun of a truce made or taking effect: a headline naming one may give its place (entities/headline-place.ts). */
export const TRUCE_NOUN = 'Ceasefire';
const ERUPTION_NOUN = 'Eruption';
const FISSURE_NOUN = 'Fissure';
const LAVA_NOUN = 'Lava';
const QUAKE_SWARM_NOUN = 'Earthquake swarm';
/** The happenings of a volcano's eruption, each told by its own verb: the eruption, a fissure opened after it, its lava reaching something, the swarm of earthquakes before it. */
export const ERUPTION_NOUNS: ReadonlySet<string> = new Set([ERUPTION_NOUN, FISSURE_NOUN, LAVA_NOUN, QUAKE_SWARM_NOUN]);

export const EVENT_KINDS = {
  call: {
    plural: 'Calls',
    singular: 'call',
    family: 'call',
    tier: 'key',
    datedByLead: true,
    peopleOnly: false,
    doneWhereReported: false,
    specificity: 0,
    oneSitting: true,
    triggers: [
      // "telephonic" in Indian English and in translation ("had a telephonic conversation", "a telephonic colloquy").
      { pattern: /\b(?:phone|telephone|telephonic)\s+(?:call|conversation|talk|exchange|contact|colloquy|consultation)s?\b/gi },
      // A readout tells what was discussed and says how: "discussed the shipping corridor by telephone on Wednesday"; not "told Reuters by phone".
      // Told of as done ("discussed", "conferred"), not as intended ("agreed to discuss the matter by phone next week").
      { pattern: /\b(?:discussed|conferred|exchanged\s+views)\b(?=[^.;]{0,80}?\b(?:(?:by|over\s+the)\s+(?:tele)?phone|(?:by|via|over)\s+(?:a\s+)?video\s*(?:link|call))\b)/gi },
      // …or told by who was spoken to, then how ("spoke to the Commission president by phone on Wednesday", "had spoken to Whitcomb on Monday by telephone"); not to the press. The words up to "by phone" are the trigger's, so that a day after them, not one of a clause before, dates it.
      { pattern: /\b(?:spoke|spoken|speak|speaks|talked|talks)\s+to\b(?!\s+(?:reporters|journalists|the\s+(?:press|media|newspaper)|this\s+newspaper|us)\b)[^.;]{0,80}?\b(?:(?:by|over\s+the|on\s+the)\s+(?:tele)?phone|(?:by|via|over)\s+(?:a\s+)?video\s*(?:link|call))\b/gi },
      // Someone who called someone by name ("On Thursday she called Israeli Prime Minister Avi Levin, who briefed her"), not what someone was called ("called Putin a war criminal", "a group called Hamas", "so-called").
      // The one called may carry a name's lowercase particles ("Crown Prince Mohammed bin Salman").
      { pattern: new RegExp(String.raw`(?<=\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[A-Z][\w’'-]+)\s+(?:(?:also|then|later|first|personally|again)\s+)?)(?<!-)(?:${NOT_NAMED_BY_A_RELATIVE}called|phoned|rang)\s+(?=${CALLED_NAME}(?:\s*[,;.]|\s+(?:on|to\s+discuss|about|late|early|last|this|and\s+[A-Z]\w*\s*[,;.]|from)\b))`, 'g') },
      // …or by the office of the one called, perhaps with their name set off after it ("called the President of the Region, Dario Fontana, on Monday", "she rang the Slovenian prime minister on Tuesday evening"),
      // then only with the time or the purpose of the call: "called the president a liar" names.
      { pattern: new RegExp(String.raw`(?<=\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[A-Z][\w’'-]+)\s+(?:(?:also|then|later|first|personally|again)\s+)?)(?:called|phoned|rang)\s+(?=the\s+(?:${NEW_TO_OFFICE}\s+)?(?:[A-Z][\w’'-]+\s+){0,2}(?:${POSSESSED_OFFICE}|[Gg]overnor|[Mm]ayor|[Pp]refect|[Ss]ecretary)(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?(?:,\s+${CALLED_NAME},)?\s+(?:on|late|early|last|this|yesterday|overnight|to\s+discuss|about)\b)`, 'g') },
      // …or by a caller set off as an aside ("Iran's president, Masoud Pezeshkian, called Crown Prince Mohammed bin Salman last night"), then only with the time of the call: after a comma "called" also names ("a village near Kherson, called Posad,").
      { pattern: new RegExp(String.raw`(?<=\b[A-Z][\w’'-]+,\s+)(?:called|phoned|rang)\s+(?=${CALLED_NAME}\s+(?:on|late|early|last|this|yesterday|overnight)\b)`, 'g') },
      // …or told by the office of who was spoken to, as readouts do ("The Prime Minister spoke to President Zelenskyy this evening", "has spoken to Chancellor Weber about the corridor"); not one spoken to somewhere, in person ("spoke to President Ruiz in Lima", "at the summit", "on the sidelines").
      { pattern: new RegExp(String.raw`\b(?:spoke|spoken|speaks|talked)\s+to\s+(?=(?:the\s+)?${OFFICE_HOLDER})(?!${IN_CLAUSE}{0,80}?\b(?:(?:in|at)\s+(?:the\s+)?[A-Z]|at\s+the\b|on\s+the\s+sidelines|during\b|face\s+to\s+face|in\s+person))`, 'g') },
      // …or told by who was spoken to, by name alone, in a paragraph that has named a phone call ("The door opened with a phone call. Trump spoke to Lukashenko on 15 August"):
      // that call, told; not one spoken to somewhere in person.
      { pattern: new RegExp(String.raw`\b(?:spoke|spoken|talked)\s+(?:to|with)\s+(?=${CALLED_NAME})(?!${IN_CLAUSE}{0,80}?\b(?:(?:in|at)\s+(?:the\s+)?[A-Z]|at\s+the\b|on\s+the\s+sidelines|during\b|face\s+to\s+face|in\s+person))`, 'g'), topic: PHONE_CALL_NAMED },
      // Headlines and timelines tell it in the present: "Feb. 12: Trump and Putin speak by phone"; "talked by phone" is the same.
      { pattern: /\b(?:spoke|speaks?|speaking|talk(?:s|ed|ing)?)\s+(?:by\s+(?:phone|telephone)|on\s+the\s+phone)\b/gi },
      // …and by video, told by the verb as readouts of leaders' calls do ("spoke by video link on Friday about the floods", "talked via video call on Monday"); "held talks by video link" stays talks, and a videoconference is a meeting.
      { pattern: /\b(?:spoke|speaks|speaking|talked|talking)\s+(?:by|via|over)\s+(?:a\s+)?video\s*(?:link|call)\b/gi },
      { pattern: /\bspoken\s+by\s+(?:phone|telephone)\b/gi },
      // Talking again and again ("have spoken twice since the election", "spoke several times by telephone", "has spoken to the Chinese leader on numerous occasions"): a series of calls, kept undated (SERIES_AFTER); not talking to the press.
      { pattern: /\b(?:spoken|spoke|talked)\b(?!\s+(?:to|with)\s+(?:reporters|journalists|the\s+(?:press|media))\b)(?=\s+(?:(?:to|with)\s+(?:[\w.’'-]+\s+){1,5}?)?(?:by\s+(?:tele)?phone\s+)?(?:on\s+)?(?:twice|thrice|(?:several|many|numerous|multiple|two|three|four|five|six|a\s+few|a\s+number\s+of|\d+)\s+(?:times|occasions)|repeatedly|regularly|frequently)\b)/gi },
      // "call" as a noun, but not "call for" (a demand), "call on" someone (a demand or a visit; "a call on Tuesday" is one, "his call on Friday for a truce" is not) or "called" (a verb of naming),
      // nor a call of protocol, paid in person whatever word follows it ("paid a courtesy call to President Ramaphosa", "a farewell call at the ministry": the meeting below),
      // unless told as made by telephone ("a courtesy call with President Marr by telephone").
      // Nor a call a body holds to brief its investors ("an earnings call", "a conference call with analysts": INVESTOR_BRIEFING), nor someone called to give
      // evidence or to account ("would call the minister to give evidence": CALLED_TO_TESTIFY), a summons.
      { pattern: new RegExp(String.raw`(?:(?<!\b(?:${PROTOCOL}|${BRIEFING_CALL_BEFORE})\s+)\bcall\b|\bcall\b(?=[^.;]{0,60}?\b(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b))(?!\s+for\b|\s+with\s+${INVESTORS}|\s+on\b(?!\s+${DAY_NAMED}(?!\s+for\b))|${CALLED_TO_TESTIFY})`, 'gi') },
      // …in any tense ("said she had spoken with her Norwegian counterpart by phone on Monday"), a time perhaps told between ("spoke this evening with", "talked on Tuesday with").
      { pattern: new RegExp(String.raw`\b(?:spoke|spoken|speak|talked)\s+(?:(?:directly|${TIME_BEFORE_WITH})\s+){0,2}with\b`, 'gi') },
      // "The conversation between the presidents … on Thursday lasted two hours": leaders' conversations are told as calls, as "a conversation with" is.
      { pattern: /\bconversation\s+(?:with|between)\b/gi },
      // …or had while discussing something with someone ("discussed the attacks with the Polish prime minister during a conversation on Wednesday").
      { pattern: /\bduring\s+(?:a|their|the)\s+(?:[\w-]+\s+)?conversation\b/gi },
      // "Trump phoned Putin": a verb of calling with the one called after it.
      { pattern: new RegExp(String.raw`\b(?:phoned|telephoned|rang)\s+(?=${VISITOR})`, 'g') },
    ],
    headline: callHeadline,
  },
  talks: {
    plural: 'Talks',
    singular: 'talks',
    family: 'gathering',
    tier: 'key',
    datedByLead: true,
    peopleOnly: false,
    doneWhereReported: true,
    specificity: 0,
    oneSitting: true,
    triggers: [
      // South Asian papers hold "parleys" ("held wide-ranging parleys with his Uzbek counterpart"), as others hold talks.
      { pattern: /\b(?:peace\s+)?(?:talks|negotiations|discussions|consultations|parleys)\b/gi },
      // Sides that negotiated somewhere, with someone or on a day ("negotiated in Switzerland on Monday", "will negotiate with the Velsland side until Friday", "negotiating through the night at the Hofburg"); not a negotiating team or position, nor a deal negotiated.
      { pattern: new RegExp(String.raw`\bnegotiat(?:e|es|ed|ing)\b(?=\s+(?:(?:again|directly|late|early|overnight|through\s+the\s+night|for\s+(?:(?:about|nearly|almost|more\s+than|over|some)\s+)?\w+\s+(?:hours|days))\s+)*(?:(?:in|at)\s+(?:the\s+)?[A-Z]|with\b|until\b|(?:(?:late|early)\s+)?on\s+${DAY_NAMED}|yesterday\b|today\b))`, 'gi') },
      // Views exchanged between sides are a round of talks ("had an exchange of views with his counterpart", "exchanged views on the border on Monday"); by phone it is a call (above).
      { pattern: /\b(?:exchange|exchanges|exchanged|exchanging)\s+(?:of\s+)?views\b/gi },
      // "consulted with his Iranian counterpart": ministers consulting each other hold consultations.
      { pattern: /\bconsult(?:ed|s|ing)?\s+with\b/gi },
      // Negotiators who reconvene resume their talks ("are expected to reconvene on Tuesday"); a parliament reconvening is no round of talks.
      // The word first, then the subject looked for behind it, so a sentence without the word costs one scan.
      { pattern: /\breconven(?:e|es|ed|ing)\b(?<=\b(?:negotiators|delegations|delegates|envoys|mediators|sides|teams)\b[^.;]{0,60}\w+)/gi },
      // Sides that sat down at a venue ("delegates sat down in Jeddah on Thursday", "the delegations sat down at the Hofburg"): negotiators seated somewhere are at the table; anyone else sitting down somewhere is in a seat.
      { pattern: new RegExp(String.raw`(?<=\b(?:negotiators|delegates|delegations|sides|teams|envoys|mediators)\b${IN_CLAUSE}{0,60}?)\b(?:sat|sit|sits|sitting)\s+down\s+(?=(?:in|at)\s+(?:the\s+)?[A-Z])`, 'g') },
      // A dialogue held at a level or on a field is a round of talks ("held their first vice-ministerial strategic dialogue"); "dialogue" alone is a state of affairs.
      { pattern: /\b(?:strategic|political|security|economic|high-level|ministerial|vice-ministerial|[\w-]+-level)\s+dialogue\b/gi },
      // Negotiators trading drafts are at the table ("exchanged draft texts in Geneva on Tuesday"); an exchange of documents at a signing, of letters or of views is no round.
      { pattern: /\b(?:exchang(?:ed|es|e|ing)|swapp(?:ed|ing)|trad(?:ed|ing))\s+(?:(?:draft|revised|written|new|rival|competing)\s+)*(?:drafts|texts|proposals|counter-?proposals)\b/gi },
      // "talked for nearly five hours at the Kremlin", "talked until the early hours of Sunday", "were still talking late into the night":
      // talking for hours, or until late, is a session of talks (TALKED_LATE).
      { pattern: TALKED_LATE },
      // "the second round", "a new round of talks", "a round of Russian-American contacts", "the previous round", "that round" told after the next one ("That round will be held in Brugel"); not a round of sanctions or strikes.
      // …and rounds gone by, none in particular ("The two previous rounds ended without a joint statement"): a series, kept undated (GENERIC).
      { pattern: /(?<=\b(?:previous|earlier|past|prior|several|many|numerous|multiple)\s+)rounds\b(?!\s+of\s+(?!(?:[\w-]+\s+){0,2}(?:talks|negotiations|discussions|consultations|contacts)\b))/gi },
      // A bare round not of a ballot (ROUND_OF_A_BALLOT: "agreed to hold a second round the same day, and in the afternoon he was elected with 325 votes"); a round of talks is talks whatever else its sentence counts.
      { pattern: new RegExp(String.raw`\b(?:trilateral|that|next|proposed|first|second|third|fourth|fifth|new|further|another|latest|current|ongoing|final|previous|prior|preceding|earlier|last)\s+round\b(?:(?=\s+of\s+(?:[\w-]+\s+){0,2}(?:talks|negotiations|discussions|consultations|contacts)\b)|(?!\s+of\b)${ROUND_OF_A_BALLOT})`, 'gi') },
    ],
    headline: gatheringHeadline('talks'),
  },
  meeting: {
    plural: 'Meetings',
    singular: 'meeting',
    family: 'gathering',
    tier: 'key',
    datedByLead: true,
    peopleOnly: false,
    doneWhereReported: true,
    specificity: 0,
    oneSitting: true,
    triggers: [
      // Not what meeting a demand or meeting with criticism says ("failed to meet the demands", "met with fierce criticism"), nor a club's own gathering
      // of its members (CLUB_GATHERING, kind other: "Our monthly meeting is on Tuesday", "Last night's observing session").
      // The present "meets" too: a preview's or a liveblog's ("Arlov meets her Estmark counterpart in Lusk on 20 March", "when the border commission meets in Lusk").
      // Nor arrivals greeted by a body's staff (GREETED_BY_STAFF), nor a style named by two things met, the verb inside their compound ("a countertenor-meets-techno
      // storm", "East-meets-West cooking"). Nor an information session or meeting, the public's (INFORMATION_SESSION_HELD).
      { pattern: new RegExp(String.raw`(?<!${SPOKEN_TO_BEFORE})${CLUB_MEETING_BEFORE}(?!${GREETED_BY_STAFF})(?<!\b(?:information|info)\s+)\b(?!(?<=\w-)(?:meets?|met)-\w)(?:meeting|meets?|met|(?<!\b(?:observing|stargazing|viewing)\s+)session|encounter|video\s*conference|teleconference)\b(?!\s+(?:with\s+)?(?:(?:the|its|their|his|her|fierce|strong|stiff|widespread|broad|little|some|much|mixed|a|an)\s+)*${MET_THING})`, 'gi') },
      { pattern: /\b(?:sat|sit|sits|sitting)\s+down\s+(?:with|together)\b/gi },
      // Two seated together by their office meet ("the two presidents sat down on two chairs in St Peter's Basilica", "the three ministers sat at one table");
      // one alone seated in a room of state is received there ("On 28 February Zelensky sat in the Oval Office"). Anyone else sitting somewhere is in a seat, and leaders "sat side by side for a video call" are at the call.
      { pattern: new RegExp(String.raw`(?<=\bthe\s+(?:two|three|four)\s+(?:[\w-]+\s+)?${SEATED_TOGETHER}\s+)(?:sat|sit|sits)\b(?:\s+down)?(?=\s+(?:on|in|at)\b)|\b(?:sat|sits|sitting)\s+(?:down\s+)?(?:in|at)\s+(?=${ROOM_OF_STATE})`, 'g') },
      // A meal of business with someone is a meeting ("held a working lunch with her Kenyan counterpart", "sat down for a working breakfast at the residence", "an official dinner for the visiting premier").
      { pattern: new RegExp(String.raw`\b${MEAL_OF_BUSINESS}\s+${MEAL}\b`, 'gi') },
      // A host who gathers or convenes officials holds a meeting with them ("gathered European leaders at Lancaster House", "convened the G7 finance ministers in Rome");
      // gathering evidence or support is none.
      { pattern: new RegExp(String.raw`\b(?:gather(?:s|ed|ing)?|convene[sd]?|convening|(?:brought|brings|bring|bringing)\s+together)\s+(?=${OFFICIALS})`, 'g') },
      // …and one who convenes a body that meets when called holds its meeting ("convened the National Security Council at the Moncloa palace", "convenes a crisis committee").
      { pattern: new RegExp(String.raw`\b(?:convene[sd]?|convening)\s+(?=(?:(?:the|an?|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,2}?${CONVENED_BODY})`, 'g') },
      // Sitting beside someone at a table or in an office ("When Merz sat beside Trump in the Oval Office in June", "sat opposite her Israeli counterpart"), or with
      // someone for a while ("Steve Witkoff sat with Vladimir Putin for three hours"): a blame or a choice that "sat with the minister" is no one seated.
      { pattern: new RegExp(String.raw`\b(?:sat|sits|sitting)\s+(?:beside|next\s+to|opposite|alongside|across\s+(?:the\s+table\s+)?from|with(?=\s+${VISITOR}${IN_CLAUSE}{0,40}?\bfor\s+(?:(?:an?|about|nearly|almost|more\s+than|over|some|two|three|four|five|six|several|\d+)\s+)+(?:hours?|minutes?)\b))\s+(?=${VISITOR})`, 'g') },
      // A body's meeting with its staff or the public, told by its noun held (OPEN_MEETING_HELD: "holds a town hall for employees in Atlanta", "will hold a public debrief at the Aupuni Center").
      { pattern: new RegExp(OPEN_MEETING_HELD, 'g') },
      // Days of meetings are one gathering ("held two days of meetings"), as days of talks are.
      { pattern: /(?<=\bdays\s+of\s+)meetings\b/gi },
      // A company's board approving a deal votes at a meeting, named or not ("The boards of directors of both companies unanimously approved the
      // transaction at separate meetings on Monday", DEAL_APPROVED_BY_A_BOARD).
      { pattern: new RegExp(`${NOT_DONE}(?:${DEAL_APPROVED_BY_A_BOARD})`, 'g') },
      // Meetings gone by, none in particular ("Previous meetings between the two were cordial", "has hosted such meetings before"): a series, kept undated (GENERIC).
      { pattern: /(?<=\b(?:previous|earlier|past|prior|such|several|many|numerous|multiple)\s+(?:[\w-]+\s+)?)meetings\b/gi },
      // A diplomat summoned to be told a protest ("summoned the Iranian ambassador on Tuesday", "Chile's chargé d'affaires was summoned to the ministry"): the two sides meet; witnesses and courage are summoned too. The diplomat is the trigger's, so that a day after them dates it.
      { pattern: new RegExp(String.raw`\bsummon(?:ed|s|ing)?\s+(?:the\s+|[A-Z][\w’'-]*['’]s\s+)?(?:[\w.’'-]+\s+){0,2}?${DIPLOMAT}|(?<=\b${DIPLOMAT}[^.;]{0,40}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+)summoned\b`, 'g') },
      // Briefing a body of officials or backers in person is a meeting with them ("will brief donors in Geneva on 23 March", "briefed EU ambassadors in Brussels on Tuesday");
      // briefing reporters is a statement, and a briefing by paper or phone is none.
      { pattern: new RegExp(String.raw`\bbrief(?:s|ed|ing)?\s+(?=(?:(?:the|its|their|his|her|[A-Z][\w-]*|fellow|foreign|senior|visiting)\s+){0,3}${BRIEFED_BODY}\b(?![^.;]{0,40}?\b(?:by\s+(?:phone|telephone|letter|video)|in\s+writing)\b))`, 'g') },
      // "spent five hours with Putin".
      { pattern: /\bspent\s+(?:(?:about|nearly|almost|more\s+than|over)\s+)?\w+\s+(?:hours?|days?)\s+with\b/gi },
      // A host receiving someone is a meeting: "was received by Putin", "is to receive Zelensky", "due to host Ukraine's president".
      // …also with the building between the participle and the host ("were received at the White House by the President", "was welcomed in the Kremlin by Putin").
      // …and with an adverb of sequence or manner before it or its day after it ("was then received by His Majesty", "was warmly welcomed by the Prime Minister", "was received this Wednesday by his Turkish counterpart"), a person's host then ("by fax" is no one).
      // Told ahead ("will be received by President Rell", "is to be hosted by King Ivo"), by someone who receives: a plan is welcomed by investors too.
      { pattern: new RegExp(String.raw`\b(?:was|were|been|being)\s+${RECEPTION_PARTICIPLE}\s+(?:(?:${RECEIVED_WHERE}\s+)?by\b|${RECEIVED_ON_DAY}\s+by\b(?=${RECEIVING_HOST}))|\bbe\s+${RECEPTION_PARTICIPLE}\s+(?:(?:${RECEIVED_WHERE}|${RECEIVED_ON_DAY})\s+)?by\b(?=${RECEIVING_HOST})`, 'g') },
      // A host who "had" the visitors in a room of state is receiving them ("Hours later Trump had them in the Oval Office", "Macron had the two premiers at the Élysée Palace for lunch"); not "had them in mind".
      { pattern: new RegExp(String.raw`\b(?:had|has|have|having)\s+(?:them|him|her|the\s+(?:two|three|four)\s+[\w-]+)\s+(?:in|at|to)\s+(?=${ROOM_OF_STATE})`, 'g') },
      // …not a host's meal for guests (HOSTED_MEAL: "hosted the leaders for dinner"), an occasion of its own below.
      { pattern: new RegExp(String.raw`(?!${HOSTED_MEAL})\b(?:receive[sd]?|receiving|host(?:s|ed|ing)?|welcome[sd]?|welcoming)\s+(?=${VISITOR})`, 'g') },
      // …as is a host's reception in a relative clause on the place a journey went to, its guest a pronoun ("flew to Lusk, where Chancellor Lind received her").
      { pattern: new RegExp(RECEIVED_IN_A_PLACE_CLAUSE, 'g') },
      // Greeting someone is receiving them ("Trump greeted Putin on the tarmac", "where the President greeted him before midnight", "the two greeted each other"):
      // one greets people, so a town that "greeted it with celebrations" or investors who greeted the news meet no one.
      { pattern: new RegExp(String.raw`\bgreet(?:s|ed|ing)?\s+(?=${VISITOR}|(?:him|her|each\s+other|one\s+another)\b)`, 'g') },
      // A courtesy call: "called on President Amara Obi in Abuja on Wednesday"; not a demand ("called on Putin to stop the war").
      { pattern: new RegExp(String.raw`\bcall(?:ed|s|ing)?\s+on\s+(?!${DAY_NAMED})(?=${VISITOR})(?![^,.;]{0,60}?\bto\s+[a-z])`, 'g') },
      // A visit of protocol is to someone, not a place ("paid a courtesy visit to the Governor", "made a farewell call on the Prime Minister", "an introductory visit to the minister").
      { pattern: new RegExp(String.raw`\b${PROTOCOL}\s+(?:call|visit)\s+(?:on|to)\b`, 'gi') },
      // An audience is a meeting with who grants it ("granted an audience to President Vance", "was received in private audience by the Pope", "had an audience with the King"); not an audience of listeners.
      { pattern: /\b(?:grant(?:s|ed|ing)?|gave|give[sn]?|giving|had|has|have|having|receive[sd]?|receiving|seek(?:s|ing)?|sought)\s+(?:(?:him|her|them|an?|the|in)\s+)?(?:(?:private|papal|royal|special|brief)\s+)?audience\b(?!\s+of\b)|\baudience\s+with\b/gi },
      // Credentials handed to a head of state are handed in person ("received the letters of credence of Ambassador Almada", "presented her credentials to President Duarte on Monday").
      { pattern: /\b(?:present(?:s|ed|ing)?|receive[sd]?|receiving|accept(?:s|ed|ing)?)\s+(?:(?:his|her|their|its|the)\s+)?(?:letters?\s+of\s+credence|credentials|copies\s+of\s+(?:his|her|their|the)\s+credentials)\b/gi },
      // "will see him again at the Vatican": seeing someone again, or somewhere, is meeting them; "saw him as a rival" is not.
      { pattern: /\b(?:see|sees|saw|seeing)\s+(?=(?:him|her|them|each\s+other|one\s+another)\s+(?:again\b|(?:in|at)\s+(?:the\s+)?[A-Z]))/g },
      // Being somewhere, or going there, to see someone is meeting them ("was in Jakarta yesterday to see his Indonesian counterpart", "flew to Oslo on Monday to see Prime Minister Lund"); "hopes to see Putin punished" goes nowhere.
      { pattern: new RegExp(String.raw`(?<=\b(?:was|were|is|are|went|came|flew|travelled|traveled|arrived|stopped)\s+(?:(?:in|to|at)\s+)?[A-Z][^.;]{0,60}?\bto\s+)(?:see|visit)\s+(?=${VISITOR})`, 'g') },
      // What one was doing while somewhere, told by a participle, is done there: "was in Paris only on Monday seeing President Macron",
      // "were in Nairobi last week visiting the Kenyan foreign minister"; "was in Paris seeing the sights" names no one.
      { pattern: new RegExp(String.raw`(?<=\b(?:was|were)\s+(?:in|at)\s+[A-Z][^.;]{0,60}?\s)(?:seeing|visiting)\s+(?=${VISITOR})`, 'g') },
      // "was due to see the U.S. side again": seeing a delegation is meeting it.
      { pattern: new RegExp(String.raw`\b(?:see|sees|saw|seeing)\s+(?=(?:the\s+)?(?:[\w.’'-]+\s+)?${DELEGATION})`, 'gi') },
      // A delegation's journey ahead is the gathering it goes to, where it goes ("the US delegation was due to fly on to Moscow",
      // "Our team will leave for Nairobi today"): delegations travel to negotiate; a journey done, or anyone else's, stays a trip.
      { pattern: new RegExp(String.raw`(?<=\b${DELEGATION}${IN_CLAUSE}{0,40}?\b(?:(?:due|set|expected|scheduled)\s+to|will|would|is\s+to|are\s+to|was\s+to|were\s+to)\s+(?:then\s+|now\s+|later\s+|also\s+)?)(?:fly|travel|go|head|leave|depart)(?:\s+on)?\s+(?:to|for)\b(?=\s+(?:the\s+)?[A-Z])`, 'g'), noun: 'Meeting', journey: true },
    ],
    headline: meetingHeadline,
  },
  summit: {
    plural: 'Summits',
    singular: 'summit',
    family: 'gathering',
    tier: 'key',
    datedByLead: true,
    peopleOnly: false,
    doneWhereReported: true,
    specificity: 2,
    // A mountain's top is no gathering ("the town's summit walk up Kestrel Pike", "reached the summit of Mount Arvel"), nor is the summit a text is named by ("signed the summit document").
    triggers: [{ pattern: new RegExp(String.raw`(?<!${MOUNTAIN_SUMMIT_BEFORE})(?<!${SPOKEN_TO_BEFORE})\bsummits?\b(?!${MOUNTAIN_SUMMIT_AFTER}|${SUMMIT_TEXT_AFTER})`, 'gi') }],
    headline: gatheringHeadline('summit'),
  },
  exchange: {
    plural: 'Prisoner exchanges',
    singular: 'prisoner exchange',
    family: 'exchange',
    tier: 'context',
    datedByLead: true,
    peopleOnly: false,
    doneWhereReported: false,
    specificity: 0,
    triggers: [
      // Not the deal, plan or talks about one ("a prisoner exchange deal").
      // …nor one agreed ("the sides agreed a prisoner swap of 1,200 for 1,200"): the agreement is the day's happening (Agreement reached), the swap still to come.
      // Agreed to as a noun ("agreed to a prisoner exchange") it is the same, unless it has a day of its own ("agreed to a prisoner swap to take place on Friday").
      { pattern: new RegExp(String.raw`(?<!\bagreed\s+(?:(?:on\s+)?${AGREED_DETERMINER}{0,2}|to\s+${AGREED_DETERMINER}{1,2})(?!${AGREED_HAPPENING}${ITS_OWN_DAY_AFTER}))\b(?:prisoner|prisoner-of-war|POW|captive)s?\s+(?:exchange|swap)s?\b(?!\s+(?:deal|agreement|plan|proposal|talks|framework|mechanism|lists?)\b)`, 'gi') },
      { pattern: /\b(?:exchange|swap)s?\s+of\s+(?:[\d,]+\s+)?(?:prisoners|POWs|captives|bodies)\b/gi },
      // …or the dead handed back both ways ("exchanged the bodies of eleven soldiers", "swapped the remains of 500 fallen soldiers").
      { pattern: /\b(?:exchanged|swapped|exchange|swap)\s+(?:the\s+)?(?:bodies|remains)\s+of\b/gi },
      // …or handed both ways ("handed each other 52 prisoners of war", "returned to one another 30 detainees"), the captives perhaps named by whose they are
      // ("freed 90 Palestinian prisoners", "released 146 Ukrainian soldiers"; a capital, so that "exchanged 12 rounds with soldiers" is no swap).
      // The count may be in words or rough ("Hamas freed twenty hostages", "freed about 1,900 Palestinian prisoners", "handed over seven living hostages"); a pardon frees
      // them too ("Minsk pardoned sixteen prisoners", "pardoned 12 jailed soldiers"), but only those told as held: "pardoned 12 soldiers who had deserted" frees no captive.
      { pattern: new RegExp(String.raw`\b[Pp]ardoned\s+${CAPTIVE_COUNT}\s+(?:(?:[A-Z][\w-]+\s+){0,2}${HELD_BY_THEIR_NOUN}|(?:[A-Z][\w-]+\s+)?(?:detained|captured|jailed|imprisoned)\s+(?:[A-Z][\w-]+\s+)?${HELD_PEOPLE})`, 'g') },
      { pattern: new RegExp(String.raw`\b(?:[Ee]xchanged|[Ss]wapped|[Ff]reed|[Rr]eleased|[Ee]xchange|[Ss]wap|[Hh]anded\s+(?:over|back)|(?:[Hh]anded|[Rr]eturned|[Gg]ave|[Ss]ent)\s+(?:back\s+)?(?:to\s+)?(?:each\s+other|one\s+another))\s+${CAPTIVE_COUNT}\s+(?:(?:detained|captured|jailed|imprisoned|wounded|living|remaining|[A-Z][\w-]+)\s+){0,2}${HELD_PEOPLE}`, 'g') },
      // Swapped both ways, told by the verb with no count ("Armenia and Azerbaijan exchanged detainees at the border this morning", "Kyiv and Moscow swapped prisoners of war on Sunday"):
      // exchanging or swapping captives is the swap itself; freeing or releasing them without a count is one side's act, and "agreed to exchange prisoners" a plan.
      { pattern: /\b(?:exchanged|swapped)\s+(?:(?:their|more|some|the)\s+)?(?:(?:prisoners|POWs|captives|detainees)\b|(?:captured|detained|jailed|imprisoned)\s+(?:soldiers|servicemen|civilians)\b)/gi },
      // …or told by the group or stage of captives, as swaps in stages are ("exchanged a first group of prisoners of war on Monday", "a second group of
      // Russian servicemen was returned from territory controlled by Kyiv", "another batch of detainees were freed"); a group going elsewhere is not ("a group of soldiers returned to base").
      { pattern: new RegExp(String.raw`\b(?:exchanged|swapped)\s+${CAPTIVE_GROUP}|\b${CAPTIVE_GROUP}(?=${IN_CLAUSE}{0,80}?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:returned|handed\s+over|released|freed|exchanged|swapped|repatriated|brought\s+(?:back|home))|(?:returned|came|come|comes|brought)\s+(?:back\s+|home\s+)?from\s+(?:captivity|(?:the\s+)?territory\s+(?:controlled|held|occupied)\s+by))\b)`, 'gi') },
      // …or one person set free by name ("the Justice Department released Alexander Vinnik", "Russia freed Marc Fogel on Tuesday"): a captive named needs no count.
      { pattern: new RegExp(String.raw`\b(?:freed|released)\s+(?=${FREED_BY_NAME})`, 'gu') },
      // …or told coming home after being held ("Alexander Vinnik, who was held in the United States for more than two years, is returning home, Peskov said").
      { pattern: new RegExp(String.raw`(?<=${FREED_BY_NAME}${WHO_WAS_HELD})(?:(?:is|was|are|were)\s+(?:returning|coming|flying)|(?:has\s+)?(?:returned|came|flew))\s+home\b`, 'gu') },
      // …or by a stage of its captives that came home, or their groups counted with each stage after (CAPTIVE_STAGES).
      { pattern: new RegExp(CAPTIVE_STAGES, 'gi') },
      // …or named by its noun with the count freed ("welcomed the release of 48 civilian detainees by both sides on Thursday", "the return of 120 prisoners of war"), not one sought ("called for the release of").
      { pattern: new RegExp(String.raw`(?<!\b(?:for|demand(?:ed|s|ing)?|seek(?:s|ing)?|sought|secur(?:e|ed|ing)|urg(?:e|ed|es|ing)|negotiat(?:e|ed|ing))\s+(?:the\s+)?)\b(?:release|return|repatriation|handover)\s+of\s+${CAPTIVE_COUNT}\s+(?:[\w-]+\s+){0,2}${CAPTIVES}`, 'gi') },
      // …or told in the passive, by the count swapped or freed, in digits or words, perhaps rough ("60 prisoners were swapped on each side", "All twenty living
      // hostages were released on Monday", "The first seven hostages have been handed to the Red Cross"); "40 soldiers were released from hospital" is no release of captives,
      // nor are the dead returned ("the remains of 49 servicemen were repatriated": a repatriation of their own).
      { pattern: new RegExp(String.raw`(?<=(?<!\b(?:${WAR_DEAD})\s+of\s+(?:[\w-]+\s+){0,2})\b${CAPTIVE_COUNT}\s+(?:[\w-]+\s+){0,2}${HELD_PEOPLE}\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:all|now|finally|safely)\s+)?)${FREED_PASSIVE}`, 'gi') },
      // …or by the freed arriving, carried or not ("Buses carrying freed Palestinian prisoners have begun arriving in Ramallah"; FREED_ARRIVING_BEFORE keeps it from being a trip).
      { pattern: new RegExp(String.raw`${FREED_CAPTIVES}(?=${IN_CLAUSE}{0,40}?\b(?:arriv(?:e|es|ed|ing)|reach(?:es|ed|ing)?)\b)`, 'g') },
      // …or by those who came home from captivity ("Another 95 Ukrainian defenders returned home from Russian captivity on Sunday"): in a war, a return from captivity is one side of a swap.
      { pattern: /\b(?:return(?:ed|s|ing)?|came|come|comes|coming|brought)\s+(?:back\s+)?home\s+from\s+(?:[A-Z][\w-]*\s+)?captivity\b/g },
      // A swap or an exchange told by who came home: "carried out their latest swap on Sunday, each side bringing home 84 soldiers"; not an exchange of fire, views or notes, nor one agreed to ("an agreement to exchange prisoners"). The noun is matched first and what came home looked for around it.
      { pattern: new RegExp(String.raw`\b(?:swap|exchange)\b(?<!\b(?:to|will|would|could|shall|may|might)\s+\w+)(?!\s+(?:of\s+(?:fire|views|letters|notes|information|opinions|words)|rates?|deal|agreement|plan|proposal|talks)\b)(?:(?=${IN_CLAUSE}{0,100}?\b${CAPTIVES})|(?<=\b${CAPTIVES}${IN_CLAUSE}{0,100}?\b\w+))`, 'gi') },
      // Captives handed over or freed in return for others ("handed over five detainees to Azerbaijan at the border on Monday in return for two soldiers"): a swap told without the word.
      { pattern: new RegExp(String.raw`\b(?:hand(?:ed|s|ing)?\s+over|releas(?:ed|es|ing)|free(?:d|s|ing)|return(?:ed|s|ing)|transferr(?:ed|ing))\b(?=[^.;]{0,120}?\bin\s+(?:return|exchange)\s+for\b)(?=[^.;]{0,160}?\b(?:${CAPTIVES}|hostages\b))`, 'gi') },
      // One of a count in a period ("This is the second exchange within two days, and it takes the number of prisoners released this week to 1,000"): the captives, or their release, may come after another clause.
      { pattern: new RegExp(String.raw`(?<=\b(?:second|third|fourth|fifth)\s+)(?:swap|exchange)\b(?=\s+(?:with)?in\s+[^.;]{0,160}?\b(?:${CAPTIVES}|released\b|freed\b))`, 'gi') },
    ],
    headline: exchangeHeadline,
  },
  statement: {
    plural: 'Statements',
    singular: 'statement',
    family: 'statement',
    tier: 'context',
    datedByLead: false,
    peopleOnly: true,
    doneWhereReported: false,
    specificity: 0,
    triggers: [
      { pattern: /\b(?:told|telling)\s+(?:reporters|journalists|parliament|lawmakers|legislators|senators|RFE\/RL|[A-Z][\w/]+|an?\s+(?:news|press)\s+(?:conference|briefing))\b/g, readout: true },
      // …or told as speaking to the press ("has just spoken to reporters in Beirut", "Talking to journalists on Tuesday, she said"); speaking to it after a gathering the sentence points back to ("spoke to reporters after the meeting") is that gathering's readout, its speaker one who was there (PARTICIPATION).
      { pattern: /\b(?:spoke|spoken|speak|speaks|speaking|talked|talking)\s+to\s+(?:reporters|journalists|the\s+(?:press|media))\b(?![^.;]{0,40}?\bafter\s+the\s+(?:talks|meeting|session|call|round|summit)\b)/gi, readout: true },
      // …or a body of listeners ("told a rally in Port Sudan", "told a congressional committee on Monday", "told a gathering of party activists"), not one person.
      { pattern: new RegExp(String.raw`\b(?:told|telling)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:${SITTING_GATHERING}|rally|committee|hearing|crowd|audience|congress|convention|forum|assembly|panel|inquiry|court|tribunal|meeting|gathering|briefing)\b`, 'g'), readout: true },
      { pattern: /\bspeaking\b/gi },
      // …or a speech to a gathering, told by its noun ("said the Vice President in his intervention in the first session on Saturday", "In her speech to the plenary session, the minister warned"): the gathering is its audience (SPOKEN_TO_BEFORE).
      { pattern: /\b(?:intervention|speech|address|remarks)\s+(?:in|at|to|before)\s+(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:session|summit|plenary|meeting|assembly|gathering)\b/g },
      // …or the speech or the news conference a saying was made in, told as its setting ("In a speech to officials that afternoon, the Pope called …", "At a
      // press conference in Berlin on Monday, he spoke for an hour", "called the decision "reckless" at a press conference", "At the winner's press conference, …");
      // only the setting of an act its clause tells ("signed the treaty at a press conference on Monday").
      { pattern: new RegExp(SAID_AT_ITS_OCCASION, 'g'), readout: true, setting: true },
      // …or a speech to a legislature, told by its noun ("give her first policy address to the Diet on Friday", "makes his first policy speech to both houses
      // tomorrow", "In a last address to the chamber that afternoon"): its speaker's saying to that chamber on its day, as a statement to it is.
      { pattern: new RegExp(String.raw`\b(?:speech|address)\s+to\s+(?:(?:both\s+(?:[Hh]ouses|chambers)|(?:the\s+)?${LEGISLATURE})\b)`, 'g') },
      // …or a speech told by its giving ("attended the first session of the summit and delivered a speech", "gave a long speech at the university on Monday",
      // "will deliver the keynote address"): its speaker's saying of that day, wherever it was given; "gave his address" alone is a place told, not a speech.
      { pattern: new RegExp(String.raw`\b${SPEECH_GIVEN}`, 'g') },
      // …or told as the press's questions answered ("answered questions from journalists for nearly an hour", "took reporters' questions on the tarmac", "fielded
      // questions from the travelling press"): a press conference by another name. Questions from the floor or from MPs are a session's, not the press's.
      { pattern: new RegExp(String.raw`\b(?:answer(?:ed|s|ing)?|took|takes|taking|fielded|fields|fielding)\s+(?:(?:a\s+few|several|some|more|further)\s+)?(?:questions\s+(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+)?${PRESS}|${PRESS}['’]\s+questions\b)`, 'gi'), readout: true },
      // "Peskov, asked by reporters about the article, said": a question answered in front of the press.
      { pattern: /\basked\s+by\s+(?:reporters|journalists|the\s+press)\b/gi, readout: true },
      // A backing taken back ("withdrew his endorsement of that summit's communiqué", "pulled its support for the resolution on Monday"): its giver's saying of that day (BACKING_WITHDRAWN).
      { pattern: new RegExp(BACKING_WITHDRAWN, 'g') },
      // Congratulations given ("congratulated him on the afternoon of the announcement", "sent his congratulations to the laureate"; CONGRATULATED): a saying of its day.
      { pattern: new RegExp(CONGRATULATED, 'g') },
      // A demand or a plea said aloud ("called for calm", "appealed for help from any country", "who appealed for foreign aid on Friday"): a saying of its day.
      { pattern: /\b(?:called|appealed)\s+for\b/gi },
      // A leader's speech: "said so in his evening video address on March 4".
      { pattern: /\b(?:evening|nightly|video|televised|weekly|annual|inaugural)\s+(?:video\s+)?address\b/gi },
      // …or a statement of more than one put out ("the leaders put out a joint statement on the war", "The two sides issued their climate statement in the evening",
      // "released a joint statement on Friday"): their saying of that day. One side's statement may be a press release, and one adopted is a text (ADOPTED_TEXT).
      { pattern: /\b(?:issued|put\s+out|released)\s+(?:(?:a|an)\s+joint\s+|their\s+(?:joint\s+)?(?:[\w-]+\s+)?)statement\b/gi },
      // …or a statement told by how it was put out ("Netanyahu's video statement of Thursday", "said in a televised statement on Monday night"); a written one or a ministry's plain "statement" may be a press release, and a joint one a text adopted.
      { pattern: /\b(?:video|televised|recorded)\s+statement\b/gi },
      // …or a joint one named by its day after "of" ("the companies' joint statement of July 24, which confirmed …") or after the participle that put it out
      // ("welcomed the joint press announcement issued today"): a saying of that day, its words its makers' whether or not they are named, as a release is (STATEMENT_OF_ITS_DAY).
      { pattern: new RegExp(STATEMENT_OF_ITS_DAY, 'g'), issued: true, joint: true },
      // …or a ruling a ministry or a regulator makes public ("the Ministry of Commerce announced its final anti-dumping ruling on EU brandy on 4 July", "the agency published
      // its preliminary determination on steel on Monday"): its saying of that day. A court's ruling is the Ruling of its own (other).
      { pattern: /(?<!\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?|[Jj]ustices?)\s+(?:[\w-]+\s+){0,2})\b(?:announc|publish)(?:e|es|ed|ing)\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:ruling|determination)\b/g },
      // …or said in a speech, an interview or an address ("said in a televised speech on Tuesday", "said in an interview with the radio on Friday"): the saying, dated by its own words.
      { pattern: new RegExp(String.raw`\b${SAID_BEFORE_ITS_SETTING}\s+in\s+(?:an?|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:speech|interview|address|broadcast)\b`, 'gi') },
      // A speech told by whom it was given to ("addressed both Houses of Parliament", "addressed the nation in the early hours of Thursday", "will address parliament", "addressed the assembly": GATHERING_ADDRESSED); not a letter, a problem or a chamber's concerns addressed. Told as done, ahead ("will address") or in a planner's present ("15:30 — Mr Macron addresses members of both Houses", dated by its day's heading). One that goes on to what was said (", telling lawmakers that …") is that saying's, whose words make its title.
      // Speaking to a gathering is addressing it ("the Board's chairman speaks to a shippers' conference in Chicago", "spoke at the Baltic forum in Tallinn on Wednesday");
      // not "spoke before a conference on Tuesday", whose "before" the trigger's dating reads as a time before that day.
      { pattern: new RegExp(String.raw`\b(?:address(?:ed|es)?|(?:spoke|speaks|speak)\s+(?:to|at))\s+(?=(?:members\s+of\s+)?both\s+(?:[Hh]ouses|chambers)\b|(?:the\s+)?(?:nation|country|${LEGISLATURE})\b(?!['’])|${GATHERING_ADDRESSED})(?![^.;]{0,80}?,\s+(?:telling|saying|announcing|warning|urging|promising|declaring)\b)`, 'g') },
      // …or a statement made to a legislature, told by its noun ("makes his first government statement to the Bundestag tomorrow", "A written statement to
      // Parliament is expected next week"): a saying to that chamber on its day, as an address is; a statement about parliament is not one made to it.
      { pattern: new RegExp(String.raw`\bstatements?\s+to\s+(?:the\s+)?${LEGISLATURE}\b`, 'g') },
      // A letter written to someone is a saying of its day ("wrote to the UN Security Council asking for an urgent meeting", "sent a letter to President Ruiz urging", "In a letter to the Commission on Tuesday, the minister warned"),
      // and so is a message, a memo or an email told so with its day ("In a message to staff this morning, chief executive Andrew Wilson said", "in an internal memo to
      // employees on Monday"; with none, "In a message to staff, Davie said" is more of what the story told before, and "on" its topic is none: "In an email to staff on the restructuring"); a letter of others' ("the letter to the editor") is not its writer's act told, nor is one its lawyers wrote (LAWYERS_LETTER: a step of a case).
      // So is one its writer made public ("published a letter on the Nicene Creed", "issued a pastoral letter on Sunday", "released an open letter to the unions"); not one of or from others ("released a letter from the hostages' families", "a letter of resignation", "a letter to the editor").
      { pattern: new RegExp(String.raw`${NOT_BY_LAWYERS}\b(?:wrote|writes|has\s+written|have\s+written)\s+(?:(?:a|an|an\s+open|a\s+joint)\s+letter\s+)?to\s+(?=(?:the\s+)?[A-Z])|${NOT_BY_LAWYERS}\b(?:sent|sends|addressed|addresses)\s+(?:a|an)\s+(?:(?:open|joint|formal|personal)\s+)?letter\s+to\b|\b[Ii]n\s+(?:a|an)\s+(?:(?:open|joint|formal|personal)\s+)?letter\s+to\b|\b[Ii]n\s+(?:a|an|his|her|their|its)\s+(?:internal\s+)?(?:message|memo|e-?mail|note)\s+to\b(?=[^,.;]{0,40}?\b(?:${DAY_NAMED}|${NEWS_RELATIVE_DAY}))|\b(?:published|publishes|issued|issues|released|releases)\s+(?:a|an|his|her|their|its)\s+(?:(?:new|open|joint|formal|personal|pastoral|apostolic)\s+)?letter\b(?!\s+(?:of|from|to\s+the\s+editor)\b)`, 'g') },
      // A saying its speaker wrote or posted on a platform ("wrote "Enough!" on his social network", "posted a long message on her Telegram channel", "published a statement on
      // its website"): the saying of that day. A message posted needs no platform named (POSTED_MESSAGE); not a book written, a letter or a loss posted.
      { pattern: new RegExp(String.raw`\b(?:wrote|posted|published)\s+${WRITTEN_SAYING}(?=[^.;]{0,80}?\bon\s+${PLATFORM})|\b${POSTED_MESSAGE}`, 'g') },
      // A news conference its holder gives ("Chair Jerome Powell has begun his news conference at the Fed's headquarters", "Powell's warning, at his news
      // conference half an hour later"): the holder's saying of that day, whatever it is told with (OWN_NEWS_CONFERENCE).
      { pattern: new RegExp(OWN_NEWS_CONFERENCE, 'g'), readout: true },
      // …or told as the press met ("will meet the press in Berlin on Monday", "met reporters outside the court"): a press conference by another name.
      { pattern: new RegExp(String.raw`\b(?:meet|meets|met|meeting)\s+(?:the\s+)?${PRESS_MET}`, 'g') },
      // …or a company's briefing of its investors ("will hold a joint conference call for investors and analysts today", "I listened to Tuesday's investor call"):
      // the company's saying of that day, its words its own whether or not the company is named, as figures are an office's (INVESTOR_BRIEFING).
      { pattern: new RegExp(INVESTOR_BRIEFING, 'g'), issued: true },
      // Figures or minutes an office puts out, told by their coming out ("the September inflation report was released on 24 October", "The minutes
      // of this week's meeting come out on 19 November"): the office's saying of that day, done or ahead, whoever the office is (FIGURES_PUBLISHED).
      { pattern: new RegExp(FIGURES_PUBLISHED, 'g'), issued: true },
    ],
    headline: statementHeadline,
  },
  strike: {
    plural: 'Strikes',
    singular: 'strike',
    family: 'strike',
    tier: 'context',
    datedByLead: true,
    // A strike has sides: the state that strikes ("Israel's air strikes", "Israel struck government tanks", "Israeli jets") is a party of it.
    peopleOnly: false,
    doneWhereReported: false,
    specificity: 0,
    triggers: [
      // Not workers' strikes ("a day of strikes for 18 September", "striking teachers"): LABOUR_STRIKE, a happening of kind other.
      {
        pattern: new RegExp(
          String.raw`\b(?:air\s*strikes|airstrikes|missile\s+strikes|drone\s+strikes|(?!${LABOUR_STRIKE})strikes|attacks|(?:drone|missile|air|rocket|artillery)\s+(?:attack|strike)|shelling|bombardment|striking(?!\s+${STRIKING_WORKERS}\b)|bombing|bombed|bombarded|shelled)\b`,
          'gi',
        ),
      },
      // One strike named by what it hit or by its day ("Saturday's strike on Kyiv"), never "strike a deal", nor a general strike on a day.
      { pattern: new RegExp(String.raw`\b(?!${LABOUR_STRIKE})strike\b(?=\s*,?\s+(?:on|against)\b)`, 'gi') },
      // …or one attack or raid named by what it hit ("the attack on the Burshtyn power plant on January 3"), or any of them by whom it killed ("An Israeli strike killed one of its commanders").
      { pattern: new RegExp(String.raw`\b(?:attack|raid)\s*,?\s+on\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?${STRUCK_TARGET}|\b(?:strike|attack|raid)\s+(?:killed|wounded|injured|destroyed|damaged)\b`, 'gi') },
      { pattern: /\b(?:massive|large-scale|combined|major|deadly|overnight)\s+(?:[A-Z]\w+\s+)?attack\b/gi },
      // What was hit, told by its coming under fire ("its posts near Lachin had come under fire on Monday night", "a convoy came under attack"); not a plan or a minister under fire from critics or for a decision.
      { pattern: /\b(?:came|come|comes|coming)\s+under\s+(?:(?:heavy|intense|sustained|renewed|rocket|artillery|mortar|drone|missile|sniper|enemy)\s+){0,3}(?:fire|attack|shelling|bombardment)\b(?![^.;]{0,60}?\b(?:from\s+(?:[\w-]+\s+){0,2}(?:critics|lawmakers|legislators|MPs|opposition|campaigners|activists|unions|economists|analysts|voters|press|media|colleagues|allies|rivals)|for\s+(?:its|his|her|their|the|a|an)\b))/gi },
      // What was hit, told in the passive with the weapons after it ("Two power substations were hit by Russian missiles overnight").
      { pattern: /\b(?:was|were|been|being)\s+(?:hit|struck|targeted|pounded|shelled)\s+(?:(?:overnight|again|repeatedly)\s+)?by\s+(?:[\w-]+\s+){0,3}(?:missiles?|drones?|rockets?|shells|(?:air\s*)?strikes|airstrikes|artillery|shelling)\b/gi },
      // The weapons as the subject: "launched hundreds of drones and missiles at Kyiv", "drones struck an oil refinery".
      { pattern: /\b(?:launched|fired)\s+(?:[\w,-]+\s+){0,5}(?:drones|missiles|rockets|mortars|shells)\b/gi },
      // …or told by what air defence downed ("shot down 41 of 56 drones launched overnight"), or in the passive ("drones launched by the enemy").
      { pattern: /\bshot\s+down\s+(?:[\w,-]+\s+){0,5}(?:drones|missiles|rockets)\b|\b(?:drones|missiles|rockets)\s+(?:launched|fired)\s+(?:by|at|overnight)\b/gi },
      // …or the aircraft that carried them ("Israeli aircraft struck targets in southern Lebanon", "warplanes hit a fuel depot"), in the perfect too ("jets have struck the compound", "drones had hit the depot").
      { pattern: /\b(?:drones?|missiles?|rockets?|shells?|aircraft|warplanes?|(?:fighter\s+)?jets|bombers|helicopter\s+gunships)\s+(?:(?:have|has|had)\s+(?:(?:just|now|already|also|again)\s+)?)?(?:struck|hit|slammed\s+into|targeted|attacked|pounded|bombed)\b/gi },
      // A strike told by what it did to a town ("an attack on Kyiv, 150 kilometres to the south, killed three people", "A drone attack on Odesa overnight wounded five").
      { pattern: /\b(?:attack|strike|raid)\s+on\s+(?=[A-Z][\w’'-]+\b(?!['’])[^.;]{0,80}?\b(?:killed|wounded|injured|damaged|destroyed)\b)/g },
      // …or by its shells falling on a place ("Shells fell in the hospital compound on Monday afternoon", "Two rockets landed near the airport").
      { pattern: /\b(?:shells|rockets|missiles|bombs|mortars|mortar\s+rounds|projectiles)\s+(?:fell|landed|exploded|rained\s+down)\s+(?=(?:in|on|near|at|around|inside)\b)/gi },
      // …or by what air defence intercepted ("intercepted and destroyed 49 fixed-wing unmanned aerial vehicles", "downed 12 UAVs over the Kursk region").
      { pattern: new RegExp(String.raw`\b(?:intercepted|downed|destroyed)\s+(?:and\s+(?:destroyed|downed|shot\s+down)\s+)?(?:[\w,-]+\s+){0,4}?${AERIAL_WEAPONS}`, 'gi') },
      // …or a state, by its one name, that hit a target of war ("Israel struck government tanks near the city", "Velsland hit rebel positions on Tuesday",
      // "the Republic of Velsland struck a second boat"); a storm named is no state ("Storm Ciarán hit the town"), nor a wave or a club one that hit a boat or a record.
      { pattern: new RegExp(String.raw`(?<=(?<!\b(?:Storm|Hurricane|Typhoon|Cyclone)\s+)\b[A-Z][\w’'-]+\s+(?:(?:also|again|then|later)\s+)?)(?:struck|hit|bombed|shelled|pounded)\s+(?=(?:[\w’'-]+,?\s+){0,3}?${STRUCK_TARGET})`, 'g') },
      // …or its forces ("US forces struck a small, fast boat", "Harrin troops hit an armoured convoy"); the forces of a market or of politics strike nothing, and what
      // forces only "hit" is a place or a craft of war, never a goal (FORCES_HIT_TARGET: "the navy hit its recruitment target").
      { pattern: new RegExp(String.raw`(?<=${FORCES_OF_A_STATE}\s+(?:(?:also|again|then|later)\s+)?)(?:(?:struck|bombed|shelled|pounded)\s+(?=(?:[\w’'-]+,?\s+){0,3}?${STRUCK_TARGET})|hit\s+(?=(?:[\w’'-]+,?\s+){0,3}?${FORCES_HIT_TARGET}))`, 'g') },
      // …or told back by the force that struck, a pronoun its subject ("The Velsland army confirms it struck the compound", "the military said they had hit rebel positions").
      { pattern: new RegExp(String.raw`(?<=${FORCE_TELLS_IT_STRUCK})(?:struck|hit|bombed|shelled|pounded|targeted)\s+(?=(?:[\w’'-]+\s+){0,3}?${STRUCK_TARGET})`, 'gi') },
      // The weapons after the verb: "pounded Ukraine's power grid overnight with 70 drones and 12 missiles".
      { pattern: /\b(?:pounded|hammered|struck|hit|targeted|attacked|battered|blasted)\b(?=[^.;]{0,80}?\bwith\s+(?:(?:about|nearly|more\s+than|over|some|at\s+least)\s+)?(?:[\w,-]+\s+){0,3}(?:drones|missiles|rockets|shells|bombs|artillery)\b)/gi },
    ],
    headline: strikeHeadline,
  },
  other: {
    plural: 'Other events',
    singular: 'other event',
    family: 'other',
    tier: 'context',
    datedByLead: false,
    // An agreement, sanctions or a visit has sides ("Kosovo and Serbia signed a Swiss-brokered agreement"); a funeral or a trip is someone's (the trigger's peopleOnly).
    peopleOnly: false,
    doneWhereReported: true,
    specificity: 0,
    triggers: [
      // Not one a thing is done or planned for ("published a letter on the Creed for the anniversary", "a reception planned … for the fiftieth anniversary"): the purpose of another act, told by it.
      { pattern: /(?<!\bfor\s+(?:the|its|their|this\s+year['’]s)\s+(?:[\w-]+\s+){0,2})\banniversary\b/gi, noun: 'Anniversary', byCalendar: true },
      // A day marked by the time since another ("Kosovo on Sunday marked 40 years since the end of the war", "Wednesday marks five years since the first round"): the count is matched, the verb looked for behind it.
      { pattern: new RegExp(String.raw`(?<=\b(?:mark(?:s|ed|ing)?|commemorat(?:e|es|ed|ing)|celebrat(?:e|es|ed|ing))\s+)${TIME_SINCE}`, 'gi'), noun: 'Anniversary', byCalendar: true, of: SINCE_WHAT },
      // …or one told by those who took part or joined ("about 8,000 people took part in Thursday's march", "Thousands joined a protest outside parliament"); "March" is a month.
      { pattern: new RegExp(String.raw`(?<=\b(?:took|take|takes|taking|taken|joined|join|joins|joining)\s+(?:part\s+in\s+)?(?:a|an|the|${WEEKDAY_NAME}['’]s)\s+(?:[\w-]+\s+){0,2}?)(?:march|protest|demonstration)\b`, 'g'), noun: 'Rally', peopleOnly: true },
      // …or by the crowd that marched, rallied or protested, or by the protesters' act ("Several thousand people marched from the square on Sunday", "Protesters attacked several embassies on Tuesday").
      { pattern: new RegExp(String.raw`\b(?:demonstrators|protesters)\s+gathered\b|\brally\b|\b${PROTESTING_CROWD}\s+(?:of\s+\w+\s+)?${CROWD_PROTESTED}|\b${PROTESTERS_ACT}`, 'gi'), noun: 'Rally', peopleOnly: true },
      // …or by its route ("the march from Portland Place to the square on Wednesday"); case kept, for "March" the month.
      { pattern: new RegExp(MARCH_ROUTE, 'gu'), noun: 'Rally', peopleOnly: true },
      // …or by its noun after a determiner ("Saturday the protest downtown was peaceful", "Another demonstration has been announced for Tuesday afternoon").
      { pattern: new RegExp(PROTEST_NOUN, 'gu'), noun: 'Rally', peopleOnly: true },
      // A labour strike, the workers' own happening ("the main unions have set a day of strikes for 18 September", "teachers went on strike on Monday").
      { pattern: new RegExp(LABOUR_STRIKE_HELD, 'gi'), noun: 'Strike', peopleOnly: true, runs: true },
      // …or told by the workers walking out ("the flight attendants walked out early on Saturday").
      { pattern: new RegExp(WORKERS_WALKED_OUT, 'gi'), noun: 'Strike', peopleOnly: true, datedByLead: true, runs: true },
      // …or by those who took part in it ("who took part in the walkout").
      { pattern: new RegExp(WALKOUT_JOINED, 'gi'), noun: 'Strike', peopleOnly: true, runs: true },
      // The other steps of a labour dispute, each of its day: the workers locked out, ordered back or their dispute sent to arbitration, an offer
      // the union turned down or took, the strike held unlawful, a labour board hearing the sides, and the service wound down for it (flying again after it is a recovery, FLIGHTS_RESUMED below).
      { pattern: new RegExp(WORKERS_LOCKED_OUT, 'gi'), noun: 'Lockout', datedByLead: true },
      { pattern: new RegExp(ORDERED_BACK_TO_WORK, 'gi'), noun: 'Back-to-work order', datedByLead: true, told: true },
      { pattern: new RegExp(WORKERS_REJECTED_OFFER, 'gi'), noun: 'Offer rejected', datedByLead: true },
      // …and the ballot's result made known (BALLOT_RESULT_ANNOUNCED: "in a ballot whose result the BMA announced on 8 July"): the telling is the step, no statement beside it.
      { pattern: new RegExp(`${NOT_DONE}(?:${BALLOT_RESULT_ANNOUNCED})`, 'gi'), noun: BALLOT_RESULT_NOUN, datedByLead: true, told: true },
      { pattern: new RegExp(WORKERS_ACCEPTED_OFFER, 'gi'), noun: 'Offer accepted', datedByLead: true },
      { pattern: new RegExp(STRIKE_HELD_UNLAWFUL, 'gi'), noun: 'Strike held unlawful', datedByLead: true },
      { pattern: new RegExp(BOARD_HEARS_THE_SIDES, 'g'), noun: 'Hearing', datedByLead: true },
      { pattern: new RegExp(SERVICES_CANCELLED, 'gi'), noun: 'Cancellations', datedByLead: true },
      { pattern: /\bcounter-?proposal\b/gi, noun: 'Counter-proposal' },
      // A plan or a draft made public ("A 28-point draft of the peace plan was made public last week", "made public a 12-point plan"): the day it became known is its own happening.
      { pattern: new RegExp(String.raw`(?<=\b${PLAN_DOCUMENT}s?\b[^.;]{0,60}?\b(?:was|were|been|being)\s+)made\s+public\b|\bmade\s+public\s+(?=(?:(?:a|an|the|its|their|[\w-]+)\s+){0,4}${PLAN_DOCUMENT}s?\b)`, 'gi'), noun: 'Plan made public', datedByLead: true },
      // …or told by the outcry it caused ("Last week the document provoked outrage around the world", "the draft sparked an uproar"): it became known then.
      { pattern: new RegExp(String.raw`(?<=\b${PLAN_DOCUMENT}s?\b[^.;]{0,40}?\s)(?:provoked|sparked|caused|triggered|prompted|stirred|drew|unleashed)\s+(?:(?:a|an|international|widespread|global|public|fierce|angry)\s+)*(?:outrage|uproar|backlash|outcry|fury|furore|furor|storm\s+of\s+(?:criticism|protest))\b`, 'gi'), noun: 'Plan made public', datedByLead: true },
      // A memorandum told with its place is the meeting that signed it there, as a signed agreement is (occasion).
      { pattern: /\bmemorandum\b/gi, noun: MEMORANDUM, occasion: 'whenPlaced' },
      { pattern: /\bfuneral\b/gi, noun: 'Funeral', datedByLead: true, peopleOnly: true },
      // Rites someone performs ("The Pope prayed with the Patriarch by the lake", "prays at the tomb of Saint Charbel", "celebrated Mass in the stadium", "led a huge open-air Mass",
      // "laid a wreath at the war memorial"): a happening of its day and place, as a funeral is. Not a wish ("prayed for peace"), nor the writer's own ("we prayed at the
      // shrine": a diarist's day is no news), nor one denied ("did not pray"), nor a journey's purpose ("went to İznik to pray with …", "will travel to Geneva to meet … and to lay a wreath": the journey or its meeting is the event), nor a mass of anything ("led a mass walkout"; the rite is written with a capital).
      { pattern: new RegExp(String.raw`${NOT_WRITERS_OWN}${NOT_DONE}(?<!\bto\s+)\bpray(?:s|ed|ing)?\s+(?:(?:together|silently|quietly|in\s+silence|alone)\s+)?(?=(?:with|at|by|beside|before|in)\b)`, 'g'), noun: 'Prayer', datedByLead: true, peopleOnly: true },
      // …or a silence kept at a place of loss, told as done ("stood quietly at the port where the blast happened", "stopped in silence at the memorial", "paused in silent
      // prayer beside the graves") or as a programme's step ("On Tuesday he stops in silence at the port"): a tribute of its day and place; standing quietly in anything
      // else ("stood quietly in the queue") is no rite.
      { pattern: new RegExp(String.raw`${NOT_WRITERS_OWN}${NOT_DONE}\b(?:stood|stopped|paused|stands|stops|pauses)\s+(?:quietly|silently|in\s+(?:silence|silent\s+prayer|prayer))\s+(?=(?:at|by|beside|before)\s)`, 'g'), noun: 'Silent tribute', datedByLead: true, peopleOnly: true },
      // …or by the silence kept (SILENCE_KEPT: "Parliament will observe a minute's silence when it meets on Tuesday", "held its minute's silence yesterday"): the same
      // tribute, named by its people as one stood in silence is.
      { pattern: new RegExp(SILENCE_KEPT, 'g'), noun: 'Silent tribute', datedByLead: true, peopleOnly: true },
      // …or a service of worship led or attended (RITE_TAKEN_PART_IN: "celebrated Mass", "joins Patriarch Bartholomew for the Divine Liturgy", "attended a memorial service", "led prayers").
      { pattern: new RegExp(String.raw`${NOT_WRITERS_OWN}${NOT_DONE}(?<!\bto\s+)\b${RITE_TAKEN_PART_IN}${MASS}`, 'g'), noun: 'Mass', datedByLead: true, peopleOnly: true },
      { pattern: new RegExp(String.raw`${NOT_WRITERS_OWN}${NOT_DONE}(?<!\bto\s+)\b${RITE_TAKEN_PART_IN}${SERVICE_OF_WORSHIP}`, 'g'), noun: 'Service of worship', datedByLead: true, peopleOnly: true },
      { pattern: new RegExp(String.raw`${LAID_IN_TRIBUTE}(?:a\s+|(?:the\s+)?(?:first\s+)?)?wreaths?\b|\bwreath-laying\b`, 'gi'), noun: 'Wreath laid', datedByLead: true, peopleOnly: true },
      // …or a ruler's appearance before the crowd from a balcony ("have come out onto the palace balcony", "will then greet the public from the palace balcony",
      // "appeared on the balcony of Buckingham Palace"): a ceremony of its day and place; a writer "out on the hotel balcony" is no one's news, nor protesters on the parliament's (CROWD_AS_SUBJECT_BEFORE).
      { pattern: new RegExp(String.raw`${NOT_WRITERS_OWN}${NOT_DONE}${CROWD_AS_SUBJECT_BEFORE}\b(?:(?:appear(?:s|ed|ing)?|(?:came|come|comes|coming|stepped|steps|step|walked|walks)\s+out)\s+(?:on|onto)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?balcony\b|(?:greet(?:s|ed|ing)?|wav(?:e|es|ed|ing)\s+to)\s+(?:the\s+)?${GREETED_CROWD}\s+from\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?balcony\b)`, 'g'), noun: 'Balcony appearance', datedByLead: true, peopleOnly: true },
      // …or a built place opened ("opens a new golf course in Aberdeenshire today", "he is to open a new course at his Menie estate on Tuesday", "inaugurated the
      // bridge"; FACILITY_OPENED): a ceremony of its day and place, its opener's, told done or planned ("is to open", "plans to open his office on Saturday");
      // not a journey's purpose ("flew to Lusk to open the bridge": the journey is the event).
      { pattern: new RegExp(String.raw`${NOT_WRITERS_OWN}${NOT_DONE}(?<!(?<!\b(?:is|are|was|were|plans?|planned|planning|intends?|intended|due|set|scheduled|expected)\s+)\bto\s+)\b(?:open(?:s|ed|ing)?|inaugurat(?:e|es|ed|ing))\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,2}?${FACILITY_OPENED}`, 'g'), noun: 'Opening', datedByLead: true, peopleOnly: true },
      // …or a public gathering held or hosted for an audience (SCREENING_HELD, CONCERT_HELD, SHOW_HELD, PUBLIC_TALK_HELD, CELEBRATION_HELD, INFORMATION_SESSION_HELD, WATCH_PARTY_HELD: "will host a public talk on the images on
      // Thursday evening", "held its screening for schoolchildren"): a happening of its day and place, one noun each, so that the report told ahead and the one
      // told after merge.
      { pattern: new RegExp(SCREENING_HELD, 'gi'), noun: 'Screening', datedByLead: true, setting: true },
      { pattern: new RegExp(CONCERT_HELD, 'gi'), noun: 'Concert', datedByLead: true, setting: true },
      { pattern: new RegExp(SHOW_HELD, 'gi'), noun: 'Show', datedByLead: true, setting: true },
      { pattern: new RegExp(PUBLIC_TALK_HELD, 'gi'), noun: 'Public talk', datedByLead: true, setting: true },
      { pattern: new RegExp(CELEBRATION_HELD, 'gi'), noun: 'Celebration', datedByLead: true, setting: true },
      { pattern: new RegExp(INFORMATION_SESSION_HELD, 'gi'), noun: 'Information session', datedByLead: true, setting: true },
      { pattern: new RegExp(WATCH_PARTY_HELD, 'gi'), noun: 'Watch party', datedByLead: true, setting: true },
      // …or a club's own gathering of its members (CLUB_GATHERING: "Last night's observing session at Pike Hill", "Our monthly meeting is on Tuesday 18 March"),
      // or a star party (STAR_PARTY: "The spring star party at Pike Hill will come later in the season").
      { pattern: new RegExp(CLUB_GATHERING, 'g'), noun: 'Club gathering', datedByLead: true, setting: true },
      // …and so is a company's or an office's meeting of all its staff (STAFF_MEETING: "Wilson will hold an all-hands meeting for employees on Wednesday"):
      // its own gathering, no meeting of sides.
      { pattern: new RegExp(STAFF_MEETING, 'gi'), noun: 'Staff meeting', datedByLead: true, setting: true },
      { pattern: new RegExp(STAR_PARTY, 'gi'), noun: 'Star party', datedByLead: true, setting: true },
      // …or someone welcomed home by the public (WELCOMED_HOME: "will be welcomed at Vienna airport this afternoon", "came home to a crowd of thousands"): its
      // day's happening, one noun, so that the welcome told ahead and the one told done merge.
      { pattern: new RegExp(WELCOMED_HOME, 'g'), noun: 'Welcome home', datedByLead: true, peopleOnly: true },
      // …or a programme for the public that opens on its day (PROGRAMME_OPENED: "the summer school opens on Monday 14 July", "the festival began on Friday").
      { pattern: new RegExp(PROGRAMME_OPENED, 'gi'), noun: 'Opening', datedByLead: true, peopleOnly: true },
      // …or a legislature back at work after an election or a recess (LEGISLATURE_RETURNS: "Parliament returns on May 26"): its first sitting's day.
      { pattern: new RegExp(LEGISLATURE_RETURNS, 'g'), noun: 'Return of parliament', datedByLead: true },
      // …or voting before election day over its days (ADVANCE_POLLS: "held from Friday the 18th to Monday the 21st"): a happening of its span.
      { pattern: new RegExp(ADVANCE_POLLS, 'gi'), noun: 'Advance polls', datedByLead: true, runs: true, noDoer: true },
      // …or flowers laid where the dead are mourned ("laid flowers at the graves of the airmen", "lays a bouquet of flowers beside the memorial"); flowers laid out or on a table are no tribute.
      { pattern: new RegExp(String.raw`${LAID_IN_TRIBUTE}(?:(?:a\s+)?(?:bunch|bouquet|posy|spray)\s+of\s+)?(?:[\w-]+\s+)?flowers\b(?=\s+(?:at|on|by|beside|before)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w’'-]+\s+){0,3}?${PLACE_OF_MOURNING})`, 'gi'), noun: 'Flowers laid', datedByLead: true, peopleOnly: true },
      // A blast or a quake named by its day ("the explosion of 4 August 2020 killed more than two hundred people", "since the earthquake on 6 February"): a happening of that day.
      { pattern: new RegExp(String.raw`\b(?:explosion|blast|earthquake)s?\b(?=\s+(?:of|on)\s+${DAY_NAMED})`, 'gi'), noun: 'Disaster', datedByLead: true },
      // A disaster told by its verb, the noun its subject ("A strong earthquake struck central Vell on Friday", "the hotel tower in Brell
      // collapsed", "the old bridge fell into the river"): a happening of its day, as one named by its day is. Not a quake in a report or a plan ("the quake report",
      // "the tower project collapsed"): the verb must follow the noun with only its place, size or state between.
      { pattern: new RegExp(String.raw`\b${BUILDING}\b(?=${DISASTER_AT}${BUILDING_FELL}\b)`, 'g'), noun: 'Collapse', datedByLead: true, title: disasterTitle },
      // A quake in a clause of "when" is the time of what its sentence tells ("the bridge fell when Friday's earthquake shook the valley"), not a second happening;
      // …and one told by its measured size alone (QUAKE_MEASURED: "some 80 minutes after a magnitude 8.8 earthquake off Russia's Kamchatka Peninsula"), not one
      // foreseen; a quake after the first (QUAKE_AFTER: "A second quake of 6.4 followed", "a strong aftershock struck") is its own happening, not the first told again,
      // and aftershocks foreseen ("strong aftershocks could follow for weeks") a mention of one with no day.
      { pattern: new RegExp(String.raw`(?<!\bwhen\s+(?:[\w'’]+\s+){0,3})${NOT_A_HAZARD_BEFORE}(?<!${QUAKE_AFTER_BEFORE})\b(?![Aa]ftershock)(?:${QUAKE}\b(?=${DISASTER_AT}${QUAKE_STRUCK}\b)|(?<=${QUAKE_MEASURED})${QUAKE}\b(?!${QUAKE_FORESEEN}))`, 'gu'), noun: 'Earthquake', datedByLead: true, title: disasterTitle },
      { pattern: new RegExp(String.raw`${QUAKE_AFTER}\b(?=${DISASTER_AT}${QUAKE_STRUCK}\b|${QUAKE_FORESEEN})`, 'gu'), noun: 'Aftershock', datedByLead: true, title: disasterTitle },
      // A hazard of weather, water or fire that struck (WEATHER_HAZARD: "Floods swept through Valencia on Tuesday", "Hurricane Milton made landfall near Siesta Key"),
      // a river over its banks, a volcano's eruption, a heatwave's record, a tsunami's or a surge's waves at a place: each a happening of its day and place.
      { pattern: new RegExp(String.raw`${NOT_A_HAZARD_BEFORE}\b${WEATHER_HAZARD}(?:${HAZARD_NAME}(?=${DISASTER_AT}${HAZARD_STRUCK}\b)|(?=${DISASTER_AT}${HAZARD_STRUCK}\b${HAZARD_STRUCK_WHERE}))|${RIVER_FLOODED}`, 'gu'), noun: 'Hazard struck', datedByLead: true, noDoer: true },
      { pattern: new RegExp(VOLCANO_ERUPTED, 'gu'), noun: ERUPTION_NOUN, datedByLead: true, noDoer: true },
      // …and what an eruption does after it has begun, each told once by its own verb (ERUPTION_NOUNS: a headline's place is every one's).
      { pattern: new RegExp(FISSURE_OPENED, 'giu'), noun: FISSURE_NOUN, datedByLead: true, noDoer: true, story: new RegExp(VOLCANOS_STORY, 'iu') },
      { pattern: new RegExp(LAVA_REACHED, 'gu'), noun: LAVA_NOUN, datedByLead: true, noDoer: true },
      { pattern: new RegExp(QUAKE_SWARM_BEGAN, 'gi'), noun: QUAKE_SWARM_NOUN, datedByLead: true, noDoer: true },
      { pattern: new RegExp(HEAT_RECORD, 'gi'), noun: 'Heat record', datedByLead: true, noDoer: true },
      // …as a place's busiest day or night is its custom's (BUSIEST_DAY).
      { pattern: new RegExp(BUSIEST_DAY, 'gi'), noun: 'Busiest day', datedByLead: true },
      { pattern: new RegExp(WAVES_REACHED, 'gu'), noun: 'Waves', datedByLead: true, noDoer: true },
      // A vehicle's crash told by its verb (VEHICLE_CRASHED: "the funicular came off its rails and crashed into a building"): a happening of its day, one noun
      // for its verbs, so that two reports of it merge, whether or not a clause of "when" tells it after its dead ("were killed when the train derailed"); a
      // noun none of its verbs holds ("crashed" would title it by itself), so that it is titled by its vehicle (crashTitle: "Crash of the Glória funicular").
      { pattern: new RegExp(VEHICLE_CRASHED, 'g'), noun: 'Accident', datedByLead: true, title: crashTitle },
      // A blackout, told by its verb or its noun's (POWER_CUT: "a collapse of the grid cut power to almost all of Spain", "the blackout that struck the peninsula on
      // Monday"), and the crisis's recovery told by what comes back: power (POWER_RESTORED), services on the ground or in the air (GROUND_SERVICE_RESUMED,
      // FLIGHTS_RESUMED). Each is a happening of its day, one noun each, so that two reports of the cut or of the power back merge; no one does a blackout or
      // power's return, so the grid operator that tells of it is no party (noDoer).
      { pattern: new RegExp(POWER_CUT, 'gi'), noun: 'Blackout', datedByLead: true, noDoer: true },
      { pattern: new RegExp(POWER_RESTORED, 'gi'), noun: 'Power restored', datedByLead: true, noDoer: true },
      { pattern: new RegExp(GROUND_SERVICE_RESUMED, 'gi'), noun: 'Services resumed', datedByLead: true },
      { pattern: new RegExp(FLIGHTS_RESUMED, 'gi'), noun: 'Flights resumed', datedByLead: true },
      // What is done in a crisis: people brought to safety (PEOPLE_EVACUATED), schools, transport or a border shut and reopened (FACILITY_CLOSED, FACILITY_REOPENED).
      { pattern: new RegExp(PEOPLE_EVACUATED, 'gi'), noun: 'Evacuation', datedByLead: true },
      { pattern: new RegExp(EVACUATION_COMPLETE, 'gu'), noun: 'Evacuation', datedByLead: true, noDoer: true },
      // …and relief brought in (AID_BROUGHT_IN: "900 lorries of food entered the strip on Monday", where relief is named before them; AID_SENT: "sent a first
      // plane with tents and medicine"): each day's deliveries one happening.
      { pattern: new RegExp(AID_BROUGHT_IN, 'gi'), noun: 'Aid delivery', datedByLead: true, topic: AID_NAMED },
      { pattern: new RegExp(AID_SENT, 'gi'), noun: 'Aid delivery', datedByLead: true },
      { pattern: new RegExp(FACILITY_CLOSED, 'gi'), noun: 'Closure', datedByLead: true },
      { pattern: new RegExp(FACILITY_REOPENED, 'gi'), noun: 'Reopening', datedByLead: true },
      // …and against a hazard: its warning given (with its sirens), downgraded and lifted, the evacuation ordered and lifted, people and patients moved to
      // safety (MOVED_TO_SAFETY, an evacuation as PEOPLE_EVACUATED's is); each its day's act, one noun each, so that two reports of one warning merge.
      { pattern: new RegExp(WARNING_ISSUED, 'gi'), noun: 'Warning', datedByLead: true, told: true },
      { pattern: new RegExp(WARNING_DOWNGRADED, 'gi'), noun: 'Warning downgraded', datedByLead: true },
      { pattern: new RegExp(WARNING_LIFTED, 'gi'), noun: 'Warning lifted', datedByLead: true },
      { pattern: new RegExp(EVACUATION_ORDERED, 'gi'), noun: 'Evacuation order', datedByLead: true },
      { pattern: new RegExp(EVACUATION_ORDER_LIFTED, 'gi'), noun: 'Evacuation order lifted', datedByLead: true },
      { pattern: new RegExp(MOVED_TO_SAFETY, 'gi'), noun: 'Evacuation', datedByLead: true },
      // Sanctions as something done on a day ("imposed new sanctions on", "lifted part of its oil sanctions"), not threatened ("would face sanctions").
      // The noun is matched and the verb looked for behind it, so a sentence without the noun costs one scan.
      { pattern: /(?<=\b(?:impos(?:e|es|ed|ing)|lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|slapp(?:ed|ing)|extend(?:s|ed|ing)?|adopt(?:s|ed|ing)?|approv(?:e|es|ed|ing))\s+(?:(?:new|fresh|further|more|additional|some|part\s+of|its|their|the|[\w-]+)\s+){0,4})sanctions\b/gi, noun: 'Sanctions', datedByLead: true },
      // …or told by its verb, the state or its office before it (SANCTIONED_BY_VERB: "US Treasury sanctions Rosneft and Lukoil", "the EU sanctioned Velsland's defence minister"); "the bank sanctioned the loan" is none.
      { pattern: new RegExp(SANCTIONED_BY_VERB, 'gu'), noun: 'Sanctions', datedByLead: true },
      // A levy or tariff put on goods on a day ("imposed a 15% levy on copper", "slapped new tariffs of 25 percent on steel", "lifted the duty on grain"), as sanctions are; one threatened ("threatened tariffs") is not.
      { pattern: new RegExp(String.raw`${TRADE_MEASURE_PUT}${TRADE_LEVY}\b`, 'gi'), noun: 'Tariff', datedByLead: true },
      // …or one taking effect on its day, told ahead or done ("The new tariff is due to take effect on Friday, 1 August", "Trump's tariffs on Canadian cars came into force
      // on April 3"): the day the goods start to pay it is the news, whoever put it on and whenever. The verb is matched, so the day beside it is the levy's,
      // not one of an earlier clause ("won the April 28 election, weeks after Trump's tariffs … came into force on April 3").
      { pattern: new RegExp(String.raw`(?<=\b${TRADE_LEVY}\b[^.;]{0,60}?)\b(?:${TRUCE_TOOK_EFFECT}|(?<=\b(?:to|will|would)\s+)(?:take\s+effect|come\s+into\s+(?:force|effect)))\b`, 'gi'), noun: 'Tariff', datedByLead: true },
      // …and so are curbs on trade that are no levy ("imposed export licences on seven rare earths on 4 April", "introduced import quotas for steel"), and a market closed to
      // another state's firms ("closed large public tenders for medical devices to Chinese firms on 20 June", "shut its procurement market to Japanese suppliers");
      // a tender that closed on a day is a deadline, not a market closed to anyone.
      { pattern: new RegExp(String.raw`${TRADE_MEASURE_PUT}(?:export|import)\s+(?:licen[cs]es|licensing|controls|bans?|quotas|restrictions)\b|\b(?:closed|shut|barred)\s+(?:(?:its|their|the|a|an|[\w-]+)\s+){0,3}?(?:tenders|procurement(?:\s+market)?|public\s+contracts)\b(?=[^.;]{0,60}?\bto\s+(?:[A-Z][\w’'-]*\s+)?(?:firms|companies|suppliers|bidders|manufacturers|makers)\b)`, 'gi'), noun: 'Trade restriction', datedByLead: true },
      // A central bank's decision on its rate, told by the bank and its act ("The Federal Reserve lowered its main interest rate by a quarter point on Wednesday",
      // "the Bank of Estmark held rates at 4%", "the ECB raised its deposit rate"): the day's act of the bank, not a cut expected or denied ("did not cut rates").
      // …also told with a particle after the rate ("The Bank of Estmark brought its base rate down to 3.5% on Thursday", RATE_BROUGHT), and by the bank's
      // head noun alone once named ("The Bank last lowered rates on 8 May", CENTRAL_BANK); not a rate only expected to come down ("rates are expected to fall").
      { pattern: new RegExp(String.raw`(?<=\b${CENTRAL_BANK}[^.;]{0,60}?)${NOT_DONE}\b(?:${RATE_MOVED}\s+(?=${POLICY_RATE})|${RATE_BROUGHT}\s+(?=${POLICY_RATE}\s+${RATE_WAY}))`, 'g'), noun: RATE_DECISION, datedByLead: true, title: rateTitle },
      // …and the bank's next one, named only as the next after its article told one ("The next decision is due on 10 December"): planned for its day (NEXT_DECISION).
      { pattern: new RegExp(NEXT_DECISION, 'g'), noun: RATE_DECISION, toldBefore: true },
      // A rating agency's decision on a state's rating, done or ahead (RATING_DECIDED: "Fitch cut Estmark's rating on Friday", "On Friday the ratings agency Fitch
      // delivers its verdict on France's debt", "on Friday Fitch may well lower France's rating": the review's day is set whatever it decides); a rating only feared is none.
      { pattern: new RegExp(RATING_DECIDED, 'gu'), noun: 'Rating decision', datedByLead: true, title: ratingTitle },
      // A bloc that takes in a state as a member, or a state that joins one ("the leaders admitted Timor-Leste as the bloc's eleventh member on Sunday",
      // "Finland joined NATO as its 31st member", "Timor-Leste, admitted as the eleventh member of ASEAN yesterday"): the enlargement is its day's act.
      { pattern: new RegExp(ADMITTED_AS_MEMBER, 'g'), noun: 'Accession', datedByLead: true, title: accessionTitle },
      // What a state's institutions do on a day, told by the institution and its act: a government that shuts down ("the government shut down on
      // 1 October"), a central bank that ends the run-off of its balance sheet ("the Fed will stop shrinking its balance sheet on December 1"), a
      // court that hears a case ("The Supreme Court will hear her case in January"). Done or ahead, each is its day's happening.
      { pattern: new RegExp(GOVERNMENT_SHUT_DOWN, 'g'), noun: 'Government shutdown', datedByLead: true, title: shutdownTitle },
      { pattern: new RegExp(String.raw`(?<=\b${CENTRAL_BANK}[^.;]{0,60}?)${NOT_DONE}\b${RUN_OFF_ENDED}`, 'g'), noun: 'End of balance-sheet run-off', datedByLead: true, title: runOffTitle },
      { pattern: new RegExp(COURT_HEARS_A_CASE, 'g'), noun: 'Hearing', datedByLead: true, title: hearingTitle },
      // A state that answered another's measure with its own ("China answered in kind on 6 July", "Ottawa responded in kind with duties on Friday"): the reprisal is its act of that day.
      { pattern: /\b(?:answered|responded|replied|retaliated|hit\s+back|struck\s+back)\s+in\s+kind\b/gi, noun: 'Retaliation', datedByLead: true },
      // A signed agreement ("signed a border demarcation agreement", "signed a deal on"), not one sought or close ("very close to a deal").
      // …or by putting names to it ("put their names to a water-sharing treaty"), or told in the passive ("The deal was signed in Doha on Monday").
      // …or after its noun, the participle alone ("the agreement on humanitarian corridors signed in Ardun last month", "the accord signed on Monday", a text named by what it is of: "a Declaration of Principles signed in the same building on 25 April"),
      // or by its ceremony ("A signing ceremony is set for 30 March", "after Friday's signing ceremony").
      // …or in a relative clause on the text that holds its own day ("a pact with Ishin, which she and Yoshimura put their names to on Monday evening", "the accord, which
      // was signed on 4 May", DATED_RELATIVE): the clause's act and day are the signing's, the main clause's being another.
      // …or by its signers taking turns, with no text named ("Wagner of Congo signed first; Nduhungirehe of Rwanda followed", SIGNED_IN_TURN).
      // Told with its place ("signed a memorandum with Speaker Hlinková in Trenčín today", "signed in Lisbon on Monday by"), it is the sides' meeting there (occasion), as an agreement reached somewhere is.
      // …also in the order of a text translated from French or Spanish, the day and place before the text signed ("signed on Friday 27 June in Washington, on behalf of the Republic, a peace agreement", "had signed in Lusk, on 25 April last, a Declaration of Principles").
      { pattern: new RegExp(String.raw`\bsigned\b(?=\s+(?:on|in|at)\s+[^,.;]{1,60}?(?:,\s+(?:on\s+behalf\s+of|for|on|in|at)\s+[^,.;]{1,80}?)?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}${SIGNED_TEXT})|(?<=\b(?:sign(?:s|ed|ing)?|put(?:s|ting)?\s+(?:their|his|her|its)\s+(?:names?|signatures?)\s+to)\s+(?:(?:a|an|the|their|its|new|[\w-]+)\s+){0,4})${SIGNED_TEXT}|(?<=\b${SIGNED_TEXT}(?:\s+(?:between|among|of|on|with|for)\s+[^.;]{1,80}?)?\s+(?:(?:had|has|have)\s+been|was|were)\s+)signed\b|(?<=\b${SIGNED_TEXT}(?:\s+(?:on|over|for|between|with|of)(?:\s+[\w-]+){1,3}?)?\s*,?\s+)signed\b(?=,?\s+(?:${SIGNED_WHEN_OR_WHERE})\b)|(?<=\b${SIGNED_TEXT}(?:\s+(?:between|among|of|on|with|for)\s+[^,.;]{1,80}?)?${DATED_RELATIVE}\s+(?:(?!(?:not|never|yet)\b)[\w’'-]+\s+){1,8}?)(?:signed|put\s+(?:their|his|her|its)\s+(?:names?|signatures?)\s+to)\b|\bsigning\s+ceremony\b|${SIGNED_IN_TURN}|${SIGNED_BY_TWO_SIDES}`, 'gi'), noun: AGREEMENT_SIGNED, datedByLead: true, occasion: 'whenPlaced' },
      // …or by its noun alone with its own day, in an aside or a second clause (SIGNING_ON_ITS_DAY: "For Mira Tal, the signing in Port Ardel on Sunday was something
      // she watched on her phone"): its signers go unnamed there, and whoever the sentence names watched or tells of it (noDoer), so it joins the signing told with them.
      { pattern: new RegExp(SIGNING_ON_ITS_DAY, 'g'), noun: AGREEMENT_SIGNED, datedByLead: true, occasion: 'whenPlaced', noDoer: true },
      // A text a gathering adopts ("Leaders adopted a joint declaration on Saturday", "were adopting the Kigali declaration", "the final communique, adopted on Monday
      // afternoon", "the declaration … after it was adopted"): the adopting is an act of its own day, not the gathering itself (a summit lasts days; its text is
      // adopted on one). The noun is matched behind the verb, the participle behind the noun; none denied or failed (NOT_ADOPTED), none only expected ("is expected to be adopted").
      { pattern: new RegExp(String.raw`(?<=${NOT_ADOPTED}\b(?:adopt(?:s|ed|ing)?|approv(?:e|es|ed|ing))\s+(?:(?:a|an|the|their|its|[\w'’-]+)\s+){0,3})${ADOPTED_TEXT}|(?<=(?<!\b[Nn]o\s+(?:[\w-]+\s+)?)\b${ADOPTED_TEXT}[^.;]{0,40}?(?:\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:unanimously|formally|finally|swiftly)\s+)?|,\s+))adopted\b`, 'g'), noun: 'Declaration adopted', datedByLead: true },
      // A treaty ratified ("ratified the extradition treaty with Mozambique after a vote on Thursday"): a parliament's act of its own day.
      { pattern: new RegExp(String.raw`(?<=\bratif(?:y|ies|ied|ying)\s+(?:(?:a|an|the|their|its|new|[\w-]+)\s+){0,4})${SIGNED_TEXT}`, 'gi'), noun: 'Ratification', datedByLead: true },
      // An order a leader signs ("signed an executive order on Monday", "Then at lunchtime he signed the order putting the trade deal into effect", "signed a decree on the
      // call-up", "signed the bill into law"): the signing is the day's act. Not goods ordered ("signed an order for 40 jets"), nor "in order to", nor one denied ("did not sign the decree").
      { pattern: new RegExp(String.raw`${NOT_DONE}\bsign(?:s|ed|ing)?\s+(?:(?:an?|the|his|her|its|their|new|executive|presidential|royal|emergency|two|three|several)\s+){1,3}(?:order|decree|proclamation)s?\b(?!\s+(?:for|worth)\b)|${NOT_DONE}\bsign(?:s|ed|ing)?\s+(?:(?:an?|the|[\w-]+)\s+){0,3}?bill\s+into\s+law\b`, 'g'), noun: 'Order signed', datedByLead: true, peopleOnly: true },
      // A state of emergency declared ("has declared a state of emergency in six regions", "declared the capital an emergency zone"): the day's act of its government.
      { pattern: new RegExp(String.raw`${NOT_DONE}(?:${EMERGENCY_DECLARED})`, 'gi'), noun: 'State of emergency', datedByLead: true },
      // …and mourning declared for the dead (MOURNING_DECLARED: "declared three days of municipal mourning"): a government's or a mayor's act of its day.
      { pattern: new RegExp(String.raw`${NOT_DONE}(?:${MOURNING_DECLARED})`, 'gi'), noun: 'Mourning declared', datedByLead: true },
      // A company deal, agreed (DEAL_AGREED: "Union Pacific agreed to buy Norfolk Southern", "entered into a definitive agreement under which …"), done
      // (DEAL_COMPLETED: "completed its acquisition of Spirit on Monday") or cleared by its regulator (DEAL_CLEARED: "EU regulators cleared the merger on
      // Friday"): each the day's act of its companies or its regulator; a deal in talks or rumoured is none. A board's approval is a meeting.
      { pattern: new RegExp(`${NOT_DONE}(?:${DEAL_AGREED})`, 'g'), noun: 'Deal agreed', datedByLead: true },
      { pattern: new RegExp(`${NOT_DONE}(?:${DEAL_COMPLETED})`, 'g'), noun: 'Deal completed', datedByLead: true },
      { pattern: new RegExp(`${NOT_DONE}(?:${DEAL_CLEARED})`, 'g'), noun: 'Deal cleared', datedByLead: true },
      // A product's launch, by its steps (PRODUCT_UNVEILED, PRE_ORDERS_OPENED, ON_SALE: "unveiled the phones yesterday", "Pre-orders open on Friday", "went on
      // sale on Friday"): each the maker's act of its day, done or ahead; only goods unveiled, not a plan. A market's record close (RECORD_CLOSE) is the
      // happening of its trading day, as a deal's steps are.
      { pattern: new RegExp(`${NOT_DONE}(?:${PRODUCT_UNVEILED})`, 'gi'), noun: 'Product unveiled', datedByLead: true, launch: true },
      { pattern: new RegExp(`${NOT_DONE}(?:${PRE_ORDERS_OPENED})`, 'gi'), noun: 'Pre-orders open', datedByLead: true, launch: true },
      { pattern: new RegExp(`${NOT_DONE}(?:${ON_SALE})`, 'gi'), noun: 'On sale', datedByLead: true, launch: true },
      // …or of goods told by their name and number (NUMBERED_GOODS_RELEASED: "Battlefield 6 went on sale last Friday", "Pixel 10 launches on 20 August"): the same step.
      { pattern: new RegExp(`${NOT_DONE}(?:${NUMBERED_GOODS_RELEASED})`, 'g'), noun: 'On sale', datedByLead: true, launch: true },
      { pattern: new RegExp(`${NOT_DONE}(?:${RECORD_CLOSE})`, 'gi'), noun: 'Record close', datedByLead: true, noDoer: true, title: recordCloseTitle },
      // …and a company's shares moving by an amount (SHARES_MOVED: "EA's shares jumped about 15 percent that afternoon"): the happening of its trading day.
      { pattern: new RegExp(`${NOT_DONE}(?:${SHARES_MOVED})`, 'g'), noun: 'Shares moved', datedByLead: true, noDoer: true },
      // A production ended at its site (PRODUCTION_ENDED: "the last car rolled off the assembly line this afternoon", "production ended at the works on
      // Monday"): the maker's last day there, its closure told by its last act, as a product's first day on sale is its launch's.
      { pattern: new RegExp(`${NOT_DONE}(?:${PRODUCTION_ENDED})`, 'gi'), noun: 'End of production', datedByLead: true },
      // A medicine or a settlement approved by its regulator or court, or a medicine recommended by a health body (APPROVAL_GRANTED, MEDICINE_RECOMMENDED:
      // "The FDA approved the drug on 18 June", "The World Health Organization recommended lenacapavir on 14 July"): the body's act of its day, as a merger cleared is.
      { pattern: new RegExp(`${NOT_DONE}(?:${APPROVAL_GRANTED})`, 'g'), noun: 'Approval', datedByLead: true, title: approvalTitle },
      { pattern: new RegExp(`${NOT_DONE}(?:${MEDICINE_RECOMMENDED})`, 'g'), noun: 'Recommendation', datedByLead: true, title: approvalTitle },
      // …and the regulator's opinion before it, given or due (OPINION_GIVEN: "The European Medicines Agency's committee is due to give its opinion on the drug this week").
      { pattern: new RegExp(`${NOT_DONE}(?:${OPINION_GIVEN})`, 'g'), noun: 'Opinion', datedByLead: true },
      // A penalty told by the span it runs (PENALTY_SPAN: "The suspension runs from 9 February to 4 May"): one happening of those days.
      { pattern: new RegExp(PENALTY_SPAN, 'g'), noun: 'Ban', datedByLead: true, runs: true },
      // A player's move between clubs (PLAYER_SIGNED: "signed Nick Woltemade from Stuttgart"), a bid for one turned down or taken (BID_TURNED_DOWN,
      // BID_ACCEPTED: "Liverpool's first bid, of £110m, was turned down") and the window the moves must beat (TRANSFER_WINDOW_SHUT): each a step of
      // the clubs' deal of its day, as a company deal's are; a bid only rumoured or to do something is none.
      // A club's announcing the signing is the move itself, a telling (PLAYER_SIGNING_ANNOUNCED): the day of its verb is the move's, before it ("On Monday Harbour United
      // announced the signing of …") as after it.
      { pattern: new RegExp(`${NOT_DONE}(?:${PLAYER_SIGNING_ANNOUNCED})`, 'g'), noun: 'Transfer', datedByLead: true, peopleOnly: true, told: true },
      { pattern: new RegExp(`${NOT_DONE}(?:${PLAYER_SIGNED})`, 'g'), noun: 'Transfer', datedByLead: true, peopleOnly: true },
      { pattern: new RegExp(`${NOT_DONE}(?:${BID_TURNED_DOWN})`, 'g'), noun: 'Bid rejected', datedByLead: true },
      { pattern: new RegExp(`${NOT_DONE}(?:${BID_ACCEPTED})`, 'g'), noun: 'Bid accepted', datedByLead: true },
      { pattern: new RegExp(TRANSFER_WINDOW_SHUT, 'g'), noun: 'Transfer window shut', datedByLead: true },
      // …and lifted ("lifted the state of emergency on Friday"): the end is an act of its own day.
      { pattern: new RegExp(String.raw`${NOT_DONE}(?:${EMERGENCY_LIFTED})`, 'gi'), noun: 'State of emergency lifted', datedByLead: true },
      // An agreement reached on a day ("reached an agreement on Thursday", "struck a deal late on Sunday", "agreed on Tuesday to restore dialogue", "agreed to restore military-to-military dialogue"), told as done, not one hoped for ("hopes to strike a deal") or missed ("failed to reach", REFUSED).
      // …also in the passive ("The deal had been reached in Nairobi on 1 March"), not one a condition waits for ("unless a deal was reached") nor one denied ("no agreement has been reached", "No final deal was struck").
      { pattern: new RegExp(String.raw`(?<=(?<!\b(?:if|unless|until|once|whether|before)\s+(?:[\w-]+\s+){0,3}|\b(?:[Nn]o|[Nn]or)\s+(?:[\w-]+\s+)?)\b${SETTLEMENT}\s+(?:(?:had|has|have)\s+been|was|were)\s+)(?:reached|struck|clinched|sealed|hammered\s+out)\b|\b(?:reached|struck|clinched|sealed|hammered\s+out)\s+(?=(?:(?:a|an|the|their|its|new|[\w-]+)\s+){0,3}${SETTLEMENT})|${AGREEING_ONLY_CLAIMED}\bagreed\s+(?=(?:(?:late|early)\s+)?on\s+${DAY_NAMED}\s+to\b(?!\s+${ONLY_TO_WEIGH})|to\s+(?:restore|re-?establish|resume|restart|reopen|normali[sz]e)\b|(?:on\s+)?${AGREED_DETERMINER}{1,2}(?:${AGREED_HAPPENING}|${AGREED_PART})|to\s+${AGREED_DETERMINER}{1,2}${AGREED_HAPPENING}(?!\s+${OFFERED_TERMS}))`, 'gi'), noun: 'Agreement reached', datedByLead: true, occasion: 'whenPlaced' },
      // …or named by its noun with the act after it, as what another happening followed ("in accordance with the agreements reached in Istanbul on 2 June",
      // "under the deal struck in Doha last week", "under a scheme agreed yesterday by the two leaders"); not one reached only in principle, nor one denied ("no agreement made on Monday"). A truce "agreed in Malaysia"
      // is told by what it did next ("after a ceasefire agreed in Malaysia took effect at midnight"): its taking effect is the news, not its agreeing.
      { pattern: new RegExp(String.raw`(?<!\b(?:[Nn]o|[Nn]or|[Aa]ny)\s+(?:[\w-]+\s+)?)(?:(?<=\b${AGREEMENT_NOUN}\s+)(?:reached|struck|made|sealed|clinched|agreed|hammered\s+out)|(?<=\b${AGREED_UPON_NOUN}\s+)agreed)\b(?=\s+(?:in|at|on|last|earlier|yesterday|between)\b)(?!\s+in\s+principle\b)`, 'g'), noun: 'Agreement reached', datedByLead: true, occasion: 'whenPlaced' },
      // An agreement made known by whoever brokered or reached it ("Qatar's prime minister announced the deal in Doha on Wednesday", "The ceasefire between
      // Israel and Hamas was announced in Doha on 15 January"): the announcing is the day's happening. Not what is told of a deal ("announced details of the deal",
      // "announced that the deal had collapsed"), nor one denied or awaited ("no deal was announced", "once an agreement is announced"). A side's own truce
      // ("announced a unilateral ceasefire") is a ceasefire declared, below; a truce in the passive is one agreed by others, announced.
      { pattern: new RegExp(String.raw`\b${ANNOUNCING}\s+(?=(?:(?!(?:of|that|no)\b)[\w’'-]+\s+){0,3}${SETTLEMENT})|(?<=(?<!\b(?:if|unless|until|once|whether|before)\s+(?:[\w-]+\s+){0,3}|\b(?:[Nn]o|[Nn]or)\s+(?:[\w-]+\s+)?)\b(?:${SETTLEMENT}|${TRUCE})${IN_CLAUSE}{0,60}?\s+(?:(?:had|has|have)\s+been|was|were)\s+)announced\b`, 'gi'), noun: 'Agreement announced', datedByLead: true, told: true },
      // An agreement put into effect or taking effect (AGREEMENT_IN_EFFECT: "had been put into effect by Velmark on Thursday", "The accord takes effect on
      // 1 March"): a happening of its own day, after the agreeing; the side that puts it into effect is its doer.
      { pattern: new RegExp(`${NOT_DONE}(?:${AGREEMENT_IN_EFFECT})`, 'gi'), noun: 'Agreement in effect', datedByLead: true, title: agreementInEffectTitle },
      // The dead of a war given back by one side to the other, told by the handing over or the receiving ("On Wednesday Ukraine received the bodies
      // of 1,212 soldiers", "Russia handed over 909 bodies at the border on Friday", "the remains of 49 servicemen were repatriated"): the day's act.
      // Not a readiness or a plan to hand them over (an infinitive), nor bodies that lie somewhere ("1,212 bodies have been at the border since 7 June").
      { pattern: new RegExp(String.raw`\b(?:received|handed\s+over|returned|repatriated|gave\s+back)\s+(?=(?:the\s+)?(?:${WAR_DEAD})\s+of\b|(?:(?:the|another|a\s+further|more\s+than|over|some)\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?(?:${WAR_DEAD})\b)|(?<=\b(?:${WAR_DEAD})\s+of\s+(?:[\w,-]+\s+){1,4}?(?:was|were)\s+)(?:received|handed\s+over|returned|repatriated)\b`, 'g'), noun: 'Repatriation of the dead', datedByLead: true },
      // Talks, dialogue or deliveries stopped by one side ("suspended the talks on Friday", "paused deliveries", "put its gas talks on hold", "dialogue, which had been cut off in 2021"): the stopping is the day's event, the talks are not held (triggers.ts).
      { pattern: new RegExp(String.raw`\b${SUSPENDING}\s+(?=(?:[\w’'-]+\s+){0,4}${SUSPENDED_THING}\b)|\bput(?:s|ting)?\s+(?=(?:[\w’'-]+\s+){0,4}${SUSPENDED_THING}\b(?:\s+[\w’'-]+){0,5}\s+on\s+hold\b)|(?<=\b${SUSPENDED_THING}(?:\s+[\w’'-]+){0,6}(?:,\s+(?:which|that))?\s+(?:(?:have|has|had)\s+been|was|were)\s+)${SUSPENDED_PARTICIPLE}`, 'gi'), noun: 'Suspension', datedByLead: true, of: new RegExp(SUSPENDED_THING, 'i') },
      // A ceasefire declared or taking effect ("declared a 72-hour ceasefire", "A truce … took effect", "A ceasefire … is set to begin").
      { pattern: /(?<=\b(?:declar(?:e|es|ed|ing)|announc(?:e|es|ed|ing))\s+(?:(?:a|an|the|unilateral|[\w-]+)\s+){0,3})(?:ceasefire|cease-fire|truce)\b/gi, noun: TRUCE_NOUN, datedByLead: true },
      // …also one that "came into force" or "took hold" ("A truce brokered by Washington took hold on the night of 5 April").
      // …its verb near it, the noun matched ("The ceasefire that Trump announced on Monday night came into force yesterday": the saying stays a saying of its own day);
      // or far from it, past a participle phrase or a first coordinated verb, or told by its state now or a passive declaring: then the verb is matched, so the day
      // beside it is the truce's, not the first verb's ("was announced in Doha on 15 January and entered into force on 19 January"). Not a known truce in a clause
      // of time hung on another happening (KNOWN_TRUCE_IN_TIME_CLAUSE).
      { pattern: new RegExp(String.raw`${KNOWN_TRUCE_IN_TIME_CLAUSE}\b(?:ceasefire|cease-fire|truce)\b(?=[^.;]{0,60}?\b(?<!${SECOND_PREDICATE_AND})(?:${TRUCE_TOOK_EFFECT}|(?:come|coming)\s+into\s+(?:force|effect)|(?:take|taking)\s+(?:effect|hold))|[^.;]{0,60}?\b(?:is|was)\s+(?:set|due|scheduled)\s+to\s+(?:begin|start|take\s+effect))|(?<=${KNOWN_TRUCE_IN_TIME_CLAUSE}\b(?:ceasefire|cease-fire|truce)\b(?:[^.;]{61,100}?|[^.;]{0,60}?${SECOND_PREDICATE_AND}))\b(?:${TRUCE_TOOK_EFFECT})\b|(?<=${KNOWN_TRUCE_IN_TIME_CLAUSE}\b(?:ceasefire|cease-fire|truce)\b[^.;]{0,100}?)\b(?:${TRUCE_IN_FORCE_NOW})\b`, 'gi'), noun: TRUCE_NOUN, datedByLead: true },
      // …or one that began ("A ceasefire began at 6 a.m. on Sunday", "The truce itself started at midnight"), its verb right after it, not the talks about one ("Talks on a ceasefire began on Monday").
      // …or its beginning told as a second predicate of the truce as subject ("The truce was announced in Doha on Friday and began in Gaza on Sunday"): the verb, with
      // its own day and place (SECOND_PREDICATE_AND); not a beginning to do something ("and then began to fray").
      { pattern: new RegExp(String.raw`${NOT_TOPIC_BEFORE}${KNOWN_TRUCE_IN_TIME_CLAUSE}\b(?:ceasefire|cease-fire|truce)\b(?=${TRUCE_BEGAN})|(?<=${NOT_TOPIC_BEFORE}${KNOWN_TRUCE_IN_TIME_CLAUSE}\b(?:ceasefire|cease-fire|truce)\b[^.;]{0,60}?${SECOND_PREDICATE_AND})(?:began|started)\b(?!\s+to\b)`, 'gi'), noun: TRUCE_NOUN, datedByLead: true },
      // …or told by a pronoun opening the sentence after the one whose subject it is ("The ceasefire was agreed in Putrajaya on 28 July. It began at midnight that night.",
      // "A truce was declared by both armies on Sunday. It took effect at dawn on Monday."): the pronoun names the truce the sentence before opens with.
      { pattern: new RegExp(String.raw`^(?:It|This)(?=${TRUCE_BEGAN}|\s+(?:(?:came|comes|entered|enters)\s+into\s+(?:force|effect)|(?:took|takes)\s+(?:effect|hold))\b)`, 'g'), noun: TRUCE_NOUN, datedByLead: true, topic: TRUCE_SUBJECT_BEFORE },
      // A place toured or visited ("toured the Delft Road depot", "on a tour of the flood-hit villages", "visited the Sava delta", "visited a famous mosque in Istanbul"), a house of prayer or a grave gone to (HOLY_SITE: "went to the Blue Mosque"), a visit of someone ("last Friday's visit of Foreign Minister Ortega"),
      // or an arrival told by its welcome ("was welcomed to Kessel on Monday by the mayor"): a visit too, as VISITED_SITE says what is seen. A tour of
      // several states ("a three-nation tour of Southeast Asia", "a world tour") is only the sum of its visits, each told on its own. The site is matched, not
      // looked ahead at, so a day after it is the visit's, not the next verb's ("toured the Delft Road depot on Monday and held talks").
      // A visit by someone somewhere ("a three-day state visit", "will visit Lebanon", "visited both Paris and Warsaw" (two places the visit went to, counted), "his visit to Kabul", "visiting China", "Kellogg's trip to Minsk on 21 June": a trip named by its noun is the stay, not the journey); "sat down with visiting Australian Prime Minister Hale" and "… and visiting Chilean President Ruiz held talks" name the visitor, not the visit.
      // …or a stay told by the days spent there (STAY_SPAN: "spent Friday in Brussels", "spent two days in Jakarta"), not the writer's own, nor days held or tended (CONFINED_PLACE_AFTER: "spent two nights in Evin Prison").
      // …or a mission or tour counted in days or seeking facts ("a five-day mission to the Orsk settlements", "a fact-finding tour of the border villages"), not a standing one ("the UN peacekeeping mission to Mali").
      { pattern: new RegExp(String.raw`\b(?:state|official|working|first|unannounced|surprise|(?:one|two|three|four|five)-day)\s+visit\b|\btour(?:s|ed|ing)?\s+(?:${SITE_SEEN}|(?=[A-Z]))|(?<!\b(?:[\w]+-(?:nation|country|state|city|leg|stop)|world|regional)\s+)\btour\s+of\s+(?:${SITE_SEEN}|(?=[A-Z]))|\bvisit(?:s|ed)?\s+(?=(?:the|a|an)\s)${SITE_SEEN}|\b(?:went|goes|go|going)\s+to\s+(?=(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?${HOLY_SITE})|\bvisit(?=\s+of\s+(?:the\s+)?[A-Z])|(?<=\b(?:was|were|been|being|is|are)\s+(?:(?:warmly|formally|officially)\s+)?)welcomed\s+(?=(?:back\s+)?to\s+(?:the\s+)?[A-Z])|\b(?:(?:one|two|three|four|five|six|seven|ten|\d{1,2})-day|fact-finding)\s+(?:mission|tour)(?=\s+(?:to|of|in)\s)|\bvisit(?:s|ed)?\s+(?:both\s+)?(?=[A-Z][\w’'-]+)|\btrip(?=,?\s+to\s+(?:the\s+)?[A-Z])|${NOT_WRITERS_OWN}\bspent\s+${STAY_SPAN}\s+in\s+(?=(?:the\s+)?[A-Z])${CONFINED_PLACE_AFTER}|\bvisit(?=\s+(?:to\s+[A-Z]|by\s+(?:an?\s+|the\s+)?[A-Z]))|(?<=\b(?:paid|pays|pay|paying|made|makes|make|making)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?)(?<!\b${PROTOCOL}\s+)visit(?=\s+to\b)|(?<!\b(?:with|the|a|met|meets|meet|received|receives|hosted|hosts|welcomed|welcomes|greeted|greets|of|for|by)\s+)\bvisiting\s+(?=[A-Z][\w’'-]+)(?!${OFFICE_HOLDER})`, 'g'), noun: 'Visit', datedByLead: true, travel: true, occasion: 'always' },
      // A trip somewhere ("leaves for the US on December 4 to meet Witkoff", "flew to Riyadh on Monday"): its day is the trip's, and the gathering it is for has its own; a matter "left to the Senate" goes nowhere.
      // …or named by its noun ("the journey to Kyiv took ten hours"; a trip to a place names the stay there, a Visit).
      // …or told by its end, someone arriving or landing somewhere ("arrived in Washington on Thursday", "after landing at O.R. Tambo International Airport", "is due to land in Jakarta
      // on Tuesday", "arrived to Johannesburg" in a translated report); not goods, weapons or people counted in flight (NOT_TRAVELLER), nor a decision arrived at.
      // …or by its other end, someone leaving a place on a day ("He left Kananaskis last night") or for another (LEFT_PLACE_FOR: "left Kuala Lumpur for Tokyo"), or gone back home (RETURNED: "flew back to Washington that night",
      // "flew home to Rome"; CAME_HOME_ON_A_DAY: "flew home that evening"; not one told ahead, "was due to fly back to Washington on Monday": a visit's end is in every plan), or arriving on a day with no place named ("Leaders arrived on Sunday 15 June"; not the writer's own party, WRITERS_OWN_BEFORE, nor "she arrived on Monday", an
      // arrival told before with its place, told again for its day), or arriving in an aside that names a day by it ("On Tuesday, the day the President landed, Microsoft said …": the day the aside follows is the arrival's).
      { pattern: new RegExp(String.raw`\b(?:(?:leave|leaves|left|leaving|depart|departs|departed|departing)\s+for|(?:fly|flies|flew|flying|travel(?:s|led|ed|ling|ing)?|head|heads|headed|heading)(?:\s+on)?\s+(?:for|to)|${RETURNED})\s+(?=(?:the\s+)?[A-Z])|\bjourney(?=,?\s+to\s+(?:the\s+)?[A-Z])|${NOT_CARRIED}(?:${ARRIVAL_VERB}\s+(?:(?:safely|back|late|early)\s+)?(?:in|at|to)\s+(?=(?:the\s+)?[A-Z])|${TRAVELLER_BEFORE}\b(?:${DEPARTING}\s+(?=${PLACE_LEFT}${JOURNEY_DAY_AFTER})|${LEFT_PLACE_FOR}|${GOING_ON_A_DAY}|${HAS_DEPARTED}|${LEAVING_TODAY}|${CAME_HOME_ON_A_DAY})|(?<!${WRITERS_OWN_BEFORE}|\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+)(?:${ARRIVAL_VERB}|\barrive\b(?!${ARRIVAL_FOR_AFTER}))${JOURNEY_DAY_AFTER}|(?<=\bthe\s+day\s+(?:that\s+|when\s+)?(?:[\w’'-]+\s+){1,4})${ARRIVAL_VERB}(?=\s*,))`, 'gd'), noun: JOURNEY_NOUN, datedByLead: true, peopleOnly: true, travel: true, occasion: 'whenToldForItsFate' },
      // …or arriving in an aside with a day of its own before the sentence's act of another day (ARRIVAL_ASIDE_OF_ITS_OWN_DAY): a row of its own, read where
      // the trip trigger reads none, which keeps that trigger's source under 10,000 characters (trip-trigger-size.test.ts).
      { pattern: new RegExp(String.raw`${NOT_CARRIED}${ARRIVAL_ASIDE_OF_ITS_OWN_DAY}`, 'gd'), noun: JOURNEY_NOUN, datedByLead: true, peopleOnly: true, travel: true, occasion: 'whenToldForItsFate' },
      // …or someone going to see a place named by its noun (SITE_GONE_TO: "went to the site on Friday evening"): a visit to the site, no journey between towns, so not the
      // day's flight home of the same person ("flew back to Bangkok this afternoon … went to the site on Friday evening" are two happenings).
      { pattern: new RegExp(SITE_GONE_TO, 'gd'), noun: 'Site visit', datedByLead: true, peopleOnly: true },
      // A runoff is the election's deciding round, the day its winner is told ("In Sunday's runoff he beat …", "the presidential run-off on 6 April").
      { pattern: /\b(?:presidential|parliamentary|general|federal|legislative|snap|local|regional)\s+(?:elections?|run-?offs?)\b|\bwent\s+to\s+the\s+polls\b/gi, noun: ELECTION_NOUN, datedByLead: true },
      // …or by its day right after it ("before the election of 23 February", "the election on Sunday", "the runoff on April 13") or before it ("Sunday's runoff"), and a party's win by a landslide so ("Labour's landslide of 4 July 2024", "won a landslide on 4 July");
      // not "the election of a new speaker", nor earth that slid ("a landslide on Monday buried the road": no party's, none won), nor one only possible ("A runoff
      // on Sunday is possible if …", ONLY_POSSIBLE_AFTER).
      { pattern: new RegExp(String.raw`(?<=\b${WEEKDAY_NAME}['’]s\s+(?:[\w-]+\s+)?)(?:elections?|run-?offs?)\b|(?:\b(?:elections?|run-?offs?)|(?<=(?<!\b${WEEKDAY_NAME})(?:['’]s|s['’])\s+(?:[\w-]+\s+)?|\b(?:won|win|wins|winning)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+)?)landslide)\b(?=\s+(?:of|on|held\s+on)\s+${DAY_NAMED}(?!${ONLY_POSSIBLE_AFTER}))`, 'g'), noun: ELECTION_NOUN, datedByLead: true },
      // …or dated by its own noun phrase ("came second in the October 2057 election", "since the March election"); one named by its year alone as
      // the one someone lost or won ("to stay in power after he lost the 2022 election") is that person's past, no happening the story tells.
      { pattern: new RegExp(String.raw`(?<=\b(?:the|a|an|last|this|that)\s+(?:${MONTH_STEM}[a-z]*\.?(?:\s+\d{4})?|(?<!\b${LOST_OR_WON}\s+the\s+)\d{4})\s+(?:[\w-]+\s+)?)elections?\b`, 'g'), noun: ELECTION_NOUN, datedByLead: true },
      // …and its result made known by the body that counts it (ELECTION_RESULT_DECLARED: "The National Electoral Council declared the result on Sunday night"):
      // the body's act, a telling that is the happening.
      { pattern: new RegExp(`${NOT_DONE}(?:${ELECTION_RESULT_DECLARED})`, 'gu'), noun: 'Result declared', datedByLead: true, told: true },
      // …and its count begun or named with its day (VOTES_COUNTED: "Counting began at nine yesterday morning", "the count the next day"): the election's
      // step of its day, no one's act, so the people around it are its watchers.
      { pattern: new RegExp(`${NOT_DONE}(?:${VOTES_COUNTED})`, 'g'), noun: 'Count', datedByLead: true, noDoer: true, story: ELECTION_STORY },
      // …and a candidate out of its race (LEFT_THE_RACE: "withdrew from the race on 5 October", "pulled out of the mayoral contest"): the candidate's act of its day.
      { pattern: new RegExp(`${NOT_DONE}(?:${LEFT_THE_RACE})`, 'g'), noun: 'Withdrawal from the race', datedByLead: true, peopleOnly: true },
      // A vote taken ("voted on Tuesday to ratify the treaty", "votes against the budget"), not one due ("will vote", "a vote is expected").
      // …with its tally ("voted 312 to 140 on Wednesday to approve", "voted 9-6 for").
      // …or by its noun, as done on a day ("after a vote on Thursday afternoon", "in a vote on Tuesday", "Wednesday's vote"), or as the one of its day, in a second
      // clause or an aside ("Turnout in the vote on Sunday was low", "the vote on Monday, the first since May, …"): not its share won ("won 52 % of the vote on Sunday").
      { pattern: new RegExp(String.raw`(?<=\b(?:[Aa]fter|[Ii]n|[Ff]ollowing)\s+(?:a|the)\s+(?:[\w-]+\s+)?)vote\b(?=\s+(?:(?:late|early)\s+)?on\s+${DAY_NAMED})|(?<=(?<!\bof\s+)\b[Tt]he\s+)vote\b(?=\s+on\s+${DAY_NAMED}(?!['’]s))|(?<=\b${WEEKDAY_NAME}['’]s\s+(?:[\w-]+\s+)?)vote\b`, 'g'), noun: 'Vote', datedByLead: true },
      // …by the tally it was carried by ("was adopted by 312 votes to 98"), or by a chamber's act ("The House approved the deployment", "Parliament rejected the bill").
      { pattern: /\b(?:adopted|approved|passed|rejected|carried|defeated)\s+by\s+(?:a\s+)?\d[\d,]*\s+(?:votes?\s+)?(?:to|against)\s+\d/gi, noun: 'Vote', datedByLead: true },
      { pattern: new RegExp(String.raw`(?<=\b${LEGISLATURE}\s+(?:(?:also|then|later|narrowly|overwhelmingly|unanimously)\s+)?)(?:approved|adopted|passed|rejected|endorsed)\b`, 'g'), noun: 'Vote', datedByLead: true },
      // …or a cabinet's, sitting as one body ("The security cabinet backed it on Friday", "the full government approved the deal in a session past midnight").
      { pattern: new RegExp(String.raw`(?<=\b${CABINET}\s+(?:(?:also|then|later|narrowly|unanimously|formally)\s+)?)(?:approved|backed|endorsed|ratified|rejected)\b`, 'g'), noun: 'Vote', datedByLead: true },
      // …a vote told in the present with its object ("The Slovak parliament votes on the new government" in a week-ahead list), or one expected ("A vote in the Assembly … is expected next week").
      // …or one a chamber is told to be due to take ("the Rada is expected to vote on it on Thursday", "Congress, which is expected to vote on it in early April"), or
      // will take on a day it names ("the Senate will vote on the accord on Friday"; SITTING_DAY_AFTER: "will vote" with no day is an intention, none yet).
      { pattern: new RegExp(String.raw`\b(?:votes|voted)\s+on\s+(?=(?:the|a|an|whether)\b)|\bvote\b(?=[^.;]{0,80}?\b(?:is|are)\s+(?:(?:now|still|also)\s+)?(?:expected|due|scheduled|set|planned)\b)|(?<=\b(?:expected|due|set|scheduled|poised)\s+to\s+)vote\s+(?=${VOTED_WAY})|(?<=\b(?:will|would|shall|going\s+to)\s+)vote\s+(?=${VOTED_WAY})${SITTING_DAY_AFTER}`, 'gi'), noun: 'Vote', datedByLead: true },
      { pattern: /\b(?:voted|votes)\s+(?:(?:overwhelmingly|unanimously|narrowly)\s+)?(?:\d[\d,]*\s*(?:to|-|–)\s*\d[\d,]*\s+)?(?:(?:(?:late|early)\s+)?on\s+\w+\s+|in\s+(?:(?:late|early)\s+)?[A-Z]\w+(?:\s+\d{4})?\s+|(?:last|this|earlier\s+this)\s+(?:week|month|year|\w+day)\s+|yesterday\s+)?(?:(?:overwhelmingly|unanimously|narrowly)\s+)?(?:to|for|against|in\s+favou?r\s+of)\b/gi, noun: 'Vote', datedByLead: true },
      // A text sent to a legislature for its vote ("The government sent the agreement to the Verkhovna Rada on Friday", "will submit the treaty to Parliament", "referred the bill to the Senate"):
      // the government's act of its day, apart from the vote. The text is named: "sent it to the Rada" may send anything.
      { pattern: new RegExp(String.raw`\b(?:sen(?:d|ds|t|ding)|submit(?:s|ted|ting)?|forward(?:s|ed|ing)?|refer(?:s|red|ring)?)\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:[\w-]+\s+){0,3}?(?:${SIGNED_TEXT}|(?:bill|law|budget|draft)s?\b)\s+to\s+(?:the\s+)?(?!(?:White|Government|Opera|State)\s+House)(?:[A-Z][\w’'-]+\s+)?${LEGISLATURE}\b`, 'g'), noun: 'Sent to parliament', datedByLead: true },
      // …or by who it elected, told with the chamber, the tally or the round (ELECTED_BY_A_CHAMBER: "who was elected by the Bundestag on Tuesday", "he was elected with 325 votes"),
      // or chosen by the chamber (CHOSEN_BY_A_CHAMBER: "was chosen as Japan's prime minister by the Diet on Tuesday"; CHAMBER_CHOSE: "both houses of the Diet chose her as prime minister").
      { pattern: new RegExp(String.raw`(?<=\b(?:was|were|been|being)\s+(?:(?:narrowly|finally|then|duly|formally|eventually)\s+)?)(?:(?:re-?)?elected\b${ELECTED_BY_A_CHAMBER}|(?:chosen|picked)\b${CHOSEN_BY_A_CHAMBER})|${CHAMBER_CHOSE}`, 'g'), noun: 'Vote', datedByLead: true },
      // …or by its outcome for a government or a motion ("lost a vote of no confidence", "narrowly survived a no-confidence motion").
      { pattern: /\b(?:lost|won|survived|lose|loses|wins|survives|losing|winning|surviving)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:vote|motion|ballot)\b/gi, noun: 'Vote', datedByLead: true },
      // …or a government brought down by its motion ("MPs toppled it with a censure motion on 4 December 2024", "was brought down by a no-confidence vote on Monday",
      // "ousted the cabinet in a confidence vote"): the chamber's vote of that day (GOVERNMENT_TOPPLED).
      { pattern: new RegExp(GOVERNMENT_TOPPLED, 'gi'), noun: 'Vote', datedByLead: true },
      // A text put to a chamber's vote (PUT_TO_A_VOTE: "would put an amnesty bill to a vote in the lower house this week"): the vote, done or ahead.
      { pattern: new RegExp(PUT_TO_A_VOTE, 'g'), noun: 'Vote', datedByLead: true },
      // A body's papers or count made public (PAPERS_PUBLISHED: "Papers for the meeting will be published on the trust's website a week before", "would publish the number of
      // appointments affected next week"): the body's act of its day, done or ahead; the meeting the papers are for is no report of its own (mention.ts gatheringsOfMinutes).
      // "published" is a verb of saying too: the day right after it is the publishing's own (told), not a report's ("will be published on Monday").
      { pattern: new RegExp(`${NOT_DONE}(?:${PAPERS_PUBLISHED})`, 'gi'), noun: PAPERS_NOUN, told: true },
      // A news outlet's report of a happening (HAPPENING_REPORTED: "The talks were first reported on Friday by The Wall Street Journal"): the outlet's act of
      // its day, a telling that is the happening; what it reports takes no day from it (mention.ts happeningsOfAReport).
      { pattern: new RegExp(HAPPENING_REPORTED, 'g'), noun: REPORT_NOUN, told: true },
      // A reply that came to a letter or a request (REPLY_RECEIVED: "we received a warm reply from her office on Friday"): the replier's act of its day,
      // beside the letter it answers, which is of its own day.
      { pattern: new RegExp(REPLY_RECEIVED, 'gi'), noun: 'Reply' },
      // A party's primary held (PRIMARY_HELD: "The same day, the CHP went ahead with its primary"), done or ahead: the party's vote of its day. The party
      // named is whose primary it is, no side of it (peopleOnly): its reports join by its day and the people they name.
      { pattern: new RegExp(PRIMARY_HELD, 'gi'), noun: 'Primary', datedByLead: true, peopleOnly: true },
      // A resignation announced with no time for the leaving (RESIGNATION_ANNOUNCED: "said on Sunday evening that he would step down as leader", "“I have decided to
      // step down,” he tells reporters"): the announcing is the resignation's happening, of the saying's day, and the verb of saying its act (told). It goes before the
      // resignation's own row, whose "would step down" it holds.
      { pattern: new RegExp(RESIGNATION_ANNOUNCED, 'g'), noun: 'Resignation', datedByLead: true, peopleOnly: true, personal: true, told: true },
      // …or one announced ahead ("announced that he would resign at the end of the month"); "urged him to resign" is someone else's wish. Not a state of mind
      // (RESIGNED_TO_A_FATE: "resigned to defeat") nor a step from a place (DOWN_FROM_A_PLACE: "stepped down from the podium").
      { pattern: new RegExp(String.raw`\b(?:resign(?:s|ed)(?!${RESIGNED_TO_A_FATE})|(?:his|her|their)\s+resignation|(?<=\bwhose\s+)resignation|stepped\s+down(?!${DOWN_FROM_A_PLACE}))\b|(?<=(?<!\b(?:for|demand(?:ed|s|ing)?|seek(?:s|ing)?|sought|urg(?:e|ed|es|ing)|want(?:s|ed)?)\s+)\b[Tt]he\s+)resignation(?=\s+of\b)|(?<=\b(?:will|would|is\s+to|was\s+to|plans\s+to|planned\s+to)\s+)(?:resign|step\s+down)\b`, 'gi'), noun: 'Resignation', datedByLead: true, peopleOnly: true, personal: true },
      // Someone put out of an office, by pronoun or name ("She was dismissed from her post on Monday", "Peter Mandelson was sacked as ambassador in Washington on 11 September": a name
      // the sentence recognises, `subject`, so "Geneva was removed as the venue" is none); rockets fired and staff removed from a building are no one's office.
      // Either told by whoever put them out, the one put out after the verb (PUT_OUT_OF_OFFICE_AFTER: "the interior ministry suspended him from office as mayor"); a suspension
      // from office (SUSPENDED_FROM_OFFICE) is its own act, not yet a dismissal.
      { pattern: new RegExp(String.raw`${PERSON_AS_PASSIVE_SUBJECT}${REMOVED_FROM_OFFICE}|\b(?:sacked|fired|dismissed|ousted|removed)${PUT_OUT_OF_OFFICE_AFTER}`, 'gd'), noun: 'Dismissal', datedByLead: true, peopleOnly: true, personal: true },
      { pattern: new RegExp(String.raw`${PERSON_AS_PASSIVE_SUBJECT}${SUSPENDED_FROM_OFFICE}|\bsuspended${PUT_OUT_OF_OFFICE_AFTER}`, 'gd'), noun: 'Suspension from office', datedByLead: true, peopleOnly: true },
      // A state's envoy sent away, expelled or declared unwelcome ("expelled two Orsk diplomats on Monday", "declared the ambassador persona non grata"): an act of
      // its day, not a saying of the one who declared it; a threat or a call to expel is told by the bare verb, which is no act (EXPELLED_ENVOY).
      { pattern: new RegExp(EXPELLED_ENVOY, 'g'), noun: 'Expulsion', datedByLead: true, told: true },
      // Someone appointed or confirmed to an office by name ("the Senate confirmed Laura Pinto as ambassador to Argentina"), not a fact confirmed ("confirmed the talks"), or a team or a cabinet named, done or ahead ("is expected to name a new cabinet on Monday").
      { pattern: new RegExp(String.raw`\b(?:confirmed|appointed|elected|nominated|named)\s+(?=(?:[A-Z][\w’'-]+\s+){1,3}as\s+(?:the\s+|its\s+|their\s+)?(?:(?:new|next|acting|interim|deputy|first)\s+)*(?:[A-Za-z-]+\s+){0,2}?${APPOINTED_OFFICE}\b)|\b(?:appoint(?:s|ed|ing)?|nam(?:e|es|ed|ing))\s+(?=(?:a|an|the|his|her|its|their)\s+(?:(?:new|special|chief|top|lead)\s+)*(?:[\w-]+\s+)?(?:team|delegation|envoy|negotiators?|cabinet|government)\b)|\bsworn\s+in\s+as\b|(?<=\b(?:who|[Hh]e|[Ss]he)\s+(?:was|had\s+been)\s+)appointed\b(?!\s+to\s+(?:lead|head|run|look|examine|investigate|review|study))|\bappointment\s+of\s+(?=(?:[A-Z][\w’'-]+\s+){1,3}as\b)`, 'g'), noun: 'Appointment', datedByLead: true, peopleOnly: true, personal: true },
      // …or by the head of the state who appointed them (APPOINTED_BY_THE_HEAD: "Emperor Naruhito formally appointed Takaichi", "her formal appointment by Emperor Naruhito").
      { pattern: new RegExp(APPOINTED_BY_THE_HEAD, 'g'), noun: 'Appointment', datedByLead: true, peopleOnly: true, personal: true },
      // …or a government or its members sworn in ("Dimova's government was sworn in on July 9", "the ministers were sworn in before parliament"); a jury or a witness is sworn in to a trial, not an office.
      // …or someone by name or pronoun ("Merz was sworn in on Tuesday evening", "She had been sworn in that morning"): a lowercase noun before it is no office holder ("the witness was sworn in"),
      // and a capitalised word is a name the sentence recognises as a person or a body (`subject`, as who took office: "Kessel Harbour was sworn in" is no one's).
      { pattern: /(?<=\b(?:[Gg]overnment|[Cc]abinet|[Mm]inisters?|[Pp]resident|[Pp]remier|[Gg]overnor|[Mm]ayor|[Hh]e|[Ss]he|(?<subject>[A-Z][\w’'-]+))\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?)sworn\s+in\b/dg, noun: 'Appointment', datedByLead: true, peopleOnly: true, personal: true },
      // Taking office is the same act told by who took it, by a name the sentence recognises (`subject`: "since Lee took office in June", "President Ferro took office
      // on Tuesday"); a pronoun's ("since she took office this month") may point to no one the sentence names, "Officials took office" names no one, and "the bank
      // took offices in the harbour" is no office.
      { pattern: /(?<=\b(?<subject>[A-Z][\w’'-]+)\s+)took\s+office\b/dg, noun: 'Appointment', datedByLead: true, peopleOnly: true, personal: true },
      // …or given by "made", by pronoun or name (MADE_TO_OFFICE: "Guillaume was made Lieutenant-Representative on 8 October 2024", "She was made foreign minister
      // in May"): a capitalised word is a name the sentence recognises (`subject`), so "Kessel Harbour was made a free port" is no one's.
      { pattern: new RegExp(String.raw`${PERSON_AS_PASSIVE_SUBJECT}${MADE_TO_OFFICE}`, 'dg'), noun: 'Appointment', datedByLead: true, peopleOnly: true, personal: true },
      // …or told with no office written: chosen by a leader to lead a government ("after choosing Sébastien Lecornu, his defence minister, to lead the
      // government on Tuesday evening", CHOSEN_TO_LEAD), or a name that "was appointed" past its apposition ("Bayrou, a centrist ally of Macron, was
      // appointed"; `subject`, a name the sentence recognises, so "Kessel Harbour, the old port, was appointed as the venue" is no one's).
      { pattern: new RegExp(String.raw`${CHOSEN_TO_LEAD}|(?<=\b(?<subject>[A-Z][\w’'-]+),[^,.;]{1,60},\s+(?:was|had\s+been)\s+)appointed\b(?!\s+to\b)`, 'gd'), noun: 'Appointment', datedByLead: true, peopleOnly: true, personal: true },
      // A party's leadership won, by its winner or by the party (LEADERSHIP_WON: "won the LDP leadership on 4 October", "The LDP picked Takaichi as its new leader"): the party's
      // vote of that day, whoever later takes office by it; not a leadership race talked of, nor a leader of a delegation.
      { pattern: new RegExp(LEADERSHIP_WON, 'g'), noun: 'Leadership won', datedByLead: true, peopleOnly: true },
      // A seat won from its holder at an election (SEAT_TAKEN: "took Carleton from Pierre Poilievre on election night", "lost his own seat of Carleton … to Liberal
      // newcomer Bruce Fanjoy"): a result of the election's day, its winner's and its holder's; a town taken from an army is none.
      { pattern: new RegExp(SEAT_TAKEN, 'gu'), noun: SEAT_TAKEN_NOUN, datedByLead: true, peopleOnly: true, title: seatTitle },
      // A succession to a throne or an office, its two acts told apart: the holder giving it up (ABDICATED: "Grand Duke Henri has signed the act of abdication",
      // POWER_HANDED_OVER: "handed over power to his son"), and the successor taking it, by the oath (OATH_TAKEN: "Guillaume has taken the constitutional oath",
      // "swears an oath to the Constitution") or by the throne (THRONE_TAKEN: "acceded to the throne", "was crowned", "succeeded his father on 7 October 2000").
      // Each is its day's act, the person's; a president's inauguration is told by its own rows.
      { pattern: new RegExp(`${NOT_DONE}(?:${ABDICATED}|${POWER_HANDED_OVER})`, 'g'), noun: 'Abdication', datedByLead: true, peopleOnly: true, title: actOfTheNamed(`${ABDICATED}|${POWER_HANDED_OVER}`, 'abdicates') },
      { pattern: new RegExp(`${NOT_DONE}(?:${OATH_TAKEN})`, 'g'), noun: 'Oath of office', datedByLead: true, peopleOnly: true, title: actOfTheNamed(OATH_TAKEN, 'takes the oath') },
      { pattern: new RegExp(`${NOT_DONE}(?:${THRONE_TAKEN})`, 'g'), noun: 'Accession to the throne', datedByLead: true, peopleOnly: true, title: actOfTheNamed(THRONE_TAKEN, 'accedes to the throne') },
      // A rotating office a state or a body takes on or hands on ("The United States takes over the G20 on 1 December", "is due to take over the rotating presidency",
      // "will start its presidency on 1 December", "assumed the EU Council presidency", "handed over the chairmanship to Velsland", "passes the chair to Estmark"): the handover is the day's act, the body its side.
      // A body's office only: "its" or "their" presidency, or one named with "the"; "his presidency" is a person's term.
      { pattern: new RegExp(String.raw`\b(?:(?:take|takes|took|taking|taken|hand|hands|handed|handing)\s+over|assum(?:e|es|ed|ing)|pass(?:es|ed|ing)?(?:\s+on)?)\s+(?=${OFFICE_OF_A_BODY}|the\s+G\d{1,2}\b)|\b(?:hand(?:s|ed|ing)?|pass(?:es|ed|ing)?)(?:\s+(?:over|on))?\s+(?=${OFFICE_HANDED_TO})|\b(?:start|starts|started|starting|begin|begins|began|beginning)\s+(?=(?:its|their)\s+(?:rotating\s+)?${ROTATING_OFFICE})`, 'g'), noun: 'Presidency handed over', datedByLead: true },
      // A final played or ahead, or a competition won (FINAL_PLAYED: "Lusk City beat Orsk United 3-1 in the Cup final on Saturday", "Paris Saint-Germain's Champions
      // League win in Munich on Saturday", "the final against Orsk on Sunday", "won the Velsian Open on Sunday, beating Ana Ruiz in the final"): a title decided, its day's happening; a plain fixture, a score in a poll or a preview is none.
      { pattern: new RegExp(`${FINAL_PLAYED}|${FINAL_ON_ITS_DAY}`, 'gu'), noun: 'Final', datedByLead: true, peopleOnly: true, title: finalTitle },
      // A contest, a prize or an award won, by its name (CONTEST_WON: "won the Eurovision Song Contest with “Wasted Love”", "wins the Lusk Prize for fiction"):
      // a result of its day, its winner's; a win only tipped, praise or a poll's lead won is none.
      { pattern: new RegExp(CONTEST_WON, 'gu'), noun: 'Contest won', datedByLead: true, peopleOnly: true },
      // …or the prize awarded, by its giver, its winner or its announcement (PRIZE_AWARDED: "the Academy awarded the Nobel Prize in Literature to …"): the same result, one noun, so the tellings merge.
      { pattern: new RegExp(PRIZE_AWARDED, 'gu'), noun: 'Contest won', datedByLead: true, peopleOnly: true, told: true },
      // A procession through a town, by its verb (PROCESSION: "The players then rode an open-top bus up the Champs-Élysées in the evening",
      // "He travels there from Rideau Hall in a horse-drawn landau"): its day's happening; "a parade of excuses" is none, nor the noun alone.
      { pattern: new RegExp(PROCESSION, 'gu'), noun: 'Procession', datedByLead: true, title: processionTitle },
      // A party that left a coalition ("quit the coalition on March 14", "pulled out of the ruling coalition", "walked out of the coalition on October 10"), not one threatening to.
      { pattern: /(?<!\bthreaten(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}to\s+)\b(?:quit|quits|quitting|left|leaves|leaving|withdrew|withdraws|withdrawn|(?:pull|walk)(?:s|ed|ing)?\s+out\s+of)\s+(?:from\s+)?(?:the|its|their|his|her)\s+(?:(?:ruling|governing|government|[\w-]+-party)\s+){0,2}coalition\b/gi, noun: 'Coalition exit', datedByLead: true },
      // …or told by the leader who took the party out, the party named between (PARTY_PULLED_OUT: "pulled his PVV out of Prime Minister Dick Schoof's coalition").
      { pattern: new RegExp(PARTY_PULLED_OUT, 'g'), noun: 'Coalition exit', datedByLead: true },
      // Offices searched by the law ("prosecutors raided the offices of Bulgargaz", "were raided by anti-corruption investigators"); a fridge raided is not.
      { pattern: new RegExp(String.raw`\b${THE_LAW}\s+(?:[\w-]+\s+){0,2}?(?:raided|searched)\b|(?<=\b(?:offices?|headquarters|homes?|premises|flats?|apartments?|residences?)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+)raided\b`, 'gi'), noun: 'Raid', datedByLead: true },
      // A building broken into by thieves (BROKE_INTO_PREMISES: "a gang that broke into the museum on Sunday morning"): the day's crime; tears or song broken into are none.
      { pattern: new RegExp(`${NOT_DONE}(?:${BROKE_INTO_PREMISES})`, 'g'), noun: 'Break-in', datedByLead: true },
      // A court's ruling on a day ("The International Court of Justice's ruling on Thursday", "the tribunal ruled that"), not a ruling party or a ruling hoped for.
      { pattern: /(?<=\b(?:[Cc]ourt|[Tt]ribunal|[Jj]ustice|[Jj]udges?|[Aa]rbitrators?)(?:['’]s?|\s+(?:on\s+\w+\s+)?(?:issued|delivered|handed\s+down|gave))\s+(?:(?:a|an|the|its|their|final|interim|landmark|unanimous)\s+)*)(?:ruling|verdict|judg(?:e)?ment)\b|(?<=\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?)\s+(?:(?:on|late\s+on)\s+\w+\s+)?)ruled\b/g, noun: 'Ruling', datedByLead: true },
      // A sentence or a verdict of guilt passed on someone (COURT_SENTENCED: "A Paris court on Thursday sentenced the former president to five years", "was found guilty on
      // Tuesday"): the day's act of its court, the person's; one asked for, feared or still to come is none ("could be sentenced", "if convicted").
      { pattern: new RegExp(COURT_SENTENCED, 'g'), noun: 'Sentence', datedByLead: true, peopleOnly: true },
      // …and one held until trial by its order (HELD_PENDING_TRIAL: "A court ordered the mayor held in jail pending trial on Sunday", "was remanded in custody").
      { pattern: new RegExp(`${NOT_DONE}(?:${HELD_PENDING_TRIAL})`, 'g'), noun: 'Remand in custody', datedByLead: true, peopleOnly: true },
      // …and a verdict of innocence (ACQUITTED: "The anti-doping tribunal cleared him in May", "the tribunal acquitted her").
      { pattern: new RegExp(ACQUITTED, 'g'), noun: 'Acquittal', datedByLead: true },
      // The other steps of a trial: its opening (TRIAL_OPENED: "The trial opened on 2 September"), a judge's vote in turn (JUDGE_VOTED: "opened the voting on Tuesday
      // with a five-hour reading"), and an arrest (PUT_UNDER_ARREST: "was placed under house arrest on Monday", "four people were arrested on Tuesday evening"): each its day's act, as the sentence is.
      { pattern: new RegExp(`${NOT_DONE}(?:${TRIAL_OPENED})`, 'g'), noun: 'Trial', datedByLead: true },
      { pattern: new RegExp(`${NOT_DONE}(?:${JUDGE_VOTED})`, 'g'), noun: 'Vote', datedByLead: true },
      { pattern: new RegExp(`${NOT_DONE}(?:${PUT_UNDER_ARREST})`, 'g'), noun: 'Arrest', datedByLead: true, peopleOnly: true, personal: true },
      // A seat of power stormed by a crowd (SEAT_STORMED: "his supporters stormed Congress"): the day's riot; "stormed out of the meeting" is no one's.
      { pattern: new RegExp(SEAT_STORMED, 'g'), noun: 'Riot', datedByLead: true },
      // A step of a case taken on a day (APPEAL_LODGED: "His lawyers lodged that appeal on Friday morning"; LAWYERS_LETTER: "Her lawyers wrote to the paper on
      // Sunday demanding a retraction"; INQUIRY_OPENED: "the prosecutor opened an inquiry into threats"): its day's act, as a sentence is; an appeal only said
      // to come ("said he would appeal") is none.
      { pattern: new RegExp(`${NOT_DONE}${APPEAL_LODGED}`, 'g'), noun: 'Appeal', datedByLead: true, peopleOnly: true },
      { pattern: new RegExp(`${NOT_DONE}${LAWYERS_LETTER}`, 'g'), noun: 'Letter from lawyers', datedByLead: true },
      { pattern: new RegExp(`${NOT_DONE}${INQUIRY_OPENED}`, 'g'), noun: 'Inquiry', datedByLead: true },
      // A formal request put to a body (REQUEST_MADE: "On Monday RTVE asked the EBU for a breakdown of the vote", "VRT made a similar request the following day"): its day's act.
      { pattern: new RegExp(`${NOT_DONE}${REQUEST_MADE}`, 'g'), noun: 'Request', datedByLead: true },
      // …and one turned down by that body (REQUEST_REJECTED: "The electoral council rejected her request for a recount ten days after the vote"): the body's act of its day.
      { pattern: new RegExp(`${NOT_DONE}(?:${REQUEST_REJECTED})`, 'g'), noun: 'Request rejected', datedByLead: true },
      // A named person's death, told by the verb after the name (NAMED_PERSON_DIED: "Ziad Takieddine, died in Beirut on Tuesday", "Peter Cirimwami, the
      // governor of North Kivu, was killed near Sake"): the day's happening, the person's; the dead counted ("144 people had died") are a toll, no death of their own.
      { pattern: new RegExp(NAMED_PERSON_DIED, 'gu'), noun: 'Death', datedByLead: true, peopleOnly: true, personal: true },
      // A flight into space told by its launch or its docking (SPACECRAFT_LIFTED_OFF: "A SpaceX rocket lifted off from the Kennedy Space Center on Wednesday";
      // SPACECRAFT_DOCKED: "the capsule latched on to the International Space Station", "Docking is scheduled for Thursday"): two happenings of two days;
      // a launch named by its noun is one only where its paragraph told of the flight before ("followed the launch at 12:01 pm on Wednesday").
      { pattern: new RegExp(`${NOT_DONE}${SPACECRAFT_LIFTED_OFF}`, 'g'), noun: 'Launch', datedByLead: true },
      { pattern: new RegExp(LAUNCH_NAMED, 'g'), noun: 'Launch', topic: SPACEFLIGHT_NAMED },
      { pattern: new RegExp(`${NOT_DONE}(?:${SPACECRAFT_DOCKED})`, 'g'), noun: 'Docking', datedByLead: true },
      // …or told by the place the craft left on its rocket (CRAFT_LEFT_ON_ITS_ROCKET: "Blue Ghost left Florida on a SpaceX Falcon 9 on January 15"), in a
      // story of a craft in space (CRAFT_STORY); its going into orbit around a world (CRAFT_ORBITED: "and slipped into orbit around the Moon on February 13"),
      // another step of its flight, weeks on; the first pictures it sends back or its makers show (FIRST_IMAGES: "the lander had sent back its first
      // picture"): each its day's happening, one noun each, each only in such a story ("released its first photos of the new car" is a product's).
      { pattern: new RegExp(`${NOT_DONE}(?:${CRAFT_LEFT_ON_ITS_ROCKET})`, 'g'), noun: 'Launch', datedByLead: true, story: CRAFT_STORY },
      { pattern: new RegExp(`${NOT_DONE}(?:${CRAFT_LAUNCHED_FROM})`, 'g'), noun: 'Launch', datedByLead: true, story: CRAFT_STORY },
      { pattern: new RegExp(`${NOT_DONE}(?:${CRAFT_ORBITED})`, 'g'), noun: 'Orbit', datedByLead: true, launch: true, story: CRAFT_STORY },
      { pattern: new RegExp(`${NOT_DONE}(?:${FIRST_IMAGES})`, 'g'), noun: 'First images', datedByLead: true, story: CRAFT_STORY },
      // An eclipse (ECLIPSE: "a total eclipse of the Moon in the early hours of Friday 14 March"): the sky's happening of its day, no one's, come once its day has.
      { pattern: new RegExp(ECLIPSE, 'gi'), noun: 'Eclipse', byCalendar: true, noDoer: true },
      // A body in the sky passing near a world, or at its nearest to it (SKY_BODY_PASSED: "passed about 29 million kilometres from Mars", "reaches its
      // closest point to the Sun on 29 October"): the sky's happening of its day, as an eclipse is, no one's.
      { pattern: new RegExp(`${NOT_DONE}(?:${SKY_BODY_PASSED})`, 'g'), noun: 'Close pass', byCalendar: true, noDoer: true },
      // Something new found by its finders (FOUND_BY_A_FINDER: "The survey telescope picked up a faint smudge on Tuesday night", "It was found on 1
      // July by the ATLAS telescope"): a discovery, an act of its day, one noun whichever verb tells it, so that its tellings merge.
      { pattern: new RegExp(`${NOT_DONE}(?:${FOUND_BY_A_FINDER})`, 'gi'), noun: 'Discovery' },
      // A thing given its name (GIVEN_ITS_NAME: "named it 3I/ATLAS", "gave it its name the next day"): an act of its day.
      { pattern: new RegExp(`${NOT_DONE}(?:${GIVEN_ITS_NAME})`, 'g'), noun: 'Naming' },
      // A launch called off on its day (LAUNCH_CALLED_OFF: "was scrubbed that afternoon because of clouds", "A second attempt on Wednesday was called off"): a
      // happening of its own day, told only where the flight is (LAUNCH_TOLD).
      { pattern: new RegExp(LAUNCH_CALLED_OFF, 'g'), noun: 'Launch scrubbed', topic: LAUNCH_TOLD },
      // A booster brought back (BOOSTER_LANDED: "New Glenn's first stage landed on the recovery vessel"): the launch's day, a happening of its own.
      { pattern: new RegExp(`${NOT_DONE}(?:${BOOSTER_LANDED})`, 'g'), noun: 'Booster landing', datedByLead: true },
      // A craft come down on another world or into the sea (CRAFT_LANDED: "touched down gently on the Moon", "is due to touch down near the south pole", a
      // splashdown only in a story of a craft in space, CRAFT_SPLASHED_DOWN: "the capsule splashed down"): a happening of its own day, told ahead or done, one noun so that both tellings merge; a step of the craft's launch, whose
      // reports seldom name the craft as the recogniser knows it ("A privately built spacecraft", "Firefly's Blue Ghost").
      { pattern: new RegExp(`${NOT_DONE}(?:${CRAFT_LANDED})`, 'g'), noun: 'Landing', datedByLead: true, launch: true },
      { pattern: new RegExp(`${NOT_DONE}(?:${CRAFT_SPLASHED_DOWN})`, 'g'), noun: 'Landing', datedByLead: true, launch: true, story: CRAFT_STORY },
      // A place taken by force ("which the RSF captured on January 9", "Rebels captured the town of Mavo on Monday", "took control of the port city of Lenna", "Bakhmut fell to Russian forces"), not people or goods seized ("captured Ukrainian soldiers", "seized an Iranian tanker").
      // …also a place named by its kind alone ("captured the airport on Monday", "had taken control of the city by Sunday"), or by name after its kind with "took"
      // ("took the town of Minova on 21 January"); taking a person's call or a city's side is none (the kind, not owning anything, is needed).
      { pattern: new RegExp(String.raw`\b${TAKING_BY_FORCE_VERB}\s+(?=(?:the\s+)?(?:(?:[\w-]+\s+)?${HELD_PLACE}\s+of\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\b(?!\s+${SEIZED_NOT_PLACE}\b)|the\s+(?:[\w-]+\s+)?${HELD_PLACE}\b(?!['’]))|(?<=\b(?:which|that)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}(?:forces\s+|fighters\s+|troops\s+|army\s+|militia\s+|rebels\s+)?)${TAKING_BY_FORCE_VERB}\b|\b(?:took|taken|take|takes|taking)\s+control\s+of\s+(?=(?:the\s+)?(?:(?:[\w-]+\s+)?${HELD_PLACE}\s+of\s+)?[A-Z]|the\s+(?:[\w-]+\s+)?${HELD_PLACE}\b(?!['’]))|\b(?:took|taken)\s+(?=the\s+(?:[\w-]+\s+)?${HELD_PLACE}\s+of\s+[A-Z])|(?<=\b(?:[A-Z][\w’'-]+|${HELD_PLACE})\s+)fell\s+to\s+(?=(?:the\s+)?(?:[A-Z]|rebels|insurgents|militants|forces|troops|the\s+army))|(?<=\b(?:had|has|have)\s+(?:(?:now|already|just|also|fully|finally)\s+)?)taken\s+(?=${TAKEN_PLACE})|\bclaim(?:s|ed|ing)?\s+(?:(?:full|total|complete)\s+)?control\s+(?:of|over)\s+(?=(?:the\s+)?(?:(?:[\w-]+\s+)?${HELD_PLACE}\s+of\s+)?[A-Z]|the\s+(?:[\w-]+\s+)?${HELD_PLACE}\b(?!['’]))`, 'g'), noun: 'Capture', datedByLead: true, claimed: true },
      // Fighting that broke out or flared on a day ("Clashes began in the province on Sunday", "fighting flared again as militias converged", "a week of fighting in the province that began last Sunday"); not fighting that began to ease, nor one whose beginning a clause of "when" tells by the act that began it ("began on 2 April, when rockets were fired": that act is the event).
      { pattern: /\b(?:clashes|fighting|hostilities)\b(?=(?:\s+(?:in|between|near|around)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?(?:,?\s+(?:which|that))?\s+(?:again\s+)?(?:began|broke\s+out|erupted|flared(?:\s+up)?|resumed)\b(?!\s+to\b)(?![^.;]{0,60}?,\s+when\b))/gi, noun: 'Fighting breaks out', datedByLead: true },
      // Forces drilling together ("Zapad-2025, the joint exercise of Russia and Belarus, begins today", "his troops began the Zapad exercise with Russia"): the drill's day (MILITARY_EXERCISE).
      { pattern: new RegExp(MILITARY_EXERCISE, 'gu'), noun: 'Exercise' },
      // Forces pulled back from a place ("Government forces withdrew from the city on Wednesday night", "withdrew its troops from the border", "a withdrawal of government forces from the city that night"); not one asked for or planned ("called for the withdrawal of"), nor a party's from a coalition.
      { pattern: new RegExp(String.raw`(?<=\b${FORCES}\s+(?:(?:had|have|has)\s+)?(?:(?:then|later|finally|quickly|fully|partly|also)\s+)?)(?:withdrew|withdrawn|pulled\s+(?:back|out))\b(?=\s+(?:from|to)\b)|\b(?:withdrew|pulled\s+(?:back|out))\s+(?=(?:(?:its|their|the|all|some|most|[\w-]+)\s+){0,2}${FORCES})`, 'gi'), noun: 'Withdrawal', datedByLead: true },
      { pattern: new RegExp(String.raw`(?<!\b${SOUGHT_BEFORE}\s+(?:[\w-]+\s+){0,2})\bwithdrawal\s+of\s+(?=(?:[\w-]+\s+){0,2}${FORCES})`, 'gi'), noun: 'Withdrawal' },
      // A meal a host gives guests with no word of business or state ("Last night the King and Queen hosted the leaders for dinner", "hosted a dinner for Lee
      // after the talks"): the evening's occasion of its own (HOSTED_MEAL); a working or state meal is a meeting, above.
      { pattern: new RegExp(HOSTED_MEAL, 'g'), noun: 'Meal for guests', datedByLead: true },
      // Forces that went into a place ("Government forces moved in on Monday", "Army units moved into the town overnight", "troops entered the city on Tuesday"); not a family that moved in, nor forces "entered into" talks.
      { pattern: new RegExp(String.raw`(?<=\b${FORCES}\s+(?:(?:had|have|has)\s+)?(?:(?:then|later|finally|quickly|also|first)\s+)?)(?:moved\s+in(?:to)?|entered(?!\s+into\b)|rolled\s+into|marched\s+into|pushed\s+into)\b`, 'g'), noun: 'Forces move in', datedByLead: true },
      // People taken out of danger ("has relocated 14 international staff members to Gisenyi by road on Monday", "evacuated 300 civilians from the town",
      // "a convoy organised with partner embassies took 63 Canadians and family members from Goma"); goods or a company's office moved are no evacuation.
      { pattern: new RegExp(String.raw`\b(?:evacuated|relocated|evacuates|relocates)\s+(?=(?:[\w,-]+\s+){0,3}?${EVACUEES})|(?<=\b(?:convoy|flight|bus(?:es)?|airlift)\b[^.;]{0,60}?)\b(?:took|carried|brought|flew)\s+(?=\d[\d,]*\s+(?:[\w-]+\s+){0,2}?${EVACUEES}[^.;]{0,60}?\bfrom\b)`, 'g'), noun: 'Evacuation', datedByLead: true },
      // Aid given on a day: a package approved or announced ("A €2 billion aid package … was approved by the budget committee", "unveiled a new military aid package"), convoys that got through ("Two aid convoys reached El Fasher").
      { pattern: /\b(?:aid|assistance|relief|support)\s+package\b(?=[^.;]{0,60}?\b(?:was|were|has\s+been|had\s+been)\s+(?:approved|announced|unveiled|agreed|passed|adopted|signed|pledged)\b)|(?<=\b(?:approv|announc|unveil|pledg|pass|adopt)(?:e|es|ed|ing)?\s+(?:(?:a|an|the|new|its|their|another|[\w€$£.,-]+)\s+){0,5})(?:aid|assistance|relief|support)\s+package\b|\baid\s+(?:convoys?|trucks|lorries|shipments?)\s+(?:reached|entered|arrived\s+in|crossed\s+into|got\s+through\s+to)\b/gi, noun: 'Aid', datedByLead: true },
      // …or a sum of money pledged or committed on a day ("pledged $4bn for reconstruction", "promised another €500 million in aid", "committed 2 billion euros to the fund"); a promise of anything else is words.
      { pattern: new RegExp(String.raw`\b(?:(?:pledg|promis)(?:e|es|ed|ing)|commit(?:s|ted|ting)?)\s+(?=(?:(?:another|a\s+further|an\s+(?:extra|additional)|some|about|nearly|almost|more\s+than|over|up\s+to|at\s+least)\s+)?${MONEY})`, 'gi'), noun: 'Aid', datedByLead: true },
      // "Since the war in Ukraine started in February 2022", "the war, which began on", "when Russia launched its full-scale invasion".
      {
        pattern: /\b(?:war|invasion)(?:\s+(?:in|on|against|with)\s+[A-Z][\w’'-]*)?(?:,?\s+(?:which|that))?\s+(?:started|began|broke\s+out)\b|\b(?:launched|began|started)\s+(?:its|the|a|their)\s+(?:full-scale\s+)?(?:invasion|war)\b/gi,
        noun: 'Start of the war',
        peopleOnly: true,
      },
      // The invasion with the month and year it began: "full-scale invasion in February 2022", "the February 2022 invasion".
      { pattern: new RegExp(String.raw`\b(?:full-scale\s+)?invasion(?:\s+of\s+[A-Z][\w’'-]*)?\s+(?:in|of|on)\s+(?=${MONTH_YEAR})|(?<=\b${MONTH_YEAR}\s+)(?:full-scale\s+)?invasion\b`, 'gi'), noun: 'Start of the war', peopleOnly: true },
      // "Millions have been displaced since February 2022" where the paragraph speaks of the invasion: the date it began.
      { pattern: new RegExp(String.raw`\bsince\s+(?=${MONTH_YEAR})`, 'gi'), noun: 'Start of the war', peopleOnly: true, topic: /\b(?:invasion|full-scale\s+war)\b/i },
    ],
    headline: otherHeadline,
  },
} as const satisfies Record<string, KindSpec>;

export type EventKind = keyof typeof EVENT_KINDS;

/** Every kind, in the order of the table (kind pages, schema, validation messages). */
export const KINDS = Object.keys(EVENT_KINDS) as EventKind[];

export function kindSpec(kind: EventKind): KindSpec {
  return EVENT_KINDS[kind];
}

export function isEventKind(value: unknown): value is EventKind {
  return typeof value === 'string' && Object.hasOwn(EVENT_KINDS, value);
}

/** Kinds that are the same sort of event for merging: a "meeting" in one report is "talks" in another. */
export function kindFamily(kind: EventKind): string {
  return EVENT_KINDS[kind].family;
}

/** Whether an event of this kind is done where it is reported from (KindSpec.doneWhereReported). */
export function doneWhereReported(kind: EventKind): boolean {
  return EVENT_KINDS[kind].doneWhereReported;
}

/** Whether an undated past-tense report of it in an article's lead is that day's news (and an undated one is listed on the article's page). */
export function datedByLead(trigger: { kind: EventKind; datedByLead?: boolean }): boolean {
  return trigger.datedByLead ?? EVENT_KINDS[trigger.kind].datedByLead;
}

/** Whether reports of an event of this kind (and noun) name its people, so that countries near them are only background: the trigger's own `peopleOnly`, else its kind's. */
export function peopleOnlyOf(kind: EventKind, noun: string | undefined): boolean {
  const triggers: readonly Trigger[] = EVENT_KINDS[kind].triggers;
  return triggers.find((t) => t.noun !== undefined && t.noun === noun && t.peopleOnly !== undefined)?.peopleOnly ?? EVENT_KINDS[kind].peopleOnly;
}

/** When reports of an event of this kind (and noun) are a gathering's occasion (the trigger's `occasion`); undefined when never. */
export function occasionOf(kind: EventKind, noun: string | undefined): Trigger['occasion'] {
  const triggers: readonly Trigger[] = EVENT_KINDS[kind].triggers;
  return triggers.find((t) => t.noun !== undefined && t.noun === noun && t.occasion !== undefined)?.occasion;
}

/** Whether an event of this kind is held in one sitting (KindSpec.oneSitting). */
export function heldInOneSitting(kind: EventKind): boolean {
  return kindSpec(kind).oneSitting === true;
}

/** Whether an event of this kind (and noun) happens on its day without a report saying so. */
export function comesByCalendar(kind: EventKind, noun: string | undefined): boolean {
  const triggers: readonly Trigger[] = EVENT_KINDS[kind].triggers;
  return triggers.some((t) => t.byCalendar === true && t.noun === noun);
}
/**
 * The nouns of a text signed: one article's signed agreement and memorandum of one day are one signing told twice ("Britain
 * and the United States signed a technology partnership at Chequers this morning" … "a memorandum of understanding signed by
 * Mr Trump and Prime Minister Keir Starmer shortly before noon"), as two reports of one noun are (events/resolve-mentions.ts).
 */
const SIGNED_NOUNS: ReadonlySet<string> = new Set([AGREEMENT_SIGNED, MEMORANDUM]);

/** Two reports of kind `other` telling a text signed, whatever its name. */
export function bothSigned(nounA: string | undefined, nounB: string | undefined): boolean {
  return nounA !== undefined && nounB !== undefined && SIGNED_NOUNS.has(nounA) && SIGNED_NOUNS.has(nounB);
}
