import { OUTLET_REPORTED, UNNAMED_SPEAKER } from './lexicon.ts';

/** How far before its verb an unnamed speaker's subject may begin ("A spokesperson for the Ministry of National Defense told"). */
const SUBJECT_REACH = 90;

/**
 * The speaker of a verb of saying when it is no one's name but an institution or its voice, the
 * whole subject of the verb: "China's foreign ministry said", "A Kremlin spokesman told
 * reporters", "Officials at the oil ministry said on Sunday", "Reuters had reported". Statements
 * are news in their own right; a speaker the name recognition cannot type still makes one.
 */
export function unnamedSpeaker(text: string, verbStart: number): string | undefined {
  const from = Math.max(0, verbStart - SUBJECT_REACH);
  // The subject must open its clause: a sentence cut at `from` would make any word its start.
  const head = from === 0 ? text.slice(0, verbStart) : text.slice(from, verbStart).replace(/^\S*\s/, ' ');
  const institution = UNNAMED_SPEAKER.exec(from === 0 ? head : `,${head}`)?.[1];
  if (institution) return institution.trim();
  if (!/^report(?:ed|s)\b/.test(text.slice(verbStart))) return undefined;
  return OUTLET_REPORTED.exec(from === 0 ? head : `,${head}`)?.[1]?.trim() || undefined;
}
