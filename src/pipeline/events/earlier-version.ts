import { EARLIER_VERSION_TOLD, EARLIER_VERSION_TOLD_ON } from './lexicon.ts';

/**
 * "An earlier version of this article said the memorandum was signed on 18 April. It was signed on 17 April. It also said that the
 * minister arrived on Sunday; she arrived on Monday": a correction tells what the article wrongly said, then what is so. The wrong
 * clause, from the telling of the earlier version to its semicolon or its sentence's end, reports nothing, so its day is no evidence
 * of any event; what the correction says is so (after the semicolon, in the next sentence) is read as any sentence is. A sentence
 * going on with what the earlier version said ("It also said …", "It also gave …") in the correction's paragraph is a wrong clause
 * too. Returns where the wrong clause ends, and whether the sentence opens the correction (its paragraph's sentences then go on
 * with it), or undefined when the sentence has no wrong clause.
 */
export function wrongVersionClause(text: string, inCorrection: boolean): { end: number; opens: boolean } | undefined {
  const opening = EARLIER_VERSION_TOLD.exec(text);
  const told = opening ?? (inCorrection ? EARLIER_VERSION_TOLD_ON.exec(text) : null);
  if (!told) return undefined;
  const semicolon = text.indexOf(';', told.index);
  return { end: semicolon < 0 ? text.length : semicolon, opens: opening !== null };
}
