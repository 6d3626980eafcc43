import { anyCase } from '../any-case.ts';
import { PART_OF_DAY_PATTERN, WEEKDAY_NAME } from '../dates/lexicon/calendar.ts';
import { IRREGULAR_PARTICIPLES, alternation } from '../dates/lexicon/verbs.ts';
import { DOTTED_TITLES } from '../parse/lexicon.ts';

// Word lists of the entity rules (discover.ts, article-names.ts, roles.ts), kept beside them.

/** Offices and forms of address: the capitalised words after them name a person. */
export const TITLE_WORDS = new Set([
  'president', 'minister', 'secretary', 'envoy', 'aide', 'adviser', 'advisor', 'ambassador', 'negotiator', 'spokesman',
  'spokeswoman', 'spokesperson', 'chancellor', 'senator', 'sen.', 'rep.', 'representative', 'general', 'gen.', 'chief',
  'head', 'commander', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'king', 'queen', 'prince', 'sheikh',
  'pope', 'premier', 'governor', 'mayor', 'director', 'deputy', 'official', 'counterpart', 'leader', 'lawmaker', 'emir',
  'sultan', 'commissioner', 'taoiseach', 'dame', 'lord', 'lady',
  // A church's ranks before a name ("Cardinal Pietro Parolin", "Archbishop Justin Welby"). Not "Bishop": a surname as often ("Julie Bishop").
  'cardinal', 'archbishop',
  // Who chairs or brokers talks, written before a name as a title ("Mediator Joan Alder", "Facilitator Ana Ruiz").
  'mediator', 'facilitator', 'moderator',
  // A counterpart as translated readouts write it ("met with his pair Hakan Fidan", Spanish "su par").
  'pair',
  // The Commonwealth's form of address for ministers, as readouts write it ("the Honourable Anita Anand", "Senator the Hon Penny Wong").
  'honourable', 'honorable', 'hon',
  // Forms of address of other languages and customs that English reports keep before a name ("Madame Afi Mensah", "Señora Luisa
  // Ortega", "Herr Jens Vogel", "Ratu Josefa Tuivanua", Fiji's chiefly title). Not "Don": an English given name as often as a title
  // (ADDRESS_BEFORE_TWO_SURNAMES).
  'madame', 'mme', 'mme.', 'monsieur', 'señora', 'senora', 'señor', 'senor', 'doña', 'dona', 'herr', 'frau', 'signora', 'signor', 'ratu',
  // Oman's honorific for the ruling house, kept by its readouts before the name ("Sayyid Badr bin Hamad Albusaidi", "Sayyida Mona Al Said").
  'sayyid', 'sayyida',
  // Malaysia's federal titles and India's form of address, kept by their state agencies and releases ("Datuk Razak Hamzah",
  // "Tun Dr Aziz Salleh", "Shri Arvind Menon", "Smt. Kavita Rao"); the titles of two words are HONORIFIC_PAIR.
  'datuk', 'dato', "dato'", 'datin', 'tun', 'shri', 'shrimati', 'smt',
  // Offices as headlines and wires abbreviate them ("PM Arjun Mehta", "FM Lina Haddad", "DPM Ivo Kral").
  'pm', 'fm', 'dpm',
  ...DOTTED_TITLES.map((title) => `${title.toLowerCase()}.`),
]);

/**
 * Malaysia's titles of two words before a name ("Datuk Seri Anwar Ibrahim", "Tan Sri Zainal Abidin", "Dato' Sri Aziz Salleh",
 * "Puan Sri Noraini Omar"): a form of address only as a pair, since "Tan" is a surname and "Sri" a given name ("Sri Wahyuni") as often.
 */
const TITLE_OF_TWO_WORDS = String.raw`(?:Tan|Puan)\s+Sri|Toh\s+Puan|(?:Datuk|Dato['’]?|Datin)\s+(?:Seri|Sri|Paduka)`;
/**
 * A ruler's rank of two words before the name ("Grand Duke Henri", "Grand Duchess Stéphanie"): the rank, never part of the
 * name, or one person is "Grand Duke Henri" in one sentence and "Henri" in the next, and "Grand" alone finds him. A pair
 * for the same reason as Malaysia's: "Grand" opens a palace's or a square's name ("Grand Ducal Palace", "Grand Place").
 */
const RANK_OF_TWO_WORDS = String.raw`Grand\s+(?:Duke|Duchess)`;
export const HONORIFIC_PAIR = new RegExp(String.raw`^(?:${TITLE_OF_TWO_WORDS}|${RANK_OF_TWO_WORDS})$`, 'u');
/** A form of address of those between an office and its holder's name ("Prime Minister Datuk Seri Razak Hamzah", "Malaysian Prime Minister Tun Dr Aziz Salleh"): for OFFICE_BEFORE_NAME and OFFICE_BETWEEN, the office and its side are still the holder's. */
const ADDRESS_AFTER_OFFICE = String.raw`(?:${TITLE_OF_TWO_WORDS}|Datuk|Dato['’]?|Datin|Tun|Shri|Shrimati|Smt\.?)\s+(?:Dr\.?\s+)?`;

/**
 * Forms of address written in capitals before a name, as Gulf, African and palace readouts do
 * ("HE Secretary-General … Antonio Guterres", "H.E. Ambassador Lina Haddad", "HRH Prince Salim",
 * "HH the Emir"): a title, never part of the name. In capitals only: "he" is the pronoun.
 */
export const ADDRESS_IN_CAPITALS = /^(?:HE|H\.E\.?|HRH|HH|HM|HIM|HSH)$/;

/**
 * Letters after a name for an honour, a seat or a rank at the bar ("Bola Ahmed Tinubu, GCFR",
 * "Sir John Smith KBE", "Tom Brown MP", "Jane Doe QC"): they describe the person, and name no one.
 * British orders and the Nigerian national honours; letters that are also common initials of
 * something else (PC, SC, CH, OM, CON) are left out.
 */
export const POST_NOMINAL = /^(?:KG|KT|GCB|KCB|GCMG|KCMG|CMG|GCVO|KCVO|CVO|LVO|MVO|GBE|KBE|DBE|CBE|OBE|MBE|BEM|GCFR|GCON|CFR|OFR|OON|MFR|MP|MEP|MSP|QC|KC|PhD)$/;

/**
 * What a name is a description of the person before it, never someone: a party and state in
 * brackets or between commas ("Don Bacon (Republican-Nebraska)", "(R-Ohio)", ", D-Calif.,").
 */
export const PARTY_AFFILIATION = /^(?:Republican|Democrat(?:ic)?|Independent|[RDI])-\p{Lu}[\p{L}.]*$/u;
/** What names a craft or vessel, never someone: a name just after "aboard" ("aboard Air Force One", "on board the USS Coral Bay") or a ship's prefix. */
export const CRAFT_BEFORE = /(?:\b(?:aboard|on\s+board|onboard)\s+(?:the\s+)?|\b(?:USS|USNS|HMS|HMAS|HMCS|INS|RFS|MV|SS)\s+)$/u;
export const SHIP_PREFIX = /^(?:USS|USNS|HMS|HMAS|HMCS|INS|RFS|MV|SS)$/;

/** A word that makes a name a movement or an armed group wherever it stands ("Islamic Jihad", "Ansar Allah", "Jaish al-Islam", "Popular Front"): never a person's. */
export const MOVEMENT_WORD = /^(?:Islamic|Jihad|Ansar|Jaish|Harakat|Hay['’]at|Tahrir|Hezbollah|Hizbullah|Hizballah|Brigades?|Movement|Front|Liberation|Resistance|Revolutionary|Popular|Mobili[sz]ation|Taliban|Houthis?|Jamaat|Qaeda|Shabaab|Haram|Mujahideen|Martyrs)$/;
/**
 * The word or initials a sports club's name opens with ("FC Koper", "AC Milan", "NK Celje", "Dinamo
 * Zagreb", "Sporting Braga"): the name is the club's, never a person's, whatever town follows it.
 */
export const CLUB_PREFIX = /^(?:FC|AC|SC|CF|FK|NK|SK|AS|CD|SV|VfB|VfL|HNK|PFC|OFK|Dinamo|Dynamo|Sporting|Olympique|Real)\s+\p{Lu}/u;
/** Last words of a news outlet's name ("Meridian Wire", "Kessel Post", "Harbour Radio"), among an institution's. */
export const OUTLET_WORDS = String.raw`Wire|News|Post|Times|Press|Television|Radio`;
/**
 * The last word of any news outlet's name ("The Wall Street Journal", "the Kessel Post", "Harbour Radio"), or an agency's own
 * ("Reuters"), read where a frame says an outlet stands ("reported by …"). INSTITUTION_WORDS, which reads a name with no such
 * frame, keeps to OUTLET_WORDS: "Mail", "Express", "Guardian", "Daily" or "AP" alone would make a body of other things.
 */
export const NEWS_OUTLET_WORDS = String.raw`${OUTLET_WORDS}|Herald|Journal|Tribune|Gazette|Observer|Courier|Chronicle|Telegraph|Guardian|Mail|Express|Daily|Weekly|Monitor|Reuters|Bloomberg|Xinhua|AFP|AP|BBC|CNN|TV`;
/** Last words of an institution's name, never a person's: "Federal Maritime Service", "Meridian Wire". */
export const INSTITUTION_WORDS = String.raw`Service|Agency|Ministry|Department|Office|Council|Commission|Committee|Bank|Fund|Organi[sz]ation|Union|Authority|Bureau|Administration|Court|Parliament|Assembly|Institute|University|Party|Company|Corporation|Group|Forces|Army|Navy|Guard|${OUTLET_WORDS}|Agencies|Association|Federation|Foundation|Board|Forum|League|Alliance|Community|Coalition|Secretariat|Cooperation|Co-operation|Partnership|Nations`;
export const INSTITUTION_NOUN = new RegExp(String.raw`^(?:${INSTITUTION_WORDS})$`);
/**
 * Before a name, what makes it a body's partner, ally or rival ("The Unity Party and its partner Velmora", "its coalition
 * partner Dravik", "its main rival Kettaro"): a body's companion is a body, though the tagger reads "partner" as an office
 * before a person's name. "its" only: "his partner Ilse Varga" is someone's.
 */
export const BODYS_COMPANION_BEFORE = /\b[Ii]ts\s+(?:[\p{Ll}-]+\s+)?(?:partners?|ally|allies|rivals?|competitors?|subsidiar(?:y|ies))\s*$/u;
/**
 * What stands before a place that ends an institution's name ("the Bank of England", "the Reserve Bank of Australia", "the Church
 * of England", "the Court of Appeal of Paris"): the place names the institution, not where what it did was done.
 */
export const INSTITUTION_OF_PLACE_BEFORE = new RegExp(String.raw`\b(?:${INSTITUTION_WORDS}|Church|College|Museum)(?:\s+of\s+\p{Lu}[\p{L}'’-]*)*\s+of\s+(?:the\s+)?$`, 'u');

/**
 * Bodies news copy names by their initials alone, under the full name the site gives them ("the
 * EU" is the European Union even where no sentence spells it out). NATO and the G7 are named by
 * their initials on the site, so they are not here: the id convention is in content/gazetteer.yaml's header.
 */
export const BODY_BY_INITIALS: ReadonlyMap<string, string> = new Map([
  ['EU', 'European Union'], ['UN', 'United Nations'], ['AU', 'African Union'], ['GCC', 'Gulf Cooperation Council'],
  ['IAEA', 'International Atomic Energy Agency'], ['OSCE', 'Organization for Security and Co-operation in Europe'],
  ['ECOWAS', 'Economic Community of West African States'],
]);

/**
 * Seas and regions of the world written after "the" ("met in the Gulf", "in the Baltic"): no
 * subdivision of a state, whatever a region of that name elsewhere is called (Papua New Guinea's
 * Gulf province, Colombia's Atlántico).
 */
export const SEA_AFTER_THE = /^(?:Gulf|Baltic|Mediterranean|Adriatic|Aegean|Caribbean|Pacific|Atlantic|Arctic|Antarctic|Levant|Sahel|Horn|Caucasus|Balkans)$/;

/** Capitalised words that never begin a name of their own (days, months, sentence openers). */
export const NOT_A_NAME = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'His', 'Her',
  'Their', 'Its', 'Our', 'Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Minister', 'Secretary', 'Photo', 'Source', 'Details',
  'Quote', 'Background', 'Update', 'Editor', 'Note', 'Read', 'More', 'Related', 'GMT', 'UTC', 'AP', 'AFP',
  // The offices of who chairs a house or a board, written as a title after a name ("Marta Hlinková, Speaker of the National
  // Council,", "Ana Ruiz, Chairwoman of the Senate,"): an office, never a person of that name.
  'Speaker', 'Chairman', 'Chairwoman', 'Chairperson',
  // What a heading calls a gathering ("Japan-Republic of Korea Summit Meeting", "G20 Leaders' Summit"): a gathering, never a person.
  'Summit', 'Meeting',
]);

/**
 * Words that open a sentence to place it in time or in the story, before its subject ("Later Tom
 * Brown said", "Then Ana Ruiz met", "Separately Kofi Mensah flew"): never the first word of a name,
 * though the tagger reads some as adjectives ("Later", "Earlier") and a capital tells it nothing.
 */
export const SENTENCE_ADVERB = new Set([
  'Later', 'Earlier', 'Then', 'Meanwhile', 'Afterwards', 'Afterward', 'Subsequently', 'Separately', 'Also', 'Now', 'Today',
  'Yesterday', 'Tomorrow', 'Tonight', 'Still', 'Finally', 'Eventually', 'Instead', 'Likewise', 'Similarly', 'Additionally',
  'Moreover', 'Furthermore', 'However', 'Nevertheless', 'Nonetheless', 'Thereafter', 'Next', 'Elsewhere', 'Overnight',
  'Recently', 'Previously', 'Initially', 'Ultimately', 'Again', 'Soon', 'Shortly', 'Privately', 'Publicly',
]);

/**
 * A participle phrase opening a sentence before its subject, closed by a comma ("Speaking at the airport, Ratu Peniasi
 * Waqanivalu said", "Arriving in Suva, Ines Marr told …", "Asked about the talks, Tomas Varga said"): of the subject's own
 * act of saying or arriving, so the name after it is the sentence's subject.
 */
export const PARTICIPLE_OPENING = String.raw`(?:Speaking|Talking|Addressing|Writing|Arriving|Landing|Responding|Replying|Answering|Asked)\b[^,.;:]{1,50},\s+`;

