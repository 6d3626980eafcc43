import { CLAUSE_BREAK, JOINED_BY, JOINED_BY_OFFICES } from './lexicon.ts';
import type { EntityMention } from './recognise.ts';

interface Span {
  start: number;
  end: number;
}

/**
 * The countries written in one list with a country ("Ghana, Togo, Benin and Burkina Faso"), itself
 * among them, in text order; sides listed by their leaders are one list too ("Vietnam's prime
 * minister and the Thai premier", "Kenya's president and Ethiopia's prime minister").
 */
function listOf(country: EntityMention, named: EntityMention[], text: string): EntityMention[] {
  const countries = named.filter((m) => m.entity.type === 'country' && Boolean(m.asSide) === Boolean(country.asSide)).sort((a, b) => a.start - b.start);
  const at = countries.indexOf(country);
  if (at < 0) return [country];
  const joined = (a: EntityMention, b: EntityMention): boolean => {
    const between = text.slice(a.end, b.start);
    return (Boolean(a.byAdjective) === Boolean(b.byAdjective) && JOINED_BY.test(between)) || (Boolean(a.asSide) && JOINED_BY_OFFICES.test(between));
  };
  let first = at;
  let last = at;
  while (first > 0 && joined(countries[first - 1]!, countries[first]!)) first -= 1;
  while (last < countries.length - 1 && joined(countries[last]!, countries[last + 1]!)) last += 1;
  return countries.slice(first, last + 1);
}

/**
 * Whether a country stands near enough to an event to be one of its sides: it, or another of
 * the list it is written in, within `reach` characters ("Delegations from Ghana, Togo, Benin and
 * Burkina Faso … met"); a list that is the subject of the event's clause, with nothing but
 * words of that clause between, within twice that ("Foreign ministers of Argentina, Chile,
 * Uruguay and Paraguay, joined by an envoy from Brazil, gathered … for a regional summit").
 */
export function sideInReach(country: EntityMention, named: EntityMention[], text: string, trigger: Span, reach: number): boolean {
  const list = listOf(country, named, text);
  if (list.some((m) => gap(m, trigger) <= reach)) return true;
  const lastOfList = list.at(-1)!;
  return list.length > 1 && lastOfList.end <= trigger.start && gap(lastOfList, trigger) <= 2 * reach && !CLAUSE_BREAK.test(text.slice(lastOfList.end, trigger.start));
}

function gap(a: Span, b: Span): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}
