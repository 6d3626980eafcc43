/**
 * The word lists of parsing that other stages read as well: a live entry's clock stamp is where parse/sentences.ts joins a
 * stamp line to its entry, and where events/lexicon.ts reads the entry's posting time (ENTRY_STAMP); a dotted title is where
 * a full stop ends no sentence, and where entities/lexicon.ts reads a title before a name.
 */

/** A live entry's clock time, with a thread's post number, "am" and a zone ("9/ 21:40", "9.15am", "14:05 GMT"), all on one line. */
export const CLOCK_STAMP = String.raw`(?:\d{1,2}\/[^\S\n]*)?\d{1,2}[:.]\d{2}[^\S\n]*(?:[ap]\.?m\.?(?![a-z])[^\S\n]*)?(?:(?:GMT|UTC|[A-Z]{2,4}T)\b[^\S\n]*)?`;
/**
 * A clock time alone on its line, above the entry it stamps ("19:40", "09:45 GMT"): the entry's first sentence is read
 * with it, as one after "19:40 —" is (the line break ends ENTRY_STAMP as the dash does).
 */
export const STAMP_LINE = new RegExp(String.raw`^${CLOCK_STAMP}$`, 'i');

/**
 * Offices and ranks as copy abbreviates them with a full stop before a name ("Pres. Ana Ruiz",
 * "Amb. Tomas Lind", "Lt. Gen. Omar Aziz", "Rev. Joan Ellis"): the stop ends no sentence
 * (sentences.ts) and the word is a title, not a name (entities/lexicon.ts TITLE_WORDS).
 */
export const DOTTED_TITLES = [
  'Pres', 'Amb', 'Sen', 'Rep', 'Gov', 'Gen', 'Adm', 'Sec', 'Secy', 'Dep', 'Maj', 'Brig', 'Col', 'Lt', 'Cmdr', 'Cdr', 'Capt',
  'Sgt', 'Cpl', 'Rev', 'Hon', 'Atty', 'Supt', 'Insp', 'Msgr', 'Prof',
] as const;
