/**
 * Letters Unicode decomposition leaves whole, written as English text writes them: NFD takes
 * the marks off "é" and "ğ" but not off "ø", "æ" or "ß". One table for matching names, the ids
 * of the people and places found, and event ids, so "Kjær" is "kjaer" everywhere (it was
 * "kj-r" in an id while matching read it whole).
 */
const LETTERS_NFD_KEEPS: Readonly<Record<string, string>> = {
  ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', ł: 'l', Ł: 'L',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ı: 'i',
};

/** One character without its marks; more than one character for a ligature ("æ" → "ae"). */
export function foldLetter(c: string): string {
  return LETTERS_NFD_KEEPS[c] ?? c.normalize('NFD').replace(/\p{M}/gu, '');
}

const NFD_KEEPS = new RegExp(`[${Object.keys(LETTERS_NFD_KEEPS).join('')}]`, 'gu');

/** A text without marks, its ligatures and stroked letters written out. */
export function foldLetters(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(NFD_KEEPS, (c) => LETTERS_NFD_KEEPS[c]!);
}
