/**
 * Titles an event of kind `other` takes from its sentence when its noun is one a trigger carries a
 * title for (Trigger.title in kinds.ts): who did what, as the sentence tells it, where the noun
 * alone ("Rate decision", "Accession") would say nothing of it. Each gives undefined when its
 * sentence does not tell enough, and the noun keeps its own title.
 */
import { TAKER_OPENER, TIME_NAME } from './headline-lexicon.ts';
import { ADMITTED_MEMBER_OF, BLOC_ADMITS, JOINS_AS_MEMBER, RATE_DECIDED, RATE_LOWERED, RATE_RAISED } from './lexicon.ts';

/** A title stays a line. */
export const MOST_CHARACTERS = 100;

/**
 * "The Federal Reserve cuts its rate by a quarter point to 3.75%–4%": a rate decision titled by its bank, what it did to its rate in the
 * present, by how much and to what level, as the sentence tells them; a rate held stays "at" its level ("The Bank of Estmark holds its rate
 * at 4%"). A sentence that tells no bank before its verb keeps the noun's title.
 */
export function rateTitle(sentence: string): string | undefined {
  const found = RATE_DECIDED.exec(sentence);
  if (!found) return undefined;
  const { bank, verb, by, to, at } = found.groups!;
  const did = RATE_LOWERED.test(verb!) ? 'cuts' : RATE_RAISED.test(verb!) ? 'raises' : 'holds';
  const range = (percent: string) => percent.replace(/\s*(?:to|-|–)\s*/, '–').replace(/\s+%/g, '%');
  const title = [`${bank!.replace(/^the\b/, 'The')} ${did} its rate`, by?.replace(/\s+of\s+a\s+percentage\s+point\b/, ' point'), to && `to ${range(to)}`, at && `at ${range(at)}`].filter(Boolean).join(' ');
  return title.length <= MOST_CHARACTERS ? title : undefined;
}

/**
 * "ASEAN admits Timor-Leste as its eleventh member", "Finland joins NATO as its 31st member": an accession titled by the bloc and the
 * state, told the way the sentence tells it (the bloc admits, the state joins), with how the member is counted. Words that only open
 * the sentence ("On Sunday | Velsland joined …") are no name's; a sentence that names no bloc keeps the noun's title.
 */
export function accessionTitle(sentence: string): string | undefined {
  const name = (words: string | undefined) => {
    const kept = (words ?? '').split(/\s+/);
    while (kept.length > 1 && (TAKER_OPENER.test(kept[0]!) || TIME_NAME.test(kept[0]!))) kept.shift();
    const joined = kept.join(' ');
    return joined === '' || TIME_NAME.test(joined) ? undefined : joined;
  };
  const as = (count: string) => (/^(?:new|newest|latest|full)$/.test(count) ? `as a ${count} member` : `as its ${count} member`);
  const admits = BLOC_ADMITS.exec(sentence) ?? ADMITTED_MEMBER_OF.exec(sentence);
  const joins = admits ? null : JOINS_AS_MEMBER.exec(sentence);
  const found = (admits ?? joins)?.groups;
  const bloc = name(found?.bloc ?? found?.blocAfter);
  const member = name(found?.member);
  if (!found || !bloc || !member) return undefined;
  const title = admits ? `${bloc.replace(/^the\b/, 'The')} admits ${member} ${as(found.count!)}` : `${member} joins ${bloc} ${as(found.count!)}`;
  return title.length <= MOST_CHARACTERS ? title : undefined;
}
