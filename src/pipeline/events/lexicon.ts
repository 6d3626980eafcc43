/**
 * The word lists of event extraction: what a trigger's neighbours say about it (denied,
 * counted, pointing back, a plan, the news of the day), and where a clause or a line stops.
 */

import { CALENDAR_NAME, LIGHT_OF_DAY_PATTERN, MOMENTS_OF_DAY, MONTH_ABBREVIATION, MONTH_PATTERN, MONTH_STEM, PART_OF_DAY_PATTERN, PARTS_OF_DAY, PLACE_TIME, WEEKDAY_NAME, ZONE_ABBREVIATION } from '../dates/lexicon/calendar.ts';
import { CARDINAL_PATTERN, COUNTING_ORDINAL_PATTERN, ORDINAL_PATTERN } from '../dates/lexicon/numbers.ts';
import { IRREGULAR_PAST, PARTICIPLE as PAST_PARTICIPLE, VERB_PARTICLES, WORD_END, alternation } from '../dates/lexicon/verbs.ts';
import { DANGLING, EMPTY_SAYING_VERB, PHRASE_OPENER } from './headline-lexicon.ts';
import { anyCase } from '../any-case.ts';
import { capitalised } from '../parse/lexicon.ts';
import { INSTITUTION_WORDS, NEWS_OUTLET_WORDS, JOINING_PARTICLES, MONARCH_TITLES, OFFICE_AS_TITLE, OFFICE_NOUN, OFFICE_NOUN_ANY_CASE, LAUNCH_SITE_LEAD, PART_OF_A_PLACE, SPACECRAFT_LIFTED_OFF, HELD_UNTIL_TRIAL } from '../entities/lexicon.ts';
/** A live entry's clock stamp is parsing's (parse/lexicon.ts), read by events and by a dateline's town alike. */
export { ENTRY_STAMP } from '../parse/lexicon.ts';

/** Month and weekday names are the dates lexicon's ("Sept.", "Tuesday"). */
export { MONTH_STEM, WEEKDAY_NAME } from '../dates/lexicon/calendar.ts';
/** A craft's lift-off is the entities lexicon's, which reads its launch site after it (LAUNCH_SITE_LEAD). */
export { SPACECRAFT_LIFTED_OFF };

/** Words that deny what follows them: a trigger (NEGATED), a horizon (HORIZON_DENIED_BEFORE). */
const DENIAL = 'no|not|never';
/**
 * "Nobody" denies only the act it is the doer of, told by its verb or an auxiliary or modal before it ("nobody resigned", "nobody would resign", "nobody had
 * yet resigned"): what nobody did something else to stays ("nobody claimed the bombing", "almost nobody attended the rally").
 */
const NOBODY_DID = String.raw`nobody\s+(?:(?:will|would|shall|should|could|might|may|must|can|did|does|do|has|had|have|is|are|was|were)\s+(?:[\w‑-]+\s+)?)?`;
/** A trigger right after these words is no event ("no scheduled meetings"). */
export const NEGATED = new RegExp(String.raw`\b(?:(?:${DENIAL}|without)\s+(?:[\w‑-]+\s+){0,2}|${NOBODY_DID})$`, 'i');
/** A horizon denied ("will not end soon", "no deal within weeks", "nobody expects a deal soon"): no plan is put off to it (plans-put-off.ts). */
export const HORIZON_DENIED_BEFORE = new RegExp(String.raw`\b(?:${DENIAL}|nobody)\b[^.;,]{0,30}$`, 'i');
/**
 * …nor one someone refuses, fails at or turns down ("refused on Friday to meet the delegation", "failed to reach an agreement", "has ruled out talks", "turned down a meeting"), nor one only near ("close to a deal");
 * nor a journey someone refused to go on, however its noun is told ("refused to travel on the club's pre-season tour of Asia", "declined to go with the delegation's visit to Ardun").
 */
export const REFUSED = /\b(?:(?:refus|declin)(?:e|es|ed|ing)|fail(?:s|ed|ing)?|unable|(?:close|closer|near|nearer|nearing))\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+)?to\s+(?:[\w‑-]+\s+){0,2}$|\b(?:refus|declin)(?:e|es|ed|ing)\s+to\s+(?:travel|go|fly|come)\s+(?:on|with)\s+(?:[\w’'‑-]+\s+){0,4}$|\b(?:rul(?:e|es|ed|ing)\s+out|turn(?:s|ed|ing)?\s+down)\s+(?:[\w‑-]+\s+){0,2}$/i;
/** …nor one only possible ("could meet on the sidelines later this year", "might hold talks", "the envoys may meet in Doha"): a hypothesis, not a plan. Lower-case "may" only, since "the May summit" is a month. */
export const POSSIBLE_BEFORE = /\b(?:[Cc]ould|[Mm]ight|may)\s+(?:(?:still|yet|also|eventually|possibly|even|well)\s+)?(?:(?:hold|have)\s+(?:[\w‑-]+\s+)?)?$/;
/** …nor one, named without an article of its own or by "a", whose clause only supposes it takes place ("a summit could take place in April at the earliest"); "the next round could take place this week" is a plan whose day is open. */
export const INDEFINITE_BEFORE = /(?:^|\b(?:a|an|any|some)\s+(?:[\w‑-]+\s+){0,2}|\b(?:for|about)\s+)$/i;
// …also in a relative clause of its own ("investors waited for talks between Mexico and the IMF, which could begin as early as next month").
export const POSSIBLE_AFTER = /^(?:\s+[\w‑-]+){0,8}?(?:,\s+(?:which|that))?\s+(?:could|might|may)\s+(?:(?:still|yet|also|eventually|possibly|even|well)\s+)?(?:take\s+place|be\s+held|happen|go\s+ahead|resume|begin|start|open)\b/;
/**
 * A trigger that is itself a verb in the past ("agreed on Tuesday to resume talks", "suspended the talks", "struck a deal"): what follows it ("to resume") is the plan, the trigger took place.
 * So is a gathering told by its own past verb that went on to prepare or discuss a later one ("met in Marnow on Monday to prepare next month's summit", "spoke on Tuesday about the upcoming talks").
 */
export const OWN_PAST_VERB = /^(?:met|sat\s+down|spoke|talked|agreed|reached|struck|clinched|sealed|hammered\s+out|suspended|halted|paused|froze|frozen|broke\s+off|cut\s+off|walked\s+out\s+of|pulled\s+out\s+of)\b/i;
/**
 * A journey told by its own verb in the past ("flew to Lusk on Monday to open the bridge", "arrived in Orsk on Friday to visit the
 * flooded valley", "left for Brenn to attend the summit"): the "to <verb>" after it is what the journey was for, no plan of the journey's;
 * it went, on the day its clause gives, counted back. A plan before the verb still rules it ("will have left", "was due to have arrived").
 */
export const OWN_PAST_JOURNEY_VERB = /^(?:flew|travell?ed|headed|left|departed|arrived|landed|touched\s+down|returned|went|visited|toured)\b/i;
/** A trigger that is a regular verb told in the simple past ("prayed", "visited"): a determiner before it opens its subject ("The Pope prayed by the lake"), not a noun phrase pointing back. */
export const REGULAR_PAST_VERB = /^[a-z]{2,}ed\b/;
/** The words before a trigger up to the relative pronoun opening its own clause ("agreed to lift on the same morning that John Coale "): a plan there is the main clause's, not the trigger's. */
export const UP_TO_OWN_RELATIVE_CLAUSE = /^.*\b(?:that|which|who|when)\s+/s;
/** The words an agreement is told by, one of them ("a deal agreed in Geneva", "reached an understanding"): the triggers of an agreement (kinds.ts) and its title (headline-other.ts) read this one list. */
export const AGREEMENT_WORD = String.raw`(?:agreement|deal|accord|compromise|understanding)`;
/** …one or more ("the accords reached on Monday"). */
export const AGREEMENT_NOUN = String.raw`${AGREEMENT_WORD}s?`;
/**
 * Nouns that are an agreement only when told as agreed ("under a pilot scheme agreed yesterday by the two prime ministers", "an
 * arrangement agreed between the ministries on Monday"): "travel arrangements made last week" or "a scheme reached" tell of no two sides.
 */
export const AGREED_UPON_NOUN = String.raw`(?:schemes?|arrangements?)`;
/**
 * Such a noun right before the trigger, which is its participle ("may enter the bay under a deal agreed in Geneva on Monday",
 * "will be sent back under the accord reached last week"): the participle's past is its own, whatever the main clause's mood.
 */
export const PARTICIPLE_OF_AGREEMENT_BEFORE = new RegExp(String.raw`\b(?:${AGREEMENT_NOUN}|${AGREED_UPON_NOUN})\s+$`, 'i');
/** What sides may agree only to weigh or to seek ("agreed on Monday to consider a prisoner exchange", "to look at", "to work towards a truce", "to try to reach one"): a step before any agreement, not one reached; "to try the new arrangements" is a step agreed. */
export const ONLY_TO_WEIGH = String.raw`(?:consider|study|examine|explore|look\s+(?:at|into)|work\s+towards?|push\s+for|seek|try\s+to)\b`;
/**
 * What tells an agreeing as no more than one side's word or a supposition: a claim of the perfect ("claimed on Monday that the rebels had agreed to a
 * truce", "alleges the army has agreed"), a modal perfect ("would have agreed to a ceasefire"). "Said" tells it as news and stays; "claimed
 * responsibility and agreed" has no perfect after its claim, nor has "the militia that claimed the town has agreed": its claim is a relative clause's, its perfect the main verb.
 */
export const AGREEING_ONLY_CLAIMED = String.raw`(?<!\b(?:(?:would|could|might|should|must)(?:\s+not)?\s+have|(?<!\b(?:who|that|which)\s+)(?:claim(?:s|ed|ing)?|alleg(?:es|ed|ing))\s+(?:that\s+)?(?:[\w’'-]+\s+){0,6}?(?:had|has|have))\s+)`;
/**
 * A company as what is bought or merged with, as a deal's object names it (a capitalised name, "the railroad", "its rival"), not "time" nor goods ("buy time",
 * "buy more of our stuff"). A name ends its noun phrase: a capitalised word before a noun is an adjective or a model ("buy Russian oil", "sell F-35 jets").
 */
const COMPANY_BOUGHT = String.raw`(?:(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|business|rival|railroad|railway|carrier|bank|lender|maker|operator|chain|insurer|stake)\b|[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*)*(?=\s*[,.;]|\s+(?:for|in|from|and|on|at|to)\b))`;
/** A company bought or merged with, by its deal's noun ("its acquisition of Spirit", "the merger"): what is done or cleared. An alternation. */
const TAKEOVER_NOUN = String.raw`acquisition|takeover|purchase|merger`;
/** Up to three words of a deal's size or kind before its noun ("the $14 billion purchase", "its all-stock merger"). */
const DEAL_SIZE = String.raw`(?:[\w$€£.,-]+\s+){0,3}?`;
/**
 * A company deal told as agreed ("Union Pacific agreed to buy Norfolk Southern for $85 billion", "have agreed to merge", "entered into a definitive
 * agreement under which Union Pacific will acquire Norfolk Southern", "signed a definitive merger agreement"): the day's deal of both companies. Not one in
 * talks or rumoured ("is in talks to buy", "was said to be considering a bid"): no agreement told; nor "agreed to buy time", nor efforts combined.
 */
export const DEAL_AGREED = String.raw`\bagree(?:s|d)?\s+(?:(?:(?:late|early)\s+)?on\s+${WEEKDAY_NAME}\s+|yesterday\s+|today\s+)?to\s+(?:(?:buy|acquire|purchase|take\s+over)\s+(?=${COMPANY_BOUGHT})|(?:merge|combine)\b(?!\s+(?:(?:their|its|our)\s+)?(?:efforts|forces|resources|expertise|research|strengths)\b)|sell\s+(?=${COMPANY_BOUGHT}[^.;]{0,60}?\bto\s+[A-Z]))|\b(?:enter(?:s|ed|ing)?\s+into|sign(?:s|ed|ing)?)\s+(?:a|an)\s+definitive\s+(?:merger\s+|acquisition\s+|purchase\s+)?agreement\b`;
/**
 * A takeover or merger done ("completed its acquisition of Spirit on Monday", "closed the $14 billion purchase of the airline", "the merger was completed on
 * 1 March"): its day's act. Not one still to be completed ("expects to complete the transaction by early 2027": an infinitive is a plan with no day).
 */
export const DEAL_COMPLETED = String.raw`\b(?:completed|closed|finali[sz]ed)\s+(?:its|their|the|a|an)\s+${DEAL_SIZE}(?:${TAKEOVER_NOUN})\s+of\b|(?<=\b(?:${TAKEOVER_NOUN})\b[^.;]{0,60}?\b(?:was|were|has\s+been|had\s+been)\s+)(?:completed|closed|finali[sz]ed)\b`;
/**
 * A deal approved by a company's board ("The boards of directors of both companies unanimously approved the transaction at separate meetings on Monday",
 * "the directors backed the merger on Tuesday"): the meeting that voted it. The shareholders' vote is a gathering of another domain (SHAREHOLDERS_BEFORE),
 * and a regulator's clearance is DEAL_CLEARED.
 */
export const DEAL_APPROVED_BY_A_BOARD = String.raw`(?<=\b(?:[Bb]oards?|[Dd]irectors)\b[^.;]{0,60}?\s)(?:(?:unanimously|overwhelmingly|narrowly|formally)\s+)?(?:approved|backed|endorsed)\s+(?=(?:the|a|an|its|their)\s+${DEAL_SIZE}(?:transaction|merger|deal|acquisition|takeover|sale|combination|offer|bid)\b)`;
/**
 * A deal cleared or blocked by a regulator ("EU regulators cleared the merger on Friday", "the Surface Transportation Board approved the acquisition",
 * "The deal was cleared by the competition authority"): the regulator's act of its day. A clearance only awaited ("subject to the Board's approval") has no verb.
 */
/** A sport's governing body, which clears a player's move as a regulator clears a merger ("the league has now cleared the deal", "the Football Association approved the transfer"). */
const SPORTS_BODY = String.raw`[Ll]eague|[Ff]ederation|Football\s+Association|FA`;
export const DEAL_CLEARED = String.raw`(?<=\b(?:regulators?|authorit(?:y|ies)|commission|watchdog|Board|Commission|Authority|regulator|${SPORTS_BODY})\b[^.;]{0,40}?\s)(?:cleared|approved|blocked)\s+(?=(?:the|a|an|its|their)\s+${DEAL_SIZE}(?:${TAKEOVER_NOUN}|deal|combination|transfer\b(?!\s+of\b))\b)|(?<=\b(?:${TAKEOVER_NOUN}|deal)\b[^.;]{0,40}?\b(?:was|were|has\s+been|had\s+been)\s+)(?:cleared|blocked)\s+(?=by\b)`;
/** Goods by their sort ("phones", "a smartphone", "the cars", "watches"), in PRODUCT and goodsSorts. */
const GOODS_OF_A_SORT = String.raw`(?:smart)?(?:phone|handset|laptop|tablet|computer|console|headphone|earbud|watch|car)(?:e?s)?`;
/** What a maker launches: goods by their sort ("the phones", "its new handsets", "the line-up", "three Watch models"), not a plan, a policy or a statue. An alternation. */
const PRODUCT = String.raw`(?:${GOODS_OF_A_SORT}|models?|range|line-?up)`;
/**
 * A product launched, told by its unveiling ("Orsk Electronics unveiled the phones yesterday", "Velmark Motors unveils its new electric cars on Monday"): the maker's
 * act of its day. Only goods (PRODUCT): "unveiled a plan" or "unveiled a statue" is another happening.
 */
export const PRODUCT_UNVEILED = String.raw`\b(?:unveil(?:s|ed)?|launch(?:es|ed)?|show(?:s|ed)?\s+off)\s+(?:(?:the|its|their|his|her|a|an|two|three|four|five|six|several|new|latest|first)\s+)+(?:[\w’'-]+\s+){0,3}?${PRODUCT}\b(?!['’]|\s+of\b)`;
/** …its pre-orders opened or due ("Pre-orders open on Friday", "pre-orders opened three days later"): a step of the launch of that day, not pre-orders still "opening". */
export const PRE_ORDERS_OPENED = String.raw`\bpre-?orders?\s+(?:(?:for|of)\s+(?:[\w’'-]+\s+){1,4}?)?(?:open(?:s|ed)?|began|begins?|start(?:s|ed)?)\b(?!\s+(?:up|fire)\b)`;
/** Goods of a launch before their verb, in its clause ("The phones go on sale", "The Orbis 5 range went on sale"): not tickets, a house or shares put on sale. */
const GOODS_BEFORE = String.raw`(?<=\b${PRODUCT}\b[^.;]{0,40}?)`;
/** …and its going on sale, done or ahead ("The phones go on sale in shops on Friday 19 September", "went on sale on Friday", "is on sale from Friday"): the first day of sale, of goods (GOODS_BEFORE). */
export const ON_SALE = String.raw`${GOODS_BEFORE}(?:\b(?:go|goes|went|gone|going)\s+on\s+sale\b|(?<=\b(?:is|are|will\s+be)\s+)on\s+sale\s+(?=from\b))`;
/** Those whose very noun tells they are held, one of them ("a hostage", "Detainee 4"). */
const HELD_NOUNS = ['prisoner', 'POW', 'captive', 'detainee', 'hostage'];
/**
 * Goods told by their own name and number just before their verb ("Battlefield 6", "EA Sports FC 26", "the Pixel 10", "iPhone 17"): the name is the
 * goods, with no sort of goods written. The number is a model's (three digits at most), not a year's ("May 2019"), nor a time's, a clause's, a flight's or a craft's ("At 10", "Article 5", "Apollo 11"),
 * nor a day's of a month ("seized on January 7", "dated Sept 9"), nor one held's ("Detainee 4 was released"): people are released far more often than numbered goods.
 */
const NUMBERED_GOODS_BEFORE = String.raw`(?<=\b(?:[A-Z]|i[A-Z])[\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?<!\b(?:At|By|On|In|Around|Until|Since|After|Before|From|Of|For|Article|Section|Chapter|Flight|Route|Apollo|Artemis|${CALENDAR_NAME}|${MONTH_ABBREVIATION}|${HELD_NOUNS.map(capitalised).join('|')})\s*)\s+\d{1,3}\s+(?:(?:still|finally|officially|also|only|then)\s+)?)`;
/**
 * …and their release, done or ahead ("Battlefield 6 went on sale last Friday", "Zenith 4 came out on Friday", "Pixel 10 launches on 20 August",
 * "Orbis 3 was released on Monday"): the first day of sale, as of goods of a sort (ON_SALE). "Came out" for or against something is a stance, and a
 * named thing that launches something ("Channel 4 launched an inquiry") is its doer, not the goods.
 */
export const NUMBERED_GOODS_RELEASED = String.raw`${NUMBERED_GOODS_BEFORE}(?:(?:came|comes|come)\s+out\b(?!\s+(?:against|for|in\s+favou?r|of|as|with|ahead|on\s+top)\b)|launch(?:es|ed)\b(?!\s+(?!(?:on|in|this|next|last|today|tomorrow|yesterday|worldwide|globally)\b)[a-z])|(?:go|goes|went)\s+on\s+sale\b|(?:was|is|will\s+be)\s+released\b(?!\s+(?:from|on\s+bail)\b))`;
/** A time, not a thing, after "last" ("the last time he left the plant", "in the final week", "Last Friday the inspectors left the plant"): no last act of a line. */
const LAST_OF_A_TIME = String.raw`(?:(?:time|week|month|year|day|night|moment|minute|hour|decade)s?\b|${WEEKDAY_NAME})`;
/** People who leave a site, not goods made there ("the last workers left the factory", "the last of the rescuers left the mine"): their leaving ends no production. */
const LEAVERS_NOT_GOODS = String.raw`(?:of|workers|staff|miners|rescuers|inspectors|employees|strikers|visitors|guests|officials|police|soldiers|firefighters|people|men|women)\b`;
/**
 * Where goods are made, left by the last of them: an assembly or production line, a plant, a factory, a works, a mine, a yard. "The line" alone may be
 * a picket line or a starting line: it is read only with its sort.
 */
const PRODUCTION_SITE = String.raw`(?:assembly|production)\s+line|plant|factory|works|mine|(?:ship)?yard`;
/** The sort of goods a production makes, before "production" ("ended car production"): "the" alone before it is a show's ("ended the production"). */
const PRODUCTION_SORT = String.raw`(?:car|vehicle|steel|coal|engine)\b`;
/**
 * A production ended, told by its last act or by its end ("The last Velmark Tern rolled off the assembly line at the Orsk plant this afternoon",
 * "the final hull left the shipyard on Friday", "Steel production ended at the works on Monday", "ending car production at a site …"): the maker's last
 * day there. Not a last time ("the last time he left the plant", LAST_OF_A_TIME), nor people's last leaving (LEAVERS_NOT_GOODS), nor a show's
 * ("ended the production"), nor production halted for a while ("halted production", "ended production at the plant for a week").
 */
export const PRODUCTION_ENDED = String.raw`(?:(?<=\b(?:last|final)\s+(?!${LAST_OF_A_TIME})(?:(?!${LEAVERS_NOT_GOODS})[\w’'-]+\s+){0,4}?(?:[\w’'-]+,[^.;]{0,60}?,\s+)?)(?:rolled|rolls|roll|came|comes|drove|drives|left|leaves|leave)\s+(?:off\s+|out\s+of\s+)?the\s+(?:${PRODUCTION_SITE})\b|\b(?:end(?:s|ed|ing)?|ceas(?:e|es|ed|ing))\s+(?:(?:its|all|the(?=\s+${PRODUCTION_SORT})|${PRODUCTION_SORT})\s+){0,2}production\b(?!\s+of\b)|\bproduction\s+(?:ended|ends|ceased|ceases|came\s+to\s+an\s+end)\b)(?![^.;]{0,40}\bfor\s+(?:a|the|two|three|\d+)\s+(?:(?:few|full)\s+)?(?:day|week|month)s?\b)`;
const GOODS_SORT = new RegExp(String.raw`\b${GOODS_OF_A_SORT}\b`, 'gi');
/**
 * The sorts of goods a launch's text names, singular ("phone", "car"; "range", "line-up" and "models" name no sort): two launches of a day whose
 * goods are of different sorts ("the phones", "its new electric cars") are two launches.
 */
export function goodsSorts(text: string): Set<string> {
  return new Set([...text.matchAll(GOODS_SORT)].map(([goods]) => goods.toLowerCase().replace(/^smart/, '').replace(/(?<=ch)es$|s$/, '')));
}
/** What a market quotes, closing at a price each trading day: an index by its name and figure ("the Estmark 40"), shares, a currency, a commodity. An alternation. */
const MARKET_QUOTED = String.raw`(?:ind(?:ex|ices|exes)|shares?|stocks?|markets?|bourse|(?-i:[A-Z][\w&-]*)\s+\d{2,4}|(?-i:Dow|Nasdaq|FTSE|DAX|CAC|Nikkei|Topix|Hang\s+Seng|Kospi|Sensex)|yields?|bonds?|dollar|euro|yen|pound|sterling|oil|gold|bitcoin)`;
/**
 * A market's record close ("The Estmark 40 closed at a record high yesterday", "the Lusk 100 ended the day at an all-time high"): the happening of that
 * trading day, as a heat record is the weather's; a record only hoped for ("could close at a record") has no verb done. Only a market or a price
 * closing (MARKET_QUOTED) at a record high, low or close: an exhibition that "closed on a record 2 million visitors" or a festival that "ended
 * on a record high" is not a market's.
 */
export const RECORD_CLOSE = String.raw`(?<=\b${MARKET_QUOTED}\b[^.;]{0,40}?\s)(?:closed|closes|ended|ends|finished|finishes)\s+(?:the\s+(?:day|session|week)\s+)?(?:at|on)\s+(?:a|an|its|their)\s+(?:new\s+)?(?:record|all-time|all\s+time)\s+(?:closing\s+)?(?:high|low|close)\b`;
/** …and the market, its record and its high or low, for its title ("The Estmark 40 closes at record high", "Shares in Lusk close at all-time high"). */
export const RECORD_CLOSE_TOLD = new RegExp(String.raw`(?<market>(?:(?-i:[A-Z][\w&-]*)\s+){0,3}?\b(?<head>${MARKET_QUOTED})(?:\s+in\s+(?-i:[A-Z][\w-]*))?)\s+(?:closed|closes|ended|ends|finished|finishes)\s+(?:the\s+(?:day|session|week)\s+)?(?:at|on)\s+(?:a|an|its|their)\s+(?:new\s+)?(?<record>record|all-time|all\s+time)\s+(?:closing\s+)?(?<extreme>high|low|close)\b`, 'i');
/** A court or a judge, which rules on a settlement or a sale as a regulator rules on a medicine ("the bankruptcy court", "a federal judge"). */
const COURT_OR_JUDGE = String.raw`[Cc]ourt|[Jj]udge`;
/**
 * Who rules on a medicine or a settlement: a regulator, a health body, a board or a commission by its name or its initials ("The U.S. Food and Drug
 * Administration", "the FDA", "The World Health Organization", "the Lusk Medicines Board", "Britain's medicines regulator") or a court ("the
 * bankruptcy court", "a federal judge").
 */
const RULING_BODY = String.raw`(?:\b[A-Z]{2,5}|\b(?:[A-Z][\w.-]*\s+(?:(?:and|of|for)\s+)?){0,6}(?:Administration|Agency|Organi[sz]ation|Authority|Institute|Board|Commission|Court)|\b(?:[Rr]egulators?|[Ww]atchdog|${COURT_OR_JUDGE}))`;
/** What a regulator or a health body rules on: a medicine or a device, a drug by the stem of its generic name ("lenacapavir", "donanemab"). */
const MEDICINE_RULED_ON = String.raw`(?:drugs?|medicines?|vaccines?|treatments?|therap(?:y|ies)|injections?|jabs?|pills?|tablets?|shots?|devices?|antivirals?|antibiotics?|[a-z]{3,}(?:vir|mab|nib|tide|gliflozin|lisib|ciclib|stat|zumab))\b`;
/** …and what only a court rules on: a settlement, or a sale it oversees (a state, a fund or a league approving a sale of jets, banks or a team is no ruling). */
const COURT_RULED_ON = String.raw`(?:settlement|sale)\b`;
const RULED_ON = String.raw`(?:${MEDICINE_RULED_ON}|${COURT_RULED_ON})`;
/** The words a ruling's verb may come after, its body before them ("has now approved", "formally authorised"). */
const RULING_ADVERBS = String.raw`(?:(?:has|have|had|formally|also|then|now|finally|fully|conditionally)\s+){0,2}`;
const APPROVING_VERB = String.raw`approved|approves|authori[sz]ed|authori[sz]es|licensed|cleared`;
const RECOMMENDING_VERB = String.raw`recommended|recommends`;
/**
 * A regulator's or a court's approval, and a health body's recommendation, of a medicine or a settlement, done on a day ("The U.S. Food and Drug
 * Administration approved the drug, sold as Yeztugo, on 18 June", "Britain's medicines regulator authorised the vaccine on Wednesday", "a federal
 * judge approved the settlement", "The FDA announced the approval this afternoon"; "The World Health Organization recommended lenacapavir on 14
 * July"): the body's act of its day, its subject right before its verb. Not "approved of", a call ("recommended that countries …"), an approval
 * rating, nor one awaited ("expects to approve", "the decision of the FDA to approve": no body before the verb); a merger cleared is DEAL_CLEARED.
 * What is ruled on is the verb's object, not a word after a preposition ("approved a ban on tablets", "cleared the way for a vaccine").
 */
const NOT_RULED_ON = String.raw`(?!that\b|of\b|it\b|them\b|on\b|for\b)`;
/** The few words of the verb's object before what is ruled on ("the twice-yearly", "Gilead's long-acting"). */
const WORDS_BEFORE_RULED_ON = String.raw`(?:${NOT_RULED_ON}[\w'’$,.-]+\s+){0,4}?`;
const RULED_ON_AHEAD = (what: string) => String.raw`(?=${WORDS_BEFORE_RULED_ON}${what})`;
export const APPROVAL_GRANTED = String.raw`(?<=${RULING_BODY}\s+${RULING_ADVERBS})(?:${APPROVING_VERB})\s+${RULED_ON_AHEAD(MEDICINE_RULED_ON)}|(?<=\b(?:${COURT_OR_JUDGE})\s+${RULING_ADVERBS})(?:${APPROVING_VERB})\s+${RULED_ON_AHEAD(COURT_RULED_ON)}|(?<=${RULING_BODY}\s+(?:has\s+|had\s+)?)(?:announced|granted|gave|issued)\s+(?=(?:(?:its|the|a|an)\s+)?(?:(?:full|final|conditional|formal|emergency|marketing)\s+){0,2}(?:approval|authori[sz]ation)\b(?!\s+(?:rating|process)\b))`;
export const MEDICINE_RECOMMENDED = String.raw`(?<=${RULING_BODY}\s+${RULING_ADVERBS})(?:${RECOMMENDING_VERB})\s+${RULED_ON_AHEAD(MEDICINE_RULED_ON)}`;
/**
 * A regulator's opinion on a medicine, given on a day or due ("The European Medicines Agency's committee is due to give its opinion on the drug this
 * week", "the Lusk Medicines Board gave a positive opinion on the vaccine on Friday"): the step before an approval, the body's act of its day. An
 * opinion a writer or a speaker holds ("in the opinion of the Agency", "gave his opinion on the drug") is no body's ruling.
 */
export const OPINION_GIVEN = String.raw`(?<=${RULING_BODY}(?:['’]s\s+(?:[\w-]+\s+)?(?:committee|panel))?\s+(?:(?:is|are)\s+(?:due|expected|set)\s+to\s+|will\s+|has\s+|had\s+)?)(?:give|gives|gave|given|deliver|delivers|delivered|issue|issues|issued|adopt|adopts|adopted)\s+(?=(?:its|an?|the)\s+(?:(?:positive|negative|final|favourable|favorable|scientific)\s+)?opinion\s+on\s+${RULED_ON_AHEAD(MEDICINE_RULED_ON)})`;
/** …and the body, its act and what it ruled on, for its title ("The World Health Organization recommends lenacapavir"); an approval told by its noun alone keeps the noun. */
export const APPROVAL_TOLD = new RegExp(String.raw`(?<body>${RULING_BODY})\s+${RULING_ADVERBS}(?<verb>${APPROVING_VERB}|${RECOMMENDING_VERB})\s+(?<what>${WORDS_BEFORE_RULED_ON}${RULED_ON})`);
/** The present of a ruling's verb, for a title. */
export const RULING_PRESENT: Readonly<Record<string, string>> = { approved: 'approves', authorised: 'authorises', authorized: 'authorizes', licensed: 'licenses', cleared: 'clears', recommended: 'recommends' };
/** A player named as a transfer tells it: a capitalised name of up to three words, perhaps after the position the player plays ("the Stuttgart striker Nick Woltemade"). */
const PLAYER_POSITION = String.raw`striker|forward|midfielder|defender|goalkeeper|winger|full-back|centre-back|playmaker`;
const PLAYER_NAMED = String.raw`(?:(?:the\s+)?(?:[A-Z][\w’'-]+\s+){0,2}(?:${PLAYER_POSITION})\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}`;
/**
 * A player's move between clubs, done, told by its announcing or completing (PLAYER_SIGNING_ANNOUNCED: "Liverpool have announced the signing of Alexander Isak from Newcastle", "They signed Nick Woltemade from
 * Stuttgart last Saturday", "Yoane Wissa has joined from Brentford", "the Stuttgart striker Nick Woltemade, who signed on Saturday"): both clubs' deal
 * of its day, its act the club's announcing or completing it (no "the signing" pointing back at one told before). The club it came from, or
 * the position the player plays, makes it a transfer: a law, a treaty or a letter signed comes from no club,
 * money transferred names no player, and someone who joined a call from a city joined by video.
 */
export const PLAYER_SIGNING_ANNOUNCED = String.raw`\b(?:announc|complet|confirm|seal|finali[sz])(?:e|es|ed|ing|s)?\s+(?:the|a|an|its|their)\s+(?:[\w£$€.,-]+\s+){0,2}?signing\s+of\s+(?=${PLAYER_NAMED}\s+from\s+[A-Z])`;
/** …told by the signing itself, or by the player's joining. */
export const PLAYER_SIGNED = String.raw`\bsign(?:s|ed)?\s+(?=${PLAYER_NAMED}\s+from\s+[A-Z])|(?<=\b[A-Z][\w’'-]+\s+(?:has|have|had)\s+)joined\s+(?=from\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?!\s+(?:by|via|on)\s+(?:video|phone|line|link))\b)|(?<=\b(?:${PLAYER_POSITION})\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+who\s+)signed\s+(?=(?:(?:late|early)\s+)?on\s+${WEEKDAY_NAME}\b)`;
/** A sum of money a bid or an offer is of ("£110m", "$2.5 billion", "€40 million"). */
const SUM_OFFERED = String.raw`[$€£]\s?\d[\d.,]*(?:\s*(?:bn|m|billion|million))?`;
/** A bid for a player or a company, by its sum or its bidder ("Liverpool's first bid, of £110m,", "a £110m bid", "Liverpool's offer"): a bid to do something ("a bid to overturn the ruling") is an attempt, none. */
/** Which of a club's bids it is ("an improved bid", "their opening offer"). */
const BID_QUALIFIER = String.raw`(?:first|second|third|opening|latest|improved|fresh|new|final|record)`;
const BID_OF_A_SUM = String.raw`(?:(?:(?:[A-Z][\w’'-]+\s+){0,2}?[A-Z][\w’'-]+['’]s?\s+)?(?:${BID_QUALIFIER}\s+)?(?:${SUM_OFFERED}\s+)?(?:bid|offer)\b(?:,?\s+of\s+${SUM_OFFERED})?)`;
/**
 * A bid turned down or taken by the side it was made to ("Liverpool's first bid, of £110m, was turned down", "Newcastle rejected a £110m bid",
 * "Newcastle have accepted Liverpool's offer"): the day's step of a transfer or a takeover. Only a bid with its sum or its bidder named: a bid
 * to do something is an attempt ("rejected his bid to overturn the ruling"), and a union answering an employer's offer is WORKERS_REJECTED_OFFER.
 */
export const BID_TURNED_DOWN = String.raw`(?<=\b(?:[A-Z][\w’'-]+['’]s?\s+(?:${BID_QUALIFIER}\s+)?bid\b(?:,?\s+of\s+${SUM_OFFERED},?)?|${SUM_OFFERED}\s+bid\b|bid,?\s+of\s+${SUM_OFFERED},?)\s+(?:was|were|had\s+been|has\s+been)\s+)(?:turned\s+down|rejected|refused)\b|(?<=\b[A-Z][\w’'-]+\s+(?:(?:have|has|had)\s+)?)(?:turned\s+down|rejected)\s+(?=(?:a|an|the)?\s*${BID_OF_A_SUM}(?!\s+to\b))`;
export const BID_ACCEPTED = String.raw`(?<=\b[A-Z][\w’'-]+\s+(?:(?:have|has|had)\s+)?)accepted\s+(?=(?:a|an|the)?\s*${BID_OF_A_SUM}(?!\s+(?:to|of)\b))`;
/** The transfer window shut ("The summer transfer window shuts at 7 p.m.", "the transfer window closed on Monday"): the deadline all clubs' deals are of. A window of a building has no season nor transfer. */
export const TRANSFER_WINDOW_SHUT = String.raw`\b(?:transfer|summer|January|winter)\s+window\s+(?:(?:has|had|is|was)\s+(?:now\s+)?)?(?:shut|shuts|closed|closes|slammed\s+shut)\b`;
/** …nor one its own clause says is not on: "A summit … is not on the agenda", "talks are not planned", "a meeting has been ruled out". */
export const NEGATED_AFTER = /^[^.;:]{0,80}?\b(?:(?:is|are|was|were)\s+(?:not|no\s+longer)\s+(?:(?:yet|currently|even|now)\s+)?(?:on\s+the\s+(?:agenda|table|cards)|planned|scheduled|expected|envisaged|foreseen|in\s+the\s+works|being\s+(?:planned|prepared|considered|discussed))|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:ruled\s+out|off\s+the\s+(?:table|agenda))|never\s+(?:materiali[sz]ed|took\s+place|happened|came\s+about|went\s+ahead)|(?:did|has|have|had)\s+not\s+(?:materiali[sz]ed?|taken?\s+place|happen(?:ed)?|gone\s+ahead|go\s+ahead))\b/i;
/**
 * …nor one a report tells that its own sentence says is unconfirmed: the report's clause runs on, with no comma, to its
 * not being confirmed ("Reports in the press that the president will visit Athens next month could not be confirmed",
 * "A claim that the envoys met in Oman has not been independently verified"), or names an unverified source after it
 * ("spoke by phone with the rebel leader last weekend, according to unverified posts on social media"). A real event
 * told beside a hedge keeps its comma ("The ministers met on Monday, officials said, though no statement followed").
 */
export const UNCONFIRMED_AFTER =
  /^[^.;:,]{0,90}?\b(?:(?:could|can)\s*not|cannot|(?:has|have|had|was|were|is|are)\s+not)\s+(?:yet\s+)?(?:be(?:en)?\s+)?(?:immediately\s+|independently\s+)*(?:confirmed|verified|corroborated)\b|^[^.;:,]{0,90}?\bremain(?:s|ed)?\s+(?:unconfirmed|unverified)\b|^[^.;:]{0,90}?\baccording\s+to\s+(?:(?:an?|the|some|several)\s+)?(?:unverified|unconfirmed|uncorroborated)\b/i;
/**
 * …nor one the outlet only says it will talk of in its own programme: its clause runs on to "in our weekly podcast",
 * "on our live blog", "in tomorrow's edition", whose day is the outlet's schedule, not the event's ("We will cover the
 * ministers' meeting in Pora in our live blog on Friday", "look at the Belvar summit in our daily newsletter on Monday").
 * A report the outlet made is no plan of its own ("met in Pora on Tuesday, as our correspondent reported"); nor is
 * "our programme" or "our show", a party's or a nation's as often as a broadcaster's.
 */
export const OWN_PROGRAMME_AFTER =
  /^[^.;:,]{0,80}?\b(?:in|on|for)\s+(?:our|tomorrow['’]s|next\s+week['’]s)\s+(?:[\w-]+\s+){0,2}?(?:podcast|newsletter|live\s*blog|edition|broadcast|bulletin|supplement|live\s*stream|webcast)s?\b/i;
/**
 * …nor a gathering of another domain: a company's owners meeting ("Shareholders of Norland Telecom will meet on 20 April",
 * "stockholders will vote at the annual general meeting on 3 May", "an extraordinary general meeting"), their subject
 * or the meeting's name just before it; a union's or a party's members' meeting is still one.
 */
export const SHAREHOLDERS_BEFORE = /\b(?:share|stock|bond)holders\b['’]?[^.;,]{0,60}$|\b(?:annual|extraordinary)\s+general\s+$/i;
/** A sports fixture a gathering word names: a match it is in or a title it is for ("Ostmark meet Castavia in Saturday's qualifier in Belgrave", "the champions met in the Cup final on Sunday", "meet for the title"); a meeting AT a match ("met the emir at the final") is still one. */
const FIXTURE = String.raw`(?:qualifier|final|semi-?final|quarter-?final|match|fixture|derby|friendly|play-?off|decider|rematch|game)s?`;
/** The fixture's noun ends where a preposition or a stop follows it ("the final round of talks" is no final). */
const FIXTURE_END = String.raw`(?=\s*(?:[,.;:]|$)|\s+(?:in|at|on|of|against|between|when|where|with|for)\b)`;
export const FIXTURE_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}’'-]+){0,3}?\s+in\s+(?:(?:the|a|an|their|this|next|last|[\p{L}]+[’']s?|\d{4})\s+){0,3}(?:\p{Lu}[\p{L}-]*\s+){0,2}${FIXTURE}${FIXTURE_END}|^\s+(?:again\s+)?for\s+the\s+(?:title|trophy|cup|championship|gold\s+medal|crown)\b`,
  'iu',
);
/** …or one in a relative clause of a fixture ("a rematch of the 2059 final, when the two sides last met", "the derby in which the clubs met"). */
export const FIXTURE_BEFORE = new RegExp(String.raw`\b${FIXTURE}${FIXTURE_END},?\s+(?:when|where|in\s+which)\s+[^.;,]{0,40}$`, 'iu');
/** A side of a match as a result names it, one to three capitalised words ("PSG", "Inter Milan", "Paris Saint-Germain"). */
const MATCH_SIDE = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}`;
/** A match's score ("5-0", "2–1"). */
const MATCH_SCORE = String.raw`\d{1,2}\s?[-–]\s?\d{1,2}`;
/** A competition a side wins, named ("Champions League", "FA Cup", "World Cup final"). */
const COMPETITION = String.raw`\p{Lu}[\p{L}-]*\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:League|Cup|Championship|Trophy|Bowl|Series)(?:\s+final)?`;
/** The word final for the last match itself, not a round before it ("the semi-final", "a quarter-final", "the semi final"). */
const FINAL_MATCH = String.raw`(?<!\b[Ss]emi[-–\s]?|\b[Qq]uarter[-–\s]?)final`;
/** A side's verb of winning a match ("beat", "defeated", "thrashed"). */
const WIN_VERB = String.raw`(?:beat|beats|defeated|defeats|thrashed|routed|edged)`;
/** A final as a fixture, not a last round of anything ("the Cup final on Saturday", "the final against Spain"; not "the final round of talks"). */
const FINAL_FIXTURE = String.raw`${FINAL_MATCH}${FIXTURE_END}`;
/** A winner's verb, then whom it beat in the final, after a comma ("won the Velsian Open on Sunday, beating Ana Ruiz in the final"); not the final set, round or minute. */
const FINAL_WON_OVER = String.raw`(?:beating|defeating|overcoming)\s+${MATCH_SIDE}\s+in\s+the\s+${FINAL_MATCH}\b(?!\s+(?:set|round|game|frame|lap|minutes?|seconds?|stages?|hole|day)\b)`;
/** The word that ends a competition's name ("Velsian Open", "Lusk Masters", "FA Cup"). */
const COMPETITION_HEAD = String.raw`(?:League|Cup|Championships?|Trophy|Bowl|Series|Open|Masters|Games|Grand\s+Prix)`;
/**
 * What a side's win over another took: a title, a trophy or a competition by its name ("to lift the trophy", "to claim her first major title",
 * "to win the Velsian Open"), or by a bare name when the win is told as a match, by its sets or score ("beat Carlos Alcaraz in four sets to win
 * Wimbledon"); not a state, a contract or an award ("beat Torres on Tuesday to win Pennsylvania", "to win the Air Force contract", "to win Best Actress").
 */
const TITLE_TAKEN = String.raw`to\s+(?:win|claim|clinch|lift|take)\s+(?:(?:the|his|her|their|its|a)\s+)?(?:(?:first|second|third|fourth|fifth|maiden|record|\d{1,2}(?:st|nd|rd|th)|major|grand\s+slam)\s+){0,2}(?:title|trophy|crown|championship|cup|gold\s+medal|(?:\p{Lu}[\p{L}’'-]*\s+){1,3}${COMPETITION_HEAD}\b|(?<=(?:\bsets|${MATCH_SCORE})\b[^.;]{0,40}?)\p{Lu}[\p{L}’'-]*)`;
/**
 * Who won a title, told as its champion ("Jannik Sinner is the Wimbledon champion", "she became the first British champion"), up to the win told
 * after it: the champion that very win made, so not a defending, reigning or former one, nor one of a year, nor one whose win another verb tells
 * ("who became world champion in 2019, returned on Saturday, beating Lee", "was the reigning champion and opened his defence … after beating").
 */
const CHAMPION_NAMED = String.raw`\b(?:is|was|became|becomes|crowned)\s+(?:the\s+)?(?:new\s+)?(?:(?!(?:defending|reigning|former|ex)\b)[\p{L}’'-]+\s+){0,3}?champion\b(?:(?!\b(?:and|\d{4}|\p{Ll}{2,}ed|${IRREGULAR_PAST})${WORD_END})[^.;]){0,100}?`;
/**
 * A final played or ahead, or a competition won, told by its winner and score ("Lusk City beat Orsk United 3-1 in the Velsian Cup final on
 * Saturday"), by the win named by its competition ("Paris Saint-Germain's Champions League win in Munich on Saturday") or by whom the final is
 * against ("the final against Orsk on Sunday"), or by its winner's verb and whom it beat in the final ("won the Velsian Open three weeks ago, beating Ana Ruiz in
 * the final", FINAL_WON_OVER), by a win that took a title ("beat Carlos Alcaraz in four sets to win Wimbledon", TITLE_TAKEN), by its champion and whom
 * they beat ("Sinner is the Wimbledon champion … after beating Carlos Alcaraz", CHAMPION_NAMED) (or, FINAL_ON_ITS_DAY, by the final
 * named with its day): a title decided, news beyond its sport. A plain fixture or result is no event (events-30: "beat
 * Ostmark 3-1 in Tarn on Tuesday night", "plays a friendly against Varnia"), nor a match's win over a side ("their League win over Orsk"), a score in
 * a poll, an election's win or a final's preview.
 */
export const FINAL_PLAYED = String.raw`(?<=\b${MATCH_SIDE}\s+)${WIN_VERB}\s+(?=${MATCH_SIDE}\s+${MATCH_SCORE}\b[^.;]{0,60}?\b${FINAL_FIXTURE})|\b(?:${WIN_VERB}|beating|defeating|overcame|overcoming)\s+(?=[^.;]{0,60}?\b${TITLE_TAKEN})|(?<=${CHAMPION_NAMED}(?:\b(?:after|by)|,)\s+)(?:beating|defeating|overcoming)\s+(?![^.;,]{0,60}?\b(?:semi|quarter|round|qualif))|(?<=\b${COMPETITION}\s+)(?:win|victory|triumph)\b(?!\s+(?:over|against)\b)|\b(?:[Cc]up\s+)?${FINAL_MATCH}(?=\s+against\s+(?:the\s+)?\p{Lu})|\b(?:won|wins|claimed|clinched|lifted)\s+(?=[^.;]{0,100}?,\s+${FINAL_WON_OVER})`;
/** …and its sides, for its title: the winner, the loser and the score ("Lusk City beat Orsk United 3-1"), or whom the final is against. */
export const FINAL_TOLD = new RegExp(String.raw`(?<winner>${MATCH_SIDE})\s+${WIN_VERB}\s+(?<loser>${MATCH_SIDE})\s+(?<margin>${MATCH_SCORE})\b|\b${FINAL_MATCH}\s+against\s+(?:the\s+)?(?<opponent>${MATCH_SIDE})`, 'u');
/** What a procession rides in: a bus, a carriage or a float ("an open-top bus", "a horse-drawn landau", "the state coach"). */
const PROCESSION_VEHICLE = String.raw`(?:bus|coach|carriage|landau|float|motorcade)`;
/**
 * A procession through a town, told by its verb or its noun: a team, a ruler or a crowd paraded ("the team paraded through Lusk", "will parade
 * the trophy along the Mall"), riding along or up a street named, in its vehicle or not ("rode an open-top bus up the Champs-Élysées", "the squad
 * will ride along the Champs-Élysées tomorrow evening"), travelling in a carriage ("He travels there from Rideau Hall in a horse-drawn landau").
 * Not a procession named only as a part of a ceremony ("a carriage procession to Windsor Castle" in a state visit's welcome, which the visit's
 * gathering tells), a parade of anything ("a parade of excuses"), nor a ride of anyone's own on a bicycle ("rode a bicycle through Lusk").
 */
export const PROCESSION = String.raw`\bparad(?:e|es|ed|ing)\s+(?:(?:the|their|its|his|her)\s+(?:[\w’'-]+\s+)?)?(?=(?:through|along|up|down|past|around|across)\s)|\b(?:rode|ride|rides|riding)\s+(?:(?:an?|the|their|in\s+an?|in\s+the)\s+(?:[\w’'-]+\s+){0,2}?${PROCESSION_VEHICLE}\s+)?(?:up|along|down|through)\s+(?=(?:the\s+)?\p{Lu})|\b(?:rode|ride|rides|riding|travel(?:s|led|ed)?|driven)\b(?=[^.;]{0,40}?\bin\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}(?:landau|carriage|state\s+coach|open-top\s+bus)\b)`;
/** …and the way it went, for its title ("up the Champs-Élysées", "through Lusk", "from Rideau Hall"). */
export const PROCESSION_WAY = /\b(?<way>up|along|down|through|past|around|across|from)\s+(?<where>(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})/u;
/** A credit rating agency by its name ("Fitch", "Moody's", "S&P Global", "Standard & Poor's", "DBRS Morningstar", "Scope Ratings"). */
const RATING_AGENCY = String.raw`(?:Fitch(?:\s+Ratings)?|Moody['’]s|S&P(?:\s+Global)?|Standard\s+(?:&|and)\s+Poor['’]s|DBRS(?:\s+Morningstar)?|Scope\s+Ratings)`;
/** What an agency rates: a state's or a body's rating, outlook or debt ("France's rating", "its sovereign credit rating", "Estmark's long-term debt"). */
const RATED = String.raw`(?:(?:\p{Lu}[\p{L}’'-]*['’]s|its|their|the)\s+)(?:(?:sovereign|long-term|short-term|public|government|credit|debt|investment-grade|triple-A|AAA)\s+){0,3}(?:ratings?|outlook|debt|credit(?:worthiness)?)\b`;
/** An agency's act on a rating, done or ahead, perhaps with a modal before it ("cut", "may well lower", "delivers its verdict on"). */
const RATING_ACT = String.raw`(?:(?:may|might|could|will|would|is\s+(?:expected|due|set)\s+to)\s+(?:well\s+)?)?(?:cut(?:s|ting)?|lower(?:s|ed|ing)?|(?:down|up)grad(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|(?:affirm|confirm|review)(?:s|ed|ing)?|keep(?:s|ing)?|kept|hold(?:s|ing)?|held|deliver(?:s|ed|ing)?\s+its\s+(?:[\w-]+\s+)?(?:verdict|review|assessment|decision)\s+on)`;
/** …perhaps with its day before it ("on Friday cut", "late on Friday lowered"). */
const DATED_RATING_ACT = String.raw`(?:(?:on|late\s+on)\s+\p{Lu}\p{Ll}+\s+)?${RATING_ACT}`;
/**
 * A rating agency's decision on a state's rating, told by the agency and its act ("Fitch cut Estmark's rating on Friday", "On Friday the
 * ratings agency Fitch delivers its verdict on France's debt", "on Friday Fitch may well lower France's rating": the review has its day
 * whatever it decides): its day's happening. Not a rating only feared with no agency acting ("Estmark's rating could be cut").
 */
export const RATING_DECIDED = String.raw`\b${RATING_AGENCY}(?=\s+${DATED_RATING_ACT}\s+${RATED})`;
/** …and the agency and whose rating it is, for its title ("Fitch's rating decision on France"). */
export const RATING_TOLD = new RegExp(String.raw`(?<agency>${RATING_AGENCY})\s+${DATED_RATING_ACT}\s+(?:(?<rated>\p{Lu}[\p{L}’'-]*)['’]s\s+)?`, 'u');
/**
 * A state or its office that sanctions someone by the verb ("US Treasury sanctions Rosneft and Lukoil", "the EU sanctioned Velsland's defence minister",
 * "Washington sanctioned two Velsian oil companies on Tuesday"): the sanctions imposed that day. The one sanctioned is a name or those a state
 * punishes (firms, banks, officials), a name's own only before those ("Lusk's plan", "Saturday's match" are approved); "the bank sanctioned the loan" approves a thing.
 */
export const SANCTIONED_BY_VERB = String.raw`(?<=\b(?:government|administration|\p{Lu}[\p{L}’'-]+)\s+(?:(?:also|then|later|formally|again)\s+)?)sanction(?:s|ed)\s+(?=(?:(?:two|three|four|five|several|\d+|[\p{L}’'-]+['’]s)\s+)?(?:[\p{L}-]+\s+){0,3}(?:companies|firms|banks|officials|ministers?|individuals|entities|oligarchs|vessels|tankers|generals|commanders)\b|\p{Lu}(?![\p{L}’'-]*['’]s\s))`;
/** …nor one a correction says was misreported ("An article on Thursday misstated the day of the meeting"): what the report got wrong, not the event the correction tells. */
export const MISREPORTED = /\b(?:misstated|misreported|misquoted|misdated|misidentified|(?:wrongly|incorrectly|erroneously)\s+(?:said|stated|reported|gave|dated)|gave\s+the\s+wrong)\b[^.;]{0,80}$/i;
/** …nor one someone is only open or willing to ("her government remained open to talks", "is ready to meet him"): a readiness, not a plan; delegations "prepared for talks" are getting ready for a plan. */
export const WILLING = /\b(?:open|willing|ready|prepared)\s+to\s+(?:(?:hold|have|resume|start|begin|new|further|direct|more|a|an)\s+){0,2}$/i;
/** A wish's verbs in the third person: a finite verb too (FINITE_VERB_IN). */
const WISHES = 'hopes|wants|aims|dreams|wishes';
/** Verbs of a wish before "to": what follows is wanted, not done nor planned. An attempt ("tried to storm the building") may itself be the news. */
const WISH = String.raw`${WISHES}|hope|hoped|hoping|want|wanted|aim|aimed|dream|dreamed|wish|wished|would\s+like`;
/** …nor an act someone only wishes for ("hopes to sign the deal on Friday", "want to sign a charter", "would like to sign the treaty"): a wish, no plan of an act; a gathering or a journey hoped for is a plan its own cues read ("hopes to visit Korea at an early date"). */
export const WISHED = new RegExp(String.raw`\b(?:${WISH})\s+to\s+(?:[\w‑-]+\s+){0,3}$`, 'i');
/** …nor a gathering named only as what an act was done for ("halved the tariff to allow 90 days of talks", "so as not to upset the last round of talks", "in order not to jeopardise the summit"): a motive, no happening of its own; a gathering told before its purpose ("held talks on Monday to allow …") was held. */
export const PURPOSE_BEFORE = /\b(?:(?:so\s+as|in\s+order)\s+)?(?:to\s+(?:allow|permit|enable|(?:make|leave|buy|give)\s+(?:room|time)\s+for|clear\s+the\s+way\s+for)|not\s+to\s+(?:upset|disrupt|jeopardi[sz]e|derail|endanger|undermine|complicate|spoil|prejudice)|to\s+avoid\s+(?:upsetting|disrupting|jeopardi[sz]ing|derailing|endangering|undermining|complicating))\s+(?:[\w‑-]+\s+){0,5}$/i;
/** …nor one named only as what people were being carried somewhere for ("were being taken to a hospital near Kessel to meet their mothers", "was flown to Lusk to see his family"): moved by others, they have not met yet; one who goes to meet someone ("flew to Oslo on Monday to meet Lund") meets them. */
export const CARRIED_TO_MEET = /\b(?:was|were|is|are|been|being)\s+(?:(?:then|later|now|also|quickly|immediately|first)\s+)?(?:taken|driven|flown|brought|transferred|escorted|moved|transported|airlifted|bus+ed|rushed|carried|sent)\s+(?:back\s+|on\s+)?(?:to|into|across)\b[^.;:]{0,80}?\bto\s+$/i;
/** …nor one done as a rule in the present ("negotiators meet in person once a month", "hold talks every week", "usually meet in March"): a custom, no event; one done again and again in the past ("have met several times") is a series, kept undated. */
export const HABITUAL_VERB = /^(?:meet|talk|speak|sit|confer|consult|gather|convene|call)s?\b/i;
/** A trigger that is a past participle: after "have" or "has" it is a perfect ("have met regularly"), not a custom ("have talks every week"). */
export const PARTICIPLE = /^(?:met|spoken|talked|held|sat|conferred|consulted|gathered|convened|called)\b/i;
/** A trigger after a perfect's participle ("have held talks each spring", "has conducted negotiations every year"): a series gone by, kept undated, not a custom. */
export const PERFECT_HOLD_BEFORE = /\b(?:have|has|had)\s+(?:(?:also|already|regularly)\s+)?(?:held|had|conducted|hosted)\s+(?:[\w‑-]+\s+)?$/i;
export const HABITUAL_HOLD_BEFORE = /\b(?:hold|holds|have|has|conduct|conducts)\s+(?:[\w‑-]+\s+)?$/i;
export const FREQUENCY_AFTER = /^\s+(?:[\w‑-]+\s+){0,5}?(?:every\s+(?:other\s+)?(?:\w+\s+)?(?:day|week|month|year|morning|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+a\s+(?:day|week|month|year)|(?:each|every)\s+(?:spring|summer|autumn|fall|winter)|each\s+(?:day|week|month|year)|daily|weekly|monthly|annually|regularly)\b/i;
/** Things one side suspends, halts or breaks off: the act is an event of its own, and the talks it stops are not held that day ("suspended the talks on Friday", "paused deliveries", "froze its dialogue with Beijing"). */
export const SUSPENDING = String.raw`(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|freez(?:e|es|ing)|froze|broke\s+off|break(?:s|ing)?\s+off|cut(?:s|ting)?\s+off|walk(?:s|ed|ing)?\s+out\s+of|pull(?:s|ed|ing)?\s+out\s+of)`;
export const SUSPENDED_PARTICIPLE = String.raw`(?:suspended|halted|paused|frozen|cut\s+off|broken\s+off|put\s+on\s+hold)`;
export const SUSPENDED_THING = String.raw`(?:talks|negotiations|discussions|consultations|dialogue|contacts|cooperation|relations|ties|deliveries|supplies|shipments|exports|imports|flights|aid|transit|participation|lines\s+of\s+communication)`;
/** A gathering trigger right after a verb that stops it ("suspended the talks", "put its gas talks … on hold") or right before one ("Talks … have been frozen since …"). */
export const SUSPENDED_BEFORE = new RegExp(String.raw`\b${SUSPENDING}\s+(?:[\w‑'’-]+\s+){0,4}$`, 'i');
/** A sitting someone left ("walked out of a session in Jeddah", "stormed out of Wednesday's meeting"): it was held, with them there; talks walked out of are suspended (SUSPENDED_BEFORE). */
export const LEFT_SITTING_BEFORE = /\b(?:walk(?:s|ed|ing)?|storm(?:s|ed|ing)?)\s+out\s+of\s+(?:[\w‑'’-]+\s+){0,4}$/i;
/**
 * The words between a sitting and the day it went on until: "until late on", "until the early hours of", "until dawn on",
 * "late into the night on", "through the night of".
 */
const GOING_ON_UNTIL = String.raw`(?:until|till)\s+(?:(?:late|early)\s+|(?:dawn|daybreak|midnight)\s+|the\s+(?:early|small)\s+hours\s+(?:of\s+)?)?(?:on\s+)?|(?:late\s+)?(?:into|through)\s+the\s+(?:night|evening|early\s+hours)\s+(?:on|of)\s+`;
/** "at the start of a five-day strike", "on the first day of a three-day visit": a length told as begun, right before it. */
export const START_OF_A_LENGTH_BEFORE = /\b(?:start|beginning|opening|first\s+day)\s+of\s+(?:a|an|the|its|their)\s+$/i;
/**
 * The words between a length and its own "until" ("a five-day strike over pay that runs until", "a 48-hour stoppage from 6am on Tuesday
 * until"): the length told running, in its clause; an "until" after a comma, "and", "while" or "with" is another happening's ("…, and talks
 * will go on until Wednesday").
 */
export const LENGTHS_OWN_UNTIL = /^(?![^]*\b(?:and|while|with|but|whereas)\b)[^,;:—–]*?\b(?:(?:runs?|ran|running|lasts?|lasted|lasting|continues|continued|continuing)\s+|from\s+[^,;:—–]*?\s)(?:(?:until|till)\s+(?:on\s+)?)?$/i;
/** "negotiated until late on Monday", "talked until the early hours of Sunday": the words before the day a gathering went on until. */
export const UNTIL_BEFORE = new RegExp(String.raw`\b(?:${GOING_ON_UNTIL})$`, 'i');
/**
 * "The talks will continue until Friday", "the summit is due to run until Sunday": a gathering
 * told as going on ahead of the news until a day was not held that day; only one that went on
 * ("negotiated until late on Monday") or was not held until it is dated by it.
 */
export const UNTIL_AHEAD = /^[^.;,]{0,40}?\b(?:will|shall|would|could|may|might|to|due|set|expected|scheduled|planned|continues?|runs?|lasts?|goes\s+on)\b[^.;,]{0,30}?\b(?:until|till)\b/i;
/** "did not meet face to face until Friday afternoon": a negation bounded by a day tells when it was held. */
/** A weekday the writer marks as ahead ("next Saturday", "this coming Friday"): never the day it is told on nor one gone by. */
export const WEEKDAY_AHEAD = new RegExp(String.raw`\b(?:next|(?:this\s+)?coming)\s+${WEEKDAY_NAME}`, 'i');
export const UNTIL_DAY_AFTER = new RegExp(String.raw`^(?:[^.;,]{0,40}?\s)?(?:${GOING_ON_UNTIL})(?:${WEEKDAY_NAME}|${MONTH_STEM}[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+${MONTH_STEM})`, 'i');
export const PUT_BEFORE = /\bput(?:s|ting)?\s+(?:[\w‑'’-]+\s+){0,4}$/i;
export const ON_HOLD_AFTER = /^(?:\s+[\w‑'’-]+){0,6}?\s+on\s+hold\b/i;
export const SUSPENDED_AFTER = new RegExp(String.raw`^(?:\s+[\w‑'’,-]+){0,6}?\s+(?:(?:have|has|had)\s+been|was|were)\s+${SUSPENDED_PARTICIPLE}\b`, 'i');
/** A main clause that tells a plan as firm: "will meet", "hopes to bring", "are due to meet". */
const FIRM_PLAN = String.raw`(?:will|shall|(?:hopes?|plans?|intends?|aims?|expects?|wants?|(?:is|are)\s+(?:due|set|scheduled))\s+to)`;
/**
 * A condition opening its sentence ("If …", "Should …", after `quote` if one opens it), read to the sentence's end over
 * `word` (what a character of it may be), unless a main clause after its comma tells a firm plan: that plan is one.
 */
const openingCondition = (quote: string, word: string): string => String.raw`${quote}(?:if|unless|should)\s+(?!${word}*?,${word}*?\b${FIRM_PLAN}\b)${word}*`;
/** …nor one its clause denies, rumours, asks about or only asks for ("Reporters asked if she would meet the rebels", "We have requested a meeting with the minister", "sought talks with"), or only supposes: "denied that Putin and Witkoff had met", "dismissed as "fake news" claims that …", "rumours that the envoys met", "unverified reports said the rebel leader had travelled to Selm for talks", a denial running past "the U.S. president", "if they were to meet" (and what would follow it), what a condition needs ("only if the shelling stops"), "If the two leaders meet in Geneva, it would be their first encounter" (the whole sentence, unless its main clause tells a plan as firm: "If the meeting goes well, the UN hopes to bring both sides to Geneva for talks", "If Malawi agrees, its president will meet …": the condition stays unreal, the plan after it is one), "Should they hold a summit", what is called for, urged or recommended ("called for talks with the government", "urged Putin to meet Zelensky", "We recommend that a summit … be held"), "rejected reports of a call", "rejected as baseless a report that …", "it remains unclear whether they will meet". A denial ends where its subject goes on to say something else ("denied firing first and said its posts had come under fire"). */
export const UNREAL = new RegExp(
  String.raw`(?:\b(?:den(?:y|ies|ied|ying)|(?:dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?)\s+(?:as\s+(?:[\w‘’'"“”-]+\s+){1,3})?(?:(?:a|the|all|media|press|news)\s+)?(?:reports?|claims?|suggestions?|speculation))\b|\b(?:rumou?rs?|speculation|unconfirmed\s+reports?)\s+that\b|\b(?:unconfirmed|unverified|uncorroborated)\s+(?:(?:media|press|news)\s+)?(?:reports?|claims?|accounts?|posts?)\s+(?:said|say|says|suggested|suggests?|claimed|claims?|alleged|alleges?)\b|\b(?:unclear|uncertain|not\s+(?:yet\s+)?clear|unknown|undecided|doubtful)\s+(?:whether|if)\b)(?:(?!\band\s+(?:said|says|added|adds|insisted|insists|stated|states|claimed|claims)\b)(?:[^;.]|\.(?=\S|\s+[a-z]))){0,100}$|\bif\b[^,;]{0,60}\bwere\s+to\b|\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|(?:want(?:s|ed)?|wish(?:es|ed)?)\s+to\s+know|inquir(?:e|es|ed|ing)|enquir(?:e|es|ed|ing))\s+(?:[\w‑’'-]+\s+){0,3}?(?:whether|if)\b[^,;.]{0,100}$|(?:[,;:]\s+|\b(?:that|but|and|only)\s+)(?:if|unless|in\s+case)\s+[^,;.]{0,80}$|^(?:${openingCondition(String.raw`[“"‘']`, String.raw`[^;.”"’]`)}|${openingCondition('', String.raw`[^;.]`)})$|\b(?:call(?:ed|s|ing)?\s+for|urg(?:e|ed|es|ing)|recommend(?:s|ed|ing)?(?:\s+that)?|demand(?:ed|s|ing)?|push(?:ed|es|ing)?\s+for|appeal(?:ed|s|ing)?\s+for|request(?:ed|s|ing)?|sought|seek(?:s|ing)?|ask(?:ed|s|ing)?\s+for|lobb(?:y|ies|ied|ying)\s+for)\s+(?:[\w‑-]+\s+){0,3}$`,
  'i',
);
/**
 * …nor one a condition hangs on, with a modal beside it ("A summit could take place in Geneva in July if the ceasefire held", "talks might resume only if …"),
 * also when the condition is an aside before the modal ("The next round, if one is agreed, would probably take place in Doha"): a hypothesis, not a plan.
 */
export const CONDITION_AFTER = /^(?:[^.;,]{0,80}?|\s*,\s+)\b(?:only\s+if|if|unless|provided\s+that)\b/i;
export const MODAL_BEFORE = /\b(?:could|might|may|would)\s+(?:[\w‑-]+\s+){0,3}$/i;
export const MODAL_AFTER = /^(?:\s*,\s+(?:only\s+)?(?:if|unless)\b[^,;.]{0,60},)?\s+(?:[\w‑-]+\s+){0,5}?(?:could|might|may|would)\b/i;
/** …nor one a yes-or-no question asks about ("Will the two presidents meet in Dakar on Saturday?"), also after a transcript's speaker ("PRESENTER: Have you met him?"): the question is whether it happens. */
export const YES_NO_QUESTION = /^(?:[A-Z][A-Z.’' -]*:\s+)?[“"‘']?(?:Will|Would|Could|Can|Should|Shall|Might|May|Is|Are|Was|Were|Did|Do|Does|Has|Have|Had)\s[^?]*\?\s*[”"’']?\s*$/;
/** A trigger its clause says has no day: none set for it ("no date has been set for a summit", "without setting a date for talks", "too early to name a date for the next round"), or a process of weeks or more ("ending two years of negotiations"). */
export const NO_DAY_BEFORE =
  /\b(?:no\s+(?:date|day|time)\s+(?:has|have|had|was|were)?\s*(?:yet\s+)?(?:been\s+)?(?:set|fixed|agreed|announced|scheduled|given)|(?:not|never|yet\s+to)\s+(?:yet\s+)?(?:set|fix|fixed|agree(?:d)?\s+on|announce[sd]?|give|given)\s+a\s+(?:date|day|time)|without\s+(?:setting|fixing|giving|announcing)\s+a\s+(?:date|day|time)|(?:too\s+(?:early|soon)|premature)\s+to\s+(?:set|fix|name|give|announce|agree\s+on|talk\s+about)\s+a\s+(?:date|day|time))\s+(?:for|of)\s+(?:[\w‑-]+\s+){0,3}$|\b(?:\w+|a|several|many)\s+(?:weeks|months|years|decades|week|month|year)\s+of\s+(?:[\w‑-]+\s+){0,2}$/i;
/**
 * …unless a relative clause right after it tells the day it began ("a week of fighting in the province that began last Sunday",
 * "months of talks, which started on 3 March"): the stretch is then dated by its first day, as its beginning is the happening.
 */
export const BEGAN_IN_ITS_CLAUSE = /^[^,;.]{0,40}?,?\s+(?:that|which)\s+(?:began|started|broke\s+out|erupted)\s+(?:on\s+)?$/;
/**
 * Words that say no one has told when something happens ("did not say when", "declined to say when", "Koizumi has not said when he will
 * declare", "Nobody in the party will say when that might happen", "Nobody has said which day"): its day is not known, whatever tells
 * it; not "would not say when asked", where "when" tells the moment of the refusal. Read after a trigger (NO_DAY_AFTER) and in any
 * sentence (DAY_NOT_SET).
 */
const WHEN_NOT_TOLD = String.raw`(?:\b(?:without\s+saying|(?:did|do|does|would|could|will)\s+not\s+say|(?:didn|don|doesn|wouldn|couldn|won)['’]t\s+say|declin(?:ed|es|ing)\s+to\s+say|(?:not|never)\s+(?:yet\s+)?(?:said|specified|disclosed|revealed))|\b(?:nobody|no\s+one)\b[^.;,]{0,30}?\b(?:say|says|said|tell|tells|told|knows?))\s+(?:when|which\s+day|what\s+day)\b(?!\s+(?:asked|pressed)\b)`;
/**
 * …told alone, its happening left to the sentence before ("The mayor said the council would ask for a new assessment. He did not say when.",
 * "They said on the news he comes home. Nobody has said which day"): the note is about what that sentence tells (plans-put-off.ts).
 */
export const WHEN_NOT_TOLD_ALONE = new RegExp(String.raw`${WHEN_NOT_TOLD}\s*(?:[.,;:!?"”’)]|$)`, 'i');
/** …or that its sentence says was not given one ("held talks with opposition leaders, officials said, without saying when", "the talks had not been scheduled", "but set no date"), or whose day a planner's note says is still to come ("date to be confirmed", "at a date to be agreed"): only a date's note, not a time's or a venue's. */
export const NO_DAY_AFTER = new RegExp(
  String.raw`^[^.]{0,80}?(?:[;(]\s*|\bat\s+a\s+)(?:the\s+)?(?:exact\s+|precise\s+)?dates?\s+(?:(?:is|are)\s+)?(?:(?:yet|still)\s+)?to\s+(?:follow|be\s+(?:confirmed|announced|set|fixed|agreed|decided|determined))\b|^[^.;]{0,80}?\b(?:(?:set|gave|fixed|named|announced)\s+no\s+(?:date|day)|without\s+(?:setting|giving|fixing|naming)\s+a\s+(?:date|day))\b|^[^.;]{0,80}?${WHEN_NOT_TOLD}|^\s+(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:scheduled|set|fixed|arranged|planned|dated)\b`,
  'i',
);
/**
 * A sentence that says what it tells has no day yet, whatever tells it ("No return date has been fixed.", "but no date has been set", "No date for it has been set.",
 * "are to follow, officials said, without giving a date", "neither side has given a date", "the French presidency has not yet set dates",
 * "on a date still to be agreed", "once the family sets a date", "None of it has a timetable", "the new dates will be announced",
 * "though it has given no date", "have set no day for it", "has still not been given a date", "a watch party, to be scheduled later", "has
 * not said when he will declare" (WHEN_NOT_TOLD)): a plan of no day, listed undated when no trigger reads it (plans-put-off.ts), as a
 * trigger's day is withheld by NO_DAY_BEFORE and NO_DAY_AFTER.
 */
export const DAY_NOT_SET = new RegExp(
  String.raw`\bno\s+(?:[\w-]+\s+)?(?:date|day|timetable|timeline)s?\s+(?:for\s+(?:it|them|this|that)\s+)?(?:has|have|had|was|were|is)\s+(?:yet\s+)?(?:been\s+)?(?:set|fixed|agreed|announced|scheduled|given|named)\b|\b(?:not|never|yet\s+to|nobody|no\s+one|neither\s+(?:side|of\s+them))\s+(?:(?:has|have)\s+)?(?:yet\s+)?(?:been\s+)?(?:set|fix|fixed|agreed?\s+on|announced?|give|given|named?)\s+(?:a\s+|the\s+)?(?:date|day)s?\b|\bwithout\s+(?:setting|fixing|giving|announcing|naming)\s+a\s+(?:date|day)\b|\b(?:on|at)\s+a\s+date\s+(?:(?:still|yet)\s+)?to\s+be\s+(?:agreed|set|fixed|decided|announced|confirmed|determined)\b|\b(?:new\s+)?dates?\s+(?:will|would|(?:is|are)\s+to)\s+be\s+(?:announced|set|fixed|confirmed|agreed)\b|\bto\s+be\s+(?:scheduled|announced|set|fixed|arranged|confirmed|dated)\s+(?:later|at\s+a\s+later\s+date)\b|\bonce\s+(?:[\w’'-]+\s+){1,3}(?:sets?|fix(?:es)?|agrees?\s+on|announces?)\s+a\s+date\b|\bnone\s+of\s+(?:it|them|this|these)\s+(?:has|have)\s+a\s+(?:date|timetable|timeline)\b|\b(?:has|have|had)\s+(?:yet\s+)?(?:set|fixed|given|named|announced)\s+no\s+(?:[\w-]+\s+)?(?:date|day|timetable|timeline)s?\b|${WHEN_NOT_TOLD}`,
  'i',
);
/**
 * …but a week or a month the plan names before such a note stands: the note withholds its day, not its week or month
 * ("visits London next week; date to follow" is that week's plan, "will meet in October; date to be confirmed" October's;
 * tests/fixtures/own-conventions.md, "Weeks" and "Months").
 */
export const PERIOD_BEFORE_NOTE = new RegExp(
  String.raw`^[^.;(]{0,80}?(?:\b(?:(?:later|earlier)\s+)?(?:this|next|last|(?:the\s+)?coming|the\s+following)\s+(?:week|month)\b|\bin\s+(?:(?:early|mid|late)[\s-]+)?${MONTH_PATTERN}(?![a-z]))`,
  'i',
);

/** A time the writer only guesses at ("would like to visit Africa, perhaps next year", "will go to Kyiv, possibly at the weekend", "maybe in March"): no date of what its sentence tells. */
export const GUESS_BEFORE = /\b(?:perhaps|possibly|maybe)\s+(?:as\s+(?:early|soon)\s+as\s+)?(?:(?:on|in|at|by|during|over)\s+)?$/i;
/**
 * …nor a year or a season only hoped or wished for ("said he hoped to go there next year", "would like to open a branch in the north
 * next spring", "wishes to return before the end of the year"): a hope sets no time, as a guess does not. A month or a day hoped for
 * is a time told ("the next round, hoped for in February", ../shared/corpus/README.md), so only so coarse a time is read with it.
 * The hope's own clause only: up to six words between it and the time, no stop between.
 */
export const HOPED_FOR_BEFORE = /\b(?:hopes?|hoped|hoping|wish(?:es|ed|ing)?|would\s+(?:like|love)|['’]d\s+(?:like|love))\s+to\s+(?:[^\s,;:.!?()"“”]+\s+){1,6}$/i;
/** …nor a deadline, only the latest a plan may come ("must take place by early August", "are due no later than Friday"; tests/fixtures/own-conventions.md, "Months"). */
export const DEADLINE_BEFORE = /\b(?:by|(?:no|not)\s+later\s+than)\s+$/i;
/** …nor a month a record is kept for ("a record high for May", "46C, the highest for June"): the record's scope, not the day it was set. */
export const RECORD_SCOPE_BEFORE = /\b(?:records?|highs?|lows?|highest|lowest|hottest|warmest|coldest|wettest|driest)(?:\s+(?:day|night|temperature|reading))?\s+for\s+(?:the\s+month\s+of\s+)?$/i;

/** A trigger after these words is an earlier event a later day counts from ("marked the fifth anniversary of the Vienna summit", "a year since the last phone call"): the day in its sentence is not its own. */
export const COUNTED_FROM = /\b(?:anniversary\s+of|(?:days?|weeks?|months?|years?|decades?)\s+since)\s+(?:[\w‑'’-]+\s+){0,4}$/i;

/** A capitalised trigger opening a short title in quotation marks is a programme's or a book's name ("appeared on "Meet the Nation" on Sunday"): every word of it capitalised but the small ones, and the quote closes right after. */
export const TITLE_OPENING = /["“‘]$/;
export const TITLE_REST = /^(?:\s+(?:[A-Z][\w’'-]*|the|of|a|an|and|in|on|at|to|for|with)){0,6}["”’]/;
/** …and a trigger word that is only ever a verb ("met", "meets"; "meeting" and "meet" are nouns too), written capitalised after "the", is a word of a name ("the Met Office has issued a warning", "at the Met Gala"): no verb follows an article. */
export const ARTICLE_BEFORE = /\bthe\s+$/i;
export const VERB_ONLY = /^(?:met|meets)$/i;

/** …or is a habit, what is done as a rule ("usually meet in March", "traditionally hold talks each spring"): a month or a season it is given is its custom, not one event's day. */
export const HABIT_BEFORE = /\b(?:usually|normally|typically|traditionally|customarily|habitually|generally|often|tend\s+to|tends\s+to|used\s+to)\s+(?:[\w‑-]+\s+)?$/i;
/** …or happens again and again: "have met several times", "has met the pontiff twice", "speak by phone every week", "hold talks every Monday". */
export const SERIES_AFTER = /^\s+(?:[\w‑-]+\s+){0,5}?(?:on\s+)?(?:(?:several|many|numerous|multiple|countless|dozens\s+of|scores\s+of|a\s+dozen|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+number\s+of|\d+)\s+(?:times|occasions)|twice|thrice|every\s+(?:\w+\s+)?(?:day|week|month|year|morning|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:each|every)\s+other\s+\w+|(?:each|every)\s+(?:spring|summer|autumn|fall|winter)|each\s+year|repeatedly|regularly|routinely|weekly|monthly)\b/i;
/**
 * …or has been done over a period up to now, told in the present perfect ("In recent weeks, mediators have held talks with both
 * sides", "has also met the ministers of foreign affairs during his term", "Over the past month, envoys have met …"): a series
 * gone by, none of it in particular. The period, anywhere in the sentence:
 */
export const PERIOD_UP_TO_NOW = /\b(?:in|over|during|throughout)\s+(?:recent\s+(?:days|weeks|months|years|times)|the\s+(?:past|last)\s+(?:(?:few|two|three|four|several)\s+)?(?:days|weeks|months|years|week|month|year)|(?:his|her|their|its)\s+(?:\w+\s+)?(?:term|tenure|posting|mandate|time\s+in\s+office))\b|\bso\s+far\s+this\s+(?:week|month|year)\b/i;
/** …and an event word that is the day a habit keeps ("have met every year on the anniversary", "meet annually on the anniversary of the truce") is no one day's event: it must not take the day of the anniversary the article dates. */
export const HABIT_TIME_BEFORE = /\b(?:(?:every|each)\s+(?:other\s+)?(?:\w+\s+)?(?:day|week|month|year|spring|summer|autumn|fall|winter)|annually|yearly|regularly)\s+on\s+(?:the|its|their)\s+(?:[\w‑'’-]+\s+){0,2}$/i;

/**
 * The heading of a record of one sitting, with its day, before a dash: "Minutes of the sitting of 11 April 2056 —",
 * "Hansard extract, Wednesday 11 February —", "Senate record, sitting of Thursday 15 January —". What the record
 * tells as done with no day of its own ("The House then voted …") was done at that sitting.
 */
export const RECORD_HEADING = /^[^.—–]{0,40}?\b(?:minutes|record|hansard|proceedings|verbatim\s+report)\b[^.—–]{0,60}?\s[—–]\s/i;
const PLACE_OR_CRAFT_OF_WAR = String.raw`plant|station|substation|depot|refinery|terminal|port|airport|airfield|base|barracks|compound|palace|convoy|camp|market|hospital|school|bridge|dam|village|town|city|building|block|tower|factory|facility|pipeline|grid|positions?|posts?|checkpoint|vehicle|tank|bus|train|ship|vessel|boat`;
/** What a strike hits, as the noun of one attack or raid names it ("the attack on the Burshtyn power plant", "a raid on a fuel depot"); words attacking a budget or a record are no strike, nor is a ministry or a headquarters hit with sanctions or raided by police. */
export const STRUCK_TARGET = String.raw`(?:${PLACE_OR_CRAFT_OF_WAR}|car|target)s?\b`;
/**
 * What forces named by their common noun "hit" in a strike: a place or a craft of war, not "a target" nor "the car …", which a navy meets as its goal
 * ("the navy hit its recruitment target") and forces of a market as a trade ("hit the car industry hard").
 */
export const FORCES_HIT_TARGET = String.raw`(?:${PLACE_OR_CRAFT_OF_WAR})s?\b`;
/** A state's forces by their common noun ("US forces", "the navy"), never a market's or politics' forces ("market forces hit the car industry"). */
export const FORCES_OF_A_STATE = String.raw`(?<!\b(?:[Mm]arket|[Ee]conomic|[Pp]olitical|[Ss]ocial)\s+)\b(?:forces|troops|army|navy|military)`;
/** Those who down tools in a labour strike ("striking teachers", "the nurses' strike", "a strike by dockers", "flight attendants walked out"). */
export const STRIKING_WORKERS = String.raw`(?:workers|miners|teachers|doctors|nurses|staff|employees|dockers|drivers|pilots|attendants|farmers|unions?|truckers)`;
const WORKERS_SORT = new RegExp(String.raw`\b(?:(?!(?:the|its|their|all|some|striking|and|of)\s)[\p{L}-]+\s+(?=workers\b))?${STRIKING_WORKERS}\b`, 'giu');
/** Workers who name no trade of their own ("the workers", "staff", "the unions"). */
const WORKERS_OF_NO_SORT = new Set(['worker', 'staff', 'employee', 'union']);
/**
 * The sorts of workers a strike's text names, singular ("nurse", "dock worker"): two strikes of the same days by workers of different trades ("Nurses
 * went on strike", "Dock workers went on strike") are two strikes, as unions often strike together.
 */
export function workersSorts(text: string): Set<string> {
  return new Set([...text.matchAll(WORKERS_SORT)].map(([workers]) => workers.toLowerCase().replace(/s$/, '')).filter((sort) => !WORKERS_OF_NO_SORT.has(sort)));
}
/**
 * The two sides of a labour table by the nouns news gives them, each under one name: the unions by their people ("union representatives", "the
 * unions", "shop stewards"), the employer by its ("management", "the bosses", "the employers", "the managers"). Not a union of a proper noun's or a
 * possessive's ("European Union officials", "the doctors' union": another body, or one side named in passing), nor managers of a sort ("fund
 * managers", "hospital managers": "the" or "its" before them).
 */
const LABOUR_SIDES = {
  unions: String.raw`(?<!\b(?!(?:The|Its|Their)\s)\p{Lu}[\p{L}’'-]*\s+|['’]s?\s+)(?:\b[Uu](?:nions?|nion\s+(?:representatives|leaders|officials|negotiators))|\b(?:[Ss]hop\s+stewards|[Ww]orks\s+councils?))\b`,
  management: String.raw`(?:\b[Mm]anagement|\b[Bb]osses|(?<=\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)managers|\b[Ee]mployers?)\b(?!['’])`,
};
/** The meeting itself joining its two sides, in either order ("Union negotiators and management met", "Shop stewards will meet the managers", "met with"). */
const SIDES_JOINED = String.raw`\s+(?:and|meets?|met(?:\s+with)?|will\s+meet(?:\s+with)?|(?:sat|sit)\s+down\s+with|held\s+talks\s+with)\s+(?:the\s+)?`;
const LABOUR_TABLE = new RegExp(`${LABOUR_SIDES.unions}${SIDES_JOINED}${LABOUR_SIDES.management}|${LABOUR_SIDES.management}${SIDES_JOINED}${LABOUR_SIDES.unions}`, 'u');
/**
 * The sides of a labour table a text seats at one meeting, joined by it ("Management and unions met on Monday"): its key ("unions+management"),
 * else undefined. A meeting of one side that names the other ("The union executive met to plan its response to the employers' offer") seats none.
 */
export function labourTableOf(text: string): string | undefined {
  return LABOUR_TABLE.test(text) ? 'unions+management' : undefined;
}
/**
 * The words of the sides a text names after "between", "with" or "met" ("talks between the dockers and the port operator broke down last
 * week": dockers, port, operator; "met supermarket buyers"), singular and in lower case: determiners and the "of" and "and" inside or between
 * names ("the Department of Health") are skipped; a preposition, a verb in the past or an auxiliary, or a word of time ends them.
 */
export function sidesToldByNoun(text: string): Set<string> {
  const sides = new Set<string>();
  for (const [, after] of text.matchAll(SIDES_OPENER)) {
    for (const word of after!.split(/\s+/)) {
      if (SIDE_JOINER.test(word)) continue;
      if (word === '' || SIDES_END.test(word) || PAST_ENDS_SIDES.test(word) || PHRASE_TAIL_STOP.test(word)) break;
      sides.add(wordOfASide(word));
    }
  }
  return sides;
}
/** A word as sidesToldByNoun gives it: in lower case, singular ("Dockers": "docker"). */
export const wordOfASide = (word: string): string => word.toLowerCase().replace(/['’]s?$/, '').replace(/s$/, '');
const SIDES_OPENER = /\b(?:between|with|met|meets?)\s+([^,.;:!?()—–]+)/giu;
const SIDE_JOINER = /^(?:a|an|the|its|his|her|their|our|of|and|both)$/i;
const SIDES_END = new RegExp(String.raw`^(?:(?:across|along|among|around|at|by|for|from|in|into|near|on|over|through|toward|towards|under|within|after|before|since|until|during|without|about|against|last|this|next|earlier|today|yesterday|tonight|${WEEKDAY_NAME}))$`, 'i');
/** A verb in the past, in lower case: "United" of a name is no verb. */
const PAST_ENDS_SIDES = new RegExp(String.raw`^(?:${IRREGULAR_PAST}|[a-z]+ed)$`);
/**
 * A strike that is workers' downing of tools, told by its noun: after what only a labour strike is ("a general strike", "a 24-hour
 * strike", "the teachers' strike", "went on strike", "strike action" before it), or as days or a wave of strikes, or a strike counted in
 * days or hours, that hit no target ("a day of strikes for 18 September", "a ten-day strike on Monday"; "a week of strikes on Kharkiv", "a
 * three-day strike on the port" are war), or as strikes by workers ("strikes by dockers"). No attack.
 */
/** No target after a strike's noun: "on Monday", "on 18 September", not "on Kharkiv" or "against the port". */
const NO_TARGET = String.raw`(?!\s*,?\s+(?:on|against)\s+(?!${WEEKDAY_NAME}|\d))`;
export const LABOUR_STRIKE = String.raw`(?:(?<=\b(?:general|national|nationwide|day-long|rolling|indefinite|wildcat|labou?r|rail|transport|public-sector|on|${STRIKING_WORKERS}['’]?)\s+)strikes?\b|(?<=\b(?:(?:one|two|three|four|five|six|seven|ten|\d+)-(?:day|week|hour)|(?:days?|waves?|weeks?)\s+of)\s+)strikes?\b${NO_TARGET}|\bstrikes?(?=\s+(?:action\b|by\s+(?:[\w’'-]+\s+){0,2}?${STRIKING_WORKERS}\b)))`;
/**
 * A labour strike told as a happening of its own: not only the cause of another ("moved to Wednesday because of a rail strike"),
 * nor one threatened or held in reserve ("the threat of a general strike", "a one-day strike remains on the table").
 */
export const LABOUR_STRIKE_HELD = String.raw`(?<!\b(?:because\s+of|due\s+to|owing\s+to|threat(?:en(?:s|ed|ing)?)?(?:\s+of)?)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w’'-]+\s+){0,2})${LABOUR_STRIKE}(?!\s+(?:remains?|stays?|is|was)\s+(?:(?:still|firmly)\s+)?(?:on\s+the\s+table|an\s+option|possible)\b)`;
/**
 * A labour strike told by the workers' walking out ("the airline's 10,000 flight attendants walked out early on Saturday", "Flight
 * attendants at Air Canada walk off the job"): off the job is always a strike, out only of those who down tools, and never out of a
 * room or a pact ("the army walked out of a session", "Komeito walked out of the coalition").
 */
export const WORKERS_WALKED_OUT = String.raw`\bwalk(?:s|ed|ing)?\s+off\s+the\s+job\b|(?<=\b${STRIKING_WORKERS}\s+(?:(?:at|in|of)\s+[^.;,]{1,40}?\s+)?(?:(?:have|had|has|all)\s+)?)walk(?:s|ed|ing)?\s+out\b(?!\s+of\b)`;
/**
 * A labour strike told by those who took part in it or joined it, by its noun ("310 resident doctors who took part in the walkout", "joined a
 * 24-hour stoppage"); a walkout of a sitting is told by where it left ("staged a walkout from the talks", "joined a walkout during the
 * president's speech"), never by its part-takers; "stoppage time" is a match's, and "took the lead" no part taken.
 */
export const WALKOUT_JOINED = String.raw`(?<=\b(?:(?:took|take|takes|taking|taken)\s+part\s+in|joined|join|joins|joining)\s+(?:a|an|the|their|its|${WEEKDAY_NAME}['’]s)\s+(?:[\w-]+\s+){0,2}?)(?:walkout|stoppage)s?\b(?!\s+(?:from|of)\b|\s+time\b|\s+(?:during|at|in)\s+[^.;,]{0,40}?\b(?:summit|session|conference|speech|address|sitting|[Aa]ssembly|talks|debate|chamber|meeting)\b)`;
/** Those a labour dispute's step is done to, after up to three words of whose and how many ("its flight attendants", "4,000 dockworkers", "them"). */
const WORKERS_OF_A_DISPUTE = String.raw`(?:them|(?:(?:its|their|the|all|some|about|nearly|more\s+than|[\d,]+|[\w’'-]+)\s+){0,3}?(?:[\w-]*workers|${STRIKING_WORKERS}|crews?|members|strikers))\b`;
/**
 * Workers shut out by their employer ("Velsair locked out its flight attendants", "The airline says it will lock them out from 1:30 a.m.",
 * "The lockout of 3,000 port workers began at midnight"): a labour dispute's step of its day, as a strike is. Only workers are locked out: investors "locked out of
 * the market" are none, nor is a lockout only threatened ("threatened to lock out its pilots").
 */
export const WORKERS_LOCKED_OUT = String.raw`(?<!\bthreat(?:en(?:s|ed|ing)?|s)?(?:\s+[\w’'-]+){0,3}?\s+(?:to|of)\s+(?:a\s+)?)(?:\block(?:s|ed|ing)?\s+(?:${WORKERS_OF_A_DISPUTE}\s+out\b|out\s+(?=${WORKERS_OF_A_DISPUTE}))|(?<=\b(?:impos(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|beg[ai]n|start(?:s|ed)?)\s+(?:(?:a|an|the|its|their|[\w-]+)\s+){0,2})lock-?out\b|\block-?out\b(?=(?:\s+of(?:\s+[\w’',-]+){1,5}?)?\s+(?:began|begins|started|starts|took\s+effect|takes\s+effect)\b))`;
/**
 * Strikers sent back by whoever may order it ("Ottawa ordered them back to work that afternoon", "On Sunday the board told them to be back
 * on the job by 2 p.m."), or their dispute taken out of their hands ("used Section 107 to send the dispute to binding arbitration", "imposed
 * binding arbitration", "tabled back-to-work legislation"): the state's or a board's act of its day. Workers who go back of their own accord ("Then he went back to work") are no order.
 */
export const ORDERED_BACK_TO_WORK = String.raw`\b(?:order(?:s|ed|ing)?|told|tells|direct(?:s|ed|ing)?|instruct(?:s|ed|ing)?)\s+${WORKERS_OF_A_DISPUTE}\s+(?:to\s+(?:be|go|get|return)\s+)?back\s+(?:to\s+work|on\s+the\s+job|to\s+their\s+(?:jobs|posts))\b|\b(?:send|sends|sent|sending|refer|refers|referred|referring)\s+(?:the|a|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:dispute|strike|conflict)\s+to\s+(?:binding\s+)?(?:arbitration|an?\s+arbitrator)\b|\bimpos(?:e|es|ed|ing)\s+binding\s+arbitration\b|\b(?:introduc|tabl)(?:e|es|ed|ing)\s+(?:(?:a|the|its|emergency)\s+)*back-to-work\s+(?:legislation|law|bill)\b`;
/** The workers' side of a dispute, before its answer to an offer in its clause ("the union", "Junior doctors in Velsland", "its members"); a party's or a parliament's members are none. */
const WORKERS_SIDE_BEFORE = String.raw`(?<=\b(?:${STRIKING_WORKERS}|[\w-]*workers|(?:union|its|their)\s+members|members\s+of\s+(?:the\s+)?[\w’'-]+\s+union|strikers)\b[^.;]{0,40}?)`;
/** What the employer or the state put to the workers, up to four words after the answer ("Air Canada's offer of binding arbitration", "the tentative agreement"). */
const OFFER_AHEAD = String.raw`(?=(?:[\w’'-]+\s+){0,4}?(?:offer|proposal|deal|contract|agreement)s?\b)`;
/** A ballot named between a vote and its result (mention.ts votesOfABallotTold). */
export const BALLOT = /\bballot\b/i;
/**
 * A ballot's result made known by whoever held it ("the BMA announced the result of its strike ballot on 8 July", "in a ballot whose result the
 * union announced on 8 July", "The result of the ballot was announced on Monday"): the union's or the body's act of that day, a telling that is
 * the happening (Trigger.told). Not a result awaited or due ("will announce the result"): a plan with its own day reads as one.
 */
export const BALLOT_RESULT_ANNOUNCED = String.raw`\bannounc(?:ed|es|e|ing)\s+(?=(?:the\s+)?(?:results?|outcome)\s+of\s+(?:the|its|their|a)\s+(?:[\w’'-]+\s+){0,3}?ballot\b)|(?<=\bballot\s+whose\s+(?:results?|outcome)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?)announced\b|(?<=\b(?:results?|outcome)\s+of\s+(?:the|its|their|a)\s+(?:[\w’'-]+\s+){0,3}?ballot\s+(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+)announced\b`;
/** What a result is declared instead of valid ("declared the result void", "the outcome null and void", "the result of the runoff invalid"). */
const RESULT_ANNULLED_AFTER = String.raw`(?!\s+(?:null\s+and\s+)?(?:void|null|invalid|unlawful|illegal|illegitimate)\b)`;
/** A body that runs an election and counts it ("the National Electoral Council", "the election commission", "electoral officials"), or the officer who runs its count ("the returning officer", "the county's returning officers"). */
const ELECTORAL_BODY = String.raw`(?:(?:[Ee]lectoral|[Ee]lections?)\s+(?:[\w’'-]+\s+){0,2}?(?:[Cc]ouncil|[Cc]ommission|[Bb]oard|[Tt]ribunal|[Cc]ourt|[Aa]uthority|[Bb]ody|[Oo]fficials?|[Oo]ffice|[Ii]nstitute)|[Rr]eturning\s+[Oo]fficers?)`;
/**
 * An election's result made known, by the body that counts it ("The National Electoral Council declared the result on Sunday night", "the election
 * commission proclaimed Ana Ruiz the winner on Monday") or as the result of a vote named ("announced the official results of the referendum on Friday"):
 * that body's act of its day, a telling that is the happening (Trigger.told). Not a result any other body announces ("the company announced its results"),
 * nor one declared void (RESULT_ANNULLED_AFTER): an annulment, the opposite.
 */
export const ELECTION_RESULT_DECLARED = String.raw`(?<=\b${ELECTORAL_BODY}\b[^.;]{0,60}?)\b(?:declared|declares|declare|announced|announces|announce|proclaimed|proclaims|proclaim|certified|certifies|certify)\s+(?=(?:the|its)\s+(?:(?:official|final|preliminary|provisional|full|first)\s+)?(?:results?|outcome)\b${RESULT_ANNULLED_AFTER}|(?:\p{Lu}[\p{L}’'-]+\s+){1,3}(?:as\s+)?(?:the\s+)?(?:winner|victor)\b)|\b(?:declared|announced|proclaimed|certified)\s+(?=(?:the\s+)?(?:(?:official|final|preliminary|provisional|full)\s+)?(?:results?|outcome)\s+of\s+(?:the|its|their|a|\p{Lu}[\p{L}’'-]+['’]s)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:elections?|run-?offs?|votes?|referend(?:um|a)|polls?)\b${RESULT_ANNULLED_AFTER})`;
/**
 * An offer turned down or taken by the workers' side ("the union turned down Air Canada's offer of binding arbitration on Tuesday", "its members
 * rejected the tentative agreement", "the pilots voted down the contract", "Junior doctors accepted the government's offer on Tuesday"): a
 * step of the dispute of its day. Only the workers' side is read so: a state that rejects a proposal is telling its stance, a saying.
 */
export const WORKERS_REJECTED_OFFER = String.raw`${WORKERS_SIDE_BEFORE}\b(?:turned\s+down|rejected|voted\s+down|voted\s+(?:[\w-]+\s+)?to\s+reject)\s+${OFFER_AHEAD}`;
export const WORKERS_ACCEPTED_OFFER = String.raw`${WORKERS_SIDE_BEFORE}\b(?:accepted|voted\s+(?:[\w-]+\s+)?to\s+accept)\s+${OFFER_AHEAD}`;
/** A strike or a lockout a board or a court holds unlawful ("The board declared the strike unlawful on Monday", "ruled the walkout illegal"): the dispute's turn of its day. */
export const STRIKE_HELD_UNLAWFUL = String.raw`\b(?:declar(?:e|es|ed|ing)|rul(?:e|es|ed|ing))\s+(?:the|a|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:strike|walkout|stoppage|lockout)\s+(?:to\s+be\s+)?(?:unlawful|illegal)\b`;
/** What runs for the public on the ground and stops in a crisis or a strike: trains, buses, trams, ferries and their sailings, the metro, a service. */
const GROUND_SERVICE = String.raw`(?:trains|buses|trams|ferries|sailings|services|metro|subway)`;
/** …and in the air: flights and their departures. */
const AIR_SERVICE = String.raw`(?:flights|departures)`;
/** Either, as a strike stops it. */
const SERVICES_RUN = String.raw`(?:${GROUND_SERVICE}|${AIR_SERVICE})`;
/**
 * What keeps a round of service for the public, as the subject of a verb after it: the services, or a place that runs them ("The port of Lusk went back",
 * "the emergency department at Lusk General saw", "Orsk airport had"); not a person's or a town's routine ("The president returned to a normal schedule").
 */
const SERVICE_KEEPER_BEFORE = String.raw`(?<=\b(?:${SERVICES_RUN}|(?:hospital|clinic|port|airport|station|terminal|ward|department|network|line|museum|shop|store)s?)\b(?:\s+(?:of|at|in)\s+[^.;,]{1,40}?)?\s+(?:(?:have|has|had)\s+)?)`;
/**
 * An airline, a railway or a ferry line winding down for a strike ("The airline began cancelling flights on Thursday", "cancelled 700 flights"): the
 * service's stop, of its day (its restart once the strike ends is FLIGHTS_RESUMED, a crisis's recovery). Flights cancelled told as a noun
 * ("refunds for cancelled flights") are none.
 */
export const SERVICES_CANCELLED = String.raw`\b(?:began|begins|begin|started|starts|start)\s+(?:cancell?ing|grounding)\s+(?:(?:its|their|the|all|some|[\w-]+)\s+){0,2}?${SERVICES_RUN}\b|\bcancell?ed\s+(?=(?:all|most|some|about|nearly|more\s+than|over|another|a\s+further|hundreds\s+of|thousands\s+of|[\d,]+)\b)(?:[\w,-]+\s+){1,4}?${SERVICES_RUN}\b`;
/** An armed force telling back what it struck, a pronoun the strike's subject ("The Velsland army confirms it struck", "the military said they had hit"): the force, not the pronoun, struck. */
export const FORCE_TELLS_IT_STRUCK = String.raw`\b(?:military|army|armed\s+forces|air\s+force|navy|forces|troops)\s+(?:confirm(?:s|ed)|sa(?:ys|id)|announc(?:es|ed)|claim(?:s|ed)|report(?:s|ed))\s+(?:that\s+)?(?:it|they)\s+(?:(?:had|has|have)\s+)?(?:(?:also|again|just)\s+)?`;
/** A phone call its paragraph has named ("The door opened with a phone call."): who is then told spoken to by name was on that call. */
export const PHONE_CALL_NAMED = /\b(?:phone|telephone)\s+(?:call|conversation)s?\b/i;

/** A house of prayer or a grave, named or not ("the Blue Mosque", "a famous mosque", "the grave of a famous monk"): a site seen, and one gone to is visited ("went to the Blue Mosque"). */
export const HOLY_SITE = `(?:${anyCase('mosque|church|cathedral|basilica|shrine|tomb|grave|monastery|temple|synagogue')})`;
/**
 * A silence kept for the dead ("Parliament will observe a minute's silence when it meets on Tuesday", "held its minute's silence yesterday", "observed a
 * two-minute silence", "held a moment of silence"): a tribute of its day, as one stood in silence is. Not a silence that fell, nor one asked for.
 */
export const SILENCE_KEPT = String.raw`\b(?:observ(?:e|es|ed|ing)|h[eo]ld(?:s|ing)?|kept|keep(?:s|ing)?)\s+(?=(?:a|an|its|their|the)\s+(?:(?:one|two|three|five|\d{1,2})-minute|minute['’]s|minutes['’]|minute\s+of|moment\s+of)\s+silence\b)`;
/** Where the dead are mourned ("the graves of Soviet airmen", "the tomb of the unknown soldier", "the flood memorial", "the cenotaph"): flowers laid there are a tribute, not flowers set out. */
export const PLACE_OF_MOURNING = String.raw`(?:graves?|tombs?|memorials?|cenotaphs?|monuments?|mausoleums?|coffins?|plaques?|cemetery|eternal\s+flame)\b`;
/**
 * Taking part in a rite of worship, as who leads it or among those at it ("celebrated Mass", "led a huge open-air Mass", "presided over Vespers", "attended a requiem",
 * "held a memorial service", "joins Patriarch Bartholomew for the Divine Liturgy"): the words before the rite's name. Joined only for a rite ("joined the Patriarch for
 * the Divine Liturgy"), as "joined the talks" is no rite.
 */
export const RITE_TAKEN_PART_IN = String.raw`(?:celebrat(?:e|es|ed|ing)|led|lead(?:s|ing)?|presid(?:e|es|ed|ing)\s+over|attend(?:s|ed|ing)?|h(?:eld|olds?|olding)|join(?:s|ed|ing)?\s+(?:[\w-]+\s+){1,3}?for)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?`;
/** The Eucharist by its names ("Mass", "the Divine Liturgy"): "Mass" only with its capital, as "a mass walkout" is none, and not its times ("Mass times are listed below"). */
export const MASS = String.raw`(?:Mass|[Dd]ivine\s+[Ll]iturgy|[Ee]ucharist|[Vv]espers)\b(?!\s+times\b)`;
/**
 * A service of worship other than the Mass ("a memorial service", "a requiem", "a service of thanksgiving", "Friday prayers", "a church service"), or a Mass named for
 * its occasion and written small ("attend a thanksgiving mass", "a requiem mass"; "mass" alone is a crowd's): of its day and place, as a funeral is.
 */
export const SERVICE_OF_WORSHIP = anyCase(String.raw`(?:(?:memorial|thanksgiving|church|prayer|remembrance|commemorative|ecumenical|interfaith|multi-?faith|requiem)\s+(?:service|mass)|service\s+of\s+(?:thanksgiving|remembrance|prayer|commemoration|dedication)|requiem|prayers)\b`);
/**
 * What someone opens as a ceremony of its day ("opens a new golf course", "opened the bridge", "will inaugurate the new terminal", "plans to open his
 * constituency office on Saturday"): a built place or an office, not its door or its hours, not a way,
 * a front, an inquiry or a chapter, nor a course of study ("a new course in data science": a course is a place only where it is, "a new course in
 * Aberdeenshire", "at his Menie estate"); nor a way opened to its traffic ("opened the bridge to traffic"), a service back (tests/fixtures/own-conventions.md, "Services back").
 */
export const FACILITY_OPENED = String.raw`(?:(?:golf\s+)?course(?!s?\s+(?:on|of|for)\b|s?\s+in\s+(?![A-Z]))|bridge|terminal|hospital|museum|stadium|factory|tunnel|airport|embassy|consulate|library|campus|office(?!s?\s+(?:doors?|windows?|hours)\b))s?\b(?![^.;]{0,30}?\bto\s+(?:traffic|vehicles|cars|the\s+public|visitors|passengers)\b)`;
/**
 * A year alone after a verb of beginning or of being somewhere ("began in 1998", "met at a concert in 1990"): a founding or a background, told as history,
 * not the happening of a day (PROGRAMME_OPENED, PUBLIC_GATHERING).
 */
export const IN_A_YEAR_ALONE = String.raw`in\s+(?:1[5-9]|20)\d\d\b(?!\s*[-–/])`;
/**
 * A programme for the public that opens on its day, its noun before its verb ("the department's summer school for sixth-formers opens on Monday 14 July", "The
 * festival began on Friday", "the exhibition will open on Saturday"): a happening of that day. Not one that opens as a rule ("opens every July"), nor an
 * opening of anything else it names ("the fair opened talks"), nor its founding told by its year ("began in 1998 as a gathering of poets"); and a fair is the
 * noun, not the adjective of another ("the campaign for fair pay began", "the fair trade label started").
 */
export const PROGRAMME_OPENED = String.raw`\b(?:(?:summer|winter|spring|autumn|holiday)\s+(?:school|camp)|festival|exhibition|(?<!\b(?:is|was|are|were|be|been|not|very|more|less|so)\s+)fair(?!s?\s+(?!(?:opens|opened|begins|began|starts|started|will|is|in|at|on|of|for|by|which|that|organi[sz]ed|run|held|and)\b)[a-z]))s?\b(?=[^.;,]{0,40}?\s(?:opens|opened|begins|began|starts|started|(?:will|is\s+to|is\s+due\s+to)\s+(?:open|begin|start))\b(?!\s+(?:(?:the|a|an|its|their)\s+|talks|fire|negotiations|${IN_A_YEAR_ALONE}))(?![^.;]{0,40}?\b(?:every|each)\s+(?:\w+\s+)?(?:year|summer|spring|autumn|winter|month|week)\b|[^.;]{0,40}?\b(?:annually|yearly)\b))`;
/** A place of care or of learning: a patient or a pupil goes to it ("went to the hospital with chest pains", "went to the university in 1990"); a visitor visits or tours it. */
export const PLACE_OF_CARE_OR_LEARNING = String.raw`(?:hospital|clinic|school|university)s?\b`;
/** A place one goes to see, as what a visit or a tour is of ("toured the Delft Road depot", "visited the Sava delta", "a tour of the flood-hit villages"), not a person met ("visited the minister" is a meeting). */
export const VISITED_SITE = String.raw`(?:(?:plant|factory|works|mill|mine|refinery|shipyard|depot|port|harbou?r|docks|site|facility|base|barracks|camp|settlement|village|town|district|region|province|valley|delta|border|frontier|crossing|front\s+line|farm|museum|memorial|exhibition|building|${HOLY_SITE})s?\b|${PLACE_OF_CARE_OR_LEARNING})`;
/**
 * A crowd that protests, as the subject of its march or rally ("Several thousand people marched from the square on Sunday", "Hundreds
 * protested outside the ministry", "Thousands of farmers rallied"); troops that march in are forces moving in, no crowd.
 */
export const PROTESTING_CROWD = String.raw`(?:thousands|hundreds|crowds?|people|protesters|demonstrators|supporters)`;
/** What a crowd does to walk in protest: march, rally, demonstrate, protest. */
export const CROWD_PROTESTED = String.raw`(?:rallied|marched|protested|demonstrated)\b`;
/** Those a ruler greets from a balcony ("greet the public", "waved to the crowds"). */
export const GREETED_CROWD = String.raw`(?:public|crowds?|people|well-wishers)`;
/** A crowd that protests by what it is ("protesters", "rioters"), not by its size. */
export const PROTESTERS = String.raw`(?:protesters|demonstrators|rioters)`;
/** A crowd as the subject of an appearance, two words at most before its verb ("Protesters appeared on the balcony of the parliament"): a ruler's appearance is no crowd's. */
export const CROWD_AS_SUBJECT_BEFORE = String.raw`(?<!\b${anyCase(`${PROTESTING_CROWD}|${PROTESTERS}`)}\s+(?:[\w’'-]+\s+){0,2})`;
/**
 * What protesters do to a place that is their protest's act ("Protesters attacked several embassies on Tuesday", "demonstrators stormed the
 * parliament"); a road they blocked or a square they occupied is a state that lasts, the scene of what a story tells next, no happening of its day.
 */
export const PROTESTERS_ACT = String.raw`${PROTESTERS}\s+(?:(?:then|later|also|briefly)\s+)?(?:attacked|stormed|torched|ransacked|besieged|clashed|set\s+fire)\b`;
/** A march told by its route, the noun lower-case as March the month never is ("the march from Portland Place to the square on Wednesday", "a march through the centre"). */
export const MARCH_ROUTE = String.raw`(?<=\b(?:[Aa]|[Tt]he|[Tt]heir|[Aa]nother|\p{Lu}[\p{L}’'-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?)march\s+(?=(?:from|through|past|along|to)\s)`;
/**
 * A protest or a demonstration named as a crowd's ("Saturday the protest downtown was peaceful", "Another demonstration has been announced for
 * Tuesday afternoon"), not one a government lodges ("lodged a protest with the embassy", "a protest note"), nor a showing of something ("a demonstration of force").
 */
export const PROTEST_NOUN = String.raw`(?<!\b(?:lodged|lodge|lodges|filed|sent|delivered|issued|registered|handed|made)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+)?)(?<=\b(?:[Aa]|[Aa]n|[Aa]nother|[Tt]he|[Tt]heir|\p{Lu}\p{Ll}+day['’]s)\s+(?:(?:large|small|big|mass|peaceful|silent|student|street|weekly|anti-[\p{L}-]+)\s+)?)(?:protest|demonstration)\b(?!\s+(?:of|note|letter|vote)\b)`;
/** What arrives or lands somewhere without being anyone's journey: goods, weapons, people counted in flight ("aid lorries arrived in Rafah", "two rockets landed in Sderot", "refugees arriving in Gisenyi"). */
export const NOT_TRAVELLER = String.raw`(?:aid|convoys?|lorries|trucks|shipments?|cargo|supplies|goods|deliveries|consignments?|shells?|rockets?|missiles?|drones?|bombs?|mortars?|projectiles?|debris|fragments?|refugees|migrants|evacuees|arrivals|asylum\s+seekers)`;
/** A party of people who travel together, named by what they are ("the delegation", "the delegates", "the royal couple"). */
const TRAVELLING_PARTY = String.raw`(?:delegations?|delegates|entourage|couple)`;
/** A leader's own aircraft, which carries its traveller ("the presidential plane", "the royal jet", "Air Force One", "Marine One"), not any flight of a timetable. */
const LEADERS_PLANE = String.raw`(?:(?:presidential|royal|official|government|state)\s+(?:plane|jet|aircraft)|(?:Air\s+Force|Marine)\s+One)`;
/**
 * Someone who travels, written right before a departure's verb (with "then", "later", an aside's comma, the perfect's "has" or a plan's "is due to" between): a pronoun for one ("he",
 * "who"), an office (OFFICE_NOUN: "the President", "the foreign minister", "the Pope"), a travelling party, a leader's plane (LEADERS_PLANE), or a name (`subject`: "Mr Kell"),
 * not a place a route runs to ("the train to Varna departs"). A name is one the sentence's names recognise as a person or a body, or an
 * office capitalised (extract.ts, OFFICE_WORD: the office alternative may leave "The President" to `subject`): "Ferries left Orsk on Monday",
 * like a ferry, a train or a storm that leaves, is no one's journey.
 */
export const TRAVELLER_BEFORE = String.raw`(?<=(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|who|(?:${OFFICE_NOUN_ANY_CASE})s?|${TRAVELLING_PARTY}|${LEADERS_PLANE})|(?<!\bto\s+)\b(?<subject>[A-Z][\w’'.-]*)),?\s+(?:(?:then|later|also|finally)\s+)?(?:(?:has|have|had)\s+(?:just\s+)?|(?:is|are|was|were)\s+(?:expected|due|scheduled|set)\s+to\s+|(?:will|would|shall)\s+)?)`;
/** An office or the seat of one that someone goes to, named by its noun ("the financial prosecutor's office", "the party's headquarters", "the foreign ministry"): a place as a capitalised name is. */
export const OFFICE_GONE_TO = String.raw`(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:offices?|headquarters|ministry|embassy|consulate|palace)\b`;
/** A capitalised word that is an office, not a name ("The President left", "the Pope was removed as …"): it names someone the story tells of. */
export const OFFICE_WORD = new RegExp(String.raw`^(?:${OFFICE_NOUN})$`, 'i');
/** The name of a place someone leaves, of up to three words, joined by a particle's hyphen too ("Kessel", "Sharm el-Sheikh", "Nur al-Din"). */
export const PLACE_LEFT = String.raw`[A-Z][\w’'-]*(?:\s+(?:${JOINING_PARTICLES}-)?[A-Z][\w’'-]*){0,2}`;
/** A departure's place closing its clause, or before where to ("has left Sharm el-Sheikh.", "has departed Lusk for Kessel"): nothing left behind or exposed ("has left Kessel without power"). */
export const PLACE_LEFT_ENDS_CLAUSE = String.raw`(?=${PLACE_LEFT}(?:\s*[.;,]|\s*$|\s+for\s))`;
/** A day named after "on": a weekday or a day of a month. */
export const DAY_NAMED = String.raw`(?:${WEEKDAY_NAME}|${MONTH_STEM}[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+${MONTH_STEM}[a-z]*)\b`;
/** A final named by its competition with its day as its own ("The Roland Garros final of 8 June"): that day's final (FINAL_PLAYED); not one whose "The" or "A" only opens the sentence ("The final of 8 June drew 80,000 fans"), nor one named by a day ("Saturday's final"), nor a fixture's day told after it ("met in the Cup final on Sunday", which the verb's clause tells). */
export const FINAL_ON_ITS_DAY = String.raw`(?<=\b(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\s)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+)${FINAL_MATCH}\s+(?=of\s+${DAY_NAMED})`;
/**
 * A penalty told by the span it runs ("The suspension runs from 9 February to 4 May", "a ban from 1 March to 30 June", "the ban lasts from 2 January
 * until 2 July"): one happening of those days, its start and its end in the span, not two. A ban only sought ("seeking a ban of one to two years"),
 * a ban on goods ("a ban on exports from 1 March") or one told by its length alone has no days of its own. A penalty is a person's: right after
 * its article or its owner ("the", "a", "her", "Marr's"), perhaps with its kind or its length ("doping", "three-month"); a ban of a thing named
 * before it ("a hosepipe ban", "the travel ban") or one only faced ("Imports face a ban") is none.
 */
const PENALTY_OWNER_BEFORE = String.raw`(?<=(?:^|[^\w’'-])(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w’'-]*['’]s)\s+(?:(?:doping|playing|competition|provisional|lifetime|[\w]+-(?:day|week|month|year|match|game|race))\s+)?)(?<!\b(?:face|faces|faced|facing|seek|seeks|seeking|sought)\s+(?:a|the)\s+)`;
export const PENALTY_SPAN = String.raw`${PENALTY_OWNER_BEFORE}\b(?:ban|suspension)\b(?=\s+(?:(?:runs|ran|lasts|lasted|will\s+run|will\s+last|is\s+to\s+run)\s+)?from\s+${DAY_NAMED}\s+(?:to|until|till|through)\s+${DAY_NAMED})`;
/**
 * The day a chamber "will vote" on something, told in its clause ("will vote on the accord on Friday", "will vote on it on 14 March"): a sitting on the
 * calendar is a vote planned; "will vote" told "next week", or with no day ("the committee will vote on the bill"), is an intention, none yet.
 */
export const SITTING_DAY_AFTER = String.raw`(?=[^.;]{0,60}?\b(?:tomorrow\b|${DAY_NAMED}))`;
/** A legislature or its members, as the one who votes ("The House approved", "Parliament rejected", "lawmakers passed"): a capital is kept where it names one chamber. */
export const LEGISLATURE = String.raw`(?:[Pp]arliament|House|Senate|[Aa]ssembly|Congress|Bundestag|Knesset|Duma|Diet|Rada|Sejm|Storting|Riksdag|[Ll]egislature|[Cc]hamber|lawmakers|deputies|MPs|senators)`;
/**
 * A legislature back at work after an election or a recess, told by its verb of return ("Parliament returns on May 26", "the Bundestag reconvenes on Tuesday",
 * "the Senate will resume after the Easter recess on 22 April"): its first sitting, a happening of its day. Not anything it takes up again, a verb's object
 * ("the House resumed the debate", "the Senate resumed hearings", "Parliament returned the bill to committee"), nor the people who go back to it ("lawmakers
 * returned to Washington"), nor a house that is no chamber ("the Opera House resumes").
 * Or a chamber newly elected installed, its first sitting, past an aside ("the new Assembly, where his party now has the largest bloc, was installed on May 14",
 * "the new Bundestag will be constituted on 25 March"); an assembly written small may be a factory's ("the assembly line was installed").
 */
export const LEGISLATURE_RETURNS = String.raw`(?<=\b(?:[Pp]arliament|(?<!\b(?!The\b)[A-Z][\w’'-]*\s+)House|Senate|Assembly|Congress|Bundestag|Knesset|Duma|Diet|Rada|Sejm|Storting|Riksdag|[Ll]egislature)(?:,[^,;.]{1,80},)?\s+(?:was|were|is|will\s+be|has\s+been|had\s+been|(?:is|was)\s+(?:due|set|expected)\s+to\s+be)\s+(?:(?:formally|officially|solemnly)\s+)?)(?:installed|inaugurated|constituted)\b|(?<=\b(?:[Pp]arliament|(?<!\b(?!The\b)[A-Z][\w’'-]*\s+)House|Senate|Congress|Bundestag|Knesset|Duma|Diet|Rada|Sejm|Storting|Riksdag|[Ll]egislature)\s+(?:(?:will|is\s+(?:due|set|expected)\s+to)\s+)?)(?:returns|reconvenes|resumes|return|reconvene|resume|returned|reconvened|resumed)\b(?!\s+(?!(?:on|in|at|after|from|following|for|with|when|today|tomorrow|tonight|this|next|later|early|to\s+(?:work|business|sit|session))\b|${WEEKDAY_NAME}|${MONTH_STEM}|\d)[\w’'-]+)`;
/**
 * Voting before election day, held over its days ("voted at the advance polls, held from Friday the 18th to Monday the 21st", "early voting opens on Saturday"):
 * a happening of its span, whoever votes; not the polls that forecast a vote ("early polls showed Lund ahead", "early polls on Monday indicated a close race"):
 * "early polls" are the voting only where their voting is told (held, opened, cast, turnout, "voted at the early polls").
 */
export const ADVANCE_POLLS = String.raw`\b(?:advance\s+(?:polls|polling|voting)|early\s+voting|early\s+(?:polls|polling)(?=\s+(?:stations?|places?|days?)\b|[^.;]{0,60}?\b(?:held|open(?:s|ed)?|clos(?:es|ed)|cast|turnout|ballots?)\b)|(?<=\b(?:voted|vote|votes|voting)\s+(?:at|in|during)\s+(?:the\s+)?)early\s+(?:polls|polling))\b`;
/**
 * Others' calls on a candidate to leave a race, before the words of leaving ("rejected calls on Monday to quit the race", "resisted pressure to pull out",
 * "urged Lund on Monday to withdraw"): a withdrawal asked, not done. A call given in to is the withdrawal's cause ("bowed to pressure to quit the race").
 */
const ONLY_ASKED_TO_LEAVE = String.raw`(?<!\b(?:bow(?:s|ed|ing)?|yield(?:s|ed|ing)?|g(?:ave|ive|ives|iving)\s+in)\s+to\s+(?:[\w-]+\s+)?)(?:call(?:s|ed|ing)?|pressure|demands?|appeals?|pleas?|ultimatum)|urg(?:e|es|ed|ing)|press(?:es|ed|ing)|pressured|ask(?:s|ed|ing)?|beg(?:s|ged|ging)?|encourag(?:e|es|ed|ing)`;
/**
 * A candidate out of a race, by their own act ("Jim Gavin withdrew from the race on 5 October", "pulled out of the mayoral contest on Monday", "dropped
 * out of the leadership race", "bowed out of the primary", "quit the race for governor", "withdrew her candidacy"): the candidate's act of its day, done
 * or planned. Not one only threatened ("threatened to pull out of the race") or only asked of the candidate (ONLY_ASKED_TO_LEAVE), nor a runner
 * withdrawn by others ("the horse was withdrawn from the race"), nor an arms race or a space race left.
 */
export const LEFT_THE_RACE = String.raw`(?<!\b(?:threaten(?:s|ed|ing)?|${ONLY_ASKED_TO_LEAVE})\s+(?:[\w’'-]+\s+){0,4}?to\s+)\b(?:(?:withdrew|withdraws|withdraw|withdrawing|(?<!\b(?:was|were|been|being|is|are)\s+)withdrawn)\s+(?:from\s+)?|(?:pull|pulls|pulled|pulling|drop|drops|dropped|dropping|bow|bows|bowed|bowing)\s+out\s+of\s+|(?:quit|quits|quitting)\s+)(?=(?:the|a|his|her|their|this)\s+(?:[\w’'-]+\s+){0,2}?(?:(?<!\b(?:arms|space)\s+)race|contest|primary|candidacy|candidature)\b)`;
/**
 * The count of a vote begun, resumed or ended ("Counting began at nine yesterday morning in twenty-six count centres", "the count got under way at
 * 9 a.m. on Saturday", "Vote counting resumed on Tuesday", "the recount ended overnight"), or named with its day ("the count the next day gave her two
 * votes in three", "the count on Saturday"): a step of the election of its day, whoever counts. Only a count of votes: "the count" or "counting" itself,
 * or of votes or ballots; not a tally of the dead ("the death count began to rise", "the count of the dead began"), nor counting on someone. Lower
 * case after its first letter: "the Count began his speech" is a nobleman. Only in an election's story (ELECTION_STORY): a census or a survey of birds
 * is counted too. The word's edges, which the words around it already imply, are spelled out for its gate (required-words.ts), so that no "country",
 * "county" or "account" visits it.
 */
export const VOTES_COUNTED = String.raw`(?<!\w)(?:[Cc]ounting|(?<=\b(?:[Tt]he|[Vv]otes?|[Bb]allot)\s+)(?:re)?count)${WORD_END}(?:\s+of\s+(?:the\s+)?(?:votes|ballots|ballot\s+papers))?(?=\s+(?:began|begins|begin|started|starts|got\s+under\s+way|gets\s+under\s+way|resumed|resumes|ended|ends|finished)\b)|(?<=\b[Tt]he\s+)(?<!\w)(?:re)?count${WORD_END}(?=\s+(?:(?:on|of)\s+${DAY_NAMED}|the\s+(?:next|following)\s+(?:day|morning)\b))`;
/** What tells an election's story in an article, for its count (Trigger.story): an election, a referendum, its ballots, votes or voters. */
export const ELECTION_STORY = /\b(?:elections?|electoral|referend(?:um|ums|a)|plebiscites?|ballots?|polling|votes|voters|candidates?)\b/i;
/** A saying told as spoken to a legislature in its chamber ("telling senators and MPs that …", "told parliament", "addressed both Houses"): made where the chamber sits. */
export const TOLD_THE_CHAMBER = new RegExp(String.raw`\b(?:told|telling|addressed|addressing)\s+(?:members\s+of\s+)?(?:both\s+(?:[Hh]ouses|chambers)\s+of\s+)?(?:the\s+)?${LEGISLATURE}\b`);
/** A government sitting as one body, whose approval is its act of the day as a legislature's vote is ("the security cabinet backed it", "the full government approved it"); "the government" alone is the state acting, no sitting. */
export const CABINET = String.raw`(?:[Cc]abinet|(?:full|whole)\s+government)`;
/** A body its head convenes in a crisis, which meets when called ("the National Security Council", "the cabinet", "a crisis committee", "the Council of Ministers"). */
export const CONVENED_BODY = String.raw`(?:(?:[Nn]ational\s+)?[Ss]ecurity\s+[Cc]ouncil|[Cc]risis\s+(?:[Cc]ommittee|[Cc]ell|[Uu]nit|[Tt]eam|[Cc]abinet)|[Ee]mergency\s+(?:[Cc]ommittee|[Cc]ouncil|[Cc]abinet)|[Ww]ar\s+[Cc]abinet|[Cc]ouncil\s+of\s+[Mm]inisters|${CABINET})\b`;
/**
 * A bare round of a ballot, not of talks: its sentence counts votes or tells who was elected ("agreed to hold a second round the
 * same day, and in the afternoon he was elected with 325 votes", "will vote for its own leader in the first round"); "the newly elected president hosted the second round" is a past
 * election's word, not this round's.
 */
const BALLOT_WORD = String.raw`(?:votes|ballots?|vot(?:e|ed|ing)\s+(?:for|against)|(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?(?:re-?)?elected)\b`;
export const ROUND_OF_A_BALLOT = String.raw`(?![^.;]{0,120}?\b${BALLOT_WORD})(?<!\b${BALLOT_WORD}[^.;]{0,120}?)`;
/** A round of talks told by its place in their series ("the third round", "a new round of negotiations"): one of the series' rounds, between its sides. */
export const ROUND_OF_THE_SERIES = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|new|further|another|latest|final)\s+round\b/i;
/**
 * What a happening told with its day is said to be only possible ("A runoff on Sunday is possible if no candidate wins half the votes", "an election on
 * 6 April now looks likely"): no happening yet, nor a plan, whatever its day.
 */
export const ONLY_POSSIBLE_AFTER = String.raw`(?:,?\s+\d{4})?,?\s+(?:(?:now|still|also)\s+)?(?:is|was|seems?|seemed|looks?|looked|appears?|appeared|remains?|remained)\s+(?:(?:now|still|increasingly|very|quite|more|most|highly|entirely)\s+)*(?:possible|likely|probable|a\s+(?:possibility|likelihood))\b`;
/** What a candidate did in an election named as their past ("after he lost the 2022 election", "since winning the 2019 election"). */
export const LOST_OR_WON = String.raw`(?:lost|lose|loses|losing|won|win|wins|winning)`;
/**
 * How someone elected on a day's counted ballot is told: by the chamber, by the tally or by the round ("was elected by the Bundestag",
 * "elected chancellor with 325 votes", "re-elected in the second round on Sunday", a chamber's or a people's), or by the day itself right
 * after it ("Pope Leo was elected on the evening of 8 May", "was elected speaker on Tuesday"); a plain "was elected" tells a career, no
 * ballot of a day ("was elected mayor in 2049").
 */
export const ELECTED_BY_A_CHAMBER = String.raw`(?=\s+(?:[\w-]+\s+){0,2}?(?:by\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+)?${LEGISLATURE}\b|with\s+[\d,]+\s+(?:votes|ballots)\b|in\s+(?:the\s+)?(?:first|second|third|fourth|final|decisive)\s+(?:round|ballot)\b|on\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?${DAY_NAMED}))`;
/**
 * Someone chosen or picked by a chamber, the office between ("was chosen as Japan's prime minister by the Diet on Tuesday", "was picked
 * by the Sejm"): the chamber's ballot, as one who was elected by it. Only with the chamber named: "was chosen on Monday" may be a venue's.
 */
export const CHOSEN_BY_A_CHAMBER = String.raw`(?=\s+(?:as\s+(?:[\w’'-]+\s+){1,4}?)?by\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+)?${LEGISLATURE}\b)`;
/**
 * A chamber that chose someone as its office's holder, told actively with the chamber its subject ("both houses of the Diet chose her as
 * prime minister", "the Sejm elected him as speaker"): the day's ballot, as one told by who it elected.
 */
export const CHAMBER_CHOSE = String.raw`(?<=\b${LEGISLATURE}\s+)(?:elected|chose|picked)\s+(?=(?:him|her|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+as\b)`;
/** How long a stay is told, a day or a few ("spent Friday in Brussels", "spent the weekend in Kyiv", "spent two days in Jakarta"): years spent somewhere are a life, not a visit. */
export const STAY_SPAN = String.raw`(?:(?:the\s+)?(?:day|weekend|morning|afternoon|evening|night)|${WEEKDAY_NAME}(?:\s+(?:morning|afternoon|evening|night))?|(?:a|an|one|two|three|four|five|six|several|\d)\s+(?:days?|nights?))\b`;
/** A place the days were spent in that holds or tends people, not one visited ("spent two nights in Evin Prison", "three days in the Charité hospital"). */
export const CONFINED_PLACE_AFTER = String.raw`(?![^.;,]{0,40}?\b(?:[Pp]risons?|[Jj]ails?|[Gg]aol|[Cc]ustody|[Dd]etention|[Hh]ospitals?|[Cc]linics?)\b)`;
/** A piece labelled as background at its head ("Explainer: why …", "ANALYSIS-", "Q&A:", "Factbox:"): what it reports with no day is not the day's news. */
export const BACKGROUND_PIECE = /^\s*(?:explainer|analysis|fact\s*check|factbox|q\s*&\s*a|timeline|backgrounder)\s*(?:[:|]|[-–—]\s*)/i;

/** …or is the last of earlier occasions ("The two leaders last met on the sidelines of a summit in Bali", "when they last spoke by phone"): some earlier day, never the news's. */
export const LAST_OCCASION = /\blast\s+(?:$|(?:met|spoke|talked|held|sat|hosted|visited|saw|gathered|convened)\b)/i;

/** The second of a count of events in a period ("the second exchange within two days"): the other one came in that period before it. */
export const COUNT_IN_PERIOD_BEFORE = /\bsecond\s+(?:such\s+)?$/i;
/** …a later one ("the group's sixth meeting in two weeks", "the third strike in a week"): the others are a series with no one day. */
export const SEVERAL_IN_PERIOD_BEFORE = /\b(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:rd|th))\s+(?:such\s+)?$/i;
export const COUNT_IN_PERIOD_AFTER = /^\s+(?:with)?in\s+(?:the\s+(?:past|last)\s+)?(a|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\b/i;

/** …or the time since it, counted from a day ("Friday marks one year since the last phone call", "two weeks since their previous meeting"): it was that long before the day. */
export const ELAPSED_SINCE = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(days?|weeks?|months?|years?)\s+since\s+(?:(?:the|their|its|his|her)\s+)?(?:last|previous|most\s+recent)\s+(?:[\w‑'’-]+\s+){0,2}$/i;

/** A weekday that "marks" a day of the calendar ("Friday marks the 100th anniversary of …"): the coming one, or the day itself, never one gone by. */
export const WEEKDAY_MARKS = new RegExp(String.raw`(?:^|[,;:—–]\s+)(?:this\s+)?${WEEKDAY_NAME}\s+(?:marks|will\s+mark|is)\s+(?:[\w‑'’-]+\s+){0,3}$`, 'i');

/** A trigger after these words is one more event than those reported before it ("He also held talks with opposition leaders"), evidence only of one it shares a name with ("Zelensky also spoke with the U.S. president"). */
export const ONE_MORE = /\b(?:also|separately|additionally)\s+(?:[\w‑-]+\s+){0,2}$/i;

/** …nor a series of them ("multiple meetings", "earlier rounds"); a crowd of "several hundred demonstrators" still gathers. */
export const GENERIC = /\b(?:multiple|several|many|numerous|various|earlier|previous|prior|past|other|any|such)\s+(?:[\w‑-]+\s+){0,2}$/i;
/**
 * …nor gatherings of a sort told as a class: a bare plural after "of", perhaps after the names of their body ("a break with the usual
 * order of G20 summits", "the history of summits"). Only plurals of nouns that have a singular: "the start of talks" is one round;
 * and not after a stretch of time: "two days of meetings" is one gathering.
 */
export const CLASS_OF_BEFORE = /(?<!\b(?:hours?|days?|nights?|weeks?|months?)\s+)\bof\s+(?:[\p{Lu}\d][\p{L}\d-]*\s+){0,2}$/u;
export const COUNTABLE_GATHERINGS = /^(?:summits|meetings|conferences|visits)$/i;
/** …unless one particular earlier event is meant: "the previous meeting", "their earlier call", "the prior talks". */
export const ONE_EARLIER = /\b(?:the|their|its|his|her)\s+(?:previous|prior|preceding|earlier)\s+(?:[\w‑-]+\s+){0,2}$/i;
/** "The previous one was in April": "one" stands for the event named before it, an earlier one of its sort. */
export const EARLIER_ONE = /\b(?:the|their|its|his|her)\s+(?:previous|prior|preceding|earlier|last)\s+one\b/gi;

/** …nor a count of them ("20 separate negotiations", "five meetings"); "two days of talks", "a February 26 meeting", "a two-plus-two meeting" and "the Group of Seven met" are one event. */
export const COUNTED = new RegExp(
  String.raw`(?<!\b${MONTH_STEM}[a-z]*\.?\s)(?<!-)(?<!\bGroup\s+of\s+)(?<!\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+)\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of)\s+(?:(?:separate|different|more|further|other|bilateral|trilateral|direct|rounds\s+of)\s+)?$`,
  'i',
);

/** "He met …", "They held …": a sentence that goes on about the people of the one before. */
export const PRONOUN_SUBJECT = /^(?:He|She|They|The\s+two(?:\s+\w+)?|Both(?:\s+\w+)?)\s+(?:\w+\s+){0,2}$/;

/**
 * A sentence opening on what one side gave back for what the other gave ("In return Israel freed …", "In exchange, Moscow released …"):
 * the other side's act, another happening than the one told before it, even of its kind and day. "In exchange for the hostages, …" names
 * the price of the act it tells, which may be the one told before, told again.
 */
export const IN_RETURN_OPENING = /^In\s+(?:return|exchange)\b(?!\s+for\b)/;
/**
 * A pronoun subject told with an adverb of sequence: "She then spoke with …", "He later met …", "Afterwards they called …", "Later
 * that day, she rang …". The sentence goes on to the next thing the one named before did that day (the words before its trigger).
 */
export const SEQUEL_PRONOUN_SUBJECT = /^(?:(?:(?:Later|Afterwards|After\s+that|Then|Subsequently)(?:\s+(?:that|the\s+same)\s+day|\s+in\s+the\s+day)?,?\s+(?:he|she|they))|(?:He|She|They)\s+(?:then|later|afterwards|subsequently)(?:\s+that\s+day)?)\s+$/;

/**
 * A call or gathering told as the next that the story's scene led to, by an adverb of sequence with a subject named or
 * described rather than a pronoun: "Later, the deputy prime minister called on President Mirziyoyev", "The President of
 * the Republic was then received by His Majesty", "Later, the minister held a working meeting with …". Read on the
 * sentence up to the trigger (a reception's auxiliary and adverb included). The subject is a short run of words with no
 * comma; after it, at most a verb of holding with an indefinite object ("held a working ", "paid a courtesy ").
 * Not a journey told between ("Mr Macron later travelled on to Windsor for an audience"): its report stays on the
 * article's day until its other reports can be tied to it by name (merge18-tune: it made a duplicate).
 */
const SEQUEL_ADVERB = String.raw`(?:then|later|afterwards|subsequently)`;
const SEQUEL_SUBJECT = String.raw`(?:[\w’'.-]+\s+){1,6}?`;
const SEQUEL_HOLDING = String.raw`(?:(?:had\s+)?(?:held|had|maintained|paid|made|conducted)\s+(?:a|an)\s+(?:[\w-]+\s+)?)?`;
export const SEQUEL_NAMED_SUBJECT = new RegExp(
  String.raw`^(?:(?:Later|Afterwards|After\s+that|Subsequently|Then)(?:\s+(?:that|the\s+same)\s+day)?,\s+${SEQUEL_SUBJECT}(?:had\s+)?|${SEQUEL_SUBJECT}(?:(?:was|were|had)\s+)?${SEQUEL_ADVERB}\s+)${SEQUEL_HOLDING}$`,
);
/** A reception's auxiliary and its adverb of sequence, told inside its trigger ("was then received by"): read with the words before it. */
export const AUXILIARY_IN_TRIGGER = new RegExp(String.raw`^(?:was|were)\s+${SEQUEL_ADVERB}\s+`);

/**
 * A definite description points back at an event already reported ("the call", "Thursday’s session"); not across an "and" right before
 * the trigger, which opens a second predicate ("the Pope visits the Blue Mosque and celebrates Mass", "declared the summit closed and
 * said"): a determiner before the "and" is the first verb's object or subject, not the trigger's noun phrase pointing back.
 */
export const DEFINITE = /(?:\b(?:the|this|that|these|those|its|his|her|their)|['’]s)\s+(?:[\w‑–-]+\s+){0,3}(?<!\band\s+)$/i;
/** An auxiliary right before a trigger: a determiner before it opens the verb's subject ("the Indonesian president have spoken twice"), not the trigger's noun phrase. */
export const AUXILIARY_BEFORE = /\b(?:have|has|had|is|are|was|were|will|would|did|does|do)\s+(?:(?:not|also|just|already|now|never|ever|since|then)\s+)?$/i;
/** …unless it introduces another one ("the next round", "the upcoming meeting", "the previous session"); "New" before a capital starts a name ("talks in New Delhi"). */
export const NEW_EVENT_MODIFIER = /\b(?:[Nn]ext|[Uu]pcoming|[Pp]roposed|[Ff]irst|[Ss]econd|[Tt]hird|new|New(?!\s+[A-Z])|[Pp]ivotal|[Pp]lanned|[Pp]otential|[Ff]urther|[Ff]resh|[Pp]revious|[Pp]rior|[Pp]receding|[Ee]arlier)\b/;
/** …or an indefinite article stands nearer than the determiner ("said that a further round …": "that" is no determiner there). */
export const INDEFINITE = /\b(?:a|an|another)\s+(?:[\w‑–-]+\s+){0,3}$/i;

/** Leading subordinate clauses name a different event than the main clause ("Following Trump’s conversation with Putin, …"). */
export const LEADING_CLAUSE = /^(?:Following|After|Before|Ahead of|During|Since|Despite|In a [^,]{0,40}following)\b[^,]{0,120},/;
/** …and one that puts it after an event already reported ("After those high-level meetings, Washington and Moscow agreed …"): the main clause's event follows that one, in its time. */
export const AFTER_ANOTHER = /^(?:After|Following|In\s+the\s+wake\s+of)\b[^,]{0,120},/;
/** …gatherings named in it by a word that points back, plural as the main clause's trigger words are not ("those high-level meetings", "these talks"). */
export const POINTED_GATHERINGS = /\b(?:those|these|the)\s+(?:[\w-]+\s+){0,2}(?:meetings|talks|negotiations|discussions|consultations|sessions|rounds|contacts)\b/i;
/** …or the ceremony of an act just told ("After the ceremony, the two ministers were received …", "Following the signing, …"): the act, a signing or a swearing-in, not a gathering. */
export const POINTED_CEREMONY = /\b(?:the|that|this|its)\s+(?:[\w-]+\s+)?(?:ceremony|signing)\b/i;
/**
 * A main clause opened by a short lapse after what was just told ("Hours later Trump had them in the Oval Office", "Shortly afterwards, the envoys met …")
 * or by the next step of a story told in order ("Then he led a huge open-air Mass by the sea"; not "Then-president Obama"): that one's day.
 */
export const SEQUEL_OPENING = /^(?:(?:Hours|Minutes|Moments)\s+later|(?:Shortly|Soon)\s+after(?:wards)?|Then(?![\w-]))\b,?/;
/**
 * A saying opened by the scene of the story it was said in ("On the flight over, Trump told reporters …", "In front of the cameras
 * she told reporters …", "Aboard the plane home he posted a message …") or by a sequel (SEQUEL_OPENING: "Hours later he posted …"):
 * it goes on with the story told before it, on that story's day, not the day the story was published. The scene is a leg of the
 * journey or the cameras, named with no day of its own.
 */
const SCENE_OF_A_SAYING = String.raw`(?:(?:On|Aboard|During)\s+(?:the|his|her|their)\s+(?:flight|plane|journey|trip|way)(?:\s+(?:over|out|in|there|home|back))?|In\s+front\s+of\s+(?:the\s+)?(?:cameras|reporters|journalists|press))\b,?`;
export const SAID_IN_THE_STORYS_SCENE = new RegExp(String.raw`^(?:${SCENE_OF_A_SAYING}|${SEQUEL_OPENING.source.slice(1)})`);
/**
 * The subject of such a saying when it is only a pronoun ("On the plane home he answered questions from journalists", "In front of the
 * cameras, she told reporters …") with no one named before it in its paragraph: the person the story is about.
 */
export const SCENE_SPEAKER_UNNAMED = /^\s*(?:he|she)\s+(?:(?:also|then|later)\s+)?$/;
/**
 * A correction's telling of what an earlier version of the article wrongly said ("An earlier version of this article said …", "A
 * previous version of this story misstated …", "This report originally said …"): what follows up to its semicolon reports nothing
 * (`earlier-version.ts`).
 */
export const EARLIER_VERSION_TOLD = /\b(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+(?:this|the)\s+(?:article|story|report|piece|item)\b|\bthis\s+(?:article|story|report|piece)\s+(?:previously|originally|earlier|wrongly|incorrectly|mistakenly)\s+(?:said|stated|reported|gave|misstated)\b/i;
/** …and, in the correction's paragraph, a sentence going on with what that version said: "It also said that …", "The article also gave …". */
export const EARLIER_VERSION_TOLD_ON = /^(?:It|The\s+(?:article|story|report))\s+(?:also\s+)?(?:wrongly\s+|incorrectly\s+)?(?:said|stated|reported|gave|misstated|described|referred)\b/;
/** …and one that puts the main clause before another event ("Before the meeting, Zelensky stopped in Halifax") leaves its day unknown. */
export const BEFORE_ANOTHER = /^(?:Before|Ahead\s+of|Prior\s+to|In\s+the\s+run-up\s+to)\b[^,]{0,120},/;
/** …unless it is the subject's own leaving on a day ("Before going to the airport on Sunday evening,", "Before flying home on Friday,"): the main clause was done that day (`datedBeforeLeaving`). */
export const BEFORE_LEAVING = /^Before\s+(?:going|leaving|flying|heading|departing|returning|travell?ing)\b[^,]{0,120},/;
/** …as does a clause of time after the main one ("was received on Wednesday, shortly before the deadline … ran out"): the event it names is no news of the day. */
export const TIME_CLAUSE_BEFORE = /,\s+(?:(?:shortly|just|only|soon|hours|minutes|days|weeks)\s+)?(?:before|after|until)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}$/i;
/**
 * …and so is the subject's own later act told by a gerund after "before" ("met Starmer on Monday before leaving for Rome", "spoke to reporters
 * before flying to Riyadh"): the sentence gives it no day, neither the main act's nor the story's, unless its own clause names one (read with the trigger).
 */
export const GERUND_BEFORE_SUBORDINATOR = /\S\s+(?:(?:shortly|just|only|soon|hours|minutes|days|weeks)\s+)?before\s+$/i;
/** A trigger told by its gerund ("leaving", "flying"): with GERUND_BEFORE_SUBORDINATOR, the subject's later act. */
export const GERUND_TRIGGER = /^\w+ing\b/i;

/** The opening of a clause of time after the main act, up to its subordinator ("… on Tuesday after ", "…, hours after "). */
const TIME_CLAUSE_OPENING = String.raw`\S\s+(?:(?:shortly|just|only|soon|long|hours|minutes|days|weeks|months|a\s+(?:day|week|month)|(?:\w+\s+)?(?:hours|days|weeks))\s+)?(?:after|following)\s+`;
/**
 * …whose own verb is the trigger that follows ("took office on Tuesday after both houses of the Diet chose her", "came hours after Russia
 * launched"): a subject of up to eight words before it.
 */
export const ACT_OF_A_TIME_CLAUSE_BEFORE = new RegExp(String.raw`${TIME_CLAUSE_OPENING}(?:[\p{L}’'.-]+\s+){1,8}$`, 'u');
/**
 * A trigger told by a verb in the past, as a clause's own verb is ("chose", "launched", "met"); not a noun a subordinator governs, however
 * it is described ("after the American session with the Russians", "after a pause"): what that names is the main act's setting.
 */
export const PAST_VERB_OPENING = new RegExp(String.raw`^(?:[a-z]{2,}ed|${IRREGULAR_PAST})${WORD_END}`);
/** …or a gerund right after its subordinator ("resigned a day after losing the vote"), which the caller reads off the trigger. */
export const GERUND_AFTER_SUBORDINATOR = new RegExp(String.raw`${TIME_CLAUSE_OPENING}$`);

/** An event that others prepare for is still ahead: "ahead of renewed negotiations", "ahead of the G20 leaders' meeting", "ahead of next week's summit". */
export const PROSPECT = /\b(?:ahead\s+of|preparations?\s+for|in\s+preparation\s+for|prepar(?:e|es|ed|ing)\s+for|precursor\s+to|groundwork\s+for|(?:possibility|prospect|chance)\s+of(?:\s+holding)?)\s+(?:[\w‑–.’'-]+\s+){0,4}$/i;
/**
 * …and what a decision still to be made is about has no day yet: "would decide on U.S. strikes within the next two weeks",
 * "will decide on Friday whether to order strikes on the camps", "has not decided whether to attend the summit" (a day beside it is the
 * deciding's, or the news's). Not what was decided ("decided on a new round of talks", "decided on Tuesday to hold talks on Friday").
 */
export const UNDECIDED_BEFORE = new RegExp(
  String.raw`\b(?:decid(?:e|es|ing)\s+(?:on|about)\s+(?:(?!to\b|${WEEKDAY_NAME})[\w‑–.’'-]+\s+){0,3}|decid(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){0,3}?(?:whether|if)\s+(?:or\s+not\s+)?(?:[\w‑–.’'-]+\s+){0,4})$`,
  'i',
);

/** A verb that tells something took place: an undated report needs one to be the day's news. "Had" only as a verb of its own ("had talks"), not as an auxiliary ("had received"); the progressive ("are under way", "is holding talks", "are now holding a video conference") tells it is taking place, and a present state of completion ("The swap is complete:", "The meeting … is over", "talks are now finished") that it has just taken place. A rite done is one too ("after the speech, laid a wreath at the memorial"). */
export const TOOK_PLACE = /\b(?:under\s*way|(?:is|are)\s+(?:now\s+)?(?:over|complete|finished|done)\b(?!\s+(?:by|with|for|in\s+time)\b)|(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?(?:holding|meeting|talking)|held|had(?!\s+(?:not\s+|never\s+|been\s+)?\w+(?:ed|en)\b)|spoke|spoken|met|ended|began|begun|opened|took\s+place|launched|hit|struck|announced|concluded|wrapped\s+up|convened|hosted|talked|mediated|brokered|carried\s+out|completed|sat\s+down|negotiated|conferred|laid\s+(?=(?:a|the)\s+(?:[\w-]+\s+)?wreaths?\b))\b/i;

/** Past events that an article mentions as background, not as its news. */
export const BACKGROUND = /\b(?:earlier|previous|previously|prior|recently|ongoing|including|since|in\s+the\s+past|once\s+(?:had\s+)?(?:met|held|spoke|talked|hosted|sat|\w+ed)\b)\b/i;

/**
 * Company told after a call or a gathering, pointing back at it: "On the line were …", "Also on the call was …", "Joining them on the call was …",
 * "With them on the line was …" (not one only told about it: "briefed on the call").
 */
const COMPANY_TOLD_AFTER = String.raw`(?:^|\b(?:also|were|was|are|is|them|him|her)\s+)on\s+the\s+(?:line|call)\b|(?:joining|with)\s+(?:them|him|her)\s+(?:(?:on\s+the\s+(?:line|call)\s+)?(?:were|was)\b)`;
/** A sentence of company told after the call or gathering it points back at (COMPANY_TOLD_AFTER): its people were there, whoever the event named before. */
export const TOLD_AS_COMPANY = new RegExp(COMPANY_TOLD_AFTER, 'i');

/**
 * A gathering's broker told in a sentence after it, by the passive of brokering: "The talks were facilitated by Foreign Minister …",
 * "The session was chaired by …", "The negotiations had been mediated by …".
 */
const BROKER_TOLD_AFTER = String.raw`(?:talks|negotiations|meeting|session|round|dialogue|consultations)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:facilitated|mediated|brokered|moderated|chaired|hosted)\s+by\b`;
/**
 * Sentences that say who took part in the article's main gathering without naming it again: who led a side
 * ("led his country's delegation"), sat with "his Uzbek counterpart", joined the others,
 * or spoke after it ("said afterwards", "told reporters after the talks"), had aides "with him at the meeting",
 * chaired it or brokered it (BROKER_TOLD_AFTER), or were told after it as its company ("On the line were …", "Also on the call was …", "Joining them were …"; not
 * one only told about it: "briefed on the call").
 */
export const PARTICIPATION = new RegExp(String.raw`\b(?:delegation\s+(?:is\s+)?(?:led|headed)\s+by|(?:led|headed)\s+by|representing|represented\s+by|represented\s+(?:the\s+)?(?:[A-Z]|their\b|his\b|her\b|its\b)|(?:led|headed)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[A-Za-z.-]+(?:['’]s)?\s+)?(?:side|team|delegation)\b|(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?\b|joined\s+(?:the\s+(?:talks|meeting|session|delegation)|them|him|her)\b|joined\s+(?:(?:the\s+(?:talks|meeting|session)\s+)?(?:by|via|over|on)\s+(?:the\s+)?(?:tele)?phone|by\s+video)\b|sat\s+in(?=\s*(?:[,.;]|and\b|on\b))|(?:said|told\s+\w+)\s+(?:afterwards|after\s+the\s+(?:talks|meeting|session|call|round))|(?:team|delegation)\s+(?:included|comprised|consisted\s+of|(?:was\s+)?made\s+up\s+of)|participants?\b|accompanied\s+by|with\s+(?:him|her|them)\s+(?:at|in|during|for)\s+the\s+(?:talks|meeting|session|summit|round|negotiations)\b|(?:chair(?:ed|s|ing)?|led|headed)\s+the\s+(?:[a-z-]+\s+)?(?:talks|meeting|session|summit|round|negotiations)\b|looking\s+on|in\s+attendance|${COMPANY_TOLD_AFTER}|${BROKER_TOLD_AFTER}|(?:at|around)\s+the\s+(?:negotiating\s+)?table\b|present\b|participat\w*|(?:took|take|takes|taking)\s+part|involved|attend\w*)`, 'i');

/** A clause about someone else after the one that says who took part ("…, while Zambia's opposition leader criticised the deal"): its people did not. */
const OTHERS_CLAUSE = /,\s+(?:while|whereas|but)\b|;/;

/**
 * Where a clause about others begins in `text` after `from` (OTHERS_CLAUSE), or -1: a clause that
 * itself says who took part ("…, while Minister Oleh Marchenko led the Ukrainian side") is not one.
 */
export function othersClauseAt(text: string, from = 0): number {
  const at = text.slice(from).search(OTHERS_CLAUSE);
  if (at < 0 || PARTICIPATION.test(text.slice(from + at))) return -1;
  return from + at;
}

/** A relative clause about someone named before it ("Hegseth, who told NATO allies …"): background to the sentence, not its news. */
export const RELATIVE_BEFORE = /,\s+(?:who|which)\s+(?:[\w’'-]+\s+){0,3}$/i;
/** A verb of saying in the passive ("was leaked on Tuesday") names no speaker before it. */
export const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$/i;
/**
 * A relative clause, or an aside of where the subject comes from, set off by commas right before a verb ("Gargash, who advises
 * President Mohamed, said", "Ruiz, fresh from a tour of the region, told parliament"): the names in it are not the verb's
 * subject, and the events in it are not what the verb tells.
 */
export const RELATIVE_BEFORE_VERB = /,\s+(?:who|which|fresh\s+from|(?:just\s+)?back\s+from|returning\s+from)\b[^,;]{0,120},\s*$/;
/**
 * A verb of saying that opens a relative clause on a name ("… of the Eston Building Society, which said on Friday that …", "Rell, who
 * told reporters on Monday"): the clause's head, the name right before the comma, says it, whatever preposition governs that name.
 */
export const SAID_BY_THE_HEAD = /,\s+(?:who|which)\s+(?:had\s+|has\s+|then\s+|later\s+|also\s+)?$/;
/** The object of a preposition is not the subject of the verb after it ("a call between Witkoff and Ushakov, leaked …"); an office's "of" is part of a title ("Secretary of State Marco Rubio said"). */
export const OBJECT_OF_PREPOSITION = /\b(?:between|with|by|to|from|for|about|against|(?<!\b(?:Secretary|Minister|Ministry|Head|Chief|Director|Chair|Chairman|Chairwoman|Governor|Commissioner|Speaker|Chancellor)\s)of)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+(?:and\s+)?){0,4}$/;

/** Persons named as spokespeople report an event; they do not take part in it. */
export const SPOKESPERSON_BEFORE = /\b(?:spokesman|spokeswoman|spokesperson)\s+$/i;
/**
 * A speaker label at the head of a sentence, as a record of proceedings or a transcript prints it ("Ms Castell: European
 * leaders will meet …", "The Minister for Europe (Ms Helen Castell): Let me …", "Mr Gareth Penry (North Wyndham) (LD): What
 * assessment …"): the head before the name holds no clause (no colon, stop or comma), and after it come only its
 * brackets and the colon. Not "Umerov said:", whose colon follows a verb.
 */
export const SPEAKER_LABEL_HEAD = /^[^:;,.!?"“”]{0,60}$/;
export const SPEAKER_LABEL_AFTER = /^\)?(?:\s*\([^()]*\))*:\s/;
/**
 * "Trump adviser Jared Kushner", "Putin’s special envoy": the first name only qualifies the second; so
 * does one whose words a guest brings ("conveyed President Sall's greetings", "read out the Chancellor
 * Brand's warm message"): the sender is not at the meeting.
 */
export const POSSESSOR_AFTER = /^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:greetings|regards|wishes|message|letter|congratulations|condolences)\b|^(?:['’]s)?\s+(?:special\s+|top\s+|chief\s+)?(?:envoys?|advisers?|advisors?|aides?|team|administration|negotiators?|spokes\w+|government|comments?|demand|call|request|behest)\b|^(?:['’]s)?\s+(?:President|Prime|Secretary|Special|Ambassador|Senator|Representative|Defense|Vice|officials?|forces|military|leaders?)\b/;

/**
 * Where a journey done or told went, as the words before it ("flew to Minsk", "flew back to Washington", "flew home to Rome", "Kellogg's trip to Minsk",
 * "visited Minsk", "returned to Kyiv"): the town gone to is the trip's or the visit's place, so two reports of one journey on one day name one town.
 */
const WENT_TO = String.raw`(?:fl(?:y|ies|ew|ying)|travel(?:s|led|ed|ling|ing)?|go(?:es|ing)?|went|head(?:s|ed|ing)?|leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|return(?:s|ed|ing)?)(?:\s+(?:on|back|home))?\s+(?:to|for)|(?:driven|drove|taken|brought|escorted)\s+(?:back\s+)?to|(?:trip|journey|visit)\s+to|visit(?:s|ed|ing)?`;
/**
 * A gathering's place: "in Geneva", "at the Kremlin", "set for Abu Dhabi", "moved to Miami", where a journey goes or went ("due to fly on to Moscow",
 * "will leave for Nairobi", WENT_TO), where someone is taken for it ("was driven to the Élysée Palace to hand his resignation"),
 * where a craft went up from ("lifted off from the Kennedy Space Center", "blasted off from Baikonur": its launch site).
 */
export const PLACE_BEFORE = new RegExp(String.raw`\b(?:in|at|inside|(?:set|scheduled|planned|slated|due|moved|shifted|relocated)\s+(?:for|to)|${WENT_TO}|${LAUNCH_SITE_LEAD})\s+(?:the\s+)?(?:${PART_OF_A_PLACE}\s+)?$`, 'i');
/** Where one item of a list of happenings ends and the next begins: a comma, maybe "and", and the next item's article ("…, and a withdrawal", ", the strikes"). */
export const NEXT_LIST_ITEM = /^[^,;:.]*,\s+(?:and\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$/i;
/** A strike's place, or the country it hits: "in Kherson", "struck Odesa", "started bombing Iran". */
export const STRIKE_PLACE_BEFORE = /\b(?:in|at|on|of|hit|hitting|struck|striking|targeted|targeting|bomb(?:ed|ing)?|shell(?:ed|ing)?|attack(?:ed|ing)?)\s+(?:the\s+)?$/i;
/** A place that hosts the gathering: "Abu Dhabi hosted the second round", "Abu Dhabi was the venue … for talks". */
export const HOST_AFTER = /^\s+(?:hosted|hosts|will\s+host|is\s+hosting|(?:was|is|will\s+be)\s+(?:the|a)\s+(?:\w+\s+)?venue)\b/i;

/** "Talks … are under way, a diplomat said on Wednesday", "is now meeting", "is returning home, Peskov told journalists today": what is taking place as it is reported, which dates it, as the perfect does. */
export const IN_PROGRESS = /\b(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?(?:under\s*way|in\s+progress|going\s+on|taking\s+place|holding|meeting|talking|(?:returning|coming)\s+home)\b/i;
/** "have held talks …, the ministry announced on Monday, without saying when the meeting took place": the telling says the event's day is not given, so the day of the telling is not its day. */
export const DAY_NOT_GIVEN = /\b(?:without\s+(?:saying|giving|specifying|disclosing|revealing|stating)|(?:did|does|would)\s+not\s+(?:say|give|specify|disclose|reveal|state)|(?:gave|giving)\s+no)\b[^.;]{0,40}?\b(?:when|date|day)\b/i;
/** "have spoken by telephone", "has ended": news as of its report, which dates it ("…, Ushakov said on Monday"). */
/** A trigger read as a noun after its determiner ("The first summit between the two governments since 2051."): a comment on an entry's item, no act told in the news present. */
export const NOUN_AFTER_DETERMINER = /\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$/i;
export const PRESENT_PERFECT = /\b(?:has|have)\s+(?:(?:just|now|already|also)\s+)?(?:\w+\s+)?$/i;
/**
 * "the M23 said on Monday morning it had taken control of the city", "announced on 27 January that its forces had captured the
 * airport": a perfect told back in a saying ("We have taken Goma") is news as of the saying, as PRESENT_PERFECT is. Read on the
 * sentence up to the event, not its clause: the saying and the perfect may stand in two.
 */
export const REPORTED_PERFECT = /\b(?:said|says|announced|claimed|declared|confirmed|reported|stated)\b[^,;.]{0,80}?\bhad\s+(?:(?:just|now|already|also)\s+)?(?:\w+\s+)?$/i;

/**
 * A heading over the outlet's own notice board ("PARISH NOTICES", "Club notices", "Notices"): what its items tell are the
 * community's own affairs ("The Justice and Peace group met on Tuesday", "Holy hour: Wednesday at 7 p.m."), no news.
 */
export const NOTICES_HEADING = /^(?:[\p{L}’'-]+\s+){0,2}notices$/iu;
/** A line that links to another story ("Related: …", "Related coverage: …", "Read more: …", "Also on PDN: …", an outlet's initials): its words are that story's headline. */
export const LINK_LINE = /^(?:Related(?:\s+(?:coverage|stories|articles|reading))?|Read\s+more|Read\s+also|See\s+also|Also\s+read|More\s+on\s+this|Watch|Also\s+on\s+(?-i:[A-Z]{2,}))\s*:/i;
/** A weekday with nothing to pin its week ("Monday", "next Monday", "Friday evening"): read from whatever day it was told on. */
export const BARE_WEEKDAY = new RegExp(String.raw`^(?:on\s+)?(?:(?:this|next|coming)\s+)?${WEEKDAY_NAME}(?:\s+(?:morning|afternoon|evening|night))?$`, 'i');
/** A month told with its year, in words or figures ("in April next year", "next April", "May 2026"): not a bare month a telling's day can move. */
export const MONTH_WITH_ITS_YEAR = /\b(?:year|next|last|this|coming|\d{4})\b/i;
/** The week of the story's day, as a plan's date ("this week", "later this week"). */
export const THIS_WEEK = /^(?:(?:later|earlier)\s+)?this\s+week$/i;
/** The rest of a plan's sentence saying it was held after all ("…, and the meeting went ahead as planned", "…, moved to Wednesday, went ahead in Vilnius"). */
export const HELD_AS_PLANNED = /^[^.;]{0,80}?(?:,\s+|\b(?:and|but)\s+(?:the\s+\w+|it|they)\s+)(?:finally\s+|eventually\s+|still\s+)?(?:went\s+ahead|took\s+place|(?:was|were)\s+held)\b/i;
/** An act told in the past perfect up to its trigger ("They had signed a truce", "had already agreed a swap"): done before the scene the story sets. */
export const ACT_IN_THE_PLUPERFECT = /\bhad\s+(?:(?:already|also|earlier|previously)\s+)?(?:sign|agree|reach|strike|struck|seal|clinch|put|initial)\w*\b[^.;]{0,60}$/i;
/** A verb of saying in the past perfect ("had said", "had already announced"): told before the story's news. */
export const EARLIER_TELLING = /\bhad\s+(?:already\s+|also\s+)?$/i;
/** What a telling says was then still to come ("… that Putin would receive the envoy", "that the talks were to resume"). */
export const TOLD_AS_AHEAD = /^[^.;]{0,40}?\bthat\b[^.;]{0,80}?\b(?:would|was\s+to|were\s+to|(?:was|were)\s+due\s+to)\b/i;
/**
 * An event a telling only supposes, judged by a modal ("talks without Moscow would lead nowhere", "any summit
 * without Kyiv could only fail"): the event's own words run into "would/could/might …" whose verb neither holds
 * nor schedules it, so the telling is a statement of its own, not the news of that event.
 */
export const SUPPOSED_EVENT = /^(?:\s+(?:without|with|between|among|involving|excluding|on|over|about)\b[^.;,]{0,40}?)?\s+(?:would|could|might|can|cannot|can['’]t|wouldn['’]t|couldn['’]t)\s+(?:only\s+|never\s+|not\s+|simply\s+|just\s+)*(?!(?:be\s+(?:held|arranged|organi[sz]ed|scheduled|staged|hosted)|take\s+place|go\s+ahead|start|begin|open|resume|follow|happen|come|convene|continue)\b)[a-z]/i;
/**
 * A second object of the same verb with a day of its own, the verb left out: "spoke with Sarem on Monday and with the rebels'
 * chief, Dariush Kalan, two days later", "called the Malawian president on Monday and the Zambian president the next day",
 * "met the prime minister on Tuesday and the king on Thursday", "held phone talks with Arvid on Monday and then with Dorn on
 * Wednesday" (an adverb of sequence only before "with" or "to": "and then met …" is a clause of its own); one of a series told by
 * commas up to its "and" ("will meet the premier on Friday, the speaker on Saturday and opposition leaders on Monday") (groups: "with/to", the object, its count and unit, "next/following",
 * its weekday). What follows the first event's day, up to that day.
 */
export const ELIDED_SECOND_OBJECT = new RegExp(
  String.raw`^(?:,?\s+and|,(?=[^.;]{3,80}?\son\s+${WEEKDAY_NAME}\b[^.;]*?\sand\s))\s+(?:(?:then|later|also)\s+(?=(?:with|to)\s))?((?:with|to)\s+)?(?!(?:then|later|also|again|he|she|they|it|we|I|on|in|at|after|before|since)\b)([^;.]{3,80}?),?\s+(?:(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+later|the\s+(next|following)\s+day|on\s+(${WEEKDAY_NAME}))\b`,
  'i',
);
/**
 * A second predicate joined to the first by "and", with the subject left out or told again by a pronoun: "met in Lusk on Monday and
 * signed an accord on river traffic", "received the envoy on Tuesday, and they signed a twinning charter", "held talks on Friday and
 * then the two sides agreed a ceasefire". The words from the first event's end up to the second's trigger: no stop, semicolon or
 * colon, then "and", an adverb of sequence, a pronoun subject and at most five words of the second's verb and object.
 */
export const SAME_SUBJECT_AND = /^[^.;:]{0,80}?,?\s+and\s+(?:(?:then|also|later|afterwards)\s+)?(?:(?:they|we|he|she|both|the\s+two(?:\s+(?:sides|leaders|ministers|presidents|delegations|men|women))?)\s+)?(?!(?:the|a|an|his|her|their|its)\s)(?:[\w'’-]+\s+){0,5}$/i;
/**
 * The same, told with each day before its object: "spoke on Monday with President Vest and on Wednesday with Premier Hale", "held
 * phone talks on Tuesday with the Korvian envoy and then on Friday with the Estmark premier" (groups: the first object, the second's
 * weekday, the second object). What follows the first event's day, up to the second object's end.
 */
export const DAY_FIRST_SECOND_OBJECT = new RegExp(
  String.raw`^\s+((?:with|to)\s+[^;.]{3,80}?),?\s+and\s+(?:(?:then|later|also)\s+)?on\s+(${WEEKDAY_NAME})\s+(?:with|to)\s+([^;.]{3,80}?)(?=\s*(?:[,;.]|$))`,
  'i',
);
/** The same act done again on another day, its verb and object left out ("Israel struck government tanks near the city on Monday and again on Tuesday", "… and again two days later", "… and again the next day"): a second event of its own day. */
export const AGAIN_ON_DAY = new RegExp(String.raw`^,?\s+and\s+again\s+(?:(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+later|the\s+(next|following)\s+day|(?:on\s+)?(${WEEKDAY_NAME}))\b`, 'i');
/** A count's stages told one by one after its colon ("… this week: the first, all under 25, on Monday; the second …"): where the list begins. */
export const STAGES_AFTER_COLON = /^[^.:;]*:\s+(?=the\s+first\b)/i;
/** One stage of such a list, told by its ordinal ("the first, all under 25, on Monday", "and a third this morning"). */
export const STAGE_BY_ORDINAL = /^\s*(?:and\s+)?(?:the|a)\s+(?:first|second|third|fourth|fifth|sixth|last|final)\b/i;
/**
 * A side's act told of every stage of a count told before ("Russia received the same number of its own servicemen each time", "Moscow
 * freed as many at every stage"): the side named before its verb took part in each of them.
 */
export const AT_EACH_STAGE = /\b(?:(?:each|every)\s+time|(?:at|in)\s+(?:each|every)\s+(?:stage|round|step))\b/i;
/** A verb in the words taken for an elided second object ("and the talks ended two days later", "and might resign on Friday", "and hopes to sign the deal on Friday"): a clause of its own, not a second object. */
export const FINITE_VERB_IN = new RegExp(String.raw`\b(?:[a-z]{3,}ed|is|are|was|were|will|would|shall|could|might|can|should|must|${WISHES}|plans|intends|expects|tries|has|have|had|did|does|said|says|met|held|spoke|began|took|went|told|gave|left|came|flew|saw|made)\b`, 'i');
/**
 * A reply that came to a letter or a request, from whom it came ("we received a warm reply from her office on Friday", "The council got a written answer
 * from the ministry on Monday", "A reply arrived from the palace yesterday"): the replier's act of its day, a second act beside the letter it answers.
 * A response a thing received or got from a public ("a warm response from investors", "a mixed response from critics") is its reception, no reply.
 */
export const REPLY_RECEIVED = String.raw`\b(?:received|got|had)\s+(?:a|an|the|her|his|their|its)\s+(?:[\w-]+\s+){0,2}?(?:reply|answer)\s+from\b|\b(?:reply|response|answer)\s+(?:came|arrived)\s+from\b`;
/** "Received" of a thing that came to its doer ("received a letter", "received word", "received threats"): no act; of people ("received the team") a reception. */
const RECEIVED_A_THING = String.raw`received(?=\s+(?:(?:a|an|the|his|her|their|its|no|many|several|some|[\d,]+)\s+)?(?:[\w-]+\s+){0,2}?(?:letters?|calls?|news|word|messages?|reports?|threats?|complaints?|e-?mails?|texts?|warnings?|requests?|invitations?|offers?|questions?|documents?|bills?|payments?|money|funds?|notices?|summons|petitions?)\b)`;
/**
 * Past verbs that tell no act of their doer (acts-of-named-doers.ts): being, having and seeming, a state kept ("remained",
 * "stayed", "sat in the garden", "woke to a flood", "owed the bank money", "faced questions"), what came to its doer ("heard the news", "learned of
 * the plan", "received a letter": RECEIVED_A_THING; "received the team" is a reception), a saying the verbs of REPORTING do not hold ("told", "spoke", "urged": a telling is a statement;
 * reportVerbIn refuses the rest, "said", "announced") or a matter spoken of (the headlines' EMPTY_SAYING_VERB: "addressed the
 * concerns of the chamber", "discussed the budget"), a thought, a hope or an expectation, an opinion or a stance ("enjoyed",
 * "supported the bill", "opposed it"), a plan or a try ("agreed to meet", "planned", "tried"), a journey (the kinds table's journey rows read it: an arrival
 * for a stay is no act of its own), a figure's move ("rose 4%", "fell"), and the
 * auxiliaries a verb of its own stands after ("did not sign", "used to").
 */
export const NO_ACT_VERB = String.raw`(?:${EMPTY_SAYING_VERB.source.slice(1, -1)}|was|were|had|did|got|became|seemed|appeared|looked|remained|stayed|kept|continued|used|lived|sat|stood|lay|woke|awoke|slept|waited|watched|listened|heard|learned|learnt|${RECEIVED_A_THING}|faced|owed|spoke|talked|told|expressed|voiced|argued|explained|admitted|replied|responded|answered|asked|urged|appealed|pleaded|called|described|praised|criticised|criticized|condemned|welcomed|thanked|accused|blamed|posted|commented|thought|believed|felt|knew|hoped|expected|wanted|wished|needed|feared|doubted|considered|wondered|liked|loved|hated|enjoyed|preferred|supported|backed|favoured|favored|opposed|agreed|planned|intended|decided|promised|pledged|vowed|threatened|offered|tried|attempted|sought|failed|refused|declined|managed|arrived|landed|flew|travelled|traveled|departed|returned|went|came|rose|fell|climbed|dropped|gained|jumped|slipped|surged|soared|plunged|tumbled|edged|grew|increased|decreased|doubled|halved|totalled|totaled|numbered|amounted|reached|topped|exceeded|estimated|counted|recorded|owned|belonged|contained|included|meant|cost|lasted)`;
/** NO_ACT_VERB as a whole word: the past of a verb told in the present (acts-of-named-doers.ts: "remains" remained). */
export const NO_ACT_VERB_WORD = new RegExp(String.raw`^${NO_ACT_VERB}$`);
/**
 * A word in -s after a doer's name that is no act told in the present whose past NO_ACT_VERB could be asked: NO_ACT_VERB's irregular
 * verbs in the present (being, having, a journey, a saying, a figure's move: "Ana Ruiz flies to Lusk on Friday"), and words that are no
 * verb ("Ana Ruiz always …", "Kessel Glass perhaps …").
 */
export const NO_ACT_VERB_IN_THE_PRESENT = /^(?:has|does|gets|becomes|keeps|sits|stands|lies|hears|feels|knows|thinks|seeks|goes|comes|rises|falls|grows|means|costs|flies|speaks|tells|says|sees|leaves|was|this|thus|plus|always|perhaps|towards|afterwards|besides|unless|whereas|sometimes|across|news|its|his|hers|theirs|ours|yours|whose|less)$/;
/** A share told as what a verb took ("won 52 % of the vote", "took a third of the seats", "gained half of the market"): a figure told, as a figure's move is, not an act (acts-of-named-doers.ts). */
export const A_SHARE_AFTER = /^\s+(?:(?:about|around|nearly|almost|some|over|just|more\s+than|less\s+than)\s+)?(?:[\d.,]+\s*(?:%|per\s?cent\b)|(?:a|one|two)\s+(?:third|quarter|fifth)\b|half\b|an?\s+(?:absolute\s+)?majority\b)/i;
/**
 * A figure's move or a standing told as what a verb did ("Wall Street closed higher", "ended the day 3% lower", "trailed Ruiz by five points",
 * "led the polls"): a figure told, as "rose 4%" is, not an act (acts-of-named-doers.ts); "stepped down", "shut down" are acts.
 */
export const A_FIGURES_MOVE_AFTER =
  /^\s+(?:the\s+(?:day|session|week)\s+)?(?:(?:sharply|slightly|marginally|[\d.,]+\s*(?:%|per\s?cent|points?))\s+)?(?:higher|lower|flat|unchanged)\b|^\s+(?:up|down)\s+[\d.,]+|^\s+(?:[\p{L}’'-]+\s+){0,3}?by\s+(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+(?:percentage\s+)?points?\b|^\s+(?:in\s+)?the\s+(?:polls?|opinion\s+polls?|standings|league\s+table)\b/iu;
/**
 * An act told as someone's claim, after it ("…, the opposition claimed", "…, prosecutors allege"): one side's word, not an act the article
 * reports (acts-of-named-doers.ts). "…, officials said" tells it as news (AGREEING_ONLY_CLAIMED), and the statement rules read it.
 */
export const CLAIMED_AFTER = /,\s+(?!(?:and|but|then|which|who|before|after|while)\b)(?:[\p{L}’'-]+\s+){1,4}?(?:claim(?:s|ed)?|alleg(?:e|es|ed)|contend(?:s|ed)?)\b/iu;
/**
 * An act told by its accuser's tag ("…, prosecutors said", "…, the indictment says", "…, according to the charge sheet"): a charge, not an act the
 * article reports (acts-of-named-doers.ts), whatever verb the tag has; "…, according to the ministry" names a source, and the act stands.
 */
export const ACCUSER_AFTER =
  /,\s+(?:(?:federal|state|the|public)\s+)?(?:prosecutors?|prosecution|(?:the|an?)\s+(?:indictment|charge\s+sheet|criminal\s+complaint|complaint|lawsuit|suit))\b|\baccording\s+to\s+(?:(?:the|an?)\s+)?(?:(?:federal|state|public)\s+)?(?:prosecutors?|prosecution|indictment|charges?|charge\s+sheet|criminal\s+complaint|complaint|lawsuit|court\s+(?:papers|documents|filings))\b/i;
/** A source told between an act and its day ("dissolved the council, according to a statement on Monday"): the day is the source's, not the act's. */
export const SOURCE_BEFORE_ITS_DAY = /\baccording\s+to\b/i;
/** A doer's name of two or more capitalised words with no article before them ("Border Force", "Tokyo Electric Power"): a name by its form; "The Bank Holiday" is none. */
export const SEVERAL_NAME_WORDS = /^\p{Lu}[\p{L}\d'’.&-]*(?:\s+(?:(?:de|des|du|da|van|von|der|al|bin|of|the)\s+)?\p{Lu}[\p{L}\d'’.&-]*)+$/u;
/** A time's name as a clause's subject ("The Bank Holiday brought the crowds back", "Independence Day saw …"): a day does nothing, no doer. */
export const TIME_AS_A_SUBJECT = /\b(?:Holiday|Day|Eve|Weekend|Week|Festival|Season)$/;
/**
 * A word no day is told without ("on Monday", "yesterday", "tomorrow", "that night", "on 3 March", "Jan. 5", "two days later"), nor a week ("last week") or a month a plan
 * is told by ("later this month"), unless in figures
 * (DAY_IN_FIGURES): an act whose sentence has neither is told on no day of its own (acts-of-named-doers.ts), and its sentence is not asked ACT_OF_A_NAMED_DOER, which would cost a
 * scan of it and a reading of its dates and names for nothing (mayMatch: most sentences that report nothing have no such word).
 */
export const DAY_TOLD = new RegExp(String.raw`\b(?:${CALENDAR_NAME}|${MONTH_ABBREVIATION}\.|yesterday|today|tomorrow|tonight|overnight|night|morning|afternoon|evening|days?|hours?|week|month)\b`, 'i');
/** A time later on the news day a plan is told for ("this evening", "later today", "tonight"), its words where its date stands: not a clock time, which may be gone by or another reading of the day's news. */
export const LATER_THE_SAME_DAY = /^(?:later\s+(?:today|tonight|this\s+(?:afternoon|evening))|this\s+(?:afternoon|evening)|tonight|today)\b/i;
/**
 * A month a plan is told by relative to the news ("later this month", "next month"), its words where its date stands: a month named alone ("would start in
 * March") may be one gone by, told ahead from a saying of another day, and its year is the resolver's guess, no plan's.
 */
export const MONTH_TOLD_AHEAD = /^(?:(?:later|early|late)\s+)?(?:this|next)\s+month\b/i;
/** A day written in figures ("on 2058-03-10", "on the 10th", "on 3/10/2058"): DAY_TOLD's words are none of it, and the dates read it. */
export const DAY_IN_FIGURES = /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)|\d{1,2}\/\d{1,2})\b/;
/**
 * Where a sentence's next clause opens, joined to the one before by "and" or a semicolon ("signed the decree on Monday and will visit Lusk on
 * Friday", "met Lund on Monday; she will unveil the statue on Friday", "said Hamas would free three hostages on Thursday, and that the border post
 * would reopen on Monday"): `that` when it goes on with what a saying told (acts-of-named-doers.ts); `when` when it tells what happened on the
 * day the clause before named ("… since Saturday, when the Harbour Board revoked its licence").
 */
export const NEXT_CLAUSE_OPENS = /(?:,\s+|\s)and\s+(?<that>that\s+)?|;\s+(?:and\s+)?|,\s+(?<when>when)\s+/g;
/** A cheap look for NEXT_CLAUSE_OPENS: a sentence without one is not asked it. */
export const NEXT_CLAUSE_WORD = /\sand\s|;|,\s+when\s/;
/** A day right before a "when" ("since Saturday, when …", "on the night of 9 to 10 March, when …", "yesterday morning, when …"): the day of the act it tells. */
export const DAY_BEFORE_A_WHEN = new RegExp(String.raw`\b(?:${CALENDAR_NAME}|yesterday|today)\b[^,;:]{0,25}$`);
/**
 * What opens a next clause that has no subject of its own but the one before's ("and will visit Lusk", "and then unveiled the statue"): a word in
 * lower case that is none of a subject's (an article, a determiner, a pronoun) nor a clause's opening word.
 */
export const NO_SUBJECT_OF_ITS_OWN = /^(?!(?:the|a|an|its|his|her|their|our|my|this|that|these|those|some|all|both|each|every|no|it|he|she|they|we|i|you|there|here|so|yet|not|if|when|while|as|because|since|although|though|what|which|who|where|how|why)\b)\p{Ll}/u;
/** A next clause opening with a doer of its own, a name or a described one ("and Lund will sign", "; the council will publish"). */
export const CLAUSE_OF_ITS_OWN_DOER = /^(?:\p{Lu}|the\s)/u;
/** A next clause with no subject of its own opening with "would" ("…, and would write to the governor this week"): what a saying before it told, if any (SAYING_WORD). */
export const WOULD_OPENING = /^would\s/;
/** A verb of saying SAYING_BEFORE_A_PLAN knows, anywhere before a next clause: "would" after it goes on with what it told. */
const SAYING_WORDS = 'said|says|announced|confirmed|added|agreed';
/** The verbs of saying that press a point, beyond SAYING_WORDS ("warned", "insisted"): a saying's setting (SAID_BEFORE_ITS_SETTING) or a "then" (RIGHT_AFTER) is read after them too. */
const PRESSING_SAYING_WORDS = 'warned|insisted';
export const SAYING_WORD = new RegExp(String.raw`\b(?:${SAYING_WORDS})\b`);
/**
 * A saying whose complement has a subject of its own, no pronoun ("said the port would close on Friday"): a "would" after it, with no subject of
 * its own ("…, and would reopen on Monday"), goes on with that subject, not with the sayer; "said she would …", "said it would …" are the sayer's.
 */
export const SAYING_OF_ANOTHER_SUBJECT = new RegExp(String.raw`\b(?:${SAYING_WORDS})\s+(?:that\s+)?(?:[^,;]*?\s)?(?!(?:he|she|it|they|we|I)\s)\p{L}+\s+would\s`, 'u');
/** A next clause with no subject of its own opening with a verb's base ("… and open the museum on Saturday"), no auxiliary, past or adverb of its own. */
export const BARE_VERB_OPENING = /^(?!(?:will|would|is|are|was|were|has|have|had|then|also|later|again|may|might|could|should|must|can|did|does|do)\b)\p{Ll}{2,}(?<!ed)\s/u;
/** A next clause opening with an auxiliary of its own ("and will inspect the pier", "and is due to sign"): its verb is one, whatever the clause before. */
export const AUXILIARY_OPENING = /^(?:will|would|(?:is|are)\s+(?:(?:due|set|scheduled|expected|poised)\s+)?to)\s/;
/** A plan's "will" before a next clause: a bare verb after it is planned too ("will open the museum on Friday and unveil the statue on Saturday"). */
export const PLAN_WILL = /\swill\s/;
/** A day a next clause tells of its own, not only a part of the day before ("on Friday", "tomorrow", "next week", "on 3 May"; not "in the evening", "that night"). */
export const CLAUSE_DAY = new RegExp(String.raw`\b(?:${CALENDAR_NAME}|${MONTH_ABBREVIATION}\.|yesterday|today|tomorrow|week|month)\b`);
/**
 * A day opening the sentence, before its first clause's doer ("On Friday the Treasury issued a licence, and the State Department issued a
 * waiver", "Late on Monday, …", "On 4 March …", "Yesterday …", "Today …"): the day of each clause of the sentence, not only of the first (its
 * text carried before a later clause read as a sentence of its own).
 */
export const DAY_BEFORE_THE_CLAUSES = new RegExp(String.raw`^(?:(?:(?:Late|Early)\s+on|On)\s+(?:${WEEKDAY_NAME}|${MONTH_STEM}[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+${MONTH_STEM}[a-z]*(?:\s+\d{4})?)(?:\s+(?:morning|afternoon|evening|night))?|Yesterday|Today|Last\s+${WEEKDAY_NAME})\b,?\s`);
/**
 * A later clause's time of its own that is no day (CLAUSE_DAY): "granted its licence years ago", "… when the mine opened", "… back then",
 * "… at the time": the day opening the sentence is not its day (DAY_BEFORE_THE_CLAUSES).
 */
export const CLAUSE_TIME_NO_DAY = /\b(?:ago|earlier|previously|formerly|(?:back|since|until)\s+then|at\s+the\s+time|in\s+the\s+past|when|whenever|once\s+(?!again\b|more\b))\b/;
/** A passive or a state before a next clause ("was closed to traffic on Thursday and reopened on Saturday"): a participle with no subject after it is that subject's state. */
export const PASSIVE_CLAUSE_BEFORE = /\b(?:was|were|been)\s/;
/** A pronoun opening a next clause ("; she will unveil the statue on Friday"): the doer the clause before names. */
export const PRONOUN_OPENING = /^(?:he|she|it|they)(?=\s)/;
/**
 * A described doer that is several ("the unions", "workers in Orsk", "Both delegations", "All staff"): "they" after it is that doer, and "he",
 * "she" or "it" is not; a name or a described one ("the council", "Each side") is one, and "they" after it is someone else ("Ana Ruiz met the
 * union leaders on Wednesday; they walked out").
 */
export const SEVERAL_DESCRIBED_DOERS = /^(?:Both|All)\s|(?:[^s]s|staff|police)(?:\s+(?:in|of|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?$/u;
/** A doer told by what it is, not named ("a federal judge", "the works council", "the unions"): people or a body that acts, one or several ("the judges", "the boards"); no court nor government (a court's acts are the kinds table's rows; 'The government shut down the agency' is none of its day). */
export const DESCRIBED_DOER = String.raw`judges?|jury|juries|committees?|boards?|councils?|unions?|workers|staff|crews?|firefighters|police|engineers|protesters|demonstrators|rescuers|troops|soldiers|investigators|regulators|lawmakers|senators|deputies|ministers|parliament|cabinet|assembly|commission|ministry|agency`;
/**
 * What follows a described doer's participle that only tells which ones it means, not what they did ("The troops stationed | in Kessel
 * withdrew", "The committee chaired | by Ana Ruiz approved", "The jury selected | for the trial was dismissed"): its agent, or a
 * place or purpose and then the clause's own finite verb, not one joined on ("marched to the square and blocked it").
 */
export const DESCRIBED_DOERS_PARTICIPLE_AFTER = new RegExp(String.raw`^\s+(?:by\b|(?:in|at|for|from|on|near|across|along|under|with|inside|outside|since|during)\s(?:(?!\b(?:and|or|but|then|who|which|that|where|when|while|as|after|before|until|because)\b)[^,;:])*?\b(?:was|were|has|have|had|\p{Ll}{2,}ed|${IRREGULAR_PAST})${WORD_END})`, 'u');
/**
 * A plan's doer told by a determiner and its noun ("Both delegations", "Each side", "All schools in Lusk", "Each of the rebels") right before the plan's auxiliary:
 * the people or bodies the plan is of, as a described doer is, no name; the determiner is no name, nor its noun a verb in -s ("Both | delegations").
 * A pronoun is no noun ("All of this will change"), nor is a time or an idiom a doer ("Each year will bring storms", "All hell will break loose"); and only before a plan's auxiliary: "All passengers boarded on Monday" tells of no one in particular.
 */
const DETERMINED_DOER_OF_A_PLAN = String.raw`(?:Both|All|Each|Every)\s+(?:(?:of\s+)?the\s+)?(?!(?:of|this|that|these|those|them|us|you|it|which|whom)\s)(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}{3,}(?<!\s(?:years?|days?|weeks?|months?|times?|nights?|hell))(?:\s+(?:in|of|at)\s+\p{Lu}[\p{L}'’-]*)?(?=\s+(?:will|(?:is|are)\s+(?:(?:due|set|scheduled|expected|poised)\s+)?to)\s)`;
/**
 * A day told by the one the sentences before told ("That same evening", "The night before", "In the afternoon"): it opens a
 * clause as a day named does, with its comma or without. "That day", "The day before", "The next day" are counts from another
 * event (COUNTED_FROM_ANOTHER), whose sentence is asked no act.
 */
const DAY_TOLD_BY_THE_DAY_BEFORE = String.raw`That\s+(?:same\s+)?(?:morning|afternoon|evening|night|${WEEKDAY_NAME})|The\s+(?:night|evening)\s+before|In\s+the\s+(?:morning|afternoon|evening)`;
/** NAMED_DOER_BEFORE_ITS_VERB up to its doer: what opens the clause, then `subject`. */
const DOER_OPENING = String.raw`^(?:(?:And|But)\s+)?(?:(?:(?:Late|Early|Earlier|Later)\s+)?(?:On|on)\s+(?:${WEEKDAY_NAME}|the\s+\p{Ll}+\s+of\s+\p{Lu}\p{Ll}+|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2})(?:\s+(?:${PART_OF_DAY_PATTERN}))?,?\s+|(?:Yesterday|Today|Last\s+night|Last\s+week|This\s+(?:morning|afternoon)|(?:Last|That)\s+${WEEKDAY_NAME}(?:\s+(?:${PART_OF_DAY_PATTERN}))?|${DAY_TOLD_BY_THE_DAY_BEFORE})\s+|(?:On|In|At|By|Late|Early|Earlier|Later|Last|This|That|Overnight|During|${DAY_TOLD_BY_THE_DAY_BEFORE}|Shortly|Hours|Days|Minutes|Moments|Then|Yesterday|Today|Meanwhile|(?:One|Two|Three|Four|Five|Six|Seven|A)\s+(?:days?|hours?|weeks?|minutes?)\s+(?:later|earlier|after|before))\b[^,;:"“”‘’()]{0,50},\s+(?:(?:before|after|during)\s+[^,;:"“”‘’()]{1,40},\s+)?)?(?:(?<=\s)the\s+(?=\p{Lu}))?(?<subject>(?<described>(?:(?:[Aa]bout|[Ss]ome|[Aa]round|[Nn]early|[Aa]lmost)\s+)?(?:[Tt]he|[Aa]n?|\d[\d,]*)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${DESCRIBED_DOER})(?:\s+(?:in|of|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?|${DETERMINED_DOER_OF_A_PLAN})|\p{Lu}[\p{L}\d'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\d'’.&-]*|(?:de|des|du|da|van|von|der|al|bin|of|the)(?=\s+\p{Lu}))){0,5})`;
/**
 * What opens a main clause up to its named doer's verb (ACT_OF_A_NAMED_DOER, ACT_AHEAD_OF_A_NAMED_DOER): a conjunction that
 * joins it to the sentence before ("And", "But"), a time told first ("On Saturday", "Late on Monday,", "Last Tuesday", "Last week", "That same day,", "That evening", "Last week, before the
 * closing,"), then the subject in capitalised words ("Pope Leo",
 * "Laurence des Cars", "The Kessel Museum"; after a time told first, its article left out of it: "This morning the Holy Father published …")
 * or the people or body it is, with its article or its count (`described`, DESCRIBED_DOER: "A federal judge in Lusk", "the works council", "about a hundred workers", "200 workers"), an aside after it ("Hale, the party's leader,", "a judge in Lusk, who ruled in April that the port had broken the rules,"), an adverb or a day before the
 * verb ("also", "on Monday"). `subject` names the doer.
 */
const NAMED_DOER_BEFORE_ITS_VERB = String.raw`${DOER_OPENING}(?:,\s+[^,;:"“”()]{2,120},)?(?:\s+(?:also|then|later|again|formally|finally|officially|quietly|briefly|jointly|personally|publicly|swiftly|abruptly|unexpectedly|eventually|immediately))?(?:\s+(?:(?:late|early)\s+)?on\s+${WEEKDAY_NAME}(?:\s+(?:${PART_OF_DAY_PATTERN}))?|\s+(?:yesterday|last\s+night|this\s+(?:morning|afternoon)))?`;
/** DOER_OPENING alone: the doer a clause opens with, whatever follows it (`subject`). */
export const DOER_AT_THE_OPENING = new RegExp(DOER_OPENING, 'du');
/**
 * What a verb of ordering takes when it is no ruling: an interview or a comment granted ("refused to grant interviews", "declined to grant
 * the reporters an interview"), a finger or a hand lifted (the idiom of doing nothing).
 */
const NO_RULINGS_OBJECT = String.raw`(?!\s+(?:\S+\s+){0,3}?(?:interviews?|comments?|audiences?|finger|hand)\b)`;
/**
 * A ruling told by what it refused to order ("A federal judge declined to order the sale", "the board refused to grant the licence"): a decision
 * made that day, as an order given is; a refusal to speak or to meet ("declined to comment", "refused to meet") is none.
 */
const RULING_REFUSED = String.raw`(?<=\b(?:declined|refused))\s+to\s+(?:order|grant|block|halt|suspend|lift|approve|dismiss|overturn|annul|extend|stop|ban)\b${NO_RULINGS_OBJECT}`;
/** Where a verb of an act opens: not NO_ACT_VERB's, but for a refusal that is a ruling (RULING_REFUSED). */
const AN_ACTS_VERB = String.raw`(?!${NO_ACT_VERB}\b(?!${RULING_REFUSED}))`;
/** A verb after which comes what is said, asked or planned, not an act's object ("decided that …", "agreed to …", "said: …"); a ruling refused is an act (RULING_REFUSED). */
const NO_ACTS_OBJECT_AFTER = String.raw`(?!\s*(?:that|whether|how|why|what|:)\b|\s*:|(?!${RULING_REFUSED})\s*to\b)`;
/**
 * A main clause that tells its named doer's past act (acts-of-named-doers.ts): NAMED_DOER_BEFORE_ITS_VERB and a past verb that is an
 * act's (not NO_ACT_VERB). `subject` and `verb` name the parts.
 */
export const ACT_OF_A_NAMED_DOER = new RegExp(String.raw`${NAMED_DOER_BEFORE_ITS_VERB}\s+(?<verb>${AN_ACTS_VERB}(?:\p{Ll}{2,}ed|${IRREGULAR_PAST}))${WORD_END}${NO_ACTS_OBJECT_AFTER}`, 'du');
/**
 * …and the act told ahead of its day in the present, as a timetable tells it ("The Lusk Museum reopens on Saturday", "the Kessel
 * Council renames the square on Friday"): NAMED_DOER_BEFORE_ITS_VERB and a verb in -s; whether it is an act's, and whether its day is
 * ahead, acts-of-named-doers.ts asks.
 */
export const ACT_AHEAD_OF_A_NAMED_DOER = new RegExp(String.raw`${NAMED_DOER_BEFORE_ITS_VERB}\s+(?<verb>\p{Ll}{2,}[^\Wsu]s)\b${NO_ACTS_OBJECT_AFTER}`, 'du');
/**
 * A doer's public act told in a relative clause that backgrounds it (ACT_IN_THE_DOERS_RELATIVE): what a body, a crowd, an official or a
 * court does that a chronology tells. Not any past verb: a document that "emerged", a paper that "obtained the memo", a person who
 * "celebrated her birthday" or "gave birth" tell no happening of the timeline.
 */
const A_PUBLIC_ACT = String.raw`(?:blocked|occupied|pardoned|sealed|brought|marched|stormed|seized|signed|dissolved|sacked|fired|dismissed|appointed|named|elected|passed|approved|rejected|vetoed|overturned|ordered|banned|suspended|closed|shut|launched|raided|arrested|detained|released|freed|killed|attacked|bombed|shelled|invaded|imposed|lifted|halted|cancelled|canceled|postponed|evacuated|deployed|withdrew|resigned|quit|renamed|reopened|opened|unveiled|declared|staged|led|held|struck|sued|charged|convicted|sentenced|jailed|fined|acquitted|ruled|filed|voted|sold|bought|acquired|expelled|deported|evicted|blockaded|picketed|protested|rallied)`;
/**
 * …and the act a relative clause set off after the doer tells of it with a day of its own ("The unions, which brought thousands onto the streets
 * on 16 September, said …", "Ana Ruiz, who signed the decree on Monday, warned that …"): the doer's act of that day. The day must stand in
 * the relative before its closing comma (`close`): one after it is the main clause's ("Hale, who won the seat, said on Monday"). Its verb
 * is A_PUBLIC_ACT's, or a ruling refused (RULING_REFUSED).
 */
export const ACT_IN_THE_DOERS_RELATIVE = new RegExp(String.raw`${DOER_OPENING},\s+(?:who|which)\s+(?:also\s+|then\s+|later\s+)?(?<verb>${A_PUBLIC_ACT}|(?:declined|refused)(?=${RULING_REFUSED}))${WORD_END}${NO_ACTS_OBJECT_AFTER}(?=[^,;:"“”()]{0,120}?\b(?:on\s+${DAY_NAMED}|yesterday|last\s+night)[^,;:"“”()]{0,40}(?<close>,))`, 'du');
/** A cheap look for ACT_IN_THE_DOERS_RELATIVE's relative, its comma and spaces as the pattern allows them: it never fails where the pattern would read. */
export const RELATIVE_AFTER_A_DOER = /,\s+wh(?:o|ich)\s/;
/** The main clause's verb right after a relative's closing comma ("…, said", "…, also warned"), for its saying to be asked (acts-of-named-doers.ts). */
export const MAIN_VERB_AFTER_A_RELATIVE = /^\s+(?:also\s+|later\s+)?\p{Ll}+/u;
/**
 * …and the act a named doer plans for a day ahead ("Pope Leo will visit Lusk on Saturday", "The Kessel Council is due to rename the
 * square on Friday", "the works council is set to ratify the deal on Monday", "Ana Ruiz is to unveil the statue on 3 May"):
 * NAMED_DOER_BEFORE_ITS_VERB, a plan's auxiliary and the verb's base, an adverb between them ("will also visit"), not a word that is no
 * verb ("will not", "will soon"); whether it is an act's (its past not NO_ACT_VERB: "will be", "will travel"), and whether its day is ahead and
 * its own, acts-of-named-doers.ts asks.
 */
export const ACT_PLANNED_OF_A_NAMED_DOER = new RegExp(
  String.raw`${NAMED_DOER_BEFORE_ITS_VERB}\s+(?:will|(?:is|are)\s+(?:(?:due|set|scheduled|expected|poised)\s+)?to)\s+(?:(?:also|then|formally|officially|jointly|personally|publicly|again|finally|first)\s+)?(?<verb>(?!(?:not|never|soon|likely|probably|still|now|only|shortly|each|both|all)\b)\p{Ll}{2,})\b${NO_ACTS_OBJECT_AFTER}`,
  'du',
);
/**
 * …and a plan told in the passive, of what is to be done to its subject with no doer named ("The treaty is scheduled to be signed on 3 May",
 * "The new House of Representatives will be sworn in on Friday", "Papers for the meeting will be published on Monday"): a subject opening the
 * clause with a capital, a name or a noun phrase with what follows it (not a pronoun, a negation or a clause's opening word: "She will be sworn
 * in" names no one a title could tell, "No decision will be taken" plans nothing; a determiner opening a noun phrase is a subject, "Both reports will
 * be published", "This year's budget will be presented"), its day fronted maybe ("On Friday the treaty will be signed": no part of the subject), the plan's auxiliary as ACT_PLANNED_OF_A_NAMED_DOER has it,
 * and "be" with the participle (`verb`), whose word is the plan's noun (acts-of-named-doers.ts).
 */
export const ACT_PLANNED_IN_THE_PASSIVE = new RegExp(
  String.raw`^(?:On\s+${WEEKDAY_NAME}(?:\s+(?:${PART_OF_DAY_PATTERN}))?,?\s+)?(?<subject>(?<=\s)(?:the|a|an)\s+[^,;:"“”()]{1,70}?|(?!(?:He|She|It|They|We|I|You|There|Here|What|Which|Who|When|Where|If|Whether|No|None|Nothing|Neither|Nor|But|And|So)\b)(?!(?:This|That|These|Those|Any|Some|Each|Both|All)\s+(?:will|is|are)\b)\p{Lu}[^,;:"“”()]{0,70}?)\s+(?:will|(?:is|are)\s+(?:(?:due|set|scheduled|expected|poised)\s+)?to)\s+(?:(?:also|then|formally|officially|jointly|publicly|again|finally|first)\s+)?(?<verb>be\s+${PAST_PARTICIPLE}(?:\s+(?:${alternation(VERB_PARTICLES)})\b|(?<=\bsworn)\s+in\b)?)`,
  'du',
);
/** A passive's "be" anywhere in a sentence: a sentence without one is not asked ACT_PLANNED_IN_THE_PASSIVE. */
export const PASSIVE_BE = /\sbe\s/;
/**
 * A saying that tells a plan in its reported clause ("The ministry said the border crossing would reopen on Friday", "The mediators said late
 * on Sunday night that Hamas would free three hostages on Thursday"): its verb, its own day maybe, and "that"; the plan's clause follows
 * (ACT_PLANNED_IN_A_SAYING). A deal's terms tell their plans so too, what the sides agreed ("The two sides agreed that the border post would
 * reopen on Friday") or what stands under it ("Under the deal, the border post would reopen on Friday").
 */
export const SAYING_BEFORE_A_PLAN = new RegExp(String.raw`^Under\s+(?:the|its|their|this|that)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:deal|agreement|accord|truce|ceasefire|pact|terms|settlement)\b[^,;:"“”()]{0,60},\s+(?=[^,;:"“”()]{1,80}?\swould\s)|\b(?:${SAYING_WORDS}|told\s+(?:reporters|journalists))\s+(?:(?:(?:late|early)\s+)?on\s+${WEEKDAY_NAME}(?:\s+(?:${PART_OF_DAY_PATTERN}))?\s+|(?:yesterday|today)\s+)?(?:that\s+)?(?=[^,;:"“”()]{1,80}?\s(?:would|will)\s)`, 'u');
/** …or a saying told after the plan's clause, closing the sentence ("The border crossing would reopen on Friday, Israeli officials said."): the plan's clause opens the sentence. */
export const SAYING_AFTER_A_PLAN = new RegExp(String.raw`,\s+(?:[^,;:"“”()]{1,60}?\s)?(?:said|says|announced|confirmed|added)(?:\s+on\s+${WEEKDAY_NAME}|\s+(?:yesterday|today))?[.!]?\s*$`, 'u');
/** The sayer before SAYING_BEFORE_A_PLAN's verb, an aside after it maybe ("The Kessel Council", "Ana Ruiz, the mayor,"): who a pronoun in the plan names. */
export const SAYER = new RegExp(String.raw`${DOER_OPENING}(?:,\s+[^,;:"“”()]{2,120},)?\s*$`, 'du');
/**
 * What "would" tells of no one's plan in a saying: a forecast's weather ("said it would snow"), a result foreseen ("said Kessel City would beat
 * Orsk"), a state to come ("said it will run out of cash on Friday", "said the rules would take effect on 1 April"), and what weather or the sea
 * does ("said the storm would hit the coast"): the forecast's subject (NO_DOER_OF_A_FORECAST) and verb.
 */
const FORECAST_VERB = String.raw`snow|rain|hail|drizzle|freeze|thaw|pour|beat|win|lose|defeat|draw|outscore|outvote|run\s+out|take\s+effect|come\s+into\s+(?:force|effect)|expire|apply\s+(?:from|to|until)`;
const NO_DOER_OF_A_FORECAST = String.raw`(?:[\p{L}-]+\s+)?(?:storms?|weather|rain|snow|winds?|gales?|floods?|flooding|flood\s+waters|hurricane|typhoon|cyclone|heatwave|cold\s+snap|temperatures?|front|fog|frost|tides?|waves|sea|river|fire|blaze|wildfire)`;
/**
 * …and the plan's clause after it, its future told back as "would", or kept as "will" after a saying before it ("said yesterday that it will switch
 * the service off on 5 May": SAYING_BEFORE_A_PLAN; a "will" clause opening the sentence is ACT_PLANNED_OF_A_NAMED_DOER's): a pronoun for the sayer ("said it would rename the square on Friday"),
 * or a subject, a name or a noun phrase with its article ("the border crossing", "Hamas", "a team of engineers"; not one told by a pronoun,
 * "its members", whose owner a title would lose); an adverb maybe, then the
 * verb's base or a passive ("would be released"), not a word that is no verb ("would not", "would soon").
 */
export const ACT_PLANNED_IN_A_SAYING = new RegExp(
  String.raw`^(?:(?<pronoun>it|he|she|they)|(?<subject>(?![Tt]he\s+${NO_DOER_OF_A_FORECAST}\s+w(?:ould|ill)\b)(?:(?:the|a|an)\s+|(?!(?:It|He|She|They|We|I|You|This|That|These|Those|There|Its|Their|His|Her|Our|My|Without|Unless|Barring|Otherwise|But)\b)\p{Lu})[^,;:"“”()]{0,60}?))\s+(?<auxiliary>would|will)\s+(?:(?:also|then|formally|officially|jointly|publicly|again|finally|first)\s+)?(?<verb>be\s+${PAST_PARTICIPLE}|(?!(?:not|never|soon|likely|probably|still|now|only|shortly|each|both|all|be|have|${FORECAST_VERB})\b)\p{Ll}{2,}\b)${NO_ACTS_OBJECT_AFTER}`,
  'du',
);
/**
 * A plan's subject that is a thing told by its article ("the bridge", "the new rules", "a new ferry"), no name ("the Orsk Harbour Board") and no
 * body or people that act (DESCRIBED_DOER: "the council", "the works committee"): in a saying of its own day, a state or a forecast of that thing
 * ("said on Monday that the hospital will run out of beds on Friday", "that the new rules will apply from Friday") more often than an act of a doer.
 */
export const SUBJECT_TOLD_BY_ITS_ARTICLE = new RegExp(String.raw`^(?:[Tt]he|[Aa]n?)\s+(?!(?:[\p{Ll}-]+\s+){0,2}?(?:${DESCRIBED_DOER})${WORD_END})\p{Ll}`, 'u');
/** A "would" or a "will" anywhere in a sentence: a sentence without one is not asked SAYING_BEFORE_A_PLAN nor SAYING_AFTER_A_PLAN. */
export const WOULD = /\sw(?:ould|ill)\s/;
/** A plan's auxiliary anywhere in a sentence: a sentence without one is not asked ACT_PLANNED_OF_A_NAMED_DOER. */
export const PLAN_AUXILIARY = /\b(?:will|to)\s/;
/**
 * What a doer may plan that is no act of its own (acts-of-named-doers.ts), the verb's words at its start:
 * - a gathering ("Shareholders of Norland Telecom will meet on 20 April", "the council convenes on Friday"): the kinds table's meeting rows read
 *   one, and one they leave is no act;
 * - a departure ("Premier Aldo Vance is due to leave Kessel on Friday"): the journey rules read a departure (a trip of the day it is told done
 *   or due that day, none ahead), and a departure told done is no act either;
 * - a telling ("will brief members on Thursday", "will hold a briefing for reporters", "is to host a webinar on the rules"): what is told the
 *   statement rules read, and a telling planned is none yet.
 */
export const PLANNED_NO_ACT = /^(?:(?:re)?(?:meets?|convenes?|gathers?)|leaves?|departs?|briefs?|(?:hold|host|give|run|stage)s?\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:briefings?|webinars?|press\s+calls?))\b/i;
/** A doer's name in the possessive ("Kessel Steel's shareholders will meet …"): the word in -s after it is its noun, no verb told ahead (ACT_AHEAD_OF_A_NAMED_DOER). */
export const NAME_IN_THE_POSSESSIVE = /['’]s$/;
/** A weekday alone as the dates read it, maybe with its part ("Sunday", "Thursday afternoon"): the nearest such day, or the one its tense says, not one the text fixes. */
export const WEEKDAY_ALONE = new RegExp(String.raw`^${WEEKDAY_NAME}(?:\s+(?:${PART_OF_DAY_PATTERN}))?$`, 'i');
/**
 * A sentence whose subject is its day ("Friday was the day I came for.", "Saturday began in the rain."): what the sentences after it
 * in its paragraph tell with no day of their own happened that day, until one reports something (events/extract.ts).
 */
export const DAY_AS_SUBJECT = new RegExp(String.raw`^(?:${WEEKDAY_NAME}|Yesterday|Today)\s+(?:was|were|began|begun|started|brought|opened|dawned)\b`);
/** A weekday's name anywhere in a sentence: only such a sentence can carry a programme's run of weekdays on. */
export const WEEKDAY_WORD = new RegExp(String.raw`\b${WEEKDAY_NAME}\b`, 'i');
const COUNTED_ON_FROM = String.raw`\bthe\s+(?:following|previous|preceding)\s+`;
/** A weekday counted from a day told before it: "the previous Friday", "the following Tuesday", "the preceding Sunday". */
export const COUNTED_WEEKDAY = new RegExp(String.raw`${COUNTED_ON_FROM}(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`, 'i');
/**
 * A time of day told from the happening told before it, opening its sentence ("Earlier in the morning, …", "Later that day, …",
 * "That afternoon, …", "In the evening, …", "Late in the evening, …") or, marked as that day's, inside it ("Gov. Josh Green, speaking …
 * late in the afternoon, called …", "In a last address to the chamber that afternoon, Bayrou warned …"): it has no day of its own
 * ("in the afternoon of 5 May" has), and the paragraph before may name none.
 */
export const TIME_OF_THAT_DAY = /(?:\b(?:(?:later|earlier)\s+(?:in\s+the|that)\s+(?:day|morning|afternoon|evening|night)|(?:late|early)\s+(?:in\s+the|that)\s+(?:morning|afternoon|evening|night)|that\s+(?:morning|afternoon|evening))|^in\s+the\s+(?:morning|afternoon|evening))\b(?!\s+of\b)/i;
/** …one told as later or earlier than what came before it ("Later in the afternoon, …", "Earlier that day, …"): not a happening told before it. */
export const OPENS_WITH_ANOTHER_TIME_OF_THAT_DAY = /^(?:later|earlier)\s+(?:in\s+the|that)\s+(?:day|morning|afternoon|evening|night)\b/i;
/**
 * A plain part of a day inside a paragraph's opening sentence ("chaired an emergency cabinet meeting in the afternoon"): unmarked, it is of the happening told
 * before only when that happening is of the news day or the day before; days-old background ("Ministers met in Brussels on 2 May. \n\n
 * Trump told reporters in the afternoon …") leaves it the news day's.
 */
export const PART_OF_SOME_DAY = /\bin\s+the\s+(?:morning|afternoon|evening)\b(?!\s+of\b)/i;
/** A time of the day told from the story's day, not from the news day: "in the afternoon", "that night", "the same day", "at lunchtime", "hours later". */
const TIME_OF_THE_STORYS_DAY = String.raw`(?:(?:later|earlier|early|late)\s+(?:in\s+the|that|the\s+same)\s+(?:day|${PART_OF_DAY_PATTERN})|within\s+(?:(?:a\s+few\s+)?minutes|the\s+hour|an\s+hour)|(?:(?:later|earlier)\s+)?(?:that|in\s+the|the\s+same|that\s+same)\s+(?:(?:early|late)\s+)?(?:${PART_OF_DAY_PATTERN}|day)|at\s+(?:lunchtime|noon|midday|dusk|nightfall)|by\s+(?:nightfall|evening|late\s+(?:morning|afternoon))|(?:hours|minutes|moments)\s+later)\b`;
/**
 * A time of the story's day opening a clause after the act told before it ("…, and in the afternoon he flies to Beirut", "Hours
 * later, …", "The same day …", "At lunchtime …"): the clause happens on that act's day, whatever its tense.
 */
export const OPENS_WITH_TIME_OF_THE_STORYS_DAY = new RegExp(String.raw`^\s*(?:(?:and|but|then|while)\s+)*${TIME_OF_THE_STORYS_DAY}`, 'i');
/** …or closing it, after its verb: "…, and he flies to Beirut in the afternoon". */
export const CLOSES_WITH_TIME_OF_THE_STORYS_DAY = new RegExp(String.raw`\s${TIME_OF_THE_STORYS_DAY}[\s.!?]*$`, 'i');
/**
 * A time of a day with no day of its own, as the resolver reads it ("noon", "about 06:30", "3.15 p.m.", "mid-afternoon", "dawn"): told of a
 * deed in a story of days before, it is a time of the story's day, not of the day of publication the resolver reads it on. "In the afternoon"
 * is not one of them: after days-old background it stays the news day's (PART_OF_SOME_DAY).
 */
export const TIME_OF_DAY_ALONE = /^(?:(?:about|around|roughly|some)\s+)?(?:\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|local\s+time))?|noon|midday|midnight|dawn|daybreak|dusk|nightfall|sunrise|sunset|mid-?(?:morning|afternoon|evening))$/i;
/** A night read on its first day ("overnight", "last night", "during the night"): it runs into the next morning, whose dawn or noon is that next day's. */
export const NIGHT_INTO_THE_DAY = /^(?:overnight|last\s+night|during\s+the\s+night|in\s+the\s+night)\b/i;
/** A day told by its hours ("at 9.44 on Tuesday morning", "on Tuesday morning", "3.15 p.m."): a story told by that day's clock, which a bare time told after it carries on. */
export const HOURS_OF_A_DAY = new RegExp(String.raw`\b(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\b\.?|noon|midday|midnight|dawn|daybreak|dusk|nightfall|${PART_OF_DAY_PATTERN})\b`, 'i');
/** A weekday or a day counted from a day told before it: "the previous Friday", "the previous day", "the following day". */
export const COUNTED_FROM_A_DAY_TOLD = new RegExp(String.raw`${COUNTED_WEEKDAY.source}|${COUNTED_ON_FROM}day\b`, 'i');
/** …and the words of one that counts back, to a weekday before that day ("the previous Friday", "the preceding Sunday"). */
export const COUNTED_BACK_WORD = /\b(?:previous|preceding)\b/i;
/**
 * A subordinate clause or condition naming an event the reader knows by its noun, which a counted day after it counts from:
 * "If the meeting in Sefid goes well, … the following Tuesday", "Once the summit in Oslo is over, … the following Friday",
 * "After the talks in Doha, … two days later" (group 1: the noun; the sentence must hold no other day to count from).
 */
export const NAMED_IN_SUBORDINATE = /\b(?:if|once|after|when|unless|should|following)\s+the\s+(?:[\p{L}-]+\s+){0,2}?(meetings?|talks|summit|call|visit|round|session|negotiations|conference|consultations)\b/giu;
/**
 * One moment told in two clocks: between the first clock (and the place it is told in) and the second, a comma or a bracket,
 * perhaps "which was" ("at 11 p.m. Kyiv time on Tuesday, 4 p.m. in Washington", "at 1 a.m. on Wednesday in Kyiv, which was
 * 6 p.m. on Tuesday in Washington", "at 12:30 a.m. on Thursday in Tokyo (11:30 a.m. on Wednesday in New York)") …
 */
export const SECOND_CLOCK_BEFORE = new RegExp(String.raw`^(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?(?:\s+${PLACE_TIME})?\s*[,(]\s*(?:(?:which|that)\s+(?:was|is|would\s+be)\s+|or\s+)?(?:late\s+|early\s+)?(?:on\s+)?$`);
/** … and the second clock names its place or zone after it ("… in Washington", "… Moscow time", "… GMT"). */
export const SECOND_CLOCK_AFTER = new RegExp(String.raw`^\s*(?:in\s+[A-Z]|${PLACE_TIME}|(?:${ZONE_ABBREVIATION})\b)`);
/** A part of the day told from the story, not from the publication ("earlier in the day", "later in the day"; "earlier today" is the publication's). */
export const STORY_DAY_PART = /^(?:earlier|later)\s+in\s+the\s+day$/i;
/** A part of the week told from the story's day ("later that week", "earlier the same week"; group: "later" or "earlier"): the days of that week after (before) it. */
export const STORY_WEEK_PART = /^(later|earlier)\s+(?:that|the\s+same)\s+week$/i;
/** An entry of a diary labelled by its weekday ("Thursday: Balkan ministers hold talks in Sarajevo", "Tuesday — the chancellors meet"). */
export const WEEKDAY_LABEL = /^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*(?::|[—–]\s)/;
/** A diary of the days to come: "The diplomatic week ahead", "Coming up this week", "What to watch", "the week's diary". */
export const WEEK_AHEAD = /\b(?:(?:week|days)\s+ahead|coming\s+up|what\s+to\s+watch|look(?:ing)?\s+ahead|the\s+(?:coming|next)\s+(?:week|few\s+days)|(?:diary|agenda|calendar)\s+(?:for\s+)?(?:the|this|next)\s+week)\b/i;
/**
 * A line that is only a day ("Tuesday, March 3, 2026", "3 March 2026"), as live blogs head each day's entries; with its weekday the
 * year may go unsaid, as a newsletter heads the bullets of each day ("Tuesday, March 4", "Monday 3 March", "WEDNESDAY, MARCH 5").
 */
export const DAY_LINE =
  /^(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:\d{1,2}\s+[a-z]+|[a-z]+\.?\s+\d{1,2}))\.?$/i;
/**
 * A question heading an explainer's section by the day it asks of ("What happens on Friday?", "What will happen on Monday?"): the answers below are of
 * that day. Not a question of the days around one ("What comes after Friday?", "What happened before Monday?"), nor a sentence that asks in passing.
 */
export const DAY_QUESTION_LINE = /^(?:What|Who|Where|How)\b(?![^?]*\b(?:after|before|since|until|till|from)\b)[^?.;]{0,40}?\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*\?$/;
/** A line that is only a weekday ("Thursday", "WEDNESDAY"), as a diary heads each day's entry. */
export const WEEKDAY_LINE = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\.?$/i;
/** A paper's headline written as a line of its own ("Quake strikes Vell valley; two hurt as bridge falls"): short, one line, and no full stop at its end. */
export const HEADLINE_LINE = /^[^\n]{1,120}(?<![.!?…]["”’')\]]*)$/u;

/** Names joined by "and" ("hosted Witkoff and Kushner … for talks"): they do not end a clause. */
export const JOINED_NAMES = /\b[A-Z][\w.’'-]*\s+and\s+(?=[A-Z])/g;
/**
 * A verb that sets one happening after or before another ("The Florida meeting followed talks in Geneva a week earlier",
 * "The summit was preceded by two days of talks"): its subject and its object are two happenings, never one.
 */
const SEQUENCE_VERB = String.raw`(?:followed|follows|preceded|precedes)`;
/** The sequence verb of a sentence, where it stands ("The Oslo round followed talks …"). */
export const SEQUENCE_VERB_AT = new RegExp(String.raw`\b${SEQUENCE_VERB}\b`);
/** What ends a trigger's clause before a second trigger: punctuation, "and", a relative clause ("talks … that could lead to the next round"), or a clause about another happening ("held talks on Friday ahead of the BRICS summit", "on the eve of the June 12 summit", "the meeting followed talks in Geneva"). */
export const CLAUSE_BREAK = new RegExp(String.raw`[,;:]\s|\s[—–]\s|\b(?:and|that|which|who|ahead\s+of|on\s+the\s+eve\s+of|prior\s+to|before|after|following|since|until|${SEQUENCE_VERB})\b`);

/** What a gathering went through before the clause tells of it ("The summit, called off last month, is back on"): set off by commas, it is an aside like a relative clause. */
const EARLIER_FORTUNE = String.raw`(?:called\s+off|cancell?ed|postponed|put\s+off|delayed|shelved|scrapped|suspended|announced|proposed|agreed)`;
/**
 * A relative clause set off by commas right after a trigger ("The talks, which had been set for Sunday, were postponed", "The exchange, delayed last week, went ahead"),
 * or a place in apposition ("Her first foreign trip, to Bucharest, is expected later this month"): it interrupts the trigger's own clause.
 */
export const NON_RESTRICTIVE = new RegExp(String.raw`^,\s+(?:(?:which|who|whose|originally|initially|first|${EARLIER_FORTUNE}\s)\b[^,;]{0,80}|(?:to|in|at)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s*`);
/** A second verb joined by "and" to a first ("last met in February and will meet again on Saturday", "spoke by phone on Thursday and agreed to meet", "hosted Erdogan on Thursday and said he might lift sanctions"), also with its own pronoun ("spoke to the envoy this morning and we agreed to stay in touch"), a happening's next step ("was announced in Doha on 15 January and entered into force on 19 January"), or a second call or meeting ("called the regional president on Monday and then met the mayor", "rang the chancellor on Thursday and later spoke to the premier"), or a speech after a welcome ("was welcomed to Windsor by the King on Tuesday and addressed both Houses the same afternoon"): another predicate, with a mood and a date of its own. */
/** An adverb between "and" or "but" and a second verb ("and then met", "but only took effect", "and later spoke"). */
const SECOND_PREDICATE_ADVERB = String.raw`(?:then|now|also|later|afterwards|only|finally|formally|officially|eventually)`;
/** What may stand between "and" and a second verb: an adverb, a pronoun of its own, or both ("and then", "and we agreed", "and she later met"). */
const AFTER_AND = String.raw`(?:${SECOND_PREDICATE_ADVERB}\s+)?(?:(?:we|they|he|she|I)\s+(?:${SECOND_PREDICATE_ADVERB}\s+)?)?`;
const SECOND_PREDICATE = String.raw`\b(?:and|but)\s+${AFTER_AND}(?:will|would|shall|is|are|was|were|has|have|had|could|may|might|plans?|expects?|hopes?|agreed|said|says|announced|urged|pledged|vowed|warned|signed|promised|added|stressed|voiced|invited|thanked|praised|offered|insisted|told|declared|unveiled|accused|met|spoke|talked|called|phoned|rang|hosted|received|visited|addressed|entered|came|took|began|started|ended)\b`;
/**
 * A clause joined by "and" with a subject of its own and a modal of its own ("touched down on Monday and its rover will leave it on Friday",
 * "opened the bridge on Monday and the mayor will close the ferry on Friday", "and Lund might resign"): its mood is its subject's, not the act's before it.
 */
const CLAUSE_OF_ITS_OWN_SUBJECT = String.raw`\band\s+(?:(?:the|its|their|his|her|our)\s+(?:[\w’'-]+\s+){1,2}?|[A-Z][\w’'-]*\s+(?:[A-Z][\w’'-]*\s+)?)(?:will|would|shall|could|might|may)\b`;
/** Where the clause after a trigger ends; a relative clause speaks of what follows the event ("an exchange in which both sides will release …"), and a second predicate of another. */
export const CLAUSE_END_AFTER = new RegExp(String.raw`[,;:]\s|\s—\s|\b(?:which|who|whom|whose|where|that)\b|${SECOND_PREDICATE}|${CLAUSE_OF_ITS_OWN_SUBJECT}`);
/**
 * …and where a past saying after the trigger opens the clause it reports ("At Tuesday's meeting Trump said nothing would change his mind",
 * "At the summit Ruiz told reporters she would sign"): the reported words are the saying's, and their plan is no plan of the trigger's. Not a
 * saying whose plan is the trigger's own, told in a relative clause with no "that" ("the talks Ruiz said would open on Monday").
 */
export const REPORTED_CLAUSE_AFTER = /\b(?:said|told\s+(?:him|her|them|us|me|reporters|journalists|supporters|\p{Lu}[\p{L}’'-]*))\s+(?!(?:would|will|shall|could|might|should|may|was|were|is|are|had|has|have|to|be)\b)/u;
/** A date right before a second predicate closes the clause of a trigger before it: the triggers after it are the second verb's. */
export const COORDINATED_PREDICATE = new RegExp(String.raw`^\s*,?\s*${SECOND_PREDICATE}`);
/** The words from a date up to a trigger that opens the second predicate itself ("met Vell in Orsk on Monday and then flew on to Lusk", "meets the premier on Monday and flies on to Kessel"). */
export const AND_BEFORE_TRIGGER = new RegExp(String.raw`^\s*,?\s*and\s+${AFTER_AND}$`);
/**
 * A second predicate of the same subject opened after a comma or "and"/"but": by an adverb of sequence (", then halved it", "and then flew", ", and
 * then she met", ", then on 9 April cut it", "and later halved it", ", later halving it", ", only to halve it"; not an office held then, ", then a
 * senator,", ", then-president", nor "then the", which may be one too), or by a verb in the past taking a pronoun ("and halved it", ", but lifted them").
 */
export const SEQUEL_OPENS = /(?:,\s+(?:and\s+|but\s+)?|\s+(?:and|but)\s+)(?:(?:then|later|afterwards|subsequently|eventually|only\s+to)\s+(?:(?:we|they|he|she|it|I)\s+)?(?!(?:a|an|the|still)\b)\p{Ll}|(?:(?:we|they|he|she|I)\s+)?\p{Ll}+ed\s+(?:it|them)\b)/u;
/** A second predicate of the same subject its own day opens (", and on 9 April halved it", "but in May he lifted them"): the words from "and"/"but" to the day… */
export const AND_BEFORE_ITS_DAY = /,?\s+(?:and|but)\s+(?:then\s+|later\s+)?(?:(?:on|in|at|by)\s+)?$/;
/** …and the second verb right after the day: a pronoun subject and its verb, or a verb in the past. */
export const SECOND_VERB_AFTER_ITS_DAY = /^,?\s+(?:(?:we|they|he|she|I)\s+\p{Ll}|\p{Ll}+ed\b)/u;
/** "hold talks there", "meet him there on arrival": a gathering held where the sentence before went. */
export const THERE_AFTER = /^[^.;,]{0,60}?\bthere\b/i;
/** A sentence opening at a place ("From Kyiv they telephoned President Trump", "In Ostby, she called the premier"): what it tells was done there; the place is group 1. */
export const AT_PLACE_OPENING = /^(?:From|In|While\s+in|Once\s+in)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),?\s/;
/** Where an arrival leaves its travellers, in the words of what they did there: "met the couple on the tarmac", "greeted him on arrival", "after landing", "at the foot of the aircraft steps". */
export const AT_THE_ARRIVAL = /\b(?:on|at)\s+the\s+(?:tarmac|runway|airport|airfield|(?:foot|bottom)\s+of\s+the\s+(?:aircraft\s+|plane['’]s\s+|plane\s+)?steps)\b|\b(?:on|upon)\s+(?:(?:his|her|their|its)\s+)?(?:arrival|landing)\b|\bafter\s+(?:landing|touching\s+down)\b/i;
/** "From there the motorcade went on to the harbour, where …": what the sentence tells went on from where the happening before it was. */
export const FROM_THERE_OPENING = /^From\s+there\b/;
/** A relative clause telling what happened on a trip or a visit ("Witkoff's August visit to Moscow, where he met Putin", "where he was to hold trade talks"). */
export const JOURNEY_NOUN = /^(?:visit|trip|journey)$/i;
export const ON_THE_JOURNEY = /^[^;,]*,\s+where\s+(?:[\w’'-]+\s+){0,5}$/;
/** A verb in the present that schedules ("the summit, which opens on Monday", "talks, which resume on Friday"): what it tells is ahead. */
export const SCHEDULED_PRESENT = /\b(?:opens|begins|starts|runs|closes|resumes|convenes|reconvenes|(?:takes|take)\s+place|(?:is|are)\s+held)\b/i;
/** A trigger that is the verb of a relative clause ("the war, which began on 13 June", "Umerov, who met Witkoff on Monday"): what it tells is said of the noun before it, as background. */
export const RELATIVE_CLAUSE_VERB = /,\s+(?:which|that|who)\s+(?:had\s+)?[\w-]+$/i;
/** A relative clause set off by commas ("The talks, which ended on Friday, produced a deal", "postponed his trip to Washington, planned for Thursday, as …", "The summit, called off last month, is back on"): a date in it tells of the noun before it. */
export const RELATIVE_ASIDE = new RegExp(String.raw`,\s+(?:which|who|(?:(?:originally|initially|first)\s+)?(?:planned|scheduled|set|slated|due|expected)\s+(?:for|on|to)\b|${EARLIER_FORTUNE}\s+(?:\w+\s+)?(?:last|this|earlier|on|in)\b)[^,;]*(?:,|$)`, 'g');
/**
 * A relative clause on a place whose subject is a happening, from ", where the" to its clause's end ("stops at the port of
 * Beirut, where the explosion of 4 August 2020 killed …"): the happening is the place's, and who acts in the main clause
 * takes no part in it (`HAPPENING_OPENS_WHERE_CLAUSE`: the trigger is that subject); "…, where she met the mayor" is her act.
 */
export const WHERE_CLAUSE = /,\s+where\s[^,;—–]*/g;
export const HAPPENING_OPENS_WHERE_CLAUSE = /^,\s+where\s+(?:the|a|an|its|this|that)\s+(?:[\p{L}’'-]+\s+){0,2}$/u;
/** …one whose subject is a noun of its own ("…, where the explosion of August 2020 killed …"), not the main clause's actor again ("…, where she met …"): its date is its own verb's. */
export const WHERE_CLAUSE_OF_ITS_OWN = /^,\s+where\s+(?:the|a|an|its|this|that)\s/;
/**
 * A relative clause on a place set off by commas right before its sentence's verb ("The area around the World Forum, where the
 * summit meets on Wednesday, has been closed to traffic since Friday"): the place is what the sentence tells of, and what the
 * clause says is held there is told in passing (the mention's `inPassing`), from ", where" to the verb.
 */
export const PLACE_ASIDE_BEFORE_VERB = /^,\s+where\s[^,;—–]*,\s+(?:has|have|had|is|are|was|were|will|would|remains|remained|stays|stayed)\b/;

/** A boundary that no date reaches across to a trigger: a semicolon or a dash. */
export const STRONG_BOUNDARY = /;\s|\s[—–]\s/;
/** An aside set off by a pair of dashes ("On 2 April — \"Liberation Day\", as the White House called it — Trump put …"): its dashes part no clause from the words around it. */
export const DASH_ASIDE = /\s[—–]\s[^—–;.]+?\s[—–]\s/g;
/** A comma between the scores of a match's sets ends no clause ("beat Alcaraz 4-6, 6-4, 6-4 this afternoon"). */
const NOT_BETWEEN_SCORES = String.raw`(?!(?<=\d[-–]\d{1,2}),\s\d{1,2}[-–]\d)`;
/** Any clause boundary: a comma, colon, semicolon or dash. */
export const CLAUSE_BOUNDARY = new RegExp(String.raw`${NOT_BETWEEN_SCORES}[,;:]\s|\s[—–]\s`);
/** A boundary that opens a clause of its own after a whole one: ", and", ", but", a semicolon ("approved it overnight, and the ceasefire took effect …"). */
export const NEXT_CLAUSE_JOIN = /,\s+(?:and|but)\s|;\s/;
/**
 * A place's description set off by commas after the town it describes ("landed in Ankara, Turkey's capital, last Thursday and met …",
 * "met Putin in Geneva, the Swiss city, on Thursday"): its commas end no clause either.
 */
export const PLACE_IN_APPOSITION = /(?<=\b(?:in|to|at|from)\s+\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?),\s(?:the\s|\p{Lu}[\p{L}-]*[’']s\s)(?:[\p{L}-]+\s){0,2}(?:capital|city|town|port|village|region|province|resort|island)(?:\s+of\s+\p{Lu}[\p{L}-]*)?,\s/gu;
/**
 * A name set off by commas after the office or noun it names ("received by the Oberlinde mayor, Henrike
 * Sautter, on Tuesday", "met her counterpart, Irena Pavlek, in Veldora"), or after an office of a named place ("called the President of
 * the Region, Dario Fontana, on Monday", "met the Governor of Kharkiv, Oleh Syniehubov, in Kyiv"), or after an office written as a
 * title ("hosted Micronesia's President, Ricky W. Alokoa, in Koror", "Bolivia's Minister of Foreign Affairs, Luisa Ortega, met"):
 * its commas end no clause. A name's particles and initials are its own ("Verónica Salazar de Andrade", "J. K. Mensah").
 */
export const NAME_IN_APPOSITION = new RegExp(
  String.raw`(?<=\b\p{Ll}[\p{L}-]*|\b(?:[Pp]resident|[Gg]overnor|[Mm]ayor|[Mm]inister|[Pp]remier|[Pp]refect|[Cc]hair(?:man|woman)?|[Hh]ead|[Ss]peaker|[Ss]ecretary|[Ll]eader)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*|\b${OFFICE_AS_TITLE}),\s(?:\p{Lu}[\p{L}’'.-]*\s|${JOINING_PARTICLES}\s){0,4}\p{Lu}[\p{L}’'.-]*,\s`,
  'gu',
);
/**
 * An office set off by commas after the name of its holder, told as someone's ("choosing Sébastien Lecornu, his defence minister, to lead the
 * government on Tuesday evening", "met Vera Lind, her deputy, in Orsk"): its commas end no clause, as a name's after its office do not.
 */
export const OFFICE_IN_APPOSITION = new RegExp(String.raw`(?<=\b\p{Lu}[\p{L}’'-]*),\s(?:his|her|their|its)\s(?:[\p{Ll}-]+\s){0,2}(?:${OFFICE_NOUN_ANY_CASE}|counterpart|deputy),\s`, 'gu');
/** The subordinators of a clause of time telling an earlier happening, whose verbless tail is its own (TAIL_OF_A_TIME_CLAUSE). */
export const TIME_CLAUSE_OPENS = /^(?:after|following)\s/i;
/** …not "following" as an adjective after its article ("The following week, the governors held …"). */
export const ADJECTIVE_ARTICLE_BEFORE = /\bthe\s+$/i;
/**
 * A verbless phrase closing the sentence after a clause of time, which it goes on describing ("after his party lost its majorities in both
 * houses, the upper house in July."): its date is that clause's happening's, not the main act's. A phrase with a verb of saying, or any
 * finite verb, is a clause of its own ("…, the ministry said on Monday").
 */
export const TAIL_OF_A_TIME_CLAUSE = new RegExp(String.raw`^,\s+(?:the|its|their|his|her)\s+(?![^,;:—]*\b(?:is|are|was|were|has|have|had|will|would|says|\p{Ll}+ed|${IRREGULAR_PAST})${WORD_END})[^,;:—]*?[.!?]?\s*$`, 'u');
/** Where a subordinate clause ends, and the clause before a continuation ("…, and the two sides would reconvene"): a comma, semicolon or dash, not a colon. */
export const CLAUSE_END = new RegExp(String.raw`${NOT_BETWEEN_SCORES}[,;]\s|\s[—–]\s`, 'g');

/** Words between a duration and a trigger that show the duration belongs to something else ("a 30-day ceasefire at talks"). */
export const OTHER_HEAD = /\b(?:at|in|on|for|with|to|after|before|during|from|by|and|amid|over|ceasefire|truce|pause|moratorium|deadline|halt|ultimatum)\b|[,;]/i;
/**
 * Words that go on after a noun heading its phrase, never a noun it qualifies: a preposition, a conjunction or a time ("the
 * presidency of the bloc", "the chairmanship on 1 April", "the presidency today"; not "the presidency suite").
 */
export const AFTER_A_HEAD_NOUN = String.raw`(?:of|to|from|on|in|at|for|and|or|with|until|this|next|when|after|before|as|by|early|late|later|today|tomorrow)\b`;
/** Qualifiers that describe a state of affairs, not when something happened ("pre-2014 borders"). */
export const NOT_WHEN = new Set(['before', 'after', 'by']);

/** A strike "on" or "against" a person is a verbal attack ("kept up his attacks on Zelensky"). */
export const AT_PERSON = /^\s+(?:on|against)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+|leader\s+){0,3}$/;
/** A country after these words is what the event is of, in or about, not a side of it ("the war in Ukraine", "talks on Ukraine"). */
export const NOT_A_SIDE_BEFORE = /\b(?:of|in|into|to|for|across|against|on)\s+(?:the\s+)?$/i;
/** …but one an office is handed to, right after the trigger and the office, is the handover's other side ("hands the chairmanship to the Philippines", "passed the presidency on to Estmark"). */
export const OFFICE_HANDED_TO_BEFORE = /^\s*(?:over\s+|on\s+)?(?:the|its|their)\s+(?:rotating\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:presidency|chairmanship|chair)\s+(?:on\s+)?to\s+(?:the\s+)?$/;

/** An act that ends a gathering, told as done ("ended", "wrapped up"): ENDING's, and what CONTRASTED_ACT_BEFORE leaves to the event's own day. */
const ENDED = String.raw`wrapped\s+up|wound\s+up|ended|concluded|closed|finished|completed|adjourned|rounded\s+off`;
/** An act that opens a gathering or opens it again, told as done ("opened", "reconvened"). */
const OPENED = String.raw`opened|started|resumed|reconvened`;
/**
 * A clause ", but" opens with an act in the past of a subject of its own, running on to a date with no comma: "…, but the Chinese
 * side shortened it to one in June", "…, but the speaker put it off on Monday". Not a pronoun's act or a passive, which may tell the
 * event's own new day ("…, but it was moved to Friday", "…, but were postponed until March"), nor a day the act moves the event to
 * ("…, but the mediators moved them to Friday"), nor the day an act opens or ends the event itself ("…, but the mediators ended them early on Monday").
 */
export const CONTRASTED_ACT_BEFORE = new RegExp(String.raw`,\s+but\s+(?:the|a|an|its|their|his|her|our|[A-Z][\w’'-]*)\s+(?:(?!(?:was|were|been|being|is|are|be|had|has|have|it|they)\b)[\w’'-]+\s+){0,3}?(?:(?!(?:${ENDED}|${OPENED})\b)\w{2,}ed|put|cut|set|split|brought|made|gave|took)\s+(?!(?:by|that)\b)[^,;.]*(?<!\b(?:to|until|till|for|from)\s+)$`);

/** A topic between a trigger and a relative clause set off after it ("statement on the war, which began …", "to discuss the border, which …"): the clause tells of the topic's noun. */
export const TOPIC_BEFORE_ASIDE = /\b(?:on|about|over|regarding|concerning|discuss(?:ed|es|ing)?)\s+(?:the|a|an|its|their|his|her)\s+[^,;.]*$/i;
export const TOPIC_BEFORE = /\b(?:on|about|over|regarding|concerning|to\s+discuss|discuss(?:ed|es|ing)?)\s+(?:(?:a|an|new|possible|further|another|future|planned|proposed|potential|fresh|prisoner|wider|broader)\s+)*$/i;

/** From a saying to a gathering of its speakers' own it follows: "told reporters after their meeting", "said following his talks with", "spoke to journalists at the end of her visit". */
export const SAID_AFTER_OWN = /^(?:said|says|told\s+(?:reporters|journalists|the\s+press)|spoke\s+to\s+(?:reporters|journalists|the\s+press))\s+(?:after|following|at\s+the\s+end\s+of)\s+(?:their|his|her)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * From a saying to an event its speaker tells of as their own, their pronoun its subject: "told
 * reporters she planned to call", "told the radio on Tuesday that he would hold talks", "said we will
 * meet". Only helping and planning words stand between the pronoun and the event ("she knew of the
 * meeting" is no such telling).
 */
export const SPEAKER_SUBJECT_AFTER_SAYING = /^(?:said|says|told|tells|announced|announces|confirmed|confirms|added|adds|wrote|writes)\b(?:\s+(?!that\b|he\b|she\b|we\b)[\p{L}’'-]+){0,4}?\s+(?:that\s+)?(?:he|she|we)\s+(?:(?:had|has|have|would|will|shall|was|is|were|are|be|been|planned|plans|planning|intended|intends|intending|hoped|hopes|hoping|expected|expects|wanted|wants|going|due|about|to|also|again|soon|later|then|just|already|shortly|personally|hold|held|pay|paid|make|made|take|took)\s+){0,5}$/iu;

/**
 * A pronoun subject after the day its sentence leads with, with or without a comma ("On 19 August he", "Earlier on
 * Monday she"), or after that day in a second predicate of a sentence the same pronoun opens ("He stayed away in July,
 * and on 19 August he"): the one the pronoun opening a sentence would be.
 */
const DAY_LED = String.raw`(?:[Oo]n|(?:[Ee]arlier|[Ll]ater?)\s+on)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,?\s+`;
const PRONOUN_AFTER_A_LEADING_DAY = ['he', 'she']
  .map((p) => String.raw`(?:${p[0]!.toUpperCase()}${p.slice(1)}\s+[^.;:"“”]{1,120}?,?\s+(?:and|but)\s+)?${DAY_LED}${p}`)
  .join('|');

/** A quotation of at least a few words closed by its speaker's pronoun: "“Our stocks will last until June,” he". */
const QUOTE_CLOSED_BY_PRONOUN = String.raw`[“"][^“”"]{12,}[,?!][”"]\s+(?:he|she)`;

/**
 * A sentence whose speaker is only a pronoun takes the speaker the sentence before it, in its
 * paragraph, names: each row says what this sentence must show (`here`, read from the sentence's
 * start) and, where it matters, what the sentence before must (`before`). What the speaker is
 * carried to differs by row: the statement's person, or the statement before's quotation.
 */
export interface CarriedSpeaker {
  /** The sentences it is for. */
  example: string;
  here: RegExp;
  before?: RegExp;
}

export const SPEAKER_CARRIED_ACROSS = {
  /**
   * A telling whose subject is only a pronoun opening its sentence ("He told reporters", "On
   * Monday, she told journalists"), or after the day it leads with (PRONOUN_AFTER_A_LEADING_DAY), or following the scene it opens with ("Hours later he posted a
   * message", SAID_IN_THE_STORYS_SCENE), or closing the quotation the sentence opens with: its speaker
   * is the one named first before. `here` is read up to the telling's verb.
   */
  pronounTeller: {
    example: 'Prime Minister Jonas Erikstad visited fishermen in Tromso on Monday. He told reporters that …',
    here: new RegExp(String.raw`^(?:(?:[A-Z][^,.;:"“”]{0,40},\s+)?(?:He|She)|${PRONOUN_AFTER_A_LEADING_DAY}|${SAID_IN_THE_STORYS_SCENE.source.slice(1)}\s+(?:he|she)|${QUOTE_CLOSED_BY_PRONOUN})\s+(?:(?:also|later|then|again|had|has)\s+)?$`),
  },
  /**
   * A sentence that is a quotation its speaker's pronoun closes, after a statement whose sentence
   * says only how its speaker spoke and of what (a verb that says nothing, a short object, perhaps
   * when or where): the quotation is what that statement said.
   */
  quotationOfContentless: {
    example: 'Trump emphasized urgency. “Ukraine better come to the table fast,” he said.',
    here: new RegExp(String.raw`^${QUOTE_CLOSED_BY_PRONOUN}\s+(?:said|added|continued|went\s+on|told\s+[\w ]{3,30})\b[^“”"]*$`),
    before: new RegExp(String.raw`\b${EMPTY_SAYING_VERB.source.slice(1, -1)}\s+(?:(?!that\b)[\w’'-]+\s+){0,4}?(?!that\b)[\w’'-]+(?:\s+(?:on|in|at|last|this)\s+[\w’'-]+){0,2}[.!]?$`),
  },
} satisfies Record<string, CarriedSpeaker>;

/**
 * A sentence whose speaker declines or defers to speak ("would not be drawn on his future", "declined
 * to comment on the talks", "refused to say", "sidestepped questions about the transfer"): the saying
 * a pronoun's next sentence tells begins there (speakerNamedBefore).
 */
export const DECLINED_TO_SPEAK = /\b(?:(?:would|could|will|did)\s+not|(?:wouldn|couldn|won|didn)['’]t|declin(?:es|ed|ing)\s+to|refus(?:es|ed|ing)\s+to)\s+(?:be\s+drawn|comment|say|speak|speculate|elaborate|discuss|answer)\b|\b(?:sidestep(?:s|ped|ping)|dodg(?:es|ed|ing)|deflect(?:s|ed|ing)|brush(?:es|ed|ing)\s+(?:off|aside))\s+(?:a\s+|the\s+)?questions?\b/i;

/** The diarist as the subject of the verb that follows ("whom I met again at Northwood", "we waited at the gate"): the writer's own doings, no news of the entry's day. */
export const DIARIST_BEFORE = /\b(?:I|[Ww]e)\s+(?:\p{Ll}+ly\s+|had\s+|have\s+|then\s+|also\s+)?$/u;
/**
 * A sentence that opens a quotation in the first person ("\u201cI spoke with President Erdoğan on
 * Friday.", "\"Had a good call with Keir Starmer last night.", "\u201cToday we met …"): what it
 * reports, its author did.
 */
export const FIRST_PERSON_QUOTE = /^\s*["“]\s*(?:(?:[A-Z][\w’'-]*\s+){0,3}?(?:I|[Ww]e)\b(?!['’]d\b)|(?:Had|Held|Spoke|Met|Just\s+(?:had|spoke|met))\b)/;
/** A platform a writer puts a saying out on, by its name ("Truth Social", "X", "Telegram") or as the writer's own channel ("his social network", "her Telegram channel", "its website"). */
const PLATFORM_NAME = String.raw`(?:Truth\s+Social|X|Telegram|Facebook|Instagram|Weibo|VK|Bluesky)`;
const OWN_CHANNEL = String.raw`(?:social\s+(?:network|media\s+account)|channel|account|website|page|feed|blog)`;
export const PLATFORM = String.raw`(?:(?:his|her|its|their)\s+(?:own\s+)?(?:(?:official|personal|${PLATFORM_NAME})\s+)?${OWN_CHANNEL}|${PLATFORM_NAME}(?![\w-])|social\s+media)`;
/**
 * The channel a saying went out on, between its verb and its day ("repeated that on the radio this morning", "said on state television on Monday",
 * "wrote on X on Friday"): the day is the saying's. A broadcaster named ("told the BBC") is whom it was told to (REPORTING).
 */
export const SAYING_CHANNEL = String.raw`on\s+(?:(?:(?:the|state|national|public|local)\s+)?(?:radio|television|TV|airwaves)\b|${PLATFORM})`;
/** A news conference by its noun, wherever a rule reads one (SAYING_OCCASION, JOINT_OCCASION, OWN_NEWS_CONFERENCE). */
export const NEWS_CONFERENCE = String.raw`(?:news|press)\s+conference`;
/**
 * An occasion only a saying is made at, by its noun ("speech", "news conference", "press briefing", "televised address", "address to the nation",
 * "joint appearance"): a bare "address" may be a house's ("at the same address") and a bare "appearance" a player's or a defendant's ("In her
 * first appearance on Sunday, Rell won the 400 metres").
 */
const OCCASION_OF_A_SAYING = String.raw`(?:speech|${NEWS_CONFERENCE}|(?:press|news)\s+briefing|joint\s+appearance|(?:televised|radio)\s+address|address(?=\s+to\b))`;
/** The setting "in", "at" or "during" an occasion gives what is told in its clause ("In her speech in the Castle yard", "during his news conference"). */
const SETTING = (occasion: string): string => String.raw`\b(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?${occasion}\b`;
/**
 * The occasion a saying was made at, told as its setting ("In her speech in the Castle yard", "at a press conference on the flight back",
 * "In the same address", "at the joint appearance"): the one reader of that setting where a saying is already read; a bare "address" or
 * "appearance" is one there.
 */
export const SAYING_OCCASION = SETTING(String.raw`(?:${OCCASION_OF_A_SAYING}|address|appearance)`);
/** The verbs a saying's setting may follow ("said in a speech on Tuesday", "told reporters at a news conference"): there the setting is read as the verb's form, not as a trigger of its own. */
export const SAID_BEFORE_ITS_SETTING = String.raw`(?:${SAYING_WORDS}|${PRESSING_SAYING_WORDS}|declared|told\s+\w+)`;
/** The participle that put out a saying's form, between the form and its day ("said in a statement issued on Monday", "in a post published late on Friday"): the day is the saying's. */
export const FORM_PUT_OUT = String.raw`(?:issued|released|published|posted|given)`;
/**
 * A saying told as made in public, whatever its day ("Tusk said openly that …", "He stood next to Tusk and said …", "said at the joint
 * press conference", "In his speech to supporters, Dan said …", "wrote on social media"): words its speaker put before the public at the
 * happening told before it, not words across a table a readout recounts ("Ramaphosa said that South Africa values its partnership with China").
 */
export const SAID_IN_PUBLIC = new RegExp(String.raw`\b(?:openly|publicly|in\s+public)\b|\b(?:stood|standing|sat|sitting)\s+(?:next\s+to|beside|alongside)\b|${SAYING_OCCASION}|\b[Ii]n\s+front\s+of\s+(?:the\s+)?(?:cameras|reporters|journalists|press)\b|\b(?:wrote|posted|said)\s+${SAYING_CHANNEL}`);
/**
 * A saying told as made right after the happening told before it ("In a joint statement afterwards they said …", "He then told reporters …",
 * "After the talks, Putin said …", "Before he left, the President told reporters …"), read up to the saying's verb: what stands after it is
 * what was said, whose own times these are ("said that after the war the harbour had been rebuilt", "would run again once the storm passed").
 * "Then" is the saying's only before its verb ("He said he would then call Zelensky" is a plan), and "then-president" names an office.
 */
const RIGHT_AFTER = String.raw`\b(?:[Aa]fterwards?|moments\s+later)\b|^Then\b(?!-)|\bthen\s+(?:${SAYING_WORDS}|told|wrote|${PRESSING_SAYING_WORDS})\b|\b(?:[Aa]fter|[Oo]nce)\s+(?:the|their|his|her|its)\s+[\w-]+|\b[Bb]efore\s+(?:he|she|they)\s+(?:left|went|flew)\b`;
export const SAID_RIGHT_AFTER = new RegExp(RIGHT_AFTER);
/** A verb of saying told as done ("said", "wrote", "announced", "told"), not in the present of a standing position ("says", "insists"): a regular past, which no "-eed" present ("need", "proceed") is. */
const TOLD_AS_DONE = String.raw`said|told|wrote|made\b|\p{Ll}+(?<!e)ed`;
/** Whom a saying was told to right after its verb, the press ("told reporters", "said to journalists", "told the media"): words put before the public, no readout's. */
const TO_THE_PRESS = String.raw`\s+(?:to\s+)?(?:reporters|journalists|the\s+(?:press|media))\b`;
/** A saying told as done to the press, read from its verb ("told reporters", "said to journalists"; not "says"). */
export const SAID_TO_THE_PRESS = new RegExp(String.raw`^(?:${TOLD_AS_DONE})${TO_THE_PRESS}`, 'u');
/**
 * …or told so right after its verb, past whom it was told to or the form it was put out in ("said afterwards that …", "told reporters after
 * the meeting", "said in a statement released after the signing", "radioed once the engines shut down").
 */
export const SAID_RIGHT_AFTER_ITS_VERB = new RegExp(String.raw`^(?:${TO_THE_PRESS}|\s+in\s+(?:an?|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:statement|post|message|briefing)(?:\s+${FORM_PUT_OUT})?)?,?\s+(?:${RIGHT_AFTER})`);
/** After its verb, a saying told as an aside between commas ("Then as now, Rell said, the port was …"): what stands before its speaker is what was said. */
export const SAID_AS_AN_ASIDE = /^\s*,\s*(?!["“‘])/;
/**
 * What a saying with no day tells of a happening told before it, its people as its subject ("the two sides had agreed to keep working",
 * "the teams discussed …", "The two leaders confirmed that …"): an account of that happening, no statement of its own.
 */
export const ACCOUNT_OF_THE_HAPPENING = /\b(?:the\s+two(?:\s+(?:sides|leaders|men|women|ministers|presidents|delegations|teams|countries|governments))?|both\s+sides|the\s+(?:parties|teams|negotiators|delegations|sides))\s+(?:had\s+|have\s+|would\s+)?(?:also\s+)?(?:agreed|discussed|confirmed|went\s+through|talked|spoke|exchanged|reached)\b/i;
/** Words said opening their sentence, the speaker after them ('"I think this is the biggest deal ever made," Trump said'): a voice of the scene just told, no news of its own. */
export const OPENS_WITH_QUOTATION = /^\s*["“]/;
/** A saying told to the writer ("He told me afterwards, in a hallway, that …"): the writer's own interview, not words put before the public. */
export const TOLD_THE_WRITER = /\btold\s+(?:me|us)\b/;
/** An occasion two or more spoke at together ("At a brief joint appearance afterwards, Trump said …"): a saying there is more of the one told before at it. */
export const JOINT_OCCASION = new RegExp(String.raw`\bjoint\s+(?:appearance|${NEWS_CONFERENCE})\b`);
/** A saying told back in the perfect, right before its verb ("Takaichi has said", "had denied at first"): words from before the story, of no scene it tells. */
export const TOLD_BACK_BEFORE = /\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+|long\s+|always\s+|never\s+)?$/;
/** A verb of saying told as done (TOLD_AS_DONE). */
export const SAYING_TOLD_AS_DONE = new RegExp(String.raw`^(?:${TOLD_AS_DONE})\b`, 'u');
/** A document of before the story a saying is read from ("in its last annual report", "in his 2049 memoir"). */
const PAST_DOCUMENT = String.raw`in\s+(?:its|his|her|their|an?)\s+(?:(?:last|previous|earlier|first|\d{4})\s+(?:[\w-]+\s+)?(?:report|filing|statement|letter|interview|accounts|book)|(?:[\w-]+\s+)?(?:memoirs?|autobiography|book))`;
/**
 * A saying its own sentence puts at a time the story told before, or in a document of before it ("Back then, Vell said", "Vell once said",
 * "Vell said then that …", "said at the time", "said in its last annual report"): no voice of the day's news. Before the verb, and right after it
 * (after the audience "told" names). "At the time of" names a time of its own; "once" after the verb is a conjunction ("would pay once the ruling …").
 */
export const SAYING_AT_ANOTHER_TIME = {
  before: new RegExp(String.raw`\b(?:back\s+then|at\s+the\s+time(?!\s+of)|${PAST_DOCUMENT})\b|\bonce\s+$`, 'i'),
  after: new RegExp(String.raw`^,?\s+(?:then|back\s+then|at\s+the\s+time(?!\s+of)|${PAST_DOCUMENT})\b`, 'i'),
};
/** The speaker put after the words, with a noun of its own (", his sister said", ", a government spokesman said"): no name in the words is the speaker. */
export const SPEAKER_AFTER_THE_WORDS = /,\s+(?:his|her|their|its|a|an|the)\s+[^,.;]*$/;
/**
 * A body in the possessive opening a person's apposition, up to the verb ("Ines Marr, the Board's vice-president for ports, said"): the
 * body names the speaker's office; the speaker is the person before the comma. What stands from the person's end to the body, and from the body's end to the verb.
 */
export const OFFICE_IN_AN_APPOSITION = { opening: /^,\s+(?:the\s+)?$/, rest: /^['’]s\s[^,;]{1,80},\s+$/ };
/** The body or place an office is of, in the possessive before it ("Orsk's governor", "the Harbour Board's director"). */
export const OFFICE_HOLDER = /\b(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]s\s+(?:[a-z-]+\s+){0,3}[a-z-]+/gu;
/** An office in the possessive opening the subject, its holder named after it ("Orsk's governor, Tomas Vell, said", "Vell Corp's chief executive Ana Ruiz said"); not a clause's object before the subject ("After the Harbour Board's decision, Ines Marr said"). */
export const OFFICE_BEFORE_ITS_HOLDER = new RegExp(String.raw`^(?:the\s+)?${OFFICE_HOLDER.source},?\s+$`, 'u');
/** A speaker told by an indefinite noun opening its clause, a relative clause perhaps after it ("One engineer who worked on the camera told", "…," another shopper told): someone the writer does not name. */
export const INDEFINITE_VOICE = /(?:^|[,;:—–][”"’']?\s+)(?:one|another|an?)\s+(?:[\w’'-]+\s+){0,5}?(?:(?:who|whose)\s+[^,;.]{0,80}?\s+)?$/i;
/**
 * A verb of saying whose hearer is the writer alone ("told me in Halle last month", "said to me over lunch", "told this columnist"): a column's own anecdote,
 * no statement of the day's news; an interview the writer held ("told me in an interview on Tuesday") is one.
 */
export const TOLD_TO_THE_WRITER = /^(?:told|said\s+to|confided\s+to|wrote\s+to)\s+(?:me|this\s+(?:writer|columnist|correspondent))\b(?![^.;]{0,40}?\binterview\b)/i;
/**
 * A saying whose subject is only "he" or "she" opening the sentence, or following the scene it opens with ("In front of the cameras he said",
 * "Aboard the plane home she said", SAID_IN_THE_STORYS_SCENE, as SPEAKER_CARRIED_ACROSS.pronounTeller reads it), a verb of its own at most
 * before the saying's ("He stood next to Tusk and said"): the speaker is named before.
 */
export const PRONOUN_SPEAKER = new RegExp(String.raw`^(?:He|She|${SAID_IN_THE_STORYS_SCENE.source.slice(1)}\s+(?:he|she))\s+(?:\w+\s+(?:[\w-]+\s+){0,4}and\s+)?$`);
/** A pronoun before the first name of the sentence a speaker is carried from ("On Wednesday she received Ivo Dann"): its subject, named further back; the name is none. */
export const PRONOUN_BEFORE_THE_NAME = /\b(?:[Hh]e|[Ss]he)\b/;
/** What a writer puts out on one as a saying: words quoted, or a message told by its noun ("a message", "a long post", "a text message", "a statement", "a letter"). */
export const WRITTEN_SAYING = String.raw`(?:["“][^"”]{1,200}["”]|(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:message|post|statement|letter|note)\b)`;
/** A message posted is put out on a platform even when none is named ("posted a text message from the minister"); a letter posted is mailed, troops posted are sent. */
export const POSTED_MESSAGE = String.raw`posted\s+(?:a|an)\s+(?:(?:text|video|long|short|brief)\s+)?(?:message|post)\b`;
/** The words after a quotation closes that put it to its author ("…,” Zelensky wrote on Telegram", "…" the president said). */
export const QUOTE_AUTHOR_AFTER = /[”"]\s*,?\s+([^”"“]{1,80}?)\s+(?:wrote|writes|said|says|posted|tweeted|added)\b/;
/**
 * Bodies away from diplomacy that speak as one ("The union said on Monday", "the two companies announced"), but never the object of a
 * preposition that ends a subject of people ("Passengers on board said", "Fans of the union said"): those are the people speaking.
 */
const BODY_SPEAKER = String.raw`(?<!\b(?:on|of)\s+(?:the\s+)?)(?:compan(?:y|ies)|firms?|unions?|board|regulators?|commission|council|authorit(?:y|ies)|court|railroads|railways)`;
/**
 * A group of people who speak as one side of the news, named by what they are ("Several players criticised the deal", "Scientists at the Met Office warned"); not those who only comment on it ("analysts", "experts", "observers"),
 * but for observers a body sent ("Observers from the Organization of American States said", "observers of the OSCE mission"): its mission's voice. A capitalised
 * word after "of" that goes on to a noun of its own ("Observers of Chinese politics", "of the Kessian economy") is what they watch, not who sent them.
 */
const GROUP_SPEAKER = String.raw`(?:players|athletes|scientists|researchers|investigators|observers(?=\s+(?:from\s+(?:the\s+)?(?-i:[A-Z])|of\s+(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?![\w’'.-]|\s+(?!(?:of|for|on|in|mission|delegation)\b)(?-i:[a-z])))))`;
/**
 * Nouns of speakers that are no one's name: an institution or its voice ("the foreign ministry", "a Kremlin spokesman", "officials", "the presidency"), a palace speaking for whoever it houses as the Kremlin does ("Buckingham Palace announced", "the palace said"),
 * a ruling junta ("Myanmar's junta said"), or a body away from diplomacy, one or a pair ("the union said on Monday", "the two companies announced", "the board said in a statement", "the regulator said").
 */
const SPEAKER_NOUN = String.raw`(?:minister|mayor|governor|president|(?:foreign|defen[cs]e|home)\s+secretary|secretary-general|ministry|ministries|spokes(?:man|woman|person|people)|officials?|presidency|government|kremlin|palace|cabinet|embassy|army|military|(?<!\b(?:on|of)\s+(?:the\s+)?)junta|secretariat|state\s+department|white\s+house|office|agency|agencies|news\s+agency|broadcaster|newspaper|daily|coalition|bloc|group|alliance|ministers|leaders|states|countries|nations|governments|${BODY_SPEAKER}|${GROUP_SPEAKER})`;
/** Such a speaker as the whole subject right before its verb (also after a quotation it closes: "…,” the minister told reporters), after the day that opens its clause ("…, and on Thursday the White House said"), perhaps with whose it is ("A spokesperson for the Ministry of National Defense", "Officials at the oil ministry", "states in a bloc led by Kenya and Ghana", "aid agencies working in the camps") and the day or the form of saying between ("on Monday", "in a statement"). */
export const UNNAMED_SPEAKER = new RegExp(
  String.raw`(?:^|[,;:—–(][”"’']?\s*|\s-+\s+|\b(?:when|as|after|before|while)\s+)(?:(?:and|but)\s+)?(?:(?:late\s+|earlier\s+)?on\s+${WEEKDAY_NAME}\s+(?:(?:morning|afternoon|evening|night)\s+)?)?((?:(?:the|a|an|its|their)\s+)?(?:[\w’'.-]+\s+){0,4}?${SPEAKER_NOUN}(?:\s+(?:for|of|at|in|from|(?:led|headed|backed)\s+by|(?:working|based)\s+in)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+)?)\s+(?:(?:on|earlier|late|later)\s+\w+\s+|in\s+a\s+(?:statement|post|briefing)\s+(?:on\s+\w+\s+)?)?$`,
  'i',
);
/** A voice of the press giving its view (a press review's "A private Lusk daily wrote on Friday that …", "the weekly argued"): opinion on the news, no happening of its own. News agencies and broadcasters are not in it: what they say is often what they learnt. */
const PRESS_NOUN = String.raw`(?:newspapers?|dail(?:y|ies)|weekl(?:y|ies)|tabloids?|broadsheets?|editorials?|columnists?|commentators?)`;
export const PRESS_VOICE = new RegExp(String.raw`\b${PRESS_NOUN}$`, 'i');
/** …and what such a voice says, argues or asks in its clause, up to a trigger in it ("a Doha daily's editorial on Friday said the strikes …"): its view of that happening. */
export const PRESS_VIEW_BEFORE = new RegExp(String.raw`\b${PRESS_NOUN}\s+(?:(?:on|earlier|late|later)\s+\w+\s+)?(?:said|says|wrote|writes|argued|argues|asked|asks|praised|praises|warned|warns|insisted|insists)\b[^;.]*$`, 'i');
/** An outlet or agency telling what it learnt: "Reuters had reported", "The Straits Observer reported", "Xinhua reported on Monday". */
export const OUTLET_REPORTED = /(?:^|[,;:—–(]\s*|\s-+\s+)((?:The\s+)?(?:[A-Z][\w’'.&-]*\s+){1,4}?)(?:had\s+|has\s+|first\s+)?$/;

/** A clause counted from the sentence's own day: "one day after Brandt declared …", "a week after Spain's prime minister visited Rabat" (after a determiner, a noun phrase: "two days after the talks" is left to the dates' own counting). */
export const COUNTED_CLAUSE = /\b(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+(after|before)\s+(?!(?:the|his|her|their|its|a|an)\b)/gi;
/** What follows a verb of saying up to a trigger is what was said when a "that" clause opens it ("announcing that Washington would lift sanctions"). */
export const REPORTED_CONTENT = /^\s+(?:\w+\s+){0,3}?that\b/;
/** A full stop or a semicolon: no event after it is what a reported clause before it reports, nor the one that a name after it belongs to by an attribution. */
export const SENTENCE_STOP = /[.;!?]/;
/** Between a name and a saying, a comma with the speaker after it and no other comma: the saying closes the sentence ("…, she told reporters"). */
export const ATTRIBUTION_AFTER = /^[^,]*,[^,]*$/;
/** A day told as the one the story has just told of: "met the president in Ardan that day", "later that day", "on the same day" (not "day-long", nor a span "since that day"). */
/** A day or a part of one after "the next", "the following", "the previous": "the next morning" counts on from a day told. */
export const DAY_OR_ITS_PART = String.raw`(?:day|${PART_OF_DAY_PATTERN})`;

/**
 * An aside after a leading date that says which day it was by what else happened on it ("On Tuesday, the day the President landed, …",
 * "On Monday, the eve of the summit, …", "On 4 May, two days before the vote, …"), up to its closing comma: the saying it dates comes after it.
 */
export const DAY_TOLD_BY_ASIDE = new RegExp(String.raw`^\s*,\s+(?:the\s+(?:same\s+)?day\b(?![’'-])|the\s+eve\s+of\b|(?:a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(?:before|after)\b)[^,;.]{1,60}(?=,)`, 'i');

/** A part of the day told with no day of its own ("issued their climate statement in the evening", "later that afternoon"): of the day its paragraph tells. */
/** The doer of the sentence before told on by a pronoun before an act ("After laying a wreath …, he was received by …", "He then met …"); "Then-president Halvorsen laid a wreath" names another. */
export const SAME_DOER_BEFORE = /\b(?:[Hh]e|[Ss]he|[Tt]hey)\b/;
export const PART_OF_DAY_WITHOUT_DAY = new RegExp(String.raw`\b(?:in|during)\s+the\s+(?:${PART_OF_DAY_PATTERN})\b|\b(?:later\s+)?that\s+(?:${PART_OF_DAY_PATTERN})\b`, 'i');
const THAT_DAY = String.raw`(?<!\b(?:since|until|till|from)\s+)\b(?:that|the\s+same)\s+(?:same\s+)?(day)\b(?!-)`;
/** Hours or minutes after the day's happening told before ("at his news conference half an hour later", "an hour later", "minutes later"): of its day, counting none. */
const HOURS_LATER = String.raw`\b((?:(?:half\s+an|an|a\s+few|one|two|three|four|five|six|\d{1,2})\s+)?(?:hours?|minutes?))\s+later\b`;
/** An adverb counting a sentence's event from a day the article gives before it: "a week earlier", "two days later", "two days before," (nothing named after it), "the next day", "the following morning", "the day before" (not "the day before the talks"), "that day" or "half an hour later" (counting none); the whole days of COUNTED_FROM_ANOTHER, which also knows hours and "a few". */
export const COUNTED_ADVERB = new RegExp(String.raw`\b(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?|fortnights?)\s+(earlier|later|before(?=\s*[,.;])|after(?=\s*[,.;]))\b|\bthe\s+(next|following|previous)\s+${DAY_OR_ITS_PART}\b|\bthe\s+day\s+(before|after)\b(?!\s+(?:the|his|her|their|its|a|an)\b)|${THAT_DAY}|${HOURS_LATER}`, 'gi');
/**
 * A day counted from a date named for another thing, up to that date: "the day before the Northern
 * Council summit on June 12", "two days before the May 6 ceasefire deadline", "on the eve of the
 * June 12 summit" (groups: count and unit, or "the" day; "before" or "after"; "eve"). What lies
 * between is the other thing's noun phrase or clause ("a day after the talks collapsed on Monday"),
 * no comma.
 */
export const COUNTED_FROM_NAMED_DAY = /\b(?:(?:the\s+(?=day\s)|(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+)(days?|weeks?)\s+(before|after)|on\s+the\s+(eve)\s+of)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,6}?(?:on\s+|of\s+)?$/i;
/** A counting adverb in a trigger's own clause after it ("met Nigeria's president the following day", "held talks there two days later"): its day is counted from a day before, not that day. */
export const COUNTED_IN_CLAUSE_AFTER = new RegExp(String.raw`^[^,;.]{0,50}?(?:${COUNTED_ADVERB.source})`, 'i');
/**
 * A clause counting back from the sentence's event to another it tells only as its anchor, a
 * subject after a determiner and its verb, whatever the verb, an irregular past too ("the storm hit Lusk", "the quake struck";
 * not "was", nor a saying's, whose content is no act of the anchor's day): "a day after the U.S. team held talks
 * with …", "a day after the talks opened in Jeddah", "a day after their first meeting there" (group
 * 3: "their", whose people are the main event's). A bare noun phrase ("three days after the summit
 * in Alaska") names one the reader knows, left to the dates' own counting; without a determiner
 * ("a day after officials met") it is COUNTED_CLAUSE's.
 */
export const COUNTED_BACK_ANCHOR = new RegExp(
  String.raw`\b(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+after\s+(?:(their)\s+first\b|(?:the|his|her|its|their)\s+(?:[\w.'’-]+\s+){1,4}?(?:(?!(?:was|were|did|didn't|said|told)\b)${IRREGULAR_PAST}|had|[a-z]{3,}ed)${WORD_END})`,
  'gi',
);
/**
 * A count from an event the clause names by its noun after a determiner, up to that noun phrase's verb or the clause's end:
 * "Five days after the accord was signed", "a week after the summit ended", "two days after the truce began", "a day after
 * the election,", "minutes after the quake", "an hour after the first waves" (groups: count, none for bare "minutes" or "hours",
 * unit, "after" or "before", the noun phrase). Its day is that of the event an earlier
 * sentence tells of by that noun (`datedFromEventNamed`).
 */
export const COUNTED_FROM_EVENT_NAMED = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|(?<=\bthe\s+)(?=day\b)|(?=(?:minutes|hours)\b))\s*(days?|weeks?|fortnights?|minutes?|hours?)\s+(after|before|into)\s+(?:the|its|their|his|her)\s+((?:[\p{L}-]+\s+){0,2}?\p{Ll}[\p{L}-]+)(?=\s+(?:was|were|had|has|have|is|are|began|took|came|broke|ran|went|fell|[a-z]{3,}ed)\b|\s*[,;.]|$)/giu;
/**
 * After a verb of saying, within its clause, the happening it was said right after ("said in a short address after the vote that",
 * "told reporters after the talks in Geneva", "said following their meeting"; group: the happening's noun phrase).
 */
export const SAID_AFTER_HAPPENING = /^[^,;.]{0,40}?\b(?:after|following|on\s+the\s+(?:day|morning|afternoon|evening|night)\s+of)\s+(?:the|its|their|his|her)\s+((?:[\p{L}-]+\s+){0,2}?\p{Ll}[\p{L}-]+)(?=\s+(?:that|in|at|on|with)\b|\s*[,;.]|$)/u;
/**
 * A happening's clause that ends on the happening it came right after ("hosted a dinner for Lee and his wife, Kim Hea-kyung, after the
 * talks.", "laid a wreath at the memorial following the ceremony"; group: the happening's noun phrase). A count before it ("two days
 * after the talks") is counted from that happening instead (COUNTED_FROM_EVENT_NAMED), and "hours after" may fall on the next day.
 */
export const DONE_AFTER_HAPPENING = /^[^;.]{0,100}?\s(?<!\b(?:days?|weeks?|fortnights?|months?|years?|hours?)\s)(?:after|following)\s+(?:the|its|their|his|her)\s+((?:[\p{L}-]+\s+){0,2}?\p{Ll}[\p{L}-]+)\s*(?=[;.]|$)/u;
/**
 * A gathering that sits, by its noun in the singular ("the summit", "a conference", "the opening session"): one a statement is told to (kinds.ts), a count may
 * name (GATHERING_NOUN), a journey is for (ARRIVAL_FOR_AFTER) and a speaker addresses (GATHERING_ADDRESSED). An alternation, for the lists that read it.
 */
export const SITTING_GATHERING = String.raw`summit|session|conference`;
/** A gathering's noun, singular, that a count may name by its place or its parties ("two days before the Berlin meeting", "a day after the Doha round"). */
export const GATHERING_NOUN = new RegExp(String.raw`^(?:meeting|talk|consultation|negotiation|round|${SITTING_GATHERING})$`);
/** A passive plan's subject owned by a gathering ("The summit's declaration", "the meeting's minutes"): what is done to it is the gathering's part, the gathering's event. */
export const A_GATHERINGS_OWN = new RegExp(String.raw`^(?:\S+\s+){0,3}?(?:meeting|talks|${SITTING_GATHERING})['’]s?\s`, 'i');
/**
 * A count from a happening named by its place or room alone, with no noun of what happened there: "Eleven days after the Oval
 * Office", "two weeks after Alaska", "a month after Istanbul" (groups: count, unit, "after" or "before", the place's capitalised
 * words). Its day is that of the happening an earlier sentence tells there (`datedFromPlaceNamed`); the count's own words are checked
 * by the number reader, so "Several weeks after Geneva" counts nothing.
 */
export const COUNTED_FROM_PLACE_NAMED = /\b(\p{L}+|\d{1,3})\s+(days?|weeks?|fortnights?|months?)\s+(after|before)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)(?=\s*[,;.]|\s*$)/gu;
/**
 * Words that name one happening told again by another word: a count from "the truce" is from the day "The ceasefire" was told with,
 * from "the vote" or "the election" from the day of "a referendum", of "the runoff", of voters going to "the polls", of one "elected", or of a chamber that "voted",
 * from "the release" from the day people were "released" or "freed" (a swap frees them too).
 * Each is a pattern of one group's words; a noun may stand in several groups ("vote" is a referendum's and an election's).
 */
export const SAME_HAPPENING: readonly RegExp[] = [
  /\b(?:ceasefires?|cease-fires?|truces?|armistices?)\b/i,
  /\b(?:releases?|released|freed|frees|swaps?|swapped)\b/i,
  /\b(?:referend(?:um|ums|a)|plebiscites?|votes?|voted|ballots?)\b/i,
  /\b(?:elections?|run-?offs?|polls?|votes?|ballots?|elected|re-elected)\b/i,
  /\b(?:accords?|agreements?|deals?|pacts?|treat(?:y|ies))\b/i,
  /\b(?:quakes?|earthquakes?|tremors?)\b/i,
  /\b(?:prizes?|awards?|awarded|announcements?)\b/i,
];
/** The words naming a stay somewhere that runs over days: a visit, a trip, a tour. */
const STAY_NOUN = String.raw`(?:visit|trip|tour|stay|mission)`;
/**
 * A day counted by its place in a stay: "On the second day of her visit to Harvik", "on the last day of a three-day
 * state visit", "on the first day of his tour" (groups: the ordinal; the stay's length in days, when told here).
 */
export const DAY_OF_A_STAY = new RegExp(String.raw`\bon\s+the\s+(${ORDINAL_PATTERN})\s+day\s+of\s+(?:a|an|the|her|his|their|its)\s+(?:(\w+)-day\s+)?(?:[\w-]+\s+){0,2}?${STAY_NOUN}\b`, 'i');
/**
 * A sentence opening inside a stay told before it: "Within the framework of the visit, the heads of state will hold talks", "During
 * her stay in Dorvia, Lund met the president", "In the course of the trip, …": what it tells with no day of its own was on the stay's days.
 */
export const WITHIN_A_STAY = new RegExp(String.raw`^(?:within\s+the\s+framework\s+of|during|in\s+the\s+course\s+of|as\s+part\s+of)\s+(?:the|this|that|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?${STAY_NOUN}\b[^,;.]{0,40},`, 'i');
/** A stay an act told before it in its clause opened: "welcomed the Prime Minister to Nuku'alofa on Monday at the start of a three-day state visit", "was received at the airport on Tuesday at the beginning of his two-day trip". */
export const AT_THE_START_OF_A_STAY = new RegExp(String.raw`\b(?:at|on)\s+the\s+(?:start|beginning|opening|outset)\s+of\s+(?:a|an|the|her|his|their|its)\s+(?:[\w-]+\s+){0,3}?${STAY_NOUN}\b`, 'i');
/** A gathering told by one of its days just before it: "for the second day of the Northern Rim summit", "into the third day of talks" (group: the ordinal). */
export const DAY_OF_A_GATHERING_BEFORE = new RegExp(String.raw`\b(?:the|a)\s+(${ORDINAL_PATTERN})\s+day\s+of\s+(?:(?:the|this|a|its|their)\s+)?(?:[\w'’-]+\s+){0,4}?$`, 'i');
/** A stay's length told by its noun ("a three-day visit", "his four-day state visit"; group: the count). */
export const STAY_LENGTH = new RegExp(String.raw`\b(\w+)-day\s+(?:[\w-]+\s+){0,2}?${STAY_NOUN}\b`, 'i');
/** A stay's noun anywhere in a sentence. */
export const STAY_NAMED = new RegExp(String.raw`\b${STAY_NOUN}\b`, 'i');
/** The words right before a stay's first day: "which began on Tuesday", "that opened Monday", "since Sunday", "starting on March 2". */
export const STAY_BEGAN_BEFORE = /\b(?:began|begun|opened|started|starting|beginning|since)\s+(?:on\s+)?$/i;
/** The anchor's clause ends at a stop (not an initial's: "the U.S. team") or a new clause. */
export const ANCHOR_CLAUSE_END = /[,;]|(?<!\b[A-Z])\.|\s(?:and|but|while|as)\s/;
/** A sentence whose subject points back at the event before it ("It took place one day after …", "The meeting came a week after …"). */
export const POINTING_SUBJECT = /^(?:It|This|That)\b/;
/**
 * A counted clause that opens its sentence, its main clause after the comma told in the present ("Six days after JJ won the contest, his winning song is
 * doing what few manage", "A week after the storm hit Brenn, the town is still cleaning up"): the main clause is the news day's, which the count runs back from.
 * An aside after the counted clause ("…met the union, which is still on strike, the port reopened") is passed over: its present is not the main clause's.
 */
export const PRESENT_AFTER_A_COUNT = /^[^,;.]*,\s+(?:(?:which|who|whose|where|when)\b[^,;.]*,\s+)?(?!(?:which|who|whose|where|when)\b)(?:[\p{L}’'-]+\s+){0,4}?(?:is|are|has|have|remains|remain|stays|stay)\b/u;

// The words of headlines' noun phrases and statement gists (phrase.ts).
/** The words of a noun phrase's lead stop at a determiner, a preposition or an auxiliary: "the virtual meeting" is "virtual meeting". */
export const PHRASE_DETERMINER = /^(?:a|an|the|this|that|these|those|his|her|its|their|our|and|or|but|as|of|in|on|at|to|with|for|from|by|is|are|was|were|has|have|had|will|would|be|been)$/i;
/** A dash ends a phrase's lead from the left, as a closing bracket does: "(Gulf Daily Mirror) - Indirect negotiations". */
export const PHRASE_LEAD_STOP = /^[-–—]+$/;
/** A subordinator or relative pronoun opens a clause, not the phrase: "Since Israel began striking" is "Israel began striking". */
export const PHRASE_SUBORDINATOR = /^(?:who|which|whom|since|when|whenever|while|until|because|although|though|if|once|unless|whether|where)$/i;
/**
 * A verb that would open the phrase has no subject before it: "will hold indirect talks" is
 * "indirect talks", "expects fresh talks" is "fresh talks"; a phrase that is such a verb alone ("host") says nothing (headline-rules.ts).
 */
const VERB_OF_A_TRIGGER =
  String.raw`(?:hold|holds|held|holding|host|hosts|hosted|hosting|see|sees|saw|seeing|expect|expects|expected|expecting|want|wants|wanted|seek|seeks|sought|plan|plans|planned|hope|hopes|hoped|propose|proposes|proposed|urge|urges|urged|welcome|welcomes|welcomed|reject|rejects|rejected|demand|demands|demanded|announce|announces|announced|begin|begins|began|resume|resumes|resumed|attend|attends|attended|join|joins|joined|impose|imposes|imposed|imposing)`;
export const SUBJECTLESS_VERB = new RegExp(String.raw`^${VERB_OF_A_TRIGGER}$`, 'i');
/**
 * …and a determiner before such a verb opens the verb's subject, not the trigger's noun phrase ("his envoy held talks with the rebels", "hours after his Treasury
 * imposed sanctions"): no back-reference; one after the verb is the trigger's ("held the talks"), and a verb right after the determiner is an adjective ("the expected talks").
 */
const DETERMINER = String.raw`(?:the|this|that|these|those|its|his|her|their)`;
export const VERB_OF_A_TRIGGER_BEFORE = new RegExp(String.raw`(?<!\b${DETERMINER}\s+)\b${VERB_OF_A_TRIGGER}\s+(?:(?!${DETERMINER}\b)[\w‑–-]+\s+){0,3}$`, 'i');
/** Words that join a name's parts in a phrase's tail ("Prince of Wales", "bin Salman"). */
export const PHRASE_TAIL_JOIN = /^(?:and|of|de|al|bin)$/;
/** Before a name that describes the noun after it: "her Kenyan counterpart", "the Velsland delegation", "their Polish hosts". */
export const NAME_AS_MODIFIER_AFTER = /^(?:the|his|her|its|their|our|my|your)$/i;
/** A preposition after the trigger opens its tail ("meeting of allied nations"). */
export const PHRASE_TAIL_START = /^(?:of|from|at|between|with|in|for|on)$/i;
/** A verb, a relative pronoun or a subordinator ends the tail. */
export const PHRASE_TAIL_STOP = /^(?:will|would|is|are|was|were|has|have|had|that|which|who|to|before|after|as|on|could|may|might|should|can|rejected|said|came|comes|come|served|serves)$/i;
/** Headlines tell in the present: "told reporters" is "tells reporters". */
export const HEADLINE_PRESENT: Record<string, string> = { told: 'tells', speaking: 'speaks', called: 'calls', said: 'says', spoke: 'speaks' };

// The words clause.ts reads a trigger's clause by: plan or past, saying, journeys, subordinate clauses, days moved, counted or carried on.
/**
 * Words that make what follows a plan, a hope or an expectation; a plan put off or called off has not happened either,
 * nor one told as what was due or supposed to be ("The talks had been due at noon but were pushed back"): its fate is
 * a second predicate the clause leaves out; nor one not due until a limit ("The next election is not due until 2028"), no happening yet. The modal "may", not the month ("in May", "a record for May", "May 12", "on 18 May ended"). "Next" but not the
 * narrative's "the next day", "the next morning", which counts on from a day told ("They met again the next morning").
 */
export const PLAN_MARKER =
  new RegExp(String.raw`\b(?:agreed\s+to|offer(?:s|ed)?\s+to|(?:set|scheduled|planned|slated)\s+for|expects?|expected|hopes?|hoped|opportunity\s+to|aims?\s+to|wants?\s+to|to\s+(?:start|begin|open|hold|resume|meet|travel|visit|be\s+held|take\s+place)|will|would|shall|scheduled|slated|set\s+to|plans?\s+to|planned|upcoming|(?<!\bthe\s)next(?!\s+${DAY_OR_ITS_PART}\b)|the\s+next\s+(?:step|stage|phase|move)\s+(?:is|would\s+be|will\s+be|could\s+be)|prepare\s+to|preparing\s+to|is\s+to|are\s+to|tentatively|potential|proposed(?!\s+by\b)|could|(?<!\b(?:in|of|for|to|through|after|before|since|until|by|early|late|mid|last|next|this|from|on|\d{1,2})\s)may\b(?!\s*(?:\d|[,.;]|$))|might|due\s+to|(?:is|are|was|were|had\s+been)\s+(?:not\s+)?due|supposed\s+to|ready\s+(?:to|for)|intends?\s+to|plans?\s+for|going\s+to|(?:a|no)\s+date\s+for|whether|(?<!\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+(?:[\w]+-)?)(?:postponed|delayed|rescheduled|cancell?ed)|pushed\s+back|put\s+off|called\s+off|(?:is|are)\s+(?:(?:now|still|also)\s+)?back\s+on)\b`, 'gi');
/**
 * A plan hung on another happening still to come, so of no day of its own: one that follows it ("the appeals will follow.", "are to
 * follow, officials said") or waits for it ("asked for a visit once he is back on the ground", "can file motions once the judgment is
 * published"); "will follow the rules" has an object, "once both armies had begun" tells what was so, "many would follow" a past's
 * future, and a "once" with no plan told a rule ("Once a bill is passed, it goes to the president": plans-put-off.ts asks for a plan word).
 */
export const HUNG_ON_ANOTHER = /\b(?:will|(?:is|are)\s+to)\s+(?:then\s+|soon\s+)?follow(?=\s*(?:[.,;:]|$))|\bonce\s+(?:the|a|an|he|she|they|it|we|both|its|his|her|their|all)\s+(?:[\w’'-]+\s+){0,3}?(?:is|are|has|have|gets?|sets?|returns?|ends?|begins?|comes?)\b/i;
/**
 * A bound a plan cannot come before ("A new election cannot be held before the autumn", "is not expected before 2057", "the bridge won't reopen
 * until the end of next year"): the earliest it may come, as a deadline is the latest (DEADLINE_BEFORE), so no day of it (plans-put-off.ts;
 * tests/fixtures/own-conventions.md, "Months"). Only a season, a year or a part of one, whole ("before the autumn rains" names a happening);
 * "could not … until" tells a past's bound, the time it was so. `notYet` is the negation, after which plans-put-off.ts asks FORECAST_AFTER:
 * "Prices are not expected to fall before 2060" bounds a forecast, no plan.
 */
export const NOT_BEFORE_BOUND = new RegExp(
  String.raw`\b(?<notYet>cannot|can\s+not|can['’]t|will\s+not|won['’]t|(?:is|are)\s+not\s+(?:expected|due|likely)(?:\s+to)?|(?:is|are)\s+unlikely\s+to)\s+(?:[\w‑-]+\s+){0,3}?(?:before|until|till)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+|this\s+|next\s+)?|(?:early|late|mid)[\s-]+|next\s+)?(?:spring|summer|autumn|fall|winter|year|\d{4})(?=\s*(?:[,.;:!?)"”’]|$)|\s+(?:at\s+the\s+earliest|and|but|or|when|if|unless|because|as|at|in|on)\b)`,
  'i',
);
/** Words a year, a season, a deadline or a guess is written with ("next year", "later this summer", "by mid-October", "by Canada Day", "perhaps at the weekend", "in 2029"): only a plan's sentence with one is read for dates that leave its day open (plans-put-off.ts). */
export const OPEN_TIME_WORD = /\b(?:(?:[Yy]ears?|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|[Pp]erhaps|[Pp]ossibly|[Mm]aybe|\d{4})\b|(?:[Bb]y|than)\s+(?:the\s+)?(?:end|mid|early|late|\d|[A-Z]))/;
/**
 * A plan word that tells a forecast of a quantity or of a state, not a happening ("expects inflation to fall to 2% next year", "will reach
 * 10 million by 2050", "will not return to target until next year", "are likely to stay volatile until the spring"): no plan to list. A verb
 * of reaching only with a figure after it: "should reach countries early next year" is a happening, deliveries to come.
 */
export const FORECAST_AFTER = /^\s+(?:[\w’'-]+\s+){0,3}?(?:to\s+)?(?:rise|fall|grow|double|halve|shrink|drop|climb|increase|decrease|decline|average|slow|ease|rebound|stay|remain|return\s+to\s+(?:target|growth)|come\s+down|go\s+up)\b|^\s+(?:[\w’'-]+\s+){0,3}?(?:to\s+)?(?:reach|hit|top|exceed)\s+(?:[\w’'-]+\s+){0,2}?(?:[$€£]?\d|(?:a\s+|new\s+)*(?:record|high|low|peak)\b)|^\s+(?:[\w’'-]+\s+){0,3}?[\d.,]+\s*(?:%|per\s*cent|percent)/i;
/** "next" naming a period ("next year", "next spring"): a time, which plans-put-off.ts reads as a time, not the plan word that tells it. */
export const PERIOD_AFTER_NEXT = /^\s+(?:year|month|week|decade|century|season|spring|summer|autumn|fall|winter)\b/i;
/** A duty or a promise still to be kept ("must put a budget before parliament", "which the court must do within 60 days", "is promised "in the coming weeks""): a plan for plans-put-off.ts, as PLAN_MARKER's words are; a duty that was ("had to") is gone by. */
export const DUTY_OR_PROMISE = /\b(?:must|(?:has|have)\s+to|(?:is|are)\s+(?:obliged|required|bound)\s+to|promised?|promises|pledged?|pledges|vow(?:s|ed)?)\b/i;
/**
 * A happening to come told as likely or as what should be ("Another eruption is likely in the coming months", "The first doses should reach
 * countries early next year"): a plan for plans-put-off.ts, as a duty is; "should have" tells what was not done, "unlikely" what may not be.
 * "Should" is an expectation only of a coming, a start, an end or a readiness; of any other act it is an opinion or advice ("Critics say the
 * minister should resign next year", "Taxes should be cut next year"), no plan.
 */
export const LIKELY_TO_COME =
  /\b(?:should(?=\s+(?:(?:now|still|also|soon|then|only)\s+)?(?:reach|arrive|come|follow|land|open|reopen|start|begin|resume|restart|finish|end|conclude|take\s+place|be\s+(?:held|ready|completed?|finished|done|known|published|delivered|released|announced|out|back|open|over|in\s+place)))\b|(?:is|are)\s+(?:(?:very|highly|most|more|quite)\s+)?likely)\b/i;
/** A plan told as it stood in the scene before ("Her delegation was then due to fly on to Orsk", "They were at that point to travel to Velk"): a past copula with "then" looks ahead from that scene, so the plan keeps the scene's day even when it is gone by. */
export const PLAN_AS_OF_THE_SCENE = /\b(?:was|were)\s+(?:then|at\s+that\s+(?:point|time|stage))\s+(?:due|to|set|scheduled|expected|supposed|planning)\b/i;
/** A span of time counted from now, the unit of a horizon or of a time given ("six to ten hours", "a week or more", "60 days"). */
const SPAN_UNIT = String.raw`(?:hours?|days?|weeks?|months?|years?)`;
/** How many of a span's unit, one count or a range ("seven", "seven to ten", "one or two"), before SPAN_UNIT. */
const SPAN_COUNT = String.raw`\w+\s+(?:(?:to|or)\s+\w+\s+)?`;
/**
 * A horizon too vague to place ("are expected in the coming weeks", "within days", "within the next six to ten hours", "within 60 days",
 * "should follow soon", "at an early date", "at an appropriate time", "in the near future"): what is told with it borrows no day from the
 * scene before (tests/fixtures/own-conventions.md, "Weeks"), nor its telling the news day (resolve-mentions); "soon after" counts from a day,
 * "within days of the storm" from a happening, and "in the following years" on from a time told: none is a horizon.
 */
export const VAGUE_HORIZON = new RegExp(
  String.raw`\b(?:(?:in|over|within)\s+the\s+(?:coming|next)\s+(?:\w+\s+(?:to|or)\s+)?(?:\w+\s+)?(?:hours|days|weeks|months|years)|within\s+(?:a\s+(?:few\s+)?|${SPAN_COUNT})?${SPAN_UNIT}(?!\s+(?:of|after|since)\b)|soon(?!\s+(?:after|afterwards|before|thereafter)\b)|at\s+an\s+early\s+date|at\s+an?\s+(?:appropriate|convenient|suitable)\s+time|in\s+the\s+near\s+future)\b`,
  'i',
);
/**
 * A span given for what is still to be done, or needed before it is ("could take months", "will take seven to ten days to get back to a
 * full schedule", "could take a week or more before its full schedule is back", "gave the committee seven days to report", "would have two
 * months to decide"): a horizon counted from now, and its plan with it (plans-put-off.ts); a span it took is gone by ("took three days", "used to
 * take eight hours"), and one spent or waited is told as had ("have waited three days to get water": only a span given may stand apart from its verb).
 */
export const TIME_ALLOWED = new RegExp(
  String.raw`\b(?:(?:could|will|would|may|might|should|can|(?<!\b(?:used|had|needed)\s+)to)\s+take\s+(?:(?:up\s+to|at\s+least|about|around|some|another)\s+)?(?:a\s+(?:few\s+)?|several\s+|many\s+|${SPAN_COUNT})?${SPAN_UNIT}\b|(?:(?:gave|give[sn]?)\s+(?:[\w’'-]+\s+){0,3}?|(?:(?:will|would)\s+have|has|have)\s+(?:only\s+|just\s+)?)(?:a\s+|${SPAN_COUNT})${SPAN_UNIT}\s+to\s+[a-z])`,
  'i',
);
/**
 * "passed next year's budget on Tuesday", "agreed next season's quotas": a coming period in the possessive names what the noun
 * after it is for, not when the verb's act happens; after a trigger it sets no plan (before one, "next week's summit", it is the trigger's own).
 */
export const POSSESSIVE_PERIOD_AHEAD = /\b(?:next|coming|following)\s+(?:year|week|month|season|decade|spring|summer|autumn|fall|winter|weekend|term|quarter|half)['’]s\b/gi;
/** A period's rest told ahead ("later this year", "later in the year"), read at the start of a time expression. */
export const LATER_IN_ITS_PERIOD = /^later\b/i;
/**
 * "received the ambassador on Wednesday and discussed with her the upcoming talks", "hosted him and went over the planned summit": a plan word
 * a determiner sets before a noun after the trigger qualifies that noun, not the trigger's clause.
 */
export const ATTRIBUTIVE_PLAN_AFTER = /\b(?:the|a|an|its|their|his|her|this|these|those)\s+(?:upcoming|forthcoming|planned|proposed|potential|scheduled)\b/gi;
/** What stands between such a possessive and the trigger it is said of: a few words of its noun phrase at most ("next week's high-level summit"), no preposition ("quotas at talks"). */
export const POSSESSIVE_OF_TRIGGER = /^\s+(?:(?!(?:at|in|on|for|of|to|with|by|from|during|after|before)\b)[\w’'-]+\s+){0,3}$/i;
/** Verbs that say something took place, and a period up to now ("the past three days of meetings"). */
export const PAST_MARKER =
  /\b(?:(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months)\s+of|held|spoke|spoken|met|ended|began|begun|opened|took\s+place|went\s+ahead|concluded|wrapped\s+up|convened|hosted|talked|mediated|brokered|marked|commemorated|carried\s+out|completed|exchanged|swapped|freed|released|following)\b/gi;
/**
 * A clause of its own joined after a plan, the trigger its subject and told done by its own verb ("agreed to a ceasefire and the talks
 * ended on Tuesday", "will sign the deal, but the talks were held in secret"): the plan word is the first clause's. OWN_SUBJECT_AFTER_PLAN:
 * the words from the plan word up to the trigger, a coordinator, then a determiner and at most two words of the trigger's noun phrase;
 * OWN_VERB_BEFORE_PAST: those from the trigger up to its past verb (PAST_MARKER), an auxiliary or an adverb. A form that is also a
 * participle (PARTICIPLE_OF_PAST_MARKER: "the talks held in Oslo next week") tells it done only after an auxiliary ("were held").
 */
export const OWN_SUBJECT_AFTER_PLAN = /\b(?:and|but)\s+(?:the|its|their|his|her|a|an)\s+(?:[\w’'-]+\s+){0,2}$/i;
export const OWN_VERB_BEFORE_PAST = /^\s*(?<auxiliary>(?:was|were|had|has|have)\s+(?:been\s+)?)?(?:finally\s+|then\s+|also\s+|already\s+)?$/i;
export const PARTICIPLE_OF_PAST_MARKER = /^(?:held|spoken|begun|hosted|mediated|brokered|carried\s+out|exchanged|swapped|freed|released|completed|marked|commemorated|following)\b/i;
/**
 * "met in Riyadh on Monday to agree a new exchange of prisoners", "held talks on Tuesday in order to sign
 * a ceasefire": the "to <verb>" after a gathering, in its clause, says what it was for; the happening it
 * names is no event of its own and takes neither the gathering's day nor its sentence.
 */
export const PURPOSE_OF_GATHERING = new RegExp(
  String.raw`^(?:(?!\b(?:and|but|while|before|after|which|who|where)\b)[^,;:—–]){0,80}?\b(?:in\s+order\s+|so\s+as\s+)?to\s+(?:(?:try|seek|aim|hope|help)\s+to\s+)?(?:agree(?:\s+on)?|discuss|negotiate|finali[sz]e|seal|sign|prepare(?:\s+for)?|plan|work\s+out|hammer\s+out|thrash\s+out|iron\s+out|map\s+out|arrange|organi[sz]e|broker|secure|settle|set\s+up|clinch|conclude|draft|approve|endorse|review|coordinate|push\s+for|press\s+for|pave\s+the\s+way\s+for|lay\s+the\s+groundwork\s+for)\s+(?:[\w’'-]+\s+){0,4}$`,
  'i',
);
/**
 * A team, envoy or delegation named for a gathering ("appointed a new delegation for the Jeddah talks on Sunday",
 * "picked a new envoy to the peace talks", "has formed a negotiating team for next week's round"): the sentence tells
 * of the appointment, its day is the appointment's; the gathering is only what the team is for, a plan with no day here.
 * Read on the words before the gathering's trigger.
 */
export const TEAM_NAMED_FOR = new RegExp(
  String.raw`\b(?:appoint(?:ed|s|ing)?|nam(?:ed|es|ing)|pick(?:ed|s|ing)?|cho(?:se|sen|oses|osing)|select(?:ed|s|ing)?|form(?:ed|s|ing)?|set(?:s|ting)?\s+up|assembl(?:ed|es|ing)|reshuffl(?:ed|es|ing))\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:team|delegation|envoy|negotiators?|mediators?|representatives?|panel)\s+(?:for|to)\s+(?:the\s+|this\s+|next\s+|[\w’'-]+['’]s\s+)?(?:[\w’'-]+\s+){0,3}$`,
  'i',
);

/** Going to a place told ahead ("will travel to", "is flying back to", "comes home to"): for a gathering named after it, the journey's day is the gathering's (JOURNEY_TO_FOR). */
const GOING_AHEAD = String.raw`travel(?:s|ling|ing)?|fl(?:y|ies|ying)|go(?:es|ing)?|head(?:s|ing)?|com(?:e|es|ing)|return(?:s|ing)?`;
const BACK_OR_HOME_TO = String.raw`(?:\s+(?:back|home))?\s+to`;
export const GOING_TO_AHEAD = String.raw`\b(?:${GOING_AHEAD})${BACK_OR_HOME_TO}`;
/**
 * …and told ahead or done ("flew back to", "went to"); setting off ("left for", "departed") is not being there. A past one for a gathering ("flew to Banff on
 * Saturday for the summit, which opens on Monday") stays a trip of its day (ARRIVED_FOR), but one told with what it was for ("travelled to Paris to see Macron") is that gathering.
 */
export const GOING_TO = String.raw`\b(?:${GOING_AHEAD}|travell?ed|flew|went|headed|came|returned)${BACK_OR_HOME_TO}`;
/** A visit paid somewhere ("will visit Tokyo", "will pay a state visit to Ankara"): a journey too, and what it is for is held there. */
export const VISIT = String.raw`visit(?:s|ing)?|pa(?:y|ys|id|ying)\s+an?\s+(?:[\w-]+\s+){0,2}visit\s+to`;
/** How many days a gathering a journey is for runs, told before it ("for two days of talks", "arrived … for three days of negotiations"): the gathering's span from the journey's day. */
export const DAYS_OF_A_GATHERING = String.raw`(?:(?:a|an|one|two|three|four|five|\d+)[\s-]+days?\s+of\s+)`;
/** What may stand between "for" and the gathering a journey is for ("for the annual strategic summit", "for two days of talks", "for the sixth round of negotiations", "for their meeting"). */
export const GOAL_WORDS = String.raw`${DAYS_OF_A_GATHERING}?(?:(?:a|an|the|their|his|her|its|new|further|fresh|follow-up|another|more|annual|yearly|regular|strategic|bilateral|trilateral|[\w-]+-level)\s+)*(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|latest|final|\d+(?:st|nd|rd|th))\s+round\s+of\s+)?(?:leaders[’']\s+)?`;
/**
 * …and the gathering's own name after its article ("for the NATO summit", "for the Arctic Council summit", "to attend the G20 leaders' summit"; not a day:
 * "on Monday and held talks"): read where the journey's day is the gathering's, not where the gathering is only what a setting off was for (TRAVEL_FOR).
 * The name's capital is read case-sensitively even in a pattern that ignores case (ARRIVED_FOR), or "for the first time and" would be a name.
 */
export const NAMED_GOAL_WORDS = String.raw`${GOAL_WORDS}(?:(?<=\b(?:the|an?|their|his|her|its)\s+)(?!${WEEKDAY_NAME}|${MONTH_STEM})(?:(?-i:[A-Z])[\w’'&.-]*\s+){1,3})?(?:leaders[’']\s+)?`;
/**
 * A journey's goal told by taking part in it: "flew to Ostby to attend the summit", "will travel to Ostby to take part in the conference". Not an arrival's
 * ("arrived in Lusk on the evening of 9 March to attend the summit"): the arrival stays, the eve of the gathering it came for (trip-stay.ts, merge/date-fit.ts).
 */
export const TO_ATTEND = String.raw`to\s+(?:attend|take\s+part\s+in)\s+`;
/**
 * …or by holding it: "flew to Lusk on Monday to hold talks with the premier", "will travel to Orsk to have a first meeting with Kessel". The talks
 * are the happening, of the journey's day, as "to meet" is; "to open the bridge" names no gathering and leaves the trip a trip.
 */
export const TO_HOLD = String.raw`to\s+(?:hold|have)\s+`;
/**
 * What an arrival is for, told after it in its clause ("arrived in Tashkent on Tuesday on a two-day official visit", "has arrived in Chisinau for two days of
 * talks"): the gathering or the visit is the event, dated by the arrival, and the arrival no trip beside it. An arrival for a stay ("arrived in Dorvia on
 * Monday for a four-day trip") is that stay's first day, counted from (DAY_OF_A_STAY), not a second event.
 */
export const ARRIVAL_FOR_AFTER = String.raw`(?=[^.;]{0,60}?\b(?:for|on)\s+${NAMED_GOAL_WORDS}(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations|discussions|parleys|meetings?|round|${SITTING_GATHERING}|${STAY_NOUN}|audience)\b)`;
/** The words between a visit and the visitor's relative clause of a gathering ("the visit to Minsk of the envoy, John Coale, who met with", "a visit to Oslo by the minister, who also held talks"; not after a stop or a semicolon). */
export const VISITOR_WHO = /^[^.;]{0,120}?,\s+who\s+(?:(?:also|then|later|first)\s+)?(?:(?:held|had)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?)?$/;
/**
 * Between a journey and a gathering at its last stop, told after where it came from ("arrived in Muscat on Wednesday night from Doha, where he had held
 * talks", "flew home from Rome, where she met the Pope"): the gathering's subject is the traveller; the place of the group is the stop.
 */
export const CAME_FROM_WHERE = /\bfrom\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s+where\s+(?:he|she|they|the\s+[\w-]+)\s+(?:(?:had|has|have|also|then|first)\s+){0,2}(?:[\w-]+\s+){0,2}$/;
/**
 * Between a visit and a gathering its traveller held there, told in a relative clause on the place visited, its subject a pronoun
 * ("made a visit to Moscow on Thursday, where he delivered a message to President Putin and held consultations with"; not after a stop or a semicolon).
 */
export const VISITED_WHERE = /^\s*(?:to\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:\s+(?:on|last|this)\s+\w+)?,\s+where\s+(?:he|she|they)\s+[^.;]{0,160}?$/;
/**
 * A host who receives a traveller, told before the verb of the reception: by name ("Chancellor Tomas Lind", "the Premier") or by office ("the premier",
 * "the foreign minister"), never any words ("protesters welcomed her with boos" is no host's reception).
 */
const HOST_BEFORE_RECEPTION = String.raw`(?:(?:(?:the\s+)?[A-Z][\w’'.-]*\s+){1,4}|the\s+(?:[a-z-]+\s+)?(?:${OFFICE_NOUN_ANY_CASE})\s+)`;
/** The guest of a reception told by a pronoun, "her" only as the object, not a possessive ("received her in the afternoon", not "welcomed her decision"). */
const PRONOUN_GUEST = String.raw`(?:him|her(?=\s*[,.;]|\s+(?:in|at|on|to|with|for|before|after|shortly|warmly|personally|there|again|later|first|and)\b))\b`;
/** Right after a gathering's verb, its guest a pronoun: the gathering is the reception of one told before ("…, where Chancellor Lind received her"). */
export const PRONOUN_GUEST_AFTER = new RegExp(String.raw`^\s*${PRONOUN_GUEST}`);
/**
 * Between a journey and the reception its traveller was given where it went, told in a relative clause on that place with the host its subject and the
 * traveller its pronoun object ("flew to Lusk on Monday, where Chancellor Tomas Lind received her", "and then flew here, where Prime Minister Tusk received
 * him"): the traveller is the guest, the host the one named (RECEIVED_IN_A_PLACE_CLAUSE); not after a stop or a semicolon.
 */
export const HOST_WHERE = new RegExp(String.raw`^[^.;]{0,80}?,\s+where\s+${HOST_BEFORE_RECEPTION}$`);
/** The words between a journey and a second predicate of its subject, in one clause, up to the gathering's trigger ("landed in Ankara on Thursday and met", "… and then held talks"; not after a stop or a semicolon). */
export const JOINED_PREDICATE = /^[^.;]{0,80}?\s(?:and|then)\s+(?:(?:then|later|also|soon|quickly)\s+)?(?:(?:held|holds|hold|had|has|opened|opens|began|begins|joined|joins)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?)?$/;
/** The news day and its parts still to come when it is written ("today", "tonight", "this afternoon"). */
const REST_OF_TODAY = String.raw`(?:today|tonight|this\s+(?:morning|afternoon|evening))`;
/**
 * The rest of the news day told right after a departure in the present or its place ("Mr Trump leaves Britain this afternoon", "the President flies
 * home tonight", "departs Kessel later today"): the visit ends on the day the news is of, a journey of that day; a departure in the present on a day
 * ahead ("leaves Kessel on Friday") is only the end of the visit's plan.
 */
export const NEWS_DAY_AFTER = String.raw`(?=\s+(?:later\s+)?${REST_OF_TODAY}\b)`;
/**
 * When someone set off or arrived, told right after the verb or the place left ("He left Kananaskis last night", "Leaders arrived on Sunday 15 June",
 * "left Rome early on Thursday", "left Kessel on the evening of 23 May", "arrive this afternoon"): with it a departure, or an arrival naming no place, is a journey; without it "left Britain
 * exposed", "left Labour" or "arrived at a figure" are none.
 */
export const JOURNEY_DAY_AFTER = String.raw`(?=\s+(?:(?:early|late)\s+)?(?:on\s+)?(?:the\s+(?:${PART_OF_DAY_PATTERN})\s+of\s+)?(?:${DAY_NAMED}|yesterday|today|tonight|last\s+night|(?:this|that)\s+${DAY_OR_ITS_PART}\b))`;
/** A company's shares by whose they are ("EA's shares", "its stock", "the company's share price", "shares of Velmark"): not a market's or a region's ("Asian shares"), nor "their stock", a herd's or a catch's as often as a firm's. */
const COMPANY_SHARES = String.raw`(?:(?:[A-Z][\w’'.&-]*['’]s?|[Ii]ts|the\s+(?:company|group|firm|maker|publisher|bank|airline)['’]s)\s+(?:shares|stock|share\s+price)|(?:[Ss]hares|[Ss]tock)\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})`;
/**
 * …moving by an amount on a day ("EA's shares jumped about 15 percent that afternoon", "Velmark's stock fell 8% on Monday", "shares of Orsk slumped by 12
 * per cent yesterday", "fell 6 percent to 41 euros in early trading on Tuesday"): the happening of its trading day, as a market's record close is
 * (RECORD_CLOSE). The verb first, its shares looked for behind it; only with its amount, as "its shares have risen" is no move of a day, and with its day
 * told right after, as a journey's is (JOURNEY_DAY_AFTER) or counted from one told before ("the following day"): a move over a year or a month ("fell 30% last year", "rose 15% in March") is no trading day's,
 * nor is one told with another act's day ("jumped 15% after the deal was announced on Monday").
 */
export const SHARES_MOVED = String.raw`\b(?:jump(?:ed|s)?|soar(?:ed|s)?|surg(?:ed|es)|rose|rises|climb(?:ed|s)|fell|falls|drop(?:ped|s)|slump(?:ed|s)|plung(?:ed|es)|tumbl(?:ed|es)|sank|sinks|slid|slides)\b(?<=${COMPANY_SHARES}\s+(?:(?:had|have|has)\s+)?[a-z]+)(?=\s+(?:by\s+)?(?:(?:about|nearly|almost|more\s+than|some|around|over|as\s+much\s+as)\s+)?\d[\d.,]*\s*(?:%|(?:percent|per\s+cent)\b)(?:\s+to\s+[$€£]?\d[\d.,]*(?:\s*[a-z]+)?)?(?:\s+in\s+(?:[\w-]+\s+)?trading)?(?:${JOURNEY_DAY_AFTER}|(?=\s+(?:(?:${anyCase(COUNTED_FROM_A_DAY_TOLD.source)})|the\s+next\s+${DAY_OR_ITS_PART}\b))))`;
/**
 * The writer's own party as the subject right before a verb ("Our group of eleven from the diocese arrived on Wednesday", "We arrived on Monday"): a
 * diary's or a blog's own travels, told with no place, are no one's news; "our correspondent said the minister arrived" reports another's.
 */
export const WRITERS_OWN_BEFORE = String.raw`(?:\b(?:I|[Ww]e)|\b[Oo]ur(?:\s+(?!(?:said|says|told|tells|reported|reports)\b)[\w’'-]+){1,8})\s+`;
/** Those whose very noun tells they are held ("prisoners", "hostages"): a pardon counted of them frees captives, where "pardoned 12 soldiers who had deserted" frees none. */
export const HELD_BY_THEIR_NOUN = String.raw`(?:${HELD_NOUNS.map((noun) => `${noun}s`).join('|')})\b`;
/** Those held whom a side frees, counted ("1,900 Palestinian prisoners", "twenty living hostages"); "captivity" is where they come home from, not who. */
export const HELD_PEOPLE = String.raw`(?:${HELD_BY_THEIR_NOUN}|(?:soldiers|servicemen)\b)`;
/**
 * A relative clause that tells someone named was held (", who was held in the United States for more than two years, "): told of a captive, a
 * return home after it is the release, whoever tells it ("… is returning home, Peskov told journalists").
 */
export const WHO_WAS_HELD = String.raw`,\s+who\s+(?:was|had\s+been|has\s+been)\s+(?:held|jailed|detained|imprisoned)\b[^.;]{0,120}?,\s+`;
/** Captives told as freed, perhaps named by whose they are ("freed Palestinian prisoners", "the released hostages"). */
export const FREED_CAPTIVES = String.raw`\b(?:[Ff]reed|[Rr]eleased)\s+(?:(?:[A-Z][\w-]+|living|remaining)\s+){0,2}${HELD_PEOPLE}(?!['’])`;
/**
 * Freed captives as the subject of an arrival, carried or not ("Buses carrying freed Palestinian prisoners have begun arriving in Ramallah", "The released
 * hostages arrived at Re'im"): the arrival is their release's (an exchange), no one's trip.
 */
export const FREED_ARRIVING_BEFORE = String.raw`${FREED_CAPTIVES}[^.;,]{0,40}?`;
/**
 * A clause counted from an act by a span with no count, opened after a comma, its act after it (", and months after the US expelled the envoy", ", years
 * before Vell signed"): that act has no day of the sentence's, not even one told before the span ("landed on 12 May, and months after …"); a counted span
 * (", nine days after") is counted back elsewhere, and a span with no comma before it is an adverbial of the act after it ("on Monday just days after the
 * election Ana Marr met …").
 */
export const VAGUE_SPAN_BEFORE_ITS_ACT = /^[^;]*?,\s+(?:(?:and|but)\s+)?(?:(?:just|only|barely|some|a\s+few|several|many)\s+)?(?:days|weeks|months|years|decades)\s+(?:after|before)\s+[^,;]*$/;
/** What may stand before a day that opens its sentence ("On", "Late on", "Early on the morning of"): the day is then the main clause's, not a clause's before a span. */
export const DAY_OPENING_ITS_SENTENCE = /^\s*(?:(?:on|in|at|by|late|early|last|this|the|morning|afternoon|evening|night|of)\s+)*$/i;
/** A diplomat of another state ("the ambassador", "two consular officials", "its chargé d’affaires"). */
const DIPLOMATIC_ENVOY = String.raw`(?:ambassadors?|envoys?|diplomats?|consuls?(?:-general)?|consular\s+(?:officials?|staff)|attach[eé]s?|charg[eé]\s+d['’]affaires)(?!\w)`;
/**
 * A diplomat as the object an act names, right after its determiner, number or a name ("two Orsk diplomats", "the Lusk commercial attaché", "South
 * Africa's ambassador"): no bare plural, which is a habit's ("has expelled diplomats before"), and no preposition before the envoy, whose words or visit
 * are then the object ("the remarks of the ambassador").
 */
const ENVOY_AS_OBJECT = String.raw`(?:(?:the|a|an|its|their|his|her|two|three|four|five|several|\d+)\s+|[A-Z][\w’'.-]*\s+)(?:(?!(?:of|by|from|for|to|with|on|at|in|about|over|and|the|a|an)\s)[\w’'.-]+\s+){0,3}?${DIPLOMATIC_ENVOY}`;
/**
 * A diplomat expelled, its verb done ("expelled two Orsk diplomats", "has expelled the Kessel ambassador"), or declared
 * unwelcome ("declared the envoy, Ana Marr, persona non grata"; not "declared that …"): not a plan weighed or a habit ("is considering expelling", "expels
 * diplomats whenever …"), nor the bare "expel" of a threat or a call ("threatened to expel"), nor one denied or only supposed ("never expelled", "would have expelled").
 */
export const EXPELLED_ENVOY = String.raw`(?<!\b(?:not|never|would\s+have|could\s+have|might\s+have)\s+)(?:\bexpelled\s+(?=${ENVOY_AS_OBJECT})|\bdeclared\s+${ENVOY_AS_OBJECT}(?!['’])[^.;]{0,40}?\b(?:persona\s+non\s+grata|unwelcome)\b)`;
/** An arrival told in an aside about someone the sentence names (", who arrived at Cointrin on Sunday morning,"): background to the sentence's own news, whose people stay with it. */
export const ARRIVAL_ASIDE_BEFORE = String.raw`,\s+(?:who|which)\s+(?:(?:had|has|have)\s+)?(?:just\s+|only\s+|already\s+)?`;
/** Where a journey from another town ends, arrived or landed at ("Kessel airport", "Joint Base Andrews", "Lusk Central Station"): no court, ward or hall, where an arrival is no journey. */
const PORT_OF_ENTRY = String.raw`(?:[Aa]irport|[Aa]irfield|[Aa]ir\s+[Bb]ase|[Bb]ase|[Ss]tation|[Pp]ort|[Hh]arbou?r|[Tt]erminal)\b`;
/**
 * An arrival told in such an aside with a day of its own, in a sentence whose own act tells another day after it ("Ana Marr, who had landed in Lusk on
 * Monday, met the premier on Wednesday"): the stay it began, an act of its day beside the sentence's news. One with no other day of the act after it
 * stays background: the journey on to a meeting of its day is the meeting ("who arrived in Lusk on Monday, met Lund on Monday evening"), and one with
 * no act after it tells of its traveller ("The team was headed by Ines Marr, who had arrived at Lusk airport on Monday night, with two aides").
 * Arrived "at" only a port of entry ("who arrived at Lusk Crown Court on Monday" is no journey); the act's other day is a weekday or a day of a month
 * ("on Route 9", "on Channel 4" tell none).
 */
export const ARRIVAL_ASIDE_OF_ITS_OWN_DAY = String.raw`(?<=${ARRIVAL_ASIDE_BEFORE})(?:arrived|landed|touched\s+down)\s+(?:in\s+|at\s+(?=(?:the\s+)?[A-Z][^,;.]{0,40}?\b${PORT_OF_ENTRY}))(?=(?:the\s+)?[A-Z][^,;.]{0,60}?\bon\s+(?<asideDay>${DAY_NAMED})(?:\s+(?:morning|afternoon|evening|night))?,[^.;]{0,160}?\bon\s+(?!\k<asideDay>)(?:${WEEKDAY_NAME}|\d{1,2}\s+${MONTH_STEM}|${MONTH_STEM}[a-z]*\.?\s+\d))`;
/** Text ending in the opening of an aside on the name before it (ARRIVAL_ASIDE_BEFORE: "Ana Marr, who had"). */
export const ASIDE_OPENED = new RegExp(String.raw`${ARRIVAL_ASIDE_BEFORE}$`);
/** …on the sentence's subject, a name with its titles only that opens the sentence ("Premier Aldo Vance, who had"; not "Police questioned Ian Hale, who had"). */
export const ASIDE_ON_THE_SUBJECT = new RegExp(String.raw`^(?:\p{Lu}[\p{L}\p{N}’'.-]*\s+)*\p{Lu}[\p{L}\p{N}’'.-]*${ARRIVAL_ASIDE_BEFORE}$`, 'u');
/** From a journey told in such an aside to the act right after the aside closes, no doer of its own between ("… in Lusk on Monday, met"; not "…, after Tom Rell was arrested"). */
export const ASIDE_CLOSED_BEFORE_ITS_ACT = /^[^,;]*,\s+(?:(?:then|later|also|was|were|has|had|been)\s+)*$/;
/** Words that set a plan for a day (PLAN_ASIDE, SET_FOR_A_DAY): "scheduled for", "due on", "set to". */
const SCHEDULED = String.raw`(?:due|scheduled|set|planned|slated)`;
/**
 * "a meeting between X and Y, to be held in Washington on September 18": a phrase set off after the event's noun that makes it a plan still ahead;
 * so does the noun's own verb after an aside ("The summit on the dam, called off last month, is back on for Friday").
 */
export const PLAN_ASIDE = new RegExp(
  String.raw`^[^,;.]{0,100}(?:,\s+(?:to\s+be\s+held|to\s+take\s+place|${SCHEDULED}\s+(?:to|for|on|in)\b)|(?:,\s+[^,;.]{0,60},)?\s+(?:is|are)\s+(?:(?:now|still|also)\s+)?(?:back\s+on|going\s+ahead)\b)`,
  'i',
);
/** How a plan's first day is told (DUE_DAY_ASIDE, LEFT_DAY): "originally planned for", "initially set for", "first scheduled on", "due on". */
const AT_FIRST = String.raw`(?:originally|initially|first|previously)`;
/** A plan's day as it was set, as it was expected, or as it was first announced ("first announced for 5 June") (DUE_DAY_ASIDE, LEFT_DAY); an aside that makes a plan (PLAN_ASIDE) takes the set words alone: ", expected to …" after a noun may be a forecast of it ("talks, expected to be tough"). */
const SET_FOR_A_DAY = String.raw`(?:${SCHEDULED}|expected|announced)`;
/**
 * A plan set off by commas right after the event's noun ("Talks on the rail link, scheduled for Monday, were held …",
 * "The meeting, originally planned for May, took place …"): the day it had been due, not the clause's verb, which follows it.
 */
export const DUE_DAY_ASIDE = new RegExp(String.raw`^[^,;.]{0,60}?,\s*(?:(?:which|that)\s+(?:was|were|had\s+been)\s+|${AT_FIRST}\s+)?${SET_FOR_A_DAY}\s+(?:for|on|in|to)\b[^,;]{0,60},`, 'i');
/**
 * "Posted" is a saying but for what is posted somewhere or posted as a result: people set at a post ("posted troops on the border", "posted two
 * guards at the gate") and a company's figures ("posted a loss", "posted record profits"); the words between may not be a saying's own noun
 * ("posted a message about the troops" is one).
 */
const POSTED_NOT_SAID = String.raw`(?:troops|soldiers|guards?|sentr(?:y|ies)|police(?:men)?|officers|forces|units|men|staff|loss(?:es)?|profits?|gains?|earnings|results|deficits?|surplus(?:es)?|revenues?|growth|rises?|falls?|drops?|declines?)`;
const POSTED_AS_SAYING = String.raw`posted(?!\s+(?:(?!(?:message|post|statement|video|text|tweet|comment|note|letter|photo|picture)\b)[\w.,%-]+\s+){0,3}?${POSTED_NOT_SAID}\b)`;
/**
 * Verbs of saying and making known: a date beside one is the day of the news. Whom one told may be a noun after its article ("told the radio", "told a rally",
 * "told state television"), two more words before it after the article ("told the Barsk parliament", "told the upper house", "told the party's congress"),
 * none of them the start of what was told ("told the ministers to meet on Monday", "told the envoy that they would").
 */
const TOLD_AUDIENCE_WORD = String.raw`(?!(?:to|that|he|she|they|we|it|would|will|was|were|had|has|have|on|in)\b)[\w’'-]+`;
export const REPORTING =
  String.raw`(?:said|says|saying|announcing|declaring|confirming|warning|revealing|insisting|unveiled|unveils|outlined|outlines|floated|told\s+(?:an?\s+(?:news|press)\s+(?:conference|briefing)|(?:the|a|an|his|her|their|its)\s+(?:${TOLD_AUDIENCE_WORD}\s+){0,2}\w+|(?:state\s+|local\s+|national\s+)?\w+)|announced|announces|confirmed|confirms|repeated|reiterated|reported|reports|stated|declared|wrote|${POSTED_AS_SAYING}|published|tweeted|revealed|disclosed|leaked|added|noted|insisted|warned|cautioned|cautions|stressed|stresses|emphasised|emphasized|reaffirmed|indicated|acknowledged|claimed|suggested|signalled|signaled|made\s+clear|denied)`;
/** Verbs of making known that take the happening as their object ("announced the strike", "confirms the closure", "revealing the deal"); "reporters" is none. */
export const MADE_KNOWN = String.raw`(?:announc|confirm|report|reveal|disclos|deni)(?:ed|e?s|ing)`;
/** Verbs of coming to know ("I learned tonight that …", "heard on Monday that …"): a date beside one is the day the news reached its subject, as a saying's is the day it was made known. */
export const LEARNING = String.raw`(?:learned|learnt|heard|found\s+out)`;
/**
 * Verbs of binding oneself to a later act, told in the past with that act as their infinitive ("on Friday agreed to meet Putin", "agreed in
 * November to buy its rival", "on Monday offered to host talks"): a date beside one is the day the plan was made, as a saying's is the day
 * it was made known, not the day of the act. Not "decided" nor "voted", whose act may be done at once ("voted on Monday to dissolve itself").
 */
export const PLEDGING = String.raw`(?:agreed|promised|pledged|vowed|offered|undertook)`;
/** "Issued" is a saying only with a text of saying for its object ("issued a joint statement", not "issued a decree"). */
export const ISSUED_A_SAYING = String.raw`issued(?=\s+(?:an?|its|their)\s+(?:[\w-]+\s+)?(?:advisory|statement|warning|communiqu[eé]|readout|alert)\b)`;
/** What a welcome is said of when no one is received: a decision, a step or a text ("welcomed the decision", "welcomed the court's ruling", "welcomed the move"). */
const WELCOMED_THING = String.raw`(?:decisions?|moves?|steps?|deals?|agreements?|accords?|rulings?|verdicts?|approvals?|announcements?|news|releases?|ceasefires?|truces?|outcomes?|results?|plans?|proposals?|initiatives?|progress|reports?|votes?|resolutions?|statements?|reforms?|bills?|laws?|settlements?)`;
/**
 * A decision or a text at the head of its object, not a noun modifier of someone received ("welcomed the news crews", "welcomed the
 * bill's sponsors"): what follows the thing ends its noun phrase.
 */
const A_WELCOMED_THING = String.raw`(?:the|an?|its|their|this|that)\s+(?:[\w’'-]+\s+){0,3}?${WELCOMED_THING}\b(?=\s*[,.;:]|\s*$|\s+(?:on|of|to|by|in|as|from|late|earlier|yesterday|today|this|last|with)\b)`;
/**
 * A verb of judging that is a saying whatever it judges ("criticised the deal", "praised the rescuers"), and a welcome of a decision or
 * a text, not of someone received ("welcomed the decision", not "welcomed the prime minister"); "hailed" likewise, or with what it was
 * hailed as ("hailed the vote as a turning point"), not a taxi.
 */
export const JUDGING_ITS_OBJECT = String.raw`(?:criticised|criticized|praised|(?:welcomed|hailed)(?=\s+${A_WELCOMED_THING})|hailed(?=\s+(?:the|an?|its|their|his|her|this|that)\s+(?:[\w’'-]+\s+){0,4}?as\b))`;
/**
 * The object's own first showing after it ("praised the film at its premiere on Friday", "criticised the play at its opening"): a day
 * after it is the showing's, the object's happening, not the day of what was said of it.
 */
const AT_ITS_OWN_SHOWING = String.raw`at\s+(?:its|their)\s+(?:premi[eè]re|debut|screening|opening|unveiling)s?\b`;
/**
 * A saying told by what it did to its object, its day after the object ("Qatar condemned the attack on Tuesday", "denounced the
 * decision late on Sunday", "The embassy issued an advisory on Tuesday night", "issued a joint statement on Friday", "announced the
 * visit on 28 May": the announcing, not the visit, is of that day): the verb, then the object. Only verbs that are a saying whatever
 * they take, and "issued" only with a text of saying.
 */
export const SAID_OF_ITS_OBJECT = String.raw`(condemned|denounced|deplored|announced|${ISSUED_A_SAYING}|${JUDGING_ITS_OBJECT})\s+(?:the|an?|its|their|his|her|this|what)\s+(?:(?!${AT_ITS_OWN_SHOWING})[\w’'-]+\s+){0,4}?`;
/**
 * A verb told with the form its saying took, perhaps after its object, before its day ("welcomed the move in a statement on Thursday afternoon",
 * "had threatened in a letter on July 12 to raise tariffs", "thanked the crews in a speech on Monday"): the form makes any verb a saying of that
 * day; the verb, then the form. The form may be its speaker's own, told by its occasion ("told the country in his Christmas address on
 * 24 December that he would step down on 3 October": the address is of its day, the step down what was said), and the object a bare plural
 * ("thanked emergency workers in a message on Tuesday"). A verb in the passive ("was criticised in a statement") has no speaker before it (PASSIVE_BEFORE).
 */
export const SAID_IN_ITS_FORM = String.raw`([a-z]+ed|said|told|wrote|spoke)\s+(?:(?:(?:the|an?|its|their|his|her|this|what)\s+)?(?:[\w’'-]+\s+){0,4}?)?in\s+(?:an?|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:statement|letter|post|message|speech|address|interview)\s+(?:${FORM_PUT_OUT}\s+)?`;
/** A verb of saying that opens a second predicate with no subject of its own ("… had given Ukraine until Thursday to accept it, but said on Saturday that …", "and then told reporters"): its subject is its clause's. */
export const COORDINATED_SAYING_BEFORE = /,?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:(?:has|had|have)\s+)?$/;
/**
 * …or told as the act's sequel with no "and", the act's clause running up to it ("met Lund in Tarn on Monday, then told reporters …", "held talks
 * on Monday before announcing a joint statement"): a gerund after "before" has no subject of its own, nor a verb after "then" with none named.
 * "and then" is COORDINATED_SAYING_BEFORE's.
 */
export const SAYING_AS_SEQUEL = /(?<!\band)(?:,\s*|\s+)(?:then|before)\s+$/;
/** A team's members as a host receives or addresses them ("the squad", "the players", "the medallists"). */
const TEAM_MEMBERS = String.raw`squad|players|medall?ists|athletes`;
/**
 * A telling to a gathering's guests of themselves, as a host tells them at the meeting ("and told them they had "made history"", "told
 * the players they were an example", "told him he was welcome"): the telling's clause has the hearers for its subject, so it is the
 * gathering's own words, no news of its own; "told her his party was leaving the government" tells of another and is.
 */
export const TOLD_THE_GUESTS_OF_THEMSELVES = new RegExp(String.raw`^told\s+(?:(?:them|(?:the|his|her|their)\s+(?:[\w’'-]+\s+)?(?:${TEAM_MEMBERS}|team|delegation|guests|visitors))\s+(?:that\s+)?they|him\s+(?:that\s+)?he|her\s+(?:that\s+)?she)\b`);
/** A name that opens its clause, after no more than a title or two ("President Donald Trump had given …"): the clause's subject. */
export const SUBJECT_AT_OPENING = /^\s*(?:[A-Z][\w.’'-]*\s+){0,3}$/;
/** A state named as the whole subject of a saying, at its clause's opening ("Qatar condemned …", "In Jerusalem, Israel said on Tuesday …", "Russia on Monday denied …"). */
export const STATE_SUBJECT_BEFORE = /(?:^|[,;:—–]\s*|\b(?:and|but)\s+)(?:the\s+)?$/;
export const STATE_SUBJECT_AFTER = /^\s+(?:(?:(?:on|late|early|earlier|later)\s+)?[A-Z][a-z]+\s+)?$/;
/** A trigger that is itself the claim ("on Monday claimed control of the city"): the day of the claim is the act's, as REPORTED_PERFECT's is. */
export const CLAIM_TOLD = /^claim(?:s|ed|ing)?\b/i;
/** Today and the days and parts of days named from it ("yesterday", "tonight", "this morning"): what a news day and a speaker's day are both told by. */
const TODAY_AND_ITS_PARTS = String.raw`(?:yesterday|${REST_OF_TODAY})`;
/** A day the news names from its own ("said yesterday", "told reporters this morning", "said last night", "posted overnight"): beside a verb of saying, the saying's day, as a weekday is. */
export const NEWS_RELATIVE_DAY = String.raw`(?:${TODAY_AND_ITS_PARTS}|last\s+night|overnight)\b`;
/**
 * A joint statement named by the day it was made, after "of" ("the companies' joint statement of July 24") or after the participle that put it out ("the joint
 * press announcement issued today", "the joint statement on climate, issued on Thursday evening"): the saying of a pair, as a second report tells one the
 * first told by its makers' verb; not one named by what it is of ("a statement of intent"), nor one of a day to come ("to be issued on Friday"). One side's
 * plain or written statement of a day may be a press release (noun-of-its-day.test.ts).
 */
export const STATEMENT_OF_ITS_DAY = String.raw`\bjoint\s+(?:statement\s+of\s+(?:last\s+)?${DAY_NAMED}|(?:press\s+)?(?:statement|announcement|communiqu[eé])(?=(?:\s+(?:on|about)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?,?\s+(?:issued|released|published|put\s+out)\s+(?:(?:on|late\s+on|early\s+on)\s+)?(?:${DAY_NAMED}|${NEWS_RELATIVE_DAY})))`;
/**
 * Between a person and a joint statement named by its noun (STATEMENT_OF_ITS_DAY), the words that make them its makers: its possessors, alone or with a second
 * ("Chancellor Marr and President Lind's joint statement"). Anyone else its sentence names welcomed it or tells of it ("Lund welcomed the joint communiqué").
 */
export const JOINT_MAKERS_BETWEEN = /^(?:\s+and\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)?['’]s\s+$/u;
/**
 * A statement its sentence tells as made by more than one ("issued a joint statement", "said jointly", "spoke together", "The two sides issued their climate
 * statement"): the one a joint statement named by its noun may be (merge/compatible.ts jointStatementOfItsMakers); two people each saying their piece are not.
 */
export const SAID_JOINTLY = /\bjoint(?:ly)?\b|\btogether\b|\btheir\s+(?:[\w-]+\s+)?statement\b/i;
/** The day congratulations are told with: named, or the day of a happening ("on the afternoon of the announcement"). */
const CONGRATULATION_DAY = String.raw`${DAY_NAMED}|[Yy]esterday|${NEWS_RELATIVE_DAY}|on\s+the\s+(?:day|morning|afternoon|evening|night)\s+of\b`;
/**
 * Congratulations given ("Orbán congratulated him on the afternoon of the announcement", "sent his warmest congratulations to the winner on Monday"): their
 * giver's saying of that day. Not one's own back patted ("congratulated himself", "congratulated each other"), nor congratulations only received ("thanked
 * everyone for their congratulations"), nor those a call told before them carried ("phoned Ruiz on Monday and congratulated her": the call), nor those
 * told with no day in their sentence ("Li met Ramaphosa. Li congratulated South Africa on hosting the summit."): what was said at the meeting a
 * readout tells, no saying of its own.
 */
/**
 * What tells congratulations given, read from right after their first word (the word itself spanned again, `\b\w+`), so that only a sentence's verb of
 * congratulating pays for the long scans: no call told before them in the sentence, and a day around them (CONGRATULATION_DAY).
 */
const CONGRATULATIONS_TOLD = String.raw`(?<!\b(?:phoned|rang|telephoned|called(?!\s+for\b))\b[^.;]{0,100}\b\w+)(?<=(?:\b(?:${CONGRATULATION_DAY})[^.;]{0,80}?|(?=[^.;]{0,100}?\b(?:${CONGRATULATION_DAY})))\b\w+)`;
export const CONGRATULATED = String.raw`\b(?:congratulat(?:ed|es)\b${CONGRATULATIONS_TOLD}(?!\s+(?:himself|herself|themselves|itself|myself|ourselves|yourselves|yourself|each\s+other|one\s+another)\b)|(?:sent|sends|offered|offers|extended|extends|conveyed|conveys)\b${CONGRATULATIONS_TOLD}\s+(?:(?:his|her|their|its|my|our)\s+)?(?:(?:warm|warmest|heartfelt|sincere|personal|hearty)\s+)?congratulations\b)`;
/**
 * A relative pronoun after an act's noun whose clause names a day (", which fell within seconds when Friday's earthquake shook the city", ", which both leaders
 * signed on Monday"): the clause tells the act on its own day, its noun the antecedent. One with no day only describes the noun (", which fell into disuse").
 */
export const DATED_RELATIVE = String.raw`,\s+(?:which|that)\b(?=[^,.;]{0,80}?\b(?:${DAY_NAMED}|yesterday|${NEWS_RELATIVE_DAY}))`;
/**
 * A participle right before a day that a verb of saying follows ("Two investigators flown in yesterday said …", "officers sent on Monday
 * said …"): the day is the participle's, a reduced relative clause of the subject, not the saying's.
 */
export const PARTICIPLE_BEFORE_THE_DAY = /\b(?:[a-z]+ed|flown|drawn|taken|given|chosen|driven|sent|brought)\s+(?:(?:in|out|back|up|on)\s+)?$/;
/** A verb of its own right after a saying's day ("Home Office figures published yesterday show …"): the participle before the day was its noun's, a reduced relative clause, no one's saying. */
export const VERB_OF_THE_PARTICIPLES_NOUN = /^\s*(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated)\b/;
/**
 * A verb of judging whose object, right after its day, is a quotation ("welcomed on Saturday "a historic step"", "hailed on Monday
 * "a new chapter"", "condemned on Tuesday "an act of piracy""): the words judged are the speaker's own, a saying of that day. A person
 * or a thing after the day ("welcomed on Saturday the Pope") is a welcome or an act, no saying.
 */
export const JUDGED_IN_QUOTED_WORDS = String.raw`(welcomed|hailed|praised|condemned|denounced|deplored|criticised|criticized)`;
/** The determiners a judged or called noun phrase opens with ("called the decision …", "called her plan "a disgrace"", "condemned their silence"). */
/**
 * A naming in quoted words, before its day ("called the decision "reckless and needless" on Tuesday", "called the league "a
 * circus" late on Sunday"): what its object was called is the speaker's own words, a saying of that day. Only with the quotation: "called
 * the meeting on Monday", "called Vell on Sunday" are a summons and a call. The object is a noun phrase, a pronoun ("her" both: "called her plan",
 * "called her") or a name ("called Vell "a liar"", kept capitalised under the callers' `i` flag). "called" is captured: reportVerbAt reads it as the verb.
 */
export const CALLED_IN_QUOTED_WORDS = String.raw`(called)\s+(?:(?:${DETERMINER}|an?)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|it|them|him|her|(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}))\s+["“][^"“”]{1,120}["”]\s+`;
/**
 * What a verb of judging judges, right after it: a noun phrase of the story ("the decision", "the government's plan"), a pronoun, each
 * other, or a name, perhaps in the possessive ("Wilders", "Wilders's decision"). Not an article's new thing ("called a snap election": a
 * summons) nor a preposition ("called for calm", "called on Vell to resign": a demand, read by the statement's triggers).
 */
const JUDGED = String.raw`(?:${DETERMINER}\s+(?:(?!(?:of|for|to|on|in|at|by|with|from|and|or|the|an?)\s)[\w’'-]+\s+){0,2}[\w’'-]+|it|them|him|her|each\s+other|one\s+another|[A-Z][^\s,.;:!?"“”()'’]*(?:\s+[A-Z][^\s,.;:!?"“”()'’]*){0,2}(?:['’]s?\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*)?)`;
/**
 * Nouns with an adjective's ending (JUDGING_ADJECTIVE) that one calls rather than judges: places, services and people phoned ("called the
 * emergency department", "the general hospital", "her accountant"), which the judged phrase would otherwise leave as its judgement.
 */
const CALLED_NOUN = 'department|hospital|restaurant|clinic|agent|tenant|assistant|consultant|accountant|attendant|lieutenant|sergeant|merchant|servant|applicant|resident|president|student|parent|patient|client|correspondent|detective|executive|representative|relative|secretary|dignitary|emissary|missionary|notary|official|general|admiral|principal|cardinal|professional|rival|terminal|tribunal|festival|mechanic|critic|cleric|medic|hotel';
/**
 * A word of judging that ends its phrase ("irresponsible", "unnecessary", "wrong"), guessed by an adjective's ending or listed; never a noun
 * one calls (CALLED_NOUN).
 */
const JUDGING_ADJECTIVE = String.raw`(?!(?:${CALLED_NOUN})${WORD_END})(?:[a-z]+(?:ible|able|ous|ful|less|ive|ary|ic|al|ent|ant)|un[a-z]+ed|misguided|wrong|absurd|unfair|unjust|bad|good|great|premature|cruel|false|fake|rash|naive|unwise)`;
/** Words after "called … a/an" that tell a time or a count, not a judgement ("called the vote a day early", "called him a second time", "called the mayor a dozen times"). */
const A_TIME_OR_COUNT = 'day|night|week|month|year|hour|minute|second|third|fourth|fifth|few|couple|little|bit|lot|time|dozen|number|handful|hundred|thousand|half';
/** Words after "called … a/an" that one calls for someone ("called her daughter a doctor", "called the dockers a taxi"): a service sent for, no judgement of them. */
const SENT_FOR = 'taxi|cab|minicab|car|ambulance|doctor|nurse|midwife|vet|plumber|electrician|locksmith|priest|lawyer';
/**
 * What its object was called, when that is a judgement: words quoted, something it was called ("a betrayal", "an attempted coup"), or a
 * word of judging that ends its phrase. Not a time or a count (A_TIME_OR_COUNT), a service sent for (SENT_FOR), nor a noun's modifier ("what it called its largest aerial attack").
 */
const JUDGEMENT = String.raw`(?:["“]|an?\s+(?!(?:${A_TIME_OR_COUNT}|${SENT_FOR})${WORD_END})[\w’'-]|${JUDGING_ADJECTIVE}(?=\s*[,.;:]|\s*$|\s+(?:and|but|or|at|in|on|after|before|because|as|while|during)${WORD_END}))`;
/** What one dismisses or rejects as a judgement of it: a claim ("dismissed the allegations", "rejected suggestions that …"). */
const CLAIM_NOUNS = String.raw`(?:claims?|allegations?|accusations?|suggestions?|criticism|charges?)`;
/**
 * What "condemned" or "denounced" sends someone to is a sentence or an informer's authority ("condemned Lund to ten years in prison",
 * "denounced her neighbour to the police"): a court's act or an informer's, no judgement ("condemned the decision to close the library" is one).
 */
const SENT_TO = String.raw`to\s+(?:death|life|prison|jail|exile|(?:[\w-]+\s+){1,2}(?:years?|months?|weeks?|days?)${WORD_END}|the\s+(?:police|authorities|gallows|stake)${WORD_END})`;
/**
 * After "dismissed … as", a clause of time or manner ("dismissed her chief of staff as the scandal grew", "as soon as the tapes emerged"):
 * a firing, not a judgement ("dismissed the fine as a stunt").
 */
const AS_A_CLAUSE = String.raw`(?:soon|long|well|part|if|though|the|he|she|it|they|we|i|you|his|her|their|its|this|that|these|those)${WORD_END}`;
/**
 * A building or a work "condemned" as unfit, its noun ending the object ("condemned the building", "condemned the old pier as unsafe"): an
 * inspector's order, no judgement; an act of building is one ("condemned the building of the wall").
 */
const CONDEMNED_AS_UNFIT = String.raw`(?:the|its|their|this|that)\s+(?:(?!(?:of|for|to|on|in|at|by|with|from|and|or)\s)[\w’'-]+\s+){0,2}?(?:buildings?|houses?|flats?|towers?|bridges?|piers?|jett(?:y|ies)|warehouses?|propert(?:y|ies)|structures?|dwellings?|tenements?|cottages?|barns?|sheds?)(?=\s*[,.;:]|\s*$|\s+(?:as|after|because|for|last|and)${WORD_END})`;
/**
 * A span its judging went on over, right after what it judged ("condemned the practice for decades", "praised the board for many years",
 * "criticised it throughout her career"): a stance held, as "has long" tells, no saying of the day. A span of what is judged is its reason ("for years of neglect").
 */
const OVER_A_SPAN = String.raw`(?:for|over|throughout)\s+(?:(?:(?:${CARDINAL_PATTERN}|many|several|some|a\s+few|the\s+(?:past|last)(?:\s+(?:few|${CARDINAL_PATTERN}))?)\s+)?(?:weeks|months|years|decades)|(?:a|the\s+(?:past|last))\s+(?:year|decade|generation|lifetime)|(?:his|her|their|its)\s+(?:whole\s+|entire\s+)?(?:career|life|tenure|term))${WORD_END}(?!\s+of${WORD_END})`;
/**
 * A verb of judging, told as done, that is a saying whatever day its sentence gives or none ("Schoof called the decision "irresponsible
 * and unnecessary"", "Yeşilgöz accused Wilders of putting himself before the country", "condemned the arrests", "dismissed the report as
 * fake", "rejected suggestions that the government was behind it"): the verb alone is matched, its object and judgement looked for after it.
 * Not a call or a summons ("called Vell on Sunday", "called a meeting", "called him back"), a charge ("is accused of", no object after
 * the verb), a sentence or an informing (SENT_TO), a firing or a court's dismissal ("dismissed the minister", "dismissed the case",
 * AS_A_CLAUSE), an inspector's order (CONDEMNED_AS_UNFIT), a label in a relative clause ("the fighting, which Kyiv called a provocation": its object is the relative, gone from after
 * the verb), nor a stance held over a span (OVER_A_SPAN).
 */
export const JUDGING = String.raw`(?:called(?=\s+${JUDGED}\s+${JUDGEMENT})|accused(?=\s+${JUDGED}\s+of\s)|(?:condemned(?!\s+${CONDEMNED_AS_UNFIT})|denounced|deplored)(?=\s+${JUDGED})(?!\s+${JUDGED}\s+${SENT_TO})|${JUDGING_ITS_OBJECT}|dismissed(?=\s+${JUDGED}\s+(?:[\w’'-]+\s+){0,3}?as\s+(?!${AS_A_CLAUSE})|\s+(?:the\s+)?(?:[\w-]+\s+)?${CLAIM_NOUNS}${WORD_END})|rejected(?=\s+(?:the\s+)?(?:[\w-]+\s+)?${CLAIM_NOUNS}${WORD_END}))(?!\s+${JUDGED}\s+${OVER_A_SPAN})`;
/** Before a verb of judging, another's word for it ("According to Lund, Ana Ruiz called …", "reportedly called", "allegedly denounced"): hearsay, not its judge's saying of the day. */
export const HEARSAY_BEFORE = /\b(?:according\s+to|reportedly|allegedly|apparently|purportedly|(?:is|was|are|were)\s+said\s+to\s+have)\b/i;
/**
 * Before a judge's verb, an office held then: the sentence opens on it ("As mayor, …", "As a young senator, …", "As head of the guild, …",
 * "Then harbour minister Ana Ruiz …", whose office in lower case is no title of one who came next) or an apposition tells it (", then
 * harbour minister,", ", at the time the deputy mayor,"): a profile's past, not the day's news.
 */
export const OFFICE_HELD_THEN = new RegExp(String.raw`^As\s+(?:(?:an?|the)\s+)?(?:[\w’'-]+\s+){0,2}(?:${OFFICE_NOUN})${WORD_END}|^Then\s+(?-i:(?:[a-z][\w’'-]*\s+){0,2}(?:${OFFICE_NOUN})\s+[A-Z])|,\s+(?:then|at\s+the\s+time)\s+(?:(?:an?|the)\s+)?(?:[\w’'-]+\s+){0,2}(?:${OFFICE_NOUN})${WORD_END}`, 'i');
/** An apposition after a judge's name that gives their office ("Ozgur Ozel, leader of the Republican People's Party (CHP), called …", "Ana Ruiz, the deputy mayor, …"). */
export const OFFICE_IN_THE_APPOSITION = new RegExp(String.raw`^,\s+[^,;]{0,60}?\b(?:${OFFICE_NOUN})${WORD_END}[^,;]{0,80},\s+$`, 'i');
/** Days named from the moment of speaking: inside a quotation they count from a day the article may not give. */
export const DEICTIC_DAY = new RegExp(String.raw`\b(?:${TODAY_AND_ITS_PARTS}|tomorrow|the\s+day\s+(?:after|before))\b`, 'i');
/**
 * A plan stated as of now ("will meet", "expects talks", "is due to"), unlike one reported
 * from before ("said talks would open on Sunday", "was scheduled for Sunday"), whose day may
 * well have passed.
 */
export const PRESENT_PLAN = /\b(?:will|shall|expects?|hopes?|plans?\s+to|(?:is|are|am)\s+(?:\w+\s+)?(?:expected|due|scheduled|set|slated|to)|upcoming|next)\b/i;
/** …also stated after its noun, as the verb of its own clause: "Talks between X and Y are set to open on Saturday", "A summit is scheduled for next week", "The summit … is back on for Friday". */
export const PRESENT_PLAN_AFTER = /^[^,;:]{0,80}?\b(?:(?:is|are)\s+(?:(?:now|still|also|tentatively)\s+)?(?:expected|due|scheduled|set|slated|planned|to|back\s+on)|(?:has|have)\s+been\s+(?:set|scheduled|planned|slated|called))\b/i;
/**
 * A time of a day on the clock ("1:30 p.m.", "11 a.m.", "14:05", "noon"): "shortly after 11 a.m." bounds a time, and opens no clause about another happening.
 * So does the midnight that ends a day, told before ("lifted the order just before midnight on Monday"): what came after it is the next day's.
 */
const CLOCK_OF_A_DAY = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\d{1,2}[:.]\d{2}\b|noon\b|midday\b)`;
/** …and the light of a day, which bounds a time of it as its clock does ("detained him before dawn on Wednesday", "shelled the town after dusk on Friday"). */
const LIGHT_OF_A_DAY = String.raw`(?:${LIGHT_OF_DAY_PATTERN})\b`;
/** Words that open a clause about another happening: a date in it is that happening's ("ahead of next week's summit"), and one outside it is not ("spoke by phone on Saturday ahead of the G20 meeting"); "when" and "while" only opening the sentence ("When they met in Madrid in March, Weber and Duarte agreed to …"), as inside it they often tell of the same happening.
 * Also a phrase naming the agreement an act followed ("in accordance with the agreements reached in Istanbul on 2 June", "under a deal struck last week", "pursuant to the truce agreed in Doha"): that agreement's day is its own, and the act's day the main clause's ("On 10 June, in accordance with …, a second group … was returned"). */
export const SUBORDINATOR = new RegExp(String.raw`\b(?:since|after(?!\s+(?:${CLOCK_OF_A_DAY}|${LIGHT_OF_A_DAY}))|before(?!\s+(?:${CLOCK_OF_A_DAY}|${LIGHT_OF_A_DAY}|midnight\b))|until|following|once|because|ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to|in\s+(?:accordance|line|keeping)\s+with|pursuant\s+to|under\s+(?=(?:the|an?|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|accords?|terms|truce|ceasefire|arrangements?)\b))\b|^(?:when|while|whilst)\b`, 'gi');
/** What follows a main clause's event and ends right before it: "on Thursday after two days of talks", "following 12 hours of negotiations". */
export const AFTER_A_LENGTH = /\b(?:after|following|at\s+the\s+(?:end|close)\s+of|concluding|capping)\s+$/i;
/** Verbs that close a gathering: a span they give a day to ends on it ("wrapped up two days of talks on Friday"), also as a participle after it ("Two days of talks ending Tuesday in Chisinau", "a three-day visit concluding on Friday"). */
export const ENDING = new RegExp(String.raw`\b(?:${ENDED}|ending|concluding)\b`, 'i');
/** Verbs that move a plan to another day. */
const MOVING = String.raw`(?:postponed|delayed|rescheduled|pushed\s+back|put\s+off|moved|shifted|brought\s+forward)`;
/**
 * A plan moved to a new day, told by its noun ("The photo-scanning workshop has moved from Tuesday 20 May to Tuesday 27 May", "Our webinar, first
 * announced for 5 June, will now be held on Thursday 12 June", "The book fair has been put off until Saturday"): the plan of its new day (NEW_DAY, LEFT_DAY
 * date it) when its noun (`thing`) is a happening's (acts-of-named-doers.ts). Its subject opens the sentence with a determiner (a name's plan is
 * ACT_PLANNED_OF_A_NAMED_DOER's); an aside telling its first day may stand between ("first set for Wednesday 12 March").
 */
export const PLAN_MOVED_TO_A_DAY = new RegExp(
  String.raw`^(?<subject>(?:[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts|[Tt]his\s+(?:week|month|year)['’]s|[Nn]ext\s+(?:week|month)['’]s)\s+(?<thing>[^,;:"“”()]{1,70}?))(?:,\s+[^,;:"“”()]{1,60},)?\s+(?<verb>(?:has|have|is|are)\s+(?:now\s+)?(?:been\s+)?(?:${MOVING})(?=\s+(?:from\s+[^,;:"“”()]{1,30}?\s+)?(?:until|till|to)\s)|will\s+now\s+be\s+held(?=\s+on\s))`,
  'du',
);
/**
 * Happenings held that no row of the table names, each a moved plan's noun as the table's nouns are (PLAN_MOVED_TO_A_DAY): a club's, a school's, a
 * trade body's or a town's calendar. A ferry, a payment or a decision delayed is none: what is late is no happening held on its new day.
 */
export const HELD_HAPPENING_NOUNS = ['fair', 'fete', 'workshop', 'webinar', 'seminar', 'tasting', 'festival', 'exhibition', 'lecture', 'ceremony', 'parade', 'referendum', 'election', 'auction', 'quiz', 'gala', 'reception'];
/** A word PLAN_MOVED_TO_A_DAY's verb ends on: a sentence without one is not asked it. */
export const PLAN_MOVED_WORD = /\b(?:postponed|delayed|rescheduled|back|off|moved|shifted|forward|held)\s/;
/**
 * A plan the sentence says was moved, right after its noun: "The talks had been due at noon but were pushed back to the evening",
 * "The meeting was supposed to start on Friday but was delayed". Not one called off: that plan did not happen at all.
 */
export const PLAN_MOVED_AFTER = new RegExp(String.raw`^[^.;]{0,80}?\b(?:had\s+been|was|were)\s+(?:due|supposed\s+to|meant\s+to|scheduled|set|planned|slated|expected)\b[^.;]{0,60}?\b(?:but|until|before)\s+(?:(?:it|they|the\s+\w+)\s+)?(?:was|were|had\s+been)\s+(?:later\s+)?${MOVING}\b`, 'i');
/** What follows a day that tells its event's noun, up to the noun: "Tuesday's call", "Monday's phone call", "Friday’s high-level meeting". */
export const POSSESSIVE_DAY = /^['’]s\s+(?:[\w-]+\s+){0,2}$/;
/** A date in the possessive ("Tuesday's", "next year's"): it dates the noun it is said of, which stands within three words after it (POSSESSIVE_HEAD: "Tuesday's high-level security meeting"). */
export const POSSESSIVE_DATE = /^['’]s\s/;
export const POSSESSIVE_HEAD = /^['’]s\s+(?:[\w’'-]+\s+){0,3}$/;
/**
 * Before the noun of a gathering a meeting, talks or a call is held beside ("to meet Lund in Antalya, Turkey, on the sidelines of a
 * NATO meeting, later today", "in the margins of the G20 summit on Friday", "On the fringes of Tuesday's conference"): a day
 * told there is the side meeting's, the gathering's only when told of it alone ("The summit opened on Thursday").
 */
export const SETTING_OF_A_SIDE_MEETING = new RegExp(String.raw`\b(?:${anyCase('on|in|at')})\s+the\s+(?:sidelines?|margins?|fringes?)\s+of\s+(?:(?:an?|the)\s+)?(?:[\w’'-]+\s+){0,3}$`);
/** …unless a clause of its own follows its noun ("on the sidelines of the G20 summit, which opened on Thursday"): the day there is the gathering's. */
export const SETTING_TOLD_OF_ITS_OWN = /^[^,;.]{0,40}?,?\s+(?:which|that|where)\s/;
/** Done at the happening a possessive date is said of: "at Monday's summit", "on the sidelines of Tuesday's conference"; "Tuesday's conference in Oslund, where … pledged" (read from after the date). */
export const AT_THE_HAPPENING = /\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+$/i;
export const WHERE_AT_THE_HAPPENING = /^['’]s\s+[^.;,]{0,80},\s+(?:where|at\s+which|during\s+which)\s+[^.;]*$/i;
/**
 * From a journey to a gathering in the clause of where it went, read from the journey's words or
 * its day, whichever comes later: "on Thursday, where she and Foreign Minister Selim Aydın held",
 * "(On Thursday she flew) to Ankara, where she and Aydın held"; or where an onward leg the traveller
 * was carried on took them, however much is told of the journey first ("landed at Kessel late on Monday
 * aboard the plane of the premier's envoy, Ivo Sand, and was driven to the palace, where …").
 */
export const WHERE_AFTER_JOURNEY = /^(?:[^.;]{0,60}?|[^.;]{0,120}?\band\s+(?:was|were)\s+(?:driven|taken|flown|brought|escorted)\s+(?:straight\s+)?to\s+[^.;,]{1,60}?),\s+where\b[^.;]*$/;
/**
 * What lies between a day and a trigger told in the passive in a clause of "after" whose pronoun takes back the clause before it:
 * "holds up the declaration on Saturday morning after it was adopted", "published the text on Friday after they had been formally approved".
 */
export const PASSIVE_AFTER_ITS_DAY = /^(?:\s+(?:morning|afternoon|evening|night))?,?\s+after\s+(?:it|they)\s+(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?$/;
/**
 * What lies between a date and a trigger in a clause of "when" set off after it, the date the clause's time:
 * "close their summit this afternoon, when Malaysia passes", "runs until Tuesday, when Velsland hands".
 */
export const WHEN_CLAUSE_AFTER_A_DATE = /^,\s+when\s+[^,.;:]*$/;
/** A year that names a prize's edition ("the 2025 Nobel Prize in Literature", "the 2058 Kessel Book Award"): the year it is of, no day of its awarding, which its sentence tells elsewhere ("this afternoon"). */
export const PRIZE_EDITION_AFTER = /^\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,4}(?:\p{Ll}+\s+)?(?:Prize|Award|prize|award)\b/u;
/** What comes before a year that is an office's term, not a day of its handing on: "passes the chair to the Philippines for 2026", "the presidency for the year 2027". */
export const TERM_OF_OFFICE_BEFORE = /\b(?:presidency|chairmanship|chair)\b[^,.;]{0,40}\bfor\s+(?:the\s+year\s+)?$/;
/**
 * A gathering told in the clause of a trip the subject is back from, up to its trigger: "returned on
 * Sunday from a visit to Geneva, where he met …", "flew home on Wednesday from a three-day trip to
 * Lilongwe during which she held talks …", "Back from a tour of the Gulf, in the course of which he met …";
 * or an arrival from the place it was held at: "arrived in Ankara on Tuesday evening from Rome, where he met the Pope …",
 * "flew into Nairobi on Wednesday from Addis Ababa, where she held talks …".
 * The trip lay before the return or the arrival; the clause (group 1) gives its gathering no day but its own.
 */
export const HELD_ON_A_TRIP_BACK = /\b(?:(?:return(?:s|ed|ing)?|back|home|came\s+back|flew\s+back)\b[^.;]{0,80}?\bfrom\s+(?:(?:a|an|the|his|her|their|its|this|last|[\w-]+-day|week-long|brief|short|state|official)\s+){0,4}(?:visit|trip|tour|journey|mission)\b|(?:arriv(?:e|es|ed|ing)|flew\s+in(?:to)?|fl(?:y|ies|ew)\s+on\s+to|landed|reached)\b[^.;]{0,80}?\bfrom\s+[^,.;]{2,40}(?=,))[^.;]{0,60}?(?:,\s*|\s)((?:where|during\s+which|in\s+the\s+course\s+of\s+which|on\s+which)\b[^.;]*)$/i;
/**
 * A month or a day written as the modifier of a noun ("the June summit", "the March 3 ceasefire", "their May talks"), before that
 * noun (ATTRIBUTIVE_DATE_BEFORE) and its head word or two (ATTRIBUTIVE_DATE_HEAD): the date is that noun's, not another event's.
 */
export const ATTRIBUTIVE_DATE_BEFORE = /\b(?:the|its|their|his|her|this|next|last)\s+$/i;
export const ATTRIBUTIVE_DATE_HEAD = /^\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\b/;
/** A sentence that moves a plan: "has been moved to Friday", "postponed by a week", "pushed back to early March". */
export const NEW_OR_MOVED = new RegExp(String.raw`\b${MOVING}\b`, 'i');
/** A plan moved by a length, not to a day: "postponed by a week", "pushed back by two days", "brought forward by a day" (group 1 the move, 2 the count, 3 the unit). */
export const MOVED_BY = new RegExp(String.raw`\b(${MOVING}|put\s+back|moved\s+(?:back|forward))\s+by\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\b`, 'i');
/** The day a plan had been set for, in the clause right before it: "due on Thursday", "planned for Monday in Kingston", "which had been due to open in Reykjavik on". */
export const WAS_DUE_BEFORE = /\b(?:originally|initially|previously|due|planned|set|scheduled|slated)\b(?:\s+(?:for|on|to\s+(?:open|start|begin|take\s+place|be\s+held)))?(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?\s+(?:for|on)?\s*$/;
/** A plan's new day: "postponed until next week", "moved to March 12", "pushed back to Friday", "moved from Sunday to Wednesday". */
export const NEW_DAY = new RegExp(String.raw`\b${MOVING}\s+(?:from\s+\w+\s+|\w+\s+)?(?:until|till|to|for)\s+(?:on\s+)?$`, 'i');
/** …told as now in force ("has been moved to Wednesday", "is postponed until Friday"): a day ahead of the telling, whatever the tense of the moving. */
export const NEW_DAY_IN_FORCE = new RegExp(String.raw`\b(?:has|have|is|are|will\s+be)\s+(?:now\s+)?(?:been\s+)?${MOVING}\s+(?:from\s+\w+\s+|\w+\s+)?(?:until|till|to|for)\s+(?:on\s+)?$`, 'i');
/** The day a plan was set for, right before it ("scheduled for Friday", "planned for Thursday"). */
export const SET_FOR = /\b(?:planned|set|scheduled|slated|due)\s+(?:for|on)\s+(?:on\s+)?$/i;
/** The day a plan's fate was told, right after the verb that tells it: "scheduled for Friday, was called off on Thursday", "cancelled on Monday". */
export const FATE_DAY = /\b(?:called\s+off|cancell?ed|scrapped|shelved|postponed|put\s+off|delayed)\s+(?:on\s+)?$/i;
/**
 * A gathering told as ended in a relative clause on its noun ("The talks, which ended on Wednesday,", "Talks between … on the border commission, that concluded on Friday,"),
 * read right after the noun: the round that ended, a past event of its own beside the one its main clause goes on to plan.
 */
export const ENDED_ROUND_ASIDE = /^[^,.;]{0,80}?,\s+(?:which|that)\s+(?:had\s+)?(ended|concluded|closed|wrapped\s+up|broke\s+up)\b[^,;]*,/di;
/** …whose main clause, right after the clause, plans the gathering's next round ("will resume in Geneva on March 24", "are due to reconvene", "is expected to continue"). */
export const RESUMPTION_PLANNED = /^\s*(?:will|would|(?:is|are)\s+(?:(?:due|set|expected|scheduled|slated|planned)\s+)?to)\s+(?:(?:now|then|only|be\s+set\s+to)\s+)?(?:resume|reconvene|restart|continue)\b/i;
/** The day a plan had before it moved: "originally planned for February 1", "initially set for Sunday", "had been due on Friday", "moved from Sunday to …". */
export const LEFT_DAY = new RegExp(String.raw`\b(?:${AT_FIRST}|had\s+been)\s+(?:been\s+)?${SET_FOR_A_DAY}\s+(?:for|on|to\s+(?:take\s+place|start|begin|open)\s+(?:on|in)?)\s*(?:on\s+)?$|\b${MOVING}\s+from\s+$`, 'i');
/** A time counted from another event's day, which the sentence does not give: "a day earlier", "two days later", "the next day", "the day before". */
export const COUNTED_FROM_ANOTHER = new RegExp(String.raw`\b(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|fortnights?|months?|hours?)\s+(?:earlier|later|(?:before|after)(?!\s+(?:the|his|her|their|its|a|an)\b))\b|\bthe\s+(?:next|following|previous)\s+(?:${DAY_OR_ITS_PART}|week)\b|\bthe\s+day\s+(?:before|after)\b(?!\s+(?:the|his|her|their|its|a|an)\b)|${THAT_DAY}`, 'i');
/** Verbs that carry a gathering on to another day. */
export const CONTINUATION = /\b(?:reconven(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|continu(?:e|es|ed|ing)|(?:meet|met|meeting)\s+again|pick(?:s|ed)?\s+up\s+again)\b/i;
/** Such a verb right after what it carries on, as its predicate ("The talks resume tomorrow morning", "the negotiations will continue on Friday", "The talks are due to reconvene on Monday"). */
export const CONTINUED_AFTER = /^\s+(?:(?:will|would|shall|are|is|were|was)\s+(?:(?:due|set|expected|scheduled)\s+to\s+)?|(?:are|is)\s+(?:due|set|expected|scheduled)\s+to\s+)?(?:reconven(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|continu(?:e|es|ed|ing)|go(?:es)?\s+on)\b/i;

/**
 * Talking that went on for hours or until late ("talked for nearly five hours", "talked for hours", "talked until the early hours of Sunday",
 * "were still talking late into the night", "talked through the night", "talked until dawn"): a session of talks, whoever the sides.
 * Talking "about", "of" or "to" someone is not enough: the length or the lateness is what tells a sitting.
 */
export const TALKED_LATE = /\b(?:talked|talking)(?=\s+(?:(?:again|privately|directly|face\s+to\s+face|on)\s+)?(?:for\s+(?:(?:about|nearly|almost|more\s+than|over|some|several|many)\s+)?(?:\w+\s+)?hours?\b|(?:(?:late|far|deep)\s+)?(?:until|till|into|through)\s+(?:(?:late|early|dawn|daybreak|midnight|after\s+midnight)\b|the\s+(?:early\s+hours|small\s+hours|(?:early\s+)?morning|(?:whole\s+)?night|evening)\b)|late\s+into\s+the\s+(?:night|evening)\b|overnight\b))/gi;

/**
 * A government or its head brought down by a chamber's motion, the motion named after the verb ("toppled it with a censure motion", "was brought down by a
 * no-confidence vote", "ousted the cabinet in a confidence vote"): a toppling told with no motion may be a coup or a defeat at the polls.
 */
export const GOVERNMENT_TOPPLED = String.raw`\b(?:toppl(?:e|es|ed|ing)|(?:brought|brings?|bringing)\s+down|oust(?:s|ed|ing)?|felled)\s+(?:[\w’'-]+\s+){0,4}?(?:with|by|in|through)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:censure|no-confidence|confidence|no\s+confidence)\s+(?:motion|vote|ballot)\b`;
/**
 * A party taken out of a coalition by its leader, the party named between ("Wilders pulled his PVV out of Prime Minister Dick Schoof's coalition on 3 June",
 * "pulled the Greens out of the government on Friday"): the party's exit from the coalition, of its day, as one told by the party's own verb is ("quit the
 * coalition"). Not one threatened ("threatened to pull his party out of the coalition").
 */
export const PARTY_PULLED_OUT = String.raw`(?<!\bthreaten(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}to\s+)\b(?:pull|pulls|pulled|pulling|took|takes|take|taking)\s+(?=(?:his|her|their|its|the)\s+(?:[\w’'-]+\s+){0,2}?out\s+of\s+(?:(?:the|[\w’'.-]+)\s+){0,5}?(?:coalition|government)\b)`;
/** Where a sentence opens, behind its first word: the text's start, or a stop and its closing quote before the spaces (a paragraph's sentence). */
const SENTENCE_OPENS = String.raw`^|[.!?:]["”’']?\s+`;
/** What a civil drill is for, opening its sentence ("Emergency drills began", "Evacuation drills were held"): no name of an exercise, though compromise's lexicon (englishWord) lacks these words. */
export const CIVIL_DRILL = String.raw`(?:Emergency|Evacuation|Rescue|Earthquake|Tsunami|Lockdown|Flood)`;
/**
 * Forces drilling together, told by the noun of their drill ("the joint exercise of Russia and Belarus", "naval drills in the Baltic", "began the Zapad
 * exercise", "Zapad-2025 exercises"): qualified as military, or named, since "an exercise in patience" or "the exercise of power" is none. A name is told by its
 * year ("Zapad-2025") or by its capital: a day ("Monday drills") has its capital whatever it is, and so has a sentence's first word, a name there only
 * if it is no English word (group `opening`: "Zapad exercises began", not "Fire drills were held") nor a civil drill's (CIVIL_DRILL).
 */
export const MILITARY_EXERCISE = String.raw`(?:\b(?:joint|military|naval|air|army|war|strategic|nuclear|live-fire)\s+(?:(?:military|naval|air|[\w-]+-scale)\s+)?(?:exercises?|drills|manoeuvres|maneuvers|war\s+games)|(?:\b\p{Lu}\p{L}+-\d{4}|(?<=${SENTENCE_OPENS})(?!${CIVIL_DRILL}\b)(?<opening>\p{Lu}\p{L}+)|(?<!${SENTENCE_OPENS})\b(?!(?:The|This|That|These|Those|An?|Its|Their|His|Her|Our|Each|Every|Such|No|One|${WEEKDAY_NAME})\b)\p{Lu}\p{L}+)\s+(?:exercises?|drills|manoeuvres|maneuvers))\b`;
/**
 * A backing taken back by who gave it ("withdrew his endorsement of the communiqué", "pulled its support for the resolution", "has withdrawn their signature
 * from the letter"): a public saying, unlike troops or an ambassador withdrawn.
 */
export const BACKING_WITHDRAWN = String.raw`\b(?:withdr(?:ew|aws?|awn|awing)|pull(?:s|ed|ing)?|revok(?:e|es|ed|ing))\s+(?:his|her|its|their)\s+(?:(?:public|formal|earlier|official)\s+)?(?:endorsement|support|backing|signature)\b(?=\s+(?:of|for|from)\b)`;
/**
 * A speech told by the verb of giving it, the speech perhaps qualified ("delivered a speech", "gave a long speech", "makes his first policy speech", "will
 * deliver the keynote address", "gave a homily"): an address only delivered, as "gave his address" is a place told.
 */
export const SPEECH_GIVEN = String.raw`(?:(?:deliver(?:s|ed|ing)?|g[ai]ve|gives|giving|mak(?:e|es|ing)|made)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:speech|lecture|sermon|homily|keynote)|deliver(?:s|ed|ing)?\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?address)\b`;
/**
 * A gathering addressed as the audience of a speech ("addressed the assembly", "addresses a rally in Lusk", "addressed the UN climate summit", "speaks to a shippers' conference"),
 * or the supporters a leader speaks to ("spoke to supporters at an arena in Ottawa early this morning", "addressed his supporters in Lusk"): not a matter addressed at it,
 * neither one of the gathering's own ("addressed the conference's concerns") nor one only growing ("a gathering storm of criticism", "gathering momentum").
 */
export const GATHERING_ADDRESSED = String.raw`(?:(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}?(?:${SITTING_GATHERING}|assembly|crowd|rally|congress|convention|forum|plenary|gathering(?!\s+(?:storm|momentum|pace|clouds|speed|strength|force)\b)|faithful|audience)|(?:(?:his|her|their|its)\s+)?supporters)\b(?![’'])`;
/**
 * A gathering spoken to ("told the opening session", "told a summit of Gulf leaders", "in his intervention in the first
 * session", "in her speech to the plenary session"): the saying's audience, which its statement trigger names, not a
 * report of the gathering of its own; so is one listened to ("Quirno listens to a session on Sunday", a caption's "Delegates
 * listen during the closing session"): a spectator's picture, no meeting. As the tail of a negative lookbehind before a gathering's noun.
 */
export const SPOKEN_TO_BEFORE = String.raw`\b(?:(?:told|telling)|(?:intervention|speech|address|remarks)\s+(?:in|at|to|before)|listen(?:s|ed|ing)?\s+(?:to|during|in))\s+(?:a|an|the|its|their)\s+(?:(?!(?:the|a|an|that)\b)[\w’'-]+\s+){0,2}`;
/** A statement trigger naming the gathering it was said to ("told the opening session", "in his intervention in the first session"), and which day of it the session was. */
export const SAID_TO_GATHERING = /^(?:told|telling|intervention|speech|address|remarks)\b[^.;]*\b(?:session|summit|plenary|meeting|assembly|gathering)$/i;
export const OPENING_SESSION = /\b(?:opening|first|inaugural)\s+(?:[\w’'-]+\s+)?(?:session|plenary|day)\b/i;
/**
 * A meeting told beside a gathering's sitting rather than in it: "before the first session", "ahead of the opening
 * plenary", "after the closing session", "at the summit": with SIDELINES, a meeting held where that gathering is.
 */
export const BESIDE_A_SESSION = /\b(?:before|ahead\s+of|after)\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:session|plenary)\b|\bat\s+the\s+(?:[\w’'-]+\s+){0,2}?summit\b/i;
/**
 * A sentence telling a sitting of a gathering as coming next, after what the sentence before it told: "Premier Li then chaired
 * the summit session in the afternoon", "Vera chaired the plenary session that followed", "The summit session followed at noon".
 * What that sentence told ("In the morning the president received the two leaders") is a happening of its own beside the gathering.
 */
export const SESSION_TOLD_AS_NEXT = /\bthen\s+(?:[\w’'-]+\s+){0,2}?(?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:session|plenary|summit)\b|\b(?:session|plenary|summit)\s+(?:that|which)\s+followed\b|\b(?:session|plenary|summit)\s+(?:then\s+)?followed\b(?!\s+(?:by|from|on\s+from))/i;
export const CLOSING_SESSION = /\b(?:closing|final|last|concluding)\s+(?:[\w’'-]+\s+)?(?:session|plenary|day)\b/i;
/**
 * A gathering over days whose first day is another body's ("on Sunday and Monday, with foreign ministers meeting first",
 * "on 3 and 4 May, opening with a meeting of finance ministers", "over two days, with their ministers gathering on the first day"):
 * the leaders' gathering is the days after it.
 */
export const MINISTERS_FIRST = /^[^.;]{0,80}?\b(?:with|after)\s+(?:(?:the|their|its)\s+)?(?:[\w-]+\s+){0,2}?ministers['’]?\s+(?:meeting|gathering|convening|sitting|meet|gather|convene)\s+(?:first|beforehand|on\s+the\s+(?:first|opening)\s+day)\b|^[^.;]{0,80}?\b(?:open(?:s|ing)?|start(?:s|ing)?|begin(?:s|ning)?)\s+with\s+(?:a|an|the)\s+(?:meeting|session|gathering)\s+of\s+(?:[\w-]+\s+){0,2}?ministers\b|^[^.;]{0,80}?\b(?:open(?:s|ing)?|start(?:s|ing)?|begin(?:s|ning)?)\s+with\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?ministers['’]\s+(?:meeting|session|gathering)\b/i;
/** The ministers' meeting such a gathering opens with, around its trigger ("a meeting of finance ministers", "a foreign ministers' session"). */
export const MINISTERS_MEETING = /\b(?:meeting|session|gathering)\s+of\s+(?:[\w-]+\s+){0,2}?ministers\b|\bministers['’]\s+(?:meeting|session|gathering)\b/i;
/** Words before "summit" that make it a mountain's top, not a gathering: "reached the summit", "climbed to the summit". */
export const MOUNTAIN_SUMMIT_BEFORE = String.raw`\b(?:reach(?:es|ed|ing)?|climb(?:s|ed|ing)?(?:\s+to)?|scal(?:e|es|ed|ing)|conquer(?:s|ed|ing)?|hik(?:e|es|ed|ing)\s+to|walk(?:s|ed|ing)?\s+to)\s+(?:the\s+)?`;
/** Words after "summit" that make it a mountain's top: "the summit walk up Kestrel Pike", "the summit of Mount Arvel", "summit cairn". */
export const MOUNTAIN_SUMMIT_AFTER = String.raw`\s+(?:walk|walks|climb|climbs|trek|hike|trail|path|ridge|cairn|route|push|attempt|plateau|of\s+(?:Mount|Mt\.?|Ben|Mont|Monte|the\s+(?:mountain|hill|peak|volcano|pass)))\b`;

/**
 * Words after "summit" that make it the name of a text the summit gave ("have signed the summit document", "adopted the summit declaration"),
 * or its possessor ("withdrew his endorsement of that summit's communiqué"): the text's signing, adopting or disowning is the happening told,
 * and its signers are that act's, not a gathering's of their own.
 */
export const SUMMIT_TEXT_AFTER = String.raw`(?:['’]s)?\s+(?:(?:document|declaration|communique|statement|text|conclusion)s?\b|communiqués?)`;

/**
 * A club's own gathering of its members: a night out observing the sky ("Last night's observing session at Pike Hill was cut short by cloud", "a stargazing
 * evening on Friday", "the spring star party") or the meeting a club's own letter tells its members of ("Our monthly meeting is on Tuesday 18 March", "the
 * society's annual meeting", a union branch's or a chapter's general meeting: "The branch's general meeting is on Thursday"): a happening of its day, no
 * meeting of sides, so no meeting's kind (CLUB_MEETING_BEFORE keeps it from that row); a meeting with someone is one of sides ("Our meeting with the
 * minister is on Tuesday"). Only a body of members in lower case: "the European Union's meeting" is of states. A star
 * party (STAR_PARTY) is a night of its own, open to all, not one of the club's sessions.
 */
const CLUB = String.raw`(?:club|society|association|guild|circle|section|branch|chapter|lodge|union)`;
/**
 * Whose a club's meeting is: the writer's own, or a club's ("Our", "the chess club's"). Its words in lower case even in a row read in either case (the
 * meeting row's CLUB_MEETING_BEFORE): "the European Union's meeting" is of states, which that row keeps.
 */
const CLUB_OWN = String.raw`(?-i:[Oo]ur|(?:[Tt]he|[Oo]ur)\s+(?:[\w’'-]+\s+){0,2}?${CLUB}['’]s)`;
/** The words of a club's meeting's sort or turn between whose it is and its noun ("Our next monthly meeting"). */
const CLUB_MEETING_SORTS = String.raw`(?:(?:monthly|weekly|annual|next|regular|general|spring|summer|autumn|winter|first)\s+){0,2}`;
/**
 * A company's or an office's meeting of all its own staff, by its sort ("an all-hands meeting for employees", "Friday's staff meeting"): its own gathering, as a
 * club's is. Not the staff of a title ("the Joint Chiefs of Staff meeting on Tuesday", a meeting of officials), nor staff meeting someone, the verb with its object.
 */
const STAFF_MEETING_SORT = String.raw`(?:all[\s-]+hands|(?<!\bof\s+)staff|employees['’]?)`;
export const STAFF_MEETING = String.raw`(?<=\b${STAFF_MEETING_SORT}\s+)meetings?\b(?!\s+(?:with|the|a|an|them|him|her|his|their|its|those|these)\b)`;
/** A meeting no club's own nor a staff's (kinds.ts, the meeting row): not after whose it is, or one with a side ("Our meeting with the board on Monday"), which is a meeting of sides. */
export const CLUB_MEETING_BEFORE = String.raw`(?:(?=meetings?\s+with\b)|(?<!\b${CLUB_OWN}\s+${CLUB_MEETING_SORTS})(?!${STAFF_MEETING}))`;
export const STAR_PARTY = String.raw`\bstar\s+part(?:y|ies)\b`;
export const CLUB_GATHERING = String.raw`\b(?:observing|stargazing|viewing)\s+(?:session|night|evening)s?\b|(?<=\b${CLUB_OWN}\s+${CLUB_MEETING_SORTS})meetings?\b(?!\s+with\b)`;
/**
 * A body's meeting with its staff or with the public, told by its noun as held or hosted ("holds a town hall for employees", "will hold a public debrief at the
 * Aupuni Center", "hosted a town-hall meeting"): the town hall its verb holds is no building ("at the town hall"), nor one opened or built.
 */
export const OPEN_MEETING_HELD = String.raw`\b(?:held|holds|hold|holding|host(?:s|ed|ing)?)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:town[\s-]hall|debrief(?:ing)?)\b(?!\s+(?:building|square|steps|chamber)\b)`;
/** A gathering held as a rule, its habit told after it ("hosts a public talk every month", "gather every Sunday to watch"): a custom, no event. */
const HELD_AS_A_HABIT = String.raw`(?![^.;]{0,60}?\b(?:every|each)\s+(?:other\s+)?(?:\w+\s+)?(?:day|week|month|year|night|evening|weekend|summer|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)`;
/** A gathering's title in quotes, before or after its noun ("the "Interstellar Visitors" evening", "Our evening show, "Interstellar Visitors,""). */
const GATHERING_TITLE = String.raw`["“][^"”.;]{1,60}["”]\s*`;
/** A gathering's running told between its noun and its day ("the show runs in the dome on Saturday", "the concert takes place at the Orsk Arena on Friday"). */
const GATHERING_RUNS = String.raw`(?:(?:will\s+)?(?:runs?|opens?|starts?|begins?|takes?\s+place)|is\s+(?:held|on|staged))(?:\s+(?:in|at)\s+the\s+(?:[\w’'-]+\s+)?[a-z][\w’'-]*)?`;
/**
 * A public gathering someone holds or hosts for an audience, told by its noun: a screening, a concert, a public talk or lecture ("will host a public talk on
 * the images on Thursday evening", "held its screening for schoolchildren", "puts on a concert"), or by where someone was at it ("at a free screening in La
 * Serena on Wednesday", "sang the song again at a free concert organised by the city"), or by whose it is ("drove to Dunmore for Professor Harrowgate's talk",
 * "at Vell's concert"), or by its day alone after it ("the Nobel lecture in Stockholm on 7 December", "her lecture on Thursday"; not after a word of time:
 * "met Ruiz after the concert on Friday", where the gathering only marks when the act was, whose day it is); a talk given is one too ("will give a free
 * talk in Keller Hall"), not talks held, nor talk of or with someone ("Putin's talk of peace"), nor a talk of conversation ("gave a pep talk"). The noun
 * is matched and its verb, "at", its owner or its day looked for around it. Not
 * its venue, its tickets or its series ("the concert hall", "a screening room", "the lecture series"), nor one held as a rule ("hosts a public talk every
 * month", "holds a screening each Friday"): a custom, no event; nor one of a year alone ("met her husband at a concert in 1990": a background); nor a
 * screening that is a check, medical or at a border ("a free diabetes screening", "a security screening at the airport"). Several may be held ("two screenings").
 */
const PUBLIC_GATHERING = (noun: string): string =>
  String.raw`(?:(?<=\b(?:(?:hold|holds|held|holding|host(?:s|ed|ing)?|stag(?:e|es|ed|ing)|put(?:s|ting)?\s+on|organi[sz](?:e|es|ed|ing)|g[ai]ve|gives|giving)\s+(?:a|an|the|its|their|his|her|two|three|four|several|\d+)|at\s+(?:a|an|the)|(?:at|for|to)\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*['’]s)\s+(?:[\w’'-]+\s+){0,2}?(?:${GATHERING_TITLE})?)${noun}s?\b|(?<=\b(?:the|his|her|their|its|our)\s+(?:[\w’'-]+\s+){0,2}?)(?<!\b(?:before|after|following|since|until)\s+(?:the|his|her|their|its|our)\s+(?:[\w’'-]+\s+){0,2}?)${noun}(?=(?:,?\s+${GATHERING_TITLE},?)?(?:\s+${GATHERING_RUNS})?(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?\s+on\s+${DAY_NAMED}))(?![\s-]+(?:halls?|venues?|rooms?|tickets?|series|season|programmes?)\b)(?![^.;]{0,40}?\b${IN_A_YEAR_ALONE})${HELD_AS_A_HABIT}`;
export const SCREENING_HELD = PUBLIC_GATHERING(String.raw`(?<!\b(?:security|health|medical|cancer|diabetes|breast|blood|eye|sight|hearing|dental|drugs?|baggage|luggage|passenger|airport|border|covid|virus|newborn|prostate|bowel|cervical|lung|heart|genetic|background)[\s-]+)screening(?!s?\s+(?:tests?|checks?|programmes?|centres?|clinics?)\b)`);
export const CONCERT_HELD = PUBLIC_GATHERING('concert');
/**
 * …a show put on for the public ("Our free evening show runs in the dome on Saturday", "came to the laser show at the Orsk Arena on Friday"), or an evening
 * named by its title ("went to the planetarium's "Interstellar Visitors" evening on 5 July"): one noun, so that a show told ahead and the evening told
 * after merge. Not a show of something ("a show of force", "a show of hands"), nor any evening: a time of day, unless a title names it. Not a programme
 * on the air, told by its kind or by being "on" it ("appeared on her chat show on Friday", "a guest on the breakfast show"), nor the verb, whose day
 * comes before what it shows ("The polls show on Monday that …").
 */
export const SHOW_HELD = PUBLIC_GATHERING(
  String.raw`(?:(?<!\b(?:chat|talk|tv|television|radio|breakfast|morning|daytime|late-night|news|game|quiz|cookery|cooking|reality|comedy|panel|phone-in|podcast)[\s-]+)(?<!\bon\s+(?:the|a|an|his|her|their|its|our|my|your|[\w-]+['’]s)\s+(?:[\w’'-]+\s+){0,2})show(?!s?\s+(?:of\b|on\s+(?:[\w,]+\s+){1,3}?(?:that|how)\b))|(?<=["”]\s*)evening)`,
);
export const PUBLIC_TALK_HELD = PUBLIC_GATHERING(String.raw`(?:public\s+(?:talk|lecture)|lecture|(?<!\b(?:pep|team|small|half-time|locker-room|tough|straight|frank|sales|heart-to-heart)[\s-]+)talk(?!s|\s+(?:of|with|about)\b))`);
/**
 * …a celebration or a party of the public ("held their own celebration at Flushing Meadows", "will host a victory party"), or a session or meeting the public is
 * told things at ("will hold an information session on Thursday", "an information meeting on the bridge"), which the meeting row leaves to it.
 */
export const CELEBRATION_HELD = PUBLIC_GATHERING(String.raw`(?:celebration|(?:victory|street)[\s-]+party)`);
export const INFORMATION_SESSION_HELD = PUBLIC_GATHERING(String.raw`(?:information|info)\s+(?:session|evening|meeting)`);
/**
 * A crowd watching a count, a result or a match together, told by its noun held ("hosted a watch party") or by the crowd gathered for it ("about eighty people
 * gathered to watch the count", "Hundreds of fans gathered in the square to follow the final"): a happening of its day and place. Not a habit ("gather every
 * Sunday to watch"), nor watching anything else alone ("stayed home to watch").
 */
export const WATCH_PARTY_HELD = String.raw`${PUBLIC_GATHERING(String.raw`watch[\s-]+party`)}|(?<=\b(?:${PROTESTING_CROWD}|fans|residents|families|students|dozens)\s+(?:of\s+(?:[\w’'-]+\s+){1,2}?)?)gathered\s+(?:[\w’'-]+\s+){0,4}?to\s+(?=(?:watch|follow)\b)${HELD_AS_A_HABIT}`;
/**
 * Someone welcomed home by the public, told ahead or done: welcomed home ("was welcomed home by thousands"), welcomed at an airport with no host named ("will be
 * welcomed at Vienna airport this afternoon"), coming home to a crowd ("came home to a crowd of several thousand"), given a hero's welcome. A visitor welcomed at
 * the airport by a host ("was welcomed at the airport by the foreign minister") or with a visit's honours ("with a guard of honour", "on a state visit") is
 * the visit's arrival, no homecoming; a welcome to a place is a visit's (kinds.ts).
 */
export const WELCOMED_HOME = String.raw`\bwelcomed\s+(?:back\s+)?home\b|(?<=\b(?:was|were|is|are|be|been|being)\s+(?:(?:warmly|then|later)\s+)?)welcomed\s+(?:back\s+)?(?=at\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?airport\b(?![^.;]{0,60}?\b(?:by|guard\s+of\s+honou?r|red\s+carpet|(?:state|official)\s+visit|visit|talks)\b))|\b(?:came|come|comes|coming|returned|returns|returning|flew|flies|flying)\s+(?:back\s+)?home\s+to\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:crowds?|welcome|reception|fans|supporters|cheers)\b|\b(?:a|an)\s+hero(?:['’]s|es['’])\s+welcome\b`;
/**
 * Those briefed in person at a meeting ("brief donors", "briefed EU ambassadors", "briefs the council", "will brief Member States in Geneva"), in either case as a body's
 * title has its capitals ("briefed the Security Council"); never reporters or the press, whose briefing is a statement.
 */
export const BRIEFED_BODY = anyCase(String.raw`(?:donors|ambassadors|envoys|ministers|diplomats|allies|partners|governors|mayors|lawmakers|legislators|senators|council|committee|cabinet|member\s+states)`);

/** A truce's own start told by a verb of beginning right after it, or after the pronoun that names it ("The truce itself started at midnight", "It began at 6 a.m."). */
export const TRUCE_BEGAN = String.raw`(?:\s+(?:itself|finally|formally|officially|only))?\s+(?:began|begins|started|starts)\b`;

/**
 * A truce's taking effect told by its verb ("came into force", "took effect", "took hold"), which may stand far from the noun, past a
 * participle phrase or a first coordinated verb ("The truce, brokered by Qatar and Egypt after weeks of talks, entered into force at
 * 11:15", "The ceasefire … was announced in Doha on 15 January and entered into force on 19 January").
 */
export const TRUCE_TOOK_EFFECT = String.raw`(?:came|comes|entered|enters)\s+into\s+(?:force|effect)|(?:took|takes|taken)\s+(?:effect|hold)`;
/**
 * An agreement put into effect by a side ("puts the trade agreement with Estmark into effect", "had been put into effect by Velmark on Thursday",
 * "was signed into effect by the president") or taking effect itself ("The accord takes effect on 1 March", "the deal came into force on Monday"): the
 * happening of its day, not the agreeing. A truce's or a levy's own taking effect is theirs (not after a truce word; no truce or levy between the noun and
 * "takes effect", nor a second clause's subject: "approved the agreement, and the ceasefire took effect"); one told in a relative clause ("an accord signed
 * in 2024, which entered into force in May") is background to its sentence;
 * an order that puts it into effect is the order signed ("signed the order putting the trade deal into effect"), and one to put it is a purpose.
 */
const INTO_EFFECT = String.raw`into\s+(?:effect|force)\b`;
const AGREEMENT_TAKING_EFFECT = String.raw`(?<!\b(?:ceasefire|cease-fire|truce)\s+)\b${AGREEMENT_NOUN}\b(?:(?!\b(?:tariffs?|levy|levies|dut(?:y|ies)|ceasefire|cease-fire|truce|which|that)\b|\band\s+(?:the|a|an|its|their)\b)[^.;]){0,60}?`;
export const AGREEMENT_IN_EFFECT = String.raw`(?<!\b(?:to|(?:orders?|decrees?|proclamations?)(?:\s+(?:that|which))?)\s+)\b(?:puts?|sign(?:s|ed)?|brings?|brought)\s+(?:the|a|an|its|their|this|that)\s+(?:[\w’'-]+\s+){0,3}?${AGREEMENT_NOUN}\b(?:\s+(?:with|between)\s+(?:[\w’'.-]+\s+){1,4}?)?\s*${INTO_EFFECT}|(?<=(?<!\b(?:ceasefire|cease-fire|truce)\s+)\b${AGREEMENT_NOUN}\b[^.;]{0,100}?\b(?:was|were|(?:has|have|had)\s+been)\s+)(?:put|signed|brought)\s+${INTO_EFFECT}|(?<=${AGREEMENT_TAKING_EFFECT})\b(?:${TRUCE_TOOK_EFFECT}|(?<=\b(?:to|will|would)\s+)(?:take\s+effect|come\s+${INTO_EFFECT}))\b`;
/** …and the agreement, for its title ("Trade deal takes effect"): its noun with the one word before it that is no article ("the trade deal", "That deal"). */
export const AGREEMENT_NAMED = new RegExp(String.raw`\b(?:(?!(?:the|a|an|its|their|this|that|these|those|his|her|and|of|with)\b)[\w’'-]+\s+)?${AGREEMENT_NOUN}\b`, 'gi');

/**
 * "and" or "but" joining a truce's taking effect to a first predicate of the same subject ("The truce was announced in Doha on Friday
 * and entered into force in Gaza on Sunday", "The ceasefire was agreed on Monday but only took effect on Wednesday"): the verb, however
 * near the noun, tells the truce's own day and place, so it is matched, not the noun (the noun's clause is the first verb's).
 */
export const SECOND_PREDICATE_AND = String.raw`\b(?:and|but)\s+(?:${SECOND_PREDICATE_ADVERB}\s+)?`;

/**
 * …or by its state now in a report of its day ("The ceasefire is now in force", "the truce is now in effect"), or by the passive of one
 * side's declaring it ("A truce was declared at dawn"). Not one only planned ("could enter into force next week"), nor a state since
 * some day ("has been in force since January": no "now").
 */
export const TRUCE_IN_FORCE_NOW = String.raw`(?:is|are)\s+now\s+in\s+(?:force|effect)|(?:was|were|(?:has|had)\s+been)\s+declared`;

/**
 * A truce already known ("the truce", "the Gaza ceasefire") named in a clause of time hung on another
 * happening ("A further 630 lorries had crossed on Sunday after the truce took effect", "Shops reopened
 * once the ceasefire began"): the clause places that happening, it is no report of the truce. A truce
 * brought in there as new ("after a ceasefire agreed in Malaysia took effect at midnight") still is. A truce the main clause came
 * before (", shortly before the truce took effect") is kept as an undated mention by TIME_CLAUSE_BEFORE.
 */
export const KNOWN_TRUCE_IN_TIME_CLAUSE = String.raw`(?<!\b(?:after|since|once|when)\s+the\s+(?:[\w-]+\s+)?)`;

/** A noun a preposition makes the topic of something else ("Talks on a ceasefire began", "hopes for a truce started to fade"): not the thing itself. */
export const NOT_TOPIC_BEFORE = String.raw`(?<!\b(?:on|for|over|about|towards?|of)\s+(?:(?:a|an|the|any|lasting|new|possible|permanent)\s+){0,2})`;

/**
 * The sentence just before (the paragraph's last, as findTriggers passes it) whose subject is a
 * truce: it opens with the truce in its first few words ("The ceasefire itself was agreed in
 * Putrajaya …", "A truce brokered by Qatar was declared on Sunday."). A pronoun opening the next
 * sentence ("It began …") names it; a truce named only later in that sentence may not be its subject, nor a noun the truce only qualifies ("The ceasefire line was drawn in 1990").
 */
export const TRUCE_SUBJECT_BEFORE = /(?:^|[.!?]["”’)]?\s+)(?:[\w’'-]+\s+){0,3}(?:ceasefire|cease-fire|truce)\b(?!\s+(?:line|talks|negotiations|monitors?|zone|violations?)\b)[^.!?]*[.!?]["”’)]?\s*$/i;

/**
 * A building or room of state by its name ("the Oval Office", "the Kremlin", "the Élysée Palace",
 * "the Presidential Palace", "Government House", "the East Room"): where a host receives visitors.
 */
export const ROOM_OF_STATE = String.raw`(?:the\s+)?(?:(?:[A-Z][\w’'-]+\s+){1,3}(?:Office|House|Palace|Chancellery|Residence|Hall|Lodge|Room|Garden)|Kremlin|[ÉE]lys[ée]e(?:\s+Palace)?|Quirinale?|Zhongnanhai)\b`;

/** A team a host receives, named by its players ("received the squad at the Élysée Palace", "welcomed the medallists", "hosted their players"); "the squad's return" is not who is received. */
export const TEAM_RECEIVED = String.raw`(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+)?(?:${TEAM_MEMBERS}|Olympians)\b(?!['’])`;

/** Those who, seated together ("the two presidents sat down …"), are meeting: people named by an office they hold, not anyone who sits. */
export const SEATED_TOGETHER = String.raw`(?:leaders|presidents|ministers|premiers|chancellors|envoys|heads\s+of\s+state)`;

/** The day of a reception, told between its participle and its host ("received this Wednesday by", "welcomed on Monday by", "received yesterday by"). */
export const RECEIVED_ON_DAY = String.raw`(?:(?:this|last|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|on\s+\d{1,2}\s+[A-Z][a-z]+)`;
/** Where a reception was held, told between its participle and its host ("received at the White House by", "welcomed in Ankara by", "welcomed to Windsor by"). */
export const RECEIVED_WHERE = String.raw`(?:at|in|to)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*`;
/**
 * A host's reception told in a relative clause on the named place a journey went to ("flew to Lusk on Monday, where Chancellor Lind received her in the
 * afternoon", "arrived in Orsk, where the premier welcomed him"), its host named or by office and its guest a pronoun (HOST_BEFORE_RECEPTION, PRONOUN_GUEST): the
 * guest is the traveller (HOST_WHERE). A place the sentence leaves to its reader ("flew here, where Tusk received him") is not read.
 */
export const RECEIVED_IN_A_PLACE_CLAUSE = String.raw`(?<=(?:${GOING_TO}|\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?)\s+(?:in|at)|\bvisit(?:s|ed|ing)?)\s+(?:the\s+)?[A-Z][^,.;]{0,60},\s+where\s+${HOST_BEFORE_RECEPTION})\b(?:received|welcomed|hosted)\s+(?=${PRONOUN_GUEST})`;

/**
 * A gathering only called to mind by a comparison, no event of the story: what a scene, a day or
 * "it" recalled or evoked ("For Genevans the day recalled the Biden–Putin summit of June 2021", "The
 * scenes evoked the 1995 talks"), what something was reminiscent of or brought back memories of
 * ("a lockdown reminiscent of the G8 summit", "brought back memories of the Reykjavik summit").
 * Not a person who recalls ("the minister recalled the Lusk talks"), who may be telling of one.
 */
export const RECALLED_BEFORE = /(?:\b(?:the\s+(?:day|days|scene|scenes|sight|mood|atmosphere|operation|images?|spectacle|occasion|perimeter|lockdown)|it|this|that)\s+(?:recalled|recalls|evoked|evokes|echoed|echoes)|\breminiscent\s+of|\b(?:brought|brings|bring|bringing)\s+back\s+(?:memories|the\s+memory)\s+of)\s+(?:(?:the|a|an|that|those)\s+)?(?:[\w’'–-]+\s+){0,3}$/i;

/** An interview's question and the answer after it ("Q: On Wednesday he went to Paris. Why?" "A: … he met Macron in the morning"): the answer is read after its question. */
export const QUESTION_LINE = /^Q\s*[:.]\s/;
export const ANSWER_LINE = /^A\s*[:.]\s/;

/**
 * A paragraph's opening that points back to the day last told ("That Sunday, …", "The next
 * morning …", "On the Monday, …", "The day before, …", "A fortnight later, …", "Later that
 * week …", "In the afternoon …": a part of a day with no day of its own): the story runs on
 * from the paragraph before, whose dates are its antecedents.
 */
export const OPENS_POINTING_BACK = new RegExp(
  String.raw`^(?:(?:later|earlier)\s+)?(?:that|the\s+(?:same|next|following|previous|preceding))\s+(?:day|morning|afternoon|evening|night|week|weekend|${WEEKDAY_NAME})\b` +
    String.raw`|^(?:(?:later|earlier)\s+)?in\s+the\s+(?:morning|afternoon|evening)\b` +
    String.raw`|^the\s+(?:day|night|week)\s+(?:before|after)\b` +
    String.raw`|^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:days?|weeks?|fortnight)\s+(?:later|earlier|after\s+(?:that|this|it))\b` +
    String.raw`|^(?:on|by)\s+the\s+${WEEKDAY_NAME}\b`,
  'i',
);

/**
 * A journey told as ending late in its day ("arrived in Ankara on Tuesday evening", "arrived in Türkiye on Tuesday at
 * night", "landed late on Monday", "On the evening of 21 November … arrived in Johannesburg"): the gathering it was told for may be the next day's (trip-stay.ts, merge/date-fit.ts).
 */
/** The parts of the day a journey ends late in ("evening", "night"), and its moments ("dusk", "nightfall"): the dates lexicon's, by their TimeML codes. */
const LATE_PART_OF_DAY = Object.keys(PARTS_OF_DAY).filter((part) => PARTS_OF_DAY[part] === 'EV' || PARTS_OF_DAY[part] === 'NI').join('|');
const LATE_MOMENT_OF_DAY = Object.keys(MOMENTS_OF_DAY).filter((moment) => MOMENTS_OF_DAY[moment] === 'EV').join('|');
export const ARRIVED_LATE = new RegExp(
  String.raw`\b(?:[A-Z]\w*day\s+(?:${LATE_PART_OF_DAY})|(?:at|by)\s+(?:night|${LATE_MOMENT_OF_DAY})|late\s+(?:on\s+|in\s+the\s+)?(?:[A-Z]\w*day|${LATE_PART_OF_DAY})|(?:in\s+the|that|this|last)\s+(?:${LATE_PART_OF_DAY})|the\s+(?:${LATE_PART_OF_DAY})\s+of\s+(?:[A-Z]\w*day|\d{1,2}\s+[A-Z]\w+|[A-Z]\w+\s+\d{1,2})|overnight|tonight|(?:around|near|just\s+(?:before|after))\s+midnight)\b`,
);

/**
 * What a journey says it was made for, after its verb ("arrived in Johannesburg by special plane to attend the Group of
 * Twenty Leaders' Summit", "landed in Velm for the Coastal Forum summit"): the words up to the end of its clause, in which
 * a summit is looked for (trip-stay.ts cameForASummit).
 */
export const JOURNEY_PURPOSE = /\b(?:to\s+(?:attend|join|take\s+part\s+in|participate\s+in)|for)\s+(?:the|a|an)\s+([^,;:—–]{1,80})/i;

/** A journey told by its leaving or its way home ("his plane left for Beirut", "departed from Kabul", "flew home to Rome", "returns to Paris"): the going, never the stay at its end (trip-stay.ts). */
export const LEAVING_OR_GOING_HOME = /\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\s+(?:for|from)\b|\b(?:back|home)\s+to\b|\breturn(?:s|ed|ing)?\s+(?:home|to)\b/i;

/** …or by the place it left ("Mr Trump leaves Britain this afternoon", "left Stansted at noon"), read in the journey's own clause: "flew to Washington …, and after that argument he left the White House" went to Washington. */
export const LEFT_A_PLACE = /\b(?:leav(?:e|es|ing)|left)\s+(?=(?:the\s+)?[A-Z])/;

/** A meal, as a host gives one or guests share it ("a working lunch", "hosted the leaders for dinner", "a state banquet"). */
export const MEAL = String.raw`(?:lunch|luncheon|dinner|banquet|breakfast|supper)`;
/** What makes a meal one of business or of a state's protocol, a meeting with the guest ("a working lunch", "an official dinner", "a state banquet"). */
export const MEAL_OF_BUSINESS = String.raw`(?:working|official|state|business)`;
/**
 * A meal a host gives guests with no word of business or state ("hosted the leaders for dinner", "hosted a dinner for Lee after the talks"): the
 * evening's social occasion of its own, beside the talks or the summit of its day, not a meeting with them.
 */
export const HOSTED_MEAL = String.raw`\bhost(?:s|ed|ing)?\s+(?:(?:a|an)\s+(?!${MEAL_OF_BUSINESS}\s)(?:[\w-]+\s+)?${MEAL}\b|(?:[\w.’'-]+\s+){1,4}?for\s+(?:a\s+|an\s+)?(?!${MEAL_OF_BUSINESS}\s)(?:[\w-]+\s+)?${MEAL}\b)`;

/**
 * A signing told in turn, one signer after the other ("Wagner of Congo signed first; Nduhungirehe of Rwanda followed", "the two
 * ministers signed in turn", "signed one after the other"): a text's signing though no text is named, and the signers were at one
 * table, as at a venue (merge/family.ts toldByItsAct). Not a "first-round" or "first-team" anything.
 */
export const SIGNED_IN_TURN = String.raw`\bsigned\s+(?:first|in\s+turn|one\s+after\s+the\s+other)\b(?![\w-])`;
/**
 * A signing named by its noun with its own day, the place between them or the day before it ("the signing in Port Ardel on Sunday",
 * "the signing on Monday", "Tuesday's signing"): the text's signing of that day, told in an aside or a second clause. Not a player's
 * ("the signing of Jones on Monday", "the signing on Monday of a striker"): what was signed is not named after it.
 */
export const SIGNING_ON_ITS_DAY = String.raw`(?:(?<=\b[Tt]he\s+)signing(?=\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+)?on\s+${DAY_NAMED}(?!\s+of\b))|(?<=\b${WEEKDAY_NAME}['’]s\s+)signing\b(?!\s+of\b))`;

/**
 * The next signer's act after one told in turn, told by what he did after the first ("…; Nduhungirehe of Rwanda followed", "…, and
 * Marek did the same", "Then Marek signed too", "Marek signed next"); its subject stands before it. Not what someone followed ("followed the
 * debate"), nor a "followed by" or "followed from", which tell what came after something else.
 */
const NEXT_IN_TURN = String.raw`(?:then\s+)?(?:followed(?:\s+(?:suit|him|her|them))?(?=\s*(?:[.;,]|$)|\s+(?:[\w-]+\s+){0,2}(?:later|after(?:wards)?)\b|\s+(?:shortly|soon|at\s+once|in\s+turn)\b)|did\s+(?:the\s+same|likewise|so\s+too)|signed\s+(?:too|as\s+well|next|second|after\s+(?:him|her|them)))\b`;
/** …in a clause after the first act's in its sentence (";", "and", ", then"): the subject is the clause's words before the act. */
export const NEXT_IN_TURN_CLAUSE = new RegExp(String.raw`(?:;|,?\s+and|,\s+then)\s+(?<subject>[^;]{1,80}?)\s+${NEXT_IN_TURN}`, 'di');
/** …or as the whole next sentence, its subject opening it ("Ivo Marek of Varno followed a minute later."). */
export const NEXT_IN_TURN_SENTENCE = new RegExp(String.raw`^(?<subject>[^;,]{1,80}?)\s+${NEXT_IN_TURN}`, 'di');

/**
 * Someone a speaker calls by a name, in quotes or as a noun ("called Powell "too late"", "called Zelensky a dictator"): spoken of, not a speaker of
 * the saying. The words before the name and after it; a call placed to someone ("called Putin on Tuesday") is neither.
 */
export const CALLED_BY_A_NAME_BEFORE = /\bcall(?:s|ed|ing)?\s+$/u;
export const CALLED_BY_A_NAME_AFTER = /^\s+(?:["“‘]|an?\s+(?!(?:hour|day|week|month|year|minute|while|few)\b))/u;
/**
 * Who puts a question to another named at a saying's occasion, up to that one's name ("Ilse Varga asked Omar Daler … at his press conference", "Varga
 * pressed President Omar Daler …") and whom it asks about ("asked Daler about Ilse Varga"): neither is the speaker, who is the one answering. One who
 * asks an audience ("asked voters to back the plan", "pressed the council to approve it") is the speaker.
 */
export const ASKER_AFTER = /^\s+(?:asked|questioned|pressed|quizzed)\s+(?:\p{Lu}[\w.’'-]*\s+){0,2}$/u;
export const ASKED_ABOUT_BEFORE = /\babout\s+$/u;

/**
 * Official figures or minutes told by their coming out, as the main verb ("September's consumer price report came out last Friday", "the September
 * inflation report was released on 24 October", "The minutes of this week's meeting come out on 19 November"): the issuing office's saying of that
 * day, done or ahead; the verb is matched, as a month before the noun is what the figures are of, not their day. Figures cited for what they show ("Home Office figures published yesterday show …") have no verb of their own here, and are no event.
 */
export const FIGURES_PUBLISHED = String.raw`(?<=\b(?:(?:inflation|consumer[\s-]+price|producer[\s-]+price|jobs|employment|payrolls?|unemployment|GDP|growth|trade|retail[\s-]+sales)\s+(?:report|figures|data|numbers|statistics)|minutes)(?:\s+of\s+[^.;,]{1,40}?)?\s+)(?:(?:came|come|comes|coming)\s+out|(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been)\s+(?:released|published))\b`;
/**
 * The gathering minutes record or papers are for, named between them and their coming out ("The minutes of this week's meeting come out on …",
 * "Papers for the meeting will be published … a week before"): told for its papers, not reported itself.
 */
export const MINUTES_OF_BEFORE = /\b(?:minutes\s+of|(?:papers|documents|agenda)\s+for)\s+(?:[\w’'-]+\s+){0,3}$/iu;
/** A news outlet's name ending (entities lexicon): not a ministry's or a person's, whose reports are a saying or a complaint, no outlet's. */
const NEWS_OUTLET_END = String.raw`(?:${NEWS_OUTLET_WORDS})${WORD_END}`;
/**
 * A news outlet's report of a happening, told by the report ("The talks were first reported on Friday by The Wall Street Journal", "The sale was reported
 * by Bloomberg on Monday", "The Kessel Post first reported the merger on Tuesday"): the outlet's act of its day, which is not the happening's. Only by an
 * outlet named (after "by", or right before "first"), not cases "first reported in" a place, what someone "first reported that" he saw, nor what someone
 * first reported to the police ("She first reported the abuse") or a ministry reported ("deaths were reported by the Health Ministry").
 */
export const HAPPENING_REPORTED = String.raw`(?<=\b(?:was|were|had\s+been|has\s+been)\s+(?:first\s+)?)reported\b(?=[^.;,]{0,40}?\bby\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){0,4}?${NEWS_OUTLET_END})|(?<=\b${NEWS_OUTLET_END}\s+)first\s+reported\b(?!\s+(?:that|in|on|last|this|yesterday|earlier)\b)`;
/** The happening such a report tells, as its subject ("The talks were first reported …") or its object ("first reported the merger"): up to the report's verb or from it. */
export const SUBJECT_OF_A_REPORT = /^\s+(?:(?:had|has)\s+been|was|were)\s+(?:first\s+)?$/;
export const OBJECT_OF_A_REPORT = /^\s+(?:(?:the|a|an|its|their|plans\s+for(?:\s+the)?|news\s+of(?:\s+the)?)\s+)?(?:[\w’'-]+\s+){0,2}$/;
/** A day the happening's own relative clause tells after it ("first reported the meeting, which took place on Monday"): its own, not the report's. */
export const HAPPENINGS_OWN_DAY = new RegExp(String.raw`^,?\s+(?:which|that)\s+(?:[^.;,]{0,40}?\s+)?(?:on|of)\s+${DAY_NAMED}`);
/** A day told right after the gathering papers are for ("Papers for the board meeting on Thursday will be published on Monday"): the gathering's own, so it is a report of its own beside them. */
export const GATHERINGS_OWN_DAY = new RegExp(String.raw`^\s+(?:[^.;,]{0,30}?\s+)?(?:on|of)\s+${DAY_NAMED}`);
/**
 * A body's papers made public on a day, done or ahead ("Papers for the meeting will be published on the trust's website a week before", "Papers for
 * the board meeting on Thursday will be published on Monday", the meeting's own day or place between, "the board published its papers on Thursday"),
 * or a count it is to make public ("The trust said it would publish the number of appointments affected next week"): the body's act of that day. A
 * count made public is its saying, as figures an office puts out are (FIGURES_PUBLISHED: "published the number of deaths on Monday"); one published
 * as a habit ("every month") or refused is none.
 */
export const PAPERS_PUBLISHED = String.raw`(?<=\b(?:papers|documents|agenda)\s+for\s+(?:the|its|this|that|next)\s+(?:[\w’'-]+\s+){0,2}?(?:meeting|session|hearing)\b[^.;,]{0,40}?\s+(?:will\s+be|are|is|were|was|have\s+been|has\s+been|had\s+been)\s+)published\b|(?<!\b(?:refused|declined|failed|not)\s+to\s+)\b(?:(?:publish|publishes|published)\s+(?=(?:its|their|the)\s+(?:(?:board|meeting)\s+)?papers\b)|publish\s+(?=the\s+(?:full\s+)?(?:number|count|total|cost)\s+of\b))(?![^.;]{0,60}?\b(?:every|each)\s+(?:day|week|month|quarter|year)\b)`;

/**
 * A body's next decision, named only as the next ("The next decision is due on 10 December", "the bank's next rate decision"): the decision of
 * the kind its article told before, ahead (Trigger.toldBefore).
 */
export const NEXT_DECISION = String.raw`(?<=\b[Tt]he\s+(?:[\w’'-]+['’]s\s+)?next\s+(?:(?:rate|interest[\s-]+rate|policy)\s+)?)decision\b`;
/** What an act of its clause is told at the end of, an indefinite gathering ("due on 10 December, at the end of a two-day meeting"): the act's setting, no report of its own. */
export const AT_THE_END_OF_A = /,\s+at\s+the\s+(?:end|close|conclusion)\s+of\s+an?\s+(?:[\w-]+\s+){0,2}$/u;
/**
 * What an act is told done at or during, right before the gathering's name ("stepped down together at a cabinet meeting this morning",
 * "resigned during its session on Monday"): with no clause break between them (CLAUSE_BREAK), the act's occasion, no report of its own (settingsOfActs).
 */
export const AT_A_GATHERING = /\b(?:at|during)\s+(?:an?|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}$/u;
/** …or what the sentence opens on, before the act ("At the celebration on Friday, Lund met Ruiz"). */
export const OPENS_AT_A_GATHERING = new RegExp(`^${AT_A_GATHERING.source}`, 'iu');

/**
 * A central bank named again by its head noun alone, after its full name ("The Bank last lowered rates on 8 May"): the capital tells it from a
 * lender ("the bank cut its fees"); not a bank of anything nor a name that goes on ("the Bank of Estmark", "the Bank Holiday", "the World Bank").
 */
const THE_BANK = String.raw`(?<=\b[Tt]he\s+)Bank(?!\s+(?:of\b|[A-Z]))`;
/**
 * A central bank by its name or by what it is ("the Federal Reserve", "the Fed", "the Bank of Estmark", "the ECB", "the central bank", "the Reserve
 * Bank of Kessia", "the Monetary Policy Committee"): who decides a policy rate. Case is kept: "fed" is a verb.
 */
export const CENTRAL_BANK = String.raw`(?:Fed|Federal\s+Reserve|Federal\s+Open\s+Market\s+Committee|FOMC|ECB|European\s+Central\s+Bank|(?:(?:Reserve|Central)\s+)?Bank\s+of\s+[A-Z][\w’'-]*|(?:[Cc]entral|Reserve)\s+[Bb]ank|Riksbank|Bundesbank|Norges\s+Bank|Monetary\s+Policy\s+Committee|MPC|${THE_BANK})\b`;
/**
 * An occasion of saying given by whoever holds it, told as theirs or as given, by its noun (an alternation): "has begun his news conference", "Ruiz's news
 * conference", "held a press conference on Monday", "will hold a joint conference call for investors today". One named by a part of its day or by another's
 * words ("Thursday evening's press conference", "told the press conference") is no holder's own.
 */
const heldByItsHolder = (noun: string): string =>
  String.raw`(?<=\b(?:his|her|its|their|[A-Z][\w’'-]+['’]s)\s+(?:(?:first|last|final|regular|weekly|monthly|daily|customary|usual|closing|joint)\s+)?)(?:${noun})\b|\b(?:held|holds|hold|holding|gave|gives|give|giving|began|begun|begins|opened|opens|called|calls)\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:${noun})\b`;
/** A news conference given by whoever holds it ("at her press conference half an hour later", "held a press conference on Monday"): the occasion of what its holder said. */
export const OWN_NEWS_CONFERENCE = heldByItsHolder(NEWS_CONFERENCE);
/**
 * The occasion only a saying is made at (OCCASION_OF_A_SAYING: a speech, a news conference or briefing, an address to an audience, a joint appearance), told as its setting with its time in the same phrase ("In a speech
 * to officials and diplomats that afternoon", "at a press conference in the early afternoon", "At the winner's press conference on Sunday"): the speaker's
 * saying of that time, as one they hold is. With no time of its own ("In her speech in the Castle yard, …") it is more of the happening told before, whose
 * day the news day of a statement would miss (SAID_IN_PUBLIC reads it). Not right after a verb of saying (SAID_BEFORE_ITS_SETTING: "said in a televised
 * speech on Tuesday"): the verb's form reads that.
 */
export const SAID_AT_ITS_OCCASION = String.raw`(?<!\b${SAID_BEFORE_ITS_SETTING}\s+)${SETTING(OCCASION_OF_A_SAYING)}(?=[^,;.]{0,60}?\b(?:${WEEKDAY_NAME}|${PART_OF_DAY_PATTERN}|yesterday|today|tonight|\d{1,2}\s+${MONTH_STEM}|${MONTH_STEM}[a-z]*\.?\s+\d))`;
/** Whom a company briefs on its business: its investors, analysts or shareholders. */
export const INVESTORS = String.raw`(?:investors|analysts|shareholders)\b`;
/** …who name the call they are briefed on ("an earnings call", "the investor call", "analysts' call"): no phone call between two people. */
export const BRIEFING_CALL_BEFORE = String.raw`(?:earnings|investors?['’]?|analysts?['’]?|shareholders?['’]?)`;
/**
 * Someone called to give evidence or to account, after "call" and the words naming who ("would call the minister and two officials to give evidence",
 * "will call her to testify", "call them as witnesses"): a summons, no telephone call. Only words between: after a clause's comma ("After the call,
 * Ruiz agreed to give evidence") the call is one. "Call" the verb, after a modal or "to", with whom it calls right after: "a call with reporters to
 * answer questions" is a call.
 */
export const CALLED_TO_TESTIFY = String.raw`(?<=\b(?:will|would|to|may|might|could|can|shall|should|must)\s+call)(?!\s+(?:with|to|from|between|by|over|on|for)\b)(?:\s+[\w’'-]+){1,6}?\s+(?:to\s+(?:give\s+evidence|testify|appear\s+before|account\b|answer\s+questions)|as\s+(?:a\s+)?witness(?:es)?\b(?!\s+(?:said|says|told|recalled|described)\b))`;
/**
 * A company's briefing of its investors, held by it ("an earnings call", "Tuesday's investor call", "will hold a joint conference call for investors and analysts",
 * "Union Pacific's first merger update to investors", "gives investors its first merger update"). A conference call alone may be leaders' (a call).
 */
export const INVESTOR_BRIEFING = String.raw`${heldByItsHolder(String.raw`${BRIEFING_CALL_BEFORE}\s+call|conference\s+call(?=\s+(?:for|with)\s+${INVESTORS})|(?:[\w-]+\s+)?update\s+(?:to|for)\s+${INVESTORS}`)}|\b(?:gave|gives|give|giving)\s+${INVESTORS}\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?update\b`;
/** What a bank does to its rate on a decision's day: cuts, raises or holds it ("lowered", "hiked", "held", "kept", "left"). */
export const RATE_MOVED = String.raw`(?:cut|cuts|cutting|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|held|holds?|holding|kept|keeps?|keeping|left|leaves?|leaving)`;
/** …or what it does to it told with a particle after the rate ("brought its main interest rate down", "took rates up"): down is a cut, up a rise (RATE_WAY). */
export const RATE_BROUGHT = String.raw`(?:brought|brings|bring|bringing|took|takes|take|taking|pushed|pushes|push|pushing)`;
export const RATE_WAY = String.raw`(?:down|up)\b`;
/** A bank's rate as a decision names it ("its benchmark rate", "the main interest rate", "its key policy rate", "rates"), not a rate of tax, of a mortgage or of exchange. */
export const POLICY_RATE = String.raw`(?:(?:its|their|the)\s+)?(?:(?:benchmark|key|main|policy|base|bank|lending|deposit|refinancing|repo|cash|overnight|official|interest|short-term)\s+){0,3}rates?\b`;
/** A rate or a range of rates in percent ("4%", "3.75% to 4%", "3.75%-4%", "4 per cent"). */
const PERCENT_SIGN = String.raw`(?:\s?%|\s+per\s?cent\b)`;
const PERCENT = String.raw`\d[\d.]*${PERCENT_SIGN}(?:\s*(?:to|-|–)\s*\d[\d.]*${PERCENT_SIGN})?`;
/**
 * A bank's decision on its rate as a sentence tells it, the bank before its verb ("The Federal Reserve lowered its main interest rate by a
 * quarter of a percentage point on Wednesday, to a range of 3.75% to 4%", "the Bank of Estmark held rates at 4%"): `by` how much, a day
 * between, then the level it went `to` or stayed `at`.
 */
export const RATE_DECIDED = new RegExp(
  String.raw`(?<bank>(?:[Tt]he\s+)?${CENTRAL_BANK})[^.;]{0,60}?\b(?<verb>${RATE_MOVED}|${RATE_BROUGHT}(?=\s+${POLICY_RATE}\s+${RATE_WAY}))\s+${POLICY_RATE}(?:\s+(?<way>${RATE_WAY}))?(?:\s+(?<by>by\s+(?:[^,.;]|\.(?=\d)){1,40}?)(?=\s+(?:on|to|at|in|from|for|last|this|yesterday|today|and)\b|[,.;]|$))?(?:\s+(?:on|last|this)\s+\p{L}+)?(?:,?\s+to\s+(?:a\s+range\s+of\s+)?(?<to>${PERCENT}))?(?:\s+at\s+(?<at>${PERCENT}))?`,
  'u',
);
/** A rate decision's verb by what it did: lowered, raised, or else held. */
export const RATE_LOWERED = /^(?:cut|lower|reduc|trim)/u;
export const RATE_RAISED = /^(?:rais|hik|increas)/u;

/** A quake by any of its names, capitalised only as a sentence's first word. */
export const QUAKE = String.raw`(?:[Ee]arthquake|[Qq]uake|[Tt]remor|[Aa]ftershock)s?`;
/** A built thing that can fall down, capitalised only as a sentence's first word ("mine" left out: it is also a pronoun). */
export const BUILDING = String.raw`(?:[Tt]ower|[Bb]uilding|[Bb]ridge|[Dd]am|[Rr]oof|[Ss]kyscraper|[Hh]otel|[Ss]chool|[Ss]tadium|[Ff]actory|[Bb]lock\s+of\s+flats)s?`;
/** Where a disaster was ("in Brell", "off Cape Dorn"), its size ("of magnitude 6.4", "of 6.4"), its state ("under construction") or its rank ("one of the strongest earthquakes ever recorded"), right after its noun. */
const DISASTER_WHERE = String.raw`(?:\s+(?:(?:in|at|on|near|off|under)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|of\s+(?:magnitude\s+)?[\d.]+|under\s+construction|ever\s+(?:recorded|measured)))?`;
const DISASTER_AUXILIARY = String.raw`\s+(?:has\s+|had\s+|then\s+)?`;
/** What may stand between a disaster's noun and its verb: DISASTER_WHERE, a relative pronoun whose clause holds its day (DATED_RELATIVE), then an auxiliary. */
export const DISASTER_AT = `${DISASTER_WHERE}(?:${DATED_RELATIVE})?${DISASTER_AUXILIARY}`;
/** What carries people and can crash: a rail, road, air or sea vehicle ("car" also a funicular's, a tram's or a train's). */
const VEHICLE = String.raw`(?:[Tt]rain|[Tt]ram|[Ff]unicular|[Cc]able\s+car|[Cc]ar|[Cc]oach|[Bb]us|[Ll]orry|[Tt]ruck|[Pp]lane|[Aa]ircraft|[Aa]irliner|[Jj]et|[Hh]elicopter|[Ff]erry|[Bb]oat)(?:e?s)?`;
/** A word that names no vehicle but stands before one in its clause: a conjunction, subordinator, preposition or auxiliary ("when the funicular", "and the ferry"). */
const BEFORE_A_NOUN_PHRASE = anyCase([DANGLING, PHRASE_OPENER].map((words) => words.source.replace(/^\^|\$$/g, '')).join('|'));
/**
 * A vehicle with the words that name it ("the Glória funicular", "the Glória's yellow car", "A passenger train" opening its sentence): what a crash's
 * title is of. Its words are no function word, so "when the funicular" is "the funicular".
 */
export const VEHICLE_NAMED = new RegExp(String.raw`(?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?!(?:${BEFORE_A_NOUN_PHRASE})\s)[^\s.,;:]+\s+){0,2}?\b${VEHICLE}\b`);
/**
 * A vehicle's crash told by its verb, the vehicle before it in its clause ("the Glória funicular came off its rails and crashed into a building", "the yellow
 * car ran away down the street and smashed into a building", "A passenger train derailed near Brell"): a happening of its day. Not a market's or a website's
 * crash, nor talks derailed: no vehicle comes before the verb.
 */
export const VEHICLE_CRASHED = String.raw`(?<=\b${VEHICLE}\b[^.;:]{0,60}?)\b(?:derailed|came\s+off\s+(?:its|the)\s+(?:rails|tracks?)|left\s+the\s+(?:rails|tracks?|runway|road)|overturned|capsized|collided\s+with|crashed|(?:smashed|ploughed|plowed|slammed)\s+into)\b`;
/** The verbs of a building that fell, and of a quake that struck. */
export const BUILDING_FELL = String.raw`(?:collapsed|collapses|caved\s+in|came\s+down|fell|toppled)`;
export const QUAKE_STRUCK = String.raw`(?:struck|strikes|hit|hits|rocked|rocks|shook|shakes|jolted|jolts|followed)`;
/** A disaster told by its verb, for its title: the noun with up to two words before it and DISASTER_WHERE, its verb, and what follows in its clause; the noun apart, for its number. */
export const DISASTER_TOLD = new RegExp(
  String.raw`(?:\b(?:[Aa]n?|[Tt]he)\s+)?(?<what>\b(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?<noun>${QUAKE}|${BUILDING})\b${DISASTER_WHERE})${DISASTER_AUXILIARY}(?<verb>${BUILDING_FELL}|${QUAKE_STRUCK})\b(?<rest>[^.;,:]*)`,
  'u',
);
/**
 * A quake by its measured size, right before its noun ("a magnitude 8.8 earthquake", "Magnitude 8.8 quake off Kamchatka sends tsunami", "a 6.2-magnitude
 * tremor"): only a quake that happened is measured, so it is a happening with no verb of its own ("some 80 minutes after a magnitude 8.8 earthquake off
 * Russia's Kamchatka Peninsula"). Not one foreseen (QUAKE_FORESEEN: "a magnitude 7 aftershock could follow").
 */
export const QUAKE_MEASURED = String.raw`\b(?:[Mm]agnitude[\s-]+[\d.]+|[\d.]+[\s-]+magnitude|[\d.]+-strong)\s+`;
export const QUAKE_FORESEEN = String.raw`[^.;]{0,60}?\b(?:could|would|might|may|can|will)\s+(?:strike|hit|follow|occur|happen|come)\b`;
/** A quake's noun that names it as what came after the first ("a second quake", "a strong aftershock"), and the words before it that do so: a happening of its own, not the main quake told again. */
export const QUAKE_AFTER_BEFORE = String.raw`\b(?:second|third|another|later)\s+(?:[\p{Ll}-]+\s+)?`;
export const QUAKE_AFTER = String.raw`(?:(?<=${QUAKE_AFTER_BEFORE})${QUAKE}|[Aa]ftershocks?)`;
/** The hazards of weather, water or fire that both strike (WEATHER_HAZARD) and are warned of (HAZARD_WARNED), by their nouns. */
const HAZARD_OF_WEATHER = String.raw`(?:(?:[Ff]lash[\s-]+)?[Ff]loods?|[Hh]urricane|[Tt]yphoon|[Cc]yclone|(?:[Tt]ropical[\s-]+)?[Ss]torm|[Tt]ornado(?:es)?|[Ww]ildfires?|[Bb]ush\s?fires?|[Aa]valanche)`;
/**
 * A hazard of weather, water or fire that strikes a place, by its noun ("floods", "Hurricane Milton", "the storm", "a tornado"), a named storm's
 * name after its noun; not a storm or a flood "of" anything ("a storm of criticism", "a flood of calls": DISASTER_WHERE allows only a size after "of").
 */
export const WEATHER_HAZARD = String.raw`(?:${HAZARD_OF_WEATHER}|[Ff]loodwaters?|[Mm]udslides?|[Ll]andslides?)`;
/** …its name after its noun ("Hurricane Milton", "Storm Ciarán"): a hazard named is one, whatever it struck. */
export const HAZARD_NAME = String.raw`\s+(?!(?:${WEEKDAY_NAME}|${MONTH_STEM})\b)[A-Z][\p{Ll}’'-]+`;
/** What such a hazard did to where it struck ("Floods swept through Valencia", "Hurricane Milton made landfall near Siesta Key", "a tornado tore through the town"). */
export const HAZARD_STRUCK = String.raw`(?:struck|strikes|hit|hits|swept|sweeps|tore|tears|ripped|rips|battered|batters|lashed|lashes|inundated|inundates|submerged|engulfed|destroyed|slammed\s+into|slams\s+into|came\s+ashore|comes\s+ashore|(?:made|makes)\s+landfall)`;
/** Where a hazard struck, by its noun ("the coast", "the outskirts of Valencia", "homes"). */
const STRUCK_PLACE = String.raw`(?:coast(?:line)?s?|islands?|regions?|towns?|cit(?:y|ies)|villages?|areas?|states?|count(?:y|ies)|provinces?|districts?|north|south|east|west|outskirts|suburbs|valleys?|capital|country|homes|houses|neighbou?rhoods?|communit(?:y|ies)|farmland|shore|beach(?:es)?|ports?|harbou?rs?|peninsula|mainland|interior)\b`;
/** A street or a hill named for a trade or a government ("Wall Street", "Capitol Hill"): no place a storm struck ("A storm hit Wall Street"). */
const SEAT_OF_A_TRADE = String.raw`(?:Wall\s+Street|Capitol\s+Hill|Whitehall|Westminster|Downing\s+Street|Silicon\s+Valley)\b`;
/**
 * What a hazard with no name of its own struck, right after its verb: a place, named ("swept through Valencia") or by its noun ("hit the coast", "tore
 * through the outskirts of the town"), or nothing ("the storm hit on Monday"); a landfall's place is its own. Not a market or a party ("A storm hit the
 * markets", "a storm swept the party"): a metaphor.
 */
export const HAZARD_STRUCK_WHERE = String.raw`(?:(?<=landfall|ashore)|\s*(?:[.,;]|$)|\s+(?:on|overnight|early|late|last|this|yesterday|today|at|in|during|before|after)\b|\s+(?:(?:through|into|across|over|along|parts\s+of|much\s+of)\s+)?(?:(?:the|its|their)\s+)?(?!${SEAT_OF_A_TRADE})(?:(?!(?:in|on|of|at|to|for)\b)[\w’'-]+\s+){0,2}?(?:${STRUCK_PLACE}|(?!(?:${WEEKDAY_NAME}|${MONTH_STEM})\b)[A-Z]))`;
/** A hazard's verb in a metaphor of politics ("a political earthquake hit Berlin", "an electoral storm swept the party"): no hazard. */
export const NOT_A_HAZARD_BEFORE = String.raw`(?<!\b(?:political|electoral|diplomatic|media|social|perfect|financial)\s+)`;
/** A height's unit ("12 feet", "4 m") and the words that give it roughly ("more than", "nearly", "up to"), for a river's rise and a wave's size. */
const LENGTH_UNIT = String.raw`(?:feet|foot|ft|metres?|meters?|m)\b`;
const ROUGHLY = String.raw`(?:up\s+to|about|around|some|nearly|almost|more\s+than|over)`;
/**
 * A river that rose over its banks or by a height ("the Ahr burst its banks", "the river broke its banks on Monday", "the Vell River rose 12 feet in
 * an hour"), or a volcano that erupted ("Mount Etna erupted", "the volcano on the Reykjanes peninsula began erupting"): a flood or an eruption of its
 * day. Not prices or a share that rose (no river).
 */
export const RIVER_FLOODED = String.raw`\b(?:burst|bursts|broke|breaks|overtopped|overtops)\s+(?:its|their)\s+banks\b|(?<=\b(?:[Rr]ivers?|[A-Z][\p{Ll}’'-]+\s+River|[Cc]reek|[Ff]loodwaters?)\s+(?:had\s+)?)(?:rose|surged|swelled|climbed)\s+(?=(?:by\s+)?(?:${ROUGHLY}\s+)?(?:[\d.]+|${CARDINAL_PATTERN})\s*${LENGTH_UNIT})`;
/** Where a volcano is, between its name and its verb ("the volcano on the Reykjanes peninsula", "Mount Ruang on the island of Tagulandang"), and no more: "Mount Pleasant residents" are people. */
const VOLCANO_WHERE = String.raw`(?:\s+(?:on|in|near|off)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2})?`;
/** What a crowd's outburst is of or in ("erupted in anger", "erupted with cheers", "an eruption of violence"): no volcano's. */
const OUTBURST = String.raw`(?:anger|protest|fury|rage|outrage|applause|laughter|cheers|celebration|violence|chaos|jubilation)\b`;
const NOT_AN_OUTBURST = String.raw`(?!\s+(?:in|with|into)\s+${OUTBURST})`;
export const VOLCANO_ERUPTED = String.raw`(?<=\b(?:[Vv]olcano(?:es)?|[Mm]ount\s+[A-Z][\p{Ll}’'-]+|[Mm]t\.?\s+[A-Z][\p{Ll}’'-]+)${VOLCANO_WHERE}\s+(?:(?:has|had|then|again|finally|also)\s+)?)(?:erupted|erupts|began\s+erupting|started\s+erupting|spewed|spews)\b${NOT_AN_OUTBURST}|\b(?:[Aa]n|[Tt]he|[Aa]\s+new|[Aa]\s+volcanic)\s+eruption\s+(?:(?:has|had)\s+)?(?:began|begun|started|broke\s+out|broken\s+out)\b`;
/** What tells a crack of the ground, not of a coalition, a ceiling or a dam: the volcano's words in its sentence ("a second eruptive crack", "…, and lava reached"); a fissure or a vent, VOLCANOS_STORY in its article. */
export const OF_A_VOLCANO = String.raw`\b(?:eruptive|volcanic|lava|magma|erupt(?:ion|ed|ing|s)?)\b`;
/**
 * What tells a volcano's story in an article, for a fissure or a vent told anywhere in it (Trigger.story): the volcano and its words, and its
 * eruption as a noun, not the verb: "protests erupted", "a row erupted" and "violence erupted" tell of no volcano, nor does "an eruption of anger".
 */
export const VOLCANOS_STORY = String.raw`\b(?:volcan\w*|eruptive|lava|magma|eruptions?(?!\s+of\s+${OUTBURST}))\b`;
/** A body of people a rift opens in or between ("between the parties", "in the governing coalition", "within the party"): politics, not the ground. */
const RIFT_OF_A_BODY_AFTER = String.raw`(?![^.;]{0,40}\b(?:between|among|(?:with)?in\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:party|parties|coalition|government|alliance|cabinet|leadership|ranks))\b)`;
/**
 * What an eruption does after it has begun, each a happening of its day: a new fissure, vent or crack opening ("A second fissure has opened inside
 * the walls", "a third vent opened up east of the ridge"; a first fissure is the eruption itself; a fissure or a vent only in an article that tells of a
 * volcano, VOLCANOS_STORY as Trigger.story, and a crack only told with the volcano's words in its sentence: "new vents opened up in the pipeline", "a second
 * crack appeared in the coalition" or "in the ceiling" are anyone's) and lava reaching what lies in its way ("a lava
 * flow has reached the harbour road", "lava reached two empty houses"). Not a rift in politics ("fissures opened between the parties", "in the ruling coalition"), nor lava's
 * record told as a comparison ("the first time lava has breached the walls"), nor lava told in a relative clause ("in the path of a lava tongue
 * that crossed the barrier"), which names no day of its own (DATED_RELATIVE).
 */
export const FISSURE_OPENED = String.raw`(?<=\b(?:second|third|fourth|new|another|fresh)\s+(?:eruptive\s+|volcanic\s+)?(?:fissures?|cracks?|vents?)\s+(?:(?:has|have|had)\s+)?)(?:opened|open\s+up|opened\s+up|appeared)\b${RIFT_OF_A_BODY_AFTER}(?:(?<!\bcracks?\s+(?:(?:has|have|had)\s+)?(?:opened|open\s+up|opened\s+up|appeared))|(?<=${OF_A_VOLCANO}[^.;]*)|(?=[^.;]*?${OF_A_VOLCANO}))`;
export const LAVA_REACHED = String.raw`(?<!\bfirst\s+time\s+)\b[Ll]ava(?:\s+(?:tongue|flow|front|stream)s?)?\s+(?:(?:has|have|had)\s+)?(?:crossed|reached|breached|engulfed|swallowed|overran|entered)\b`;
/** A swarm of earthquakes that began ("An intense earthquake swarm started at about 05:50", "a seismic swarm began overnight"): a happening of its day. */
export const QUAKE_SWARM_BEGAN = String.raw`\b(?:earthquake|seismic|quake)\s+swarm\s+(?:(?:has|had)\s+)?(?:began|begun|started|struck)\b`;
/**
 * A heatwave's record, told by what the heat reached ("Temperatures hit a record 44C in Brellin on Saturday", "the mercury soared to an all-time high",
 * "Britain recorded its hottest day on record", "broke the national temperature record"): the day's happening of the heat.
 */
export const HEAT_RECORD = String.raw`\b(?:temperatures?|the\s+(?:mercury|thermometer))\s+(?:[\w’'-]+\s+){0,3}?(?:reached|hit|hits|soared\s+to|climbed\s+to|rose\s+to|topped)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:(?:all-time|national|${MONTH_PATTERN})\s+)?(?:record|high)\b|\b(?:broke|breaks|smashed|beat|set)\s+(?:the|a|its)\s+(?:new\s+)?(?:(?:all-time|national|[\w’'-]+)\s+){0,2}(?:temperature|heat)\s+record\b|\brecorded\s+(?:its|their|the)\s+hottest\s+(?:day|night)\b`;
/**
 * A place's record of custom told by the day it saw ("On Sunday night the emergency department saw its busiest shift of the summer", "Lusk airport
 * had its busiest day on record on Friday"): the day's happening there, as a heat record is the heat's. Only a place's (SERVICE_KEEPER_BEFORE): a team's
 * or a person's busiest day is none, nor is a busy day told as a state ("is the busiest day of the year").
 */
export const BUSIEST_DAY = String.raw`${SERVICE_KEEPER_BEFORE}(?:saw|had|recorded|handled|logged)\s+(?:its|their|the)\s+(?:busiest|quietest)\s+(?:day|night|shift|weekend|morning|afternoon|evening)\b`;
/**
 * Waves of a tsunami or a storm surge that reach a place, the waves marked as the sea's by a size ("Waves of up to four metres swept into the port of
 * Severo-Kurilsk", "A wave of 1.3 metres reached the port of Kuji") or by a word before them ("The first waves reached the islands at about 7:10 p.m.",
 * "tsunami waves hit the coast", "The tsunami struck the town"): each place's waves a happening of their day. Not "waves of migrants" or "a wave of
 * strikes" (no size, no word of the sea), nor waves only feared ("waves could reach").
 */
const WAVE_SIZE = String.raw`of\s+(?:${ROUGHLY}\s+)?(?:[\d.]+|${CARDINAL_PATTERN})(?:\s*-?\s*|\s+)${LENGTH_UNIT}`;
const SEA_WAVES = String.raw`(?:(?:[Tt]sunami|[Tt]idal|(?:[Tt]he\s+)?(?:first|largest|biggest|highest|tallest|last|initial)|[Gg]iant|[Hh]uge)\s+waves?|[Ww]aves?\s+${WAVE_SIZE}|[Tt]sunami)`;
const WAVES_REACHED_VERB = String.raw`(?:reached|hit|struck|swept\s+(?:into|over|across|ashore|through|inland)|crashed\s+(?:into|over|ashore|onto)|washed\s+(?:into|over|ashore|through)|slammed\s+into|flooded|inundated|battered)\b`;
export const WAVES_REACHED = String.raw`(?<=\b${SEA_WAVES}\s+(?:(?:had|has|have|then|later|first)\s+)?)${WAVES_REACHED_VERB}`;
/** The present of a disaster's verb, as a title tells it ("struck" → "strikes"). */
export const DISASTER_PRESENT: Record<string, string> = { struck: 'strikes', hit: 'hits', rocked: 'rocks', shook: 'shakes', jolted: 'jolts', followed: 'follows', collapsed: 'collapses', 'caved in': 'caves in', 'came down': 'comes down', fell: 'falls', toppled: 'topples' };

/** A verb of a crisis's act only feared, planned or denied ("could cut power", "expects to restore", "will not reopen"): no act of its day. */
const NOT_YET_DONE_BEFORE = String.raw`(?<!\b(?:to|not|never|would|could|might|may|will)\s+)`;
/** The passive of an act done, between what it was done to and its verb ("power was cut", "residents had been evacuated"). */
const PASSIVE_PAST = String.raw`(?:was|were|had\s+been|has\s+been|have\s+been)`;
/** A grid's power cut, by its nouns ("blackout", "power cut", "power outage"); a bare "outage" may be of anything ("a global IT outage"). */
const BLACKOUT = String.raw`(?:blackout|power\s+(?:cut|outage|failure))s?`;
/** What a blackout did to where it struck, right after its noun or a relative pronoun ("the blackout that struck the peninsula", "an outage left 2 million homes dark"). */
const BLACKOUT_STRUCK = String.raw`(?:struck|strikes|hit|hits|swept|sweeps|plunged|plunges|left|leaves|cut|cuts|knocked\s+out|knocks\s+out|paraly[sz]ed|crippled)`;
/** Power as a grid carries it ("power", "electricity", "the power supply"); a bare "supply" may be of anything, and a share of "demand" is no one's power back. */
const GRID_POWER = String.raw`(?:power|electricity)(?:\s+suppl(?:y|ies))?`;
/** An attack's noun ("drones", "missiles", "shelling"). */
const ATTACK = String.raw`(?:strikes?|attacks?|shelling|missiles?|drones?|bombing|bombardment|rockets?)`;
/** A cause that is an attack: the strike is the event, the power it cut its toll ("Russian drones cut power to Kharkiv"). */
const ATTACK_BEFORE = String.raw`(?<!\b${ATTACK}\b[^.;]{0,60}?)`;
/**
 * A blackout told by its verb ("A collapse of the grid cut power to almost all of Spain", "storms knocked out electricity across the north",
 * "power was cut to 40,000 homes", "the lights went out", "the blackout that struck the peninsula on Monday", "plunged into darkness"): a happening of its day.
 * Not one feared or threatened ("could cut power", "threatened to cut power"), nor what an attack did (ATTACK_BEFORE: the strike is told), nor power prices cut.
 */
export const POWER_CUT = String.raw`${ATTACK_BEFORE}${NOT_YET_DONE_BEFORE}\b(?:cut(?:s|ting)?(?:\s+off)?|knock(?:s|ed)?\s+out|took\s+out)\s+(?:the\s+)?${GRID_POWER}\b(?=\s+(?:to|across|in|for|at|from|on|throughout)\b)|${ATTACK_BEFORE}(?<=\b${GRID_POWER}\s+${PASSIVE_PAST}\s+)(?:cut|knocked\s+out)\b(?!\s+(?:by|back)\b)|\b(?:power|electricity|the\s+lights)\s+(?:went|goes)\s+out\b|\b${BLACKOUT}\b(?=\s+(?:(?:that|which)\s+)?(?:has\s+|had\s+)?${BLACKOUT_STRUCK}\b)|\bplung(?:ed|es|ing)\s+(?:[\w’'-]+\s+){0,3}?into\s+(?:darkness|(?:a\s+)?blackout)\b`;
/**
 * Power back after a blackout ("Electricity was restored to all of Portugal's customers", "crews restored power to the last homes", "power came back
 * in Lisbon at dawn"): the recovery's day. Not confidence or order restored, nor power only hoped for ("expects to restore power").
 */
export const POWER_RESTORED = String.raw`(?<=\b${GRID_POWER}\b[^.;]{0,40}?\b${PASSIVE_PAST}\s+(?:(?:fully|largely|mostly|partly|partially|finally|now|completely)\s+)?)restored\b|${NOT_YET_DONE_BEFORE}\brestor(?:ed|es|ing)\s+(?=(?:(?:full|partial|some|the)\s+)?${GRID_POWER}\b)|\b(?:power|electricity|the\s+lights)\s+(?:came|comes)\s+back\b`;
/**
 * What a crisis shuts and its recovery reopens: schools and their classes, transport, an airspace. Transport is also a city's own lines up its hills: a funicular,
 * a lift or a cable car shut for inspection after a crash and reopened after it. Not markets (a market "closed higher"), nor offices or shops,
 * nor a border or its crossings: a state's measure between states, whose reopening is the background of talks ("The border crossing will reopen next week.
 * Talks … are expected to follow") and whose closing a state of things ("We closed all crossings once, in 2023").
 */
/** A lift that is a line, by its kind or its own name ("a ski lift", "the Brennick lift"): a bare "lift" may be the lifting of a ban ("the lift of sanctions was suspended"). */
const NAMED_LIFT = String.raw`(?:(?:ski|chair|passenger)\s*|(?!(?:The|A|An|Its|Their|This|That)\b)(?-i:[A-Z])[\w’'-]*\s+)lifts?`;
const SHUT_FACILITY = String.raw`(?:schools?|classes|lessons|universit(?:y|ies)|metro|underground|subway|airports?|airspace|railways?|rail\s+lines?|tunnels?|motorways?|highways?|funiculars?|cable\s+cars?|${NAMED_LIFT})`;
/** Its verb's subject or object, with up to three words before it ("all schools", "its airspace", "the Madrid region's schools"), heading its noun phrase: a school trip, an airport's chief or a lift's doors are no facility. */
const SHUT_FACILITY_NAMED = String.raw`(?:(?:the|its|their|all|his|her|(?!(?:and|or|but|to|as|in|on|at|for|after|before|until|by|while)\b)[\w’'-]+)\s+){0,3}?${SHUT_FACILITY}\b(?![’']s\b|\s+(?:trips?|chief|head|director|principal|staff|students|pupils|teachers|board|project|doors?|gates?|shafts?)\b)`;
/** What may stand between the facility and its verb: the place it is in ("schools in Vell"), no more: a state told of it ("the airport is closed and …") is no act.
 * Its capitals are case-bound though its rows read without case, so that no common words stand for the place ("Trading in two classes of shares was suspended"). */
const FACILITY_WHERE = String.raw`(?:\s+(?:in|of|across|near|at|on)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*)?`;
/** An auxiliary of the passive, done or ahead, between the facility and its verb; "are" and "is" only for a day to come ("are suspended tomorrow"), not for a state that lasts ("is closed until further notice"). */
const SHUT_AUXILIARY = String.raw`(?:(?:were|was|will\s+be|would\s+be|had\s+been|have\s+been|has\s+been)\s+|(?:are|is)\s+(?=\w+\s+(?:tomorrow|today|from|on)\b))?`;
/**
 * A closure in a crisis, told by its verb ("Classes in the region's schools are suspended tomorrow", "the government shut all schools", "closed its airspace",
 * "the airport closed at noon"): the day's measure; "suspended" or "cancelled" only in the passive, since a university that suspended students is their doer. Not a state that goes on ("schools remain closed", "the airport is closed"), nor one told in a relative
 * clause on what the sentence reopens ("reopened two schools that were closed last week"): the reopening is the news.
 */
export const FACILITY_CLOSED = String.raw`(?<=\b${SHUT_FACILITY}${FACILITY_WHERE}\s+${SHUT_AUXILIARY})(?:closed|shut|(?<=\b(?:be|been|were|was|are|is)\s+)(?:suspended|cancell?ed|canceled))\b(?!\s+(?:higher|lower|up|down\s+\d))|${NOT_YET_DONE_BEFORE}\b(?:closed|closes|shut|shuts|suspended|suspends|cancell?ed)\s+(?:down\s+)?(?=${SHUT_FACILITY_NAMED})`;
/**
 * …and a reopening ("Lisbon's metro reopened at 6:30 a.m.", "schools will reopen on Monday", "reopened the airspace"); not a debate or a case reopened. Not read
 * when a relative clause tells what was shut ("reopened two schools that were closed last week", "the schools that closed in July reopened …"): that clause's day
 * would be taken for the reopening's.
 */
export const FACILITY_REOPENED = String.raw`(?<=\b${SHUT_FACILITY}${FACILITY_WHERE}\s+(?:(?:were|was|will|would|had\s+been|have\s+been|has\s+been|will\s+be|would\s+be)\s+)?)re-?open(?:s|ed)?\b|${NOT_YET_DONE_BEFORE}\bre-?open(?:s|ed|ing)\s+(?:of\s+)?(?=${SHUT_FACILITY_NAMED}(?!(?:\s+[\w’'-]+){0,2}?\s+(?:that|which)\b))`;
/** Where a service goes or runs, right after its noun ("flights to Lusk", "trains between Vell and Brell"): no more, so that a clause's other words are no service back. */
/** …the service the subject, not what something else is about ("Talks on flights to Lusk resumed"). */
const NOT_A_TOPIC = String.raw`(?<!\b(?:on|about|over|of|for)\s+(?:[\w’'-]+\s+)?)`;
const SERVICE_WHERE = String.raw`(?:\s+(?:to|from|in|at|out\s+of|between|across)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)?`;
/** A part of a timetable cut for a strike ("only a third of trains will run"): a service that runs so is not back. */
const SHARE_OF_A_SERVICE = String.raw`(?:only|just|fewer|(?:a|one|two)\s+(?:third|quarter)|half|[\d.]+\s*(?:%|per\s*cent))`;
/**
 * The words of a service back, run by GROUND_SERVICE or AIR_SERVICE: "ran again", "resumed", "will run". Not a timetable's habit ("trains run every ten minutes"),
 * nor a state of service ("the city's trains were running again yesterday"), nor "services" that resumed a task: emergency services are its doers ("resumed the search").
 */
const SERVICE_BACK = (service: string): string =>
  String.raw`(?<=${NOT_A_TOPIC}\b${service}${SERVICE_WHERE}\s+(?:(?:have|has|had)\s+)?)(?:ran|runs?|took\s+off|takes?\s+off|flew|operated|moved)(?=\s+again\b)|(?<=${NOT_A_TOPIC}\b${service}${SERVICE_WHERE}\s+(?:(?:have|has|had)\s+)?)(?:resumed|resumes)\b(?!\s+(?:the|its|their|his|her|a|an)\b)|(?<!\b${SHARE_OF_A_SERVICE}\b[^.;]{0,20}?)(?<=\b${service}\s+(?:would|will)\s+)(?:run|fly)\b(?!\s+(?:every|each|at\s+(?:reduced|half)|on\s+(?:weekdays|weekends|Sundays))\b)|${NOT_YET_DONE_BEFORE}\b(?:resumed|restarted)\s+(?=(?:(?:its|their|the|all|some|[\w-]+)\s+){0,3}?${service}\b)`;
/**
 * A place's services told back by their return to a normal round ("The trust's hospitals returned to their normal timetable", "the port went back to
 * full operations on Monday"): the recovery's day as services resumed are. Only a round of service kept by its keeper (SERVICE_KEEPER_BEFORE): "life
 * returned to normal", "markets returned to normal", "the striker returned to full working" tell a state, no service back.
 */
const BACK_TO_NORMAL = String.raw`${SERVICE_KEEPER_BEFORE}(?:returned|returns|went\s+back|goes\s+back)\s+to\s+(?:(?:its|their|the|a)\s+)?(?:normal|full|usual)\s+(?:timetables?|schedules?|services?|operations|working)\b`;
/**
 * Services back after a crisis, by land ("trains ran again", "most regional trains would run this afternoon", "bus services resumed on Monday") and by air
 * ("The first flights took off again last night", "the airport handled its first departures at 7:00 a.m.", "its full schedule returns on Friday"): the
 * recovery's day, one for each (the metro back and the first flights out are two happenings). Not services only planned to restart ("plans to restart flights").
 */
export const GROUND_SERVICE_RESUMED = String.raw`${SERVICE_BACK(GROUND_SERVICE)}|${BACK_TO_NORMAL}`;
export const FLIGHTS_RESUMED = String.raw`${SERVICE_BACK(AIR_SERVICE)}|\b(?:handled|saw|operated|ran|welcomed)\s+(?:its|their|the)\s+first\s+(?:[\w-]+\s+)?(?:departures|flights|arrivals)\b|\b(?:flight\s+)?(?:schedule|timetable)s?\s+(?:returns|returned|resumes|resumed)\b`;
/** What carries relief in ("lorries of food", "aid trucks", "a convoy"), and what it carries. */
const AID_CARRIERS = String.raw`(?:lorries|trucks|convoys?)`;
const AID_GOODS = String.raw`(?:aid|food|fuel|medicine|medical\s+supplies|supplies|tents|relief|water|shelter)`;
/** What makes a convoy or a craft a force's, not relief's ("army trucks", "trucks carrying troops", "a ship carrying troops, fuel and ammunition"), and a goods word
 * that only names a kind of machine ("water bombers", "fuel tankers"). */
const MILITARY_CARGO = String.raw`(?:army|military|troops?|soldiers|marines|tanks|armou?red|ammunition|weapons|arms|missiles)`;
const GOODS_AS_A_MACHINE = String.raw`(?:bombers?|tankers?|cannons?)`;
/**
 * Relief brought in, by its carriers' verb ("More than 900 lorries of food and fuel entered the strip on Monday", "A further 630 lorries had crossed on
 * Sunday", "Aid lorries began crossing at the border"), or by a state that sent it (AID_SENT: "sent a first plane with tents and medicine on Saturday morning"):
 * the day's act of the relief. Not lorries counted over a span ("more than 4,000 lorries entering the strip during the week", "entered since the truce
 * began": a gerund or a tally), nor a tally that "crossed 2,000", nor a plane or trucks of troops (MILITARY_CARGO), nor lorries or trucks where nothing names relief
 * before them (AID_NAMED: "The army trucks crossed the river"), nor a new subject between them and the verb ("Farmers who had stopped the trucks crossed the bridge").
 */
export const AID_BROUGHT_IN = String.raw`(?<=(?<!\b${MILITARY_CARGO}\s+)\b${AID_CARRIERS}\b(?:(?!\b(?:${MILITARY_CARGO}|who|which|that)\b)[^.;]){0,60}?\s(?:had\s+|have\s+|has\s+)?)(?:entered|crossed|began\s+(?:entering|crossing))\b(?!\s+(?:since\b|\d))`;
/** …and by the state that sent it, as aid by the goods named after its craft: a row of its own, since its sentence names no relief before it. */
export const AID_SENT = String.raw`${NOT_YET_DONE_BEFORE}\bsent\s+(?:a|an|its|the|their)\s+(?:(?:${ORDINAL_PATTERN})\s+)?(?:plane|flight|aircraft|ship|convoy)(?:load)?\s+(?:of|with|carrying)\s+(?=(?:(?!${MILITARY_CARGO}\b)[\w,’'-]+\s+){0,3}?${AID_GOODS}\b(?!\s+${GOODS_AS_A_MACHINE}\b))(?![^.;]{0,60}\b${MILITARY_CARGO}\b)`;
/** What a sentence or its paragraph names before lorries that bring relief in: relief and its carriers together ("aid trucks", "lorries of flour and fuel"), not
 * a goods word anywhere ("food and water were running out … army trucks crossed the border"). */
export const AID_NAMED = new RegExp(String.raw`\b${AID_GOODS}\s+${AID_CARRIERS}\b|\b${AID_CARRIERS}\s+(?:of|with|carrying)\s+(?:[\w,’'-]+\s+){0,4}?${AID_GOODS}\b`, 'i');
/** Those brought to safety in a crisis, as a crowd or by what they were doing ("people", "passengers", "residents"). */
const EVACUEES = String.raw`(?:people|passengers|residents|travell?ers|commuters|villagers|tourists|patients|families|miners|survivors|inhabitants|pupils)`;
/**
 * People brought to safety ("Some 35,000 rail passengers had been brought off stranded trains by Monday night", "rescuers evacuated 2,000 residents",
 * "hundreds of villagers were airlifted"): the day's act of the rescue. Not an evacuation only ordered or feared ("may have to evacuate").
 */
export const PEOPLE_EVACUATED = String.raw`(?<=\b${EVACUEES}\b[^.;]{0,40}?\b${PASSIVE_PAST}\s+)(?:evacuated|rescued|airlifted|brought\s+(?:off|out|down|to\s+safety)|pulled\s+(?:out|from)|taken\s+to\s+safety|led\s+to\s+safety)\b|${NOT_YET_DONE_BEFORE}\b(?:evacuated|rescued|airlifted)\s+(?=(?:[\w,’'-]+\s+){0,4}?${EVACUEES}\b)`;
/**
 * A town's or a site's evacuation told as finished ("The evacuation of Hvellir is complete", "the evacuation of the valley's villages was
 * completed overnight"): a present state of completion, the news of its day as "The swap is complete" is. Not one still going ("is under way").
 */
export const EVACUATION_COMPLETE = String.raw`\b[Tt]he\s+evacuation\s+(?:of\s+(?:the\s+)?(?:[\p{L}\p{N}’'-]+\s+){1,3}?)?(?:is|was|has\s+been|had\s+been)\s+(?:now\s+)?(?:complete|completed|finished|over)\b`;
/**
 * People sent up out of a hazard's reach ("Tokyo Electric Power pulled its workers at the plant back to high ground", "soldiers led villagers to higher
 * ground", "Hilo Medical Center moved patients off its ground floor"): the day's act of the rescue, as an evacuation is. Not people only told or urged
 * to go (that is the warning's), nor one feared ("may have to move patients").
 */
export const MOVED_TO_SAFETY = String.raw`${NOT_YET_DONE_BEFORE}\b(?:moved|pulled|sent|took|led|brought|carried|evacuated)\s+(?=(?:[\w,’'-]+\s+){0,8}?(?:(?:back|up|out)\s+)?(?:to|onto|on)\s+(?:higher|high|safe|safer|dry)\s+ground\b)|${NOT_YET_DONE_BEFORE}\bmoved\s+(?=(?:[\w’'-]+\s+){0,3}?${EVACUEES}\s+(?:off|out\s+of|from)\s+(?:[\w’'-]+\s+){0,3}?(?:floors?|wards?|buildings?|homes?|coast|shore|beach(?:es)?|valley)\b)`;
/** A hazard whose warning is issued, by its name before the warning's noun ("tsunami", "red weather", "flash flood", "extreme heat"). */
const HAZARD_WARNED = String.raw`(?:tsunami|${HAZARD_OF_WEATHER}|fire|heat|extreme[\s-]heat|heatwave|weather|wind|rain|snow|blizzard|volcan(?:o|ic)|ash)`;
/**
 * A warning's colour ("a red weather warning", "an amber wind warning"): a hazard's only before the hazard's name, after "for" a hazard ("a red alert for
 * extreme temperatures") or from a weather service (WEATHER_SERVICE: the Met Office's warnings go by colour alone); "a red alert for the suspect" is a manhunt's.
 */
const WARNING_COLOUR = String.raw`(?:red|amber|orange|yellow)`;
/** A warning's noun by its level ("warning", "watch", "advisory", "alert", a "flash flood emergency"). */
const WARNING_LEVEL = String.raw`(?:warnings?|watch(?:es)?|advisor(?:y|ies)|alerts?|emergenc(?:y|ies))`;
/** A hazard's warning by its name ("a tsunami warning", "the red weather alert", "a hurricane watch"): "a warning to Moscow" names no hazard, so it is a saying. */
/** A weather service, whose warning by its colour alone is the weather's ("The Met Office issued an amber warning", "Forecasters raised a red alert"). */
const WEATHER_SERVICE = String.raw`(?:Met\s+Office|(?:national\s+)?weather\s+(?:service|agency|office|bureau)|meteorological\s+(?:agency|office|service|institute)|forecasters|Aemet|Météo-France|Meteo-France)`;
const HAZARD_WARNING = String.raw`(?:(?:${WARNING_COLOUR}[\s-]+)?(?:${HAZARD_WARNED}[\s-]+){1,2}${WARNING_LEVEL}\b|${WARNING_COLOUR}[\s-]+${WARNING_LEVEL}\b(?=\s+(?:for|of)\s+(?:[\w’'-]+\s+){0,3}?(?:${HAZARD_WARNED}|temperatures|thunderstorms|ice|fog|flooding|rainfall)\b))`;
/** A warning named once its hazard is told, by its level alone after a determiner ("its warning", "the advisory itself"): read only with the verbs that move a hazard's warning (downgraded, lifted, cancelled). */
const WARNING_NAMED = String.raw`(?:(?:the|its|their|an?|this)\s+|(?:the\s+)?[\w’'-]+['’]s\s+)(?:(?:${WARNING_COLOUR}|${HAZARD_WARNED})[\s-]+){0,2}${WARNING_LEVEL}\b(?:\s+itself)?`;
/** Not a warning drilled or tested ("sirens sounded in a drill"): no hazard came; nor sirens for an attack ("as rockets were fired"): a war's. */
const NOT_A_DRILL = String.raw`(?![^.;]{0,80}?\b(?:drill|exercise|test)s?\b)`;
const NOT_AN_ATTACK_AFTER = String.raw`(?![^.;]{0,80}?\b${ATTACK}\b)`;
/**
 * A hazard's warning issued, raised or extended ("the Meteorological Agency issued a tsunami warning for the Pacific coast", "Hawaii was placed under a
 * tsunami warning", "A tsunami warning for the whole state went out at about 2:45 p.m.", "upgraded the storm watch to a warning"), and sirens sounded
 * for it ("Sirens sounded across the island within minutes"): the warning given, one happening however many tell it. Not one feared or planned
 * ("may issue a warning", NOT_YET_DONE_BEFORE), nor a warning to anyone (no hazard), nor a drill (NOT_A_DRILL), nor air-raid sirens or sirens for an attack (a war's).
 */
const WARNING_GIVEN = String.raw`(?:issued|issues|raised|raises|upgraded|upgrades|extended|extends|expanded|expands|declared|declares|put\s+out|sent\s+out)\s+(?:(?:a|an|the|its|their|new|fresh)\s+)?`;
export const WARNING_ISSUED = String.raw`${NOT_YET_DONE_BEFORE}\b${WARNING_GIVEN}(?=(?:[\w’'-]+\s+){0,2}?${HAZARD_WARNING})|(?<=\b${WEATHER_SERVICE}\b[^.;]{0,40}?)${NOT_YET_DONE_BEFORE}\b${WARNING_GIVEN}(?=${WARNING_COLOUR}[\s-]+${WARNING_LEVEL}\b)|\b(?:placed|put)\s+under\s+(?:a|an|the)\s+${HAZARD_WARNING}|(?<=\b${HAZARD_WARNING}(?:\s+(?:for|in|across|along|on|covering)\s+[^.;]{1,50}?)?\s+)(?:went\s+out|(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:issued|raised|extended|declared)|came\s+into\s+(?:force|effect)|took\s+effect)\b|${ATTACK_BEFORE}(?<!\bair[\s-]raid\s+)\b[Ss]irens\s+(?:sounded|wailed|blared|went\s+off|rang\s+out)\b${NOT_A_DRILL}${NOT_AN_ATTACK_AFTER}`;
/** …downgraded ("The agency downgraded its warning to an advisory", "the center downgraded the warning"): the hazard judged smaller that day. */
export const WARNING_DOWNGRADED = String.raw`${NOT_YET_DONE_BEFORE}\bdowngrad(?:ed|es)\s+(?=${WARNING_NAMED})|(?<=\b${WARNING_NAMED}[^.;]{0,40}?\b${PASSIVE_PAST}\s+)downgraded\b`;
/** What ends a warning or an order, done ("lifted", "cancels") and suffered ("was withdrawn"). */
const LIFTS = String.raw`(?:lifted|lifts|cancell?ed|cancels|withdrew|withdraws|rescinded|ended|ends|called\s+off)`;
const LIFTED = String.raw`(?:lifted|cancell?ed|withdrawn|rescinded|ended|called\s+off)`;
/** …lifted or cancelled ("The advisory itself was cancelled at 4 a.m. today", "lifted the tsunami warning for the coast"): the hazard past. */
export const WARNING_LIFTED = String.raw`${NOT_YET_DONE_BEFORE}\b${LIFTS}\s+(?=${WARNING_NAMED})|(?<=\b${WARNING_NAMED}[^.;]{0,40}?\b${PASSIVE_PAST}\s+)${LIFTED}\b`;
/** An evacuation order by its noun ("the county's evacuation order", "a mandatory evacuation order"), after a determiner or a possessor. */
const EVACUATION_ORDER = String.raw`(?:(?:the|its|their|an?|all)\s+|(?:the\s+)?[\w’'-]+['’]s\s+)(?:(?:mandatory|compulsory|voluntary|new|[\w-]+-wide)\s+)?evacuation\s+(?:orders?|notices?)\b`;
/**
 * An evacuation ordered ("issued an evacuation order for the coast", "ordered the evacuation of 40,000 residents", "ordered 40,000 residents to evacuate",
 * "mandatory evacuations were ordered") and one lifted ("Mayor Kimo Alameda lifted
 * the county's evacuation order just before midnight"): the day's act of the authority. Not one considered or feared ("may order an evacuation").
 */
export const EVACUATION_ORDERED = String.raw`${NOT_YET_DONE_BEFORE}\b(?:issued|issues|gave|gives|imposed|imposes|declared|declares)\s+(?=${EVACUATION_ORDER})|${NOT_YET_DONE_BEFORE}\bordered\s+(?=(?:[\w,’'-]+\s+){1,6}?to\s+evacuate\b)|(?<=\b(?:mandatory\s+|compulsory\s+)?evacuations\b[^.;]{0,30}?\b${PASSIVE_PAST}\s+)ordered\b|${NOT_YET_DONE_BEFORE}\border(?:ed|s)\s+(?=(?:the|an?)\s+(?:[\w-]+\s+)?evacuation\s+of\b)|(?<=\b${EVACUATION_ORDER}[^.;]{0,40}?\b${PASSIVE_PAST}\s+)(?:issued|given|imposed)\b`;
export const EVACUATION_ORDER_LIFTED = String.raw`${NOT_YET_DONE_BEFORE}\b${LIFTS}\s+(?=${EVACUATION_ORDER})|(?<=\b${EVACUATION_ORDER}[^.;]{0,40}?\b${PASSIVE_PAST}\s+)${LIFTED}\b`;

/** A government that shuts down, whose body and verb the trigger and the title (GOVERNMENT_THAT_SHUT) both read. */
const GOVERNMENT_BODY = String.raw`(?:federal\s+)?government|administration`;
const SHUTS_DOWN = String.raw`\s+(?:(?:partially|partly)\s+)?shut(?:s|ting)?\s+down\b`;
/**
 * A government that shuts down for want of a budget, told by its verb or by the shutdown's start ("Then the government shut down on 1 October",
 * "The shutdown, which began on October 1, has cut off most official data"); not an office or a programme the government shut down.
 */
export const GOVERNMENT_SHUT_DOWN = String.raw`\b(?:${GOVERNMENT_BODY})${SHUTS_DOWN}(?!\s+(?:the|a|an|its|their|his|her|all)\b)|\b(?:government\s+)?shutdown\b(?=(?:,?\s+(?:which|that))?\s+(?:began|started|begins|starts)\b)`;
/** …and whose government shut down, as the sentence names it before it ("The Kessian government shut down", "the government shut down"), for its title. */
export const GOVERNMENT_THAT_SHUT = new RegExp(String.raw`(?<whose>(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,2})(?<body>${GOVERNMENT_BODY})${SHUTS_DOWN}`, 'u');
/**
 * A central bank's end to the run-off of its balance sheet, after the bank's name ("the Fed will stop shrinking its balance sheet on December 1",
 * "the Fed said it would end on 1 December the run-off of its bond holdings", "the ECB ended quantitative tightening"): the verb, what it ends after it.
 */
const RUN_OFF_VERB = String.raw`(?:stop|stops|stopped|stopping|end|ends|ended|ending|halt|halts|halted|halting)`;
const RUN_OFF = String.raw`(?:shrinking|reducing|running\s+down)\s+(?:its|the)\s+balance\s+sheet\b|(?:on\s+[^.;,]{1,30}?\s+)?the\s+run-?off\s+of\s+its\s+(?:[\w-]+\s+)?(?:bond|asset|securities)\s+holdings\b|(?:its\s+)?(?:quantitative\s+tightening|balance[\s-]+sheet\s+run-?off)\b`;
export const RUN_OFF_ENDED = String.raw`${RUN_OFF_VERB}\s+(?=${RUN_OFF})`;
/** …and the bank, its verb and what it ends, for its title ("The Fed stops shrinking its balance sheet"); a day between the verb and the run-off is no part of it. */
export const RUN_OFF_TOLD = new RegExp(String.raw`(?<bank>(?:[Tt]he\s+)?${CENTRAL_BANK})[^.;]{0,60}?\b(?<verb>${RUN_OFF_VERB})\s+(?:on\s+[^.;,]{1,30}?\s+(?=the\s))?(?<what>${RUN_OFF})`, 'u');
/**
 * A court that hears a case, done or ahead ("The Supreme Court will hear her case in January", "the tribunal heard the appeal on Monday",
 * "judges are due to hear Ruiz's challenge"): the hearing is its day's happening; "will not hear" is none.
 */
const COURT = String.raw`(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?|[Jj]ustices)`;
const HEARING_AHEAD = String.raw`(?:(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to|agreed\s+to)\s+)?`;
const CASE_HEARD = String.raw`(?:(?:the|a|an|her|his|its|their)\s+|[A-Z][\w’'-]+['’]s\s+)(?:[\w’'-]+\s+){0,2}?(?:case|appeal|challenge|arguments|petition|complaint)s?\b`;
/** A hearing's setting told and then undone, its main verb moving or ending it ("A hearing in the case that had been set for Monday was postponed", "…, which had been scheduled for Friday, was adjourned"): no hearing of that day. */
const HEARING_PUT_OFF_AFTER = String.raw`[^.;]{0,60}?\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:later|since|then|now|again|abruptly)\s+)?(?:${MOVING}|adjourned|vacated|cancell?ed|called\s+off|scrapped|shelved)\b`;
/**
 * …or the hearing of a case told by its noun and the day it is set for ("A hearing in a separate case, over remarks he made about prosecutors,
 * is set for 11 April", "The next hearing in the appeal has been scheduled for Monday"): the court's happening of that day, ahead. A hearing
 * of no case (a committee's) is none, nor one only sought ("asked for a hearing in the case"), nor one put off (HEARING_PUT_OFF_AFTER).
 */
const HEARING_SET = String.raw`(?<!\b(?:for|seek(?:s|ing)?|sought|request(?:s|ed|ing)?)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+)?)\bhearing(?=\s+(?:in|on|of|into)\s+(?:(?:the|a|an|his|her|its|their)\s+|[A-Z][\w’'-]+['’]s\s+)(?:[\w’'-]+\s+){0,2}?(?:case|appeal|trial|challenge|petition|complaint)s?\b[^.;]{0,80}?\b(?:is|was|has\s+been|had\s+been)\s+(?:set|scheduled|fixed|listed)\s+for\b(?!${HEARING_PUT_OFF_AFTER}))`;
export const COURT_HEARS_A_CASE = String.raw`(?<=\b${COURT}\s+${HEARING_AHEAD})(?:hear|hears|heard)\s+(?=${CASE_HEARD})|${HEARING_SET}`;
/** …and the court, with up to three capitalised words of its name ("The Supreme Court", "the Kessian High Court"), and the case it hears, for its title. */
export const COURT_HEARD = new RegExp(String.raw`(?<court>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,3}${COURT})\s+${HEARING_AHEAD}(?:hear|hears|heard)\s+(?<heard>${CASE_HEARD})`, 'u');
/**
 * A labour board or an arbitrator hearing a dispute's two sides ("The Canada Industrial Relations Board will hear the airline and the union
 * by video this evening", "the arbitrator heard both sides on Monday"): the hearing is its day's happening, as a court's is.
 */
export const BOARD_HEARS_THE_SIDES = String.raw`(?<=\b(?:[Bb]oard|[Aa]rbitrators?)\s+${HEARING_AHEAD})(?:hear|hears|heard)\s+(?=(?:both|the\s+two)\s+(?:sides|parties)\b|the\s+(?:sides|parties)\b|(?:the\s+)?(?:[\w’'-]+\s+){0,3}?and\s+(?:the\s+)?(?:union|unions|employers?|workers|company)\b)`;

/** A court, its judges, a panel of them or a jury: who passes a sentence, and who rules on a person. */
const BENCH = String.raw`[Cc]ourt|[Tt]ribunal|[Jj]udges?|[Pp]anel|[Jj]ury`;
/** Who passes a sentence or a verdict of guilt, told up to 40 characters before it ("a court in Minsk sentenced"). */
const SENTENCING_BENCH = String.raw`\b(?:${BENCH})\b[^.;!?]{0,40}?`;
/**
 * A sentence or a verdict of guilt passed on someone, told by its court ("a court in Minsk sentenced the blogger … to four years", "the criminal
 * court found the former president guilty") or in the passive ("was sentenced to three years on Monday", "were found guilty"): the day's act of its
 * court. Not one asked for, feared or still to come ("asked the court to sentence him", "could be sentenced", "if found guilty", "if convicted").
 */
export const COURT_SENTENCED = String.raw`(?<=${SENTENCING_BENCH})(?<!\bif\s+)\b(?:sentenced|convicted|jailed)\b|(?<=${SENTENCING_BENCH})\bfound\s+(?=(?:[\w’'.-]+\s+){1,4}?guilty\b)|(?<=\b${PASSIVE_PAST}\s+(?:(?:also|then|later|finally|duly)\s+)?)(?:sentenced|convicted|jailed|found\s+guilty)\b`;
/**
 * A verdict of innocence, told by the body that gave it ("The anti-doping tribunal cleared him in May", "a disciplinary panel cleared the
 * sprinter of doping", "the tribunal acquitted her"): the day's act of that body, as a sentence is. Not a deal or a plan cleared
 * (DEAL_CLEARED), nor one only sought ("asked the panel to clear him", "could be cleared"). "Cleared" with no charge named is an acquittal
 * only with the body as its subject and a person as its object: a bench or arbitrators may clear "them", but an agency that "cleared them"
 * passed things (two vaccines), and people "cleared out of", "from" or "through" somewhere were moved, not acquitted.
 */
const PERSON_CLEARING_BENCH = String.raw`${BENCH}|[Aa]rbitrators?`;
const CLEARING_BODY = String.raw`${PERSON_CLEARING_BENCH}|[Aa]gency|[Cc]ommission|[Ii]nquiry|[Bb]oard`;
const CLEARING_BODY_NEAR = String.raw`\b(?:${CLEARING_BODY})\b[^.;!?]{0,40}?`;
const CLEARING_SUBJECT_ADVERBS = String.raw`\s+(?:(?:has|have|had|unanimously|later|also|then|finally)\s+){0,2}`;
const CLEARED_PERSON = String.raw`\b(?!\s+(?:to|for|out|from|through|off|away)\b)`;
/** A body near the verb, its clearing not one only sought or to come ("asked the panel to clear", "could acquit"). */
const CLEARED_BY_A_BODY_NEAR = String.raw`(?<=${CLEARING_BODY_NEAR})(?<!\b(?:to|could|would|may|might|if)\s+)`;
/**
 * …or told by its noun with its day, as a later article recalls it ("the tribunal's acquittal, made public on 20 August", "her acquittal on 3 May",
 * "since the acquittal of 14 June"): that day's verdict, a second source of it. Not one to come or sought ("an acquittal on Friday would end it",
 * "seeking an acquittal"): only a noun after a determiner or a possessive.
 */
const ACQUITTAL_OF_ITS_DAY = String.raw`\bacquittal\b(?<=\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\w-]+['’]s)\s+acquittal)(?=,?\s+(?:(?:made\s+public|announced|published|handed\s+down|delivered|issued)\s+)?(?:on|of)\s+${DAY_NAMED})(?![^.;]{0,40}?\b(?:would|could|might|will)\b)`;
export const ACQUITTED = String.raw`${ACQUITTAL_OF_ITS_DAY}|${CLEARED_BY_A_BODY_NEAR}\b(?:cleared|acquitted|exonerated)\s+(?=(?:[\w’'-]+\s+){1,5}?of\s+(?:any\s+|all\s+)?(?:wrongdoing|doping|misconduct|fault|blame|charges?)\b)|${CLEARED_BY_A_BODY_NEAR}\b(?:acquitted|exonerated)\s+(?=(?:him|her|them)${CLEARED_PERSON})|(?<=\b(?:${CLEARING_BODY})${CLEARING_SUBJECT_ADVERBS})cleared\s+(?=(?:him|her)${CLEARED_PERSON})|(?<=\b(?:${PERSON_CLEARING_BENCH})${CLEARING_SUBJECT_ADVERBS})cleared\s+(?=them${CLEARED_PERSON})`;

/**
 * A trial's opening ("The trial opened on 2 September", "the trial of the former mayor Orla Brandt began in Kessel on Monday", "a court opened
 * the trial of eight generals"): its court's step of that day. Not a trial of anything but a defendant ("the trial of strength began", "a
 * clinical trial started", "the Phase 3 trial began": what a trial "of" is must be named, capitalised, unless a court opens it).
 */
export const TRIAL_OPENED = String.raw`(?<!\b(?:clinical|drug|vaccine|field|pilot|free|time|human|medical|large-scale|randomi[sz]ed|controlled|[Pp]hase\s+\w+|\d+)\s+)\btrial\b(?=(?:\s+of\s+(?:[\w’'-]+\s+){0,3}?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)?\s+(?:(?:formally|finally|then)\s+)?(?:opened|began|started|got\s+under\s+way)\b)|(?<=${SENTENCING_BENCH})\b(?:opened|began|started)\s+(?=(?:the|a|his|her|their)\s+trial\b)`;
/**
 * A judge's vote on a bench whose judges vote in turn, told by its opening or its reading ("Justice Moraes, the rapporteur, opened the voting on
 * Tuesday with a five-hour reading", "Justice Moraes began his reading last Tuesday morning", "Judge Ruiz voted to acquit"), or by a dissent ("Justice
 * Fux broke ranks the next day, arguing … that Bolsonaro should be acquitted"): that day's step of the trial. A reading "begun" by anyone else is none ("the actor began his reading"), nor a judge's "began to read", which may be the verdict itself; a dissent
 * is read right after the judge's name, not of a Justice Minister nor of senators after a judge's ruling.
 */
export const JUDGE_VOTED = String.raw`(?:(?<=\b(?:[Jj]ustice|[Jj]udge|[Rr]apporteur)\b[^.;!?]{0,60}?)\b(?:(?:opened|began|started)\s+(?:the\s+voting|(?:his|her|the)\s+(?:reading|vote))|voted\s+to\s+(?:acquit|convict)))\b|(?<=\b(?:Justice|Judge)\s+(?!(?:Minister|Ministry|Department|Secretary)\b)(?:[A-Z][\w’'-]+\s+){1,3})broke\s+ranks\b`;
/** Those who arrest, raid and search for the law. */
export const THE_LAW = String.raw`(?:[Pp]olice|prosecutors|investigators|agents|officers|detectives)`;
/** A day told in the clause of an act, before it (a fronted day may end with a comma: "On Tuesday, police …") or after it: an arrest with none may be a biography's, and one with another clause's day too ("Police detained him in 2019, his lawyer said on Monday"). */
const DAY_WORD = String.raw`\b(?:${DAY_NAMED}|today|yesterday|tonight|overnight|last\s+night|days?\s+ago)`;
const DAY_IN_ITS_CLAUSE = String.raw`(?:(?<=${DAY_WORD},?[^.;,]{0,100}?)|(?=[^.;,]{0,100}?${DAY_WORD}))`;
/** What the law detains that is no one: no person at all, or goods ("detained no one", "detained a shipment of ivory"; not "a truck driver"). */
const NO_ONE_DETAINED = String.raw`\s+(?:no\s+one|nobody|none|(?:an?|the|its|their|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,2}?(?:shipments?|cargo(?:es)?|consignments?|vessels?|ships?|tankers?|lorr(?:y|ies)|trucks?|containers?|goods|boats?)(?![\w’'-]|\s+(?:drivers?|captains?|crews?|owners?|operators?)\b))`;
/**
 * Someone put under arrest ("was placed under house arrest on Monday", "police put him under arrest", "four people were arrested on Tuesday
 * evening", "police detained the mayor before dawn on Wednesday", "Five days ago he was taken from his home", a day told in its clause, but not by an ambulance or by armed men, or by the noun with its day: "The arrests came on Saturday night", the arrest itself told after): the day's act of the law. An arrest told with no day right after it may be a biography's ("he was arrested in his youth", "was
 * arrested twice under the old regime"), and one feared or sought is none ("could be arrested", "called for his arrest").
 */
export const PUT_UNDER_ARREST = String.raw`\b(?:placed|put)\s+(?:(?:him|her|them)\s+)?under\s+(?:house\s+)?arrest\b|(?<=\b${THE_LAW}\s+(?:on\s+${DAY_NAMED}\s+)?)(?:arrested|detained)\b(?!${NO_ONE_DETAINED})${DAY_IN_ITS_CLAUSE}|(?<=\b(?:was|were|had\s+been|has\s+been)\s+)taken\s+(?:into\s+custody|from\s+(?:his|her|their)\s+homes?(?![^.;]{0,60}?\bby\s+(?!(?:[\w-]+\s+){0,2}?${THE_LAW}\b)))\b${DAY_IN_ITS_CLAUSE}|(?<=\b(?:was|were|had\s+been|has\s+been)\s+)(?:arrested|detained)\b(?=\s+(?:(?:late|early)\s+)?on\s+${DAY_NAMED})|(?<=\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?:${ORDINAL_PATTERN}|${CARDINAL_PATTERN})\s+)?)arrests?\s+(?:came|were\s+made|was\s+made)(?=\s+(?:(?:late|early)\s+)?on\s+${DAY_NAMED})`;
/**
 * Someone a court orders held until trial ("An Istanbul court ordered the mayor held in jail pending trial on Sunday", "the judge ordered him kept
 * in custody", "ordered him held without bail", "was ordered detained pending trial", "was remanded in custody on Monday"): the day's act of the
 * court, between the arrest and the trial, told right after the people ordered held. Not a court asked to order it ("prosecutors asked the court
 * to order him held"), one feared ("could be remanded in custody"), nor a release of people who were held ("ordered the release of two men held
 * in custody", "ordered him freed after he had been held in custody").
 */
export const HELD_PENDING_TRIAL = String.raw`(?<=${SENTENCING_BENCH})(?<!\bto\s+)\bordered\s+(?=(?:(?!(?:release|freed?|bail|of|after|who|that|which|had|been)\b)[\w’'-]+\s+){1,5}?${HELD_UNTIL_TRIAL})|(?<=\b${PASSIVE_PAST}\s+)ordered\s+(?=${HELD_UNTIL_TRIAL})|(?<=${SENTENCING_BENCH})\bremanded\s+(?=[^.;]{0,40}?\bin(?:to)?\s+custody\b)|(?<=\b${PASSIVE_PAST}\s+)remanded\s+in(?:to)?\s+custody\b`;
/**
 * Premises broken into by thieves ("a gang that broke into the world's most visited museum on Sunday morning", "had broken into a jeweller's
 * shop"): the day's crime. Not tears, song or a run broken into, nor a seat of power a crowd breaks into (SEAT_STORMED).
 */
export const BROKE_INTO_PREMISES = String.raw`\b(?:broke|had\s+broken|have\s+broken|has\s+broken)\s+into\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,4}?(?:museum|gallery|bank|vault|church|cathedral|home|house|flat|apartment|shop|store|warehouse|depot)s?\b`;
/** A seat of power a crowd breaks into: a legislature's, a government's, a court's, an embassy, a palace; not any building or compound. */
const STORMED_SEAT = String.raw`(?:[Cc]ongress|[Cc]apitol|[Pp]arliament|[Ss]enate|[Pp]alace|[Ee]mbassy|[Cc]onsulate|[Cc]ourt(?:house)?|[Pp]rison|[Hh]eadquarters|[Ll]egislature|[Mm]inistry)s?`;
/**
 * A seat of power stormed ("his supporters stormed Congress, the Supreme Court and the presidential palace", "the storming of the Capitol on
 * 6 January"): the day's riot. Not a raid by police or troops ("Special forces stormed the compound"), nor a person storming off ("stormed out of the meeting", "stormed out of parliament"), nor a storm of criticism.
 */
export const SEAT_STORMED = String.raw`(?<!\b(?:[Pp]olice|troops|forces|commandos|soldiers|officers|army|agents)\s+)\bstorm(?:ed|ing)\s+(?!(?:out|off|away|back|ahead|to|into|past|through)\b)(?=(?:the\s+)?(?:[\w’'-]+\s+){0,2}?${STORMED_SEAT}\b)`;
/**
 * What may follow "primary" the noun, its phrase ended: a mark, a word of the vote ("primary election", "primary run-off"), a day, or a word
 * that opens what is told of it ("on Sunday", "in forty towns", "was held"). Not another noun it qualifies ("primary school", "primary care").
 */
const PRIMARY_NOUN_ENDS = String.raw`(?=\s*(?:[,.;:!?)"”’—–]|$)|\s+(?:\d|${WEEKDAY_NAME}|${MONTH_STEM}|(?:elections?|contests?|votes?|races?|ballots?|polls?|run-?offs?|on|in|at|for|across|after|before|amid|despite|with|as|and|but|to|that|which|where|when|while|was|were|is|are|will|would|has|had|have|this|next|last|today|tomorrow|yesterday|tonight)${WORD_END}))`;
/**
 * A party's primary held or gone ahead with ("the CHP went ahead with its primary", "the party would go ahead with its primary on Sunday", "Democrats
 * hold their primary on Tuesday", "the primary was held on Sunday"): the party's vote of that day, done or ahead. Not one won or lost (a result,
 * the election's), nor one called off, nor "primary" qualifying another noun (PRIMARY_NOUN_ENDS). The noun is matched first, and required
 * (required-words.ts): a verb first would have the pattern tried on every sentence with "held" in it.
 */
export const PRIMARY_HELD = String.raw`\bprimar(?:y|ies)${PRIMARY_NOUN_ENDS}(?:(?<=\b(?:held|holds|hold|holding|staged|stages|stage|(?:went|go|goes|going|gone)\s+ahead\s+with)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w’'-]+\s+){0,2}?primar(?:y|ies))|(?=\s+(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+held\b))`;
/** A text put to a chamber's vote ("would put an amnesty bill to a vote in the lower house this week", "put the motion to a vote on Friday"): the vote, done or ahead. */
export const PUT_TO_A_VOTE = String.raw`\bput(?:s|ting)?\s+(?=(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\w-]+\s+){0,3}?(?:bill|motion|law|text|treaty|amendment|proposal|budget)s?\s+to\s+a\s+vote\b)`;

/**
 * A step of a case taken on a day by its parties or its prosecutors: an appeal lodged or filed ("His lawyers lodged that appeal on Friday
 * morning", "filed an appeal against the ruling"), an inquiry or investigation opened or launched ("the prosecutor opened an inquiry into
 * threats made online"). Not one only said to come ("said he would appeal", "will open an inquiry": no verb of the act done).
 */
export const APPEAL_LODGED = String.raw`\b(?:lodged|filed|submitted)\s+(?=(?:(?:an?|the|that|this|their|his|her|its|formal|new|fresh)\s+){1,2}appeal\b)`;
/** Those who act at law for someone, before their act ("Trump's lawyers", "attorneys for the family", "her solicitors", "the company's legal team"). */
const BY_LAWYERS = String.raw`\b(?:[Ll]awyers?|[Aa]ttorneys?|[Ss]olicitors?|[Ll]egal\s+(?:team|counsel))\s+(?:(?:for|of|acting\s+for)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?)?`;
/**
 * …or a letter its lawyers wrote or sent to the other side ("The minister's lawyers wrote to the paper late on Sunday demanding a retraction",
 * "solicitors for the family sent a letter to the council on Monday"): a step of the case of that day, its client's, no saying of theirs
 * (NOT_BY_LAWYERS keeps it from the letters that are sayings). Whoever it went to, named or by a noun ("to the council"); not "wrote to demand …".
 */
export const LAWYERS_LETTER = String.raw`(?<=${BY_LAWYERS})(?:wrote|writes|sent|sends)\s+(?:(?:a|an)\s+(?:(?:formal|legal|joint)\s+)?letter\s+)?to\s+(?=(?:the|a|an|his|her|its|their)\s+\w|[A-Z]|(?:him|them)\b)`;
export const NOT_BY_LAWYERS = String.raw`(?<!${BY_LAWYERS})`;
/**
 * A formal request put to a body by name ("RTVE asked the European Broadcasting Union for a breakdown of the public vote", "asked the EBU for
 * an independent review"), or told by its noun made ("made a similar request the following day", "filed a formal request with the regulator"):
 * its maker's act of that day. The body is told by its name's last word (INSTITUTION_WORDS: "Union", "Authority") or by its initials,
 * so a person asked by name is none ("asked Ana Ruiz for an explanation"), as is a happening asked for ("asked Putin for a meeting").
 */
export const REQUEST_MADE = String.raw`\basked\s+(?=(?:the\s+)?(?:(?:[A-Z][\w’'-]*\s+){0,4}(?:${INSTITUTION_WORDS})|[A-Z]{2,}[\w’'-]*)\s+for\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:breakdown|review|recount|audit|investigation|inquiry|explanation|clarification)\b)|\b(?:made|filed|lodged|submitted)\s+(?=(?:(?:a|an|its|their|similar|formal|written|official|fresh|second)\s+){1,3}request\b)`;
/**
 * …and a request for something turned down by the body it was put to ("The electoral council rejected her request for a recount ten days after the vote",
 * "the court denied the defence's application for a delay", "Her petition for a review was dismissed on Friday"): that body's act of its day. Not calls or
 * demands rejected ("rejected calls for an inquiry"), which are a stance, nor the press's request for words (PRESS_REQUEST: "refused a request for an
 * interview", "denied the request for a comment"): neither is a step of a procedure.
 */
const PRESS_REQUEST = String.raw`(?!(?:[\w’'-]+\s+)?(?:interviews?|comments?|responses?|reactions?|statements?|remarks?|quotes?)\b)`;
export const REQUEST_REJECTED = String.raw`\b(?:rejected|rejects|refused|refuses|turned\s+down|turns\s+down|denied|denies|dismissed|dismisses)\s+(?=(?:a|an|the|her|his|its|their|that|this)\s+(?:[\w’'-]+\s+){0,2}?(?:requests?|petitions?|applications?)\s+for\s+(?:a|an|the)\s${PRESS_REQUEST})|(?<=\b(?:requests?|petitions?|applications?)\s+for\s+(?:a|an|the)\s+${PRESS_REQUEST}(?:[\w’'-]+\s+){1,3}?(?:was|were|had\s+been|has\s+been)\s+)(?:rejected|refused|turned\s+down|denied|dismissed)\b`;
export const INQUIRY_OPENED = String.raw`\b(?:opened|launched)\s+(?=(?:(?:an?|the|its|their|formal|criminal|official|new|preliminary|judicial)\s+){1,2}(?:inquiry|investigation|probe)\b)`;

/**
 * A named person's death, told with its verb right after the name or the name's aside ("Ziad Takieddine, died in Beirut on
 * Tuesday, aged 75", "Peter Cirimwami, the military governor of North Kivu, was killed on the front line near Sake"): the day's
 * happening, the person's. A name only: the dead counted or described ("144 people had died", "a soldier was killed in a clash")
 * are a disaster's or a strike's toll, told with it. The day, place, age or cause follows the verb, so "who died" in a relative
 * about anything else ("the airmen who died while ferrying") is none.
 */
export const NAMED_PERSON_DIED = String.raw`(?<=\b\p{Lu}[\p{L}’'-]+(?:,\s+(?:the|a|an|his|her|its|their)\s+[^,.;]{1,80}?)?,?\s+)(?:(?:has|had)\s+)?(?:died|(?:was|been)\s+killed)\b(?=\s+(?:in|at|on|near|of|after|aged|yesterday|overnight|last|early|late|this|earlier|while|when|during)\b|\s*[,.;])`;

/**
 * A rocket's booster brought back ("New Glenn's first stage landed on the recovery vessel Jacquelyn", "landed its first stage on the barge", "the booster touched
 * down on the droneship"): a happening of the flight's day but its own, as a recovery is news apart from the launch. Not a craft landing on the Moon, nor a plane's.
 */
export const BOOSTER_LANDED = String.raw`(?<=\b(?:first\s+stage|booster|core\s+stage)s?\s+(?:(?:then|later|safely|successfully)\s+)?)(?:landed|touched\s+down)\b|\blanded\s+(?=(?:its|the|their)\s+(?:first\s+stage|booster)s?\b)`;
/**
 * A craft that comes down on another world or into the sea: told by the ground it comes down on ("touched down gently on the Moon", "landed upright in
 * Mare Crisium", "is due to touch down near the Moon's south pole", "came down near the south pole"), or by the craft as its subject ("the lander settled
 * in the crater"), or by a splashdown in a space story (CRAFT_SPLASHED_DOWN: "the test flight on October 13 splashed down in the Indian Ocean"). A happening of its own day, as a launch is; what lands on an airport or a town is someone's journey (kinds.ts), and what else "lands"
 * takes no such ground ("landed a contract", "the result landed on the desk"). One only wished for is none ("hopes to land on the Moon one day").
 */
const CRAFT_GROUND = String.raw`(?:the\s+)?(?:Moon|Mars|Venus|Mercury|lunar|Martian|asteroid|comet|far\s+side|(?:south|north)(?:ern)?\s+pole|Mare\s+[A-Z][a-z]+)`;
const CRAFT = String.raw`(?:lander|spacecraft|probe|rover|capsule|module|spaceship|craft)`;
const WISHED_BEFORE = String.raw`\b(?:${WISH}|tries|tried|trying|try)\s+to\s+`;
export const CRAFT_LANDED = String.raw`(?<!${WISHED_BEFORE})(?:\b(?:landed|lands|touch(?:ed|es)\s+down|came\s+down|comes\s+down|set\s+down|sets\s+down)|(?<=\b(?:to|will|would|shall)\s+)(?:land|touch\s+down|come\s+down|set\s+down))\s+(?:(?:gently|softly|safely|upright|successfully|smoothly|intact)\s+)*(?:on|in|near|at)\s+(?=${CRAFT_GROUND}\b)|\b(?:landed|touched\s+down|came\s+down|set\s+down|settled(?=\s+(?:on|in|into|onto|near)\b))\b(?<=\b${CRAFT}(?:\s+[A-Z][\w’'-]*){0,3},?\s+(?:(?:has|had|then|later|finally|safely|successfully|gently|softly)\s+)*(?:landed|touched\s+down|came\s+down|set\s+down|settled))`;
/**
 * A splashdown, told by the verb or the noun ("the capsule splashed down off Florida", "ended its flight with a controlled splashdown"): a craft's landing only
 * in a story of a craft in space (CRAFT_STORY), a swimmer's or a diver's otherwise. The noun only as what the flight ended with or made, or as what took
 * place: one trained for, planned or compared with ("the first splashdown since 1975") is no landing of the sentence's day.
 */
export const CRAFT_SPLASHED_DOWN = String.raw`(?<!${WISHED_BEFORE})\bsplash(?:ed|es)?\s+down\b|(?<=\b(?:with|made|makes|completed|completes|(?:ended|ends)\s+in)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2})splashdown\b|\bsplashdown\s+(?=(?:took\s+place|came|happened|occurred)\b)`;
/**
 * A craft sent up, told by its rocket or itself launched from its site ("The rocket launched from Starbase at 6.30pm on Tuesday", "the satellite was launched
 * from Kourou"): the launch's day, only in a story of a craft in space (CRAFT_STORY), for rockets launched from a border in a war are a strike's, and so is "a rocket", one of many
 * ("Two rockets were launched from Gaza", "a rocket launched from Lebanon"): the craft's rocket is "the rocket" or named.
 */
export const CRAFT_LAUNCHED_FROM = String.raw`(?<=(?:(?<!\b(?:a|an|one)\s+)\brocket|\b(?:spacecraft|capsule|probe|satellite|lander|rover|telescope|spaceship)s?)\s+(?:(?:has|had|have|was|were|been|then|finally|successfully)\s+)*)launched\s+(?=from\b)`;
/**
 * A craft launched, told by the place it left on its rocket ("Blue Ghost left Florida on a SpaceX Falcon 9 on January 15", "the probe left Earth aboard an
 * Ariane 6"): the launch's day. Only in a story of a craft in space (CRAFT_STORY), and never on a flight, a train or a ship ("left Houston on a Delta
 * flight"): anyone else leaving a place on something is on a journey.
 */
export const CRAFT_LEFT_ON_ITS_ROCKET = String.raw`\b(?:left|leaves)\s+(?=(?:Earth|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+(?:on|aboard|atop)\s+(?:a|an|the)\s+(?:[A-Z][\w’'-]*\s+){0,2}(?:[A-Z][\w’'-]*(?:\s+\d+)?|rocket|launcher)\b(?!(?:\s+[A-Z][\w’'-]*|\s+\d+)*\s+(?:flight|plane|jet|airliner|train|bus|coach|ferry|ship)s?\b))`;
/**
 * What a story of a craft in space names somewhere: the craft, the instrument that looks out, its orbit ("into orbit", "orbits the Moon"), not any orbit
 * ("the orbit of ministers"), or space a craft was sent into or worked in ("carried two satellites into space", "relit one of its engines in space."), a
 * verb of flight before it and its phrase ended after it, not space as a trade's or a war's field ("its investment in space defence", "talks on cooperation
 * in space", "images from space").
 */
export const CRAFT_STORY = /\b(?:spacecraft|lander|orbiter|rover|capsule|space\s+probe|observatory|(?:space\s+)?telescope|(?:in|into|lunar|low|Earth|Mars)\s+orbit|(?:launch(?:ed|es|ing)?|sen(?:t|ds?|ding)|fl(?:y|ew|own|ies|ying|ight)|carr(?:y|ied|ies|ying)|blast(?:ed|s)?|lift(?:ed|s)?|relit|fired|walk(?:ed|s)?)\s+(?:[\w’'-]+\s+){0,5}?(?:in|into)\s+space(?=\s*[,.;:)]|\s+(?:on|at|for|and|after|before|since|aboard|until|by|to|from|with|as|during|in|this|last|yesterday|today)\b)|orbit(?:ed|ing|s)?\s+(?:around\s+)?the\s+(?:Moon|Earth|Sun)|astronauts?)\b/i;
/**
 * An eclipse of the Moon or the Sun ("a total eclipse of the Moon in the early hours of Friday 14 March", "the partial solar eclipse on Saturday"): a
 * happening of its day that no one does, and that comes whatever anyone reports. Only the sky's: a star "eclipsed" by a rival is none.
 */
export const ECLIPSE = String.raw`\b(?:total|partial|annular|hybrid|penumbral|lunar|solar)\s+(?:(?:lunar|solar)\s+)?eclipses?\b|\beclipses?\s+of\s+the\s+(?:Moon|Sun)\b`;
/** A world of the Sun's family, or the Sun, that something in the sky passes near: "from Mars", "to the Sun", "of Earth". */
const SKY_BODY = String.raw`(?:the\s+)?(?:Sun|Earth|Moon|Mercury|Venus|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto)\b`;
/**
 * A body in the sky passing near another, a milestone of its path on its day, ahead or gone by (a comet, an asteroid, a probe): told by how near it
 * passes ("passed about 29 million kilometres from Mars", "will pass within 40,000 km of Earth"), by its nearest point ("reaches its closest point to
 * the Sun", "comes nearest to Earth", "makes its closest approach to Jupiter", "reaches perihelion"), or by a flight past a world ("flew past Venus").
 * Only near a world of the Sun's family: "passed 3 km from the village", "came closest to a deal", "the nearest shop to the station" are none. The
 * distance's unit is matched and its verb looked for before it, so that a sentence is asked only when it names a unit, far rarer than "came" or "pass".
 */
export const SKY_BODY_PASSED = String.raw`(?<=\b(?:pass(?:es|ed|ing)?|came|com(?:e|es|ing)|swung|swings|swing)\s+(?:(?:about|some|roughly|around|only|just|within|less\s+than|more\s+than)\s+)?[\d,.]+\s+(?:million\s+|billion\s+)?)(?:kilometres|kilometers|km|miles)\s+(?:from|of)\s+(?=${SKY_BODY})|\b(?:pass(?:es|ed|ing)?|com(?:e|es|ing)|came|reach(?:es|ed|ing)?|mak(?:e|es|ing)|made|get(?:s|ting)?|got)\s+(?:its\s+)?(?:closest|nearest)\s+(?:(?:point|approach)\s+)?to\s+(?=${SKY_BODY})|\b(?:reach(?:es|ed|ing)?|pass(?:es|ed|ing)?(?:\s+through)?)\s+(?:its\s+)?(?:perihelion|perigee|aphelion)\b|\bfl(?:ew|ies|y|ying)\s+(?:past|by)\s+(?=${SKY_BODY})`;
/**
 * Something new found by those whose work is finding (FINDER: a telescope, an observatory, astronomers, archaeologists, divers), told by its finder and the verb
 * ("The survey telescope at Sarn picked up a faint smudge on Tuesday night", "Archaeologists discovered a Roman mosaic on Monday") or in the passive
 * by its finder ("It was found on 1 July by the ATLAS survey telescope"): a discovery, a happening of its day, whoever tells it. Not what a study
 * concludes ("researchers found that …", "found evidence of", "found no link"), nor anyone else's find ("found him guilty", "found a way").
 */
const FINDER = String.raw`(?:telescopes?|observator(?:y|ies)|astronomers?|scientists?|researchers?|archaeologists?|pal(?:a)?eontologists?|geologists?|biologists?|botanists?|divers|explorers?|cavers|satellites?|probes?|rovers?|orbiters?)`;
const FOUND_VERB = String.raw`(?:discovered|found|spotted|detected|picked\s+up|unearthed)`;
/**
 * What a study concludes or a finder's find is not, after the verb: "found that", "found no sign"; nor a judgement of its object, told by the word
 * after an object pronoun ("found him guilty", "found it hard", "found them unfit"), unless that word tells where, when or how it was found ("spotted
 * it under the pier", "detected them again on Monday", "spotted it moving").
 */
const NO_FIND_AFTER = String.raw`(?!\s+(?:that|no|nothing|little|evidence|signs?|links?|traces?|themselves|itself|ways?|time)\b|\s+(?:him|her|them|it|us|me)\s+(?!(?:on|in|at|near|under|beneath|below|above|inside|off|from|by|during|while|when|after|before|again|first|too|also|last|this|early|late|later|yesterday|today|overnight|and|but|as|with|among|around|through|using)\b|\w+ing\b)[a-z])`;
export const FOUND_BY_A_FINDER = String.raw`\b${FOUND_VERB}\b(?<=\b${FINDER}(?:\s+(?:at|in|on|near|of|from)\s+[^,.;]{1,40}?)?\s+(?:(?:first|also|then|have|has|had|just)\s+)*${FOUND_VERB})${NO_FIND_AFTER}|\b${PASSIVE_PAST}\s+(?:first\s+)?${FOUND_VERB}\b(?=[^.;]{0,60}?\bby\s+(?:[\w’'-]+\s+){0,5}?${FINDER}\b)`;
/**
 * A thing given its name by those who name it ("The centre named it 3I/ATLAS", "the zoo gave the calf its name on Friday", "christened it Hope"): a
 * naming, a happening of its day. Not a name said to fit ("named it as the best", "dubbed it a disaster": a judgement), nor an honour's title, which is a
 * judgement too though capitalised (HONOUR_TITLE: "named it Car of the Year", "named it Best Film"), nor a person named to an office (appointments,
 * kinds.ts).
 */
const HONOUR_TITLE = String.raw`(?:Best|Top|Greatest|Worst)\b|(?:[A-Z][\w’'-]*\s+){1,3}of\s+the\s+(?:Year|Decade|Century|Month|Week|Season|Match|Tournament)\b`;
export const GIVEN_ITS_NAME = String.raw`\b(?:named|christened)\s+(?:it|them)\s+(?=["“‘']?[A-Z0-9])(?!["“‘']?(?:${HONOUR_TITLE}))|\bg[ai]ve\s+(?:it|them|(?:the|a|an)\s+(?:[\w-]+\s+)?[a-z]+)\s+(?:its|their|a|an)\s+(?:(?:official|formal|new|permanent)\s+)?names?\b`;
/**
 * A craft that goes into orbit around a world ("slipped into orbit around the Moon on February 13", "entered lunar orbit on Thursday", "the probe reached
 * Mars orbit"): a step of its flight of its own day, weeks after the launch. Not a launch's cargo put into orbit ("putting astronauts into orbit": the
 * launch's day), nor a state ("in orbit"), nor what is said of orbits ("on orbits that bring them near the Earth").
 */
export const CRAFT_ORBITED = String.raw`\b(?:entered|enters|entering|slipped|slips|went|goes|settled|settles|swung|swings|reached|reaches|arrived|arrives)\s+(?:(?:into|in)\s+)?(?:(?:a|an|its|their|lunar|Martian|Mars|Moon|low|stable|final|circular|polar|elliptical|parking)\s+)*orbit\b(?!\s+of\b)`;
/**
 * Pictures a craft or an instrument sends back or its makers show for the first time ("Within an hour the lander had sent back its first picture",
 * "the observatory released its first images", "showed the world its first pictures"): a happening of its day, as a launch is. Only the first ones, or
 * those sent back: a picture merely shown ("showed a picture of the crater") is none.
 */
export const FIRST_IMAGES = String.raw`\b(?:sent|sends|send|sending|beamed|beams|beam|beaming)\s+back\s+(?=(?:(?:its|their|the|a)\s+)?(?:(?:first|new|latest)\s+)?(?:[\w-]+\s+)?(?:pictures?|images?|photos?|photographs?)\b)|\b(?:released|releases|release|releasing|published|publishes|unveiled|unveils|showed|shows|returned|returns)\s+(?=(?:the\s+world\s+)?(?:its|their|the)\s+first\s+(?:[\w-]+\s+)?(?:pictures|images|photos|photographs)\b)`;
/**
 * A craft that reaches a space station and holds fast to it ("the capsule docked with the station at 7 a.m.", "latched on to the
 * International Space Station at 4:01 pm"), or its docking named ("Docking is scheduled for Thursday", "watched the docking"): a day's
 * happening of its own, a day or more after the launch. Not a docking station or port (a thing), nor pay docked.
 */
export const SPACECRAFT_DOCKED = String.raw`\b(?:dock(?:s|ed|ing)?\s+(?:with|at)|latch(?:es|ed|ing)?\s+on(?:to|\s+to))\s+(?=(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:[Ss]pace\s+[Ss]tation|ISS|orbital\s+(?:station|outpost)|station|outpost)\b)|(?<=(?:^|\b(?:the|its|their)\s+))[Dd]ocking\b(?!\s+(?:station|port|bay|fees?|of)\b)`;
/**
 * A launch called off on its day ("The launch was first set for Sunday, but was scrubbed that afternoon", "A second attempt on Wednesday was called off
 * the evening before", "controllers scrubbed the launch"): a happening of its own, not the launch's fate, since the flight still goes another day.
 * Not the launch of anything else ("the launch of the campaign was called off"): its paragraph must tell of a flight into space (LAUNCH_TOLD). Not
 * after the day it was set for ("was first set for Sunday, but was scrubbed"): that day is read as the plan's, still ahead, not the day it fell through.
 */
/** What makes "launch" the name of something else: the launch of a campaign, a launch pad or party. */
const NOT_A_LAUNCH_AFTER = String.raw`(?:of|pad|site|window|date|event|party)\b`;
const LAUNCH_TRY = String.raw`(?:launch(?!\s+${NOT_A_LAUNCH_AFTER})|liftoff|lift-off|(?<=\b(?:launch|${ORDINAL_PATTERN}|another|new)\s+)attempt|countdown)`;
export const LAUNCH_CALLED_OFF = String.raw`(?<!\b(?:set|scheduled|planned|due)\s+for\b[^.;]{0,40}?)(?<=\b${LAUNCH_TRY}\b[^.;]{0,40}?\b(?:was|were|had\s+been|has\s+been)\s+(?:(?:first|then|later|again|also)\s+)?)(?:scrubbed|called\s+off)\b|\b(?:scrubbed|called\s+off)\s+(?=(?:the|its|their|an?|[\w’'-]+['’]s)\s+(?:[\w’'-]+\s+){0,2}?${LAUNCH_TRY}\b)`;
/** A launch named by its noun in a paragraph that told of a flight into space before it ("The family had followed the launch at 12:01 pm on Wednesday"): a launch of anything else ("the launch of the campaign") is named by what it is of. */
export const LAUNCH_NAMED = String.raw`(?<=\b(?:the|its|their)\s+)launch\b(?!\s+${NOT_A_LAUNCH_AFTER})`;
/** What a paragraph names before a launch told by its noun alone: a flight into space. */
export const SPACEFLIGHT_NAMED = new RegExp(String.raw`\b(?:rockets?|spacecraft|capsule|astronauts?|cosmonauts?|space\s+station|orbit|dock(?:ed|ing))\b|${SPACECRAFT_LIFTED_OFF}`, 'i');
/** …or, for a launch called off, the launch named by its noun alone ("The launch was first set for Sunday, but was scrubbed"), not one named by what it
 * launches or by its own word after another noun ("The company's product launch was scrubbed", "the launch party"). */
export const LAUNCH_TOLD = new RegExp(String.raw`${SPACEFLIGHT_NAMED.source}|${LAUNCH_NAMED}`, 'i');

/**
 * A member a bloc takes in, counted or new ("the bloc's eleventh member", "its 31st member", "a full member of ASEAN", "the newest member state"):
 * a member "of" something is of a body named ("the first member of her family" is no bloc's).
 */
export const MEMBER_ADMITTED = String.raw`(?:(?:the|its|their|a|an)\s+)?(?:(?:the\s+)?[\w’'-]+['’]s\s+)?(?:(?:${COUNTING_ORDINAL_PATTERN}|new|newest|latest|full)\s+)+member(?:\s+(?:state|country|nation))?\b(?!\s+(?:of\s+(?!(?:the\s+)?[A-Z])|to\b))`;
/** A name of one to four capitalised words ("Timor-Leste", "NATO", "the Association of Southeast Asian Nations" without its article). */
const BLOC_OR_STATE = String.raw`[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4}`;
/** A bloc that admits a state, or a state that joins one, as a member ("admitted Timor-Leste as the bloc's eleventh member", "admitted as the eleventh member of ASEAN", "joined NATO as its 31st member", "became the bloc's eleventh member"). */
export const ADMITTED_AS_MEMBER = String.raw`\badmit(?:s|ted|ting)?\s+(?:(?:the\s+)?${BLOC_OR_STATE}\s+)?as\s+(?=${MEMBER_ADMITTED})|\b(?:join(?:s|ed)?|bec(?:ame|omes))\s+(?:(?:the\s+)?${BLOC_OR_STATE}\s+as\s+)?(?=${MEMBER_ADMITTED})`;
/** How a member a bloc takes in is counted, for its title ("eleventh", "31st", "full"). */
const MEMBER_COUNT = String.raw`(?<count>${COUNTING_ORDINAL_PATTERN}|new|newest|latest|full)`;
/** A bloc that admits a state, told by the bloc ("the leaders of the Association of Southeast Asian Nations admitted Timor-Leste as the bloc's eleventh member"). */
export const BLOC_ADMITS = new RegExp(String.raw`(?<bloc>${BLOC_OR_STATE})\s+admit(?:s|ted)\s+(?<member>(?:the\s+)?${BLOC_OR_STATE})\s+as\s+(?:the|its|their|a|an)\s+(?:[\w’'-]+['’]s\s+)?${MEMBER_COUNT}\s+member\b`, 'u');
/** …or by the state admitted ("Timor-Leste, admitted as the eleventh member of ASEAN yesterday", "Velsland was admitted as a full member of the Union"). */
export const ADMITTED_MEMBER_OF = new RegExp(String.raw`(?<member>${BLOC_OR_STATE}),?\s+(?:(?:was|has\s+been|had\s+been)\s+)?admitted\s+as\s+(?:the|its|a|an)\s+${MEMBER_COUNT}\s+member(?:\s+state)?\s+of\s+(?<bloc>(?:the\s+)?${BLOC_OR_STATE})`, 'u');
/** A state that joins a bloc ("Finland joined NATO as its 31st member", "Velsland became the eleventh member of the Union"). */
export const JOINS_AS_MEMBER = new RegExp(String.raw`(?<member>${BLOC_OR_STATE})\s+(?:join(?:s|ed)\s+(?<bloc>(?:the\s+)?${BLOC_OR_STATE})\s+as|bec(?:ame|omes))\s+(?:the|its|their|a|an)\s+(?:[\w’'-]+['’]s\s+)?${MEMBER_COUNT}\s+member(?:\s+state)?(?:\s+of\s+(?<blocAfter>(?:the\s+)?${BLOC_OR_STATE}))?`, 'u');

/** The head of a state by the title written before the name, who appoints to the highest offices ("Emperor Naruhito", "King Harald", "President Ferro"). */
const HEAD_OF_STATE = String.raw`(?:${MONARCH_TITLES.map((title) => title[0]!.toUpperCase() + title.slice(1)).join('|')}|President|Governor[\s-]General|Grand\s+Duke)`;
/**
 * Someone appointed by the head of the state, told by the head's title and name before the verb ("Emperor Naruhito formally appointed
 * Takaichi", "King Harald then appointed Lund") or by the appointment's noun with the head after it ("for her formal appointment by Emperor
 * Naruhito"): the day's act, with no office written ("as prime minister") as the other readings need. Not one "newly appointed".
 */
export const APPOINTED_BY_THE_HEAD = String.raw`(?<=\b${HEAD_OF_STATE}\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:(?:formally|officially|duly|then|later)\s+)?)appointed(?=\s+[A-Z])|\bappointment(?=\s+by\s+(?:the\s+)?${HEAD_OF_STATE}\b)`;

/**
 * The office someone is appointed or elected to, as the sentence writes it: lower case or capitalised as a title ("confirmed Laura Pinto as
 * ambassador", "elected Ana Ruiz as Speaker of the House of Commons", "named Kessel Obi as Prime Minister").
 */
export const APPOINTED_OFFICE = anyCase(String.raw`(?:ambassador|minister|president|speaker|chair(?:man|woman|person)?|head|director|governor|envoy|judge|secretary|commander|chief|premier|mayor|prosecutor|spokes(?:man|woman|person))`);
/** An honour or a prize given by "made" ("made a Dame", "made a Freeman of the City", "made Man of the Match"): no office. */
const HONOUR = String.raw`(?:Dame|Knight|Freeman|Companion|Fellow|Member\s+of\s+the\s+Order|Man\s+of\s+the\s+Match|Player\s+of\s+the\s+(?:Match|Year)|Honorary)\b`;
/** The office someone is put out of, told after "as" ("as ambassador", "as party leader", "fired her as chief executive"); not "as" before any word ("dismissed him as a lightweight", "as he tried", "as a precaution"). */
const AS_AN_OFFICE = String.raw`as\s+(?:(?:the|its|their|his|her)\s+)?(?:(?:new|acting|interim|deputy)\s+)*(?:[A-Za-z-]+\s+){0,2}?(?:${APPOINTED_OFFICE}|leader|manager|coach|captain|executive|editor|CEO)\b`;
/** …or the post ("from her post", "from office"). */
const FROM_AN_OFFICE = String.raw`(?:${AS_AN_OFFICE}|from\s+(?:(?:his|her|their|the)\s+(?:post|job|office|role|position)|office)\b)`;
/** Put out of an office, told with the office or the post left ("sacked as ambassador", "dismissed from her post", "removed as party leader"). */
export const REMOVED_FROM_OFFICE = String.raw`(?:sacked|fired|dismissed|ousted|removed)\s+(?=as\s|${FROM_AN_OFFICE})`;
/** …or suspended from it for now ("was suspended from office on Monday", "suspended as mayor"). */
export const SUSPENDED_FROM_OFFICE = String.raw`suspended\s+(?=${FROM_AN_OFFICE})`;
/** …told by whoever put them out, the one put out after the verb, by pronoun or by name ("the ministry suspended him from office as mayor", "the president dismissed Aram Vell as defence minister"). */
export const PUT_OUT_OF_OFFICE_AFTER = String.raw`\s+(?=(?:him|her|(?:[A-Z][\w’'-]+\s+){1,3})\s*${FROM_AN_OFFICE})`;
/**
 * An office given by "made", the office right after the verb, in lower case as APPOINTED_OFFICE names it or capitalised as a title ("Guillaume was made
 * Lieutenant-Representative on 8 October 2024", "she was made foreign minister in May", "was made a minister"): an appointment. Not a day or a month ("the
 * announcement was made Monday"), nor what is made of anything else ("was made public", "was made a free port": a lower-case word no office), nor an honour (HONOUR).
 */
export const MADE_TO_OFFICE = String.raw`made\s+(?=(?:(?:the|a|an)\s+)?(?:new\s+)?(?:(?:[a-z-]+\s+){0,2}?${APPOINTED_OFFICE}\b|(?!${WEEKDAY_NAME}|${MONTH_STEM}|${HONOUR})[A-Z][\w’'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]+){0,3}(?=\s+(?:on|in|at|by|last|this|after|before|and)\b|\s*[,.;])))`;
/** A person's name as a sentence writes it, one to three capitalised words ("Vera Lind", "Sébastien Lecornu"), not a day or a month. */
const PERSON_NAME = String.raw`(?!${WEEKDAY_NAME}|${MONTH_STEM})[A-Z][^\s,.;:!?"“”()]*(?:\s+[A-Z][^\s,.;:!?"“”()]*){0,2}`;
/** What one is chosen to lead when the choice puts them in office ("to lead the government", "to form a new cabinet"), not an inquiry or a team. */
const TO_LEAD_A_GOVERNMENT = String.raw`to\s+(?:lead|head|form|run)\s+(?:the|a|his|her|its|their)\s+(?:new\s+|next\s+)?(?:government|cabinet|country)\b`;
/**
 * Someone a leader chooses by name to lead a government, an office in apposition between ("after choosing Sébastien Lecornu, his defence minister,
 * to lead the government", "named Vera Lind to form a new cabinet"): an appointment with no office written as "as prime minister".
 */
export const CHOSEN_TO_LEAD = String.raw`\b(?:appointed|named|chose|choosing|picked|picking)\s+(?=${PERSON_NAME}(?:,[^,.;]{1,60},)?\s+${TO_LEAD_A_GOVERNMENT})`;

/** A party's leader as its members' vote names the office ("its new leader", "party leader", "the Labour leader"), not a leader of a team or a delegation. */
const PARTY_LEADER = String.raw`(?:(?:the|its|their|his|her)\s+)?(?:new\s+)?(?:party\s+|[A-Z][\w’'-]*\s+)?leader\b(?!\s+of\b)`;
/**
 * A party's leadership won, told by its winner or by the party that chose them ("won the LDP leadership on 4 October", "had taken the party leadership",
 * "The LDP picked Takaichi as its new leader"; "was elected party leader" is a Vote already): the day's vote of the party, not a race talked of ("the leadership
 * race opens"), nor one hoped for ("hopes to win the leadership": no verb of a win done or told ahead with its day).
 */
export const LEADERSHIP_WON = String.raw`\b(?:won|wins|took|takes|taken|clinched|secured)\s+(?:the\s+)?(?:(?:party|[A-Z][\w’'-]*)\s+)?leadership\b(?!\s+of\b)|\b(?:elected|picked|chose|chosen)\s+(?=${PERSON_NAME}\s+as\s+${PARTY_LEADER})`;

/** A seat of a legislature by its name or its noun with its name ("Carleton", "Kessel North", "the seat of Carleton", "his own riding of Kessel North"). */
const SEAT_NOUN = String.raw`(?:seat|riding|constituency|district|ward)`;
/** A seat's name ("Carleton", "Kessel North", "Orsk–Lusk Bay"). */
const SEAT_NAME = String.raw`\p{Lu}[\p{L}’'-]*(?:[\s–-]+\p{Lu}[\p{L}’'-]*){0,3}`;
/** A seat lost by its holder, by its noun ("his own seat", "her riding"). */
const OWN_SEAT = String.raw`(?:(?:his|her|their|its)\s+)?(?:own\s+)?${SEAT_NOUN}`;
const SEAT_NAMED = String.raw`(?:(?:the|his|her|their|its)\s+)?(?:own\s+)?(?:${SEAT_NOUN}\s+of\s+)?(?<seat>${SEAT_NAME})`;
/** The verbs of a seat's winner ("took Carleton from …", "flips Kessel North from …"). */
const SEAT_WINNER_VERB = String.raw`(?:took|takes|won|wins|captured|captures|seized|seizes|gained|gains|flipped|flips)`;
/**
 * What may describe a seat's holder before the name ("from the deputy premier, Ivo Brandt"): no preposition, which opens the clause's time or place
 * ("from government forces on Sunday"), nor a day, which is no holder ("from the rebels Saturday").
 */
const SEAT_HOLDER_DESCRIBED = String.raw`(?:(?!(?:on|in|at|during|after|before|by|over|amid|until)\b)[\p{Ll}-]+,?\s+){0,3}(?!${WEEKDAY_NAME}|${MONTH_STEM})`;
/** An election named only as what comes later ("three days before the election", "on the eve of Sunday's vote"): no vote the seat was won at. */
const BEFORE_THE_VOTE = String.raw`(?<!\b(?:before|ahead\s+of|eve\s+of|run-up\s+to|until)\s+(?:[\p{L}\d’'-]+\s+){0,3})`;
/**
 * A seat won from its holder at an election, by whom it went to or by whom it was lost ("The Liberal candidate took Carleton from Pierre Poilievre on election night",
 * "Poilievre lost his own seat of Carleton, which he had held for two decades, to Liberal newcomer Bruce Fanjoy"): a result of its election's day, news of
 * its own when a leader or a holder of long standing loses it. A holder is named (a capital after "from" or "to"), and the sentence tells of a vote (its
 * election, its votes, the seat itself, not an election only ahead of the taking), so a town or a land taken from an army ("took Kessel from the rebels",
 * "took Kessel from Ana Ruiz on Sunday, days before the election") is none; nor a seat only lost, to no one named.
 */
export const SEAT_TAKEN = String.raw`\b${SEAT_WINNER_VERB}\s+(?=${SEAT_NAMED}\s+from\s+${SEAT_HOLDER_DESCRIBED}\p{Lu})(?:(?<=${BEFORE_THE_VOTE}\b(?:election|votes|ballots?|riding|constituency)\b[^.;]{0,140})|(?=[^.;]{0,160}?${BEFORE_THE_VOTE}\b(?:election|votes|ballots?|riding|constituency|seat)\b))|\b(?:lost|loses)\s+(?=${OWN_SEAT}\b(?:\s+of\s+${SEAT_NAME})?(?:,[^,.;]{1,80},)?\s+to\s+(?:[\p{L}-]+\s+){0,3}?\p{Lu})`;
/**
 * A contest, a prize or an award won, named by its capitalised name ("JJ won the Eurovision Song Contest with “Wasted Love”", "She wins the Lusk Prize for
 * fiction", "won the 2058 Velsian Book Award on Tuesday"): a result of its day, news beyond its field as a final is. Only a win told as done or told
 * of its day, by a finite verb: a win only hoped for, tipped or forecast ("is tipped to win the Kessel Prize", "Whoever wins the Lusk Prize on Friday"),
 * praise, approval or a poll's lead won (no contest's name, nor a body named by one: "won the Kessel Competition Authority's approval") is none; a sports
 * title is a Final's (FINAL_PLAYED). A prize in lower case is one too ("the Booker prize", "the Nobel peace prize"). A win told in an aside about its winner
 * with no day of its own ("Ana Ruiz, who won the Kessel Prize in 2041, will read …") is the winner's background, not news: the sentence's act is read.
 */
export const CONTEST_WON = String.raw`(?<!\b(?:[Ww]hoever|[Ww]hichever\s+[\p{L}’'-]+)\s+)\b(?:won|wins)\s+(?=(?:the\s+)?(?:\d{4}\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,4}(?:\p{Ll}+\s+)?(?:Contest|Prize|Award|Competition|prize|award)\b(?![’']s\b|\s+(?!${WEEKDAY_NAME}|${MONTH_STEM})\p{Lu}))(?:(?<!,\s+(?:who|which|whose\s+[\p{L}’'-]+)\s+(?:[\p{L}’'-]+\s+){0,2}(?:won|wins)\s+)|(?=[^,.;]{0,120}?\b(?:${DAY_NAMED}|yesterday|${NEWS_RELATIVE_DAY})))`;
/**
 * A prize by its name: capitalised, perhaps with its year and its field ("the 2025 Nobel Prize in Literature", "the Velsian Book Award for fiction"), or a
 * field's prize in lower case after "the" ("the peace prize", "the literature prize"); not the bare "the prize", nor its money, its list or its night. A
 * determiner opening a sentence is no word of a name ("The prize was announced on Monday", "Her award …").
 */
const PRIZE_NAMED = String.raw`(?:(?:[Tt]he\s+)?(?:\d{4}\s+)?(?:(?!(?:${anyCase(DETERMINER)}|${anyCase('an?|our|each|every|no')})\s)\p{Lu}[\p{L}’'-]*\s+){1,4}(?:\p{Ll}+\s+)?|[Tt]he\s+(?:\d{4}\s+)?\p{Ll}+\s+)(?:Prize|Award|prize|award)(?:\s+(?:in|for)\s+[\p{L}’'-]+)?(?!\s+(?:money|fund|pot|shortlist|longlist|jury|ceremony|night|gala|winners?)\b)`;
/**
 * A prize awarded, told by its giver ("the Swedish Academy awarded the 2025 Nobel Prize in Literature to László Krasznahorkai", "the committee gave the peace
 * prize to the opposition leader María Machado", "awarded Ana Ruiz the Kessel Prize"), by its winner in the passive ("Ivo Brandt was awarded the Velsian Book
 * Prize on Tuesday"), or by its announcement with its day ("the peace prize, announced in Oslo tomorrow morning"): the same result as the prize won
 * (CONTEST_WON), of its day. Not a prize's history ("has been awarded since 1901"), nor one given to no one named, nor a winner's past prize told in an aside
 * with no day ("Ruiz, who was awarded the Kessel Prize in 2041, …") or with a year alone ("was awarded the Kessel Prize in 2019 for her first novel": a
 * profile's background).
 */
export const PRIZE_AWARDED = String.raw`(?:\b(?:awarded|awards|gave|gives|presented|presents)\s+${PRIZE_NAMED}\s+to\s+(?=(?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}?\p{Lu})|\bawarded\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?=the\s)${PRIZE_NAMED}|(?<!,\s+(?:who|which)\s+(?:[\p{L}’'-]+\s+){0,2})\b(?:was|were|has\s+been|have\s+been)\s+awarded\s+(?=the\s)${PRIZE_NAMED}|\b${PRIZE_NAMED},?\s+(?:(?:is|was|will\s+be|to\s+be)\s+)?(?:announced|awarded)\b(?=[^,.;]{0,60}?\b(?:${DAY_NAMED}|yesterday|tomorrow|${NEWS_RELATIVE_DAY})))(?![^.;]{0,60}?\b${IN_A_YEAR_ALONE})`;
/** …and who lost it and which it was, for its title ("took Carleton from Pierre Poilievre", "Poilievre lost his own seat of Carleton"). */
export const SEAT_TOLD = new RegExp(
  String.raw`\b${SEAT_WINNER_VERB}\s+${SEAT_NAMED}\s+from\s+${SEAT_HOLDER_DESCRIBED}(?<holder>\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})|(?<holder>\p{Lu}[\p{L}’'-]*)\s+(?:(?:also|then|narrowly)\s+)?(?:lost|loses)\s+${OWN_SEAT}\s+of\s+(?<seat>${SEAT_NAME})`,
  'u',
);

/**
 * What follows "resigned" when it is a state of mind, not an office left ("resigned to defeat", "resigned to the fact that", "resigned to losing",
 * "resigned to his fate"); "resigned to take up a post" is one left, its purpose after it.
 */
export const RESIGNED_TO_A_FATE = String.raw`\s+to\s+(?:defeat|(?:the|their|his|her|its)\s+(?:fact|idea|prospect|inevitable|fate|loss|defeat)\b|losing|being|it\b|this\b|that\b)`;
/** What one quits that is one's office or place ("quit his post", "quit the party", "quit the cabinet"); "quit the talks" is a walk-out, no office left. */
const OFFICE_QUIT = String.raw`post|job|office|role|seat|party|government|cabinet|board|presidency|premiership|leadership|parliament|club|team|company|firm`;
/** A going asked of, before it in its sentence ("Asked whether she would attend the summit, Hale said that she would go"): a journey, not an office left. */
const GOING_ASKED_OF = String.raw`\b(?:attend|attending|summit|trip|visit|journey|travel|meeting|conference|ceremony|funeral|wedding|match|rally)\b[^.;]{0,120}?`;
/**
 * Leaving one's office told ahead, its verb ("step down", "resign", "quit", "stand down"; "go" only ending its clause: "announced he would go."):
 * not quitting something other than an office (OFFICE_QUIT: "would quit the talks"), nor going where a sentence asks of (GOING_ASKED_OF).
 */
const OFFICE_LEFT_AHEAD = String.raw`(?:step\s+down|stand\s+down|resign|quit(?!\s+(?:the|a|an|his|her|their|its)\s+(?!(?:${OFFICE_QUIT})\b)\w)|(?<!${GOING_ASKED_OF})go(?=\s*[.;,]))\b`;
/** A leaving told ahead on a condition, after it in its clause ("would resign if the bill failed", "unless", "should the vote be lost"): a threat, not a leaving announced. */
const CONDITION_OF_THE_LEAVING = String.raw`\b(?:if|unless|should|provided|in\s+case)\b`;
/**
 * A time a leaving told ahead is set for, after it in its clause ("at the end of the month", "on Friday", "in the spring", "next week"): then the leaving is the plan, of that time, not its announcing.
 * So is one hung on a successor chosen ("will step down once an interim leader is chosen"): a plan of no day (HUNG_ON_ANOTHER), its telling a statement.
 */
const TIME_OF_THE_LEAVING = String.raw`\b(?:(?:on|in|at|by|from|before|until|after|this|next)\s+(?:the\s+(?:end|start|beginning|close)\b|${WEEKDAY_NAME}|${MONTH_STEM}|\d|(?:week|month|year|spring|summer|autumn|winter)\b)|tomorrow|tonight|once\s+(?:a|an|the|his|her|their)\s)`;
/** The day a saying is told on, between its verb and what was said ("said on Sunday evening that", "announced yesterday"). */
const SAYING_DAY = String.raw`(?:(?:(?:late|early)\s+)?on\s+${WEEKDAY_NAME}(?:\s+(?:morning|afternoon|evening|night))?\s+|yesterday\s+|today\s+|last\s+night\s+|(?:this|that)\s+(?:morning|afternoon|evening)\s+)?`;
/** A saying's verb that no readout of the press holds ("said", "announced"; "told reporters" is the press's telling, kinds.ts). */
const SAYING_VERB = String.raw`(?:said|says|announced|announces|confirmed|confirms|declared)`;
/** Someone telling someone ("told reporters", "tells the party's lawmakers"). */
const TELLING_SOMEONE = String.raw`\bt(?:old|ells)\s+(?:[\w’'-]+\s+){1,3}?`;
/** Who leaves, after the saying ("that he", "she", "Hale"), and the modal or the decision that puts the leaving ahead ("would", "had decided to"). */
const LEAVER_AHEAD = String.raw`(?:that\s+)?(?:he|she|they|[A-Z][\w’'-]+)\s+(?:would|will|was\s+to|is\s+to|intended\s+to|intends\s+to|planned\s+to|plans\s+to|(?:had|has|have)\s+decided\s+to)\s+`;
/** A leaving in the first person, quoted ("I have decided to step down", "I will resign", "I am stepping down"): what the quotation's speaker tells. */
const OWN_LEAVING = String.raw`\bI\s+(?:(?:have|had)\s+decided\s+to\s+|will\s+|shall\s+|am\s+going\s+to\s+)${OFFICE_LEFT_AHEAD}|\bI\s+am\s+(?:stepping\s+down|standing\s+down|resigning|quitting)\b`;
/**
 * A resignation announced: someone's saying that they will leave their office, with no time of its own for the leaving ("Hale said on Sunday
 * evening that he would step down as leader", "announced he would go", "she has decided to resign"), or their own words quoted ("“I have decided
 * to step down as leader,” Hale tells reporters"). The announcing is the happening of its day, and no statement besides. What is matched is the
 * saying with its leaving; after a telling of someone, only the leaving ("told reporters on Tuesday | that she would resign"), and after a quotation
 * its speaker and verb ("…,” | Hale said"; "Hale tells reporters" in a live entry), as the press's telling is a readout of its own (kinds.ts), which gives way to the happening it tells.
 * Told with a time ("would resign at the end of the month") the leaving is the resignation's plan, of that time; told on a condition ("would
 * resign if the bill failed") it is a threat, no resignation.
 */
export const RESIGNATION_ANNOUNCED = String.raw`(?:\b${SAYING_VERB}\s+${SAYING_DAY}|(?<=${TELLING_SOMEONE}${SAYING_DAY}))${LEAVER_AHEAD}${OFFICE_LEFT_AHEAD}(?![^.;]{0,50}?(?:${TIME_OF_THE_LEAVING}|${CONDITION_OF_THE_LEAVING}))|(?<!\b(?:I|we|We)\s+)\b(?:have|has|had)\s+decided\s+to\s+${OFFICE_LEFT_AHEAD}(?![^.;]{0,50}?(?:${TIME_OF_THE_LEAVING}|${CONDITION_OF_THE_LEAVING}))|(?<=(?:${OWN_LEAVING})(?:(?!${TIME_OF_THE_LEAVING}|${CONDITION_OF_THE_LEAVING})[^"“”]){0,100}?["”]\s*)(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|he|she)\s+(?:${SAYING_VERB}|tells)\b`;
/** What follows "stepped down" when it is a step from a place, not from an office ("stepped down from the podium", "stepped down off the stage", "from the plane"). */
export const DOWN_FROM_A_PLACE = String.raw`\s+(?:from|off)\s+(?:the|a|his|her|their)\s+(?:[\w-]+\s+)?(?:podium|stage|platform|dais|stand|rostrum|pulpit|lectern|stairs|steps|ladder|plane|aircraft|train|bus|kerb|curb|pavement|bench|box)\b`;
/** A close relative whose office one takes on, as a succession names them ("succeeded his father", "succeeds her mother"). */
const RELATIVE_SUCCEEDED = String.raw`(?:father|mother|brother|sister|uncle|aunt|grandfather|grandmother|cousin|husband|wife|son|daughter)\b`;
/**
 * A monarch or an office-holder giving up the office, told by the act ("Grand Duke Henri has signed the act of abdication", "the King abdicated on
 * Tuesday", "The abdication ceremony begins at 11:00", "she will abdicate on 30 April"): the day's act of who leaves. Not the noun alone, a fact of
 * history ("Last abdication: Grand Duchess Charlotte in 1964"), nor a duty given up ("abdicated responsibility for the budget"): no office.
 */
export const ABDICATED = String.raw`\babdicat(?:es|ed)\b(?!\s+(?:(?:his|her|their|its|all|any)\s+)?(?:responsibilit(?:y|ies)|dut(?:y|ies)|role)\b)|(?<=\b(?:will|would|is\s+to|was\s+to|plans\s+to|planned\s+to|is\s+due\s+to)\s+)abdicate\b|\bsign(?:s|ed|ing)?\s+(?:the|an|his|her)\s+(?:act|instrument|deed)\s+of\s+abdication\b|\babdication\s+ceremony\b`;
/**
 * An office taken by its oath ("Guillaume has taken the constitutional oath", "swears an oath to the Constitution before the Chamber", "took the oath of
 * office on Monday", "will take the oath of allegiance"): the day the office-holder's term begins, as "sworn in" is (an Appointment). Not testimony
 * ("testified under oath", "witnesses took the oath before giving evidence"), "sworn enemies", a vow of anything else ("swore an oath of secrecy"), nor the oath's words quoted ("I swear to observe").
 */
export const OATH_TAKEN = String.raw`(?<!\b(?:[Ww]itness(?:es)?|[Jj]urors?)\b[^.;]{0,30}?)\b(?:take|takes|taking|took|taken|swear|swears|swearing|swore|sworn)\s+(?:the|an|his|her|their)\s+(?:(?:constitutional|presidential|royal|coronation|official|formal|solemn)\s+)?oaths?\b(?!\s+of\s+(?:secrecy|silence|confidentiality|revenge|vengeance)\b)`;
/** A monarch by the title, who succeeds to and hands over a throne ("the emir", "a Grand Duke"). */
const MONARCH = `(?:${anyCase(String.raw`${MONARCH_TITLES.join('|')}|grand\s+duke|grand\s+duchess|monarch|sovereign`)})`;
/**
 * A throne taken, told by the throne ("acceded to the throne on 7 October 2000", "ascended the throne"), by the crowning ("was crowned at Westminster
 * Abbey") or by whom the heir followed ("Henri, 70, succeeded his father on 7 October 2000", "succeeds her mother as Queen"); not a team "crowned
 * champions", a beauty queen "crowned Miss Universe", "the deal crowned a state visit" (no one crowned), nor "succeeded in" anything, nor a parent
 * succeeded as anything but a monarch ("as chairman of the family firm").
 */
export const THRONE_TAKEN = String.raw`\b(?:acced(?:e|es|ed|ing)|ascend(?:s|ed|ing)?)\s+(?:to\s+)?the\s+throne\b|(?<=\b(?:was|were|is|be|been)\s+(?:(?:formally|finally|then)\s+)?)crowned\b(?!\s+(?:(?:the\s+)?(?:[\w-]+\s+)?(?:champions?|winners?|best)|with|Miss|Mister|Mr|Ms)\b)|\bsucceed(?:s|ed)\s+(?:his|her|their)\s+${RELATIVE_SUCCEEDED}(?!\s+as\s+(?!${MONARCH}\b))`;
/**
 * Power handed to a successor by a monarch ("The emir handed over power to his son on Sunday", "handed the throne to her son"): the outgoing holder's act of that
 * day, an abdication. A president's power handed over is none: its inauguration is told by its own rows.
 */
export const POWER_HANDED_OVER = String.raw`\bhand(?:s|ed|ing)?\s+(?:over\s+)?(?:(?<=\b${MONARCH}\b[^.;]{0,40}?)power|the\s+throne|the\s+crown)\b(?=\s+(?:to|over)\b|[^.;]{0,40}?\bto\s+(?:his|her|their|the)\b)`;

/**
 * A state of emergency by its name ("a state of emergency", "a nationwide state of disaster", "a sixty-day state of emergency"), or by its reach alone ("a national
 * emergency", "a public health emergency"), not the emergency's services, plans or sessions ("a national emergency meeting").
 */
const STATE_OF_EMERGENCY = String.raw`(?:(?:\w+-(?:day|week|month)\s+)?(?:(?:nationwide|national|local|regional|partial|full)\s+)?state\s+of\s+(?:emergency|disaster)\b|(?:nationwide|national|regional|public[-\s]health|energy|climate)\s+(?:emergency|disaster)\b(?!\s+(?:services?|workers|teams?|crews?|plans?|funds?|aid|powers|meetings?|sessions?|committee|cabinet|response|zones?|areas?)\b))`;
/**
 * A state of emergency put in force ("declared a state of emergency in six regions", "imposed a state of emergency on the province",
 * "declared the capital an emergency zone", "A state of emergency was declared in the north"): a government's act of its day. Not one
 * asked for ("called for a state of emergency"), nor one lifted or ended ("was declared over in 2021").
 */
export const EMERGENCY_DECLARED = String.raw`\b(?:declar|impos|proclaim)(?:e|es|ed|ing)\s+(?=(?:an?|the)\s+${STATE_OF_EMERGENCY})|\bdeclar(?:e|es|ed|ing)\s+(?=(?:[\w’'-]+\s+){1,4}?an?\s+(?:emergency|disaster)\s+(?:zone|area)s?\b)|(?<=\bstates?\s+of\s+(?:emergency|disaster)\b[^.;]{0,60}?\b${PASSIVE_PAST}\s+)(?:declared|imposed|proclaimed)\b(?!\s+over\b)`;
/** Mourning by its span and reach ("three days of municipal mourning", "a week of national mourning", "official mourning"). */
const MOURNING = String.raw`(?:(?:an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|weeks?)\s+of\s+)?(?:(?:national|municipal|official|state|regional|public|nationwide|city-wide)\s+)?mourning\b`;
/**
 * Mourning declared for the dead ("declared three days of municipal mourning late on Wednesday night", "has declared a week of national mourning from
 * tomorrow"): the act of its day, a government's or a mayor's, as a state of emergency declared is. Not a country
 * "in national mourning" (a state, no act), nor mourning called for.
 */
export const MOURNING_DECLARED = String.raw`\b(?:declar|proclaim|decre)(?:e|es|ed|ing)\s+(?=${MOURNING})`;
/** …and one lifted or ended ("lifted the state of emergency on Friday", "The state of emergency was lifted at midnight"): the day's act; one that "remains in force" is no new act. */
export const EMERGENCY_LIFTED = String.raw`${NOT_YET_DONE_BEFORE}\b(?:lift|end|revok|rescind)(?:s|ed|ing|es)?\s+(?=(?:the|its|their|an?)\s+${STATE_OF_EMERGENCY})|(?<=\b${STATE_OF_EMERGENCY}[^.;]{0,60}?\b${PASSIVE_PAST}\s+)(?:lifted|ended|revoked|rescinded)\b`;
