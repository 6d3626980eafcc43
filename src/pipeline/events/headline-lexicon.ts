import { CALENDAR_NAME } from '../dates/lexicon/calendar.ts';
import { CARDINAL_PATTERN } from '../dates/lexicon/numbers.ts';
import { HELD_PLACE, TAKING_BY_FORCE_VERB } from '../entities/lexicon.ts';

/**
 * Word lists of the title rules (headline-rules.ts, headline-people.ts): the offices that say
 * whose title a person is in, and the words a cut-off gist must not end on.
 */

/**
 * How high an office stands for a title, best first: a head of state or government; a minister or
 * other official; an envoy, negotiator or adviser; an aide who sits in for someone. Tested in this
 * order, so "vice president" is no head and "aide to the president" an aide.
 */
export const OFFICE_TIERS: readonly { tier: OfficeTier; words: RegExp }[] = [
  { tier: 'aide', words: /\b(?:aide|foreign[\s-]+policy\s+advis[eo]r|spokes(?:man|woman|person)|press\s+secretary|interpreter)\b/i },
  { tier: 'envoy', words: /\b(?:envoy|negotiator|advis[eo]r|representative|emissary|head\s+of\s+(?:\S+\s+){0,3}?delegation)\b/i },
  { tier: 'official', words: /\b(?:vice|deputy|lieutenant)[\s-]+(?:president|premier|prime\s+minister|chancellor)\b|\b(?:(?<!prime\s+)minister|secretary(?:\s+of\s+state)?|secretary-general|commissioner|chief(?:\s+of\s+(?:the\s+)?(?:general\s+)?staff)?|general|marshal|governor|mayor|senator|ambassador|director|chair(?:man|woman)?)\b/i },
  { tier: 'head', words: /\b(?:president|prime\s+minister|premier|chancellor|king|queen|emir|sultan|crown\s+prince|supreme\s+leader|pope|taoiseach|head\s+of\s+(?:state|government))\b/i },
];
/** An office held no longer: it ranks no one. */
export const FORMER = /\b(?:former|ex-|late|then)\b/i;
export type OfficeTier = 'head' | 'official' | 'envoy' | 'aide';

