/**
 * Characters no output may carry: C0 controls other than tab, line feed and carriage return
 * (forbidden by XML 1.0 and iCalendar), DEL and the C1 controls (forbidden by iCalendar,
 * errors in HTML), the non-characters U+FFFE and U+FFFF (forbidden by XML 1.0), and lone
 * surrogates (not Unicode at all).
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/gu; // with /u, a surrogate matches only when it is alone

/**
 * The text with every forbidden character replaced by a space. Content passes through here
 * where it is read (articles, corrections, gazetteer), so that RSS, iCalendar, HTML, JSON-LD,
 * share cards and events.json never receive one; a space keeps the text's length, so the
 * quote offsets into an article stay exact.
 */
export function withoutForbiddenCharacters(text: string): string {
  return text.replace(FORBIDDEN, ' ');
}
