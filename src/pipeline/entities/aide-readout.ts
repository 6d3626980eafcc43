import type { CandidateEvent } from '../events/candidate.ts';
import { kindFamily } from '../events/kinds.ts';
import { AIDE_APPOSITION, AIDE_BEFORE, AIDE_WORD } from './lexicon.ts';
import type { EntityMention } from './recognise.ts';

/**
 * "Putin hosted Witkoff and Kushner at the Kremlin on December 2. Yuri Ushakov, an aide to the
 * Russian president, said the two sides went through the proposals": an aide who gives the
 * account of a call or a meeting in the sentence right after it was in it, as the same account
 * in the meeting's own sentence says (roles.ts). Only a sentence that reports nothing itself.
 */
export function aidesAtReadout(candidates: CandidateEvent[], sentences: { index: number; text: string }[], read: (text: string) => EntityMention[]): void {
  for (const sentence of sentences) {
    if (!AIDE_WORD.test(sentence.text) || candidates.some((c) => c.evidence.some((e) => e.sentence === sentence.index))) continue;
    const reported = candidates.filter((c) => (kindFamily(c.kind) === 'gathering' || c.kind === 'call') && c.evidence.some((e) => e.sentence === sentence.index - 1));
    if (reported.length !== 1) continue;
    const event = reported[0]!;
    for (const m of read(sentence.text)) {
      const aide = m.entity.type === 'person' && (AIDE_APPOSITION.test(sentence.text.slice(m.end)) || AIDE_BEFORE.test(sentence.text.slice(Math.max(0, m.start - 40), m.start)));
      if (aide && !event.participants.includes(m.entity.id)) event.participants.push(m.entity.id);
    }
  }
}
