/**
 * Verbs whose form or meaning the tense cues (cues.ts) and tense.ts read. Word lists only.
 */

/**
 * Simple pasts a regular "-ed" pattern misses (and short regular ones it would confuse with "red",
 * "bed"), each also with a prefix of PAST_PREFIXES before it: read them through IRREGULAR_PAST.
 */
export const IRREGULAR_PASTS = [
  'was', 'were', 'did', "didn't", 'said', 'told', 'held', 'began', 'met', 'spoke', 'went', 'came', 'made', 'took', 'gave', 'saw', 'won', 'lost',
  'left', 'led', 'got', 'sent', 'struck', 'fell', 'rose', 'ran', 'wrote', 'brought', 'bought', 'sold', 'paid', 'found', 'thought', 'knew',
  'heard', 'felt', 'kept', 'became', 'chose', 'drew', 'flew', 'fought', 'froze', 'grew', 'hid', 'hung', 'laid', 'meant', 'quit', 'rode',
  'rang', 'sang', 'sank', 'shook', 'shot', 'shut', 'slid', 'spent', 'stole', 'stood', 'swore', 'taught', 'threw', 'woke',
  'wore', 'tore', 'broke', 'drove', 'fled', 'sought', 'caught', 'built', 'fed', 'dug', 'dealt', 'slept', 'swept', 'wept', 'arose',
  'blew', 'bled', 'crept', 'drank', 'ate', 'forgot', 'upheld', 'forbade',
  'died', 'tied', 'lied', 'used', 'owed', 'eyed', 'hit', 'hurt', 'spread', 'sped', 'slew', 'sat',
  // Spelled as their present: read past unless "to", a modal or "be" stands before (cues.ts);
  // "let" not before "'s" ("Let's meet Monday").
  'put', 'beat', 'shed', 'split', 'burst', 'let',
];

/**
 * Prefixes that make a verb of a verb, its past as irregular as the stem's: "rebuilt", "retook",
 * "overran", "overrode", "outgrew", "mistook", "foretold", "underwent", "withdrew".
 */
export const PAST_PREFIXES = ['re', 'over', 'under', 'out', 'mis', 'fore', 'with'];

/** Words a prefix and a past of IRREGULAR_PASTS spell that are no past: a present ("they resent the tax") or a noun ("output", "an outlet"). */
export const NOT_PREFIXED_PASTS = ['resent', 'output', 'outlet', 'outburst'];

/**
 * Pasts spelled as their present and also nouns ("a cut", "the rate cut"): read past only with
 * their object after them ("Heavy rain in March cut the harvest", "The strike cut output by a
 * third"), where the noun would take a preposition ("a cut in rates"). See OBJECT_OPENERS.
 */
export const PRESENT_SPELLED_TRANSITIVE_PASTS = ['cut', 'cast', 'upset'];

/** Words an object opens with after a verb: a determiner, a possessive, a number, an amount. */
export const OBJECT_OPENERS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'some', 'all', 'most', 'much', 'many', 'more', 'output', 'production', 'prices', 'jobs', 'costs', 'supplies', 'exports', 'imports', 'yields?'];

