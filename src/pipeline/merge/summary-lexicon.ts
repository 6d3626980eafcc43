/**
 * The word lists of an event's summary (summary-sentence.ts): what opens or closes a news
 * sentence around the clause that reports the happening, and who says so.
 */

/** A place in capitals and a colon before a story (Gulf and Asian papers: "MUSCAT: …", "KUALA LUMPUR: …"), or a live blog's "UPDATE:". */
export const CAPITALS_LEAD = /^[A-Z]{3,}(?:[ .'’-]+[A-Z]{2,})*:\s+/;

/** A town and a day with a dash and no agency, the way regional papers file: "Kyiv, 3 June - ", "Tashkent, March 4 — ". */
export const TOWN_DAY_DASH = /^[\p{Lu}][\p{Ll}'’]+(?:[ -][\p{Lu}][\p{Ll}'’]+)*,\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}{2,8}|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})\.?\s+(?:--|[-–—])\s+/u;

/**
 * A phrase before the sentence's subject that frames the news and is not it: what the speaker
 * was doing ("Speaking to reporters aboard Air Force One,"), what came before or around it
 * ("Following Trump's conversation with Putin,", "Ahead of the Geneva negotiations,"), where
 * the words came from ("Citing its sources,"). Up to the first comma; a summary starts after it.
 */
