import { EVENT_KINDS, type EventKind, KINDS, type Trigger } from './kinds.ts';

/** A trigger of the kinds table with its kind, in the table's order (earlier rules win overlaps). */
export interface TriggerRule extends Trigger {
  kind: EventKind;
}

export const TRIGGERS: TriggerRule[] = KINDS.flatMap((kind) => EVENT_KINDS[kind].triggers.map((trigger: Trigger) => ({ kind, ...trigger })));

/** A trigger right after these words is no event ("no scheduled meetings"). */
export const NEGATED = /\b(?:no|not|never|without)\s+(?:[\w‑-]+\s+){0,2}$/i;
/** …nor a series of them ("multiple meetings", "earlier rounds"); a crowd of "several hundred demonstrators" still gathers. */
export const GENERIC = /\b(?:multiple|several|many|numerous|various|earlier|previous|prior|past|other|any|such)\s+(?:[\w‑-]+\s+){0,2}$/i;

/** A definite description points back at an event already reported ("the call", "Thursday’s session"). */
export const DEFINITE = /(?:\b(?:the|this|that|these|those|its|his|her|their)|['’]s)\s+(?:[\w‑–-]+\s+){0,3}$/i;
/** …unless it introduces a new one ("the next round", "the upcoming meeting"). */
export const NEW_EVENT_MODIFIER = /\b(?:next|upcoming|proposed|first|second|third|new|pivotal|planned|potential)\b/i;

/** Leading subordinate clauses name a different event than the main clause ("Following Trump’s conversation with Putin, …"). */
export const LEADING_CLAUSE = /^(?:Following|After|Before|Ahead of|During|Since|Despite|In a [^,]{0,40}following)\b[^,]{0,120},/;

export const FUTURE = /\b(?:agreed\s+to|expects?|hopes?|opportunity\s+to|aims?\s+to|wants?\s+to|to\s+(?:start|begin|open|hold|resume)|will|would|shall|scheduled|slated|expected|set\s+to|plans?\s+to|planned|upcoming|next|prepare\s+to|preparing\s+to|is\s+to|are\s+to|tentatively|potential|proposed|could|may|might|hopes?\s+to|due\s+to)\b/i;

/** An event that others prepare for is still ahead: "ahead of renewed negotiations". */
export const PROSPECT = /\b(?:ahead\s+of|preparations?\s+for|in\s+preparation\s+for|precursor\s+to|groundwork\s+for)\s+(?:[\w‑–.-]+\s+){0,4}$/i;

/** A verb that tells something took place: an undated report needs one to be the day's news. */
export const TOOK_PLACE = /\b(?:held|had|spoke|spoken|met|ended|began|begun|opened|took\s+place|launched|hit|struck|announced|concluded|wrapped\s+up|convened|hosted|talked)\b/i;

/** Past events that an article mentions as background, not as its news. */
export const BACKGROUND = /\b(?:earlier|previous|previously|prior|recently|ongoing|including|since|in\s+the\s+past)\b/i;

/** Sentences that say who took part in the article's main gathering without naming it again. */
export const PARTICIPATION = /\b(?:delegation\s+(?:is\s+)?(?:led|headed)\s+by|(?:led|headed)\s+by|representing|present\b|participat\w*|involved|attend\w*)/i;

/** Persons named as spokespeople report an event; they do not take part in it. */
export const SPOKESPERSON_BEFORE = /\b(?:spokesman|spokeswoman|spokesperson)\s+$/i;
/** "Trump adviser Jared Kushner", "Putin’s special envoy": the first name only qualifies the second. */
export const POSSESSOR_AFTER = /^(?:['’]s)?\s+(?:special\s+|top\s+|chief\s+)?(?:envoys?|advisers?|advisors?|aides?|team|administration|negotiators?|spokes\w+|government|comments?|demand|call)\b|^(?:['’]s)?\s+(?:President|Prime|Secretary|Special|Ambassador|Senator|Representative|Defense|Vice|officials?|forces|military|leaders?)\b/;