/** Words before such a word that make it a noun: a determiner or a noun it qualifies ("a cut", "the rate cut", "a deep cut"). */
export const BEFORE_THE_NOUN = ['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'any', 'no', 'another', 'further', 'deep', 'sharp', 'big', 'steep', 'rate', 'tax', 'pay', 'price', 'job', 'budget', 'spending', 'wage'];

/** Pasts spelled as their present that a "back" after their object makes a phrasal past: "A wet spring set planting back", "cut spending back". */
export const PHRASAL_BACK_PASTS = ['set', 'cut'];

/**
 * Past participles no "-ed" spells: "to be told", "to be held", "to be sent" (cues.ts 'passive infinitive'); and those in "-en", which
 * PARTICIPLE also reads by their ending, listed for a reader that takes no "-en" word on trust ("He was driven …", not "He was keen").
 */
export const IRREGULAR_PARTICIPLES = [
  'told', 'held', 'made', 'sent', 'built', 'sold', 'paid', 'won', 'brought', 'bought', 'found', 'kept', 'met', 'left', 'led', 'shut', 'set', 'put',
  'cut', 'hit', 'spent', 'struck', 'fought', 'sought', 'taught', 'caught', 'laid', 'dealt', 'run', 'begun', 'done', 'shown', 'known', 'seen',
  'heard', 'read', 'spread', 'hung', 'upheld', 'withheld', 'burst', 'shed', 'split', 'hurt', 'quit', 'let', 'sworn',
  'taken', 'given', 'driven', 'chosen', 'written', 'spoken', 'broken', 'beaten', 'stolen', 'forgotten', 'forgiven', 'forbidden', 'hidden',
  'ridden', 'risen', 'fallen', 'eaten', 'bitten', 'frozen', 'shaken', 'woken', 'overtaken', 'undertaken', 'mistaken', 'rewritten',
];

/** Particles that follow a verb ("drawn up", "carried out"): a verb whose participle no list spells. */
export const VERB_PARTICLES = ['up', 'out', 'off', 'down', 'back', 'over'];

/** Words in "-en" that are no participle after "to be": "expected to be even higher", "to be open", "to be seven". */
export const EN_NON_PARTICIPLES = [
  'often', 'even', 'uneven', 'open', 'then', 'when', 'seven', 'eleven', 'keen', 'green', 'between', 'sudden', 'golden', 'wooden',
  'woollen', 'citizen', 'heaven', 'barren', 'children', 'women', 'men',
];

/** What a spokesman "would not" do when asked: a refusal that day, not a future ("would not comment Tuesday"). */
export const REFUSED_SPEECH = [
  'say', 'comment', 'confirm', 'deny', 'discuss', 'elaborate', 'disclose', 'reveal', 'identify', 'name', 'specify', 'speculate', 'answer',
  'release', 'give', 'provide', 'divulge', 'respond', 'predict', 'rule',
];

/** Verbs that put an event on a day as their object: the day they govern is set, not when they acted ("had set March 20 for the vote"). */
export const SCHEDULING_VERBS = ['set', 'fixed', 'scheduled', 'rescheduled', 'slated', 'moved', 'postponed', 'delayed', 'deferred', 'pushed', 'brought', 'called', 'named', 'picked', 'chose', 'chosen', 'designated'];

/** Verbs a "that" clause follows: "said that Friday's vote …" names no Friday of the story. */
export const REPORTING_VERBS = ['said', 'says', 'say', 'told', 'tells', 'reported', 'announced', 'added', 'noted', 'stated', 'insisted', 'argued', 'warned', 'believes?', 'believed', 'hopes?', 'hoped', 'think', 'thinks', 'thought', 'so', 'and', 'but'];

/** Verbs of telling: the day right after them ("witnesses said Thursday", "told reporters Monday evening") is when it was told. */
export const TELLING_VERBS = ['said', 'says', 'told', 'tells', 'announced', 'reported', 'added', 'stated', 'confirmed', 'disclosed'];

/** Verbs whose object is a coming event (a strike, storms, a vote): under a present perfect, the day beside them is the event's. */
export const WARNING_VERBS = ['warned', 'threatened', 'called', 'announced', 'forecast', 'predicted', 'promised', 'pledged', 'vowed', 'scheduled', 'planned', 'proposed', 'urged'];

/** Verbs of an order or advice given to someone, an infinitive after them: "were told to boil water until Thursday", "ordered the crews to leave by Friday". */
export const DIRECTIVE_VERBS = ['told', 'ordered', 'urged', 'advised', 'asked', 'instructed', 'directed'];

/**
 * Words of bail, remand or an order that set a court date, an infinitive of appearing after them: "was bailed to appear on
 * Monday", "remanded in custody to appear again on Friday", "summonsed to attend court" (cues.ts, 'bailed to appear').
 */
export const HEARING_SETTERS = ['bail(?:ed)?', 'remanded', 'summons(?:ed)?', 'summoned', 'ordered'];

/**
 * Past verbs of a hearing held: told after the court date that bail or an order set, they say the
 * appearance is done, not to come ("was bailed to appear on Monday, where he pleaded not guilty",
 * "had been ordered to attend court on Monday but failed to turn up").
 */
export const HEARING_HELD_PASTS = [
  'pleaded', 'pled', 'appeared', 'entered (?:an? )?(?:[a-z]+ )?pleas?', '(?:was|were) (?:sentenced|convicted|fined|jailed|acquitted|cleared|found guilty)',
  'failed to (?:appear|attend|turn up|show up|surrender)', "(?:did not|didn['’]t) (?:appear|attend|turn up|show up|surrender)",
];

/**
 * Past verbs after which "open" or "close" is the state something came to or kept, not the
 * timetable's verb ("The seat came open in February", "the gates swung open on Monday", "two
 * shops stayed open on Thursday"): the past verb tells the tense (cues.ts, 'scheduled present').
 */
export const PASTS_BEFORE_A_STATE = ['came', 'swung', 'stayed', 'remained', 'broke', 'burst', 'flew', 'sprang', 'blew', 'kept', 'held', 'stood', 'was', 'were', 'been', 'pried', 'forced', 'slid', 'threw', 'thrown', 'left'];

/** Nouns a "to" takes as a place or a state, not the verb of an infinitive: "was laid to rest on", "put to death on", "rushed to hospital on" (tense.ts pastActAt). */
export const NOUNS_AFTER_TO = ['rest', 'death', 'hospital', 'prison', 'jail', 'court', 'trial', 'justice', 'custody', 'safety', 'power', 'office', 'exile', 'bed'];

/**
 * Present verbs of getting ready for, or waiting on, a coming happening: the day of what they
 * govern is ahead ("Senators are preparing for a crucial vote on Monday", "the country awaits the
 * verdict Friday"). Present forms only: "prepared for the vote on Monday" tells of then.
 */
export const READYING_VERBS = [
  'prepares? for', 'preparing for', 'braces? for', 'bracing for', 'gears? up for', 'gearing up for', 'gets? ready for', 'getting ready for',
  'awaits?', 'awaiting', 'looks? ahead to', 'looking ahead to', 'heads? into', 'heading into', 'counts? down to', 'counting down to',
];

/**
 * Present-tense verbs of wanting, proposing or foreseeing a thing (a noun object, not an
 * infinitive: 'intends to' reads those): the time given to what they want is still to come
 * ("the union wants a rise from July", "nurses demand a pay award in October", "analysts
 * expect a recovery by September"). Present forms only: "wanted a rise in July" tells of then.
 */
export const WISH_VERBS = [
  'wants?', 'seeks?', 'demands?', 'proposes?', 'expects?', 'predicts?', 'projects?', 'foresees?', 'envisages?', 'envisions?', 'forecasts',
  'calls? for', 'asks? for', 'hopes? for', 'aims? for', 'presses? for', 'pushes? for', 'lobbies for', 'lobby for', 'argues? for',
  // Advice: what is advised is still to be done ("doctors recommend a booster in the spring").
  'recommends?', 'advises?', 'urges?',
];

/**
 * Present-tense verbs of receiving, paying or changing: with a month or day after "from" they tell
 * a change still to come, as a timetable does ("pensioners get the increase from October", "fares
 * rise 4 percent from January", "households pay the new tariff from March", "schools reopen from
 * Monday"). Present forms only:
 * "got the increase from October" tells of then.
 */
export const CHANGE_FROM_VERBS = [
  'gets?', 'receives?', 'pays?', 'rises?', 'goes up', 'go up', 'falls?', 'takes? effect', 'comes? into (?:force|effect)', 'kicks? in', 'starts?', 'begins?',
  'changes?', 'switch(?:es)?', 'moves?', 'costs?', 'charges?', 'faces?', 'enters?', 'opens?', 'reopens?', 'resumes?', 'closes?', 'shuts?',
];

/**
 * Present-tense verbs of habit or state, not of one act: after "<people> today" they tell how
 * things are these days ("young drivers today earn less", "children today eat more sugar"),
 * where an act's verb tells of the day ("EU leaders today meet in Brussels").
 */
export const HABITUAL_PRESENT_VERBS = [
  'earn', 'spend', 'use', 'eat', 'drink', 'face', 'live', 'need', 'own', 'pay', 'work', 'read', 'watch', 'prefer', 'tend', 'know', 'feel',
  'worry', 'struggle', 'rely', 'expect', 'want', 'see', 'buy', 'save', 'travel', 'sleep', 'marry', 'learn',
];

/** A list as a regular-expression alternation. */
export const alternation = (words: readonly string[]) => words.join('|');

/**
 * The end of a word, after a word character: the test `\b` makes there, which V8 compiles to a third of the bytecode
 * after a long alternation such as IRREGULAR_PAST's (291 KB -> 95 KB in the tense cue, a fifth of the first run's compile).
 * Only where every alternative before it ends in a word character ("didn't" does).
 */
export const WORD_END = String.raw`(?!\w)`;

/** An irregular past, prefixed or not ("built", "rebuilt", "overran"), as a pattern: the caller puts the word boundaries around it. */
export const IRREGULAR_PAST = String.raw`(?!(?:${alternation(NOT_PREFIXED_PASTS)})\b)(?:${alternation(PAST_PREFIXES)})?(?:${alternation(IRREGULAR_PASTS)})`;

/** A past participle: "sealed", "taken" (not "often", "open": EN_NON_PARTICIPLES), "told" (IRREGULAR_PARTICIPLES). */
export const PARTICIPLE = String.raw`(?:\w+ed|(?!(?:${alternation(EN_NON_PARTICIPLES)})\b)\w+en|${alternation(IRREGULAR_PARTICIPLES)})\b`;
