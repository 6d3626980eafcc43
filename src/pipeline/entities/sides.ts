import type { Entity } from './gazetteer.ts';
import { APPOSITION_OPENS_OFFICE, NAME_THEN_OF, OFFICE_BETWEEN, OFFICE_OF_BEFORE, SENDER_BEFORE } from './lexicon.ts';
import { demonymsIn } from './national-sides.ts';
import { countryOfDemonym, findCountry } from './places.ts';
import type { EntityMention } from './recognise.ts';

const CAPITALISED = /\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*/gu;

/**
 * For whom the gazetteer's people and organisations act, as their descriptions say: the
 * first country or national adjective ("US special envoy", "President of Russia"), else the
 * side of the person named ("Adviser to Donald Trump"). Person or organisation id → country id.
 */
export function describedSides(entities: Entity[]): Map<string, string> {
  const byName = new Map(entities.flatMap((e) => [e.name, ...e.aliases].map((n) => [n, e] as const)));
  const countryId = (name: string): string | undefined => {
    const entry = byName.get(name);
    if (entry?.type === 'country') return entry.id;
    return findCountry(name)?.id ?? countryOfDemonym(name)?.id;
  };
  const sides = new Map<string, string>();
  const servesWhom = new Map<string, string>();
  for (const e of entities) {
    if (!e.description || (e.type !== 'person' && e.type !== 'organization')) continue;
    for (const [name] of e.description.matchAll(CAPITALISED)) {
      const words = name.split(' ');
      const country = countryId(name) ?? words.map(countryId).find((c) => c !== undefined);
      if (country) {
        sides.set(e.id, country);
        break;
      }
      const served = byName.get(name);
      if (served?.type === 'person' && served !== e && !servesWhom.has(e.id)) servesWhom.set(e.id, served.id);
    }
  }
  for (const [id, served] of servesWhom) if (!sides.has(id) && sides.has(served)) sides.set(id, sides.get(served)!);
  return sides;
}

/**
 * The side each person named in a sentence acts for, where the sentence says it: a country
 * or a national adjective before their office ("US envoy Steve Witkoff", "Russian President
 * Vladimir Putin"), after their name ("Sergey Lavrov, Russia's foreign minister"), or the
 * side of the person they serve ("Mr. Trump's special envoy, Steve Witkoff") or who sent them
 * ("Envoy Daniel Ortiz, sent by US President Mark Hale, met …").
 */
export function affiliationsIn(text: string, mentions: EntityMention[], sideOf: (id: string) => string | undefined): [string, string][] {
  const found: [string, string][] = [];
  const sentBy: [string, EntityMention][] = [];
  // A body no gazetteer lists is the side of its own officials ("The European Union's foreign policy chief, Anna Lindqvist").
  const side = (m: EntityMention): string | undefined => (m.entity.type === 'country' || (m.entity.type === 'organization' && m.entity.discovered) ? m.entity.id : sideOf(m.entity.id));
  for (const [i, m] of mentions.entries()) {
    if (m.entity.type !== 'person') continue;
    const previous = mentions[i - 1];
    const next = mentions[i + 1];
    // The nearest national adjective before the name with only an office between ("Finnish President Aino Virtanen").
    const before = text.slice(Math.max(0, m.start - 50), m.start);
    const demonym = demonymsIn(before).findLast((w) => !w.word.plural && OFFICE_BETWEEN.test(before.slice(w.end)));
    let country: string | undefined;
    if (previous && OFFICE_BETWEEN.test(text.slice(previous.end, m.start))) country = side(previous);
    // "President of Azerbaijan Ilham Aliyev", "Minister of Foreign Affairs of the Republic of Türkiye Hakan Fidan": the state an office is of, the name right after it.
    if (!country && previous?.entity.type === 'country' && /^,?\s+$/.test(text.slice(previous.end, m.start)) && OFFICE_OF_BEFORE.test(text.slice(Math.max(0, previous.start - 60), previous.start))) country = previous.entity.id;
    if (!country && next && /^,\s+(?:who\s+(?:is|was|became|has\s+been|had\s+been|remains)\s+)?(?:the\s+|a\s+)?$/.test(text.slice(m.end, next.start)) && /^(?:['’]s)?\s+\p{Ll}/u.test(text.slice(next.end, next.end + 4))) country = next.entity.type === 'country' ? next.entity.id : undefined;
    // "President Javier Milei of Argentina", "President Ramon Soriano Jr of the Philippines".
    if (!country && next?.entity.type === 'country' && NAME_THEN_OF.test(text.slice(m.end, next.start))) country = next.entity.id;
    // "Jan Novak, President of Slovakia,", "Mr. LEE Jae-myung, President of the Republic of Korea": an office of a state in apposition.
    if (!country && next?.entity.type === 'country' && officeInApposition(text.slice(m.end, next.start))) country = next.entity.id;
    if (!country && demonym) country = demonym.word.country.id;
    // "Georgia's delegation, which included … Nino Beridze and … Giorgi Kapanadze": the members of a side's delegation act for it.
    if (!country) country = delegationOf(text, m, mentions.slice(0, i), side) ?? demonymsIn(text.slice(0, m.start)).findLast((w) => (!w.word.plural && DELEGATION_MEMBERS.test(text.slice(w.end, m.start))) || REPRESENTED_BY.test(text.slice(w.end, m.start)))?.word.country.id;
    if (country) found.push([m.entity.id, country]);
    else {
      const sender = mentions.slice(i + 1).find((o) => o.entity.type === 'person');
      if (sender && /^,\s/.test(text.slice(m.end, sender.start)) && SENDER_BEFORE.test(text.slice(m.end, sender.start))) sentBy.push([m.entity.id, sender]);
    }
  }
  // The sender is read after the envoy: their side is known only now.
  for (const [id, sender] of sentBy) {
    const country = found.find(([p]) => p === sender.entity.id)?.[1] ?? side(sender);
    if (country) found.push([id, country]);
  }
  return found;
}

/** Between a side and a member of its delegation: "'s delegation, which included Deputy Foreign Minister ", "'s team, led by ". */
const DELEGATION_MEMBERS = /^(?:['’]s)?\s+(?:delegation|team|negotiators|negotiating\s+team|side)\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:was|were|is|are)\s+)?(?:included?|including|comprising|comprised|led\s+by|headed\s+by)\s+[^;:.()]*$/;

/** Between a side and those who sat for it: " were represented by envoys ", "'s side was represented by ". */
const REPRESENTED_BY = /^(?:['’]s)?(?:\s+(?:delegation|team|side))?\s+(?:(?:was|were|is|are|will\s+be|had\s+been|have\s+been|has\s+been)\s+)?represented\s+by\s+[^;:.()]*$/;

/** The country whose delegation the sentence says the person is in, named by a country mention before them. */
function delegationOf(text: string, person: EntityMention, before: EntityMention[], side: (m: EntityMention) => string | undefined): string | undefined {
  const country = before.filter((m) => m.entity.type === 'country').at(-1);
  return country && (DELEGATION_MEMBERS.test(text.slice(country.end, person.start)) || REPRESENTED_BY.test(text.slice(country.end, person.start))) ? side(country) : undefined;
}

/** Between a name and a state, an office of that state opened by a comma: ", President of ", ", the Deputy Prime Minister of ". */
function officeInApposition(between: string): boolean {
  const office = OFFICE_OF_BEFORE.exec(between);
  return office !== null && APPOSITION_OPENS_OFFICE.test(between.slice(0, office.index));
}