/**
 * A state's long official name: its form ("Republic", "Kingdom", "Sultanate"), perhaps after words
 * that qualify the form ("Islamic", "Federal", "People's", "Hashemite"), then "of" and the state
 * ("the Republic of Türkiye", "the Kingdom of Morocco", "the Federal Republic of Germany", "the
 * Islamic Republic of Iran"). `STATE_FORM_PREFIX` is that prefix; `STATE_LONG_NAME` finds one in a
 * sentence, its state's words capitalised (a "and" may join them: "Trinidad and Tobago").
 */
const STATE_FORM_NOUN = String.raw`Republic|Kingdom|State|Federation|Principality|Sultanate|Emirate|Emirates|Grand\s+Duchy|Duchy|Commonwealth|Confederation|Union|Dominion`;
const STATE_FORM_QUALIFIER = String.raw`Islamic|People['’]s|Plurinational|Federative|Federal|Democratic|Arab|United|Co-operative|Cooperative|Hashemite|Independent|Sovereign|Socialist|Oriental|Bolivarian|Syrian|Lao|Great|Libyan|Popular|Revolutionary`;
export const STATE_FORM_PREFIX = new RegExp(String.raw`^(?:the\s+)?(?:(?:${STATE_FORM_QUALIFIER})\s+){0,3}(?:${STATE_FORM_NOUN})\s+of\s+(?:the\s+)?`, 'iu');
export const STATE_LONG_NAME = new RegExp(String.raw`\b(?:(?:${STATE_FORM_QUALIFIER})\s+){0,3}(?:${STATE_FORM_NOUN})\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,4}`, 'gu');
/** A state's long form right before its short name, where the sentence writes both: "Islamic Republic of " before "Iran", "Kingdom of the " before "Netherlands". */
export const STATE_FORM_BEFORE = new RegExp(String.raw`\b(?:(?:${STATE_FORM_QUALIFIER})\s+){0,3}(?:${STATE_FORM_NOUN})\s+of\s+(?:the\s+)?$`, 'u');

/** Short demonyms that are given names as often ("Lucian Bode", not a Saint Lucian): never read alone as a people (places.ts withShortForms). */
export const GIVEN_NAME_DEMONYMS = new Set(['Lucian']);

/** Names of months (or their short forms) that are also given names: "Jan Kowal", "May Chen", "June Park". */
export const GIVEN_NAME_OF_MONTH = /^(?:Jan|April|May|June|August)$/;
/** Of those, the short form no date is written with before a capitalised word (dates write "Jan. 5", "Jan 5"): a given name wherever it stands, "said Jan Novak", "Jan Lipavsky met …". */
export const GIVEN_NAME_NOT_A_DATE = /^Jan$/;

/** A brokering or hosting word written onto its actor ("U.S.-brokered", "UAE-mediated") or after it ("with Oman mediating", "Saudi Arabia acting as mediator"). */
export const MEDIATOR_AFTER = /^[-‐‑–]\s?(?:brokered|mediated|hosted|facilitated|sponsored)\b|^\s+(?:(?:(?:is|was)\s+)?acting\s+as|as)\s+(?:(?:a|the)\s+)?(?:mediators?|brokers?|hosts?|facilitators?)\b|^\s+(?:mediating|brokering)\b/i;
/** The same, written before its actor: "brokered by the United States", "hosted by Saudi Arabia". */
export const MEDIATOR_BEFORE = /\b(?:brokered|mediated|hosted|facilitated|sponsored|arranged)\s+by\s+(?:the\s+)?(?:[\p{L}.,]+\s+(?:and\s+)?){0,3}$|\b(?:mediation|auspices|good offices)\s+of\s+(?:the\s+)?$|\bwith\s+(?:the\s+)?help\s+of\s+(?:the\s+)?$/iu;
/** Between a body and the trigger it is the subject of: its initials in brackets, an auxiliary, a verb ("(IAEA) held", "has mediated"). */
export const ORGANISATION_ACTS = /^\s*(?:\([^)]*\)\s*)?(?:(?:has|have|had|will|would|is\s+to)\s+)?(?:\p{Ll}+ly\s+)?(?:\p{Ll}+\s+){0,2}$/u;
/** Its actor then brokers or hosts what follows: "The UAE and the US have mediated a …", "Abu Dhabi hosted the round", "Keller chaired a meeting between …". */
export const MEDIATES = /^(?:\s*(?:,|and|the|[\p{Lu}][\p{L}.]*))*\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+|is\s+to\s+)?(?:brokered|mediated|hosted|host|facilitated|chaired|chairs|moderated|presided\s+over|helped\s+(?:broker|arrange))\b/u;
/** After the gathering a person hosts, the others it is between ("hosted talks between Rubio and Lavrov", "will host a summit of Russian and Ukrainian leaders"): the host brokers it. */
export const HOSTED_FOR_OTHERS = /^\s+(?:between|among|of|for)\b/i;

/** "trilateral", "three-way": with its parties named, a mediator among them is a party too; the word says how many sides. */
export const MULTILATERAL = /\b(trilateral|three-way|tripartite|three-party|quadrilateral|four-way)\b/i;

/**
 * When a meeting or a call was, told between its verb and the one met ("spoke this evening with",
 * "met on Tuesday with", "talked yesterday with", "spoke late on Monday with"): the day is the verb's, the
 * one after "with" is still the one met.
 */
export const TIME_BEFORE_WITH = String.raw`(?:(?:late\s+|early\s+)?(?:on\s+)?${WEEKDAY_NAME}(?:\s+(?:${PART_OF_DAY_PATTERN}))?|(?:this|last|yesterday|tomorrow)\s+(?:${PART_OF_DAY_PATTERN}|week)|yesterday|today|tonight|earlier\s+today|again|briefly|later)`;
/** …and how ("talked by phone yesterday with", "spoke over the phone on Friday with", "spoke privately with"): one or two such phrases in any order. */
export const WHEN_OR_HOW_BETWEEN = String.raw`(?:(?:${TIME_BEFORE_WITH}|(?:by|over\s+the|on\s+the)\s+(?:tele)?phone|by\s+video(?:\s*link)?|privately|separately|directly)\s+){0,2}`;

/** What a person only speaks about: "X said", "X, a Kremlin aide, said", "according to X", "X told reporters". */
export const SPEAKS_AFTER = /^(?:,\s+(?:the\s+|a\s+|an\s+)?[^,;]{1,60},)?[\s,]*(?:(?:also|later|earlier|then)\s+)?(?:said|says|told|tells|added|adds|noted|notes|wrote|writes|stated|claimed|insisted|warned)\b/i;
/**
 * …unless what they say is about themselves: "Trump said he had spoken with Putin", also told to
 * someone first ("Holm told reporters on Tuesday that she would call", "told the radio he had met").
 */
