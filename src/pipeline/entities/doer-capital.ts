import type { CandidateEvent } from '../events/candidate.ts';
import { doneThere } from './dateline-place.ts';

/**
 * "The Federal Reserve lowered its main interest rate on Wednesday", "France's National Assembly withdrew its confidence from
 * the prime minister": an act or a gathering told done, its sentence opened by a body that sits in its state's capital, was
 * done in that capital, where the body sits. Like a dateline's town (dateline-place.ts), the capital is the event's only when
 * none of its reports says where (merge/summarise.ts), and merging never reads it.
 */
export function placeAtDoersCapital(candidates: CandidateEvent[], doersCapital: (text: string) => string | undefined): void {
  for (const c of candidates) {
    if (c.place !== null || c.status !== 'occurred' || !doneThere(c)) continue;
    const capital = c.evidence.map((e) => doersCapital(e.text)).find((id) => id !== undefined);
    if (capital !== undefined) c.doersCapital = capital;
  }
}
