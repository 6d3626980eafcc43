/**
 * Characters no output may carry: C0 controls other than tab, line feed and carriage return
 * (forbidden by XML 1.0 and iCalendar), DEL and the C1 controls (forbidden by iCalendar,
 * errors in HTML), the non-characters U+FFFE and U+FFFF (forbidden by XML 1.0), and lone
 * surrogates (not Unicode at all); and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which reorder the text after them: one left open in a title
 * would turn round the rest of its line on a page, in a feed reader or on a share card. They are
 * taken out where text is read, not isolated where it is shown, because a page's <title>, its
 * meta descriptions, RSS, iCalendar and the cards have no markup to isolate them with; right-to-left
 * text needs none of them (the marks U+200E and U+200F, which reorder nothing, are kept).
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/gu; // with /u, a surrogate matches only when it is alone

/**
 * The text with every forbidden character replaced by a space. Content passes through here
 * where it is read (articles, corrections, gazetteer), so that RSS, iCalendar, HTML, JSON-LD,
 * share cards and events.json never receive one; a space keeps the text's length, so the
 * quote offsets into an article stay exact.
 */
export function withoutForbiddenCharacters(text: string): string {
  return text.replace(FORBIDDEN, ' ');
}