/** The words just before a name ("Russian President Vladimir Putin", "Kremlin aide Yuri Ushakov"): up to four, then at most one first name; an office when they end in one. */
export const OFFICE_BEFORE = /(?<![\p{L}.’'-])((?:(?!(?:and|or|with|to|by|from|said|says|told)\s)[\p{L}.’'-]+\s+){1,4}?)(?:\p{Lu}[\p{L}.’'-]*\s+)?$/u;
/** …or after it between commas ("Marco Rubio, the US secretary of state,", "Sergey Lavrov, Russia's foreign minister,"). */
export const OFFICE_AFTER = /^,\s+((?:an?\s+|the\s+|\p{Lu}[\p{L}.-]*['’]s\s+)?(?:(?!(?:and|or|who|which|said|says|told|added|wrote|reported|announced)\b)[\p{L}’'.-]+\s+){0,6}?[\p{L}’'.-]+)\s*[,;.]/u;

/** Words a gist cut short must not end on ("… allowing Ukraine access to", "… talks between Iran and the United States will"). */
export const DANGLING =
  /^(?:a|an|the|and|or|but|nor|of|to|for|from|with|without|by|in|on|at|as|about|into|onto|over|under|after|before|between|among|against|than|that|which|who|whom|whose|if|unless|while|whether|because|so|will|would|shall|should|can|could|may|might|must|is|are|was|were|be|been|being|has|have|had|do|does|did|not|its|his|her|their|our|my|your|this|these|those|very|more|most|it|he|she|they|we)$/i;

/** Words that open a clause or a phrase a sentence can do without: a gist cut before one says a whole thing ("… made a decision" | "about allowing …"); not "to", "by" or "with", which a verb or noun may need ("access to"). */
export const PHRASE_OPENER =
  /^(?:about|after|against|although|because|before|despite|during|if|including|since|than|that|though|unless|until|when|where|whether|which|while|who|whom|without)$/i;

/** Prepositions that open a phrase of place, time or manner a clause can do without ("… salmon fisheries" | "along the coast"); a cut is made before one only when no clause ends in reach. */
export const PREPOSITION = /^(?:across|along|among|around|at|between|by|for|from|in|into|near|next|on|over|through|to|toward|towards|under|with|within)$/i;

/** Verbs that report what someone said; the gist of a statement follows them. */
export const REPORTING_VERB = /said|says|announced|declared|stated|warned|made\s+clear|signall?ed|stressed|emphasi[sz]ed|insisted|confirmed|reiterated|reaffirmed|repeated|underlined|underscored|(?:had\s+)?reported|wrote/;
/** Reporting verbs whose object is what was said, a noun phrase with no verb of its own ("announced 40 million crowns in new flood aid"): the object is the gist. */
export const SAID_AS_OBJECT = /^announced$/;
/** How a title says the verb now; any other reporting verb is "says". */
export const PRESENT_VERB: readonly (readonly [RegExp, string])[] = [
  [/^warned$/, 'warns'],
  [/^announced$/, 'announces'],
  [/^signall?ed$/, 'signals'],
  [/^insisted$/, 'insists'],
  [/^confirmed$/, 'confirms'],
  [/^stressed$/, 'stresses'],
  [/^emphasi([sz])ed$/, 'emphasises'],
];
/** Whom a statement is told to, as its sentence words it ("told reporters", "telling lawmakers", "told a news conference", "told Reuters"), as the statement's triggers read it (kinds.ts). */
export const AUDIENCE = String.raw`(?:reporters|journalists|parliament|lawmakers|legislators|senators|MPs|deputies|delegates|the\s+(?:press|assembly|council|parliament|senate)|an?\s+(?:news|press)\s+(?:conference|briefing)|[A-Z][\w/]+)`;
/**
 * A participle after a verb that says nothing of its own and its noun ("stressed the importance of
 * air defence, saying the Baltic states would need …"): what was said follows it, and how it was
 * said is the participle's verb.
 */
export const SAYING = /,\s+(saying|adding|warning|arguing|insisting)\s+(?:that\s+)?(?=\S)/;
export const SAYING_VERB: Readonly<Record<string, string>> = { saying: 'says', adding: 'says', warning: 'warns', arguing: 'argues', insisting: 'insists' };
/** Words only the speaker can say of themselves ("Our stocks …", "We will not …"): a gist that holds them stays in quotation marks. */
export const FIRST_PERSON = /(?:^|[\s“"‘])(?:I|I'm|I’m|we|we're|we’re|our|ours|us|my|me)(?![\p{L}'’])/iu;
/**
 * A report within a statement and where or how it was first told ("had promised her in Vienna that",
 * "had assured her during their talks in Geneva that", "had told him by telephone on Sunday that"):
 * the where and how are the first words a gist too long for a line does without.
 */
export const TOLD_WHERE = /\b((?:promised|assured|reassured|told|warned|informed|pledged\s+to)\s+(?:her|him|them|us|me|\p{Lu}[\p{L}’'-]+))\s+(?:in|at|on|during|by|over|via|after|before)\s+[^,;“”"]{1,60}?\s+(?=that\s)/u;
/** A verb of telling or promising and whom it was told, ready for its "that" ("had told him", "promised", "assured Mallin"): a cut there leaves what was told out. */
export const TELLING_ENDS = /\b(?:promised|assured|reassured|told|warned|informed|said|says|added)(?:\s+(?:her|him|them|us|me|\p{Lu}[\p{L}’'-]+))?$/u;
/** Verbs of a speaking scene that say nothing of what was said: only the noun after them ("emphasized urgency", "addressed the fuel shortages"). */
export const EMPTY_SAYING_VERB = /^(?:stressed|emphasi[sz]ed|reiterated|underlined|underscored|addressed|highlighted|raised|discussed|touched)$/;

/** A common noun in the plural ("countries", "officials"), not "ministry", "press", "status" or a name ("Reuters"). */
export const PLURAL_NOUN = /^\p{Ll}+(?:[^su]s|ies)$/u;
/** A noun that counts what follows its "of", whose verb agrees with that ("A number of workers strike"), not with itself. */
export const COUNT_OF = /^(?:number|majority|lot|lots|couple|handful|dozens|hundreds|thousands|millions|scores|rest|group)$/iu;

/**
 * Going somewhere, as a verb ("leaves for the US", "flies to South Korea", "will visit New Delhi"), or arriving there ("arrived in China", "is due to land
 * in Jakarta", "touched down at Kessel airport"): a trip's or visit's destination follows.
 */
export const GOES_TO = /\b(?:(?:leaves|left|leaving|departs|departed|departing)\s+for|(?:flies|flew|flying|travel(?:s|led|ed|ling|ing)?|heads|headed|heading|goes|went)(?:\s+(?:back|home))?\s+(?:for|to)|returned(?:\s+home)?\s+to|visit(?:s|ed|ing)?|(?:trip|journey|visit)\s+to|(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|touch(?:es|ed|ing)?\s+down)\s+(?:(?:safely|back|late|early)\s+)?(?:in|at|to))\s+/i;
/** A journey told by where it set off from ("He left Kananaskis last night", "departed Rome on Thursday"): its title is the departure from there. */
export const LEAVES_FROM = /\b(?:left|leaves|departed|departs)\s+(?=\p{Lu})/u;
/** A journey told by its end with no place ("Leaders arrived on Sunday 15 June"): its title is the arrival. */
export const ARRIVES = /\barriv(?:e|es|ed|ing)\b/;
/** A preposition that ties a noun to whom or where it concerns ("sanctions on Syria", "trip to Washington", "oil sanctions against Russia"). */
export const CONCERNS = /^\s+(?:to|on|against|for|in|from|with|over)\s+/;
/** What a document or a measure is about, told after its noun up to the clause's end ("a memorandum on reopening the border crossings", "the protocol concerning fishing rights"). */
export const TOPIC_AFTER = /^\s+(on|about|over|regarding|concerning)\s+([^,.;:()“”"]+)/u;
/** A name in a sentence: capitalised words, "the" before a country ("the US", "the United States"). */
export const PROPER_NAME = /^(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*)(?:\s+(?:\p{Lu}[\p{L}.’'-]*|of|and)(?=\s+\p{Lu}|[\s,.;]|$))*/u;
/** A possessive before a noun that points back to the sentence's subject ("Akazawa has postponed his trip"). */
export const OWN = /\b(?:his|her|their)\s+$/i;
/** Words never a noun's modifier in a title: determiners, possessive pronouns, relative pronouns ("whose resignation" is no title). */
export const NOT_A_MODIFIER = 'his|her|their|its|the|a|an|of|and|whose|which|who|whom|that';
/** A relative pronoun that opens a phrase ("whose resignation took effect"): it points back to a name before it. */
export const RELATIVE_OPENER = /^(?:whose|which|who|whom|that)\s+/i;
/** The name a relative clause that ends the text points back to ("Ana Petrescu, whose …"), with a word before the noun allowed. */
export const ANTECEDENT_NAME = /(?:^|\s)((?:\p{Lu}[\p{L}.’'-]+\s+){0,2}\p{Lu}[\p{L}.’'-]+),\s+(?:whose|which|who)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$/u;
/** The name that opens a sentence and does something, never a word that opens any sentence ("The ministers, whose visit …"): ("Ryosei Akazawa has postponed …", "Rustem Umerov, secretary of …, leaves"). */
export const OPENING_NAME = /^(?!(?:The|A|An|This|That|These|Those|It|Its|There|Their|They|He|His|She|Her|We|Our)\s)((?:\p{Lu}[\p{L}.’'-]+\s+){0,2}\p{Lu}[\p{L}.’'-]+)(?=,|\s+(?:has|have|had|will|is|was|\p{Ll}+(?:s|ed))\b)/u;
/** Arms and forces that strike, all plural nouns ("Israeli aircraft", "Drones", "Rockets"): a plural verb follows them. */
const ARMS = String.raw`aircraft|warplanes|jets|bombers|drones|missiles|rockets|shells|forces|troops|gunboats|warships`;
/** An attacker that is arms or forces, whoever's ("Meridian aircraft", "Drones" opening a sentence, "Rockets"): it takes a plural verb ("strike", not "strikes"). */
export const ARMS_ATTACKER = new RegExp(String.raw`(?:^|\s)(?:${ARMS})$`, 'iu');
/**
 * A strike's phrase that is its attacker and verb with no object: a name ("Russia bombarded",
 * "Israel began striking"), or the arms or forces of one ("Israeli aircraft struck"), which take a
 * plural verb.
 */
export const ATTACKER_AND_VERB = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}.’'-]*\s+)*(?:\p{Lu}[\p{L}.’'-]*|(?<=\p{Lu}[\p{L}.’'-]*\s+)(?:${ARMS})))\s+(?:(?:began|started|continued)\s+)?(?:\p{Ll}+ed|struck|hit|striking|shelling|bombing|attacking)$`,
  'u',
);
/**
 * What a strike's verb hit, as its sentence goes on after the attacker and verb ("struck | a
 * residential building in Khan Younis | on Tuesday"): a few words that end on a name, before a
 * comma, a time or another clause.
 */
export const STRUCK_TARGET = /^\s+((?:(?!(?:on|overnight|late|early|last|this|yesterday|today|killing|wounding|as|after|when|while|and|with|from)\s)[\p{Ll}\d’'-]+\s+){1,6}?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)/u;

/**
 * A call of protocol paid in person, told by its noun ("paid a courtesy call on Chief Minister Kofi
 * Mensah", "made a farewell visit to the Governor", "an introductory call on the minister") or by
 * the verb alone ("called on President Amara Obi in Abuja"): who paid it is named before it, whom
 * it was paid to after; calling on someone to do something is a demand ("called on Marr to resign"). `noun` is the call's own words, when it has them.
 */
export const PROTOCOL_CALL = /\b(?:(?<noun>(?:courtesy|farewell|introductory|protocol)\s+(?:call|visit))\s+(?:on|to)|call(?:ed|s|ing)?\s+on)\s+(?=\p{Lu}|the\s)(?![^,.;]{0,60}?\bto\s+\p{Ll})/u;
/**
 * Whom a call was with, as a sentence words it: a name, or an office ("call with the Kremlin leader",
 * "spoke by phone with Iranian President Masoud Pezeshkian", "with the army chief", "with Harvik's
 * mayor"), a name whole however many words it has ("with my Estrian counterpart Jonas Pelt"), never
 * a day after it ("spoke with Trump Monday"). When the call was told may stand before "with" ("Good
 * call today with …", "spoke on Tuesday with …", "a conversation this morning with …"), and by video
 * as by phone ("a videoconference with …", "spoke by video link with …").
 */
export const CALLED_WITH = new RegExp(
  String.raw`\b(?:call|conversation|video\s*conference|spoke|speaks|talked|talks)\s+(?:(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|(?:on|late\s+on|early\s+on|last)\s+(?:${CALENDAR_NAME}))\s+)?(?:by\s+(?:(?:tele)?phone|video(?:\s+link)?)\s+)?with\s+((?:the\s+)?(?:(?!(?:and|or|on|in|at|for|about|after|before|to|that|which|who)\s)[\p{L}’'.-]+\s+){0,3}(?:(?!(?:${CALENDAR_NAME})(?![\p{L}]))\p{Lu}[\p{L}’'.-]*[\p{L}](?:\s+(?!(?:${CALENDAR_NAME})(?![\p{L}]))\p{Lu}[\p{L}’'.-]*[\p{L}])*|leader|president|premier|chancellor|prime\s+minister|minister|counterpart|chief|commander|mayor|governor|envoy|ambassador|secretary|king|queen|emir|sultan))(?![\p{L}’'-])`,
  'u',
);
/** An apposition after whom a call was with, up to its mark ("with the Foreign Minister of Chile|, Rosa Ibarra"): a person named in it is the one called. */
export const APPOSITION = /^,\s+[^,.;:]{1,40}/u;

/**
 * An agreement told by its result, or a vote, its sides as the sentence's subject and what they agreed or voted to
 * do after "to" ("Serbia and Kosovo reached an agreement on Thursday to reopen the border crossing",
 * "After those meetings, Washington and Moscow agreed to restore military-to-military dialogue");
 * a phrase before the subject, and a day or a week between the verb and "to", are the report's, not the title's.
 */
export const AGREED_TO =
  /^(?:[^,]{1,60},\s+)??(?<subject>\p{Lu}[\p{L}’'.-]*(?:\s+[\p{L}’'.-]+){0,5}?)\s+(?:(?:reached|struck|clinched|sealed)\s+(?:an?|the|their|its|new)\s+(?:[\p{L}-]+\s+){0,2}?(?:agreement|deal|accord)|agreed|(?<voted>voted))\s+(?:(?:late\s+|early\s+)?on\s+\p{Lu}\p{Ll}+\s+|(?:last|this|earlier\s+this)\s+week\s+)?(?:in\s+principle\s+)?to\s+(?<what>\p{Ll}[^,;.:“”"]*)/u;
/** The nouns of a signing's event, as its triggers name it (kinds.ts: "Agreement signed", "Memorandum"), a memorandum's name carried on ("Memorandum of Understanding"). */
export const SIGNING_NOUN = /^(?:agreement\s+signed|memorandum(?:\s+of\s+\p{L}+)?)$/iu;
/** What is signed, in either case ("a Memorandum of Understanding", "the treaty"). */
const SIGNED_DOCUMENT = ['agreement', 'deal', 'accord', 'treaty', 'pact', 'declaration', 'protocol', 'convention', 'charter', 'memorandum']
  .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join('|');
/**
 * A signing told in the active, what was signed after its verb up to its head noun and a name it
 * takes or a memorandum's "of understanding" or "of intent" ("signed a trade agreement", "have
 * signed the border treaty", "signed on 12 May in Vessen a Memorandum of Understanding" as
 * officialese and translations order it): never a passive ("was signed", "had been signed"), where
 * the document is the subject and no signer need be named.
 */
export const SIGNED_ACTIVE = new RegExp(
  String.raw`(?<!\b(?:was|were|been|being|be|is|are|get|got)\s+)\bsigned\s+(?:(?:on|in|at)\s+[^,.;]{1,60}?,?\s+)?(?<text>(?:a|an|the|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:${SIGNED_DOCUMENT})(?:\s+of\s+(?:understanding|intent|\p{Lu}\p{L}+))?)(?![\p{L}-])`,
  'u',
);
/**
 * …and one told in the passive with its sides after "between" or "among", what was signed its subject ("A fisheries agreement between
 * Velmark and Estmark was signed in Orsk"): the sides are its signers, as in the active.
 */
export const SIGNED_BETWEEN = new RegExp(
  String.raw`(?<text>\b(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+){0,3}?(?:${SIGNED_DOCUMENT})(?:\s+of\s+(?:understanding|intent))?)\s+(?:between|among)\s+(?<sides>[^,.;]{1,80}?)\s+(?:(?:had|has|have)\s+been|was|were)\s+signed\b`,
  'u',
);
/** A list of names that ends right before a verb, the verb's subject ("… | Egypt and Ethiopia | signed"; "Armenian and Azerbaijani officials" is no list of names). */
export const NAMES_BEFORE_VERB = /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*(?:,\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)*,?\s+and\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)\s+(?:(?:had|have|has)\s+)?$/u;
/**
 * The one name right before an act's words, its doer ("Grand Duke Henri has signed", "Guillaume, 43, swears", "Henri, 70, succeeded"):
 * capitalised words, an age between commas, an auxiliary; what opens the sentence before the name is left to the caller (noun-titles.ts).
 * An office after "the" names no one ("The Grand Duke has signed"): a title would call him "Duke".
 */
export const NAME_BEFORE_ITS_ACT = /(?<![\p{L}’'-])(?<![Tt]he\s+)(?!The\s)(?<name>\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})(?:,\s+\d{1,3},)?\s+(?:(?:has|have|had|was|is|will|would)\s+(?:just\s+|formally\s+|now\s+)?)?$/u;
/** Those a document was signed with, named after it ("… a trade agreement with Premier Lena Kral"). */
export const SIGNED_WITH = /^\s+(?:with|between)\s+[^,.;]{1,60}/u;
/** A capture's event as its trigger names it: its noun, or its taker and verb ("Capture", "M23 rebels captured"). */
export const CAPTURE_PHRASE = new RegExp(String.raw`^capture$|\b(?:${TAKING_BY_FORCE_VERB}|took\s+control\s+of|taken)$`, 'iu');
/** A word for those who fight, after a name that says whose they are ("M23 | rebels", "Kestrel Brigade | fighters"). */
const FIGHTERS = String.raw`(?:rebels|forces|troops|fighters|militia|militiamen|army|soldiers|insurgents|militants|units)`;
/**
 * A place taken by a named taker, the taker the name before the verb, a word for fighters after it
 * allowed ("M23 rebels captured Goma", "The Varnian Army retook the port city of Lenna", "Kestrel
 * Brigade fighters seized the airport of Dorr", "had taken control of Mavo"); `what` runs to the
 * place's name; a word for fighters alone is a taker too ("Rebels captured the town of Mavo").
 */
export const TAKEN_BY = new RegExp(
  String.raw`(?<![\p{L}\d’'-])(?<taker>\p{Lu}[\p{L}\d’'.-]*(?:\s+\p{Lu}[\p{L}\d’'.-]*)*(?:\s+${FIGHTERS})?)\s+(?:(?:had|has|have)\s+(?:now\s+|already\s+|just\s+)?)?(?<verb>${TAKING_BY_FORCE_VERB}|taken\s+control\s+of|took\s+control\s+of)\s+(?<what>(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:of\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)`,
  'u',
);
/** Words that open a sentence before a taker's name, never part of it ("The | Varnian Army", "On Monday | M23 captured …", "Overnight Kestrel Brigade fighters seized …"). */
export const TAKER_OPENER = /^(?:The|On|In|At|After|By|Late|Early|Then|Last|Overnight|Yesterday|Today|Earlier|Later)$/u;
/** A place named by its kind, as a capture's trigger knows it (HELD_PLACE: "the airport of Dorr", "the town of Mavo"). */
export const TAKEN_PLACE_KIND = new RegExp(String.raw`\b${HELD_PLACE}\b`, 'u');
/** A taker word for fighters, whose verb is plural ("M23 rebels take"). */
export const PLURAL_TAKER = new RegExp(String.raw`(?:^|\s)(?!army\b)${FIGHTERS}$`, 'iu');
/** Words that open a subject that names nobody ("The two sides agreed …", "They agreed …"): such a subject is no title's; "The" before a name opens one that does ("The Latvian parliament"). */
export const UNNAMED_SUBJECT = /^(?:The(?!\s+\p{Lu})|A|An|It|Its|They|Their|He|His|She|Her|We|Our|Both|This|That|These|Those|Officials|Negotiators)\b/u;
/** Where what was agreed to stops: a clause of its own or of the report's ("… crossing | after two days of talks"). */
export const AGREED_ENDS = /\s+(?:after|amid|as|while|because|which|following|before|despite|when|but|in\s+an\s+effort)\s.*$/;

/** Places whose names take "the" in a sentence ("talks in the United States", "at the White House"); a name that opens with "The" has it already ("The Hague"). */
export const TAKES_THE = /^(?:United\s+(?:States|Kingdom|Arab\s+Emirates|Nations)|US|USA|UK|UAE|EU|Netherlands|Philippines|Bahamas|Maldives|Gambia|Czech\s+Republic|Dominican\s+Republic|Central\s+African\s+Republic|Democratic\s+Republic\s+of\s+(?:the\s+)?Congo|Vatican|Kremlin|White\s+House|Pentagon|Élysée(?:\s+Palace)?|Gulf)$/u;
/** A building or ground an event is held at, by the last word of its name ("St. Peter's Basilica", "Ciragan Palace"); a town or a country is "in". */
export const VENUE = /\b(?:Basilica|Cathedral|Church|Mosque|Palace|Castle|Hotel|Hall|House|Centre|Center|Memorial|Airport|Air\s+Base|Base|Embassy|Consulate|Mansion|Residence|Resort|Club|Stadium|Square|Villa|Chancellery|Kremlin|Vatican|Pentagon|Building|Headquarters|Estate|Lodge|Complex|Forum)$/u;
/** A conjunction a sentence its article left unfinished hangs on ("… had covered Ukraine and"): what stands before it is whole. */
export const HANGING_CONJUNCTION = /^(?:and|or|but)$/;
/** Words no sentence ends on: one that does was left unfinished by its article ("… had covered Ukraine and"); "go on", "satisfy her" and "in May" end well. */
export const UNFINISHED = /^(?:and|or|but|nor|the|a|an|of|than|whose|its|their|our|your|my)$/;

/** An ordinal or a count that modifies a noun ("22nd sanctions package", "fifth round"): the phrase it is in is not whole before its head noun. */
export const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{Ll}+tieth|\p{Ll}+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))$/u;
/** A name after "of" or "with" that a phrase ends on ("summit of Alpine", "anniversary of the Lake Ohrid", "summit with Central Asian"): it may modify a noun the sentence goes on with ("Alpine leaders"). */
export const OF_NAME_END = /\b(?:of|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}.’'-]*$/u;
/** Words that never carry a noun phrase on: a clause's or a phrase's first word, a time, a verb a gathering takes ("talks with Iran resume"), a verb's ending. */
export const ENDS_NOUN_PHRASE =
  /^(?:a|an|the|and|or|but|of|to|for|from|with|by|in|on|at|as|about|after|before|between|against|that|which|who|whose|is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|can|did|do|does|also|not|this|next|last|said|says|told|took|takes|resumes?|continues?|opens?|ends?|closes?|starts?|begins?|stalls?|fails?|goes|went|today|tonight|yesterday|tomorrow|overnight|morning|afternoon|evening|night|week|month|year|\p{Ll}+(?:ed|ing|ly))$/u;
/** A pronoun that opens a report ("They met in Kampala"): no title's subject; who it stands for is named in another sentence. */
export const PRONOUN_SUBJECT = /^(?:they|we|he|she)\s+/i;
/** A word that counts a gathering of a series, alone ("round", "the current round", "fifth session"): the gathering's noun says what it is of. */
export const SERIES_PART = /^(?:the\s+)?(?:(?:current|latest|new|next|last|final|first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+)?(?:round|session|sitting|leg|stage)$/i;
/** Words of a series' part that say nothing out of the report's day ("the current round"): a title leaves them out. */
export const OF_THE_DAY = /^(?:the\s+)?(?:(?:current|latest)\s+)?/i;

/** The noun or verb of a vote ("vote", "58 votes to", "parliament voted"): its title says what was voted on or decided. */
export const VOTE = /\bvot(?:e|es|ed|ing)\b/i;
/** What a vote was on, as its sentence names it ("a vote on the new language law took place"), never a day ("a vote on Thursday"): up to a verb, a place or a time. */
export const VOTE_ON =
  new RegExp(String.raw`\bvote\s+on\s+(?!(?:the\s+)?(?:${CALENDAR_NAME}|\d)\b)((?:the\s+)?[\p{L}\d’'-]+(?:\s+(?!(?:took|takes|was|were|is|are|will|would|passed|failed|ended|began|in|at|on|after|before|by|and|but)\b)[\p{L}\d’'-]+){0,7})`,
  'u',
);
/** The clause a vote decided, before it ("The Senate also ratified the treaty | after a vote on Thursday"). */
export const DECIDED_BY_VOTE = /^(?<clause>\p{Lu}.{11,}?),?\s+(?:after|following|in|by)\s+an?\s+(?:\p{Ll}+\s+)?vote\b/u;
/** A day or a month: a time, never whom or where a noun concerns ("vote on Thursday"). */
export const TIME_NAME = new RegExp(`^(?:${CALENDAR_NAME})$`);

/** An exchange told by a verb that needs both its sides as its subject: "handed each other", "swapped … with one another". */
export const RECIPROCAL = /\b(?:each\s+other|one\s+another)\b/i;
/**
 * The two sides an exchange's sentence names as the subject before its verb: "Velmora and Tarvo handed each other …",
 * "Kyiv and Moscow swapped …" (names of one to three capitalised words, joined by "and", ending where the verb begins).
 */
export const TWO_SIDES_BEFORE = /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})\s+and\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})\s+$/u;

/**
 * Words that end a verb's object carried on from its sentence into a title (headline-clause.ts): a
 * preposition of place, time or manner, a conjunction or a clause's first word, a time, an adverb
 * ("welcomed a trade delegation from Gdynia | at the town hall", "met rebel commanders | in the hills",
 * "speak with the Estmark president | by phone tonight"); "of", "from" and "with" carry it on.
 * An adverb ends it too (ADVERB), but for one inside it ("the newly appointed ambassador").
 */
export const ENDS_OBJECT = new RegExp(
  String.raw`^(?:at|in|on|near|outside|inside|above|below|beside|across|around|by|for|during|until|till|since|after|before|over|via|through|amid|following|without|despite|under|into|to|as|and|but|or|while|when|where|who|whom|which|that|whose|because|so|than|if|today|tonight|yesterday|tomorrow|this|last|next|early|earlier|late|later|overnight|again|soon|shortly|then|also|once|${CALENDAR_NAME}|\d{1,2}[:.]\d{2})$`,
  'u',
);
/**
 * …and a time counted from the report's day, which no headline writes ("presented a ten-point plan | eight days ago", "signed the
 * accord | two weeks earlier"): read from the word it opens at, as ENDS_OBJECT reads one word.
 */
export const COUNTED_TIME_OPENS = new RegExp(String.raw`^(?:an?|a\s+few|several|(?:${CARDINAL_PATTERN}))\s+(?:hours?|days?|nights?|weeks?|months?|years?)\s+(?:ago|earlier|later|before)\b`, 'iu');
/** A phrase told in the first person, as a written answer or a readout tells it ("I visited", "We held talks with …"): its author is the actor. */
export const FIRST_PERSON_OPENING = /^(?:I|[Ww]e)\s+(?=\p{Ll})/u;
/** "my" or "our" in a first-person phrase: a title in the third person does without them ("with my Velsland counterpart" → "with Velsland counterpart"). */
export const OWN_FIRST_PERSON = /\b(?:my|our)\s+/gi;
/** A pronoun for an object ("to see him", "met them"): no title's object. */
export const OBJECT_PRONOUN = /^(?:him|her|them|it|us|me|you|each|both|one)$/i;
/** A pronoun for a subject: no title's actor. */
export const PRONOUN_ACTOR = /^(?:I|we|he|she|they|it)$/i;
/**
 * The subject a sentence gives a plan told before a phrase that is its verb alone ("The prime
 * minister is expected to | speak", "On Monday, the two leaders will | meet"): up to four words.
 */
export const SUBJECT_BEFORE_PLAN =
  /^(?:[^,]{0,40},\s+)?(?:the\s+)?((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)\s+(?:is|are|will|would|plans?|planned|hopes?|intends?)(?:\s+(?:due|set|expected|scheduled|going|likely|also|still|now|planning|hoping|to|be))*\s+$/iu;
/** An adverb ("privately", "newly"). */
export const ADVERB = /^\p{Ll}+ly$/u;

/** A call held by video, however the report words it: "video link", "video call", "videoconference", "video conference". */
export const VIDEO_CALL = /\bvideo[\s-]*(?:link|call|conference|chat)s?\b|\bvideoconferenc(?:e|ing)\b/i;
/** A call held by telephone: "by phone", "telephone conversation", "phoned". */
export const TELEPHONE = /\b(?:tele)?phon(?:e|ed|es|ing)\b/i;
/** A phrase naming whom a gathering was with or between: what comes before, and the other side. */
export const WITH_WHOM = /^(.*?)\s*\b(?:with|between)\s+(.+)$/i;
/** A person who brokered, chaired or hosted a gathering of others. */
export const BROKERED = /\b(?:brokered|mediated|chaired|facilitated|moderated)\s+by\b|\b(?:she|he)\s+chaired\b/i;
/** Words that open another clause between a person and a gathering's phrase ("…, who said", "…, where"). */
export const ANOTHER_CLAUSE = /,\s*(?:who|which|where|when)\b|\bsaid\b/i;
/** A sentence's words before a phrase that end on "of" ("Head of", "Vance of the"): the phrase's subject is the tail of a longer noun phrase. */
export const OF_BEFORE_SUBJECT = /\bof(?:\s+the)?\s*$/i;
/** The place a phrase names at its end ("met | at the Hotel Ivoire", "talks | in Geneva"). */
export const PHRASE_VENUE = /\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[^,;]*$/u;
