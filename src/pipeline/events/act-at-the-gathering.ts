import { datedByLead, kindFamily, occasionOf } from './kinds.ts';
import { ACT_IN_THE_PLUPERFECT } from './lexicon.ts';
import type { Mention } from './mention.ts';

/**
 * "More than twenty leaders met at the resort yesterday afternoon. Velic, Marsk and the Emir signed a short document backing the
 * truce.": an act its doers do at a table (the kinds table's `occasion: 'whenPlaced'`: a text signed, an agreement reached), told as
 * done with no day of its own in the sentence right after a gathering of its paragraph dated to one day, was done there, that day,
 * not on the day the story ran nor on none: it takes the gathering's day and place, so merging reads it as that gathering's occasion
 * when they share someone (merge/family.ts toldByItsAct). Told in the pluperfect ("They had signed a truce"), it came before, on no day told.
 */
export function actsAtTheGatheringBefore(found: Mention[], before: Mention[]): void {
  const gathering = before.findLast((b) => b.date?.precision === 'day' && !b.future && !b.quoted && kindFamily(b.rule.kind) === 'gathering');
  if (!gathering) return;
  for (const m of found) {
    if (m.date || m.dateWithheld || m.reference || m.future || m.quoted || m.series || !datedByLead(m.rule) || occasionOf(m.rule.kind, m.rule.noun) !== 'whenPlaced') continue;
    if (ACT_IN_THE_PLUPERFECT.test(m.sentence.text.slice(0, m.end))) continue;
    [m.date, m.dateAt] = [gathering.date, undefined];
    m.place ??= gathering.place;
  }
}