export const LEAD_IN =
  /^(?:Speaking|Talking|Writing|Addressing|Asked|Answering|Citing|Quoting|Following|Ahead\s+of|After|Before|While|Despite|Amid|Meanwhile|However|Separately|Earlier|Later|In\s+a\s+(?:statement|post|video|message|briefing|social\s+media\s+post)|In\s+remarks|In\s+an\s+interview)\b[^,;:"“”]{0,100},\s+(?=\S)/i;

/** A sentence whose subject stands for someone named before: nobody reading the summary alone knows who. */
export const PRONOUN_OPENING = /^(?:(?:[Hh]e|[Ss]he|[Tt]hey|It|His|Her|Their|Its)\b(?!['’]s\s)|(?:This|That|These|Those)\s+(?=(?:is|was|are|were|has|had|have|will|would|comes?|came|means?|meant|follows?|followed)\b))/;

/**
 * A sentence that says when "it" happened by what came before: "It took place one day after
 * Trump declared …", "It came as the envoys met …". What follows is a clause of its own, with a
 * subject a reader knows; the summary starts there.
 */
export const PRONOUN_TIMED = /^(?:It|This|That)\s+(?:came|comes|took\s+place|takes\s+place|happened|followed|follows|was\s+held|is\s+being\s+held)\s+(?:[^,;:"“”]{0,40}?\s+)?(?:after|before|as|when|while)\s+(?=\p{Lu})/u;

/** "They" as the subject, the pronoun a plural subject of the sentence before makes plain (GROUP_SUBJECT). */
export const GROUP_PRONOUN_OPENING = /^[Tt]hey\b(?=\s+\p{Ll})/u;

/**
 * The plural subject a sentence opens with, before its verb: "The Kenyan and Ugandan energy
 * ministers | flew to Jinja", "Both delegations | arrived". A common noun in the plural heads it;
 * a name does not ("The United States").
 */
export const GROUP_SUBJECT =
  /^((?:The|Both)\s+(?:[\p{L}’'-]+\s+){0,5}?\p{Ll}+(?:[^su\s]s|ies|men))\s+(?=(?:\p{Ll}+ed|flew|met|went|came|held|spoke|left|began|sat|have|had|were|are|will|would)\b)/u;

/** "He" or "she" as the subject (lower case after a framing phrase), the pronoun an article's earlier sentence can make plain. */
export const PERSON_PRONOUN_OPENING = /^(?:[Hh]e|[Ss]he)\b(?=\s+\p{Ll})/u;

/**
 * "He" or "she" as the subject after a short phrase of time that no comma sets off: "On
 * Wednesday he flies to South Korea", "Last week she said …". The phrase stays; the pronoun is
 * named as at an opening.
 */
export const PERSON_PRONOUN_AFTER_TIME = /^((?:On|By|Late|Early|Earlier|Later|Last|Next|Then|Since|Until)\b[^,;:"“”]{0,30}?,?\s+)(?:he|she)\b(?=\s+\p{Ll})/u;

/** A name (from its surname on) right before its verb of saying: "Zelenskyy said on Friday", "Umerov, the delegation's head, told reporters". */
export const SPEAKER_AFTER_NAME = /^[\p{L}'’-]+(?:,\s+[^,;:"“”]{2,60},)?\s+(?:said|says|told|added|wrote|noted|stated|announced|confirmed)\b/u;

/** "He" or "she" as the speaker of a closing attribution: "…, he said.", "…, she told reporters on Friday." */
export const PERSON_PRONOUN_SPEAKER = /^(,["”’]?\s+)(?:he|she)\b(?=\s+(?:said|says|told|added|wrote|noted|stated|announced|confirmed)\b)/u;

/**
 * Who says so, closing the sentence: "…, the Kremlin said.", "…, he said, adding that …", "…, Kremlin aide Yuri Ushakov said
 * on Tuesday.", "…, Yury Ushakov, a Kremlin aide, said on Monday.", "…, according to a joint
 * statement." The speaker is a phrase without a comma of its own but one aside.
 */
export const ATTRIBUTION_TAIL =
  /,["”’]?\s+(?:(?:[^,;:"“”]{2,90}?(?:,\s+[^,;:"“”]{2,60},)?\s+(?:said|says|told\s+(?:reporters|journalists|[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,3})|reported|reports|announced|confirmed|added|wrote|stated|noted|posted)(?:\s+(?:on|late\s+on|early\s+on|in|after)\s+[^,;:"“”]{1,60})?(?:,\s+adding\b[^"“”]{2,160})?)|according\s+to\s+[^;:"“”]{2,120})\s*[.!?]["”’]?$/u;

/**
 * Who says so, opening the sentence: names and offices, then a verb of saying ("Rustem Umerov
 * said the teams met …", "US President Donald Trump told reporters on October 6 that …",
 * "The Kremlin had said on Tuesday that …", "the Associated Press (AP) reported that …").
 */
export const ATTRIBUTION_OPENING =
  /^(?:(?:the|of|for|and|de|von|der|al|bin|[\p{Lu}][\p{L}.'’-]*,?|\([\p{Lu}]{2,8}\))\s+){1,9}(?:[^,;:"“”]{1,60},\s+)?(?:has\s+|had\s+|have\s+)?(?:said|says|told|tells|announced|announces|confirmed|confirms|reported|reports|wrote|writes|stated|declared|posted)\b/u;

/** A sentence in its writer's own voice ("We announced a new aid package …", "I told the envoy that …"): its "I" or "we" names no one, so its outlet is credited. */
export const OWN_VOICE_OPENING = /^(?:I|We)\s/u;

/** Anywhere in a sentence: the words come from someone it names ("…, an Indian army statement said, and agreed …"). */
export const ATTRIBUTED_WITHIN =
  /(?:,\s+(?:[^,]{2,60}\s+)(?:said|told\s+reporters|told\s+journalists|reported|announced|confirmed),|\baccording\s+to\b|\b(?:said|says|told\s+(?:reporters|journalists)|announced|confirmed|declared|wrote)(?:\s+(?:on|earlier|late|in)\s+[^,;:"“”]{1,30}?)?\s*(?::|\s+that\b))/;

/**
 * After the clause that reports the happening, what sets it in time or context rather than
 * saying what happened: "…, a day after Trump's long call with the Kremlin leader", "…, as
 * diplomatic efforts intensify", "…, in what could be a pivotal step", "…, which ended on
 * Monday", "…, ending months of threats", "…, the first since the round planned for late
 * August was postponed". Each begins at a comma; the summary ends before it.
 */
export const TRAILING_BACKGROUND =
  /,\s+(?=(?:(?:just|only|some|about|barely|shortly|hours|days|weeks|months|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\b[^,;]{0,30}?\b(?:after|before|since|later|earlier|ahead\s+of)\b|as\s+(?!well\b|part\b|expected\b)|amid\b|ahead\s+of\b|in\s+what\b|while\b|which\b|whereas\b|ending\b|marking\b|seeking\b|capping\b|following\b|despite\b|even\s+though\b|though\b|although\b|the\s+(?:first|second|third|latest|last)\b|their\s+(?:first|second|third|latest|last)\b|its\s+(?:first|second|third|latest|last)\b|a\s+(?:high-stakes|rare|key|pivotal|major|blow|sign|move|step)\b))/gu;

/**
 * Where a sentence still too long for a summary may end: before a further clause joined by
 * "and", or one of what the subject did meanwhile ("…, telling reporters that …", "…, adding
 * that …", "…, urging Iran to …").
 */
export const LONG_CLAUSE = /,\s+(?=and\s|(?:telling|saying|adding|urging|accusing|noting|casting|calling|warning|stressing|insisting|arguing|describing|pledging|promising|vowing)\s)/gu;

/** Where a sentence of two parts divides: "…, yet one user on X quipped …: before the rites got under way, Trump and Zelensky met …". */
export const PART_BREAK = /[:;]\s+|,\s+(?:yet|but)\s+/gu;

/** The words a summary may run to: one line of news, about the length of a wire lede. */
export const SUMMARY_MAX_WORDS = 40;
