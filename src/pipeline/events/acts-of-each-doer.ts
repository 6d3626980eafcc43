import type { EntityMention } from '../entities/recognise.ts';
import type { Mention } from './mention.ts';

/** What parts two doers told together ("Vell and Ruiz", "Vell, Ruiz and Marr"). */
const BETWEEN_DOERS = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;
/** What may stand between the last doer and the act: words that tell it of them all ("both", "each") and its auxiliaries ("were arrested"), no clause of another verb. */
const BEFORE_THE_ACT = /^\s+(?:(?:both|each|all|also|then|later|have|has|had|were|was|been)\s+)*$/;

/**
 * "Tim Davie and Deborah Turness both resigned on Sunday", "Vell and Marr were arrested on Tuesday": an act one person does or undergoes
 * alone (the kinds table's `personal`) told of several people named together as its subject is one act of each, as other reports tell
 * them one by one; one report of both would join only one of them. Only the names joined right before its words are its doers: one named
 * elsewhere in the sentence ("Vell resigned on Sunday, and Ruiz said …") only speaks of it.
 */
export function actsOfEachDoer(found: Mention[], named: EntityMention[], text: string): Mention[] {
  const each: Mention[] = [];
  for (const m of found) {
    if (!m.rule.personal || m.persons.length < 2) continue;
    const [first, ...others] = doersBefore(m, named, text);
    if (first === undefined || others.length === 0) continue;
    const of = (doer: string): Pick<Mention, 'persons' | 'roles'> => ({ persons: [doer], ...(m.roles ? { roles: { ...m.roles, present: [doer] } } : {}) });
    each.push(...others.map((doer) => ({ ...m, ...of(doer) })));
    Object.assign(m, of(first));
  }
  return each;
}

/** The people among a mention's named as the chain of its subject, read back from its words, in the sentence's order. */
function doersBefore(m: Mention, named: EntityMention[], text: string): string[] {
  const doers: string[] = [];
  let at = m.start;
  for (let gap = BEFORE_THE_ACT; ; gap = BETWEEN_DOERS) {
    const nearest = named.filter((e) => e.end <= at).reduce<EntityMention | undefined>((best, e) => (!best || e.end > best.end || (e.end === best.end && e.start < best.start) ? e : best), undefined);
    if (!nearest || !m.persons.includes(nearest.entity.id) || !gap.test(text.slice(nearest.end, at))) break;
    if (!doers.includes(nearest.entity.id)) doers.unshift(nearest.entity.id);
    at = nearest.start;
  }
  return doers;
}
