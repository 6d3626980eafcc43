/**
 * Words that tell what kind of report a sentence is: the periods of a game ("the fourth quarter",
 * "the second half") read as time only in a report of money or output, never in a game's.
 */

/** Words of a game's report (American sports copy): a quarter beside them is a period of play. */
export const GAME_WORDS = /\b(?:points|rebounds|touchdowns?|field\s+goals?|led\s+by|trailed|buzzer|overtime|halftime|quarterback|jumper|free\s+throws?)\b/i;

/** Words of football and rugby reports, whose halves are periods of play ("scored in the second half"). */
export const FIELD_GAME_WORDS = /\b(?:goals?|scored|scores|equali[sz]ed|penalty|penalties|kick[-‐\s]?off|striker|keeper|match|tries|referee)\b/i;

/** Words of a report of money: a quarter beside them is a part of the year. */
export const MONEY_WORDS = /\b(?:profits?|sales|revenue|earnings|per\s+cent|percent|economy|growth|share|shares|dividend|results)\b|%|\$/i;

/** A record compared across years after a superlative ("its busiest first half since 2008", "on record", "in a decade"): a half so compared is the year's. */
export const YEARS_COMPARED_AFTER = /^\s+(?:since\s+(?:19|20)\d\d|on\s+record|in\s+(?:a|\w+)\s+(?:decades?|years))\b/i;

/** Words of a report of output, trade or the economy, which halves of the year are told in as money is. */
export const OUTPUT_WORDS = /\b(?:surplus|deficit|output|production|exports?|imports?|inflation|shipments|orders|arrivals|economists|trade|investment|demand|spending|consumption)\b/i;

/**
 * What stands before "fall" as a decline, not the season: an article, a size or an amount of the
 * drop ("a fall in 1998", "a sharp fall in 1997", "the 5 percent fall in 1999", "a further fall").
 */
export const DECLINE_BEFORE_FALL =
  /\b(?:an?|sharp|sharper|steep|steeper|slight|further|big|bigger|biggest|small|modest|sudden|dramatic|heavy|marked|record|annual|renewed|\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|[\w.]+-(?:point|percent))\s+$/i;
