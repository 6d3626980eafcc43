/**
 * Page furniture: the text a news site puts around an article. Each rule is matched against
 * a block's whole plain text (trimmed), so a sentence that merely mentions "share" or
 * "comment" is never touched. Rules describe kinds of furniture, not particular seed files.
 */

export interface FurnitureRule {
  name: string;
  pattern: RegExp;
}

/** Blocks that are furniture wherever they stand. */
export const FURNITURE_LINES: readonly FurnitureRule[] = [
  // Share buttons become one- or two-word lines when a page is saved as text.
  {
    name: 'share button',
    pattern: /^(?:share(?: this(?: article| story)?| on \w+)?|tweet|e-?mail|print|copy link|facebook|twitter|linkedin|whatsapp|telegram|reddit)$/iu,
  },
  // Comment-form prompts (WordPress and similar): never the reporter's words.
  {
    name: 'comment form',
    pattern:
      /^(?:leave a (?:comment|reply)|post a comment|your email address will not be published\b.*|required fields are marked\b.*|you must (?:be )?(?:register(?:ed)?|log ?(?:ged )?in|sign ?in)\b.*\bcomment\.?)$/iu,
  },
  // A video embed saved as text: the clip's title, the credit, then the player's status and
  // time codes ("… by RFE/RL No media source currently available 0:00 0:00:52 0:00").
  {
    name: 'video player',
    pattern: /no media source currently available|(?:\b\d{1,2}:\d{2}(?::\d{2})?\s+){2}\d{1,2}:\d{2}(?::\d{2})?$/iu,
  },
  // A line of nothing but hashtags is the site's tagging, not a sentence.
  { name: 'hashtag line', pattern: /^#[\p{L}\p{N}_]+(?:[\s,]+#[\p{L}\p{N}_]+)*$/u },
  { name: 'advertisement label', pattern: /^(?:advertisement|sponsored(?: content)?|ad|story continues below(?: advertisement)?)$/iu },
  {
    name: 'cookie banner',
    pattern:
      /^(?:we use cookies\b.*|this (?:web)?site uses cookies\b.*|accept(?: all)?(?: cookies)?|reject(?: all)?|(?:manage )?cookie (?:settings|preferences|policy))$/iu,
  },
  {
    name: 'newsletter prompt',
    pattern: /^(?:subscribe(?: now)?|sign up(?: now)?|(?:sign up|subscribe) (?:to|for) (?:our|the)\b.{0,60}newsletter\b.*|get the newsletter)$/iu,
  },
  { name: 'skip link', pattern: /^skip to (?:main )?content$/iu },
  // A bare time stamp ("Updated February 25, 2026 at 3:45 PM"): the page's, not the story's.
  {
    name: 'time stamp',
    pattern:
      /^(?:(?:published|updated|posted)(?: on)?:?\s*)?(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}|\d{4}-\d{2}-\d{2})(?:[ ,]+(?:at )?\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,5})?)?$/iu,
  },
];

/**
 * Blocks after which nothing belongs to the article: lists of other stories and comment
 * sections. They cut only after the article has begun (see `cutTail`), because some themes
 * put a "Leave a comment" link above the story.
 */
export const TAIL_MARKERS: readonly FurnitureRule[] = [
  {
    name: 'related articles',
    pattern:
      /^(?:related(?: articles| stories| content| posts| coverage| news)?|more stories|more from [\p{L}\p{N} ]+|you may also like|recommended(?: for you)?|most (?:read|popular)|read next)$/iu,
  },
  {
    name: 'comment section',
    pattern: /^(?:leave a (?:comment|reply)|\d+ (?:comments?|responses?)|comments|join the (?:discussion|conversation))$/iu,
  },
];

/**
 * A photo-gallery embed saved as text: the gallery's title run into its caption
 * ("Photo Gallery: Here Is What … For Ukraine US President Donald Trump told reporters …").
 */
export const GALLERY_TITLE_PREFIX = /^(?:photo gallery|gallery|in pictures|photos):\s*/iu;

/** Short words that Title Case headlines are built around; the last one nears a gallery title's end. */
export const TITLE_CASE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor for of to in on at by with from into over after before about as ' +
    'is are was were be been do does did could can will would should may might must ' +
    'what how why when where who which this that these those its it up out'
  ).split(' '),
);

/**
 * Words that make a kept block worth an editor's look: furniture inside a longer line,
 * which no whole-line rule may remove without risking a reporter's sentence.
 */
export const FURNITURE_WORDS =
  /\b(?:subscribe|newsletter|sign up|click here|follow us|read more|all rights reserved|cookies?|advertisement)\b|©/iu;