export const SPEAKS_OF_SELF = /^[\s,]*(?:also\s+)?\w+\s+(?:(?:told|tells|tell)\s+)?(?:(?:the\s+)?(?!that\b|on\b)[\w’'-]+\s+(?:[\w’'-]+\s+)?)?(?:on\s+\w+\s+)?(?:that\s+)?(?:he|she|it|they|we|I)\b/i;
/** An office written after a name, between commas ("Oleh Marchenko, head of the presidential office,", "Chidi Okafor, Nigeria's national security adviser"): the name is a person's. */
export const OFFICE_APPOSITION = /^,\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?['’]s\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:head|chief|minister|adviser|advisor|envoy|secretary|president|spokes(?:man|woman|person)|ambassador|negotiator|director|commander|leader|aide|deputy|chair(?:man|woman)?|premier|chancellor|governor|mayor|commissioner|representative|prefect)\b/u;
/** Before a name, the office an apposition gives it: "the head of the customs service, ", "its deputy foreign minister, ", "Egypt's intelligence chief, ", "The mayor of Dunmere, " opening a sentence. */
export const OFFICE_APPOSED_BEFORE = /\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}.]*['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:head|chief|minister|adviser|advisor|envoy|secretary|president|ambassador|negotiator|director|commander|leader|aide|deputy|chair(?:man|woman)?|premier|chancellor|governor|mayor|commissioner|representative|prefect)(?:\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)?,\s+$/u;
/** A speaker described as someone's aide or adviser, not their spokesperson: ", a Kremlin aide, said", ", an adviser to the president, said". */
export const AIDE_APPOSITION = /^,\s+(?:the\s+|a\s+|an\s+)?(?![^,;]*\b(?:former|ex-))[^,;]{0,50}\b(?:aide|adviser|advisor|assistant)\b[^,;]{0,40},\s+(?:also\s+)?(?:said|says|told)\b/i;
/** The same, as a title before the name: "Kremlin aide Yuri Ushakov said", "foreign policy adviser …". */
export const AIDE_BEFORE = /\b(?:aide|adviser|advisor|assistant)\s+$/i;
/** A sentence that may give an aide's account: it names an aide and someone saying something. */
export const AIDE_WORD = /\b(?:aide|adviser|advisor|assistant)\b[^.]*\b(?:said|says|told)\b|\b(?:said|says|told)\b[^.]*\b(?:aide|adviser|advisor|assistant)\b/i;
/** A speaker telling of what they have just done: "…, Pashinyan said after talks with Aliyev". */
export const SAID_AFTER_IT = /^(?:,[^,]{1,60},)?\s+(?:said|says|told\s+reporters)\s+(?:after|following|at\s+the\s+end\s+of)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Sides named as those who broker, not those at the table: "Egyptian and Qatari mediators", "under Egyptian mediation", "Qatar's mediator". */
export const MEDIATOR_GROUP = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?(?:mediators?|brokers|facilitators?|hosts|guarantors|mediation|auspices)\b/u;
/**
 * A transcript's speaker tag: a name opening its line, perhaps after a capitalised role and with a
 * parenthesis, then a colon ("ISHIDA: Yesterday, another call …", "SPOKESPERSON LENA FISCHER:",
 * "HOST (ANNA BELL):"). It says who is talking, not who took part in what they tell of.
 */
export const SPEAKER_TAG_BEFORE = /^\s*(?:\p{Lu}[\p{Lu}.’'-]*\s+){0,3}$/u;
export const SPEAKER_TAG_AFTER = /^\s*(?:\([^)]{1,60}\))?\s*:/;
export const SPEAKS_BEFORE = /\b(?:according\s+to|said|told|quoted|cited|citing)\s+(?:the\s+)?$/i;
/** After a name, what people do and bodies seldom: travel, visit, receive or telephone ("… flew to", "… has arrived in", "… later received"), or are received as guests ("… was received by", "… was warmly welcomed at"). */
export const ACTS_AS_PERSON = /^\s+(?:(?:has|had|have|will|would|also|then|later|earlier|again|briefly)\s+)*(?:(?:was|were|been)\s+(?:(?:warmly|formally|officially|then|later)\s+)?(?:received|welcomed|greeted|hosted)\b|flew|flies|fly|travell?ed|travels|arrived|arrives|arrive|visited|visits|visit|landed|telephoned|phoned|received|receives|receive|welcomed|welcomes|greeted|greets|shook\s+hands)\b/i;
/**
 * Before a name, what a court or a state does to someone, not to a body: "the court sentenced Aram Tesk", "convicted Jair Bolsonaro",
 * "acquitted", "jailed", "pardoned", "indicted"; or a sentence handed to them, with JUDGED_SENTENCE_AFTER ("handed Jair Bolsonaro a
 * sentence of 27 years", "gave Ilse Marr a four-year prison term").
 */
const JUDGED_VERB = String.raw`sentenced|sentences|convicted|convicts|acquitted|acquits|jailed|jails|pardoned|pardons|indicted|indicts`;
export const JUDGED_BEFORE = new RegExp(String.raw`\b(?:${JUDGED_VERB})\s+$`, 'i');
/** A verdict that falls on someone told by pronoun ("Hours later, the same panel sentenced him"): the one the act before it fell on. */
export const JUDGED_PRONOUN = new RegExp(String.raw`\b(?:${JUDGED_VERB})\s+(?:him|her|them)\b`, 'i');
export const SENTENCE_HANDED_BEFORE = /\b(?:handed|hands|gave|gives)\s+$/i;
export const JUDGED_SENTENCE_AFTER = /^\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:sentence|(?:prison|jail)\s+term)\b/i;
/** How someone ordered held until trial is told, right after them ("ordered the mayor held in jail", "kept in custody", "detained pending trial", "held without bail"). */
export const HELD_UNTIL_TRIAL = String.raw`(?:held|jailed|detained|kept|remanded)\s+(?:in\s+(?:jail|custody|prison|detention)|pending\s+trial|without\s+bail)\b`;
/** …and a name a court's order so falls on, between "ordered" and HELD_UNTIL_TRIAL ("ordered Ekrem Imamoglu held in jail pending trial"): someone's, as one sentenced is. */
export const ORDER_GIVEN_BEFORE = /\bordered\s+$/i;
export const HELD_UNTIL_TRIAL_AFTER = new RegExp(String.raw`^\s+${HELD_UNTIL_TRIAL}`, 'i');
/** Right before a name, whose it is: a possessive of one to four capitalised words ("Latvia's ", "Trinidad and Tobago's "), the possessor captured. */
export const POSSESSOR_BEFORE = /(\p{Lu}[\p{L}.]*(?:\s(?:and\s)?\p{Lu}[\p{L}.]*){0,3})['’]s\s+$/u;
/** Whose official the person is, named before them: "an adviser to President Robert Hale", "an envoy of the king". */
export const PRINCIPAL_BEFORE = /\b(?:adviser|advisor|aide|assistant|envoy|emissary|spokes(?:man|woman|person)|representative|son-in-law|daughter|son|wife|husband|chief\s+of\s+staff|deputy)\s+(?:to|of|for)\s+(?:the\s+)?(?:(?:President|Prime\s+Minister|Mr\.?|Mrs\.?|Ms\.?|King|Queen|Crown\s+Prince|Chancellor|Secretary|Minister)\s+)?$/i;
/**
 * Who sent the person named next, or for whom they act, is not at their meeting: "Ortiz, sent by US President Mark Hale, met …",
 * "On behalf of French President Louis Garnier, …"; nor is one whose words or letter a guest brings ("conveyed the greetings of
 * Prime Minister X", "passed on warm regards from President Y", "handed over a letter from King Z", "delivered a message of …").
 */
export const SENDER_BEFORE = /\b(?:sent|dispatched|despatched|deputi[sz]ed|mandated)\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$|\b[Oo]n\s+(?:the\s+)?(?:behalf|orders|instructions)\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$|\b(?:greetings|regards|wishes|message|letter|invitation|congratulations|condolences)\s+(?:from|of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u;
/**
 * What a meeting discussed, not who sat at it: the countries after "discussed", "about", "the
 * situation in" ("met … and discussed Iran and Venezuela", "talks on the war in Sudan"), a list of them taken whole.
 */
export const AGENDA_BEFORE = /\b(?:discuss(?:ed|es|ing)?|about|regarding|concerning|(?:situation|war|crisis|conflict|fighting|tensions|ceasefire|truce|elections?|sanctions)\s+(?:in|on|against|over))\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*)*(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)*$/u;
/**
 * A place that only names a clock's zone, after a clock ("at 13:00 Vantor time", "9am Lisbon time", "at noon Kenya Standard
 * Time", "(Kenya time)"): the zone the hour is told in, no party to what happens at it.
 */
export const CLOCK_BEFORE_ITS_ZONE = new RegExp(String.raw`(?:\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:noon|midnight|${PART_OF_DAY_PATTERN})|\()\s*$`, 'iu');
export const ZONE_TIME_AFTER = /^\s+(?:(?:standard|summer|daylight)\s+)?time\b/i;
/** What a person is the subject of rather than a party to: "talks about Putin", "a summit on Putin's demands", "the case of jailed journalist …". */
export const SUBJECT_BEFORE = /\b(?:about|over|regarding|concerning|on|against|without|to\s+pressure|to\s+persuade|to\s+convince)\s+(?:the\s+)?$|\b(?:case|release|fate|detention|arrest|trial|extradition|return|jailing|imprisonment|killing|death|health|freedom|sentencing|pardon)\s+of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/iu;

/**
 * A region an office is for, written after its state's possessive and before the office ("Finland's Arctic ambassador", "Norway's
 * Middle East envoy", "Japan's Sahel envoy"): the office's side is still the possessive's.
 */
const REGION_OF_OFFICE = String.raw`(?:\p{Lu}\p{Ll}+\s+){0,1}\p{Lu}\p{Ll}+`;
/** "Don" (and Portuguese "Dom") before a given name and two surnames, Spanish and Portuguese style, is a form of address ("Don Esteban Giménez Ruiz"); alone before a name it is an English given name ("Don Bacon"). */
export const ADDRESS_BEFORE_TWO_SURNAMES = /^(?:Don|Dom)$/;
/** Before a name, a counterpart whose side is not written: "his counterpart, ", "her opposite number ", "their counterparts, " (not "his Angolan counterpart"). */
export const COUNTERPART_BEFORE = /\b(?:his|her|their|its)\s+(?:(?:\p{Ll}+\s+){0,2})(?:counterparts?|opposite\s+numbers?|pair)\s*,?\s+$/u;
/** The words of an office, for OFFICE_BETWEEN. */
const OFFICE_WORDS = String.raw`of|the|state|foreign|external|home|policy|defen[cs]e|security|national|special|chief|deputy|assistant|prime|vice|senior|top|lead|affairs|general|gen\.|president|presidential|minister|secretary|envoy|aide|adviser|advisor|ambassador|negotiator|chancellor|spokesman|spokeswoman|spokesperson|head|leader|official|representative|counterpart|colleague|commander|staff|delegation|team|member|crown|prince|princess|king|queen|emir|sheikh|sultan|premier|taoiseach|mr\.?|mrs\.?|ms\.?|dr\.?|trade|economy|economic|finance|treasury|interior|justice|energy|health|commerce|agriculture|education|transport|industry|environment|labou?r|development|culture|acting|first|commissioner|governor|mayor|diplomat|officer|military|intelligence|mediator|lawmaker|army|navy|naval|forces|armed|police|coastguard`;
/** OFFICE_WORDS in any case, inside patterns that read names by their capitals. */
const OFFICE_WORDS_ANY_CASE = anyCase(OFFICE_WORDS);
/** After a name, a comma and the first words of an office ("Jan Novak, President of …", ", the Deputy Prime Minister of …"), never a clause (", who met the President of …"). */
export const APPOSITION_OPENS_OFFICE = new RegExp(String.raw`^,\s+(?:(?:\p{Lu}[\p{L}-]*|(?:${OFFICE_WORDS_ANY_CASE}))\s+){0,4}$`, 'u');
/** One word of an office, or an article before it: what may precede a sentence's subject ("Ghana's foreign minister, Kwame Asante, …"). */
export const OFFICE_WORD = new RegExp(String.raw`^(?:${OFFICE_WORDS}|the|a|an|former|new|army|navy|air|force|forces|armed|police|border|central|bank|opposition|rebel|party|union|council)$`, 'i');
/** The last word of a state's own office, which a holder at home is given bare ("Prime Minister Kari Dahl"): not a pope's, a mayor's or an envoy's. */
export const STATE_OFFICE_NOUN = /^(?:president|minister|premier|chancellor|king|queen|emir|sultan|taoiseach)$/i;
/** What a sentence writes before the town its happening is in ("met … in Geneva"): where, not whither ("flew to Geneva"). */
export const HAPPENING_IN_BEFORE = /\bin\s+$/iu;
/**
 * A ministry no list can hold written as a title ("Climate Minister", "Fisheries and Oceans
 * Minister", "Digital Affairs Secretary"): capitalised words before a capitalised minister or
 * secretary are its portfolio.
 */
const PORTFOLIO_TITLE = String.raw`(?:\p{Lu}\p{Ll}+\s+(?:(?:and|&)\s+)?){1,3}(?:Minister|Secretary|Commissioner)`;
/**
 * A military rank written between an office and its holder's name ("Togo's defence minister, Colonel Koffi Adjo", "the
 * Nigerien army chief, Brigadier General Salou Garba"): for OFFICE_BETWEEN, the office's side is still the holder's.
 */
const MILITARY_RANK = String.raw`(?:Colonel|Col\.|Lieutenant|Lt\.|Major|Brigadier|Captain|Capt\.|Admiral|Rear|Vice|Air|Marshal|Field|Commodore|General|Gen\.)`;
/**
 * What stands between a side and the person acting for it: an office of up to five words
 * ("'s foreign minister", " special envoy", " Secretary of State", "'s special envoy, "),
 * never a verb or another name. Office words may be hyphenated: "secretary-general", "director-general".
 */
export const OFFICE_BETWEEN = new RegExp(String.raw`^(?:['’]s(?:\s+${REGION_OF_OFFICE})?)?\s+(?:(?:(?:${OFFICE_WORDS_ANY_CASE})[\s‐‑-]+(?:for\s+)?){0,4}(?:${OFFICE_WORDS_ANY_CASE})|${PORTFOLIO_TITLE})(?:\s+|,\s+)(?:${MILITARY_RANK}\s+){0,2}(?:${ADDRESS_AFTER_OFFICE})?$`, 'u');

/**
 * An office's portfolio of foreign relations, written after it and before what it is of or its
 * holder: "Minister of Foreign and European Affairs of the Republic of Slovenia Tadeja Kranjc",
 * "Minister for Europe and Foreign Affairs", "Minister of Foreign Affairs and International
 * Cooperation" (group 1 the portfolio). Its words, joined by "and", are the office's, never a name
 * (PORTFOLIO_END the nouns such a portfolio ends in). A portfolio of one field ("Minister of External
 * Affairs of the Republic of India") is left to the office words as before: reading it so lost India
 * as Jaishankar's side in merge15-tune.
 */
const PORTFOLIO_END = String.raw`(?:Affairs|Trade|Cooperation|Co-operation|Relations|Integration|Worship|Diaspora)`;
export const PORTFOLIO_AFTER_OFFICE = new RegExp(String.raw`\b(?:Minister|Ministry|Secretary|Commissioner|Department)\s+(?:of|for)\s+((?:\p{Lu}\p{Ll}+\s+){1,2}(?:and|&)\s+(?:\p{Lu}\p{Ll}+\s+){0,2}${PORTFOLIO_END}|${PORTFOLIO_END}\s+(?:and|&)\s+(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+)\b`, 'gu');
/**
 * The fields a government's portfolio is of, one word each ("Culture", "Tourism", "Youth and
 * Sports"): for PORTFOLIO_BEFORE_NAME. A list, unlike PORTFOLIO_TITLE, because without a comma
 * nothing but the word says where a portfolio ends and its holder's name begins.
 */
const GOVERNMENT_FIELD = String.raw`(?:Agriculture|Commerce|Communications?|Culture|Defen[cs]e|Development|Economy|Education|Energy|Environment|Finance|Fisheries|Forestry|Health|Housing|Industry|Information|Infrastructure|Interior|Justice|Labou?r|Mines|Mining|Planning|Science|Security|Sports?|Technology|Tourism|Trade|Transport|Treasury|Water|Women|Works|Youth)`;
/**
 * An office's portfolio of one or two fields written straight before its holder's name, with no
 * comma: "Minister of Culture Ana Ruiz", "Minister of Tourism Carmen Rosa Villalobos-Peña",
 * "Secretary for Youth and Sports Kofi Boateng" (group 1 the portfolio). Its words are the
 * office's, so the name after them is its holder's, not "Culture Ana Ruiz". A portfolio followed
 * by anything but a capitalised name ("the Minister of Culture said", "Minister of Health of
 * Ghana") is left as it was.
 */
export const PORTFOLIO_BEFORE_NAME = new RegExp(String.raw`\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(${GOVERNMENT_FIELD}(?:\s+(?:and|&)\s+${GOVERNMENT_FIELD})?)(?=\s+\p{Lu}\p{Ll})(?!\s+(?:and|of|for)\b)`, 'gu');
/**
 * An office's portfolio of two fields, written after it and closed by a comma before its holder's
 * name: "Minister of Youth and Sport, Kagiso …", "Minister of Trade and Industry, …", "Cabinet
 * Secretary for Health and Social Care, …" (group 1 the portfolio).
 * A one-field portfolio is one too ("Ghana's Minister of Trade, Kofi Mensah", "Minister for Energy, Issouf Compaoré").
 */
export const PORTFOLIO_OF_OFFICE = new RegExp(String.raw`\b(?:Minister|Secretary|Commissioner|Ministry|Department)\s+(?:of|for)\s+((?:\p{Lu}\p{Ll}+\s+){1,2}(?:and|&)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|${GOVERNMENT_FIELD})(?=\s*,)`, 'gu');
/** An office written after a country word, capitalised as a title: "Emirati Foreign Minister", "Russian President", "Polish Climate Minister". */
export const TITLE_AFTER = new RegExp(String.raw`^\s+(?:(?:(?:Foreign|Defen[cs]e|Prime|Deputy|Vice|Crown|Special|Interior|Finance|Economy|Trade|Treasury|Justice|Energy|Health|Commerce)\s+)?(?:President|Minister|Secretary|Envoy|Ambassador|Chancellor|King|Queen|Prince|Emir|Sheikh|Spokesman|Spokeswoman|Spokesperson|Premier|Taoiseach|Representative)|${PORTFOLIO_TITLE})\b`, 'u');
/** The second of an office written with a hyphen ("vice-president", "deputy-governor", "co-chair"): the office still, its holder a side's person. */
export const OFFICE_SECOND = String.raw`(?:vice|deputy|co)-`;
/** Between two sides named by their leaders: "Vietnam's prime minister and the Thai …", "Kenya's president and …", "Turkish leader and the …". */
export const JOINED_BY_OFFICES = /^(?:['’]s)?\s+(?:(?:prime|foreign|defen[cs]e|vice|deputy|crown|chief|top|special)\s+)?(?:presidents?|ministers?|premiers?|chancellors?|leaders?|kings?|emirs?|monarchs?|envoys?|negotiators?|delegations?)(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|his\s+|her\s+|their\s+)?$/u;
/** Between two country words of one list or compound: "Ukrainian, Russian and American", "US–Russia", "Ukraine and the US". */
export const JOINED_BY = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*[-‐‑–—/]\s*)(?:the\s+)?$/;
/**
 * A side's soldiers and its people held captive, after its adjective ("a second group of Russian servicemen was returned", "Israel freed 90
 * Palestinian prisoners", "four Israeli soldiers were handed over"): a swap is between the sides whose people come home, however it is told.
 */
const CAPTIVES_OF_A_SIDE = String.raw`soldiers|servicemen|prisoners|POWs|captives|detainees|hostages|defenders`;
/**
 * People acting for a side, after its name or adjective: "US negotiators", "Ukraine's delegation", "Ukrainian and American negotiating teams", "his Russian counterpart", "her Burkinabè opposite number", "Beijing's envoy", "border guards";
 * a head of state or government by office alone ("the Turkish leader met …", "the American and Syrian presidents", "Vietnam's prime minister"), unless they only speak ("the Russian president said");
 * its armed forces and what they strike with ("Israeli forces", "Israeli jets", "Russian drones", "an Israeli air strike"): the side that strikes;
 * its soldiers and captives (CAPTIVES_OF_A_SIDE).
 */
export const SIDE_GROUP = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${OFFICE_SECOND})?(?:negotiators?|negotiating\s+teams?|delegations?|delegates?|teams?|officials|officers|chiefs|heads|directors|ambassadors|representatives?|envoys?|diplomats?|sides?|counterparts?|opposite\s+numbers?|leaders|ministers|commissioners|guards|commanders|forces|${CAPTIVES_OF_A_SIDE}|troops|military|jets|warplanes|drones?|missiles?|(?:air\s*)?strikes?|government|authorities|(?:ministry|presidents?|leader|premiers?|minister|chancellors?|kings?|queens?|emirs?|princes?|sultans?|monarchs?)(?![^,.;]{0,40}\b(?:said|says|announced|reported|added|statement|told)\b))\b`, 'u');
/** What sides undertake together, after their names: "Russian–US talks", "US peace talks". */
export const SIDE_JOINT = /^(?:['’]s)?\s*(?:[-‐‑–—]\s*)?(?:(?!(?:hosted|hosts|hosting|brokered|mediated|facilitated|sponsored|arranged|held|holds|will|has|had|have)\b)\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:talks|negotiations|meetings?|round|summit|call|contacts?|dialogue|consultations)\b/u;
/** The same groups, before the sides they act for (a ruler, by the title of the state: "the Emir of Qatar", "the King of Jordan"): "delegations of Ukraine, the United States and Russia", "negotiators from the United States", "their counterparts from Washington", "the directors general of military operations of India and Pakistan", "the presidents of Russia and the United States", "talks between Kyiv and Moscow". */
export const SIDE_GROUP_BEFORE = /\b(?:(?:negotiators|negotiating\s+teams?|delegations?|delegates|teams?|officials|representatives|envoys|diplomats|counterparts|leaders|ministers|chiefs|heads|commanders|directors(?:[\s-]+general)?|presidents|premiers|chancellors|kings|emirs|monarchs)\s+(?:of\s+(?:[a-z-]+\s+){1,3})?(?:of|from)|(?:king|queen|emir|amir|sultan|monarch|crown\s+prince)\s+of|(?:talks|negotiations|meetings?|dialogue|contacts?|consultations)\s+(?:between|among|involving))\s+(?:the\s+)?$/i;
/** How an act follows its actor: "Moscow has rejected", "Kyiv, in a statement, insisted", "Tehran on Monday froze". */
const ACTOR_THEN = String.raw`^(?:\s+on\s+\p{Lu}\p{Ll}+|,[^,]{1,30},)?\s+(?:has\s+|have\s+|had\s+|also\s+|again\s+|then\s+|finally\s+|formally\s+)*`;
/** What a state does through its government, not its voice: "Washington paused military aid", "the White House suspended deliveries". */
const STATE_ACT = String.raw`(?:paused|pauses|suspended|suspends|halted|halts|froze|freezes|lifted|lifts|imposed|imposes|expelled|expels|recalled|recalls)`;
/**
 * A capital that acts by itself, for its government: "Moscow rejected", "Kyiv has insisted", "Tehran and Riyadh held talks";
 * the verbs of concluding an agreement too ("Kinshasa and Kigali have put their names to a deal", "Hanoi and Vientiane inked a pact").
 */
export const CAPITAL_ACTS_AFTER = new RegExp(String.raw`${ACTOR_THEN}(?:said|says|held|holds|met|meets|resumed|exchanged|swapped|traded|signed|put|puts|inked|inks|initiall?ed|concluded|concludes|reached|reaches|struck|strikes|sealed|seals|clinched|ratified|ratifies|renewed|renews|restored|restores|normali[sz]ed|finali[sz]ed|insisted|insists|rejected|rejects|denied|denies|agreed|agrees|accepted|accepts|refused|refuses|warned|warns|demanded|demands|proposed|proposes|responded|confirmed|confirms|announced|announces|wants|signall?ed|accused|accuses|welcomed|welcomes|sent|sends|offered|offers|${STATE_ACT})\b`, 'iu');
/**
 * An institution of a state doing one of the state's acts stands for it ("On the Monday, the White House paused deliveries",
 * as "Washington paused military aid" does); as a voice ("the Kremlin said") it stays itself.
 */
export const SEAT_ACTS_AFTER = new RegExp(String.raw`${ACTOR_THEN}${STATE_ACT}\b`, 'iu');
/** Before a place, a verb of saying in the same sentence: the place may be where it was said ("announced … in the Oval Office, that"). */
export const SAYING_BEFORE = /\b(?:said|says|announced|announces|told|tells|declared|declares|stated|states|confirmed|confirms|revealed|reveals|insisted|insists)\b[^.;:]*$/;
/** Right after that place, the "that" opening what was said. */
export const THAT_AFTER_PLACE = /^,?\s+that\s/;
/**
 * A region of several states, no party of its own ("leaders of the Western Balkan states", "the Summit of
 * Leaders of the Western Balkans", "ministers from the Baltic states and the Nordic countries").
 */
export const REGION_OF_STATES = /^(?:(?:Western|Eastern|Northern|Southern|Central|South|North)\s+)?(?:Balkans?|Baltics?|Nordics?|Scandinavian?|Sahel|Caucasus|Maghreb|Levant|Mashriq|Horn\s+of\s+Africa|Great\s+Lakes)$/u;
/**
 * A demonym two states share, by the state news means when nothing else is said, the other state, and the words
 * that place an article in each: "Congolese" is of the Democratic Republic unless the article is in Brazzaville's
 * Congo ("Brazzaville", "Congo-Brazzaville", "the Republic of the Congo") and names nothing of Kinshasa's.
 */
export const SHARED_DEMONYMS = [
  {
    usual: 'dr-congo',
    other: 'republic-of-the-congo',
    otherCue: /\b(?:Brazzaville|Pointe-Noire|(?<!Democratic\s)Republic\s+of\s+(?:the\s+)?Congo)\b/u,
    usualCue: /\b(?:Kinshasa|DRC|DR\s?Congo|Democratic\s+Republic|Goma|Bukavu|Lubumbashi|Kivu|Ituri)\b/u,
  },
] as const;
/** A capital that hosts or brokers a gathering of others: where it is held, and its government the broker ("Ankara hosted talks between …", "Doha brokered a round of …"). */
export const CAPITAL_BROKERS_AFTER = /^\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:hosted|hosts|brokered|mediated)\s+(?:[\p{L}-]+\s+){0,5}?(?:talks|negotiations|meetings?|round|summit|consultations)\s+(?:between|among|of|for)\b/u;
/** After a role phrase, someone who works for its holder: "the Russian president's investment envoy" is not the president. */
export const ROLE_HOLDERS_AIDE_AFTER = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:envoy|emissary|aide|adviser|advisor|spokes(?:man|woman|person)|representative|negotiator|chief\s+of\s+staff)s?\b/u;
/** Before a name it places rather than names a side: "in Moscow", "to Kyiv", "from Washington", "will leave for Moscow" (a gazetteer's `stands_for` too). */
export const LOCATIVE_BEFORE = /\b(?:in|at|to|from|into|near|across|outside|around|visited|visit|visiting|toward|towards|via|(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|head(?:s|ed|ing)?)\s+for)\s+(?:the\s+)?$/i;

/** A group named by its number: "the three", "the two presidents", "the three countries", "both leaders". */
export const GROUP_ANAPHOR = /\b(?:the\s+(two|three|four|pair)(?:\s+(countries|sides|nations|delegations|governments|men|leaders|presidents|envoys|negotiators))?|both\s+(men|leaders|presidents|sides|countries|delegations))\b/gi;
/** Two people named by the office each holds for a side: "the leaders of Ghana and Togo", "the foreign ministers of Peru and Chile", "the heads of state of …". */
export const OFFICES_OF_SIDES = /\b[Tt]he\s+(?:leaders|presidents|prime\s+ministers|premiers|(?:foreign|defen[cs]e|finance|trade|energy|interior)\s+ministers|heads\s+of\s+(?:state|government))\s+of\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?/gu;
/** The offices each side of a table sends, named together for the sides (SIDES_OFFICE_GROUP, OFFICE_OF_LISTED_SIDES). */
export const SIDE_OFFICES: ReadonlySet<string> = new Set(['minister', 'envoy', 'negotiator', 'ambassador', 'president', 'leader']);
/** People at a table named by office and their sides' adjectives, not by name: "Latvian and Lithuanian energy ministers", "Peruvian and Chilean negotiators" (groups 1 and 2 the adjectives, 3 the office). */
export const SIDES_OFFICE_GROUP = new RegExp(String.raw`\b(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+)\s+(?:[\p{Ll}-]+\s+){0,2}?(${[...SIDE_OFFICES].join('|')})s\b`, 'gu');
/**
 * People at a table named by an office "of" their sides, two or more, not by name: "Ministers of Barbados and Jamaica",
 * "Foreign ministers of Fiji, Tonga and Samoa" (group 1 the office, any case, one of SIDE_OFFICES; group 2 the sides). Not
 * after "the": "the foreign ministers of Peru and Chile" is OFFICES_OF_SIDES, the people its next sentence opens with.
 */
export const OFFICE_OF_LISTED_SIDES = /(?<!\b[Tt]he\s+(?:\p{L}+\s+)?)\b(\p{L}+)s\s+of\s+((?:\p{Lu}[\p{L}-]*,\s+)*\p{Lu}[\p{L}-]*\s+and\s+\p{Lu}[\p{L}-]*)/gu;
/** How many GROUP_ANAPHOR's number word counts ("the pair", "both leaders"). */
export const GROUP_SIZE: Readonly<Record<string, number>> = { two: 2, pair: 2, both: 2, three: 3, four: 4 };
/** A GROUP_ANAPHOR noun that makes the group countries, not people ("the two sides", "both delegations"). */
export const GROUP_COUNTRY_NOUN = /^(?:countries|sides|nations|delegations|governments)$/i;
/** After a bare "the three": a verb or a pause, so the number names the people ("the three held talks", "the pair met"). */
export const GROUP_ANAPHOR_BARE_NEXT = /^\s*(?:[,.;]|\s(?:then|also|later|had|have|were|are|met|held|spoke|sat|went|began|did)\b|\s\p{Ll}+ed\b)/u;
/** People named by their group as meeting, before the event: "Officials from both countries met", "Negotiators held talks". */
export const GROUP_AT_TABLE = /\b(?:officials|officers|delegations|delegates|negotiators|envoys|teams|representatives|ministers|diplomats|commanders|mediators)\b(?![^,;.]*\b(?:said|say|says|told)\b)/i;
/**
 * A choice of someone for an office, written right before the person chosen ("the Diet elects Sanae Takaichi", "the
 * king appointed Ruth Albers", "swore in Ines Marr"): with the office right after the name, its object complement, the
 * person holds it ("elects Sanae Takaichi prime minister").
 */
export const CHOICE_BEFORE_PERSON = /\b(?:elect(?:s|ed)?|appoint(?:s|ed)?|name[sd]?|nominate[sd]?|choose|chooses|chose|install(?:s|ed)?|sw(?:ore|ears?)\s+in)\s+$/i;
/** The same choice told after the person, of their own clause, no capitalised word between ("Ruth Albers was sworn in", "Merz failed in the first round and was elected in the second"). */
export const CHOICE_AFTER_PERSON = /^[^\p{Lu},;:.()"“”]{0,60}?\b(?:was|is|has\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:elected|appointed|named|nominated|chosen|installed|sworn\s+in)\b/u;
/** What may follow a choice that gives no office of its own ("was elected in the second", "sworn in on Tuesday", "elected Ruth Albers."): not "elected speaker", "appointed to the board". */
export const CHOICE_WITH_NO_OFFICE = /^(?:\s*[,.;]|\s*$|\s+(?:in|on|at|by|with|after|this|last|yesterday|today|that|unopposed)\b)/;
/** "the new prime minister", "the incoming chancellor": someone just chosen for the office, not one who held it before them. */
const FRESH_OFFICE = String.raw`(?<fresh>new|incoming|newly[\s-](?:elected|appointed))`;
/** An office's head nouns, for OFFICE_ANAPHOR: the people an article calls by office after naming them. */
const OFFICE_HEAD = String.raw`(?:(?:foreign|defen[cs]e|prime|finance|trade|interior|economy|energy)\s+minister|minister|(?:vice[\s-])?president|envoy|negotiator|ambassador|(?:national\s+)?security\s+adviser|adviser|chancellor|premier|secretary\s+of\s+state)`;
/** The same offices written as titles, with the crown's and the Holy See's ("the President", "the Vice President", "the King", "the Pope"): capitalised, so no side's adjective. */
const OFFICE_TITLE_HEAD = String.raw`(?:(?:Vice[\s-])?President|Pope|Prime\s+Minister|Foreign\s+Minister|Chancellor|Premier|King|Queen|Emir|Sultan|Crown\s+Prince)`;
/**
 * "The foreign minister met …", "the US envoy held talks", "the Norwegian envoy", "the King
 * received …", "said the Vice President", "the President of the Republic", "the new chancellor": one
 * person by office alone, with the side written before it if any, and whether just chosen (FRESH_OFFICE);
 * not one the office's name follows ("the foreign minister Aliya Nurlanova"), nor whose something is
 * ("the envoy's plan").
 */
export const OFFICE_ANAPHOR = new RegExp(
  String.raw`\b[Tt]he\s+(?:${FRESH_OFFICE}\s+)?(?:(?<side>U\.S\.|(?!(?:Vice|Prime|Foreign|Crown)\b)\p{Lu}[\p{L}]+)\s+)?(?:(?:special|chief|top|lead|senior)\s+)?(?<office>${OFFICE_HEAD}|${OFFICE_TITLE_HEAD})(?:\s+of\s+the\s+Republic)?(?:['’]s\s+Office)?\b(?!['’]s|\s+(?:of\s+)?\p{Lu}|\s+(?:and|or)\b)`,
  'gu',
);
/**
 * A sentence's opening phrases of when or where, each closed by a comma ("On Saturday, in Istanbul, ", "In a last address to
 * the chamber that afternoon, ", up to fifty characters), or its day written with no comma ("On Sunday morning Lee met …"): no
 * part of who its subject is.
 */
export const OPENING_WHEN_WHERE = new RegExp(
  String.raw`^(?:(?:(?:[Oo]n|[Ii]n|[Aa]t|[Ff]rom|[Ll]ater|[Tt]hen|[Aa]fter|[Bb]efore|[Dd]uring)\b[^,.;:]{0,50},\s+){1,2}|[Oo]n\s+${WEEKDAY_NAME}(?:\s+(?:${PART_OF_DAY_PATTERN}))?\s+)`,
  'u',
);
/**
 * A holder its sentence tells as gone from the office: "the late Pope Clement", "former President Ruiz", "then-Chancellor
 * Roth", "the then Prime Minister Dahl", "former prime minister Varga" (an office in lower case
 * too, OFFICE_WORDS), "talks held then still under Chancellor Roth", "Pope Clement had hoped to go;
 * after his death it fell to his successor". A title alone later in the article is the one in office. Not a bare "then"
 * before a title: "and then President Vidal received him" tells what came next.
 */
export const NAMED_BEFORE_AS_GONE = new RegExp(
  String.raw`\b(?:(?:[Tt]he\s+late|[Ff]ormer|[Tt]he\s+then|then\s+(?:still\s+)?under)\s+|[Ee]x-|[Tt]hen-)(?:(?:\p{Lu}[\p{L}.-]*|${OFFICE_WORDS})\s+){0,3}$`,
  'u',
);
export const TOLD_AS_GONE = /\b(?:after|since|before)\s+(?:his|her)\s+death\b|\b(?:his|her)\s+(?:successor|death|funeral)\b|\bwho\s+died\b/i;
/**
 * "He met …", "On Tuesday she held talks …", "They met for two hours", "He was driven to the palace": a pronoun opening the
 * sentence as the subject of an act, active or passive, the person (or people) the sentences before were about; not one that
 * only speaks ("He said …") or only is ("He was the first …", "She was hoping …", "He was then the chancellor", "She was keen").
 * A passive's participle is one "-ed" spells or one IRREGULAR_PARTICIPLES lists, never any word in "-en" ("often", "open", "seventeen").
 */
const PASSIVE_PARTICIPLE = String.raw`(?:\p{Ll}{2,}ed|${alternation(IRREGULAR_PARTICIPLES)})\b`;
export const PRONOUN_SUBJECT = new RegExp(
  String.raw`^(?:(?:On|Later|Then|Earlier|Afterwards|Next|The\s+next\s+day|The\s+following\s+day)\b[^,.;:]{0,30}?,?\s+)?(?<pronoun>[Hh]e|[Ss]he|They)\b(?=\s+(?:also\s+|then\s+|later\s+)?\p{Ll})(?!\s+(?:also\s+|then\s+|later\s+)?(?:said|says|told|tells|added|adds|stressed|noted|warned|wrote|posted|insisted|argued|claimed|is|are|(?:was|were)(?!\s+(?:(?:\p{Ll}+ly|also|then|later)\s+)?${PASSIVE_PARTICIPLE})|has\s+said|had\s+said|have\s+said)\b)`,
  'du',
);
/**
 * What a sentence tells of a named person's gender (anaphora.ts gendersTold), read so that "she" is not taken for a man named
 * before: a form of address, a title or a kin or role word written right before the name ("Mr Pavel Drach", "Queen Alda",
 * "his mother, Asha Rao", "chairwoman Ilse Marbach"); not a list of first names, which tell nothing of most names in the news.
 */
export const GENDER_WORD_BEFORE_NAME = {
  female: /(?:^|[^\p{L}])(?:Ms|Mrs|Miss|Madam|Madame|Mme|Dame|Lady|Queen|Princess|Empress|Duchess|Countess|Baroness|mother|wife|sister|daughter|grandmother|aunt|niece|widow|chairwoman|spokeswoman|congresswoman|businesswoman|actress)\.?,?\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,2}$/u,
  male: /(?:^|[^\p{L}])(?:Mr|Sir|Lord|King|Prince|Emperor|Duke|Count|Baron|father|husband|brother|son|grandfather|uncle|nephew|widower|chairman|spokesman|congressman|businessman|actor)\.?,?\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,2}$/u,
};
/**
 * …and a pronoun after the name: the subject's own ("Marbach makes her first speech to the house", "Drach told reporters he had no
 * regrets", "… told her his party was leaving", "is expected to become the first woman to lead"), not "her" as an object ("chose
 * her as speaker", "told her his party"), which is of another (GENDER_OBJECT_AFTER).
 */
export const GENDER_OF_SUBJECT_AFTER = /\b(?:(?<male>he|his|himself)|(?<female>she|herself|her(?!\s+(?:his|her|their|its|the|a|an|that|this|to|as|in|on|at|for|with|by|from|and|or|of|about|over)\b)(?=\s+\p{Ll})|first\s+woman))\b/iu;
/** …the object a person is, right after their name, no one else named between ("met Marbach and told her", "the house chose her"). */
export const GENDER_OBJECT_AFTER = /\b(?:(?<male>him|himself)|(?<female>her(?=\s+(?:his|the|a|an|that|to|as|in|on|at|for|with|by|from|and|or|of|about|over)\b|\s*[\p{P}]|$)|herself))(?!\p{L})/iu;
/** A relative clause of another person, where a pronoun is theirs ("Trump met Meloni, who said she …"); a quotation's pronouns are its speaker's. */
export const PRONOUNS_OF_OTHERS = /,?\s+who\b[^,;]*|[“"][^”"]*[”"]/gu;

/**
 * A person its sentence tells by pronoun or by office alone, no name after it, whether or not the sentences before name
 * them: "while he was meeting President Erdoğan", "landed in Ankara and met the country's president", "was received by
 * the King" (anaphora.ts tellsPersonUnnamed; merging's tie of two halves of one table).
 */
export const PERSON_TOLD_UNNAMED =
  /\b(?:[Hh]e|[Ss]he|him)\b(?!['’])|\b[Tt]he\s+(?:(?:country|nation|kingdom|host|republic)['’]s\s+)?(?:[Vv]ice[\s-])?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor|[Pp]remier|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Pp]ope|(?:[Ff]oreign\s+)?[Mm]inister)\b(?!['’]|\s+(?:of\s+)?\p{Lu})/u;
/** A day or month before a surname standing alone ("On Monday Tsogt met …", "On March 12, Okafor …"): a date, no part of the name. */
export const CALENDAR_WORD_BEFORE = /(?:^|[^\p{L}])(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?,?\s+$/u;
/** "there" as a place named before ("held its own talks there"), not "there is", "there were". */
export const PLACE_ANAPHOR = /\bthere\b(?!\s+(?:is|are|was|were|has|had|have|will|would|could|might|may|must|should|seems?|appears?|remains?)\b)/gi;
/**
 * "the city", "the town": a town named before ("… arrived in Istanbul on Sunday. They met in the city
 * on Monday", "… in Mavo were dire. A drone strike hit the town"); not one named after it ("the city
 * of Goma"), nor a body or part of one ("the city council", "the town hall", "the city centre").
 */
export const TOWN_ANAPHOR = /\bthe\s+(?:city|town|village)\b(?!\s+(?:of|council|hall|centre|center|authorities|government|administration|mayor|limits|walls|square|gates)\b|[-‐]|['’]s\s+(?:mayor|council|governor)\b)/gi;

/** Between a gathering and the country it is held in: "… on Saturday in the United States", with no clause break and no war or peace in between. */
export const COUNTRY_HOSTS_BEFORE = /^(?:(?!\b(?:war|conflict|fighting|invasion|peace|ceasefire|crisis|situation|settlement|aggression|people|troops|forces)\b)[^,;:.()"“”—–])*\b(?:in|inside)\s+(?:the\s+)?$/i;
/** Those who speak, in a town before their words ("…, officials in Kyiv said", "a government spokesman in Cairo told reporters", "according to diplomats in Brussels"): where they speak, not where it happened. */
export const SPEAKERS_IN_BEFORE = /\b(?:officials?|spokes(?:man|woman|person)|diplomats?|sources?|ministry|government|people|analysts|observers|aides?|authorities|reporters|correspondents?|state\s+media|media|envoys?)\s+(?:(?:based|speaking)\s+)?in\s+(?:the\s+)?$/i;
/** What those who speak do after their town, for SPEAKERS_IN_BEFORE. */
export const SPEAKERS_IN_AFTER = /^\s*,?\s*(?:(?:have|has|had)\s+)?(?:said|say|says|told|tell|reported|report|confirmed|announced|added|noted|briefed|wrote)\b/i;
/** "according to officials in Kyiv": the town of those who speak, with SPEAKERS_IN_BEFORE. */
export const ACCORDING_TO_BEFORE = /\baccording\s+to\s+(?:\S+\s+){0,3}$/i;
/** What describes a person between commas and ends no clause: ", a senior adviser to President Hale,", ", who is Hale's chief of staff,". */
export const NAME_ASIDE = /,\s+(?:(?:a|an|the|who|whose)\s+[^,;:.()]*?|\p{Lu}[\p{L}'’-]*['’]s\s+[^,;:.()]*?),/gu;
/** One more person in a list of guests: ", and Amy Sato". */
export const NAME_LISTED = /,?\s+and\s+(?=\p{Lu})/gu;
/**
 * What ends a clause between an event and a place named after it (a list's commas and "and" do not: "the Ukrainian, Russian and American
 * delegations"; nor a "then" of sequence inside the event's own verb: "the third round will then be held next Saturday, also in Muscat").
 */
export const CLAUSE_BREAK = /[;:()—–"“”]|\s-\s|,\s+(?:and|but|or|while|which|who|where|when|as)\b|\b(?:but|while|after|before|when|where|which|who|since|because|said|says)\b|\bthen\b(?<!\b(?:will|would|shall|is|are|was|were|to)\s+then)/i;

/** A headline that speaks of a gathering at all. */
export const HEADLINE_GATHERING = /\b(?:talks|negotiations|meet|meets|meeting|summit|round)\b/i;
/** A headline's place named for a gathering: "Miami talks", "Geneva peace talks". */
export const HEADLINE_GATHERING_AFTER = /^\s+(?:(?!(?:as|and|or|but|while|after|before|amid|over|to|in|on|for|with|at|of)\s)[\p{Ll}-]+\s+)?(?:talks|negotiations|meeting|summit|round)\b/u;
/** …or where one is held: "talks in Geneva", "Envoys meet in Miami", "summit at Mar-a-Lago". */
export const HEADLINE_GATHERING_BEFORE = /\b(?:talks|negotiations|meet|meets|meeting|summit|round)\b[^.;:!?]{0,40}\b(?:in|at)\s+(?:the\s+)?$/i;
/** A headline that speaks of a truce; its place named for it ("Gaza ceasefire in force") or where it holds ("Truce in Darfur holds"). */
export const HEADLINE_TRUCE = /\b(?:ceasefire|cease-fire|truce)\b/i;
export const HEADLINE_TRUCE_AFTER = /^\s+(?:ceasefire|cease-fire|truce)\b/i;
export const HEADLINE_TRUCE_BEFORE = /\b(?:ceasefire|cease-fire|truce)\s+(?:in|for)\s+(?:the\s+)?$/i;
/**
 * A headline that speaks of an eruption, its place named for it ("Hvellir eruption") or where it broke out ("Eruption near Hvellir: lava
 * crosses barrier"): the place of every happening of the eruption its article tells, which its sentences call only "the town".
 */
export const HEADLINE_ERUPTION = /\beruption\b/i;
export const HEADLINE_ERUPTION_AFTER = /^\s+(?:volcanic\s+)?eruption\b/i;
export const HEADLINE_ERUPTION_BEFORE = /\beruption\s+(?:in|near|at|outside|north\s+of|south\s+of|east\s+of|west\s+of)\s+(?:the\s+)?$/i;

/**
 * A place GeoNames' towns may lack, named after its description ("the Alpine resort of Kaltenried",
 * "the lakeside village of Orlovac Vrh", "the Red Sea resort of Sharm el-Sheikh", "the port city of
 * Kalvaria", "the Belgian city of Marloo", "the border town of Ostrava"); group 1 the description's
 * words ("Canadian mountain "), group 2 the name. Not "the capital of": a country follows it.
 */
export const DESCRIBED_SMALL_PLACE = /\bthe\s+((?:[\p{L}-]+\s+){0,3}?)(?:resort|village|hamlet|spa|retreat|city|town|port|harbou?r)\s+of\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:el|al|ad|ar|ash|ez|bin|de|del|di|da|la|le|sur|am)[-\s])?\p{Lu}[\p{L}\p{M}'’-]*){0,2})/gu;
/**
 * A name after "in", "near", "outside", "from" or "to", written with what it is ("in Sweida province", "from Sweida city") or
 * followed by a comma where its region or country may stand ("the summit in Kananaskis, Canada"): a place of its own, though
 * too small or too differently spelled for GeoNames' towns. Group `name` the name, `kind` the place word if written.
 */
export const PLACE_WITH_ITS_KIND = /\b(?:in|near|outside|from|to)\s+(?<name>\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?:(?<kind>\s+(?:city|town|province|governorate|district))\b|(?=,\s*\p{Lu}))/gu;
/**
 * After the country read as PLACE_WITH_ITS_KIND's locality, that it closes no apposition: it is itself named in a list ("from
 * Hamas, Egypt and Qatar", "Rosneft, India, China and …") or owns what follows ("Gazprom, Russia’s gas giant"), so the name
 * before it is one more of the list or the one described, no place in that country.
 */
export const LOCALITY_NOT_CLOSING = /^(?:['’]s\b|,?\s+(?:and|or)\b|,\s*\p{Lu}[^,]*\s+(?:and|or)\b)/u;
/** The part of a place a report narrows it to, before its name: "in central Lisbon", "in northern Kharkiv", "in downtown Nairobi". */
export const PART_OF_A_PLACE = String.raw`(?:north|south|east|west|central|northern|southern|eastern|western|north-?western|north-?eastern|south-?western|south-?eastern|downtown)`;
/** Its region or country written after it: ", Montenegro", " in central Switzerland", " in Tyrol". */
export const SMALL_PLACE_LOCALITY = new RegExp(String.raw`^(?:,\s*|\s+in\s+(?:(?:the\s+)?${PART_OF_A_PLACE}\s+)?)(?=\p{Lu})`, 'u');
/** "flew to ", "arrived in ", "travelled on to ": a journey's end follows, which is a place whatever the tagger makes of its name. */
export const JOURNEY_TO = /\b(?:flew|flown|flying|fly|travell?ed|travell?ing|travels?|arrived?|arriving|arrives|landed|landing|lands)\s+(?:back\s+|on\s+)?(?:to|in|into|at)\s+$/i;
/** Verbs of taking a place by force ("captured Goma", "retook the port city of Lenna"): the capture trigger's, its title's and its place's. */
export const TAKING_BY_FORCE_VERB = String.raw`(?:captured|seized|overran|recaptured|retook)`;
/** A place held by force, named by its kind ("the town of Mavo", "the port city of Lenna", "the airport"). */
export const HELD_PLACE = String.raw`(?:town|city|village|port|airport|base|capital|region|province|district|stronghold|hill|bridge|garrison)`;
/** "had taken ", "captured ", "took control of ", "took the town of ": a place taken by force follows, which is a place whatever the tagger makes of its name ("the M23 said it had taken Goma", "Russian forces captured Pokrovsk"). */
export const TAKEN_BY_FORCE = new RegExp(String.raw`\b(?:${TAKING_BY_FORCE_VERB}|(?:had|has|have)\s+(?:(?:now|already|just|also|fully|finally)\s+)?taken|(?:took|taken|claimed)\s+(?:full\s+)?control\s+(?:of|over)|took)\s+(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|port|capital|region|province|district)\s+of\s+)?$`, 'i');
/** A sentence that may tell a journey's end (journey-place.ts): a quick test before the tagger reads it. */
/**
 * "welcomed the Prime Minister of Tuvalu, Penitusi Lauti, to ", "welcomes the visiting envoy back to ": a host's guest is
 * welcomed to the place that follows, whatever the tagger makes of its name. Within the sentence, up to 140 characters.
 */
/**
 * A sentence about a broadcast ("on Tuesday's episode of the Foreign Desk podcast", "the talk-show host", "on his radio
 * programme"), and, before a name in it, the part someone plays in the broadcast: "host Clara Jensen", "her guest, the
 * analyst Tomas Berg", "presenter Ama Owusu". They discuss the events they name and take part in none (event-entities.ts).
 */
export const BROADCAST = /\b(?:podcast|talk[- ]?show|chat\s+show|episode|(?:radio|television|TV)\s+(?:show|programme|program|broadcast)|programme)\b/i;
export const BROADCAST_ROLE_BEFORE = /\b(?:host|co-host|presenter|anchor|guest|panell?ist)s?\s*,?\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/**
 * Before a place, another act told of the same subject, not the event's own happening: a deal made there
 * ("The truce, agreed in Cairo last week, took effect …", "was announced in Doha and entered into
 * force in Gaza", "brokered by Qatar in Doha"), read between an event's noun and the place.
 */
export const DEAL_MADE_AT = /\b(?:announced|agreed|signed|brokered|reached|negotiated|mediated|drafted|initial(?:l)?ed|struck|hammered\s+out|concluded|proclaimed|declared)\s+(?:(?:by|with|between)\s+[^,;.]{1,40}?\s+)?(?:at\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?in\s+|(?:in|at)\s+(?:the\s+)?)$/i;
/** Between a place and a later verb: the end of the predicate the place is in, and "and" joining another one to the same subject ("… in Doha on 15 January and entered into force"). */
export const COORDINATED_PREDICATE_BETWEEN = /^[^,;.()]{0,40}?\s+(?:and|but)\s+(?:(?:then|later|only|finally|eventually)\s+)?$/i;
export const WELCOMED_TO = /\bwelcom(?:ed|es|e|ing)\s+(?:[^.;!?]{1,140}?\s+)?(?:back\s+)?to\s+$/i;
/** A host's verb, its auxiliary first if any: "welcomed", "has received", "will host", "played host to". */
const HOST_VERB = String.raw`(?:has\s+|had\s+|will\s+|is\s+to\s+|was\s+to\s+)?(?:welcom(?:ed|es|e)|receiv(?:ed|es|e)|host(?:ed|s)?|play(?:ed|s)?\s+host\s+to)\b`;
/**
 * After a person, that they receive a guest as host: "King Siaosi welcomed the Prime Minister of Tuvalu …",
 * "Minister of Tourism Carmen Villalobos received Jamaica's tourism minister …", "…, who hosted …" (host-side.ts).
 * Their office may come between: "Marta Hlinková, Speaker of the National Council, received …", and the day: "President
 * Ada Okafor on Thursday received …", "… yesterday hosted …" (TIME_BEFORE_WITH).
 */
export const HOST_VERB_AFTER = new RegExp(String.raw`^(?:,[^,.;]{1,80})?,?\s+(?:${TIME_BEFORE_WITH}\s+)?${HOST_VERB}`, 'iu');
/** The host's verb anywhere in a sentence: one without it tells no host by it (host-side.ts reads no names there). */
export const HOST_VERB_WRITTEN = new RegExp(String.raw`\s${HOST_VERB}`, 'iu');
/**
 * A guest's journey to the gathering's town told in its sentence ("after the visit to Minsk of the Special Envoy …",
 * "on a visit to Nicosia, the envoy met …", "visited Tbilisi and met …"): the town is the guest's destination, not a
 * neutral venue (host-side.ts).
 */
export const VISIT_TOLD = /\b(?:(?:visit|trip|journey)\s+to|visit(?:ed|ing)|travell?ed\s+to|flew\s+to)\s+[A-Z]/u;
/** The one a guest meets, right after: "met with Alexander Lukashenko", "held talks with", "sat down with" (host-side.ts). */
const MET_WITH = String.raw`\b(?:met(?:\s+with)?|meets(?:\s+with)?|(?:held\s+)?talks\s+with|sat\s+down\s+with)\s+`;
export const MET_BEFORE = new RegExp(`${MET_WITH}$`, 'u');
/** Such a meeting anywhere in a sentence: one without it tells no one met so (host-side.ts reads no names there). */
export const MET_WRITTEN = new RegExp(MET_WITH, 'u');
/**
 * After a town opening a sentence, that it hosts a gathering: "Port Louis hosted talks between …", "Tromsø will host a summit",
 * "Libreville hosted a two-day meeting of …". Its place, not its people (article-places.ts hostTown).
 */
export const TOWN_HOSTS_AFTER = /^\s+(?:(?:has|had|will|is|was|also|again)\s+)*(?:hosted|hosts|host|hosting|played\s+host\s+to)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:talks|meetings?|summit|conference|sessions?|round|forum|negotiations|consultations|gathering)\b/u;
export const JOURNEY_VERB = /\b(?:fl[eoy]w?n?|flying|travell?(?:ed|ing|s)?|arriv\w*|land\w*)\b/i;
export const DESCRIBED_BEFORE = /\bthe\s+((?:[\p{L}-]+\s+){0,3}?(?:city|town|port|resort|village|capital|island|enclave|oasis|emirate|hub)\s+(?:of\s+)?)$/iu;
/** "the meetings took place in ", "the talks were held in ": where the gathering named before was held (the place follows). */
export const GATHERING_HELD_IN = /\b(?:the|these|those)\s+(?:[\p{Ll}-]+\s+)?(?:talks|meetings?|negotiations|sessions?|round|discussions|summit)\s+(?:had\s+)?(?:took\s+place|taken\s+place|(?:were|was|had\s+been|have\s+been|are\s+being|were\s+being)\s+held|happened|occurred)\s+(?:in|at)\s+(?:the\s+)?/u;
/** A capital named by its state's adjective: "the Kazakh capital", "the Emirati capital" (not "the Russian capital city of …", not "capital markets"). */
export const CAPITAL_BY_ADJECTIVE = /\bthe\s+(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\s+capital\b(?!\s+(?:of|city|markets?|flows?|controls?|spending|investment)\b)/gu;

/**
 * A street's name, by its street word first ("Route de Pregny", "Avenue de la Paix", "Rue du Rhône", "Calle Mayor") or
 * last ("Rustaveli Avenue", "Nevsky Prospekt"): the address of a building, never a person and never a town of its own
 * (discover.ts); a street that stands for a seat of government ("Downing Street") is read as the seat.
 */
export const STREET_NAME = /^(?:Route|Rue|Avenue|Avenida|Calle|Via|Viale|Boulevard|Chauss[ée]e|Strada|Ulitsa|Place\s+d[eu']|Plaza\s+de)\s|\s(?:Street|Road|Avenue|Boulevard|Lane|Strasse|Straße|Straat|Prospekt|Prospect)$/u;

/**
 * Particles that, between two capitalised words, join them into one name: "Mohammed bin Salman", "Anne van der Berg", "Vásquez
 * del Solar", "della Rovere", "Jógvan á Lakjuni" (Faroese), "af Klercker" (Swedish), "zu Guttenberg", "ter Horst".
 */
export const JOINING_PARTICLES = '(?:bin|ibn|bint|al|el|da|de|del|della|delle|dei|degli|di|du|dos|das|van|von|der|den|ter|zu|af|á|í|le|la)';
/**
 * A lower-case word inside a name that belongs to the surname after it: the joining particles ("bin Salman", "da Silva", "von der
 * Leyen"); and "do", "am", "upon", "ten", English words too, so no joint of two capitalised words on their own
 * (PARTICLE_THEN_NAME), but part of a name read on through them ("Frankfurt am Main", "Newcastle upon Tyne", "Huis ten Bosch").
 */
const INNER_PARTICLES = String.raw`(?:${JOINING_PARTICLES}|do|am|upon|ten)`;
export const NAME_PARTICLE = new RegExp(`^${INNER_PARTICLES}$`);
/** Words for a building or grounds that end a venue's name ("St. Peter's Basilica", "Prague Castle"). */
const VENUE_NOUNS = 'Basilica|Cathedral|Church|Chapel|Mosque|Abbey|Palace|Castle|Hotel|Resort|Estate|House|Hall|Lodge|Villa|Manor|Residence|Centre|Center|Club|Fortress|Pavilion|Compound|Retreat|Ranch|Mansion|Tower|Chateau|Château|Base|Airbase|Airport|Cosmodrome|Spaceport|Course|Theatre|Theater|Arena|Stadium|Auditorium|Museum|Library|Gallery';
/** A venue's or a body's last word, after a seat's name written with "City" ("London City Airport", "Dublin City Council"): the "City" is the venue's or the body's name. */
export const VENUE_OR_BODY_NOUN = new RegExp(String.raw`^(?:${VENUE_NOUNS}|${INSTITUTION_WORDS})$`, 'u');
/** Building words that begin a venue's name, as French, Italian or hotel names do: "the Hotel Ivoire", "Villa Madama", "Palais Coburg", "the Palace of Westminster". */
const VENUE_NOUNS_FIRST = 'Hotel|Villa|Palace|Palazzo|Palais|Palacio|Casa|Castle|Chateau|Château|Schloss';
/** Words for a body's own premises, in lower case after the body's name: "the Fed's headquarters", "Okafor Group's offices". */
const PREMISES_NOUNS = 'headquarters|offices';
/** A named building and a comma before a name: the town it stands in ("at the Presidential Villa, Abuja"). */
export const VENUE_THEN_COMMA = new RegExp(String.raw`\b(?:${VENUE_NOUNS}),\s*$`, 'u');
/** Any word for a building in a sentence, in any case: most sentences have none and skip the venue patterns. */
export const VENUE_WORD = new RegExp(String.raw`\b(?:${VENUE_NOUNS}|${VENUE_NOUNS_FIRST}|${PREMISES_NOUNS}|home|dacha)\b`, 'i');
/**
 * A craft sent into space, told by its going up ("A SpaceX rocket lifted off from the Kennedy Space Center", "the Soyuz blasted off
 * from Baikonur on Friday"): the flight's day. A missile or a drone fired is a strike's, no flight of its own.
 */
export const SPACECRAFT_LIFTED_OFF = String.raw`\b(?:lift(?:s|ed|ing)?|blast(?:s|ed|ing)?)\s+off\b`;
/**
 * After a craft's name, its launch verb, a craft's word between them ("the Soyuz blasted off", "the Korvan rocket has lifted off"): the name is
 * what went up, no side taking part in its launch.
 */
export const CRAFT_LAUNCHED_AFTER = new RegExp(String.raw`^(?:\s+(?:rocket|spacecraft|capsule|craft|spaceship|launcher|probe|satellite|lander))?\s+(?:(?:has|had|have|then)\s+)?${SPACECRAFT_LIFTED_OFF}`);
/** Where a craft went up from, before its launch site: "lifted off from the Kennedy Space Center", "blasted off from Baikonur". */
export const LAUNCH_SITE_LEAD = String.raw`${SPACECRAFT_LIFTED_OFF}\s+from`;
/** Before a launch site, which is a place whatever the tagger makes of its name. */
export const LAUNCH_SITE_BEFORE = new RegExp(String.raw`${LAUNCH_SITE_LEAD}\s+(?:the\s+)?$`, 'i');
/** Before a venue: where something is ("at", "inside") or a craft went up from (LAUNCH_SITE_LEAD), and whose it is ("his Mar-a-Lago estate"). */
const VENUE_LEAD = String.raw`\b(?:in|at|inside|${LAUNCH_SITE_LEAD})\s+(?:the\s+)?(?<possessive>(?:his|her|their|its)\s+)?`;
/**
 * A venue named with its building word: one to four capitalised words, a saint's "St." allowed, then the word;
 * or the word first, then one to three capitalised words, a "des", "of" or "of the" allowed after it ("the Palace of Westminster").
 */
export const VENUE_NAMED = new RegExp(
  String.raw`${VENUE_LEAD}(?<name>(?:(?:St\.?|Saint)\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4}(?:${VENUE_NOUNS})|(?:${VENUE_NOUNS_FIRST})\s+(?:(?:des|de|du|del|di|della|of(?:\s+the)?)\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?<tail>)\b`,
  'gu',
);
/**
 * A venue's name up to the town it is of: "Palace of " (Versailles), "Castle of " (Windsor); it stands in that town
 * (article-names.ts readVenues). English "of" only: "Hotel de Paris" stands in Monaco.
 */
export const VENUE_OF_ITS_TOWN = new RegExp(String.raw`^(?:${VENUE_NOUNS_FIRST})\s+of\s+$`, 'u');
/** A venue named before its building word in lower case: "his Mar-a-Lago estate", "the Bocharov Ruchei residence", "Huis ten Bosch palace" (a particle inside). */
export const VENUE_AFTER_NAME = new RegExp(String.raw`${VENUE_LEAD}(?<name>\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:${INNER_PARTICLES}\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,3})(?<tail>\s+(?:${VENUE_NOUNS.toLowerCase()}|home|dacha))\b`, 'gu');
/**
 * A body's premises, named by the body ("at the Fed's headquarters in Washington", "at the Estmark Bank headquarters"): no
 * building of a name of its own, so where it stands is the town written with it (named-venues.ts). Not "its Frankfurt
 * headquarters", whose town is the name (OWN_PREMISES_AFTER).
 */
export const PREMISES_OF_BODY = new RegExp(String.raw`\b(?:in|at|inside)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})(?<tail>\s+(?:${PREMISES_NOUNS}))\b`, 'gu');
/**
 * A name after "at" or "inside" with no building word: "at Mar-a-Lago", "at Camp David", "at
 * the Elysee", "at Downing Street". A venue when nothing else reads it (no person, town or
 * organisation), for article-names.ts.
 */
export const VENUE_BARE = /\b(?:at|inside)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}\p{M}'’]{2,}(?!\.\p{Lu})(?:-\p{L}[\p{L}\p{M}'’]*)*(?:\s+\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*){0,3})(?<tail>)/gu;
/** A sea's name, which before a building word says where the place lies: "the Black Sea resort", "the Red Sea resort". */
export const SEA_NAME = /^(?:\p{Lu}[\p{L}'’-]*\s+)+(?:Sea|Ocean)$/u;
/** Feasts and holidays, times of year written with a capital: "at Christmas", "Ramadan began". */
const FEASTS = 'Christmas|Easter|Ramadan|Eid|Passover|Hanukkah|Diwali|Thanksgiving';
/** Times of year named after "at", never places: "at Christmas". */
export const NOT_A_VENUE = new RegExp(String.raw`^(?:${FEASTS}|New|Noon|Midnight|Dawn|Dusk|Least|Last|First|Once|Times?|Present|Stake|Risk|Odds|Home|Work|Gunpoint)\b`);
/**
 * Words not English that an article writes with a capital wherever they stand, and that are no one: a feast, an illness, an
 * era ("Brexit hit exports …", "Sales fell after Brexit"). Opening a sentence, such a word is no firm the article names within one.
 */
export const NOT_A_PARTY = new RegExp(String.raw`^(?:${FEASTS}|Lent|Advent|Brexit|Grexit|Covid(?:-19)?|Ebola|Mpox|Zika)$`);
/** The locality written right after a venue: "… estate in Florida", "… Palace, Vienna". */
export const VENUE_LOCALITY = /^(?:,\s*|\s+(?:in|near|outside)\s+)(?:[Tt]he\s+)?(?=\p{Lu})/u;
/**
 * A venue written at a distance from a town, right after its name: "at Kananaskis, about an hour west of Calgary",
 * "at Bürgenstock, 20 km south of Lucerne", "at the Lakeside Lodge, two hours' drive from Nairobi". It is a place of
 * its own, not in that town nor in the town a dateline files from.
 */
export const VENUE_AWAY_FROM_TOWN = /^,?\s+(?:(?:about|some|around|roughly|nearly)\s+)?(?:an?\s+hour(?:'s|’s)?|(?:\d[\d,.]*|[a-z]+)\s*(?:km|kilometres|kilometers|miles|hours(?:'|’)?))(?:\s+drive)?\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|from)\s/iu;

/** A gathering carried on: "talks will resume", "the sides will meet again", "would reconvene". */
export const CARRIED_ON = /\b(?:resume[sd]?|resuming|continue[sd]?|continuing|reconvene[sd]?|reconvening|again)\b/i;

/**
 * Being at a gathering, said right before the words that point back at it: "also attended the talks",
 * "joined the meeting", "took part in the talks", "said after the talks", "spoke to reporters after
 * the meeting". Commenting on it ("said the meeting had been useful") is not being there.
 */
export const ATTENDED_BEFORE = /\b(?:attend(?:ed|s|ing)?|join(?:ed|s|ing)?|(?:took|take|takes|taking)\s+part\s+in|sat\s+in\s+on|(?:said|spoke|told\s+reporters|spoke\s+to\s+(?:reporters|journalists))\s+(?:shortly\s+|right\s+|just\s+)?after)\s+(?:the|that|this|those|these)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Taking part denied: "Russia did not participate in the Geneva talks", "was not represented", "without attending". */
export const NOT_TAKING_PART = /\b(?:not|never|nor|without|n['’]t)\s+(?:(?:be|been|being|yet|even)\s+)?(?:participat\w*|attend\w*|take\s+part|took\s+part|taking\s+part|join\w*|represented|present|involved|at\s+the\s+(?:talks|meeting|summit|table|negotiations))\b/i;

/**
 * A clause of people who watch an act others do, closing the clause that tells the act: ", with U.S. President Dorn and
 * Prime Minister Vell looking on", ", as Dorn looked on", ", witnessed by Dorn", "in the presence of Dorn". They are there,
 * at the act, not at a gathering the clause goes on to name ("looking on at the opening of the summit"), and sign for no side.
 */
export const ONLOOKERS_CLAUSE = /,\s+with\s+[^;:—–]{1,120}?\s+(?:looking\s+on|watching\s+on|in\s+attendance)\b|,\s+as\s+[^;:—–,]{1,80}?\s+(?:looked|watched)\s+on\b|\b(?:witnessed\s+by|in\s+the\s+presence\s+of)\s+[^,;:—–]{1,120}/g;

/** After a person, what says they were elsewhere: ", who did not attend,", ", who was not at the talks, said", " remained in Doha", ", who had been expected, stayed in Berlin". */
export const ELSEWHERE_AFTER = /^,\s+who\s+[^,;]{0,50}?\b(?:not|never|n['’]t)\b|^(?:,[^,;]{1,60},)?\s+(?:remained|stayed)\s+(?:behind\s+)?(?:in|at|away)\b/i;

/** Before a person, what says they are the dead mourned, not a mourner: "the funeral of former Belgian King …", "the late Zambian President …". */
export const MOURNED_BEFORE = /\b(?:(?:funeral|burial|memorial(?:\s+service)?|requiem|wake|mourning)\s+(?:of|for)\s+(?:the\s+)?(?:late\s+)?|\bthe\s+late\s+)(?:[\p{L}.'’-]+\s+){0,4}$/iu;

/** A particle that opens a father's (or forebear's) name inside an Arabic name ("bin Jassim", "ibn Saud", "bint Hamad"): a link a shorter form of the name may leave out. */
export const PATRONYMIC_PARTICLE = /^(?:bin|ibn|bint|ben)$/i;
/**
 * Japanese "no", joining the words of a body's name ("Nippon Ishin no Kai", "Tomin First no Kai"): English "no" too, so it joins a
 * name read on through it only when the capitalised words after it end in a Japanese body's head word (JAPANESE_BODY_HEADS), not
 * before any other ("told Kenji Sato no Western troops would stay", "no Japanese troops").
 */
export const JAPANESE_PARTICLE = /^no$/;
/** The head words that end a Japanese body's name: society, council, union, party ("… no Kai", "… Kaigi", "… Rengō", "… Tō"). */
export const JAPANESE_BODY_HEADS: ReadonlySet<string> = new Set(['Kai', 'Kaigi', 'Kyōkai', 'Kyokai', 'Rengō', 'Rengo', 'Tō']);
/**
 * A regnal number after a monarch's or a pope's given name: "Charles III", "Leo XIV", "Carl XVI Gustaf", "Henry V". It is the
 * name's, never a person of its own. "I" is left out: it is also the pronoun ("as Leo I said").
 */
export const REGNAL_NUMBER = /^(?=[IVX]{2,}$|[VX]$)X{0,3}(?:IX|IV|V?I{0,3})$/;
/**
 * Between a person's name and the state or town of their office, "of", after the generational suffix the tagger leaves out of
 * the name: "President Javier Milei of Argentina", "President Ramon Soriano Jr of the Philippines", "Tomas Varga, Jr., of".
 */
export const NAME_THEN_OF = /^(?:,?\s+(?:Jr|Sr)\.?,?)?\s+of\s+(?:the\s+)?$/;
/**
 * The last word of a country's division's name, capitalised: "Lakes Province", "Atacora Department", "Kindia Region", "Kursk
 * Oblast" (not "State": "Islamic State", "Secretary of State").
 */
export const ADMINISTRATIVE_DIVISION = /^(?:Region|Province|Department|Oblast|Governorate|Prefecture|District|County|Krai|Canton|Voivodeship)$/;
/** Around a town that says where someone's own premises are: "his Miami office", "her Nairobi home", "their Geneva headquarters" (not "his Mar-a-Lago estate": a venue). */
export const OWN_PREMISES_BEFORE = /\b(?:his|her|their|its|my|our)\s+$/i;
export const OWN_PREMISES_AFTER = /^\s+(?:office|offices|home|residence|headquarters|studio|apartment|flat)\b/i;
/** A monarch's titles, written before the name ("King Harald", "Emperor Naruhito"): read by RULER_BEFORE here and by the events' HEAD_OF_STATE. */
export const MONARCH_TITLES = ['king', 'queen', 'emperor', 'empress', 'sultan', 'emir'];
/** Before a monarch's or a pope's name, within its clause: "The pontiff, ", "the king — ", "His Holiness ". */
export const RULER_BEFORE = new RegExp(String.raw`\b(?:pontiff|pope|${MONARCH_TITLES.join('|')}|monarch|tsar|czar|holiness|majesty)\b[^.;:]{0,12}$`, 'i');
/** What follows a name's first word when particles join it to the rest: " bin Salman". */
export const PARTICLE_THEN_NAME = new RegExp(`^[\\s-]+(?:${JOINING_PARTICLES}[\\s-]+)+\\p{Lu}`, 'u');
/** What comes before a name's last word when particles join it to the first: "Abdullah bin ". */
export const NAME_THEN_PARTICLE = new RegExp(`\\p{Lu}[\\p{L}\\p{M}'’]*[\\s-]+(?:${JOINING_PARTICLES}[\\s-]+)+$`, 'u');
/** A particle elided onto the surname it belongs to: "d'Aubigny", "l’Estrange", "dell'Acqua"; the name goes on through it. */
export const ELIDED_PARTICLE = /^(?:d|l|dell|dall)['’]\p{Lu}/u;

/**
 * Surnames written first in Chinese, Korean and Khmer names as English news prints them ("Wang Yi",
 * "Lee Jae-myung", "Hun Manet"): common ones only, and only with a given name of their syllables
 * (SURNAME_FIRST_GIVEN), so "Kim Darroch" and "Lee Morgan" keep their order.
 */
export const SURNAME_FIRST = new Set([
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Gao', 'Lin', 'Luo',
  'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Xi', 'Han', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Pan', 'Yuan', 'Cai',
  'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Ding', 'Ren', 'Lu', 'Yao', 'Shen', 'Zhong', 'Cui', 'Tan', 'Fan', 'Liao', 'Shi', 'Jin',
  'Jia', 'Xia', 'Fu', 'Fang', 'Zou', 'Xiong', 'Bai', 'Meng', 'Qin', 'Qiu', 'Hou', 'Yin', 'Xue', 'Yan', 'Duan', 'Lei', 'Long', 'Tao', 'Mao',
  'Hao', 'Gu', 'Gong', 'Shao', 'Wan', 'Qian', 'Dai', 'Kong', 'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim',
  'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Yoo', 'Hong', 'Jeon', 'Ko', 'Moon', 'Son', 'Bae', 'Baek', 'Heo', 'Nam', 'Noh', 'Ha', 'Choo',
  'Chung', 'Choe', 'Ri', 'Pak', 'Hun', 'Hor', 'Prak', 'Chea', 'Kem', 'Sar',
]);
/** A Chinese or Korean syllable as romanised (pinyin, Wade–Giles, Revised and McCune–Reischauer), for a given name after SURNAME_FIRST. */
const SYLLABLE = String.raw`(?:zh|ch|sh|kk|tt|pp|ss|jj|hs|ts|wh|[bcdfghjklmnpqrstwxyz])?(?:a|ai|ae|an|ang|ao|e|ea|ei|en|eng|eo|eon|eong|eok|eol|eom|eu|eun|eung|eul|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|oe|ok|ol|om|on|ong|oo|oon|ou|oung|u|ua|uai|uan|uang|ue|uk|ul|um|un|ung|ui|uo|wa|wan|wang|we|wi|ya|yang|yeo|yeon|yeong|yeol|ye|yo|yong|yu|yun|yung|ae|aek|ak|al|am|ap|at|ek|el|em|et|ik|il|im|ip|it|eou|eui|uck|ook)`;
/** A given name of one or two such syllables, hyphenated or not ("Lifeng", "Jae-myung", "Ji-hoon", "Heung-min", "Jinping", "Manet"); each word of it. */
export const SURNAME_FIRST_GIVEN = new RegExp(String.raw`^${SYLLABLE}(?:-?${SYLLABLE})?$`, 'i');
/** A Gulf name by father and house ("Tamim bin Hamad Al Thani"): news calls its bearer by the first word. */
export const NAME_BY_HOUSE = /^\S+\s+(?:bin|ibn|bint)\s+\S+\s+(?:Al|Al-|al-|Aal)\s?\S+$/;

/** Parliaments, named by their chamber: a vote "in the Bundestag" is held in Berlin, and so is one "the Bundestag" holds (BODIES_IN_CAPITALS). */
const PARLIAMENTS = [
  ['Bundestag', 'DE'], ['Reichstag', 'DE'], ['Palace of Westminster', 'GB'], ['Houses of Parliament', 'GB'], ['Knesset', 'IL'], ['Sejm', 'PL'], ['State Duma', 'RU'], ['Verkhovna Rada', 'UA'],
  ['Storting', 'NO'], ['Riksdag', 'SE'], ['Folketing', 'DK'], ['Eduskunta', 'FI'], ['Althing', 'IS'], ['Dáil', 'IE'], ['Leinster House', 'IE'], ['Seimas', 'LT'], ['Saeima', 'LV'], ['Riigikogu', 'EE'],
  ['Palais Bourbon', 'FR'], ['Palazzo Montecitorio', 'IT'], ['Montecitorio', 'IT'], ['Binnenhof', 'NL'],
] as const;

/**
 * Seats of government by the names news gives them, each in its state's capital ("at the Kremlin",
 * "at the White House", "at the Elysee Palace"): what a gazetteer entry would say, for an empty or
 * small gazetteer. Only seats in the capital itself (not Camp David, not Chequers).
 */
const SEATS_OF_GOVERNMENT = new Map([
  ['Kremlin', 'RU'], ['White House', 'US'], ['Oval Office', 'US'], ['State Department', 'US'], ['Blair House', 'US'], ["Quai d'Orsay", 'FR'], ['Elysee', 'FR'], ['Élysée', 'FR'], ['Elysee Palace', 'FR'], ['Élysée Palace', 'FR'],
  ['Downing Street', 'GB'], ['Number 10', 'GB'], ['Lancaster House', 'GB'], ['Zhongnanhai', 'CN'], ['Great Hall of the People', 'CN'], ['Diaoyutai State Guesthouse', 'CN'],
  ['Blue House', 'KR'], ['Kantei', 'JP'], ['Akasaka Palace', 'JP'], ['Casa Rosada', 'AR'], ['Planalto Palace', 'BR'], ['Alvorada Palace', 'BR'], ['Moncloa Palace', 'ES'],
  ['Quirinal Palace', 'IT'], ['Palazzo Chigi', 'IT'], ['Bellevue Palace', 'DE'], ['Rashtrapati Bhavan', 'IN'], ['Hyderabad House', 'IN'], ['Mariinsky Palace', 'UA'],
  ['Malacañang Palace', 'PH'], ['Malacanang Palace', 'PH'], ['Istana', 'SG'], ['Ittihadiya Palace', 'EG'], ['Apostolic Palace', 'VA'],
  ['Hofburg', 'AT'], ['Hofburg Palace', 'AT'], ['Ballhausplatz', 'AT'], ['Matignon', 'FR'], ['Hôtel Matignon', 'FR'], ['Quirinale', 'IT'], ['Cotroceni Palace', 'RO'],
  ['Bankova', 'UA'], ['Union Buildings', 'ZA'], ['Aso Rock', 'NG'], ['Ak Orda', 'KZ'], ['Miraflores Palace', 'VE'], ['Los Pinos', 'MX'],
  ...PARLIAMENTS,
  // The Vatican is a state whose few buildings news names by themselves, never with their town.
  ['Vatican', 'VA'], ["St. Peter's Basilica", 'VA'], ["St Peter's Basilica", 'VA'], ["Saint Peter's Basilica", 'VA'], ["St. Peter's Square", 'VA'], ["St Peter's Square", 'VA'], ['Sistine Chapel', 'VA'], ['Casa Santa Marta', 'VA'],
]);

/** A room or wing named by its seat of government: "the Kremlin's St. Catherine Hall", "the White House Rose Garden", "Vatican Gardens". */
const SEAT_BEGINS_NAME = new RegExp(String.raw`^(${[...SEATS_OF_GOVERNMENT.keys()].map((k) => k.replace(/[.']/g, (c) => (c === '.' ? String.raw`\.` : "['’]"))).join('|')})(?:['’]s)?\s`, 'u');

/** The state (ISO alpha-2) whose seat of government a venue's name is or begins with ("Kremlin's St. Catherine Hall" is Russia's). */
export function seatOfVenue(name: string): string | undefined {
  const whole = SEATS_OF_GOVERNMENT.get(name.replace(/’/g, "'"));
  if (whole) return whole;
  const begun = SEAT_BEGINS_NAME.exec(name)?.[1];
  return begun ? SEATS_OF_GOVERNMENT.get(begun.replace(/’/g, "'")) : undefined;
}

/**
 * Bodies that sit in their state's capital and decide there, by the names news gives them: "the Federal Reserve lowered its rate",
 * "the Bundestag approved the budget" were done in Washington, in Berlin (own-conventions.md, "Places": the town, never the chamber).
 * Only bodies in the capital itself (not the Bundesbank, the ECB or the Reserve Bank of India).
 */
const BODIES_IN_CAPITALS = new Map<string, string>([
  ...PARLIAMENTS, ['Congress', 'US'], ['Federal Reserve', 'US'], ['Fed', 'US'], ['Bank of England', 'GB'], ['Bank of Japan', 'JP'], ['Bank of Canada', 'CA'], ['Bank of Korea', 'KR'],
  ['Banque de France', 'FR'], ['Bank of Russia', 'RU'], ['Riksbank', 'SE'], ['Norges Bank', 'NO'],
]);
/** Chambers many states name alike ("France's National Assembly", "Luxembourg's Chamber of Deputies"): whose they are is written with them. */
const CHAMBERS_NAMED_ALIKE = new Set(['National Assembly', 'Chamber of Deputies', 'Senate', 'House of Representatives', 'House of Commons', 'Parliament']);

/**
 * Whether a body sits in a state's capital, and which state's when its name says it ("Federal Reserve": US); a chamber
 * named alike in many states sits in the capital of the state written with it (`state` left out).
 */
export function seatedBody(name: string): { state?: string } | undefined {
  const state = BODIES_IN_CAPITALS.get(name.replace(/’/g, "'"));
  return state ? { state } : CHAMBERS_NAMED_ALIKE.has(name) ? {} : undefined;
}

/**
 * Venues of international meetings outside a seat of government, by the names news gives them, with
 * their town as GeoNames names it and its country: "at the Palais des Nations" is in Geneva, so a
 * round told there and one told "in Geneva" share a place.
 */
const VENUES_IN_TOWNS = new Map([
  ['Palais des Nations', ['Geneva', 'CH']], ['Palace of Nations', ['Geneva', 'CH']], ['Peace Palace', ['The Hague', 'NL']], ['Vienna International Centre', ['Vienna', 'AT']],
  ['UN headquarters', ['New York City', 'US']], ['United Nations headquarters', ['New York City', 'US']], ['Palais de l’Europe', ['Strasbourg', 'FR']], ["Palais de l'Europe", ['Strasbourg', 'FR']],
] as const);

/** The town (GeoNames name) and state (ISO alpha-2) of a well-known venue of international meetings, if the name is one. */
export function townOfVenue(name: string): readonly [town: string, country: string] | undefined {
  return VENUES_IN_TOWNS.get(name as never);
}

/** The last word of an office written with a name: "President", "Foreign Minister", "special envoy", "aide" (not "counterpart", "team", "Mr."). */
export const OFFICE_NOUN = String.raw`president|minister|secretary|envoy|aide|adviser|advisor|ambassador|negotiator|chancellor|spokesman|spokeswoman|spokesperson|head|leader|official|representative|commander|prince|princess|king|queen|emir|sheikh|sultan|premier|taoiseach|commissioner|governor|mayor|diplomat|officer|mediator|lawmaker|general|gen\.|chief|director|senator|pope|state|staff`;
/** OFFICE_NOUN in any case, inside patterns that read names by their capitals ("the President", "the pope"). */
export const OFFICE_NOUN_ANY_CASE = anyCase(OFFICE_NOUN);
/** Before a state, an office of it: "President of ", "Minister of Foreign Affairs of the ", "Chairman of the Government of the ", "Minister of Foreign and European Affairs of the ". */
export const OFFICE_OF_BEFORE = new RegExp(String.raw`\b(?:${OFFICE_NOUN}|chair(?:man|woman|person)?)(?:\s+(?:(?:of|and|&)\s+)?(?:the\s+)?\p{Lu}[\p{L}-]*){0,4}\s+of\s+(?:the\s+)?$`, 'iu');
/** A side written before an office: a national adjective or initials ("Finnish", "South Korean", "U.S."), a possessive ("Russia's") or an institution ("Kremlin"). */
const OFFICE_SIDE = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?(?:['’]s)?`;
/** An office as written, its side first: the office words in any case, the side capitalised. */
const OFFICE_WRITTEN = String.raw`(?:(?:${anyCase('former|outgoing|acting|interim|incoming')})\s+)?(?:${OFFICE_SIDE}\s+)?(?:(?:${OFFICE_WORDS_ANY_CASE})\s+){0,4}(?:${OFFICE_NOUN_ANY_CASE})`;
/** Before a name, the office the sentence gives it: "Former Colombian President ", "U.S. special envoy ", "Kremlin aide ", "Foreign Minister ". */
export const OFFICE_BEFORE_NAME = new RegExp(String.raw`(?<![\p{L}.'’-])(${OFFICE_WRITTEN})\s+(?:${ADDRESS_AFTER_OFFICE})?$`, 'u');
/** An office written as a title before a name: "President Radu Munteanu", "Climate Minister Ana Pop" (after a possessive, "Romania's"). */
export const OFFICE_TITLE = new RegExp(String.raw`(?:(?:(?:${OFFICE_WORDS_ANY_CASE})\s+){0,4}(?:${OFFICE_NOUN_ANY_CASE})|${PORTFOLIO_TITLE})\s+\p{Lu}`, 'u');
/** An office written as a title, before the comma or name after it: "President", "Deputy Prime Minister", "Minister of Trade and Industry". */
export const OFFICE_AS_TITLE = String.raw`(?:(?:${OFFICE_WORDS_ANY_CASE})\s+){0,4}(?:${OFFICE_NOUN_ANY_CASE})(?:\s+(?:of|for)\s+(?:\p{Lu}\p{Ll}+\s+(?:(?:and|&)\s+)?){0,3}\p{Lu}\p{Ll}+)?`;
/**
 * An office written as a title and closed by a comma before its holder's name: "President, ", "Deputy Prime Minister, ",
 * "Minister of Trade, ", "Minister of Trade and Industry, " (after a state's possessive: "Ghana's President, Kofi Mensah").
 */
export const OFFICE_THEN_COMMA = new RegExp(String.raw`${OFFICE_AS_TITLE},\s`, 'u');
/** After a name, the office an apposition gives it: ", Russia's foreign minister,", ", the Dutch premier." */
export const OFFICE_AFTER_NAME = new RegExp(String.raw`^,\s+(?:who\s+(?:is|was|became|has\s+been|had\s+been|remains)\s+)?(?:the\s+|a\s+)?(${OFFICE_WRITTEN})(?=\s*[,.;]|\s+(?:and|met|meets|said|says|held|holds|told|spoke|speaks)\b)`, 'u');

/**
 * A name the tagger reads as someone's, written with the article before it and ending its phrase ("queueing for the
 * Hagia Sophia while …", "the crowd outside the Santa Maria, …"): a building or landmark, never a person (`landmarkTakenForPerson`
 * in discover.ts). A person's name takes no article; where one does, it qualifies the noun after it ("the Biden
 * administration"), which NAME_ENDS_PHRASE leaves alone.
 */
export const ARTICLE_BEFORE_NAME = /\bthe\s+$/i;
/**
 * A town's name written as the adjective of a pact or a gathering named after where it was made or held ("the Nancy treaty",
 * "the Minsk agreements", "the Aachen accord", "the Geneva talks"): the town, never a person or a body, whatever the tagger
 * makes of the word (`townNamesItsAccord` in discover.ts). With "the" before the name only: "Nancy talks to reporters" is someone.
 */
export const ACCORD_OR_GATHERING_AFTER_TOWN = /^\s+(?:treat(?:y|ies)|accords?|agreements?|protocols?|declarations?|conventions?|memorandum|talks|summit|conference|negotiations|process|format)\b/i;
export const NAME_ENDS_PHRASE = /^(?:\s*[,.;:)!?]|\s*$|\s+(?:while|when|as|in|on|at|for|with|to|from|by|where|which|that|is|was|were|has|had|will|would)\b)/;
/** Before a traveller's destination: "flew to", "was due to fly on to", "left for", "headed for", "travelling to the". */
export const DESTINATION_BEFORE = /\b(?:(?:fl(?:y|ies|ew|ying|own)|travel(?:s|led|ed|ling|ing)?|head(?:s|ed|ing)?|go(?:es|ing)?|went|return(?:s|ed|ing)?)(?:\s+on)?\s+(?:(?:back|home)\s+)?to|(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|set(?:s|ting)?\s+off|head(?:s|ed|ing)?)\s+for)\s+(?:the\s+)?$/i;
/** Before a gathering a journey is for, its destination not named before it: "left Bratislava on Monday for talks (in Vienna)". */
export const TRAVEL_FOR_BEFORE = /\b(?:left|leav(?:e|es|ing)|flew|fl(?:y|ies|ying)|travel(?:s|led|ed|ling|ing)?|head(?:s|ed|ing)?|depart(?:s|ed|ing)?|set(?:s|ting)?\s+off)\b[^;.!?"“”]{0,60}?\bfor\s+(?:(?:a|an|the|their|new|further|fresh|follow-up|another|more)\s+)*$/i;
/** Between a destination and the gathering the journey is for: "… on Tuesday for talks", "… at the weekend for a new round". */
export const GOAL_AFTER_DESTINATION = /^[^;.!?"“”]{0,60}?\bfor\s+(?:(?:a|an|the|their|his|her|its|new|further|fresh|follow-up|another|more|two|three|days?\s+of)\s+)*$/i;

/**
 * National adjectives news copy uses beside the one world-countries lists (it gives one per
 * country: "Nepalese", "Azerbaijani", "Bosnian and Herzegovinian"), keyed by the country's
 * ISO code. Adjectives only: an ethnic noun ("Serb", "Croat", "Turk") names a people, not a state.
 */
export const ALTERNATIVE_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  AR: ['Argentinian'],
  AZ: ['Azeri'],
  BA: ['Bosnian'],
  BF: ['Burkinabé'],
  BY: ['Belarussian', 'Byelorussian'],
  CV: ['Cabo Verdean'],
  DJ: ['Djiboutian'],
  EC: ['Ecuadorian'],
  GB: ['Briton'],
  GW: ['Bissau-Guinean'],
  IS: ['Icelandic'],
  KM: ['Comorian'],
  LA: ['Lao'],
  LU: ['Luxembourgish'],
  NP: ['Nepali'],
  PH: ['Filipina', 'Philippine'],
  SR: ['Surinamese'],
  SV: ['Salvadorean'],
  TL: ['Timorese'],
  XK: ['Kosovan'],
};

/** "on the sidelines of the SCO summit", "meeting on the margins of the G20 summit": held where something larger was. */
export const SIDELINES = /\bon\s+the\s+(?:sidelines|margins|fringes|side-?lines)\b/i;

/** A gathering of many by its noun, as its closing is told ("the summit", "the two-day forum"). */
const CLOSED_GATHERING = String.raw`(?:summit|conference|forum|congress|assembly)\b`;
/**
 * A gathering's close told as an act of its own: someone closing it ("bangs the gavel to close the summit", "Lula closed the
 * forum on Tuesday", "declared the conference closed"), it closed by someone ("the summit was closed by President Ramaphosa"),
 * or its close told with the ceremony it closes with ("The summit closes on Sunday with the handover of the presidency").
 * Not a gathering that only "ended" ("The two-day SCO summit, which ended on Monday"): that is its last day.
 */
export const CLOSING_ACT = new RegExp(
  String.raw`\bclos(?:e|es|ed|ing)\s+(?:the|a|an|its|their|this|that)\s+(?:[\w'’-]+\s+){0,3}?${CLOSED_GATHERING}|\bdeclar(?:e|es|ed|ing)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?${CLOSED_GATHERING}\s+(?:(?:formally|officially)\s+)?closed\b|\b${CLOSED_GATHERING}[^.;]{0,40}?\b(?:was|were|is|has\s+been|had\s+been)\s+(?:(?:formally|officially)\s+)?closed\s+by\b|\b${CLOSED_GATHERING}\s+(?:clos(?:e|es|ed)|will\s+close)\b[^.;]{0,40}?\bwith\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:handover|hand-over|handing\s+over|passing|ceremony)\b|\bclosing\s+ceremony\b`,
  'i',
);

/** Adjectives of a continent or a part of the world that leaders are told by ("European leaders", "Nordic leaders"): some of a wider table's. */
const REGIONAL_ADJECTIVE = String.raw`(?:European|African|Asian|Western|Nordic|Baltic)`;
/**
 * Many at the table: "Leaders of the Group of 20 opened …", "more than 20 leaders", "NATO heads of state and
 * government meeting in The Hague" ("the two leaders", "both heads of state" are a pair; "European leaders met …"
 * at a summit of the world's are some of its leaders, a table of their own: REGIONAL_ADJECTIVE).
 */
export const MANY_LEADERS = new RegExp(String.raw`(?<!\b(?:two|both|the\s+pair\s+of|${REGIONAL_ADJECTIVE})\s+)\b(?:leaders|heads\s+of\s+(?:state|government))\b`, 'i');
